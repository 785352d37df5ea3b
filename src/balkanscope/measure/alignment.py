"""Alignment of each country between the West and Russia plus China, in [-1, 1].

With W the mean influence score of the `west` powers and E that of the `east` powers,
alignment = (W - E) / (|W| + |E| + KAPPA): +1 when only the West pulls, -1 when only Russia
and China do, 0 when the pulls balance. KAPPA keeps countries with almost no measured pull
near 0 instead of at an extreme. Computed on every Monte Carlo run, so its interval carries
the uncertainty of weights and sources. Türkiye and the Gulf states are reported beside it,
not on its scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb
import numpy as np

from .common import ORIGINS, id_list
from .uncertainty import INTERVAL, Simulation, simulate

# The figures of each country's alignment row, in the order tables show them.
ALIGNMENT_FIELDS = ["score", "low", "high", "west", "east", "tur", "gulf"]
KAPPA = 0.05


def alignment_values(
    scores: np.ndarray, powers: list[str], west: list[str], east: list[str]
) -> np.ndarray:
    """scores (... x powers) -> alignment (...)."""
    wi = [powers.index(p) for p in west if p in powers]
    ei = [powers.index(p) for p in east if p in powers]
    w = scores[..., wi].mean(axis=-1) if wi else np.zeros(scores.shape[:-1])
    e = scores[..., ei].mean(axis=-1) if ei else np.zeros(scores.shape[:-1])
    return (w - e) / (np.abs(w) + np.abs(e) + KAPPA)


def alignment_powers(cfg: dict) -> list[str]:
    """Every power alignment needs: the two sides, Türkiye and the Gulf states."""
    west, east, gulf = id_list(cfg.get("west")), id_list(cfg.get("east")), id_list(cfg.get("gulf"))
    return list(dict.fromkeys(west + east + ["TUR"] + gulf))


def alignment(
    con: duckdb.DuckDBPyConnection,
    cfg: dict,
    at: str,
    countries: Sequence[str] | None = None,
    origins: Sequence[str] = ORIGINS,
    sim: Simulation | None = None,
) -> list[dict[str, Any]]:
    """One row per country: alignment with its interval, and Türkiye's and the Gulf's pull.

    `sim` may be a simulation already run over (at least) the powers alignment needs."""
    west, east, gulf = id_list(cfg.get("west")), id_list(cfg.get("east")), id_list(cfg.get("gulf"))
    needed = alignment_powers(cfg)
    if sim is None or not set(needed) <= set(sim.inputs.powers):
        sim = simulate(con, cfg, at, countries, needed, origins)
    powers = sim.inputs.powers
    n_c, n_p = len(sim.inputs.countries), len(powers)
    point = sim.point.reshape(n_c, n_p)
    runs = sim.runs.reshape(len(sim.runs), n_c, n_p) if len(sim.runs) else point[None]
    a_point = alignment_values(point, powers, west, east)
    a_runs = alignment_values(runs, powers, west, east)
    lo, hi = np.percentile(a_runs, INTERVAL, axis=0)
    wi, ei, gi = ([powers.index(p) for p in side] for side in (west, east, gulf))
    rows = []
    for ci, c in enumerate(sim.inputs.countries):
        rows.append(
            {
                "country": c,
                "at": sim.at,
                "score": round(float(a_point[ci]), 4),
                "low": round(float(lo[ci]), 4),
                "high": round(float(hi[ci]), 4),
                "west": round(float(point[ci, wi].mean()), 4) if wi else None,
                "east": round(float(point[ci, ei].mean()), 4) if ei else None,
                "tur": round(float(point[ci, powers.index("TUR")]), 4),
                "gulf": round(float(point[ci, gi].mean()), 4) if gi else None,
            }
        )
    return rows


def alignment_panel(
    con: duckdb.DuckDBPyConnection,
    cfg: dict,
    dates: Sequence[str],
    countries: Sequence[str] | None = None,
    origins: Sequence[str] = ORIGINS,
) -> list[dict[str, Any]]:
    """Point estimates of alignment at every date (no Monte Carlo: one panel evaluation)."""
    from .influence import influence_panel

    west, east = id_list(cfg.get("west")), id_list(cfg.get("east"))
    powers = alignment_powers(cfg)
    inp, _, s = influence_panel(con, cfg, dates, countries, powers, origins)
    a = alignment_values(s.reshape(len(dates), len(inp.countries), len(powers)), powers, west, east)
    return [
        {"at": d, "country": c, "score": round(float(a[t, ci]), 4)}
        for t, d in enumerate(dates)
        for ci, c in enumerate(inp.countries)
    ]
