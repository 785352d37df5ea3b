"""Validation: does alignment order countries the way observable outcomes do?

Outcomes are pack indicators: `cfsp_alignment` (share of EU foreign-policy declarations a
country aligns with), `unga_ukraine_<resolution>` (UN General Assembly votes on Ukraine, pooled
into one outcome by averaging each country's votes), `eu_sanctions_alignment`. For each
outcome, alignment is computed at the date of each country's latest observation, and the
Spearman rank correlation is reported with the cases whose ranks disagree by 2 or more.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import duckdb
import numpy as np

from .alignment import alignment
from .common import ORIGINS

OUTCOMES = {
    "cfsp_alignment": "EU foreign-policy alignment",
    "unga_ukraine": "UN General Assembly votes on Ukraine",
    "eu_sanctions_alignment": "EU sanctions alignment",
}


def outcome_of(series_id: str) -> str | None:
    """The outcome a series belongs to: 'unga_ukraine_es11_1.SRB' -> 'unga_ukraine' (the pack
    suffixes series ids with the polity)."""
    base = series_id.split(".", 1)[0]
    for name in OUTCOMES:
        if base == name or base.startswith(name + "_"):
            return name
    return None


def ranks(values: Sequence[float]) -> np.ndarray:
    """Average ranks (ties share their mean rank), 1 = lowest."""
    v = np.asarray(values, dtype=float)
    order = np.argsort(v, kind="stable")
    r = np.empty(len(v))
    r[order] = np.arange(1, len(v) + 1)
    for val in np.unique(v):
        idx = v == val
        r[idx] = r[idx].mean()
    return r


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    if len(x) < 3:
        return None
    rx, ry = ranks(x), ranks(y)
    if rx.std() == 0 or ry.std() == 0:
        return None
    return float(np.corrcoef(rx, ry)[0, 1])


def observations(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, tuple[str, float]]]:
    """outcome -> polity -> (date, value): latest point of each series, series of one outcome averaged."""
    rows = con.execute(
        """SELECT series_id, polity, date, avg(value) FROM indicators i
           WHERE polity IS NOT NULL AND date = (SELECT max(date) FROM indicators j
                                                WHERE j.series_id = i.series_id AND j.polity = i.polity)
           GROUP BY ALL ORDER BY ALL"""
    ).fetchall()
    pooled: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for sid, polity, d, v in rows:
        name = outcome_of(sid)
        if name:
            pooled[name][polity].append((d, v))
    return {
        name: {
            p: (max(d for d, _ in pts), float(np.mean([v for _, v in pts])))
            for p, pts in by.items()
        }
        for name, by in pooled.items()
    }


def validate(
    con: duckdb.DuckDBPyConnection, cfg: dict, origins: Sequence[str] = ORIGINS
) -> list[dict[str, Any]]:
    """One result per outcome: n, Spearman rho, and every country's pair of ranks."""
    results = []
    for name, obs in sorted(observations(con).items()):
        polities = sorted(obs)
        cases = []
        by_date: dict[str, list[str]] = defaultdict(list)
        for p in polities:
            by_date[obs[p][0]].append(p)
        for d, ps in sorted(by_date.items()):
            at = d if len(d) == 10 else (d + "-12-31" if len(d) == 4 else d + "-28")
            for row in alignment(con, cfg, at, ps, origins):
                cases.append(
                    {
                        "country": row["country"],
                        "date": d,
                        "alignment": row["score"],
                        "outcome": obs[row["country"]][1],
                    }
                )
        rho = spearman([c["alignment"] for c in cases], [c["outcome"] for c in cases])
        if cases:
            ra, ro = ranks([c["alignment"] for c in cases]), ranks([c["outcome"] for c in cases])
            for c, a, o in zip(cases, ra, ro, strict=True):
                c["rank_alignment"], c["rank_outcome"] = float(a), float(o)
                c["disagrees"] = bool(abs(a - o) >= 2)
        results.append(
            {
                "outcome": name,
                "label": OUTCOMES[name],
                "n": len(cases),
                "spearman": None if rho is None else round(rho, 3),
                "cases": cases,
            }
        )
    return results
