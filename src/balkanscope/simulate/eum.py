"""Expected utility model of bargaining (Bueno de Mesquita 1994, Scholz et al. 2011 variant).

Implements spec/eum.md exactly. The core works on a batch of independent runs at once (arrays of
shape (runs, actors)), so one deterministic forecast and ten thousand Monte Carlo draws share the
same vectorised code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import InputError
from .inputs import check_keys, keys, line_of

KINDS = ("none", "confrontation", "compromise", "capitulation")
ACTOR_KEYS = {"name", "capability", "position", "salience", "id", "why"}
TOP_KEYS = {"issue", "scale", "actors", "id", "description", "sources", "kind"}


@dataclass
class EUMInput:
    """One issue: actors' positions, capabilities and saliences (plus their rationale)."""

    issue: str
    names: list[str]
    capability: np.ndarray
    position: np.ndarray
    salience: np.ndarray
    scale: Any = None
    why: list[str | None] = field(default_factory=list)
    ids: list[str | None] = field(default_factory=list)
    description: str | None = None
    sources: list[str] = field(default_factory=list)
    file: str | None = None


@dataclass
class EUMTrace:
    """A batch of runs. Arrays are (runs, rounds + 1, actors) etc.; round 0 is the input."""

    positions: np.ndarray  # (B, T+1, n)
    median: np.ndarray  # (B, T+1)
    mean: np.ndarray  # (B, T+1)
    risk: np.ndarray  # (B, T, n)
    kind: np.ndarray  # (B, T, n) index into KINDS
    target: np.ndarray  # (B, T, n) index of the actor whose position was taken as reference
    rounds_done: np.ndarray  # (B,) rounds actually run (a converged run stops early)
    stopped_by: np.ndarray  # (B,) "rounds" or "converged"


def _number(raw: dict, key: str, file: str, where: str) -> Any:
    v = raw[key]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise InputError(
            f"'{key}' must be a number, got {v!r}",
            file=file,
            line=line_of(raw, key),
            field=f"{where}{key}",
            hint=f"write {key}: 0.5",
        )
    return float(v)


def parse_actors(data: dict, file: str, value: Any = _number) -> tuple[list, dict[str, list]]:
    """Validate the actors list; `value(raw, key, file, where)` reads each numeric input."""
    check_keys(data, TOP_KEYS, {"issue", "actors"}, file, "")
    actors = data["actors"]
    if not isinstance(actors, list) or len(actors) < 2:
        raise InputError(
            "'actors' must be a list of at least two actors",
            file=file,
            line=line_of(data, "actors"),
            field="actors",
            hint="add - {name: X, capability: 1, position: 0, salience: 0.5} entries",
        )
    cols: dict[str, list] = {k: [] for k in ("capability", "position", "salience")}
    seen: dict[str, int] = {}
    for i, a in enumerate(actors):
        where = f"actors[{i}]."
        if not isinstance(a, dict):
            raise InputError(
                "each actor must be a mapping",
                file=file,
                line=line_of(data, "actors"),
                field=where[:-1],
            )
        check_keys(a, ACTOR_KEYS, {"name", "capability", "position", "salience"}, file, where)
        name = str(a["name"])
        if name in seen:
            raise InputError(
                f"duplicate actor name '{name}' (first at actors[{seen[name]}])",
                file=file,
                line=line_of(a, "name"),
                field=f"{where}name",
                hint="give each actor a unique name",
            )
        seen[name] = i
        for k in cols:
            cols[k].append(value(a, k, file, where))
    return actors, cols


def check_values(data: dict, cap: np.ndarray, sal: np.ndarray, actors: list, file: str) -> None:
    """Salience in [0, 1], capability >= 0, and someone with weight (else no median exists)."""
    for i, a in enumerate(actors):
        if not (0.0 <= sal[i] <= 1.0):
            raise InputError(
                f"salience must lie in [0, 1], got {sal[i]:g}",
                file=file,
                line=line_of(a, "salience"),
                field=f"actors[{i}].salience",
                hint="scale salience to 0..1 (e.g. 80 -> 0.8)",
            )
        if cap[i] < 0:
            raise InputError(
                f"capability must be >= 0, got {cap[i]:g}",
                file=file,
                line=line_of(a, "capability"),
                field=f"actors[{i}].capability",
                hint="capabilities are non-negative weights",
            )
    if float((cap * sal).sum()) <= 0:
        raise InputError(
            "every actor has zero capability or zero salience",
            file=file,
            line=line_of(data, "actors"),
            field="actors",
            hint="give at least one actor positive capability and salience",
        )


def _input(data: dict, actors: list, cap, pos, sal, file: str) -> EUMInput:
    return EUMInput(
        issue=str(data["issue"]),
        names=[str(a["name"]) for a in actors],
        capability=cap,
        position=pos,
        salience=sal,
        scale=_plain(data.get("scale")),
        why=[a.get("why") for a in actors],
        ids=[a.get("id") for a in actors],
        description=data.get("description"),
        sources=list(data.get("sources") or []),
        file=file,
    )


def _plain(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _plain(v[k]) for k in keys(v)}
    return v


# --- the model (spec/eum.md); every array has a leading batch axis B ---


def _win_prob(d: np.ndarray, cs: np.ndarray, r: np.ndarray | None) -> np.ndarray:
    """P[b, i, j]: probability that x_i beats x_j (Scholz's normalisation over all pairs).

    d[b, k, j] = |x_k - x_j| / R; voter k weighs it with its exponent r_k (None: all 1).
    """
    W = d if r is None else d ** r[:, :, None]
    B, n = cs.shape
    G = W[:, :, None, :] - W[:, :, :, None]  # v_k(x_i, x_j) / (c_k s_k)
    np.maximum(G, 0.0, out=G)
    # sum_k c_k s_k max(0, .) as one matrix product per run (c s >= 0)
    pos = np.matmul(cs[:, None, :], G.reshape(B, n, n * n)).reshape(B, n, n)
    # D = sum_k c_k s_k sum_ij |W_kj - W_ki|; for sorted a, sum_ij |a_i - a_j| = 2 sum_i a_i (2i - n + 1)
    ranks = 2.0 * np.arange(n) - (n - 1)
    D = (cs * 2.0 * (np.sort(W, axis=2) * ranks).sum(axis=2)).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        P = np.where(D[:, None, None] > 0, pos / np.where(D > 0, D, 1.0)[:, None, None], 0.0)
    return P


def _utilities(P, d, s, rv, Q) -> tuple[np.ndarray, np.ndarray]:
    """(e_ij, e_ji) seen by each actor i with its exponent rv_i: E_i(i, j) and E_i(j, i)."""
    e = rv[:, :, None]
    us = 2 - 4 * (0.5 - 0.5 * d) ** e
    uf = 2 - 4 * (0.5 + 0.5 * d) ** e
    usq = (2 - 4 * 0.5**rv)[:, :, None]
    PT = P.transpose(0, 2, 1)
    sj = s[:, None, :]
    si = s[:, :, None]
    e_ij = sj * (P * us + (1 - P) * uf) + (1 - sj) * us - Q * usq
    e_ji = si * (PT * us + (1 - PT) * uf) + (1 - si) * us - Q * usq
    return e_ij, e_ji


def risk_exponents(d: np.ndarray, cs: np.ndarray, s: np.ndarray, Q: float = 1.0) -> np.ndarray:
    """Step 5: r_i from each actor's danger (sum of others' expected utility of challenging it)."""
    ones = np.ones_like(s)
    P = _win_prob(d, cs, None)
    _, e_ji = _utilities(P, d, s, ones, Q)
    n = s.shape[1]
    danger = (e_ji * (1 - np.eye(n))).sum(axis=2)
    hi, lo = danger.max(axis=1, keepdims=True), danger.min(axis=1, keepdims=True)
    span = hi - lo
    with np.errstate(invalid="ignore", divide="ignore"):
        Ri = np.where(span > 0, (2 * danger - hi - lo) / np.where(span > 0, span, 1.0), 0.0)
    return (1 - Ri / 3) / (1 + Ri / 3)


def median_position(x: np.ndarray, cs: np.ndarray) -> np.ndarray:
    """Condorcet walk over the sorted positions with r = 1 (step 2)."""
    xs = np.sort(x, axis=1)
    m = xs[:, 0].copy()
    for t in range(1, x.shape[1]):
        p = xs[:, t]
        val = (cs * (np.abs(x - m[:, None]) - np.abs(x - p[:, None]))).sum(axis=1)
        m = np.where(val > 0, p, m)
    return m


def mean_position(x: np.ndarray, cs: np.ndarray) -> np.ndarray:
    return (cs * x).sum(axis=1) / cs.sum(axis=1)


def one_round(x, c, s, R, Q: float = 1.0):
    """One bargaining round for every run: (new positions, risk, offer kind, reference actor)."""
    d = np.abs(x[:, :, None] - x[:, None, :]) / R[:, None, None]
    cs = c * s
    r = risk_exponents(d, cs, s, Q)
    P = _win_prob(d, cs, r)
    e_ij, e_ji = _utilities(P, d, s, r, Q)
    differ = x[:, :, None] != x[:, None, :]
    move = np.abs(x[:, None, :] - x[:, :, None])
    a_ij, a_ji = np.abs(e_ij), np.abs(e_ji)
    conf = differ & (e_ji > e_ij) & (e_ij > 0)
    against = differ & (e_ji > 0) & (e_ij < 0)
    comp = against & (e_ji > a_ij)
    capit = against & (e_ji < a_ij)
    inf = np.inf
    with np.errstate(invalid="ignore", divide="ignore"):
        key = (a_ij * x[:, :, None] + a_ji * x[:, None, :]) / (a_ij + a_ji)
        comp_pos = x[:, :, None] + (x[:, None, :] - x[:, :, None]) * np.abs(e_ij / e_ji)
    j_conf = np.argmin(np.where(conf, move, inf), axis=2)
    j_comp = np.argmin(np.where(comp, key, inf), axis=2)
    j_cap = np.argmin(np.where(capit, move, inf), axis=2)
    has_conf, has_comp, has_cap = conf.any(axis=2), comp.any(axis=2), capit.any(axis=2)
    kind = np.where(has_conf, 1, np.where(has_comp, 2, np.where(has_cap, 3, 0)))
    target = np.where(has_conf, j_conf, np.where(has_comp, j_comp, np.where(has_cap, j_cap, -1)))
    take = lambda a, j: np.take_along_axis(a, j[:, :, None], axis=2)[:, :, 0]  # noqa: E731
    xj = lambda j: np.take_along_axis(x, j, axis=1)  # noqa: E731
    new = np.where(
        kind == 1,
        xj(j_conf),
        np.where(kind == 2, take(comp_pos, j_comp), np.where(kind == 3, xj(j_cap), x)),
    )
    return new, r, kind, target


def simulate(
    x: np.ndarray,
    c: np.ndarray,
    s: np.ndarray,
    rounds: int = 10,
    stop: str = "rounds",
    q: float = 1.0,
    tol: float = 0.01,
) -> EUMTrace:
    """Run a batch of issues (arrays (B, n)) for `rounds` rounds or until converged.

    Converged (stop="converged"): a run stops once a round's mean squared position change falls
    below `tol` times its first round's; its positions then stay as they were.
    """
    x = np.atleast_2d(np.asarray(x, dtype=float))
    c = np.broadcast_to(np.asarray(c, dtype=float), x.shape)
    s = np.broadcast_to(np.asarray(s, dtype=float), x.shape)
    B, n = x.shape
    span = x.max(axis=1) - x.min(axis=1)
    R = np.where(span > 0, span, 1.0)
    cs = c * s
    pos = np.empty((B, rounds + 1, n))
    risk = np.full((B, rounds, n), np.nan)
    kind = np.zeros((B, rounds, n), dtype=np.int8)
    target = np.full((B, rounds, n), -1, dtype=np.int32)
    pos[:, 0] = x
    active = np.ones(B, dtype=bool)
    done = np.zeros(B, dtype=np.int32)
    first = np.zeros(B)
    converged = np.zeros(B, dtype=bool)
    for t in range(1, rounds + 1):
        new, r, k, tg = one_round(x, c, s, R, q)
        new = np.where(active[:, None], new, x)
        risk[active, t - 1] = r[active]
        kind[active, t - 1] = k[active]
        target[active, t - 1] = tg[active]
        msc = ((new - x) ** 2).mean(axis=1)
        if t == 1:
            first = msc
        done[active] = t
        x = new
        pos[:, t] = x
        if stop == "converged":
            now = active & ((msc < tol * first) | (first == 0))
            converged |= now
            active &= ~now
            if not active.any():
                pos[:, t + 1 :] = x[:, None, :]
                break
    flat = pos.reshape(B * (rounds + 1), n)  # every round of every run in one call
    cs_all = np.repeat(cs, rounds + 1, axis=0)
    med = median_position(flat, cs_all).reshape(B, rounds + 1)
    mean = mean_position(flat, cs_all).reshape(B, rounds + 1)
    stopped = np.where(converged, "converged", "rounds")
    return EUMTrace(pos, med, mean, risk, kind, target, done, stopped)


def check_run(rounds: int, stop: str) -> None:
    """Options shared by the point forecast and the Monte Carlo."""
    if stop not in ("rounds", "converged"):
        raise InputError(
            f"unknown stopping rule '{stop}'", field="--stop", hint="use rounds or converged"
        )
    if rounds < 1:
        raise InputError("rounds must be >= 1", field="--rounds", hint="e.g. --rounds 10")


def run_eum(
    inp: EUMInput, rounds: int = 10, stop: str = "rounds", q: float = 1.0, tol: float = 0.01
) -> dict:
    """One deterministic forecast in the documented JSON shape (rounds list, stopped_by)."""
    check_run(rounds, stop)
    tr = simulate(
        inp.position[None], inp.capability[None], inp.salience[None], rounds, stop, q, tol
    )
    names = inp.names
    out = []
    for t in range(int(tr.rounds_done[0]) + 1):
        row: dict[str, Any] = {
            "round": t,
            "positions": {nm: _r(tr.positions[0, t, i]) for i, nm in enumerate(names)},
            "median": _r(tr.median[0, t]),
            "mean": _r(tr.mean[0, t]),
        }
        if t >= 1:
            row["risk"] = {nm: _r(tr.risk[0, t - 1, i]) for i, nm in enumerate(names)}
            row["offers"] = [
                {
                    "actor": nm,
                    "from": names[int(tr.target[0, t - 1, i])],
                    "kind": KINDS[int(tr.kind[0, t - 1, i])],
                    "position": _r(tr.positions[0, t, i]),
                }
                for i, nm in enumerate(names)
                if tr.kind[0, t - 1, i] > 0
            ]
        out.append(row)
    return {"issue": inp.issue, "rounds": out, "stopped_by": str(tr.stopped_by[0])}


def _r(v: float) -> float:
    return round(float(v), 6)
