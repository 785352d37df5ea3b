"""The report as Markdown: the same figures as the HTML, as tables (document text escaped)."""

from __future__ import annotations

import html
import re
from typing import Any

from ..measure.alignment import ALIGNMENT_FIELDS
from .html import safe_url

_MD = re.compile(r"([\\`*_{}\[\]()#+!|])")


def md(text: Any) -> str:
    """Untrusted text made inert in Markdown: HTML escaped, Markdown specials backslashed, one line."""
    return _MD.sub(r"\\\1", html.escape(" ".join(str(text or "").split())))


def _link(url: Any, label: str) -> str:
    u = safe_url(url)
    return (
        f"[{md(label)}](<{u.replace('>', '%3E').replace('<', '%3C').replace(' ', '%20')}>)"
        if u
        else md(label)
    )


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    if not rows:
        return ["_none_", ""]
    return [
        "| " + " | ".join(headers) + " |",
        "|" + "---|" * len(headers),
        *("| " + " | ".join(r) + " |" for r in rows),
        "",
    ]


def _f(v: Any) -> str:
    return "" if v is None else f"{v:+.3f}" if isinstance(v, float) else md(v)


def render_markdown(data: dict) -> str:
    out = [
        "# Balkanscope report",
        "",
        f"At {data['at']}; events since {data['since']}; countries {', '.join(data['countries'])}; "
        f"{data['mc_runs']} Monte Carlo runs (seed {data['seed']}); weights: {md(data['weights'])}.",
        "",
        "## Alignment (+1 West: USA, EU, NATO; -1 Russia and China)",
        "",
    ]
    out += _table(
        ["country", "alignment", "low", "high", "West", "Russia+China", "Türkiye", "Gulf"],
        [
            [
                md(r["country"]),
                *(_f(r[k]) for k in ALIGNMENT_FIELDS),
            ]
            for r in data["alignment"]
        ],
    )
    out += ["## Influence (90% interval)", ""]
    out += _table(
        ["country", "power", "score", "low", "high", "P(first)"],
        [
            [
                md(r["country"]),
                md(r["power"]),
                _f(r["score"]),
                _f(r["low"]),
                _f(r["high"]),
                f"{r['p_first']:.2f}",
            ]
            for r in data["influence"]
        ],
    )
    out += ["## Tension alerts", ""]
    out += _table(
        ["dyad", "window", "z", "driving events"],
        [
            [
                md(f"{a['a']}-{a['b']}"),
                md(f"{a['from']} to {a['to']}"),
                f"{a['z']:.1f}",
                "; ".join(
                    f"{d['date']} {d['type']}: {md(d.get('quote', ''))}" for d in a["drivers"]
                ),
            ]
            for a in data["alerts"]
        ],
    )
    out += ["## Latest events", ""]
    out += _table(
        ["date", "actor", "type", "recipient", "score", "evidence", "source"],
        [
            [
                md(r["date"]),
                md(r["actor"]),
                md(r["type"]),
                md(r["recipient"]),
                _f(r["score"]),
                md(r.get("quote", "")),
                _link(r.get("url"), r.get("doc") or r.get("url") or r["origin"]),
            ]
            for r in data["events"]
        ],
    )
    out += ["## Ties", ""]
    out += _table(
        ["tie", "kind", "actor", "partner", "from", "to", "active", "sources"],
        [
            [
                md(t["tie"]),
                md(t["kind"]),
                md(t["actor"]),
                md(t["partner"]),
                md(t["start"] or ""),
                md(t["end"] or ""),
                "yes" if t["active"] else "no",
                "; ".join(_link(s.get("url"), s["source"]) for s in t["sources"]),
            ]
            for t in data["ties"]
        ],
    )
    return "\n".join(out)
