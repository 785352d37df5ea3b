"""The pack's scenario models (`scenarios/*.yaml`: CIB matrices and EUM issues) and the briefing.

A model is referred to by its `id` (or file stem); a path to a file works everywhere an id does,
so users run their own models with the same commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.table import Table
from rich.text import Text

from ..errors import BalkanscopeError, InputError, UnknownIdError
from ..pack.loader import extra_pack_names, resolve_pack_dir
from .cib import CIBMatrix, analyse, load_cib, robustness
from .eum import run_eum
from .inputs import load_yaml
from .uncertainty import load_issue


def pack_dirs(cfg: dict[str, Any]) -> list[Path]:
    """Base pack then override packs, as configured (`pack`, `extra_packs`)."""
    return [resolve_pack_dir(cfg.get("pack") or "western_balkans")] + [
        resolve_pack_dir(e) for e in extra_pack_names(cfg)
    ]


def models(dirs: list[Path]) -> dict[str, dict[str, Any]]:
    """id -> {kind, title, path} for every scenario model; a later pack overrides an id."""
    out: dict[str, dict[str, Any]] = {}
    for d in dirs:
        for path in sorted((d / "scenarios").rglob("*.yaml")):
            try:
                data = load_yaml(path)
            except BalkanscopeError as e:  # one broken file is reported, not fatal
                out[path.stem] = {"id": path.stem, "kind": "error", "title": "(unreadable)", "path": path, "error": str(e),
                                  "rel": path.relative_to(d)}  # fmt: skip
                continue
            kind = data.get("kind") or ("cib" if "descriptors" in data else "eum")
            mid = str(data.get("id") or path.stem)
            title = data.get("name") if kind == "cib" else data.get("issue")
            out[mid] = {
                "id": mid,
                "kind": kind,
                "title": str(title or mid),
                "path": path,
                "rel": path.relative_to(d),
            }
    return out


def resolve(ref: str, cfg: dict[str, Any], kind: str | None = None) -> Path:
    """A model file from a path or a pack scenario id."""
    p = Path(ref)
    if p.is_file():
        return p
    known = {k: v for k, v in models(pack_dirs(cfg)).items() if kind is None or v["kind"] == kind}
    if ref in known:
        return known[ref]["path"]
    if p.suffix.lower() in (".yaml", ".yml", ".csv") or "/" in ref:
        raise InputError(
            "model file not found", file=ref, hint="check the path, or run `balkanscope scenarios`"
        )
    raise UnknownIdError(f"{kind + ' ' if kind else ''}scenario", ref, known, field="FILE")


def list_models(cfg: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per pack model with its size, for `balkanscope scenarios`."""
    rows = []
    for m in models(pack_dirs(cfg)).values():
        try:
            if m["kind"] == "cib":
                mat = load_cib(m["path"])
                size = f"{len(mat.descriptors)} descriptors, {mat.size:,} scenarios"
            elif m["kind"] == "eum":
                size = f"{len(load_issue(m['path']).central.names)} actors"
            else:
                size = f"error: {m['error']}"
        except BalkanscopeError as e:
            size = f"error: {e}"
        rows.append(
            {
                "id": m["id"],
                "kind": m["kind"],
                "title": m["title"],
                "size": size,
                "file": str(m["rel"]),
            }
        )
    return rows


def scenario_table(
    mat: CIBMatrix,
    result: dict,
    robust: list[float] | None = None,
    limit: int = 8,
    labels: bool = True,
) -> Table:
    """Descriptors down, scenarios across (a matrix of 10+ descriptors reads better that way)."""
    scen = result["scenarios"][:limit]
    n = len(result["scenarios"])
    shown = f"; the {len(scen)} with the highest total impact" if len(scen) < n else ""
    K = result["max_inconsistency"]
    t = Table(title=f"{mat.name}: {n} scenarios with inconsistency <= {K}{shown}")

    def name(v: str) -> str:
        return mat.labels.get(v, v) if labels else v

    t.add_column("descriptor")
    for i in range(len(scen)):
        t.add_column(f"S{i + 1}", overflow="fold")
    for d in mat.descriptors:
        t.add_row(
            mat.descriptor_names.get(d, d) if labels else d,
            *[name(s["variants"][d]) for s in scen],
        )
    if scen and "new" in scen[0]:
        t.add_row("new under the fix", *["yes" if s["new"] else "" for s in scen])
    t.add_row("inconsistency", *[str(s["inconsistency"]) for s in scen])
    t.add_row("total impact", *[str(s["total_impact"]) for s in scen])
    if robust is not None:
        t.add_row("robustness", *[f"{r:.0%}" for r in robust[:limit]])
    return t


def briefing_section(store, pack, cfg: dict[str, Any]) -> list:
    """Consistent scenarios of the pack's matrix and the bargaining forecasts (no database)."""
    dirs = list(pack.dirs) if pack is not None else pack_dirs(cfg)
    found = models(dirs)
    out: list = []
    ref = cfg.get("scenario_matrix", "wb2030")
    try:
        out += _matrix_part(found[ref], cfg) if ref in found else []
    except BalkanscopeError as e:
        out.append(Text(f"scenarios: {ref} skipped: {e}", style="red"))
    eum = [m for m in found.values() if m["kind"] == "eum"]
    if eum:
        t = Table(
            title=f"Bargaining forecasts (EUM, {int(cfg.get('eum_rounds', 10))} rounds; scale 0-100)"
        )
        for c in ("issue", "start median", "forecast median", "forecast mean"):
            t.add_column(c)
        for m in eum:
            try:
                r = run_eum(
                    load_issue(m["path"]).central,
                    rounds=int(cfg.get("eum_rounds", 10)),
                    q=float(cfg.get("eum_q", 1.0)),
                )
            except BalkanscopeError as e:
                t.add_row(m["title"], f"skipped: {e}", "", "")
                continue
            first, last = r["rounds"][0], r["rounds"][-1]
            t.add_row(
                r["issue"], f"{first['median']:g}", f"{last['median']:.1f}", f"{last['mean']:.1f}"
            )
        out.append(t)
    return out


def _matrix_part(model: dict[str, Any], cfg: dict[str, Any]) -> list:
    """The consistent scenarios of one matrix, with robustness, and what they rest on."""
    out: list = []
    if model["kind"] == "error":
        raise InputError(model["error"])
    if model["kind"] == "cib":
        mat = load_cib(model["path"])
        K = int(cfg.get("cib_max_inconsistency", 0))
        res = analyse(mat, K, exhaustive_max=int(cfg.get("cib_exhaustive_max", 2_000_000)))
        rob = robustness(
            mat,
            res["scenarios"],
            K,
            int(cfg.get("cib_robustness_runs", 200)),
            int(cfg.get("seed", 42)),
        )
        out.append(scenario_table(mat, res, rob, limit=6))
        out.append(
            Text(
                f"Judgements are an analyst's reading of the pack's sources ({model['rel']}, "
                "each with its rationale); robustness = share of "
                f"{int(cfg.get('cib_robustness_runs', 200))} matrices with every judgement moved "
                "by -1, 0 or +1 in which the scenario stays within the inconsistency bound.",
                style="dim",
            )
        )
    return out
