"""Reports: one self-contained HTML file (Plotly inlined, SVG map) or Markdown."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..store import Store
from .data import report_data
from .html import render_html
from .markdown import render_markdown


def write_report(
    cfg: dict,
    out: str | Path,
    country: str | None = None,
    since: str | None = None,
    at: str | None = None,
) -> Path:
    """Write the report; the format follows the extension (.html/.htm or .md)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".html", ".htm", ".md"):
        raise InputError(
            "unknown report format", file=str(out), hint="name the output FILE.html or FILE.md"
        )
    with Store(cfg["db"]).read() as con:
        data = report_data(con, cfg, country, since, at)
    text = render_markdown(data) if suffix == ".md" else render_html(data)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return out.resolve()


__all__ = ["report_data", "render_html", "render_markdown", "write_report"]
