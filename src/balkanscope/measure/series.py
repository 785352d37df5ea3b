"""Dyadic event series: counts per type and quad class, PLOVER score sum and mean,
cooperation and conflict intensity per period, with rolling windows; all in DuckDB SQL.

Cooperation intensity is the sum of positive scores, conflict intensity the sum of the
magnitudes of negative ones, over events (not reports: each clustered event counts once).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

from ..errors import InputError
from .common import ORIGINS, PLOVER, QUADS, events_sql, iso

PERIODS = {
    "day": "1 day",
    "week": "7 days",
    "month": "1 month",
    "quarter": "3 months",
    "year": "1 year",
}


def check_period(period: str) -> str:
    if period not in PERIODS:
        raise InputError(
            f"unknown period '{period}'", field="period", hint="use one of " + ", ".join(PERIODS)
        )
    return period


def dyad_series(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    period: str = "month",
    directed: bool = False,
    origins: Sequence[str] = ORIGINS,
    start: str | None = None,
    end: str | None = None,
    rolling: int = 0,
    fill: bool = True,
) -> list[dict[str, Any]]:
    """One row per period for the pair a->b (or a<->b when not directed).

    With `fill`, periods without events between the first and last (or start/end) appear
    with zeros, so rolling windows and timelines see the quiet periods too.
    """
    check_period(period)
    if directed or a == b:
        where = "e.actor_polity = $a AND e.recipient_polity = $b"
    else:  # IN lists are pushed into the scan; an OR of pairs is not (4x slower on 10M rows)
        where = "e.actor_polity IN ($a, $b) AND e.recipient_polity IN ($a, $b) AND e.actor_polity <> e.recipient_polity"
    type_cols = ",\n".join(f"count(*) FILTER (WHERE type = '{t}') AS {t.lower()}" for t in PLOVER)
    quad_cols = ",\n".join(f"count(*) FILTER (WHERE quad = '{q}') AS {q}" for q in QUADS)
    bounds = "TRUE"
    if start:
        bounds += " AND day >= CAST($start AS DATE)"
    if end:
        bounds += " AND day <= CAST($end AS DATE)"
    zero_cols = ", ".join(
        f"coalesce(g.{c}, 0) AS {c}" for c in [t.lower() for t in PLOVER] + list(QUADS)
    )
    sql = f"""
        WITH ev AS ({events_sql(con, origins, where, "e.x = least($a, $b) AND e.y = greatest($a, $b)")}),
        agg AS MATERIALIZED (
            SELECT date_trunc('{period}', day) AS period, count(*) AS events,
                   {type_cols}, {quad_cols},
                   sum(score) AS score_sum, avg(score) AS score_mean,
                   sum(greatest(score, 0)) AS coop, sum(greatest(-score, 0)) AS conflict
            FROM ev WHERE day IS NOT NULL AND {bounds} GROUP BY 1),
        span AS (
            SELECT coalesce(date_trunc('{period}', CAST($start AS DATE)), min(period)) AS lo,
                   coalesce(date_trunc('{period}', CAST($end AS DATE)), max(period)) AS hi FROM agg),
        grid AS (
            SELECT CAST(unnest(generate_series(lo, hi, INTERVAL '{PERIODS[period]}')) AS DATE) AS period
            FROM span WHERE lo IS NOT NULL AND {str(fill).upper()}
            UNION SELECT CAST(period AS DATE) FROM agg),
        filled AS (
            SELECT p.period, coalesce(g.events, 0) AS events, {zero_cols},
                   coalesce(g.score_sum, 0.0) AS score_sum, g.score_mean,
                   coalesce(g.coop, 0.0) AS coop, coalesce(g.conflict, 0.0) AS conflict
            FROM grid p LEFT JOIN agg g ON CAST(g.period AS DATE) = p.period)
        SELECT *,
               avg(coop) OVER w AS rolling_coop, avg(conflict) OVER w AS rolling_conflict
        FROM filled
        WINDOW w AS (ORDER BY period ROWS BETWEEN {max(rolling, 1) - 1} PRECEDING AND CURRENT ROW)
        ORDER BY period
    """
    params = {"a": a, "b": b, "start": start, "end": end}
    params = {k: v for k, v in params.items() if f"${k}" in sql}
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        r = dict(zip(cols, row, strict=True))
        r["period"] = iso(r["period"])
        if not rolling:
            r.pop("rolling_coop"), r.pop("rolling_conflict")
        out.append(r)
    return out


def panel_series(
    con: duckdb.DuckDBPyConnection,
    countries: Sequence[str],
    powers: Sequence[str],
    *,
    period: str = "month",
    origins: Sequence[str] = ORIGINS,
    start: str | None = None,
    end: str | None = None,
) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Undirected (country, power) series of events, coop and conflict in one query, for
    timelines of many dyads at once; only dyads with events appear, quiet periods filled."""
    check_period(period)
    ids = sorted(set(countries) | set(powers))
    marks = ", ".join("?" for _ in ids)
    where = f"e.actor_polity IN ({marks}) AND e.recipient_polity IN ({marks})"
    bounds = ("AND day >= CAST(? AS DATE) " if start else "") + (
        "AND day <= CAST(? AS DATE)" if end else ""
    )
    rows = con.execute(
        f"""SELECT a, b, CAST(date_trunc('{period}', day) AS DATE) AS period, count(*) AS events,
                   sum(greatest(score, 0)) AS coop, sum(greatest(-score, 0)) AS conflict
            FROM ({events_sql(con, origins, where)}) WHERE day IS NOT NULL {bounds}
            GROUP BY ALL ORDER BY period""",
        ids + ids + [d for d in (start, end) if d],
    ).fetchall()
    cs, ps = set(countries), set(powers)
    acc: dict[tuple[str, str], dict[str, dict]] = {}
    for a, b, p, n, coop, conflict in rows:
        key = (a, b) if a in cs and b in ps else (b, a) if b in cs and a in ps else None
        if key is None:
            continue
        cell = acc.setdefault(key, {}).setdefault(
            iso(p), {"events": 0, "coop": 0.0, "conflict": 0.0}
        )
        cell["events"] += n
        cell["coop"] += coop
        cell["conflict"] += conflict
    if not acc:
        return {}
    grid = [
        iso(r[0])
        for r in con.execute(
            f"SELECT unnest(generate_series(CAST(? AS DATE), CAST(? AS DATE), INTERVAL '{PERIODS[period]}'))",
            [min(min(v) for v in acc.values()), max(max(v) for v in acc.values())],
        ).fetchall()
    ]
    zero = {"events": 0, "coop": 0.0, "conflict": 0.0}
    return {k: [{"period": g, **v.get(g, zero)} for g in grid] for k, v in sorted(acc.items())}
