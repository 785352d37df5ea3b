"""Cross-impact balance analysis (Weimer-Jehle 2006), as specified in spec/cib.md.

Two exact engines give the same answer: `exhaustive` evaluates every scenario with NumPy
(balances of a whole block of trailing descriptors are precomputed once, then shifted by each
prefix), and `search` is a depth-first assignment over batches of partial scenarios that prunes
a branch as soon as a lower bound on some descriptor's inconsistency exceeds K.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from ..errors import InputError, UnknownIdError
from .inputs import check_keys, keys, line_of, load_yaml

BIG = 10_000  # sentinel that no sum of judgements reaches (|balance| <= 3 * descriptors)
DESCRIPTOR_KEYS = {"name", "variants", "why", "note"}
TOP_KEYS = {"name", "descriptors", "impacts", "id", "description", "sources", "kind"}


@dataclass
class CIBMatrix:
    """Descriptors, their variants and the judgement matrix M[source variant, target variant]."""

    name: str
    descriptors: list[str]
    variants: list[list[str]]
    M: np.ndarray
    judged: np.ndarray  # cells given explicitly (perturbed by the robustness check)
    descriptor_names: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    why: dict[tuple[str, str], str] = field(default_factory=dict)
    description: str | None = None
    sources: list[str] = field(default_factory=list)
    file: str | None = None

    def __post_init__(self) -> None:
        self.k = np.array([len(v) for v in self.variants])
        self.offsets = np.concatenate([[0], np.cumsum(self.k)])
        self.vids = [v for vs in self.variants for v in vs]
        self.index = {v: i for i, v in enumerate(self.vids)}
        self.desc_of = np.repeat(np.arange(len(self.k)), self.k)

    @property
    def size(self) -> int:
        return int(np.prod(self.k.astype(object)))

    def scenario_ids(self, S: np.ndarray) -> dict[str, str]:
        """{descriptor: variant id} for one scenario given as global variant indices."""
        return {d: self.vids[int(v)] for d, v in zip(self.descriptors, S, strict=True)}


# --- reading and writing ---


def _bad(msg: str, file: str, raw: Any, key: Any, fld: str, hint: str) -> InputError:
    return InputError(msg, file=file, line=line_of(raw, key), field=fld, hint=hint)


def cib_from_dict(data: dict, file: str = "<input>") -> CIBMatrix:
    """Validate the YAML form: unknown ids, self-impacts and out-of-range judgements are errors."""
    check_keys(data, TOP_KEYS, {"descriptors", "impacts"}, file, "")
    descs = data["descriptors"]
    if not isinstance(descs, dict) or len(keys(descs)) < 2:
        raise _bad(
            "'descriptors' must map at least two descriptor ids to {name, variants}",
            file,
            data,
            "descriptors",
            "descriptors",
            "see the format in spec/cib.md",
        )
    ids, variants, dnames, labels, owner = [], [], {}, {}, {}
    for d in keys(descs):
        spec = descs[d]
        where = f"descriptors.{d}."
        if not isinstance(spec, dict):
            raise _bad(
                "a descriptor must be a mapping with 'variants'",
                file,
                descs,
                d,
                where[:-1],
                "write {name: ..., variants: {X1: label}}",
            )
        check_keys(spec, DESCRIPTOR_KEYS, {"variants"}, file, where)
        vs = spec["variants"]
        if not isinstance(vs, dict) or len(keys(vs)) < 2:
            raise _bad(
                "a descriptor needs at least two variants",
                file,
                spec,
                "variants",
                where + "variants",
                "write variants: {X1: label one, X2: label two}",
            )
        for raw_v in keys(vs):
            v = str(raw_v)
            if v in owner:
                raise _bad(
                    f"variant id '{v}' already used by descriptor '{owner[v]}'",
                    file,
                    vs,
                    v,
                    f"{where}variants.{v}",
                    "variant ids must be unique across descriptors",
                )
            owner[v] = str(d)
            labels[v] = str(vs[raw_v])
        ids.append(str(d))
        variants.append([str(v) for v in keys(vs)])
        dnames[str(d)] = str(spec.get("name", d))
    vids = [v for vs in variants for v in vs]
    index = {v: i for i, v in enumerate(vids)}
    M = np.zeros((len(vids), len(vids)), dtype=np.int16)
    judged = np.zeros_like(M, dtype=bool)
    why: dict[tuple[str, str], str] = {}
    imp = data["impacts"] or {}
    if not isinstance(imp, dict):
        raise _bad(
            "'impacts' must map source variants to {target variant: judgement}",
            file,
            data,
            "impacts",
            "impacts",
            "see spec/cib.md",
        )
    for src in keys(imp):
        if str(src) not in index:
            raise UnknownIdError(
                "variant", str(src), vids, file=file, line=line_of(imp, src), field=f"impacts.{src}"
            )
        row = imp[src]
        if not isinstance(row, dict):
            raise _bad(
                "expected {target variant: judgement}",
                file,
                imp,
                src,
                f"impacts.{src}",
                "write A1: {B1: 2, B2: -2}",
            )
        for tgt in keys(row):
            fld = f"impacts.{src}.{tgt}"
            if str(tgt) not in index:
                raise UnknownIdError(
                    "variant", str(tgt), vids, file=file, line=line_of(row, tgt), field=fld
                )
            if owner[str(tgt)] == owner[str(src)]:
                raise _bad(
                    f"'{src}' and '{tgt}' belong to the same descriptor '{owner[str(src)]}'",
                    file,
                    row,
                    tgt,
                    fld,
                    "CIB has no self-impacts; remove this judgement",
                )
            val = row[tgt]
            if isinstance(val, dict):
                check_keys(val, {"value", "why"}, {"value"}, file, fld + ".")
                if val.get("why"):
                    why[(str(src), str(tgt))] = str(val["why"])
                val = val["value"]
            if isinstance(val, bool) or not isinstance(val, int) or not -3 <= val <= 3:
                raise _bad(
                    f"judgement must be an integer in -3..3, got {val!r}",
                    file,
                    row,
                    tgt,
                    fld,
                    "+1..+3 promotes, -1..-3 hinders, 0 or omitted means no impact",
                )
            M[index[str(src)], index[str(tgt)]] = val
            judged[index[str(src)], index[str(tgt)]] = True
    return CIBMatrix(
        name=str(data.get("name") or Path(file).stem),
        descriptors=ids,
        variants=variants,
        M=M,
        judged=judged,
        descriptor_names=dnames,
        labels=labels,
        why=why,
        description=data.get("description"),
        sources=list(data.get("sources") or []),
        file=file,
    )


def cib_from_csv(text: str, file: str = "<input>") -> CIBMatrix:
    """CSV form: header `,D:V,D:V,...`, one row per source `D:V` (descriptor:variant)."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or len(rows[0]) < 3:
        raise InputError(
            "expected a header row ',D:V,D:V,...'",
            file=file,
            line=1,
            hint="see docs/simulate.md (CSV matrix)",
        )
    order: list[str] = []
    variants: dict[str, list[str]] = {}
    cols = []
    for j, cell in enumerate(rows[0][1:], start=2):
        d, sep, v = cell.strip().partition(":")
        if not sep or not d or not v:
            raise InputError(
                f"column header '{cell}' is not 'descriptor:variant'",
                file=file,
                line=1,
                field=f"column {j}",
                hint="write headers like Economy:E1",
            )
        if d not in variants:
            order.append(d)
            variants[d] = []
        if v in variants[d]:
            raise InputError(
                f"duplicate column '{cell}'",
                file=file,
                line=1,
                field=f"column {j}",
                hint="list each variant once",
            )
        variants[d].append(v)
        cols.append(v)
    owner = {v: d for d in order for v in variants[d]}
    impacts: dict[str, dict[str, int]] = {}
    for i, row in enumerate(rows[1:], start=2):
        if not row or not any(c.strip() for c in row):
            continue
        head = row[0].strip()

        def bad(msg: str, fld: str, hint: str, line: int = i) -> InputError:
            return InputError(msg, file=file, line=line, field=fld, hint=hint)

        d, _, src = head.partition(":")
        if owner.get(src) != d:
            raise bad(
                f"row '{head}' is not one of the header's columns",
                head,
                "start each row with a header's D:V",
            )
        if len(row) - 1 != len(cols):
            raise bad(
                f"row has {len(row) - 1} cells, header has {len(cols)}",
                head,
                "one cell per column (empty = 0)",
            )
        for tgt, cell in zip(cols, row[1:], strict=True):
            cell = cell.strip()
            if not cell:
                continue
            fld = f"{src}->{tgt}"
            if owner[tgt] == d:
                if cell != "0":
                    raise bad(
                        "judgement inside its own descriptor",
                        fld,
                        "CIB has no self-impacts; leave these cells empty",
                    )
                continue
            try:
                val = int(cell)
            except ValueError:
                val = None
            if val is None or not -3 <= val <= 3:
                raise bad(
                    f"judgement '{cell}' is not an integer in -3..3",
                    fld,
                    "+1..+3 promotes, -1..-3 hinders",
                )
            impacts.setdefault(src, {})[tgt] = val
    data = {
        "name": Path(file).stem,
        "descriptors": {d: {"variants": {v: v for v in variants[d]}} for d in order},
        "impacts": impacts,
    }
    return cib_from_dict(data, file)


def load_cib(path: str | Path) -> CIBMatrix:
    """Read a CIB matrix from YAML (spec/cib.md) or CSV (by extension)."""
    p = Path(path)
    if p.suffix.lower() == ".csv":
        try:
            return cib_from_csv(p.read_text(encoding="utf-8"), str(p))
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(
                f"cannot read file: {e}", file=str(p), hint="check the path and encoding (UTF-8)"
            ) from None
    return cib_from_dict(load_yaml(p), str(p))


def to_yaml(mat: CIBMatrix) -> str:
    """The spec's YAML form (judgements with a rationale keep it)."""
    impacts: dict[str, dict[str, Any]] = {}
    for i, j in zip(*np.nonzero(mat.judged), strict=True):
        s, t = mat.vids[i], mat.vids[j]
        val = int(mat.M[i, j])
        impacts.setdefault(s, {})[t] = (
            {"value": val, "why": mat.why[(s, t)]} if (s, t) in mat.why else val
        )
    data = {
        "name": mat.name,
        "descriptors": {
            d: {
                "name": mat.descriptor_names.get(d, d),
                "variants": {v: mat.labels.get(v, v) for v in vs},
            }
            for d, vs in zip(mat.descriptors, mat.variants, strict=True)
        },
        "impacts": impacts,
    }
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def to_csv(mat: CIBMatrix) -> str:
    owner = {v: d for d, vs in zip(mat.descriptors, mat.variants, strict=True) for v in vs}
    heads = [f"{owner[v]}:{v}" for v in mat.vids]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([""] + heads)
    for i, h in enumerate(heads):
        w.writerow(
            [h] + [str(int(mat.M[i, j])) if mat.judged[i, j] else "" for j in range(len(heads))]
        )
    return buf.getvalue()


# --- evaluation ---


def parse_fix(mat: CIBMatrix, items: list[str]) -> dict[int, int]:
    """`D=V` or `V` strings -> {descriptor index: global variant index} (an intervention)."""
    out: dict[int, int] = {}
    for item in items or []:
        d, sep, v = item.partition("=")
        v = v if sep else d
        if v not in mat.index:
            raise UnknownIdError("variant", v, mat.vids, field="--fix")
        di = int(mat.desc_of[mat.index[v]])
        if sep and d != mat.descriptors[di]:
            raise InputError(
                f"variant '{v}' belongs to descriptor '{mat.descriptors[di]}', not '{d}'",
                field="--fix",
                hint=f"write {mat.descriptors[di]}={v}",
            )
        out[di] = mat.index[v]
    return out


def parse_scenario(mat: CIBMatrix, text: str) -> np.ndarray:
    """'A1,B2,...' (one variant per descriptor) -> global variant indices in descriptor order."""
    parts = [p.strip().partition("=")[2] or p.strip() for p in text.split(",") if p.strip()]
    S = np.full(len(mat.descriptors), -1)
    for v in parts:
        if v not in mat.index:
            raise UnknownIdError("variant", v, mat.vids, field="scenario")
        S[mat.desc_of[mat.index[v]]] = mat.index[v]
    missing = [d for d, s in zip(mat.descriptors, S, strict=True) if s < 0]
    if missing:
        raise InputError(
            f"no variant given for {', '.join(missing)}",
            field="scenario",
            hint="give one variant per descriptor, e.g. A1,B2,C1",
        )
    return S


def evaluate(
    mat: CIBMatrix, S: np.ndarray, fixed: dict[int, int] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(inconsistency, total impact) of scenarios S (rows of global variant indices).

    Fixed descriptors (interventions) are imposed from outside, so their own consistency is
    not required; their impacts on the others still count.
    """
    S = np.atleast_2d(S)
    bal = mat.M[S].sum(axis=1, dtype=np.int32)  # (N, V)
    return _score(mat, bal, S, fixed)


def _score(mat: CIBMatrix, bal: np.ndarray, S: np.ndarray, fixed) -> tuple[np.ndarray, np.ndarray]:
    if (mat.k == mat.k[0]).all():  # equal variant counts: a reshape is faster than reduceat
        best = _maxlast(bal.reshape(len(bal), len(mat.k), int(mat.k[0])))
    else:
        best = np.maximum.reduceat(bal, mat.offsets[:-1], axis=1)
    chosen = np.take_along_axis(bal, S, axis=1)
    gap = best - chosen
    if fixed:
        gap[:, list(fixed)] = 0
    return gap.max(axis=1), chosen.sum(axis=1)


def exhaustive(
    mat: CIBMatrix, K: int = 0, fixed: dict[int, int] | None = None, block: int = 1 << 19
) -> tuple[np.ndarray, int]:
    """Every scenario evaluated; returns (scenarios with inconsistency <= K, number evaluated)."""
    fixed = fixed or {}
    doms = [
        np.array([fixed[d]]) if d in fixed else np.arange(mat.offsets[d], mat.offsets[d + 1])
        for d in range(len(mat.k))
    ]
    sizes = [len(x) for x in doms]
    # trailing descriptors form one block whose balances are computed once
    t, nb = len(doms), 1
    while t > 0 and nb * sizes[t - 1] <= block:
        t -= 1
        nb *= sizes[t]
    grids = np.meshgrid(*doms[t:], indexing="ij")
    Sb = np.stack([g.ravel() for g in grids], axis=1) if grids else np.zeros((1, 0), dtype=int)
    bal_b = np.zeros((1, len(mat.vids)), np.int16)
    for d in range(t, len(doms)):  # Kronecker sum: row order matches Sb (last descriptor fastest)
        bal_b = (bal_b[:, None, :] + mat.M[doms[d]][None, :, :]).reshape(-1, len(mat.vids))
    found = []
    total = 0
    for prefix in np.ndindex(*sizes[:t]):
        P = np.array([doms[d][i] for d, i in enumerate(prefix)], dtype=int)
        bal = bal_b + mat.M[P].sum(axis=0, dtype=np.int16)
        S = np.concatenate([np.broadcast_to(P, (len(Sb), len(P))), Sb], axis=1)
        inc, _ = _score(mat, bal, S, fixed)
        total += len(S)
        found.append(S[inc <= K])
    return np.concatenate(found), total


def _order(mat: CIBMatrix, free: list[int]) -> list[int]:
    """Most decisive descriptors first: those whose choice moves the others' balances most."""
    spread = []
    for d in free:
        rows = mat.M[mat.offsets[d] : mat.offsets[d + 1]].astype(int)
        spread.append((rows.max(axis=0) - rows.min(axis=0)).sum())
    return [d for _, d in sorted(zip(spread, free, strict=True), key=lambda p: -p[0])]


def search(
    mat: CIBMatrix, K: int = 0, fixed: dict[int, int] | None = None, batch: int = 1 << 16
) -> tuple[np.ndarray, int]:
    """Exact pruning search; returns (scenarios with inconsistency <= K, partial scenarios expanded).

    State per partial scenario: LB[e, c, v], a lower bound on balance(v) - balance(c) for
    descriptor e choosing c, = exact sum over assigned descriptors + the smallest contribution
    each unassigned descriptor can still make. A branch dies when an assigned descriptor's
    choice, or every choice of an unassigned one, has some LB > K; then once more with the
    bounds tightened by the variants the unassigned descriptors can no longer take (`_tighten`).
    Bounds only rise toward the exact value with each assignment, so nothing within K is lost.
    """
    fixed = fixed or {}
    D, kmax = len(mat.k), int(mat.k.max())
    g = np.full((D, kmax), -1)
    for d in range(D):
        g[d, : mat.k[d]] = np.arange(mat.offsets[d], mat.offsets[d + 1])
    valid = g >= 0
    Mx = mat.M.astype(np.int16)
    gi = np.where(valid, g, 0)
    # diff[u, e, c, v] = M[u, v_e] - M[u, c_e] for every source variant u
    cols = Mx[:, gi]  # (V, D, kmax)
    diff = cols[:, :, None, :] - cols[:, :, :, None]
    lb0 = np.zeros((D, kmax, kmax), dtype=np.int16)
    delta = []
    for f in range(D):
        rows = diff[mat.offsets[f] : mat.offsets[f + 1]].copy()
        if f in fixed:
            rows = rows[[fixed[f] - mat.offsets[f]]]
        rows[:, f] = 0
        mn = rows.min(axis=0)
        lb0 += mn
        delta.append(rows - mn)
    # sub[f][m]: extra bound from f when only the variants in bitmask m remain feasible for it
    sub = []
    for f in range(D):
        kf = len(delta[f])
        tab = np.zeros((1 << kmax, D, kmax, kmax), dtype=np.int16)
        for m in range(1, 1 << kmax):
            members = [u for u in range(kf) if m >> u & 1]
            if members:
                tab[m] = delta[f][members].min(axis=0)
        sub.append(tab)
    vmask = valid[:, None, :] & valid[:, :, None]
    lb0 = np.where(vmask, lb0, np.int16(-BIG))
    lb0[~valid] = BIG  # a padding variant is never a feasible choice
    for f in fixed:
        lb0[f] = np.where(
            vmask[f], np.int16(-BIG), lb0[f]
        )  # an imposed descriptor needs no consistency
        lb0[f][~valid[f]] = BIG
    order = _order(mat, [d for d in range(D) if d not in fixed]) + list(fixed)
    stack = [(0, lb0[None], np.zeros((1, 0), dtype=np.int16))]
    found, nodes = [], 0
    while stack:
        depth, LB, A = stack.pop()
        if depth == D:
            found.append(A)
            continue
        f = order[depth]
        ok = _maxlast(LB[:, f]) <= K  # (F, kmax) feasible choices for f
        rows, us = np.nonzero(
            ok[:, : len(delta[f])] if f not in fixed else ok[:, [fixed[f] - mat.offsets[f]]]
        )
        if not len(rows):
            continue
        nodes += len(rows)
        child = LB[rows] + delta[f][us]
        assigned = order[: depth + 1]
        uvar = us if f not in fixed else np.full(len(us), fixed[f] - mat.offsets[f])
        Ac = np.concatenate([A[rows], uvar[:, None].astype(np.int16)], axis=1)
        feas = _maxlast(child) <= K  # (F', D, kmax)
        keep = np.ones(len(child), dtype=bool)
        for col, e in enumerate(assigned):
            keep &= feas[np.arange(len(child)), e, Ac[:, col]]
        rest = [e for e in range(D) if e not in assigned]
        if rest:
            keep &= feas[:, rest].any(axis=-1).all(axis=-1)
            child, Ac, feas = child[keep], Ac[keep], feas[keep]
            keep = _tighten(child, Ac, feas, assigned, rest, sub, K)
        child, Ac = child[keep], Ac[keep]
        for a in range(0, len(child), batch):
            stack.append((depth + 1, child[a : a + batch], Ac[a : a + batch]))
    if not found:
        return np.zeros((0, D), dtype=int), nodes
    A = np.concatenate(found)
    S = np.empty_like(A, dtype=int)
    for col, d in enumerate(order):
        S[:, d] = A[:, col] + mat.offsets[d]
    return S, nodes


def _maxlast(x: np.ndarray) -> np.ndarray:
    """max over a short last axis; numpy's strided reduce is several times slower here."""
    out = x[..., 0].copy()
    for i in range(1, x.shape[-1]):
        np.maximum(out, x[..., i], out=out)
    return out


def _tighten(child, Ac, feas, assigned, rest, sub, K) -> np.ndarray:
    """Rows that survive one pass of domain propagation: a variant an unassigned descriptor can
    no longer take stops counting toward the others' bounds (sub[f][mask] is the minimum over
    the variants left). More passes prune a little more but cost more than they save."""
    kmax = feas.shape[-1]
    full = (1 << kmax) - 1
    masks = (feas[:, rest].astype(np.int16) << np.arange(kmax, dtype=np.int16)).sum(axis=-1)
    extra = np.zeros_like(child)
    for col, f in enumerate(rest):
        m = masks[:, col]
        sel = np.nonzero((m != full) & (m != 0))[0]
        if len(sel):
            extra[sel] += sub[f][m[sel]]
    f2 = _maxlast(child + extra) <= K
    keep = f2[:, rest].any(axis=-1).all(axis=-1)
    idx = np.arange(len(child))
    for col, e in enumerate(assigned):
        keep &= f2[idx, e, Ac[:, col]]
    return keep


def analyse(
    mat: CIBMatrix,
    K: int = 0,
    fixed: dict[int, int] | None = None,
    method: str = "auto",
    exhaustive_max: int = 2_000_000,
) -> dict:
    """Scenarios with inconsistency <= K, sorted (most consistent, then highest total impact)."""
    if K < 0:
        raise InputError(
            "max inconsistency must be >= 0", field="--max-inconsistency", hint="e.g. 0 or 1"
        )
    if method not in ("auto", "exhaustive", "search"):
        raise InputError(
            f"unknown method '{method}'", field="--method", hint="auto, exhaustive or search"
        )
    fixed = fixed or {}
    space = int(np.prod([1 if d in fixed else int(k) for d, k in enumerate(mat.k)], dtype=object))
    if method == "auto":
        method = "exhaustive" if space <= exhaustive_max else "search"
    if method == "exhaustive":
        S, evaluated = exhaustive(mat, K, fixed)
        extra: dict[str, Any] = {}
    else:
        S, nodes = search(mat, K, fixed)
        evaluated, extra = space, {"search_nodes": nodes}
    inc, tot = evaluate(mat, S, fixed) if len(S) else (np.zeros(0, int), np.zeros(0, int))
    order = np.lexsort(tuple(S[:, ::-1].T) + (-tot, inc)) if len(S) else []
    scen = [
        {
            "variants": mat.scenario_ids(S[i]),
            "inconsistency": int(inc[i]),
            "total_impact": int(tot[i]),
        }
        for i in order
    ]
    return {
        "name": mat.name,
        "scenarios": scen,
        "evaluated": evaluated,
        "method": method,
        "max_inconsistency": K,
        "fixed": {mat.descriptors[d]: mat.vids[v] for d, v in fixed.items()},
        **extra,
    }


def what_if(
    mat: CIBMatrix,
    K: int,
    fixed: dict[int, int],
    method: str = "auto",
    exhaustive_max: int = 2_000_000,
) -> dict:
    """`analyse` under an intervention, each scenario marked `new` when it is not within K
    without the intervention; `baseline_scenarios` counts those."""
    res = analyse(mat, K, fixed, method, exhaustive_max)
    if fixed:
        base = analyse(mat, K, None, method, exhaustive_max)["scenarios"]
        before = {tuple(s["variants"].values()) for s in base}
        for s in res["scenarios"]:
            s["new"] = tuple(s["variants"].values()) not in before
        res["baseline_scenarios"] = len(base)
    return res


def succession(
    mat: CIBMatrix,
    start: np.ndarray,
    mode: str = "global",
    fixed: dict[int, int] | None = None,
    limit: int = 1000,
) -> dict:
    """Where a start scenario tends: global (all descriptors at once) or local (worst one first).

    Each descriptor moves to its highest-balance variant (the current one if tied, else the
    first); stops at a consistent fixed point or when a state repeats (a cycle).
    """
    if mode not in ("global", "local"):
        raise InputError(
            f"unknown succession mode '{mode}'", field="--mode", hint="global or local"
        )
    fixed = fixed or {}
    S = np.array(start, dtype=int)
    for d, v in fixed.items():
        S[d] = v
    path, seen = [S.copy()], {tuple(S): 0}
    end, cycle = "limit", 0
    for _ in range(limit):
        bal = mat.M[S].sum(axis=0, dtype=np.int32)
        nxt = S.copy()
        gaps = []
        for d in range(len(mat.k)):
            seg = bal[mat.offsets[d] : mat.offsets[d + 1]]
            best = int(seg.max())
            gaps.append(0 if d in fixed else best - int(bal[S[d]]))
            if gaps[-1] > 0:
                nxt[d] = mat.offsets[d] + int(np.argmax(seg))
        if max(gaps) == 0:
            end = "consistent"
            break
        if mode == "local":
            worst = int(np.argmax(gaps))
            step = S.copy()
            step[worst] = nxt[worst]
            nxt = step
        S = nxt
        if tuple(S) in seen:
            end, cycle = "cycle", len(path) - seen[tuple(S)]
            path.append(S.copy())
            break
        seen[tuple(S)] = len(path)
        path.append(S.copy())
    P = np.array(path)
    inc, tot = evaluate(mat, P, fixed)
    steps = [
        {
            "variants": mat.scenario_ids(P[i]),
            "inconsistency": int(inc[i]),
            "total_impact": int(tot[i]),
        }
        for i in range(len(P))
    ]
    return {"mode": mode, "path": steps, "end": end, "cycle_length": cycle}


def robustness(
    mat: CIBMatrix, scenarios: list[dict], K: int = 0, runs: int = 200, seed: int = 42, fixed=None
) -> list[float]:
    """Share of perturbed matrices (each judged cell moved by -1, 0 or +1, clipped to -3..3)
    in which each scenario still has inconsistency <= K."""
    if not scenarios:
        return []
    S = np.array([[mat.index[s["variants"][d]] for d in mat.descriptors] for s in scenarios])
    rng = np.random.default_rng(seed)
    hits = np.zeros(len(S))
    ji, jj = np.nonzero(mat.judged)
    for _ in range(runs):
        Mp = mat.M.astype(np.int32)
        Mp[ji, jj] = np.clip(Mp[ji, jj] + rng.integers(-1, 2, size=len(ji)), -3, 3)
        bal = Mp[S].sum(axis=1)
        inc, _ = _score(mat, bal, S, fixed)
        hits += inc <= K
    return [round(float(h / runs), 4) for h in hits]
