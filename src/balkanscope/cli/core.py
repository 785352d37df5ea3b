"""Foundation commands: init, build, briefing, export, import, settings."""

from __future__ import annotations

import typer

from .. import briefing as _briefing
from ..build import build, init_db, load_checked_pack
from ..errors import InputError
from ..pack.models import DATE_RE
from ..registry import briefing_sections
from ..settings import SETTINGS, env_name
from ..store import Store
from ..store.transfer import export_db, import_db
from .app import Format, FormatOpt, app, console, emit, emit_json, err_console, settings


@app.command()
def init() -> None:
    """Create (or migrate) the database and load the knowledge pack into it."""
    cfg = settings()
    _, pack, counts = init_db(cfg)
    err_console.print(
        f"initialised {cfg['db']} from pack '{pack.name}': "
        + ", ".join(f"{v} {k}" for k, v in counts.items())
    )


@app.command("build")
def build_cmd() -> None:
    """init, then every registered build step (ingest of the sample corpus, event coding, ...)."""
    cfg = settings()
    summary = build(cfg, err_console)
    err_console.print(f"built {cfg['db']} in {summary['seconds']} s")


def _check_date(value: str | None, option: str) -> str | None:
    if value is not None and not DATE_RE.match(value):
        raise InputError(
            f"'{value}' is not a date", field=option, hint="use YYYY, YYYY-MM or YYYY-MM-DD"
        )
    return value


@app.command("briefing")
def briefing_cmd(
    at: str = typer.Option(None, "--at", help="Date (default today)."), fmt: Format = FormatOpt
) -> None:
    """Per Western Balkan polity: memberships, candidacies and main ties to each power, with sources."""
    cfg = settings()
    store = Store(cfg["db"])
    data = _briefing.briefing_data(store, _check_date(at, "--at"))
    if fmt is Format.json:
        emit_json(data)
        return
    if fmt is Format.csv:
        rows = [
            {"country": c, "power": "", **r}
            for c, d in data["countries"].items()
            for r in d["status"]
        ]
        rows += [
            {"country": c, "power": p, **r}
            for c, d in data["countries"].items()
            for p, rs in d["powers"].items()
            for r in rs
        ]
        emit(rows, fmt)
        return
    console.rule(f"[bold]Balkanscope briefing[/] — ties active at {data['at']}")
    for panel in _briefing.render(data):
        console.print(panel)
    pack = load_checked_pack(cfg)
    for _name, section in briefing_sections.items():
        for renderable in section(store, pack, cfg):
            console.print(renderable)


@app.command("export")
def export_cmd(
    out_dir: str = typer.Argument(..., help="Directory to write."),
    fmt: str = typer.Option("parquet", "--format", "-f", help="parquet, csv or jsonl."),
) -> None:
    """Export every table (lossless; `import` reads it back)."""
    counts = export_db(Store(settings()["db"]), out_dir, fmt)
    err_console.print(f"exported {sum(counts.values())} rows in {len(counts)} tables to {out_dir}")


@app.command("import")
def import_cmd(in_dir: str = typer.Argument(..., help="Directory written by `export`.")) -> None:
    """Replace the database's tables with an export's content."""
    counts = import_db(Store(settings()["db"]), in_dir)
    err_console.print(f"imported {sum(counts.values())} rows in {len(counts)} tables")


@app.command("settings")
def settings_cmd(fmt: Format = FormatOpt) -> None:
    """Every setting with its default, environment variable, current value and help."""
    cfg = settings()
    emit(
        [
            {
                "name": s.name,
                "value": cfg[s.name],
                "default": s.default,
                "env": env_name(s.name),
                "help": s.help,
            }
            for s in SETTINGS
        ],
        fmt,
    )
