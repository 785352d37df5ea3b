"""`balkanscope report`: the HTML or Markdown report."""

from __future__ import annotations

from pathlib import Path

import typer

from ..measure.common import id_list, origins_for
from ..report import write_report
from .app import app, err_console, settings
from .measure import check_date, check_ids, reading, resolve_at


@app.command("report")
def report_cmd(
    out: Path = typer.Option(
        ..., "--out", "-o", help="Output file: FILE.html (self-contained) or FILE.md."
    ),
    country: str = typer.Option(
        None, "--country", "-c", help="Country id(s), comma-separated (default: setting countries)."
    ),
    since: str = typer.Option(
        None, "--since", help="Events and timelines from this date (default: 3 years before --at)."
    ),
    at: str = typer.Option(
        None, "--at", help="Date of the indices (default: the latest counted event's day)."
    ),
) -> None:
    """Write a report: alignment map, influence with intervals, dyad timelines, latest events, ties."""
    cfg = settings()
    with reading(cfg) as con:
        if country:
            check_ids(con, cfg, id_list(country))
        day = resolve_at(con, at, origins_for(cfg)) if at else None
    path = write_report(cfg, out, country, check_date(since, "--since"), day)
    size = path.stat().st_size / 1024
    err_console.print(
        f"wrote report {path} ({size:,.0f} KB); open it in a browser (no network needed)"
    )


@app.command("serve")
def serve_cmd(
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", help="Port."),
) -> None:
    """Serve the dashboard (the report, live) and the JSON API (/api/alignment, /api/influence, ...)."""
    import uvicorn

    from ..web import create_app

    cfg = settings()
    err_console.print(
        f"serving {cfg['db']} on http://{host}:{port}/ (API under /api/; docs at /docs)"
    )
    uvicorn.run(create_app(cfg), host=host, port=port, log_level="warning")
