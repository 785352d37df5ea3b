"""What every measure shares: the PLOVER score table, the counted-event relation, id lists.

Only events the text reports as having happened count (`modality = 'asserted'`). An event's
day is its ISO date as precise as known: a month-precise date sits on the 15th and a
year-precise one on 1 July, so it falls in its own month or year whatever the period; events
with no date fall back to their first report and are left out when neither is known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date as Date
from typing import Any

import duckdb

from ..errors import ConfigError, InputError, UnknownIdError
from ..pack.models import DATE_RE

# PLOVER types: quad class and conflict/cooperation score without a mode (spec/events.md).
PLOVER: dict[str, tuple[str, float]] = {
    "AGREE": ("verbal_coop", 2.5),
    "CONSULT": ("verbal_coop", 2.5),
    "SUPPORT": ("verbal_coop", 5.0),
    "CONCEDE": ("verbal_coop", 4.5),
    "COOPERATE": ("material_coop", 9.5),
    "AID": ("material_coop", 10.0),
    "RETREAT": ("material_coop", 6.5),
    "REQUEST": ("verbal_conflict", 0.0),
    "ACCUSE": ("verbal_conflict", -3.0),
    "REJECT": ("verbal_conflict", -2.0),
    "THREATEN": ("verbal_conflict", -3.5),
    "PROTEST": ("material_conflict", -5.0),
    "SANCTION": ("material_conflict", -6.0),
    "MOBILIZE": ("material_conflict", -5.5),
    "COERCE": ("material_conflict", -7.0),
    "ASSAULT": ("material_conflict", -9.0),
}
QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
ORIGINS = ("text", "gdelt")


def origins_for(cfg: dict[str, Any], include_gdelt: bool | None = None) -> tuple[str, ...]:
    """Event origins to count: GDELT imports only when the setting (or the caller) says so."""
    use = cfg.get("include_gdelt", True) if include_gdelt is None else include_gdelt
    return ORIGINS if use else ("text",)


def _score_values() -> str:
    return ", ".join(f"('{t}', {s})" for t, (_, s) in PLOVER.items())


def _origin_list(origins: Sequence[str]) -> str:
    bad = [o for o in origins if o not in ORIGINS]
    if bad:
        raise ConfigError(f"unknown event origin {bad[0]!r}", hint="use text or gdelt")
    return ", ".join(f"'{o}'" for o in origins)


def parsed_events_sql(origins: Sequence[str], where: str = "TRUE") -> str:
    """Counted events parsed from the `events` table itself (the always-correct path)."""
    return f"""
        SELECT e.event_id, e.type, e.quad, coalesce(e.score, t.score, 0.0) AS score,
               e.actor_polity AS a, e.recipient_polity AS b, e.n_mentions, e.origin,
               TRY_CAST(CASE length(d) WHEN 4 THEN d || '-07-01' WHEN 7 THEN d || '-15'
                        ELSE substr(d, 1, 10) END AS DATE) AS day
        FROM (SELECT *, coalesce(date, first_report) AS d FROM events e
              WHERE modality = 'asserted' AND origin IN ({_origin_list(origins)}) AND ({where})) e
        LEFT JOIN (VALUES {_score_values()}) t(type, score) ON t.type = e.type
        WHERE d IS NOT NULL
    """


def cache_fresh(con: duckdb.DuckDBPyConnection) -> bool:
    """Is measure_events built from the current events table? (row counts are metadata: free)"""
    try:
        row = con.execute(
            "SELECT (SELECT count(*) FROM events) = (SELECT max(events_count) FROM measure_cache)"
        ).fetchone()
    except duckdb.CatalogException:
        return False
    return bool(row and row[0])


def events_sql(
    con: duckdb.DuckDBPyConnection,
    origins: Sequence[str],
    where: str = "TRUE",
    cached_where: str | None = None,
) -> str:
    """SELECT of counted events with a DATE `day` and a score (the type's default when null).

    `where` filters on the raw columns (aliased `e`: actor_polity, recipient_polity, ...) before
    dates are parsed. When the measure cache is fresh the rows come from it instead, and
    `cached_where` may add a filter on its sorted dyad columns `x`, `y` so zone maps skip
    row groups. Origins are fixed names, not user text, so they are inlined.
    """
    if not cache_fresh(con):
        return parsed_events_sql(origins, where)
    extra = f" AND ({cached_where})" if cached_where else ""
    return f"""
        SELECT e.event_id, e.type, e.quad, e.score, e.actor_polity AS a, e.recipient_polity AS b,
               e.n_mentions, e.origin, e.day
        FROM measure_events e WHERE origin IN ({_origin_list(origins)}) AND ({where}){extra}
    """


def refresh_cache(con: duckdb.DuckDBPyConnection) -> int:
    """Rebuild measure_events from events (inside the caller's write transaction)."""
    con.execute("DELETE FROM measure_events")
    con.execute(f"""
        INSERT INTO measure_events
        SELECT least(a, b), greatest(a, b), event_id, type, quad, score, a, b, n_mentions, origin, day
        FROM ({parsed_events_sql(ORIGINS)}) WHERE day IS NOT NULL
        ORDER BY least(a, b), greatest(a, b), day""")
    con.execute("DELETE FROM measure_cache")
    con.execute("INSERT INTO measure_cache SELECT count(*), now() FROM events")
    return con.execute("SELECT count(*) FROM measure_events").fetchone()[0]


def id_list(value: str | Iterable[str] | None) -> list[str]:
    """'USA, EU,NATO' -> ['USA', 'EU', 'NATO'] (order kept, blanks dropped)."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    return [i.strip() for i in items if i and i.strip()]


def parent_polity(polity: str) -> str | None:
    """'BIH.RS' -> 'BIH': an entity inherits the ties of the state it belongs to."""
    return polity.rsplit(".", 1)[0] if "." in polity else None


_TOKEN = re.compile(r"[^a-z0-9]+")


def tokens(text: str) -> set[str]:
    return {t for t in _TOKEN.split(text.lower()) if t}


def iso(d: Any) -> str | None:
    return None if d is None else str(d)[:10]


def bound(text: str | None, limit: int = 300) -> str:
    """Document text bounded for display (untrusted: callers still escape it)."""
    if not text:
        return ""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_date(value: str | None, option: str) -> str | None:
    if value is not None and not DATE_RE.match(value):
        raise InputError(
            f"'{value}' is not a date", field=option, hint="use YYYY, YYYY-MM or YYYY-MM-DD"
        )
    return value


def known_ids(con, cfg: dict) -> set[str]:
    """Ids a polity option may name: the pack's actors and polities, and the configured lists."""
    rows = con.execute("SELECT actor_id, polity FROM actors").fetchall()
    ids = {r[0] for r in rows} | {r[1] for r in rows if r[1]}
    for key in ("countries", "powers", "west", "east", "gulf"):
        ids |= set(id_list(cfg.get(key)))
    return ids


def check_ids(con, cfg: dict, ids: list[str]) -> list[str]:
    known = known_ids(con, cfg)
    for i in ids:
        if i not in known:
            raise UnknownIdError("polity", i, sorted(known), field="id")
    return ids


def resolve_at(con, at: str | None, origins) -> str:
    """An evaluation date: full ISO day (a YYYY or YYYY-MM date means its last day)."""
    at = check_date(at, "--at") or latest_event_day(con, origins) or Date.today().isoformat()
    if len(at) == 4:
        return at + "-12-31"
    if len(at) == 7:
        y, m = int(at[:4]), int(at[5:7])
        nxt = Date(y + m // 12, m % 12 + 1, 1)
        return Date.fromordinal(nxt.toordinal() - 1).isoformat()
    return at


def latest_event_day(
    con: duckdb.DuckDBPyConnection, origins: Sequence[str] = ORIGINS
) -> str | None:
    """Day of the latest counted event up to today: the default evaluation date of every index
    (a misdated event in the future does not move it)."""
    row = con.execute(
        f"SELECT max(day) FROM ({events_sql(con, origins)}) WHERE day <= current_date"
    ).fetchone()
    return iso(row[0]) if row and row[0] else None
