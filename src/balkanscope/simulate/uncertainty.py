"""EUM under uncertainty: any input may be a range or a distribution; Monte Carlo over them.

All draws are made up front from one seeded generator, so the result does not depend on how
many worker processes share the runs (same seed -> same numbers, with 1 or 8 workers).
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from ..errors import InputError, UnknownIdError
from .eum import EUMInput, _input, _r, check_run, check_values, parse_actors, simulate
from .inputs import check_keys, line_of, load_yaml

DISTS = {
    "uniform": {"low", "high"},
    "normal": {"mean", "sd"},
    "triangular": {"low", "mode", "high"},
}
BOUNDS = {"salience": (0.0, 1.0), "capability": (0.0, np.inf), "position": (-np.inf, np.inf)}


@dataclass(frozen=True)
class Dist:
    """One uncertain input: a point, a uniform range, a normal or a triangular distribution."""

    kind: str
    params: tuple[float, ...]

    @property
    def centre(self) -> float:
        if self.kind == "point":
            return self.params[0]
        if self.kind == "uniform":
            return (self.params[0] + self.params[1]) / 2
        if self.kind == "normal":
            return self.params[0]
        return self.params[1]  # triangular mode

    def draw(self, rng: np.random.Generator, n: int, lo: float, hi: float) -> np.ndarray:
        p = self.params
        if self.kind == "point":
            out = np.full(n, p[0])
        elif self.kind == "uniform":
            out = rng.uniform(p[0], p[1], n)
        elif self.kind == "normal":
            out = rng.normal(p[0], p[1], n)
        else:
            out = rng.triangular(p[0], p[1], p[2], n) if p[0] < p[2] else np.full(n, p[1])
        return np.clip(out, lo, hi)


def _num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def parse_dist(raw: dict, key: str, file: str, where: str) -> Dist:
    """A number, `[low, high]` or `{dist: uniform|normal|triangular, ...}`; errors name the key."""
    v = raw[key]
    line, fld = line_of(raw, key), f"{where}{key}"
    hint = "write a number, [low, high], {dist: normal, mean: m, sd: s} or {dist: triangular, low: a, mode: b, high: c}"
    if _num(v):
        return Dist("point", (float(v),))
    if isinstance(v, list) and len(v) == 2 and all(_num(x) for x in v) and v[0] <= v[1]:
        return Dist("uniform", (float(v[0]), float(v[1])))
    if isinstance(v, dict):
        kind = v.get("dist")
        if kind not in DISTS:
            raise InputError(
                f"unknown distribution {kind!r}",
                file=file,
                line=line,
                field=f"{fld}.dist",
                hint=hint,
            )
        check_keys(v, DISTS[kind] | {"dist"}, DISTS[kind], file, f"{fld}.")
        names = {
            "uniform": ("low", "high"),
            "normal": ("mean", "sd"),
            "triangular": ("low", "mode", "high"),
        }[kind]
        vals = [v[n] for n in names]
        if not all(_num(x) for x in vals):
            raise InputError(
                f"{kind} parameters must be numbers", file=file, line=line, field=fld, hint=hint
            )
        vals = [float(x) for x in vals]
        if kind == "normal":
            ok = vals[1] >= 0
        else:
            ok = all(a <= b for a, b in zip(vals, vals[1:], strict=False))
        if not ok:
            raise InputError(
                f"invalid {kind} parameters {vals}",
                file=file,
                line=line,
                field=fld,
                hint="need low <= (mode <=) high, sd >= 0",
            )
        return Dist(kind, tuple(vals))
    raise InputError(
        f"cannot read {v!r} as a value or a distribution",
        file=file,
        line=line,
        field=fld,
        hint=hint,
    )


@dataclass
class EUMIssue:
    """An issue file: `central` feeds the point forecast, `dists` the Monte Carlo (points stay fixed)."""

    central: EUMInput
    dists: dict[str, list[Dist]]  # capability/position/salience -> one Dist per actor


def issue_from_dict(data: dict, file: str = "<input>") -> EUMIssue:
    actors, cols = parse_actors(data, file, value=parse_dist)
    for k, (lo, hi) in BOUNDS.items():
        for i, d in enumerate(cols[k]):
            vals = [d.centre] if d.kind in ("point", "normal") else [d.params[0], d.params[-1]]
            if any(x < lo or x > hi for x in vals):
                raise InputError(
                    f"{k} range {vals} leaves [{lo:g}, {hi:g}]",
                    file=file,
                    line=line_of(actors[i], k),
                    field=f"actors[{i}].{k}",
                    hint="salience lies in 0..1 and capability is >= 0",
                )
    cen = {k: np.array([d.centre for d in cols[k]]) for k in cols}
    check_values(data, cen["capability"], cen["salience"], actors, file)
    central = _input(data, actors, cen["capability"], cen["position"], cen["salience"], file)
    return EUMIssue(central, cols)


def load_issue(path: str | Path, overrides: list[str] | tuple = ()) -> EUMIssue:
    """Read an EUM issue file; any number in it may be a range or a distribution.

    `overrides` are what-if edits, `ACTOR.KEY=VALUE` (e.g. `United States.position=40`, or a
    range `Russia.salience=[0.5, 0.9]`), applied before validation so they are checked alike.
    """
    data = load_yaml(path)
    apply_overrides(data, list(overrides), str(path))
    return issue_from_dict(data, str(path))


def apply_overrides(data: dict, items: list[str], file: str) -> None:
    actors = data.get("actors") if isinstance(data.get("actors"), list) else []
    by_name = {str(a.get("name")): a for a in actors if isinstance(a, dict)}
    for item in items:
        target, eq, value = item.partition("=")
        name, dot, key = target.rpartition(".")
        if not eq or not dot:
            raise InputError(
                f"cannot read '{item}'",
                field="--set",
                hint="write ACTOR.KEY=VALUE, e.g. Russia.salience=0.9",
            )
        if name not in by_name:
            raise UnknownIdError("actor", name, by_name, file=file, field="--set")
        if key not in BOUNDS:
            raise InputError(
                f"'{key}' cannot be set", field="--set", hint="set capability, position or salience"
            )
        try:
            by_name[name][key] = yaml.safe_load(value)
        except yaml.YAMLError:
            raise InputError(
                f"cannot read value '{value}'",
                field="--set",
                hint="a number, [low, high] or {dist: ...}",
            ) from None


def draw_inputs(u: EUMIssue, runs: int, seed: int) -> dict[str, np.ndarray]:
    """(runs, actors) arrays for capability, position, salience from one seeded generator."""
    rng = np.random.default_rng(seed)
    out = {}
    for k in ("capability", "position", "salience"):
        lo, hi = BOUNDS[k]
        out[k] = np.stack([d.draw(rng, runs, lo, hi) for d in u.dists[k]], axis=1)
    return out


def _chunk(args) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x, c, s, rounds, stop, q, tol = args
    tr = simulate(x, c, s, rounds, stop, q, tol)
    idx = np.arange(len(x))
    final = tr.positions[idx, tr.rounds_done]
    return final, tr.median[idx, tr.rounds_done], tr.mean[idx, tr.rounds_done]


def _stats(v: np.ndarray) -> dict[str, float]:
    q = np.percentile(v, [5, 25, 50, 75, 95])
    return {
        "mean": _r(v.mean()),
        "sd": _r(v.std()),
        **{f"p{p}": _r(x) for p, x in zip((5, 25, 50, 75, 95), q, strict=True)},
    }


def monte_carlo(
    u: EUMIssue,
    runs: int = 1000,
    seed: int = 42,
    workers: int = 1,
    rounds: int = 10,
    stop: str = "rounds",
    q: float = 1.0,
    tol: float = 0.01,
    chunk: int = 500,
) -> dict:
    """Distribution of the forecast (final median and mean) and of each actor's final position."""
    if runs < 1:
        raise InputError("runs must be >= 1", field="--runs", hint="e.g. --runs 1000")
    check_run(rounds, stop)
    draws = draw_inputs(u, runs, seed)
    jobs = [
        (
            draws["position"][a : a + chunk],
            draws["capability"][a : a + chunk],
            draws["salience"][a : a + chunk],
            rounds,
            stop,
            q,
            tol,
        )
        for a in range(0, runs, chunk)
    ]
    if workers > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=workers) as ex:
            parts = list(ex.map(_chunk, jobs))
    else:
        parts = [_chunk(j) for j in jobs]
    final = np.concatenate([p[0] for p in parts])
    med = np.concatenate([p[1] for p in parts])
    mean = np.concatenate([p[2] for p in parts])
    return {
        "issue": u.central.issue,
        "runs": runs,
        "seed": seed,
        "rounds": rounds,
        "outcome": {"median": _stats(med), "mean": _stats(mean)},
        "actors": {nm: _stats(final[:, i]) for i, nm in enumerate(u.central.names)},
    }
