"""The alignment map as inline SVG, drawn from the bundled europe-50m.geojson.

Drawn in Python rather than with Plotly's geo traces because those fetch a base map from a
CDN: this map needs no network and is a plain <svg> a test can find in the DOM.
"""

from __future__ import annotations

import json
import math
from functools import cache
from html import escape
from importlib import resources

BBOX = (13.0, 39.3, 24.8, 46.9)  # lon0, lat0, lon1, lat1 around the Western Balkans
WIDTH = 640


@cache
def shapes() -> dict[str, dict]:
    """Feature id (a polity id) -> GeoJSON feature."""
    text = (resources.files("balkanscope") / "data" / "europe-50m.geojson").read_text(
        encoding="utf-8"
    )
    return {f.get("id") or f["properties"]["id"]: f for f in json.loads(text)["features"]}


def _rings(geom: dict) -> list[list[list[float]]]:
    if geom["type"] == "Polygon":
        return geom["coordinates"]
    if geom["type"] == "MultiPolygon":
        return [ring for poly in geom["coordinates"] for ring in poly]
    return []


def _project(lon: float, lat: float, scale: float) -> tuple[float, float]:
    k = math.cos(math.radians((BBOX[1] + BBOX[3]) / 2))
    return (lon - BBOX[0]) * k * scale, (BBOX[3] - lat) * scale


def colour(v: float | None) -> str:
    """Diverging scale: green toward +1 (West), purple toward -1 (Russia and China), grey unknown."""
    if v is None:
        return "#d9d9d9"
    v = max(-1.0, min(1.0, v))
    lo, mid, hi = (118, 42, 131), (247, 247, 247), (27, 120, 55)
    end = hi if v >= 0 else lo
    t = abs(v)
    rgb = [round(m + (e - m) * t) for m, e in zip(mid, end, strict=True)]
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _overlaps(ring: list[list[float]]) -> bool:
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return (
        max(lons) >= BBOX[0]
        and min(lons) <= BBOX[2]
        and max(lats) >= BBOX[1]
        and min(lats) <= BBOX[3]
    )


def alignment_svg(values: dict[str, dict], focus: list[str]) -> str:
    """SVG with every shape near the region; `focus` polities coloured by values[id]['score']."""
    k = math.cos(math.radians((BBOX[1] + BBOX[3]) / 2))
    scale = WIDTH / ((BBOX[2] - BBOX[0]) * k)
    height = round((BBOX[3] - BBOX[1]) * scale)
    paths, labels = [], []
    for pid, feat in sorted(shapes().items()):
        rings = [r for r in _rings(feat["geometry"]) if _overlaps(r)]
        if not rings:
            continue
        d = " ".join(
            "M" + " L".join("{:.1f},{:.1f}".format(*_project(x, y, scale)) for x, y in ring) + " Z"
            for ring in rings
        )
        v = values.get(pid)
        score = v["score"] if v else None
        fill = colour(score) if pid in focus else "#eeeeee"
        name = feat["properties"].get("name", pid)
        tip = f"{name} ({pid})" + (
            f": alignment {score:+.2f} [{v['low']:+.2f}, {v['high']:+.2f}]" if v else ""
        )
        paths.append(
            f'<path class="country{" focus" if pid in focus else ""}" data-id="{escape(pid)}" d="{d}" '
            f'fill="{fill}" stroke="#555" stroke-width="0.6"><title>{escape(tip)}</title></path>'
        )
        if pid in focus:
            big = max(rings, key=len)
            xs, ys = zip(*(_project(x, y, scale) for x, y in big), strict=True)
            cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
            text = pid if score is None else f"{pid} {score:+.2f}"
            labels.append(
                f'<text x="{cx:.0f}" y="{cy:.0f}" text-anchor="middle" font-size="11">{escape(text)}</text>'
            )
    return (
        f'<svg id="alignment-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-label="Alignment map">'
        f'<rect width="100%" height="100%" fill="#f4f8fb"/>{"".join(paths)}{"".join(labels)}</svg>'
    )
