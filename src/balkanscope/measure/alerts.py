"""Tension alerts: a dyad's conflict intensity in a recent window against its own baseline.

The baseline before the recent window is cut into blocks as long as the recent window; the
alert statistic is the robust z-score of the recent conflict intensity (sum of |score| of
conflictual events) against those blocks: (recent - median) / max(1.4826 * MAD, MIN_SCALE).
MIN_SCALE (one accusation) keeps a quiet baseline from turning a single event into an alert.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as Date
from datetime import timedelta
from typing import Any

import duckdb
import numpy as np

from .common import ORIGINS, events_sql, id_list, latest_event_day
from .influence import with_evidence

MIN_SCALE = 3.0


def tension_alerts(
    con: duckdb.DuckDBPyConnection,
    cfg: dict,
    at: str | None = None,
    origins: Sequence[str] = ORIGINS,
    top_events: int = 3,
    all_pairs: bool = False,
) -> list[dict[str, Any]]:
    """Dyads (unordered) whose recent conflict stands out; with all_pairs, every scored dyad."""
    at = at or latest_event_day(con, origins)
    if at is None:
        return []
    recent = int(cfg.get("alert_recent_days", 90))
    blocks = max(int(cfg.get("alert_baseline_days", 730)) // recent, 1)
    threshold = float(cfg.get("alert_z", 3.0))
    scope = sorted(set(id_list(cfg.get("countries"))) | set(id_list(cfg.get("powers"))))
    marks = ", ".join("?" for _ in scope)
    where = f"e.actor_polity IN ({marks}) OR e.recipient_polity IN ({marks})"
    rows = con.execute(
        f"""SELECT least(a, b) AS x, greatest(a, b) AS y,
                   CAST(floor(date_diff('day', day, CAST(? AS DATE)) / {recent}) AS INTEGER) AS blk,
                   sum(-score) AS conflict, count(*) AS n
            FROM ({events_sql(con, origins, where)})
            WHERE score < 0 AND a IS NOT NULL AND b IS NOT NULL AND a <> b
              AND day <= CAST(? AS DATE) AND date_diff('day', day, CAST(? AS DATE)) < {recent * (blocks + 1)}
            GROUP BY ALL""",
        [at, *scope, *scope, at, at],
    ).fetchall()
    pairs: dict[tuple[str, str], np.ndarray] = {}
    counts: dict[tuple[str, str], int] = {}
    for x, y, blk, conflict, n in rows:
        arr = pairs.setdefault((x, y), np.zeros(blocks + 1))
        arr[blk] += conflict
        if blk == 0:
            counts[(x, y)] = n
    start = (Date.fromisoformat(at) - timedelta(days=recent - 1)).isoformat()
    out = []
    for (x, y), arr in sorted(pairs.items()):
        base = arr[1:]
        med = float(np.median(base))
        mad = float(np.median(np.abs(base - med)))
        z = (arr[0] - med) / max(1.4826 * mad, MIN_SCALE)
        if not all_pairs and (z < threshold or arr[0] <= med):
            continue
        out.append(
            {
                "a": x,
                "b": y,
                "from": start,
                "to": at,
                "recent_conflict": round(float(arr[0]), 2),
                "baseline_median": round(med, 2),
                "baseline_mad": round(mad, 2),
                "z": round(float(z), 2),
                "recent_events": counts.get((x, y), 0),
                "drivers": [],
            }
        )
    drivers = _drivers(con, [(r["a"], r["b"]) for r in out], start, at, origins, top_events)
    for r in out:
        r["drivers"] = drivers.get((r["a"], r["b"]), [])
    out.sort(key=lambda r: -r["z"])
    return out


def _drivers(
    con, pairs: list[tuple[str, str]], start: str, at: str, origins: Sequence[str], top: int
) -> dict[tuple[str, str], list[dict]]:
    """The most conflictual recent events of each pair, in one query."""
    if not pairs:
        return {}
    ids = sorted({p for pair in pairs for p in pair})
    marks = ", ".join("?" for _ in ids)
    wanted = ", ".join("(?, ?)" for _ in pairs)
    rows = con.execute(
        f"""SELECT event_id, type, day, score, a, b, x, y FROM (
                SELECT *, least(a, b) AS x, greatest(a, b) AS y,
                       row_number() OVER (PARTITION BY least(a, b), greatest(a, b)
                                          ORDER BY score, day DESC, event_id) AS rn
                FROM ({events_sql(con, origins, f"e.actor_polity IN ({marks}) AND e.recipient_polity IN ({marks})")})
                WHERE score < 0 AND day BETWEEN CAST(? AS DATE) AND CAST(? AS DATE))
            WHERE rn <= {int(top)} AND (x, y) IN (VALUES {wanted}) ORDER BY x, y, rn""",
        [*ids, *ids, start, at, *[p for pair in pairs for p in pair]],
    ).fetchall()
    out: dict[tuple[str, str], list[dict]] = {}
    for r, event in zip(rows, with_evidence(con, rows, ["actor", "recipient"]), strict=True):
        out.setdefault((r[6], r[7]), []).append(event)
    return out
