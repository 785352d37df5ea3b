"""Simulation commands: eum, eum-mc, cib, scenarios; and the briefing's `scenarios` section."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from ..errors import InputError
from ..registry import briefing_sections
from ..simulate import cib as _cib
from ..simulate.eum import run_eum
from ..simulate.scenarios import briefing_section, list_models, resolve, scenario_table
from ..simulate.uncertainty import EUMIssue, load_issue, monte_carlo
from .app import Format, FormatOpt, app, console, emit, emit_json, settings

briefing_sections.register("scenarios")(briefing_section)

FileArg = typer.Argument(
    ..., help="Model file (YAML; CSV for cib) or a pack scenario id (see `balkanscope scenarios`)."
)
RoundsOpt = typer.Option(None, "--rounds", help="Rounds to run (default: setting eum_rounds).")
StopOpt = typer.Option(
    "rounds", "--stop", help="rounds (fixed count) or converged (also stop when moves fade)."
)
QOpt = typer.Option(
    None, "--q", help="Weight Q of the status-quo utility (default: setting eum_q)."
)
SetOpt = typer.Option(
    None,
    "--set",
    help="What-if: override an input, ACTOR.KEY=VALUE (repeatable), e.g. Russia.salience=0.9.",
)


def _issue(cfg: dict, file: str, overrides: list[str] | None) -> EUMIssue:
    """The EUM issue named on the command line (file or pack scenario), with --set applied."""
    return load_issue(resolve(file, cfg, "eum"), overrides or ())


def _run_args(cfg: dict, rounds: int | None, stop: str, q: float | None) -> dict:
    """How eum and eum-mc run each forecast: the options given, settings for the rest."""
    return {
        "rounds": rounds or cfg["eum_rounds"],
        "stop": stop,
        "q": cfg["eum_q"] if q is None else q,
        "tol": cfg["eum_tolerance"],
    }


@app.command("eum")
def eum_cmd(
    file: str = FileArg,
    rounds: int = RoundsOpt,
    stop: str = StopOpt,
    q: float = QOpt,
    overrides: list[str] = SetOpt,
    fmt: Format = FormatOpt,
) -> None:
    """Expected-utility bargaining forecast (Bueno de Mesquita, Scholz variant); round 0 is the input.

    Ranges or distributions in the file are replaced by their central values (use eum-mc for them).
    """
    cfg = settings()
    inp = _issue(cfg, file, overrides).central
    res = run_eum(inp, **_run_args(cfg, rounds, stop, q))
    if overrides:
        res["overrides"] = list(overrides)
    if fmt is Format.json:
        emit_json(res)
        return
    if fmt is Format.csv:
        rows = [
            {"round": r["round"], "median": r["median"], "mean": r["mean"], **r["positions"]}
            for r in res["rounds"]
        ]
        emit(rows, fmt)
        return
    # actors down, rounds across: reads like the published EUM tables
    t = Table(title=f"{res['issue']} (stopped by {res['stopped_by']})", padding=(0, 1))
    t.add_column("actor", no_wrap=True)
    for r in res["rounds"]:
        t.add_column(str(r["round"]) if r["round"] else "start", justify="right")
    for name in inp.names:
        t.add_row(name, *[f"{r['positions'][name]:.4g}" for r in res["rounds"]])
    t.add_row("[bold]median[/]", *[f"[bold]{r['median']:.4g}[/]" for r in res["rounds"]])
    t.add_row("mean", *[f"{r['mean']:.4g}" for r in res["rounds"]])
    console.print(t)


@app.command("eum-mc")
def eum_mc_cmd(
    file: str = FileArg,
    runs: int = typer.Option(None, "--runs", help="Monte Carlo runs (default: setting eum_runs)."),
    seed: int = typer.Option(None, "--seed", help="Random seed (default: setting seed)."),
    workers: int = typer.Option(None, "--workers", help="Processes (default: setting workers)."),
    rounds: int = RoundsOpt,
    stop: str = StopOpt,
    q: float = QOpt,
    overrides: list[str] = SetOpt,
    fmt: Format = FormatOpt,
) -> None:
    """EUM under uncertainty: distribution of the forecast and of each actor's final position."""
    cfg = settings()
    res = monte_carlo(
        _issue(cfg, file, overrides),
        runs=runs or cfg["eum_runs"],
        seed=cfg["seed"] if seed is None else seed,
        workers=workers or cfg["workers"],
        **_run_args(cfg, rounds, stop, q),
    )
    if overrides:
        res["overrides"] = list(overrides)
    if fmt is Format.json:
        emit_json(res)
        return
    rows = [{"what": f"forecast {k}", **v} for k, v in res["outcome"].items()]
    rows += [{"what": name, **v} for name, v in res["actors"].items()]
    if fmt is Format.table:
        rows = [{k: v if k == "what" else f"{v:.4g}" for k, v in r.items()} for r in rows]
    emit(rows, fmt, title=f"{res['issue']}: {res['runs']} runs, seed {res['seed']}")


@app.command("cib")
def cib_cmd(
    file: str = FileArg,
    max_inconsistency: int = typer.Option(
        None, "--max-inconsistency", "-k", help="List scenarios up to this inconsistency."
    ),
    fix: list[str] = typer.Option(
        None, "--fix", help="Intervention: impose a variant, D=V (repeatable)."
    ),
    succession_start: str = typer.Option(
        None, "--succession", help="Start scenario 'A1,B2,...' for a succession path."
    ),
    mode: str = typer.Option("global", "--mode", help="Succession: global or local."),
    robustness_runs: int = typer.Option(
        0, "--robustness", help="Perturbed matrices (judgements +/-1) per scenario."
    ),
    method: str = typer.Option("auto", "--method", help="auto, exhaustive or search."),
    seed: int = typer.Option(
        None, "--seed", help="Seed of the robustness draws (default: setting seed)."
    ),
    write: str = typer.Option(
        None, "--write", help="Also write the matrix to this .yaml or .csv file."
    ),
    fmt: Format = FormatOpt,
) -> None:
    """Cross-impact balance: consistent scenarios, interventions, succession, robustness."""
    cfg = settings()
    mat = _cib.load_cib(resolve(file, cfg, "cib"))
    if write:
        out = Path(write)
        if out.suffix.lower() not in (".yaml", ".yml", ".csv"):
            raise InputError(
                "--write needs a .yaml or .csv file name",
                field="--write",
                hint="e.g. --write matrix.csv",
            )
        out.write_text(
            _cib.to_csv(mat) if out.suffix.lower() == ".csv" else _cib.to_yaml(mat),
            encoding="utf-8",
        )
    fixed = _cib.parse_fix(mat, fix)
    K = cfg["cib_max_inconsistency"] if max_inconsistency is None else max_inconsistency
    res = _cib.what_if(mat, K, fixed, method, cfg["cib_exhaustive_max"])
    rob = None
    if robustness_runs:
        rob = _cib.robustness(
            mat, res["scenarios"], K, robustness_runs, cfg["seed"] if seed is None else seed, fixed
        )
        for s, r in zip(res["scenarios"], rob, strict=True):
            s["robustness"] = r
    if succession_start:
        res["succession"] = _cib.succession(
            mat, _cib.parse_scenario(mat, succession_start), mode, fixed
        )
    if fmt is Format.json:
        emit_json(res)
        return
    if fmt is Format.csv:
        emit(
            [
                {**s["variants"], **{k: v for k, v in s.items() if k != "variants"}}
                for s in res["scenarios"]
            ],
            fmt,
        )
        return
    console.print(scenario_table(mat, res, rob, limit=8, labels=False))
    console.print(
        f"{len(res['scenarios'])} scenario(s); {res['evaluated']:,} evaluated by {res['method']}"
        + (f"; fixed {res['fixed']}" if res["fixed"] else "")
        + (
            f"; {sum(s['new'] for s in res['scenarios'])} of them new, "
            f"{res['baseline_scenarios']} without the intervention"
            if res["fixed"]
            else ""
        )
    )
    if "succession" in res:
        sc = res["succession"]
        t = Table(title=f"{sc['mode']} succession: ends in {sc['end']}")
        t.add_column("step")
        for d in mat.descriptors:
            t.add_column(d)
        t.add_column("inconsistency")
        for i, step in enumerate(sc["path"]):
            t.add_row(
                str(i), *[step["variants"][d] for d in mat.descriptors], str(step["inconsistency"])
            )
        console.print(t)


@app.command("scenarios")
def scenarios_cmd(fmt: Format = FormatOpt) -> None:
    """The pack's scenario models: CIB matrices and EUM issues (run them with `cib ID` / `eum ID`)."""
    emit(
        list_models(settings()),
        fmt,
        columns=["id", "kind", "title", "size", "file"],
        title="Scenario models",
    )
