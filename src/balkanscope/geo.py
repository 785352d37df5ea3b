"""Geodesic distances between capitals (WGS84, geographiclib) and seed 002's circle argument.

Seed 002 argues with circles around a capital ("Russia is far away"): which capitals fall within
the radius of, say, Belgrade-Moscow. `circle` answers exactly that, optionally only for members
of an organisation at today's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as _date

from geographiclib.geodesic import Geodesic

from .errors import UnknownIdError
from .pack.loader import Pack
from .pack.models import Capital
from .text import fold

MEMBERSHIP_KINDS = ("membership",)


@dataclass(frozen=True)
class Place:
    polity: str
    name: str
    lat: float
    lon: float


def _place(cap: Capital) -> Place:
    return Place(cap.polity, cap.name, cap.lat, cap.lon)


def resolve_place(pack: Pack, query: str) -> Place:
    """A capital by polity id, capital name or alias, or polity name (any script, any case)."""
    if query in pack.capitals:
        return _place(pack.capitals[query])
    q = fold(query).strip()
    for cap in pack.capitals.values():
        if q in {fold(cap.name), fold(cap.polity), *map(fold, cap.aliases)}:
            return _place(cap)
    for cap in pack.capitals.values():
        actor = pack.actors.get(cap.polity)
        if actor and q in {fold(al.text) for _, al in actor.all_aliases() if al.kind == "name"}:
            return _place(cap)
    known = list(pack.capitals) + [c.name for c in pack.capitals.values()]
    raise UnknownIdError("place", query, known)


def distance_km(a: Place, b: Place) -> float:
    return Geodesic.WGS84.Inverse(a.lat, a.lon, b.lat, b.lon)["s12"] / 1000.0


def members(pack: Pack, org: str, at: str | None = None) -> set[str]:
    """Polities with an active membership tie to `org` at `at` (default today)."""
    at = at or _date.today().isoformat()
    org_ids = {a.id for a in pack.actors.values() if a.id == org or fold(a.name) == fold(org)}
    if not org_ids:
        raise UnknownIdError(
            "organisation",
            org,
            [a.id for a in pack.actors.values() if a.kind in ("alliance", "organisation")],
        )
    return {
        t.actor
        for t in pack.ties.values()
        if t.kind in MEMBERSHIP_KINDS and t.partner in org_ids and t.active_at(at)
    }


def circle(
    pack: Pack,
    center: str,
    radius_km: float | None = None,
    through: str | None = None,
    members_of: str | None = None,
    at: str | None = None,
) -> dict:
    """Capitals inside and outside the geodesic circle around `center`, nearest first."""
    c = resolve_place(pack, center)
    if radius_km is None:
        if through is None:
            raise ValueError("give radius_km or through")
        radius_km = distance_km(c, resolve_place(pack, through))
    allowed = members(pack, members_of, at) if members_of else None
    inside, outside = [], []
    for cap in pack.capitals.values():
        if cap.polity == c.polity or (allowed is not None and cap.polity not in allowed):
            continue
        km = distance_km(c, _place(cap))
        row = {"name": cap.name, "polity": cap.polity, "km": round(km, 1)}
        (inside if km <= radius_km + 1e-6 else outside).append(row)
    key = lambda r: r["km"]  # noqa: E731
    return {
        "center": {"name": c.name, "polity": c.polity},
        "radius_km": round(radius_km, 1),
        "members": members_of,
        "inside": sorted(inside, key=key),
        "outside": sorted(outside, key=key),
    }
