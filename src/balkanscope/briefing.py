"""The briefing `make run` prints: per Western Balkan polity, its memberships and candidacies
and its main ties to each power, each with its source; then the sections other stages register
(`balkanscope.registry.briefing_sections`: latest events, scenarios, ...).
"""

from __future__ import annotations

import json
from datetime import date as _date
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


def _source_label(sources_json: str, titles: dict[str, str]) -> str:
    refs = json.loads(sources_json or "[]")
    labels = []
    for r in refs[:2]:
        key = r.get("source", "")
        labels.append(titles.get(key, key))
    return "; ".join(labels)


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
                "source": _source_label(t["sources"], titles),
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
