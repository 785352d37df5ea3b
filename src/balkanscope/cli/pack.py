"""Pack commands: `pack check`, `actors`, `actor ID`, `ties` (read the pack directly, no database)."""

from __future__ import annotations

from collections import defaultdict

import typer
from rich.panel import Panel
from rich.table import Table

from ..errors import InputError
from ..pack.check import check_pack
from ..pack.loader import Pack, configured_pack
from ..pack.models import DATE_RE
from ..text import fold
from .app import Format, FormatOpt, app, console, emit, emit_json, err_console, settings

pack_app = typer.Typer(help="Knowledge-pack tools.", no_args_is_help=True)
app.add_typer(pack_app, name="pack")


def configured() -> Pack:
    """The pack of the resolved settings (global --pack, config file, environment)."""
    return configured_pack(settings())


@pack_app.command("check")
def check(fmt: Format = FormatOpt) -> None:
    """Validate schema, ids, dates, sources and alias uniqueness; exit 1 listing every problem."""
    pack = configured()
    problems = check_pack(pack)
    if fmt is Format.json:
        emit_json(
            {
                "ok": not problems,
                "actors": len(pack.actors),
                "ties": len(pack.ties),
                "indicators": len(pack.indicators),
                "problems": [str(p) for p in problems],
            }
        )
    elif problems:
        for p in problems:
            err_console.print(f"[red]✗[/] {p}", highlight=False, markup=True)
    else:
        persons = sum(1 for a in pack.actors.values() if a.kind == "person")
        console.print(
            f"[green]✓[/] pack '{pack.name}': {len(pack.actors)} actors ({persons} persons), "
            f"{len(pack.ties)} ties, {len(pack.indicators)} indicator series, "
            f"{len(pack.capitals)} capitals — all sourced and consistent"
        )
    if problems:
        err_console.print(f"{len(problems)} problem(s) in pack '{pack.name}'")
        raise typer.Exit(1)


def actor_summary(a) -> dict:
    langs = sorted({lang for lang, _ in a.all_aliases()})
    return {"id": a.id, "kind": a.kind, "polity": a.polity, "name": a.name, "languages": langs}


@app.command("actors")
def actors(
    search: str = typer.Option(
        None, "--search", "-s", help="Text in any name or alias (any script)."
    ),
    kind: str = typer.Option(None, "--kind", "-k", help="Actor kind, e.g. person, state, company."),
    fmt: Format = FormatOpt,
) -> None:
    """List actors; `--format json` gives the full actor objects."""
    pack = configured()
    q = fold(search).strip() if search else None
    found = [
        a
        for a in pack.actors.values()
        if (kind is None or a.kind == kind)
        and (q is None or any(q in fold(al.text) for _, al in a.all_aliases()) or q in fold(a.id))
    ]
    if fmt is Format.json:
        emit_json([a.model_dump(exclude_defaults=True) for a in found])
    else:
        emit([actor_summary(a) for a in found], fmt, title=f"{len(found)} actors")


def _ties_of(pack: Pack, actor_id: str) -> list:
    return [t for t in pack.ties.values() if actor_id in (t.actor, t.partner)]


def tie_row(pack: Pack, t) -> dict:
    return {
        "id": t.id,
        "kind": t.kind,
        "actor": t.actor,
        "partner": t.partner,
        "name": t.name,
        "start": t.start,
        "end": t.end,
        "value": t.value,
        "unit": t.unit,
        "sources": [s.source for s in t.sources],
    }


@app.command("actor")
def actor(
    actor_id: str = typer.Argument(..., help="Actor id (see `balkanscope actors`)."),
    fmt: Format = FormatOpt,
) -> None:
    """Profile of one actor: names per language, roles, ties with sources."""
    pack = configured()
    a = pack.actor(actor_id)
    ties = _ties_of(pack, a.id)
    if fmt is Format.json:
        emit_json({**a.model_dump(exclude_defaults=True), "ties": [tie_row(pack, t) for t in ties]})
        return
    if fmt is Format.csv:
        emit(
            [
                {"lang": lang, "alias": al.text, "kind": al.kind, "ambiguous": al.ambiguous}
                for lang, al in a.all_aliases()
            ],
            fmt,
        )
        return
    names: dict[str, list[str]] = defaultdict(list)
    for lang, al in a.all_aliases():
        label = (
            al.text
            + (" (ambiguous)" if al.ambiguous else "")
            + ("" if al.kind == "name" else f" [{al.kind}]")
        )
        if label not in names[lang]:
            names[lang].append(label)
    t = Table(box=None, show_header=False)
    t.add_column("lang", style="bold")
    t.add_column("names", overflow="fold")
    for lang, items in names.items():
        t.add_row(lang, ", ".join(items))
    head = f"{a.name} — {a.kind}, polity {a.polity}" + ("" if a.rollup else " (does not roll up)")
    console.print(Panel(t, title=head, subtitle=a.description or None, title_align="left"))
    if a.roles:
        emit(
            [
                {
                    "title": r.title,
                    "polity": r.polity,
                    "org": r.org,
                    "start": r.start,
                    "end": r.end,
                    "source": r.source,
                }
                for r in a.roles
            ],
            fmt,
            title="roles",
        )
    if ties:
        emit([tie_row(pack, x) for x in ties], fmt, title="ties")


@app.command("ties")
def ties(
    actor_id: str = typer.Option(
        None, "--actor", "-a", help="Ties where this actor is either side."
    ),
    kind: str = typer.Option(None, "--kind", "-k", help="Tie kind, e.g. membership, recognition."),
    at: str = typer.Option(None, "--at", help="Only ties active at this date (YYYY[-MM[-DD]])."),
    fmt: Format = FormatOpt,
) -> None:
    """List ties with their sources."""
    pack = configured()
    if actor_id:
        pack.actor(actor_id)
    if at is not None and not DATE_RE.match(at):
        raise InputError(
            f"'{at}' is not a date", field="--at", hint="use YYYY, YYYY-MM or YYYY-MM-DD"
        )
    rows = [
        tie_row(pack, t)
        for t in pack.ties.values()
        if (actor_id is None or actor_id in (t.actor, t.partner))
        and (kind is None or t.kind == kind)
        and (at is None or t.active_at(at))
    ]
    emit(rows, fmt, title=f"{len(rows)} ties")
