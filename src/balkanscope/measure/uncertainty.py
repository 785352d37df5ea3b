"""Monte Carlo over weights and disagreeing sources: intervals and ranking probabilities.

Each run draws the absolute weights from a Dirichlet centred on the configured ones
(`mc_concentration` sets how tight; signs are kept) and, for every tie or poll whose sources
disagree, one source's value uniformly. Runs are seeded (`seed`), so the same database and
settings give the same intervals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np

from .common import ORIGINS, id_list
from .influence import (
    COMPONENTS,
    GROUP,
    Inputs,
    collect,
    components_at,
    parse_weights,
    sample_components,
    weight_vector,
)

INTERVAL = (5.0, 95.0)  # a 90% interval


def draw_weights(
    w: np.ndarray, runs: int, concentration: float, rng: np.random.Generator
) -> np.ndarray:
    """(runs x components) weights: Dirichlet around |w| scaled back to sum(|w|), signs kept."""
    mag = np.abs(w)
    total = mag.sum()
    live = mag > 0
    out = np.zeros((runs, len(w)))
    if runs == 0 or not live.any():
        return out
    alpha = concentration * mag[live] / total
    out[:, live] = rng.dirichlet(alpha, size=runs) * total
    return out * np.sign(w)


@dataclass
class Simulation:
    """Scores per run (runs x pairs) plus the point estimate and inputs they came from."""

    inputs: Inputs
    at: str
    point: np.ndarray  # (pairs,)
    components: np.ndarray  # (pairs x components), point estimate
    runs: np.ndarray  # (runs x pairs)
    weights: np.ndarray  # configured weights (components,)

    def interval(self) -> tuple[np.ndarray, np.ndarray]:
        if len(self.runs) == 0:
            return self.point, self.point
        lo, hi = np.percentile(self.runs, INTERVAL, axis=0)
        return lo, hi

    def rank_probabilities(
        self, powers: Sequence[str] | None = None
    ) -> dict[str, dict[str, list[float]]]:
        """For each country, P(power is ranked k-th among `powers`, default all) for k = 1..n
        over the runs; tied powers share the ranks they span equally (so all-zero pulls give no
        power a spurious lead)."""
        out: dict[str, dict[str, list[float]]] = {}
        every = self.inputs.powers
        powers = list(powers or every)
        cols = [every.index(p) for p in powers]
        n_all, n_p = len(every), len(powers)
        runs = self.runs if len(self.runs) else self.point[None, :]
        for ci, c in enumerate(self.inputs.countries):
            block = np.round(runs[:, [ci * n_all + j for j in cols]], 12)
            greater = (block[:, None, :] > block[:, :, None]).sum(-1)
            equal = (block[:, None, :] == block[:, :, None]).sum(-1)
            probs = np.stack(
                [((greater <= k) & (k < greater + equal)) / equal for k in range(n_p)], -1
            ).mean(0)
            out[c] = {p: [float(v) for v in probs[pi]] for pi, p in enumerate(powers)}
        return out


def simulate(
    con: duckdb.DuckDBPyConnection,
    cfg: dict,
    at: str,
    countries: Sequence[str] | None = None,
    powers: Sequence[str] | None = None,
    origins: Sequence[str] = ORIGINS,
    runs: int | None = None,
    seed: int | None = None,
) -> Simulation:
    inp = collect(con, cfg, countries, powers, origins, until=at)
    w = weight_vector(parse_weights(cfg.get("influence_weights")))
    n = int(cfg.get("mc_runs", 500) if runs is None else runs)
    rng = np.random.default_rng(int(cfg.get("seed", 42) if seed is None else seed))
    x0 = components_at(inp, at)
    point = x0 @ w / np.abs(w).sum()
    ws = draw_weights(w, n, float(cfg.get("mc_concentration", 50.0)), rng)
    xs = sample_components(inp, at, x0, n, rng)
    out = (
        np.einsum("rpk,rk->rp", xs, ws) / np.abs(ws).sum(axis=1, keepdims=True)
        if n
        else np.empty((0, len(point)))
    )
    return Simulation(inp, at, point, x0, out, w)


def influence_table(sim: Simulation, powers: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """One row per pair (of `powers`, default all): score, interval, probability of ranking
    first among those powers, contributions by group, components."""
    lo, hi = sim.interval()
    powers = list(powers or sim.inputs.powers)
    ranks = sim.rank_probabilities(powers)
    w = sim.weights
    parts = {
        g: np.array([GROUP[c] == g for c in COMPONENTS])
        for g in ("structural", "flow", "perception")
    }
    rows = []
    for i, (c, p) in enumerate(sim.inputs.dyads):
        if p not in powers:
            continue
        contrib = sim.components[i] * w / np.abs(w).sum()
        rows.append(
            {
                "country": c,
                "power": p,
                "at": sim.at,
                "score": round(float(sim.point[i]), 4),
                "low": round(float(lo[i]), 4),
                "high": round(float(hi[i]), 4),
                "p_first": round(ranks[c][p][0], 3),
                "p_rank": [round(v, 3) for v in ranks[c][p]],
                "from_ties": round(float(contrib[parts["structural"]].sum()), 4),
                "from_events": round(float(contrib[parts["flow"]].sum()), 4),
                "from_polls": round(float(contrib[parts["perception"]].sum()), 4),
                **{k: round(float(sim.components[i, j]), 4) for j, k in enumerate(COMPONENTS)},
            }
        )
    return rows


def scope(cfg: dict, country: str | None, power: str | None) -> tuple[list[str], list[str]]:
    """Countries and powers to measure: the options when given, else the settings."""
    return id_list(country) or id_list(cfg.get("countries")), id_list(power) or id_list(
        cfg.get("powers")
    )
