"""The Typer app and the helpers every command shares (database option, output formats).

Commands live in sibling modules (`cli/pack.py`, `cli/ingest.py`, ...) that import `app` and
register on it; each is a thin wrapper over a plain library function.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import StrEnum
from typing import Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..settings import load_config

app = typer.Typer(
    name="balkanscope",
    help="Evidence-linked model of great-power competition in the Western Balkans.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
console = Console()
err_console = Console(stderr=True)


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class State:
    """Options given before the command (`balkanscope --db X cmd`)."""

    db: str | None = None
    config: str | None = None
    pack: str | None = None


state = State()

FormatOpt = typer.Option(Format.table, "--format", "-f", help="Output format.")
DbOpt = typer.Option(
    None, "--db", help="Database file (default ./balkanscope.duckdb; env BALKANSCOPE_DB)."
)


@app.callback()
def _main(
    db: str | None = DbOpt,
    config: str | None = typer.Option(None, "--config", help="Config file (TOML)."),
    pack: str | None = typer.Option(
        None, "--pack", help="Pack name or directory (env BALKANSCOPE_PACK)."
    ),
) -> None:
    state.db, state.config, state.pack = db, config, pack


def settings(**overrides: Any) -> dict[str, Any]:
    """Resolved settings with the global options applied."""
    base = {"db": state.db, "pack": state.pack}
    base.update(overrides)
    return load_config(state.config, base)


def db_path(db: str | None = None) -> str:
    return settings(db=db)["db"]


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def emit(
    rows: list[dict[str, Any]],
    fmt: Format | str,
    columns: list[str] | None = None,
    title: str | None = None,
) -> None:
    """Print rows as a Rich table, a JSON list or CSV (the same rows in every format)."""
    fmt = Format(fmt)
    if fmt is Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    columns = columns or (list(rows[0].keys()) if rows else [])
    if fmt is Format.csv:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in columns])
        sys.stdout.write(buf.getvalue())
        return
    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        # Text, not markup: cells hold document text, which may contain "[...]".
        table.add_row(*[Text(_cell(r.get(c))) for c in columns])
    console.print(table)


def emit_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")
