"""Measure: dyadic event series, influence and alignment with decomposition and uncertainty,
tension alerts, validation against outcomes, GDELT interop.

The indices register in `balkanscope.registry.indices` (name -> callable(con, cfg, at) -> rows)
and alignment adds a section to the briefing.
"""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

from ..registry import briefing_sections, build_steps, indices
from .alerts import latest_event_day, tension_alerts
from .alignment import alignment
from .common import origins_for, refresh_cache
from .influence import influence_at

indices.register("influence")(influence_at)
indices.register("alignment")(alignment)


def briefing_alignment(store, pack, cfg: dict[str, Any]) -> list:
    """Alignment per country with its interval, and the current tension alerts."""
    origins = origins_for(cfg)
    with store.read() as con:
        at = latest_event_day(con, origins)
        if at is None:
            return []
        rows = alignment(con, cfg, at, None, origins)
        alerts = tension_alerts(con, cfg, at, origins)
    table = Table(
        title=f"Alignment at {at}: +1 West (USA, EU, NATO), -1 Russia and China (90% interval)"
    )
    for col in ("country", "alignment", "interval", "Türkiye", "Gulf"):
        table.add_column(col)
    for r in rows:
        table.add_row(
            r["country"],
            f"{r['score']:+.2f}",
            f"[{r['low']:+.2f}, {r['high']:+.2f}]",
            f"{r['tur']:+.2f}",
            "" if r["gulf"] is None else f"{r['gulf']:+.2f}",
        )
    out: list = [table]
    if alerts:
        t = Table(title="Tension alerts (recent conflict vs the dyad's own baseline)")
        for col in ("dyad", "window", "z", "top event"):
            t.add_column(col, overflow="fold")
        for a in alerts[:10]:
            d = a["drivers"][0] if a["drivers"] else {}
            t.add_row(
                f"{a['a']}-{a['b']}",
                f"{a['from']} to {a['to']}",
                f"{a['z']:.1f}",
                Text(
                    f"{d.get('date', '')} {d.get('type', '')} {d.get('quote', '')[:100]}"
                ),  # untrusted
            )
        out.append(t)
    return out


briefing_sections.register("alignment")(briefing_alignment)


def build_cache(store, pack, cfg: dict[str, Any], console) -> dict[str, int]:
    """Build step: index the counted events by dyad and day (see migrations/0300)."""
    with store.write() as con:
        return {"counted_events": refresh_cache(con)}


build_steps.register("measure-cache")(build_cache)
