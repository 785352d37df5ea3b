"""One self-contained HTML report: Plotly charts with the library inlined, an SVG map, tables.

Document text (quotes, titles, source names) is untrusted: every string is escaped, quotes
are bounded, and only http(s) URLs become links.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from plotly.offline import get_plotlyjs

from ..measure.alignment import ALIGNMENT_FIELDS
from ..measure.influence import TABLE_COMPONENTS
from .svgmap import alignment_svg

CSS = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.85rem}td,th{border:1px solid #ddd;padding:.3rem;vertical-align:top}
th{background:#f2f2f2;text-align:left}.quote{font-style:italic}.muted{color:#777}.legend span{padding:0 .5rem}
"""


def safe_url(url: Any) -> str | None:
    """The URL if it is http(s), else None (a javascript: or data: link never becomes an href)."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    return u if u.lower().startswith(("http://", "https://")) else None


def link(url: Any, text: str | None = None) -> str:
    u = safe_url(url)
    label = escape(text or (url if isinstance(url, str) else "") or "")
    return (
        f'<a href="{escape(u, quote=True)}" rel="noopener noreferrer">{label}</a>' if u else label
    )


def _fig(data: list[dict], layout: dict, div_id: str) -> str:
    """A Plotly chart from plain JSON (plotly.graph_objects validation costs seconds per report).

    `</` is escaped so no string in the figure can close the script element."""
    axis = {"gridcolor": "#ebf0f8", "zerolinecolor": "#d0d7e2"}
    layout = {
        "margin": {"l": 50, "r": 20, "t": 40, "b": 40},
        "height": 380,
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "xaxis": axis,
        **layout,
        "yaxis": {**axis, **layout.get("yaxis", {})},
    }
    spec = json.dumps(
        {"data": data, "layout": layout, "config": {"displaylogo": False, "responsive": True}}
    )
    spec = spec.replace("</", "<\\/")
    return (
        f'<div id="{div_id}" class="chart"></div><script>(function(){{var f={spec};'
        f'Plotly.newPlot("{div_id}", f.data, f.layout, f.config);}})();</script>'
    )


def _errors(rows: list[dict]) -> dict:
    return {
        "type": "data",
        "symmetric": False,
        "array": [r["high"] - r["score"] for r in rows],
        "arrayminus": [r["score"] - r["low"] for r in rows],
    }


def influence_chart(data: dict) -> str:
    traces = []
    for p in data["powers"]:
        rows = [r for r in data["influence"] if r["power"] == p]
        traces.append(
            {
                "type": "bar",
                "name": p,
                "x": [r["country"] for r in rows],
                "y": [r["score"] for r in rows],
                "error_y": _errors(rows),
            }
        )
    layout = {
        "barmode": "group",
        "title": {"text": f"Influence at {data['at']} (bars: score; whiskers: 90% interval)"},
        "yaxis": {"title": {"text": "influence score"}},
    }
    return _fig(traces, layout, "influence-chart")


def alignment_chart(data: dict) -> str:
    rows = data["alignment"]
    trace = {
        "type": "bar",
        "x": [r["country"] for r in rows],
        "y": [r["score"] for r in rows],
        "error_y": _errors(rows),
    }
    layout = {
        "title": {"text": "Alignment: +1 West (USA, EU, NATO), -1 Russia and China"},
        "yaxis": {"range": [-1, 1]},
    }
    return _fig([trace], layout, "alignment-chart")


def timeline_chart(country: str, series: dict[str, list[dict]], i: int) -> str:
    traces = []
    for p, rows in series.items():
        x = [r["period"] for r in rows]
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": f"{p} cooperation",
                "x": x,
                "y": [r["coop"] for r in rows],
            }
        )
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": f"{p} conflict",
                "x": x,
                "y": [-r["conflict"] for r in rows],
                "line": {"dash": "dot"},
            }
        )
    layout = {
        "title": {
            "text": f"{country}: monthly cooperation (+) and conflict (-) intensity with each power"
        },
        "yaxis": {"title": {"text": "sum of PLOVER scores"}},
    }
    return _fig(traces, layout, f"timeline-{i}")


def _table(headers: list[str], rows: list[list[str]], cls: str = "") -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _num(v: Any) -> str:
    return "" if v is None else f"{v:+.3f}" if isinstance(v, float) else escape(str(v))


def render_html(data: dict) -> str:
    e = escape
    parts = [
        f"<h1>Balkanscope report</h1><p class='muted'>At {e(data['at'])}; events since {e(data['since'])}; "
        f"countries {e(', '.join(data['countries']))}; event origins {e(', '.join(data['origins']))}; "
        f"{data['mc_runs']} Monte Carlo runs (seed {e(str(data['seed']))}); weights: {e(str(data['weights']))}.</p>"
    ]
    values = {r["country"]: r for r in data["alignment"]}
    parts.append("<h2>Alignment map</h2>" + alignment_svg(values, data["countries"]))
    parts.append(
        "<p class='legend'><span style='background:#1b7837;color:#fff'>+1 West</span>"
        "<span style='background:#f7f7f7'>0</span><span style='background:#762a83;color:#fff'>-1 Russia and China</span>"
        " Entities without their own shape (e.g. BIH.RS) appear in the table.</p>"
    )
    parts.append(
        _table(
            [
                "country",
                "alignment",
                "90% low",
                "90% high",
                "West pull",
                "Russia+China pull",
                "Türkiye",
                "Gulf",
            ],
            [
                [
                    e(r["country"]),
                    *(_num(r[k]) for k in ALIGNMENT_FIELDS),
                ]
                for r in data["alignment"]
            ],
            "alignment",
        )
    )
    parts.append(alignment_chart(data))
    parts.append("<h2>Influence</h2>" + influence_chart(data))
    parts.append(
        _table(
            [
                "country",
                "power",
                "score",
                "low",
                "high",
                "P(first)",
                *(k.replace("_", " ") for k in TABLE_COMPONENTS),
            ],
            [
                [
                    e(r["country"]),
                    e(r["power"]),
                    _num(r["score"]),
                    _num(r["low"]),
                    _num(r["high"]),
                    f"{r['p_first']:.2f}",
                    *[f"{r[k]:.2f}" for k in TABLE_COMPONENTS],
                ]
                for r in data["influence"]
            ],
        )
    )
    parts.append("<h2>Dyad timelines</h2>")
    if not data["timelines"]:
        parts.append("<p class='muted'>No counted events in this period.</p>")
    for i, (c, series) in enumerate(sorted(data["timelines"].items())):
        parts.append(timeline_chart(c, series, i))
    parts.append("<h2>Tension alerts</h2>")
    parts.append(
        _table(
            ["dyad", "window", "recent conflict", "baseline median", "z", "driving events"],
            [
                [
                    e(f"{a['a']}-{a['b']}"),
                    e(f"{a['from']} to {a['to']}"),
                    f"{a['recent_conflict']:.1f}",
                    f"{a['baseline_median']:.1f}",
                    f"{a['z']:.1f}",
                    "<br>".join(
                        f"{e(d['date'] or '')} {e(d['type'])}: <span class='quote'>{e(d.get('quote', ''))}</span>"
                        for d in a["drivers"]
                    ),
                ]
                for a in data["alerts"]
            ],
        )
        if data["alerts"]
        else "<p class='muted'>No alerts.</p>"
    )
    parts.append("<h2>Latest events</h2>")
    parts.append(
        _table(
            ["date", "actor", "type", "recipient", "score", "reports", "evidence", "source"],
            [
                [
                    e(r["date"] or ""),
                    e(r["actor"] or ""),
                    e(r["type"]),
                    e(r["recipient"] or ""),
                    _num(r["score"]),
                    e(str(r["n_mentions"])),
                    f"<span class='quote'>{e(r.get('quote', ''))}</span>",
                    link(r.get("url"), r.get("doc") or r.get("url")) or e(r["origin"]),
                ]
                for r in data["events"]
            ],
            "events",
        )
        if data["events"]
        else "<p class='muted'>No counted events.</p>"
    )
    parts.append("<h2>Ties</h2>")
    parts.append(
        _table(
            ["tie", "kind", "actor", "partner", "from", "to", "value", "active", "sources"],
            [
                [
                    e(t["tie"]),
                    e(t["kind"]),
                    e(t["actor"]),
                    e(t["partner"]),
                    e(t["start"] or ""),
                    e(t["end"] or ""),
                    e("" if t["value"] is None else f"{t['value']:g} {t['unit'] or ''}"),
                    "yes" if t["active"] else "no",
                    "<br>".join(
                        link(s.get("url"), s["source"]) if s.get("url") else e(s["source"])
                        for s in t["sources"]
                    ),
                ]
                for t in data["ties"]
            ],
            "ties",
        )
        if data["ties"]
        else "<p class='muted'>No ties.</p>"
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Balkanscope report</title>"
        f"<style>{CSS}</style><script>{get_plotlyjs()}</script></head><body>"
        + "\n".join(parts)
        + "</body></html>"
    )
