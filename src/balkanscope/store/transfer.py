"""Export every table to Parquet, CSV or JSON Lines, and import it back losslessly.

A manifest (`manifest.json`) records the format, the migrations the data was written under, and
each table's columns, types and row count; import checks it, so a partial or foreign directory
is a named error instead of silently wrong data.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from ..errors import InputError
from .db import Store, apply_migrations

FORMATS = {"parquet": "parquet", "csv": "csv", "jsonl": "jsonl"}
SKIP = {"schema_migrations"}


def _tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_type = 'BASE TABLE' ORDER BY table_name"
    ).fetchall()
    return [r[0] for r in rows if r[0] not in SKIP]


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return [
        (r[0], r[1])
        for r in con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
            [table],
        ).fetchall()
    ]


def _lit(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export_db(store: Store, out_dir: str | Path, fmt: str = "parquet") -> dict[str, int]:
    """Write each table to `out_dir/<table>.<fmt>`; returns row counts."""
    if fmt not in FORMATS:
        raise InputError(
            f"unknown export format '{fmt}'", field="--format", hint="use parquet, csv or jsonl"
        )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict = {"format": fmt, "tables": {}}
    with store.read() as con:
        manifest["migrations"] = [
            r[0] for r in con.execute("SELECT name FROM schema_migrations ORDER BY name").fetchall()
        ]
        for table in _tables(con):
            path = out / f"{table}.{fmt}"
            options = {
                "parquet": "FORMAT parquet",
                "csv": "FORMAT csv, HEADER",
                "jsonl": "FORMAT json",
            }[fmt]
            con.execute(f"COPY (SELECT * FROM {table}) TO {_lit(path)} ({options})")
            n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            manifest["tables"][table] = {"rows": n, "columns": _columns(con, table)}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2))
    return {t: v["rows"] for t, v in manifest["tables"].items()}


def import_db(store: Store, in_dir: str | Path) -> dict[str, int]:
    """Replace the database's tables with an export directory's content (one transaction)."""
    src = Path(in_dir)
    mpath = src / "manifest.json"
    if not mpath.exists():
        raise InputError(
            "not an export directory (no manifest.json)",
            file=str(src),
            hint="point at a directory written by `balkanscope export`",
        )
    try:
        manifest = json.loads(mpath.read_text())
        fmt, tables = manifest["format"], manifest["tables"]
    except (ValueError, KeyError) as e:
        raise InputError(
            f"unreadable manifest: {e}", file=str(mpath), hint="re-export the database"
        ) from None
    counts = {}
    with store.write() as con:
        apply_migrations(con)
        known = set(_tables(con))
        for table, info in tables.items():
            if table not in known:
                raise InputError(
                    f"unknown table '{table}'",
                    file=str(mpath),
                    field="tables",
                    hint="export and import with the same Balkanscope version",
                )
            path = src / f"{table}.{fmt}"
            if not path.exists():
                raise InputError(
                    "missing table file", file=str(path), hint="re-export the database"
                )
            cols = dict((c, t) for c, t in info["columns"])
            spec = "{" + ", ".join(f"'{c}': '{t}'" for c, t in cols.items()) + "}"
            reader = {
                "parquet": f"read_parquet({_lit(path)})",
                "csv": f"read_csv({_lit(path)}, header=true, columns={spec}, allow_quoted_nulls=false)",
                "jsonl": f"read_json({_lit(path)}, format='newline_delimited', columns={spec})",
            }[fmt]
            names = ", ".join(f'"{c}"' for c in cols)
            con.execute(f"DELETE FROM {table}")
            con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {reader}")
            counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            if counts[table] != info["rows"]:
                raise InputError(
                    f"{table}: read {counts[table]} rows, manifest says {info['rows']}",
                    file=str(path),
                    hint="the file is truncated; re-export",
                )
    return counts
