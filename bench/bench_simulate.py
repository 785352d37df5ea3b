"""Simulate benchmarks: EUM, EUM Monte Carlo, CIB exhaustive and CIB exact search.

Each NumPy engine is compared with a plain-Python loop implementation of the same algorithm,
run here in the same process (the loop versions live only in this file). Loop timings that
would take minutes are measured on a slice and scaled (marked `*_extrapolated`).
Set BENCH_CIB_MAX=24 to extend the search scaling run to 24 descriptors (minutes).
"""

from __future__ import annotations

import math
import os
import time

import numpy as np

from balkanscope.simulate.cib import analyse, cib_from_dict, evaluate, exhaustive
from balkanscope.simulate.eum import EUMInput, run_eum, simulate
from balkanscope.simulate.uncertainty import Dist, EUMIssue, monte_carlo

# --- plain-Python loop versions (baselines) ---


def py_eum(x, c, s, rounds, q=1.0):
    """spec/eum.md with lists and loops; returns the final positions."""
    n = len(x)
    x = list(x)
    R = (max(x) - min(x)) or 1.0

    def prob(r):
        V = [[[c[k] * s[k] * ((abs(x[k] - x[j]) / R) ** r[k] - (abs(x[k] - x[i]) / R) ** r[k]) for j in range(n)]
              for i in range(n)] for k in range(n)]  # fmt: skip
        D = sum(abs(V[k][i][j]) for k in range(n) for i in range(n) for j in range(n))
        return [
            [sum(max(0.0, V[k][i][j]) for k in range(n)) / D if D else 0.0 for j in range(n)]
            for i in range(n)
        ]

    def eu(p_view, i, j, P, r):
        d = abs(x[i] - x[j]) / R
        e = r[p_view]
        us, uf, usq = 2 - 4 * (0.5 - 0.5 * d) ** e, 2 - 4 * (0.5 + 0.5 * d) ** e, 2 - 4 * 0.5**e
        return s[j] * (P[i][j] * us + (1 - P[i][j]) * uf) + (1 - s[j]) * us - q * usq

    for _ in range(rounds):
        ones = [1.0] * n
        P1 = prob(ones)
        danger = [sum(eu(i, o, i, P1, ones) for o in range(n) if o != i) for i in range(n)]
        hi, lo = max(danger), min(danger)
        r = [
            (1 - Ri / 3) / (1 + Ri / 3)
            for Ri in ((2 * d - hi - lo) / (hi - lo) if hi > lo else 0.0 for d in danger)
        ]
        P = prob(r)
        new = list(x)
        for i in range(n):
            conf, comp, cap = [], [], []
            for j in range(n):
                if x[j] == x[i]:
                    continue
                eij, eji = eu(i, i, j, P, r), eu(i, j, i, P, r)
                move = abs(x[j] - x[i])
                if eji > eij > 0:
                    conf.append((move, j, x[j]))
                elif eji > 0 > eij and eji > abs(eij):
                    key = (abs(eij) * x[i] + abs(eji) * x[j]) / (abs(eij) + abs(eji))
                    comp.append((key, j, x[i] + (x[j] - x[i]) * abs(eij / eji)))
                elif eji > 0 > eij and eji < abs(eij):
                    cap.append((move, j, x[j]))
            for opts in (conf, comp, cap):
                if opts:
                    new[i] = min(opts, key=lambda t: (t[0], t[1]))[2]
                    break
        x = new
    return x


def py_cib_eval(M, offsets, scen):
    """Inconsistency of one scenario (list of global variant indices), with loops."""
    V = len(M)
    bal = [0] * V
    for u in scen:
        row = M[u]
        for v in range(V):
            bal[v] += row[v]
    inc = 0
    for d, u in enumerate(scen):
        best = max(bal[offsets[d] : offsets[d + 1]])
        inc = max(inc, best - bal[u])
    return inc


def py_cib_search(M, k, K=0):
    """The same bounded depth-first search, one partial scenario at a time, with loops."""
    D = len(k)
    off = [0]
    for kk in k:
        off.append(off[-1] + kk)
    # mn[f][e][c][v]: smallest contribution of descriptor f to balance(v) - balance(c) of e
    mn = [[[[min(M[u][off[e] + v] - M[u][off[e] + c] for u in range(off[f], off[f + 1])) if e != f else 0
              for v in range(k[e])] for c in range(k[e])] for e in range(D)] for f in range(D)]  # fmt: skip
    lb = [
        [[sum(mn[f][e][c][v] for f in range(D)) for v in range(k[e])] for c in range(k[e])]
        for e in range(D)
    ]
    found = []

    def ok(lb, e, c):
        return max(lb[e][c]) <= K

    def dfs(depth, lb, chosen):
        if depth == D:
            found.append(tuple(chosen))
            return
        f = depth
        for u in range(k[f]):
            if not ok(lb, f, u):
                continue
            g = off[f] + u
            new = [[[lb[e][c][v] + (M[g][off[e] + v] - M[g][off[e] + c] - mn[f][e][c][v] if e != f else 0)
                     for v in range(k[e])] for c in range(k[e])] for e in range(D)]  # fmt: skip
            ch = chosen + [u]
            if all(ok(new, e, ch[e]) for e in range(depth + 1)) and all(
                any(ok(new, e, c) for c in range(k[e])) for e in range(depth + 1, D)
            ):
                dfs(depth + 1, new, ch)

    dfs(0, lb, [])
    return found


# --- inputs ---


def random_matrix(D: int, k: int = 3, seed: int = 0):
    """Judgements drawn uniformly from -3..3 for every cross-descriptor pair (fixed seed)."""
    rng = np.random.default_rng(seed)
    vids = [[f"D{d}v{i}" for i in range(k)] for d in range(D)]
    impacts = {}
    for d, vs in enumerate(vids):
        for v in vs:
            impacts[v] = {
                t: int(rng.integers(-3, 4)) for e, ts in enumerate(vids) if e != d for t in ts
            }
    return cib_from_dict({"descriptors": {f"D{d}": {"variants": {v: v for v in vs}} for d, vs in enumerate(vids)},
                          "impacts": impacts})  # fmt: skip


def random_issue(n: int, seed: int = 0) -> EUMInput:
    rng = np.random.default_rng(seed)
    return EUMInput(
        issue=f"random {n}",
        names=[f"a{i}" for i in range(n)],
        capability=rng.uniform(1, 100, n),
        position=np.round(rng.uniform(0, 100, n)),
        salience=rng.uniform(0.1, 1, n),
    )


CPU: dict[str, float] = {}


def best_of(fn, reps: int, name: str | None = None) -> float:
    """Best wall time of `reps` runs; the CPU time of that run goes to CPU[name] (a machine
    shared with other jobs stretches wall time, not CPU time)."""
    best = (math.inf, math.inf)
    for _ in range(reps):
        t, c = time.perf_counter(), time.process_time()
        fn()
        best = min(best, (time.perf_counter() - t, time.process_time() - c))
    if name:
        CPU[name] = round(best[1], 4)
    return best[0]


def main() -> dict:
    out: dict = {}
    # EUM 10 x 10
    inp = random_issue(10, 1)
    out["load_average_1min_at_start"] = round(os.getloadavg()[0], 2)
    t_np = best_of(lambda: run_eum(inp, rounds=10), 20, "eum_10x10_s")
    t_py = best_of(lambda: py_eum(inp.position, inp.capability, inp.salience, 10), 3)
    res = run_eum(inp, rounds=10)["rounds"][-1]["positions"]
    assert np.allclose(
        list(res.values()), py_eum(inp.position, inp.capability, inp.salience, 10), atol=1e-5
    )
    out["eum_10x10_ms"] = round(t_np * 1000, 2)
    out["eum_10x10_python_ms"] = round(t_py * 1000, 2)
    out["eum_10x10_speedup"] = round(t_py / t_np, 1)
    print(
        f"EUM 10 actors x 10 rounds: {t_np * 1000:.2f} ms (loops {t_py * 1000:.1f} ms)", flush=True
    )
    # EUM 100 x 20 (the loop version runs 2 rounds; its time per round is scaled to 20)
    big = random_issue(100, 2)
    t_np = best_of(
        lambda: simulate(big.position[None], big.capability[None], big.salience[None], 20),
        3,
        "eum_100x20_s",
    )
    t_py2 = best_of(lambda: py_eum(big.position, big.capability, big.salience, 2), 1)
    out["eum_100x20_s"] = round(t_np, 3)
    out["eum_100x20_python_s_extrapolated"] = round(t_py2 * 10, 1)
    out["eum_100x20_speedup"] = round(t_py2 * 10 / t_np, 1)
    print(f"EUM 100 actors x 20 rounds: {t_np:.3f} s (loops ~{t_py2 * 10:.0f} s)", flush=True)
    # Monte Carlo: 10,000 runs of the 10-actor case, every input uncertain, 2 processes
    dists = {
        "capability": [Dist("uniform", (0.8 * v, 1.2 * v)) for v in inp.capability],
        "position": [Dist("normal", (v, 5.0)) for v in inp.position],
        "salience": [Dist("uniform", (max(0, v - 0.1), min(1, v + 0.1))) for v in inp.salience],
    }
    issue = EUMIssue(inp, dists)
    t = time.perf_counter()
    monte_carlo(issue, runs=10_000, seed=42, workers=2)
    t_mc = time.perf_counter() - t
    out["eum_mc_10000_runs_2_workers_s"] = round(t_mc, 2)
    t_py = best_of(
        lambda: [py_eum(inp.position, inp.capability, inp.salience, 10) for _ in range(20)], 1
    )
    out["eum_mc_10000_python_1_core_s_extrapolated"] = round(t_py * 500, 1)
    out["eum_mc_speedup"] = round(t_py * 500 / t_mc, 1)
    print(
        f"EUM Monte Carlo 10,000 runs on 2 processes: {t_mc:.2f} s (loops ~{t_py * 500:.0f} s)",
        flush=True,
    )
    # CIB exhaustive, 12 x 3 = 531,441 scenarios
    m12 = random_matrix(12, 3, 0)
    t_np = best_of(lambda: exhaustive(m12, 0), 3, "cib_exhaustive_12x3_s")
    M = m12.M.astype(int).tolist()
    offs = m12.offsets.tolist()
    rng = np.random.default_rng(0)
    sample = (rng.integers(0, 3, size=(20_000, 12)) + m12.offsets[:-1]).tolist()
    t = time.perf_counter()
    py_inc = [py_cib_eval(M, offs, sc) for sc in sample]
    t_py = (time.perf_counter() - t) * m12.size / len(sample)
    assert py_inc == evaluate(m12, np.array(sample))[0].tolist()
    out["cib_exhaustive_12x3_s"] = round(t_np, 3)
    out["cib_exhaustive_12x3_python_s_extrapolated"] = round(t_py, 1)
    out["cib_exhaustive_speedup"] = round(t_py / t_np, 1)
    print(f"CIB exhaustive 531,441 scenarios: {t_np:.3f} s (loops ~{t_py:.0f} s)", flush=True)
    # CIB search vs exhaustive and vs the loop search on 14 descriptors
    m14 = random_matrix(14, 3, 0)
    t_se = best_of(lambda: analyse(m14, 0, method="search"), 2, "cib_search_14x3_s")
    t = time.perf_counter()
    py_found = py_cib_search(m14.M.astype(int).tolist(), m14.k.tolist(), 0)
    t_py = time.perf_counter() - t
    ex = analyse(m14, 0, method="exhaustive")
    assert sorted(
        tuple(int(v[-1]) for v in s["variants"].values()) for s in ex["scenarios"]
    ) == sorted(py_found)
    out["cib_search_14x3_s"] = round(t_se, 3)
    out["cib_search_14x3_python_s"] = round(t_py, 2)
    out["cib_search_14_speedup_vs_loops"] = round(t_py / t_se, 1)
    print(f"CIB search 14 descriptors: {t_se:.3f} s (loop search {t_py:.1f} s)", flush=True)
    # CIB search scaling: 20 descriptors (3.5e9 scenarios) and beyond
    per_scen = t_np / m12.size
    py_per_scen = out["cib_exhaustive_12x3_python_s_extrapolated"] / m12.size
    top = int(os.environ.get("BENCH_CIB_MAX", "22"))
    for D in range(16, top + 1, 2):
        m = random_matrix(D, 3, 0)
        t, c = time.perf_counter(), time.process_time()
        r = analyse(m, 0, method="search")
        dt, dc = time.perf_counter() - t, time.process_time() - c
        out[f"cib_search_{D}x3"] = {
            "scenarios": f"{3**D:.2e}",
            "seconds": round(dt, 2),
            "cpu_seconds": round(dc, 2),
            "consistent": len(r["scenarios"]),
            "nodes": r["search_nodes"],
            "numpy_exhaustive_s_extrapolated": round(per_scen * 3**D, 1),
            "python_exhaustive_s_extrapolated": round(py_per_scen * 3**D),
        }
        print(
            f"CIB search {D} descriptors ({3**D:.1e} scenarios): {dt:.2f} s, {len(r['scenarios'])} consistent",
            flush=True,
        )
    out["cib_search_20_speedup_vs_numpy_exhaustive"] = round(
        out["cib_search_20x3"]["numpy_exhaustive_s_extrapolated"]
        / out["cib_search_20x3"]["seconds"],
        1,
    )
    out["cpu_seconds"] = CPU
    out["load_average_1min_at_end"] = round(os.getloadavg()[0], 2)
    return out


if __name__ == "__main__":
    print(main())
