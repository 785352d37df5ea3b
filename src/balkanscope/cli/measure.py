"""Measure commands: series, influence, alignment, alerts, validate, import-gdelt, compare-gdelt."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.markup import escape
from rich.tree import Tree

from ..measure.alerts import tension_alerts
from ..measure.alignment import ALIGNMENT_FIELDS, alignment, alignment_panel
from ..measure.common import (
    PLOVER,
    check_date,
    check_ids,
    id_list,
    origins_for,
    refresh_cache,
    resolve_at,
)
from ..measure.gdelt import compare_gdelt, import_gdelt
from ..measure.influence import (
    COMPONENTS,
    TABLE_COMPONENTS,
    explain,
    influence_panel,
    period_ends,
)
from ..measure.series import PERIODS, check_period, dyad_series
from ..measure.uncertainty import influence_table, scope, simulate
from ..measure.validate import validate
from ..store import Store, open_store
from .app import Format, FormatOpt, app, console, emit, emit_json, err_console, settings

GdeltOpt = typer.Option(
    None, "--gdelt/--no-gdelt", help="Count GDELT imports (default: setting include_gdelt)."
)
AtOpt = typer.Option(
    None, "--at", help="Date YYYY[-MM[-DD]] (default: the latest counted event's day, else today)."
)
DyadAArg = typer.Argument(..., help="First polity id (the actor when --directed).")
DyadBArg = typer.Argument(..., help="Second polity id (the recipient when --directed).")
DyadPeriodOpt = typer.Option("month", "--period", "-p", help=", ".join(PERIODS))
DirectedOpt = typer.Option(False, "--directed", help="Only events from A to B.")
SinceOpt = typer.Option(None, "--since", help="First date.")
UntilOpt = typer.Option(None, "--until", help="Last date.")
PanelPeriodOpt = typer.Option(
    None,
    "--period",
    help="Per period (month, quarter, year...) from --since to --at: point estimates.",
)
PanelSinceOpt = typer.Option(
    None, "--since", help="First period with --period (default: 5 years before --at)."
)


@contextmanager
def reading(cfg: dict):
    with Store(cfg["db"]).read() as con:
        yield con


@contextmanager
def reading_dyad(cfg: dict, a: str, b: str, period: str):
    """A read connection once the period name and both ids are known good (one-line errors)."""
    check_period(period)
    with reading(cfg) as con:
        check_ids(con, cfg, [a, b])
        yield con


@app.command("series")
def series_cmd(
    a: str = DyadAArg,
    b: str = DyadBArg,
    period: str = DyadPeriodOpt,
    directed: bool = DirectedOpt,
    rolling: int = typer.Option(
        0, "--rolling", help="Add rolling means of intensity over N periods."
    ),
    since: str = SinceOpt,
    until: str = UntilOpt,
    types: bool = typer.Option(False, "--types", help="Show per-type counts in the table."),
    gdelt: bool = GdeltOpt,
    fmt: Format = FormatOpt,
) -> None:
    """Event series of a dyad per period: counts by type and quad, PLOVER scores, intensities."""
    cfg = settings()
    with reading_dyad(cfg, a, b, period) as con:
        rows = dyad_series(
            con,
            a,
            b,
            period=period,
            directed=directed,
            origins=origins_for(cfg, gdelt),
            start=check_date(since, "--since"),
            end=check_date(until, "--until"),
            rolling=rolling,
        )
    cols = [
        "period",
        "events",
        "verbal_coop",
        "material_coop",
        "verbal_conflict",
        "material_conflict",
        "score_sum",
        "score_mean",
        "coop",
        "conflict",
    ]
    if types:
        cols[2:2] = [t.lower() for t in PLOVER]
    if rolling:
        cols += ["rolling_coop", "rolling_conflict"]
    arrow = "->" if directed else "<->"
    emit(rows, fmt, cols, title=f"{a} {arrow} {b} per {period}")


def _explain_tree(data: dict) -> Tree:
    tree = Tree(
        f"[bold]{escape(data['power'])} on {escape(data['country'])}[/] at {data['at']}: score {data['score']:+.3f}"
    )
    for c in data["components"]:
        node = tree.add(
            f"{c['component']} = {c['value']:.3f} x weight {c['weight']:+.2f} -> {c['contribution']:+.4f}"
        )
        for t in c.get("ties", []):
            srcs = "; ".join(
                escape(str(s.get("source")))
                + (f" ({s['value']})" if s.get("value") is not None else "")
                for s in t["sources"]
            )
            alt = f" [alternatives {t['alternatives']}]" if len(t["alternatives"]) > 1 else ""
            node.add(
                f"tie {escape(t['tie'])} {t['kind']} {escape(str(t['name']))}: {t['magnitude']}{alt} — {srcs}"
            )
        for p in c.get("polls", []):
            node.add(
                f"poll {escape(p['series'])} {p['date']}: {p['values']} (sign {p['sign']:+.0f}) — {escape(', '.join(map(str, p['sources'])))}"
            )
        for e in c.get("events", []):
            where = escape(e.get("url") or e.get("doc") or "")
            node.add(
                f'{e["date"]} {e["type"]} ({e["score"]:+}) x{e["n_mentions"]}: "{escape(e.get("quote", ""))}" {where}'
            )
    return tree


def panel_dates(since: str | None, day: str, period: str) -> list[str]:
    """Ends of every period from `since` (default 5 years before `day`) to `day`, then `day`."""
    check_period(period)
    start = check_date(since, "--since") or f"{int(day[:4]) - 5}{day[4:]}"
    return [d for d in period_ends(start, day, period) if d < day] + [day]  # the last period so far


def panel_rows(
    con,
    cfg: dict,
    countries: list[str],
    powers: list[str],
    since: str | None,
    day: str,
    period: str,
    origins,
) -> list[dict]:
    """Point estimates of every pair at the end of every period from `since` to `day`."""
    dates = panel_dates(since, day, period)
    inp, x, s = influence_panel(con, cfg, dates, countries, powers, origins)
    return [
        {
            "at": d,
            "country": c,
            "power": p,
            "score": round(float(s[t, i]), 4),
            **{k: round(float(x[t, i, j]), 4) for j, k in enumerate(COMPONENTS)},
        }
        for t, d in enumerate(dates)
        for i, (c, p) in enumerate(inp.dyads)
    ]


@app.command("influence")
def influence_cmd(
    country: str = typer.Option(
        None, "--country", "-c", help="Country id(s), comma-separated (default: setting countries)."
    ),
    power: str = typer.Option(
        None, "--power", "-p", help="Power id(s), comma-separated (default: setting powers)."
    ),
    at: str = AtOpt,
    do_explain: bool = typer.Option(
        False, "--explain", help="Decompose each score into its ties, polls and events."
    ),
    weights: str = typer.Option(
        None, "--weights", help="Override weights, e.g. 'energy=0.3,perception=0'."
    ),
    runs: int = typer.Option(None, "--runs", help="Monte Carlo runs (default: setting mc_runs)."),
    period: str = PanelPeriodOpt,
    since: str = PanelSinceOpt,
    gdelt: bool = GdeltOpt,
    fmt: Format = FormatOpt,
) -> None:
    """Influence of each power on each country: score, 90% interval, P(first), components."""
    cfg = settings()
    if weights:
        cfg["influence_weights"] = ",".join(x for x in (cfg.get("influence_weights"), weights) if x)
    origins = origins_for(cfg, gdelt)
    with reading(cfg) as con:
        countries, powers = scope(cfg, country, power)
        check_ids(con, cfg, countries + powers)
        day = resolve_at(con, at, origins)
        if period:
            rows = panel_rows(con, cfg, countries, powers, since, day, period, origins)
            emit(
                rows,
                fmt,
                ["at", "country", "power", "score"]
                + (COMPONENTS if fmt is not Format.table else TABLE_COMPONENTS),
                title=f"Influence per {period} (point estimates)",
            )
            return
        if do_explain:
            data = [explain(con, cfg, c, p, day, origins) for c in countries for p in powers]
            if fmt is Format.json:
                emit_json(data)
            elif fmt is Format.csv:
                emit(
                    [
                        {
                            "country": d["country"],
                            "power": d["power"],
                            "at": d["at"],
                            "score": d["score"],
                            **{
                                k: v
                                for k, v in c.items()
                                if k in ("component", "value", "weight", "contribution")
                            },
                        }
                        for d in data
                        for c in d["components"]
                    ],
                    fmt,
                )
            else:
                for d in data:
                    console.print(_explain_tree(d))
            return
        rows = influence_table(simulate(con, cfg, day, countries, powers, origins, runs=runs))
    cols = [
        "country",
        "power",
        "score",
        "low",
        "high",
        "p_first",
        "from_ties",
        "from_events",
        "from_polls",
    ]
    if fmt is not Format.table:
        cols += ["p_rank", *COMPONENTS]
    emit(rows, fmt, cols, title=f"Influence at {day} (90% interval over weights and sources)")


@app.command("alignment")
def alignment_cmd(
    at: str = AtOpt,
    country: str = typer.Option(None, "--country", "-c", help="Country id(s), comma-separated."),
    period: str = PanelPeriodOpt,
    since: str = PanelSinceOpt,
    gdelt: bool = GdeltOpt,
    fmt: Format = FormatOpt,
) -> None:
    """Alignment of each country between the West (+1) and Russia plus China (-1), with its interval."""
    cfg = settings()
    origins = origins_for(cfg, gdelt)
    with reading(cfg) as con:
        countries = id_list(country) or id_list(cfg.get("countries"))
        check_ids(con, cfg, countries)
        day = resolve_at(con, at, origins)
        if period:
            rows = alignment_panel(con, cfg, panel_dates(since, day, period), countries, origins)
            if fmt is Format.json:
                by_date: dict[str, dict] = {}
                for r in rows:
                    by_date.setdefault(r["at"], {})[r["country"]] = r["score"]
                emit_json(by_date)
            else:
                emit(rows, fmt, title=f"Alignment per {period} (point estimates)")
            return
        rows = alignment(con, cfg, day, countries, origins)
    if fmt is Format.json:
        emit_json(
            {r["country"]: {"score": r["score"], "low": r["low"], "high": r["high"]} for r in rows}
        )
        return
    emit(
        rows,
        fmt,
        ["country", *ALIGNMENT_FIELDS],
        title=f"Alignment at {day}: +1 West (USA, EU, NATO), -1 Russia and China; Türkiye and Gulf apart",
    )


@app.command("alerts")
def alerts_cmd(
    at: str = AtOpt,
    all_pairs: bool = typer.Option(
        False, "--all", help="List every dyad with its z-score, not only alerts."
    ),
    gdelt: bool = GdeltOpt,
    fmt: Format = FormatOpt,
) -> None:
    """Dyads whose recent conflict intensity stands out against their own baseline."""
    cfg = settings()
    origins = origins_for(cfg, gdelt)
    with reading(cfg) as con:
        rows = tension_alerts(
            con, cfg, resolve_at(con, at, origins) if at else None, origins, all_pairs=all_pairs
        )
    if fmt is Format.json:
        emit_json(rows)
        return
    table = fmt is Format.table
    width = 60 if table else 300

    def drivers(r: dict) -> str:
        text = " | ".join(
            f"{d['date']} {d['actor']}->{d['recipient']} {d['type']} {d.get('quote', '')[:width]}".strip()
            for d in r["drivers"][: 1 if table else None]
        )
        return escape(text) if table else text  # document text must not be read as Rich markup

    flat = [{**{k: v for k, v in r.items() if k != "drivers"}, "drivers": drivers(r)} for r in rows]
    if fmt is Format.table and not rows:
        err_console.print("no tension alerts (try --all to see every dyad's z-score)")
    emit(
        flat,
        fmt,
        [
            "a",
            "b",
            "from",
            "to",
            "recent_conflict",
            "baseline_median",
            "z",
            "recent_events",
            "drivers",
        ],
        title="Tension alerts",
    )


@app.command("validate")
def validate_cmd(gdelt: bool = GdeltOpt, fmt: Format = FormatOpt) -> None:
    """Rank correlation of alignment with observed outcomes (EU CFSP alignment, UNGA votes, sanctions)."""
    cfg = settings()
    with reading(cfg) as con:
        results = validate(con, cfg, origins_for(cfg, gdelt))
    if fmt is Format.json:
        emit_json(results)
        return
    if not results:
        err_console.print(
            "no outcome indicators (cfsp_alignment, unga_ukraine_*, eu_sanctions_alignment) in the database"
        )
    if fmt is Format.csv:
        emit(
            [
                {"outcome": r["outcome"], "spearman": r["spearman"], **c}
                for r in results
                for c in r["cases"]
            ],
            fmt,
        )
        return
    emit(
        [
            {k: r[k] for k in ("outcome", "label", "n", "spearman")}
            | {
                "disagreeing": ", ".join(
                    f"{c['country']} (alignment rank {c['rank_alignment']:g}, outcome rank {c['rank_outcome']:g})"
                    for c in r["cases"]
                    if c["disagrees"]
                )
                or "-"
            }
            for r in results
        ],
        fmt,
        title="Validation: Spearman rank correlation of alignment with outcomes",
    )


@app.command("import-gdelt")
def import_gdelt_cmd(
    files: list[Path] = typer.Argument(..., help="GDELT 2.0 events exports (.CSV, .zip or .gz)."),
    fmt: Format = FormatOpt,
) -> None:
    """Import the region's events from GDELT 2.0 exports (CAMEO mapped to PLOVER, origin 'gdelt')."""
    cfg = settings()
    store = open_store(cfg["db"])
    reports = [r.as_row() for r in import_gdelt(store, [str(f) for f in files], cfg)]
    for r in reports:
        if r["error"]:
            err_console.print(
                f"[bold red]error:[/] {escape(r['error'])}", highlight=False, soft_wrap=True
            )
    emit(
        reports, fmt, ["file", "rows", "kept", "skipped", "reasons", "error"], title="GDELT import"
    )
    if any(r["error"] for r in reports):
        sys.exit(1)


@app.command("compare-gdelt")
def compare_gdelt_cmd(
    a: str = DyadAArg,
    b: str = DyadBArg,
    period: str = DyadPeriodOpt,
    directed: bool = DirectedOpt,
    since: str = SinceOpt,
    until: str = UntilOpt,
    fmt: Format = FormatOpt,
) -> None:
    """The dyad's series from text-coded events and from GDELT side by side."""
    cfg = settings()
    with reading_dyad(cfg, a, b, period) as con:
        data = compare_gdelt(
            con, a, b, period, directed, check_date(since, "--since"), check_date(until, "--until")
        )
    if fmt is Format.json:
        emit_json(data)
        return
    emit(
        data["rows"],
        fmt,
        title=f"{a}-{b}: text vs GDELT per {period} (Spearman of counts: {data['spearman_events']})",
    )


@app.command("measure-cache")
def measure_cache_cmd() -> None:
    """Rebuild the dyad-sorted cache of counted events (build and import-gdelt do it; run it
    after adding events another way, or measures read the events table directly, slower)."""
    cfg = settings()
    with open_store(cfg["db"]).write() as con:
        n = refresh_cache(con)
    err_console.print(f"measure cache: {n} counted events indexed in {cfg['db']}")
