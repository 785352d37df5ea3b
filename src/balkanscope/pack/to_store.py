"""Write a loaded pack into the store's pack tables (replacing what a previous build wrote)."""

from __future__ import annotations

import json

import duckdb
import pyarrow as pa

from ..text import fold
from .loader import Pack

PACK_TABLES = ("sources", "actors", "aliases", "roles", "ties", "indicators")


def pack_rows(pack: Pack) -> dict[str, list[tuple]]:
    """Rows per pack table, in the column order of 0001_core.sql."""
    rows: dict[str, list[tuple]] = {t: [] for t in PACK_TABLES}
    for key, s in pack.meta.sources.items():
        rows["sources"].append((key, s.kind, s.title, s.url, s.outlet, s.date, s.note, pack.name))
    for a in pack.actors.values():
        rows["actors"].append(
            (
                a.id,
                a.kind,
                a.polity,
                a.name,
                a.description,
                pack.name,
                json.dumps(a.model_dump(exclude_defaults=True), ensure_ascii=False),
            )
        )
        seen = set()
        for lang, al in a.all_aliases():
            k = (lang, al.text, al.kind)
            if k not in seen:
                seen.add(k)
                rows["aliases"].append((a.id, lang, al.text, fold(al.text), al.kind, al.ambiguous))
        for r in a.roles:
            rows["roles"].append((a.id, r.title, r.polity, r.org, r.start, r.end, r.source))
    for t in pack.ties.values():
        srcs = json.dumps([s.model_dump(exclude_none=True) for s in t.sources], ensure_ascii=False)
        rows["ties"].append(
            (
                t.id,
                t.kind,
                t.actor,
                t.partner,
                t.start,
                t.end,
                t.value,
                t.unit,
                t.stance,
                t.note,
                srcs,
                pack.name,
                t.name,
            )
        )
    for ind in pack.indicators.values():
        for p in ind.points:
            rows["indicators"].append(
                (
                    ind.id,
                    ind.polity,
                    ind.name,
                    ind.unit,
                    p.date,
                    p.value,
                    p.source or ind.source,
                    p.note,
                    pack.name,
                )
            )
    return rows


def write_pack(con: duckdb.DuckDBPyConnection, pack: Pack) -> dict[str, int]:
    """Replace the pack tables' content with `pack` (call inside Store.write())."""
    counts = {}
    for table, rows in pack_rows(pack).items():
        if table == "sources":
            con.execute("DELETE FROM sources WHERE pack IS NOT NULL")
        else:
            con.execute(f"DELETE FROM {table}")
        if rows:
            insert_rows(con, table, rows)
        counts[table] = len(rows)
    return counts


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Bulk insert through Arrow: executemany goes row by row and takes seconds for the aliases."""
    names = [d[0] for d in con.execute(f"SELECT * FROM {table} LIMIT 0").description][
        : len(rows[0])
    ]
    arrow = pa.table(
        {n: pa.array(col) for n, col in zip(names, zip(*rows, strict=True), strict=True)}
    )
    con.register("_pack_rows", arrow)
    con.execute(f"INSERT INTO {table} ({', '.join(names)}) SELECT * FROM _pack_rows")
    con.unregister("_pack_rows")
