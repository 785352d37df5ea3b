"""`geo distance A B` and `geo circle CENTER (--radius-km N | --through PLACE) [--members ORG]`."""

from __future__ import annotations

import typer

from .. import geo
from ..errors import InputError
from .app import Format, FormatOpt, app, console, emit, emit_json
from .pack import configured

geo_app = typer.Typer(help="Geodesic distances between capitals (WGS84).", no_args_is_help=True)
app.add_typer(geo_app, name="geo")


@geo_app.command("distance")
def distance(
    a: str = typer.Argument(..., help="Polity id or capital (any script)."),
    b: str = typer.Argument(..., help="Polity id or capital."),
    fmt: Format = FormatOpt,
) -> None:
    """Geodesic distance between two capitals."""
    pack = configured()
    pa, pb = geo.resolve_place(pack, a), geo.resolve_place(pack, b)
    km = round(geo.distance_km(pa, pb), 1)
    row = {"from": pa.name, "to": pb.name, "km": km}
    if fmt is Format.json:
        emit_json(row)
    else:
        emit([row], fmt)


@geo_app.command("circle")
def circle(
    center: str = typer.Argument(..., help="Polity id or capital at the centre."),
    radius_km: float = typer.Option(None, "--radius-km", help="Radius in km."),
    through: str = typer.Option(None, "--through", help="Radius = distance to this place."),
    members: str = typer.Option(
        None, "--members", help="Only members of this organisation today (EU, NATO, ...)."
    ),
    fmt: Format = FormatOpt,
) -> None:
    """Which capitals fall inside and outside a geodesic circle (seed 002's 'Russia is far away')."""
    if (radius_km is None) == (through is None):
        raise InputError(
            "give exactly one of --radius-km and --through",
            field="--radius-km",
            hint="e.g. `geo circle Belgrade --through Moscow`",
        )
    if radius_km is not None and radius_km <= 0:
        raise InputError(
            "radius must be positive", field="--radius-km", hint="give a number of km > 0"
        )
    result = geo.circle(configured(), center, radius_km, through, members)
    if fmt is Format.json:
        emit_json(result)
        return
    rows = [{"where": "inside", **r} for r in result["inside"]] + [
        {"where": "outside", **r} for r in result["outside"]
    ]
    if fmt is Format.table:
        console.print(
            f"circle around {result['center']['name']}, radius {result['radius_km']} km"
            + (f", members of {members}" if members else "")
        )
    emit(rows, fmt)
