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

from .common import ORIGINS, events_sql, id_list, iso
from .influence import event_evidence

MIN_SCALE = 3.0


def latest_event_day(
    con: duckdb.DuckDBPyConnection, origins: Sequence[str] = ORIGINS
) -> str | None:
    row = con.execute(f"SELECT max(day) FROM ({events_sql(origins)})").fetchone()
    return iso(row[0]) if row and row[0] else None


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
            FROM ({events_sql(origins, where)})
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
    out = []
    start = (Date.fromisoformat(at) - timedelta(days=recent - 1)).isoformat()
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
                "drivers": _drivers(con, x, y, start, at, origins, top_events),
            }
        )
    out.sort(key=lambda r: -r["z"])
    return out


def _drivers(
    con, x: str, y: str, start: str, at: str, origins: Sequence[str], top: int
) -> list[dict]:
    rows = con.execute(
        f"""SELECT event_id, type, day, score, a, b FROM ({events_sql(origins, "(e.actor_polity = $x AND e.recipient_polity = $y) OR (e.actor_polity = $y AND e.recipient_polity = $x)")})
            WHERE score < 0 AND day BETWEEN CAST($s AS DATE) AND CAST($t AS DATE)
            ORDER BY score, day DESC, event_id LIMIT {int(top)}""",
        {"x": x, "y": y, "s": start, "t": at},
    ).fetchall()
    ev = event_evidence(con, [r[0] for r in rows])
    return [
        {
            "event_id": r[0],
            "type": r[1],
            "date": iso(r[2]),
            "score": r[3],
            "actor": r[4],
            "recipient": r[5],
            **ev.get(r[0], {}),
        }
        for r in rows
    ]
