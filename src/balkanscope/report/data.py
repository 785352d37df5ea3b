"""Everything a report shows, gathered once so the HTML and Markdown writers agree."""

from __future__ import annotations

import json
from datetime import date as Date
from datetime import timedelta
from typing import Any

import duckdb

from ..measure.alerts import latest_event_day, tension_alerts
from ..measure.alignment import alignment, alignment_powers
from ..measure.common import bound, events_sql, id_list, origins_for, parent_polity
from ..measure.influence import with_evidence
from ..measure.series import panel_series
from ..measure.uncertainty import influence_table, simulate

MAX_EVENTS = 40


def latest_events(
    con: duckdb.DuckDBPyConnection,
    countries: list[str],
    since: str | None,
    origins,
    limit: int = MAX_EVENTS,
) -> list[dict]:
    marks = ", ".join("?" for _ in countries)
    rows = con.execute(
        f"""SELECT event_id, type, day, score, a, b, n_mentions, origin
            FROM ({events_sql(con, origins, f"e.actor_polity IN ({marks}) OR e.recipient_polity IN ({marks})")})
            WHERE day IS NOT NULL AND ({"TRUE" if not since else "day >= CAST(? AS DATE)"})
            ORDER BY day DESC, event_id LIMIT {int(limit)}""",
        [*countries, *countries, *([since] if since else [])],
    ).fetchall()
    return with_evidence(con, rows, ["actor", "recipient", "n_mentions", "origin"])


def ties_for(con: duckdb.DuckDBPyConnection, countries: list[str], at: str) -> list[dict]:
    """Ties touching the countries (or the state an entity belongs to), with their sources."""
    ids = sorted(set(countries) | {p for c in countries if (p := parent_polity(c))})
    marks = ", ".join("?" for _ in ids)
    rows = con.execute(
        f"""SELECT t.tie_id, t.kind, t.actor, t.partner, t.start_date, t.end_date, t.value, t.unit, t.sources
            FROM ties t LEFT JOIN actors a1 ON a1.actor_id = t.actor LEFT JOIN actors a2 ON a2.actor_id = t.partner
            WHERE coalesce(a1.polity, t.actor) IN ({marks}) OR coalesce(a2.polity, t.partner) IN ({marks})
            ORDER BY t.actor, t.partner, t.kind, t.tie_id""",
        ids + ids,
    ).fetchall()
    out = []
    for tie_id, kind, actor, partner, start, end, value, unit, sources in rows:
        try:
            srcs = json.loads(sources) if sources else []
        except json.JSONDecodeError:
            srcs = []
        active = (start is None or start[: len(at)] <= at) and (
            end is None or at[: len(end)] <= end
        )
        out.append(
            {
                "tie": tie_id,
                "kind": kind,
                "actor": actor,
                "partner": partner,
                "start": start,
                "end": end,
                "value": value,
                "unit": unit,
                "active": active,
                "sources": [
                    {
                        "source": bound(str(s.get("source", "")), 200),
                        "url": s.get("url"),
                        "quote": bound(s.get("quote"), 200),
                    }
                    for s in srcs
                    if isinstance(s, dict)
                ],
            }
        )
    return out


def report_data(
    con: duckdb.DuckDBPyConnection,
    cfg: dict,
    country: str | None = None,
    since: str | None = None,
    at: str | None = None,
) -> dict[str, Any]:
    origins = origins_for(cfg)
    countries = id_list(country) or id_list(cfg.get("countries"))
    powers = id_list(cfg.get("powers"))
    at = at or latest_event_day(con, origins) or Date.today().isoformat()
    since = since or (Date.fromisoformat(at[:10]) - timedelta(days=3 * 365)).isoformat()
    sim = simulate(
        con, cfg, at, countries, list(dict.fromkeys(powers + alignment_powers(cfg))), origins
    )
    influence = influence_table(sim, powers)
    align = alignment(con, cfg, at, countries, origins, sim)
    timelines: dict[str, dict[str, list[dict]]] = {}
    for (c, p), rows in panel_series(
        con, countries, powers, origins=origins, start=since, end=at
    ).items():
        timelines.setdefault(c, {})[p] = rows
    return {
        "at": at,
        "since": since,
        "countries": countries,
        "powers": powers,
        "origins": list(origins),
        "mc_runs": len(sim.runs),
        "seed": cfg.get("seed"),
        "weights": cfg.get("influence_weights") or "defaults",
        "alignment": align,
        "influence": influence,
        "timelines": timelines,
        "events": latest_events(con, countries, since, origins),
        "alerts": [
            a for a in tension_alerts(con, cfg, at, origins) if {a["a"], a["b"]} & set(countries)
        ],
        "ties": ties_for(con, countries, at),
    }
