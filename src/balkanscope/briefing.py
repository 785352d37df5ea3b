"""The briefing `make run` prints: per Western Balkan polity, its memberships and candidacies
and its main ties to each power, each with its source; then the sections other stages register
(`balkanscope.registry.briefing_sections`: latest events, scenarios, ...).
"""

from __future__ import annotations

import json
from datetime import date as _date
from functools import partial
from typing import Any

from .store import Store

COUNTRIES = ["SRB", "XKX", "BIH", "BIH.RS", "MNE", "MKD", "ALB"]
POWERS = ["USA", "EU", "NATO", "RUS", "CHN", "TUR"]
STATUS_KINDS = (
    "membership",
    "candidacy",
    "application",
    "accession_talks",
    "partnership",
    "observer",
    "military_neutrality",
)
MAX_PER_POWER = 4


# A tie is active at date D when it started on or before D and has not ended before D, comparing
# only as many characters as each date has (a tie that ends "2018" is active all of 2018).
ACTIVE_SQL = "(t.start_date IS NULL OR t.start_date <= ?) AND (t.end_date IS NULL OR t.end_date >= substr(?, 1, length(t.end_date)))"


def _source_labels(sources_json: str, titles: dict[str, str]) -> list[str]:
    """Every distinct source of a tie: a seed's key and title, or the URL."""
    labels: list[str] = []
    for r in json.loads(sources_json or "[]"):
        key = r.get("source", "")
        label = titles.get(key, key)
        if label not in labels:
            labels.append(label)
    return labels


def briefing_data(store: Store, at: str | None = None) -> dict[str, Any]:
    """Structured briefing (what `briefing --format json` prints)."""
    at = at or _date.today().isoformat()
    titles = {
        r["source_id"]: (
            f"{r['source_id']}: {r['title']}"
            if r["kind"] == "seed"
            else (r["url"] or r["title"] or r["source_id"])
        )
        for r in store.query("SELECT source_id, kind, title, url FROM sources")
    }
    ties = store.query(
        f"""SELECT t.*, a.polity AS actor_polity, p.polity AS partner_polity,
                   a.name AS actor_name, p.name AS partner_name
            FROM ties t LEFT JOIN actors a ON a.actor_id = t.actor LEFT JOIN actors p ON p.actor_id = t.partner
            WHERE {ACTIVE_SQL} ORDER BY coalesce(t.start_date, '') DESC, t.tie_id""",
        [at, at],
    )
    names = {
        r["actor_id"]: r["name"]
        for r in store.query("SELECT actor_id, name FROM actors WHERE actor_id = polity")
    }
    out: dict[str, Any] = {"at": at, "countries": {}}
    for c in COUNTRIES:
        status, by_power = [], {p: [] for p in POWERS}
        for t in ties:
            row = {
                "kind": t["kind"],
                "name": t.get("name"),
                "actor": t["actor_name"] or t["actor"],
                "partner": t["partner_name"] or t["partner"],
                "since": t["start_date"],
                "value": t["value"],
                "unit": t["unit"],
                "sources": _source_labels(t["sources"], titles),
            }
            if t["actor"] == c and t["kind"] in STATUS_KINDS:
                status.append(row)
                continue
            sides = {t["actor_polity"], t["partner_polity"]}
            if c in sides:
                other = (sides - {c}) or {c}
                for p in POWERS:
                    if p in other and len(by_power[p]) < MAX_PER_POWER:
                        by_power[p].append(row)
        out["countries"][c] = {"name": names.get(c, c), "status": status, "powers": by_power}
    return out


def _refs(notes: list[str], row: dict) -> str:
    """Footnote markers for a row's sources, numbering new ones in `notes`."""
    out = []
    for label in row["sources"]:
        if label not in notes:
            notes.append(label)
        out.append(f"[{notes.index(label) + 1}]")
    return "".join(out)


def render(data: dict[str, Any]) -> list:
    """Rich panels: per country its status line and ties per power, sources as numbered notes."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    panels = []
    for cid, d in data["countries"].items():
        notes: list[str] = []
        refs = partial(_refs, notes)

        status = Text("status: ", style="bold")
        for i, r in enumerate(d["status"]):
            status.append(("; " if i else "") + f"{r['kind'].replace('_', ' ')} {r['partner']}")
            status.append(f" ({r['since'] or 'n.d.'}) {refs(r)}", style="dim")
        if not d["status"]:
            status.append("no memberships or candidacies in the pack", style="dim")
        table = Table(box=None, show_header=True, header_style="bold", pad_edge=False, expand=True)
        table.add_column("power", width=5)
        table.add_column("tie", ratio=4, overflow="fold")
        table.add_column("since", width=10)
        table.add_column("src", ratio=1, overflow="fold")
        for power, rows in d["powers"].items():
            for r in rows:
                label = r["name"] or r["kind"].replace("_", " ")
                if r["value"] is not None:
                    label += f" ({r['value']:g} {r['unit'] or ''})".rstrip()
                table.add_row(
                    power,
                    Text(f"{label}: {r['actor']} → {r['partner']}"),
                    r["since"] or "",
                    refs(r),
                )
        sources = Text(
            "\n".join(f"[{i + 1}] {label}" for i, label in enumerate(notes)), style="dim"
        )
        body = Group(status, table, sources) if notes else Group(status, table)
        panels.append(Panel(body, title=f"{d['name']} ({cid})", title_align="left"))
    return panels
