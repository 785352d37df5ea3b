"""Influence of a power on a country as a vector of components, with their evidence.

Structural components come from the ties active at the date, flow components from counted
events in a window before it, the perception component from opinion-poll indicators. Every
component is normalised to [0, 1] (perception to [-1, 1]); the score is the weighted mean
`sum(w_c * x_c) / sum(|w_c|)`, so it lies in [-1, 1] and raising one weight moves the score
toward that component's value. Components without data count as 0 (not renormalised away),
so scores stay comparable across pairs. docs/measure.md documents every normalisation.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from typing import Any

import duckdb
import numpy as np

from ..errors import ConfigError, InputError
from ..pack.models import active_between
from .common import ORIGINS, bound, events_sql, id_list, iso, parent_polity, tokens

STRUCTURAL = ["membership", "security", "energy", "economy", "arms", "agreements", "friction"]
FLOWS = ["coop_out", "coop_in", "conflict_out", "conflict_in"]
COMPONENTS = STRUCTURAL + FLOWS + ["perception"]
# The components a narrow table shows (tables, the HTML report); the rest are in JSON and CSV.
TABLE_COMPONENTS = [
    "membership",
    "security",
    "energy",
    "economy",
    "coop_out",
    "conflict_out",
    "perception",
]
GROUP = {
    **{c: "structural" for c in STRUCTURAL},
    **{c: "flow" for c in FLOWS},
    "perception": "perception",
}

DEFAULT_WEIGHTS: dict[str, float] = {
    "membership": 0.18,
    "security": 0.14,
    "energy": 0.10,
    "economy": 0.10,
    "arms": 0.04,
    "agreements": 0.04,
    "friction": -0.08,
    "coop_out": 0.10,
    "coop_in": 0.04,
    "conflict_out": -0.06,
    "conflict_in": -0.04,
    "perception": 0.08,
}

# tie kind -> (component, level). A level is the tie's fixed magnitude; None means the
# magnitude comes from the tie's value (a share for energy, an amount for economy and arms).
TIE_RULES: dict[str, tuple[str, float | None]] = {
    "membership": ("membership", 1.0),
    "accession_talks": ("membership", 0.7),
    "candidacy": ("membership", 0.6),
    "application": ("membership", 0.4),
    "partnership": ("membership", 0.3),
    "observer": ("membership", 0.2),
    "alliance": ("security", 1.0),
    "base": ("security", 1.0),
    "military_presence": ("security", 0.8),
    "mission_mandate": ("security", 0.6),
    "strategic_partnership": ("security", 0.5),
    "energy_dependence": ("energy", None),
    "energy_supply": ("energy", None),
    "investment": ("economy", None),
    "loan": ("economy", None),
    "grant": ("economy", None),
    "ownership": ("economy", None),
    "free_trade": ("economy", 0.3),
    "arms_transfer": ("arms", None),
    "agreement": ("agreements", 0.25),
    "recognition": ("agreements", 0.5),
    "diplomatic_relations": ("agreements", 0.1),
    "sanction": ("friction", 1.0),
    "non_recognition": ("friction", 0.7),
    "withdrawn_recognition": ("friction", 0.5),
}
# How the items of a structural component combine: the strongest one, or a saturating sum.
AGGREGATE = {
    "membership": "max",
    "security": "max",
    "energy": "max",
    "friction": "max",
    "economy": "satsum",
    "arms": "satsum",
    "agreements": "satsum",
}
VALUELESS = {"energy": 0.5, "economy": 0.2, "arms": 0.5}
NEGATIVE_POLL = {
    "against",
    "threat",
    "threats",
    "oppose",
    "opposed",
    "opposition",
    "unfavourable",
    "unfavorable",
    "negative",
    "enemy",
    "distrust",
}
POWER_TOKENS = {
    "USA": {"usa", "us", "america", "american"},
    "EU": {"eu", "european"},
    "NATO": {"nato"},
    "RUS": {"rus", "russia", "russian"},
    "CHN": {"chn", "china", "chinese"},
    "TUR": {"tur", "turkey", "turkiye", "turkish"},
}


def parse_weights(spec: str | dict[str, float] | None) -> dict[str, float]:
    """Default weights updated with 'name=value,...' (or a dict); unknown names are errors."""
    weights = dict(DEFAULT_WEIGHTS)
    if not spec:
        return weights
    pairs = (
        spec.items()
        if isinstance(spec, dict)
        else [p.split("=", 1) for p in spec.split(",") if p.strip()]
    )
    for pair in pairs:
        if len(pair) != 2:
            raise ConfigError(
                f"expected name=value, got {'='.join(pair)!r}", field="influence_weights"
            )
        name, value = pair[0].strip(), pair[1]
        if name not in DEFAULT_WEIGHTS:
            from ..errors import suggest

            close = suggest(name, DEFAULT_WEIGHTS)
            raise ConfigError(
                f"unknown influence component '{name}'",
                field="influence_weights",
                hint=f"did you mean {', '.join(close)}?"
                if close
                else "components: " + ", ".join(COMPONENTS),
            )
        try:
            weights[name] = float(value)
        except ValueError:
            raise ConfigError(
                f"weight of '{name}' is not a number: {value!r}", field="influence_weights"
            ) from None
    if not any(weights.values()):
        raise ConfigError(
            "all influence weights are zero",
            field="influence_weights",
            hint="give at least one a weight",
        )
    return weights


def weight_vector(weights: dict[str, float]) -> np.ndarray:
    return np.array([weights[c] for c in COMPONENTS], dtype=float)


def _money_m(value: float, unit: str | None) -> float | None:
    """An amount in millions when the unit names a currency, else None."""
    u = (unit or "").lower()
    if not any(c in u for c in ("usd", "eur", "$", "€", "dollar", "euro", "cny", "rub")):
        return None
    if re.search(r"\b(bn|billion|b)\b", u) or "bn" in u:
        return value * 1000.0
    if re.search(r"\b(m|mn|million|mio)\b", u) or "million" in u:
        return value
    return value / 1e6 if value > 1e4 else value


def magnitude(
    component: str, level: float | None, value: float | None, unit: str | None, cfg: dict
) -> float:
    """One tie's magnitude on its component (see docs/measure.md, "Normalisation")."""
    if level is not None:
        return level
    if value is None:
        return VALUELESS[component]
    u = (unit or "").lower()
    if component == "energy":
        share = value / 100.0 if ("%" in u or "percent" in u or value > 1.0) else value
        return min(max(share, 0.0), 1.0)
    money = _money_m(value, unit)
    if money is not None:
        return max(money, 0.0) / float(cfg.get("econ_scale_m", 500.0))
    if "%" in u or "percent" in u:
        return min(max(value / 100.0, 0.0), 1.0)
    return VALUELESS[component]


@dataclass
class Item:
    """One tie or poll series behind a component; `alternatives` are what each source says."""

    component: str
    ref: str
    kind: str
    label: str
    alternatives: list[float]
    start: str | None = None
    end: str | None = None
    sources: list[dict] = field(default_factory=list)
    point: float | None = None  # point estimate when it is not alternatives[0]

    @property
    def value(self) -> float:
        return self.alternatives[0] if self.point is None else self.point

    def active_at(self, at: str) -> bool:
        return active_between(self.start, self.end, at)


@dataclass
class PollSeries:
    series_id: str
    name: str
    sign: float
    points: list[tuple[str, list[float], list[str]]]  # (date, values per source, sources), sorted

    def at(self, at: str) -> tuple[str, list[float], list[str]] | None:
        i = bisect_right([p[0] for p in self.points], at)
        return self.points[i - 1] if i else None


@dataclass
class Inputs:
    """Everything influence needs for a set of pairs, loaded once and evaluated at any date."""

    countries: list[str]
    powers: list[str]
    cfg: dict
    items: dict[tuple[int, str], list[Item]] = field(default_factory=dict)
    polls: dict[int, list[PollSeries]] = field(default_factory=dict)
    flow_cum: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    origins: Sequence[str] = ORIGINS

    @property
    def dyads(self) -> list[tuple[str, str]]:
        return [(c, p) for c in self.countries for p in self.powers]


def _tie_items(con: duckdb.DuckDBPyConnection, inp: Inputs, cfg: dict) -> None:
    rows = con.execute(
        """SELECT t.tie_id, t.kind, t.actor, t.partner, t.name, t.start_date, t.end_date, t.value, t.unit,
                  t.sources, coalesce(a1.polity, t.actor) AS ap, coalesce(a2.polity, t.partner) AS pp
           FROM ties t LEFT JOIN actors a1 ON a1.actor_id = t.actor
           LEFT JOIN actors a2 ON a2.actor_id = t.partner ORDER BY t.tie_id"""
    ).fetchall()
    index = {d: i for i, d in enumerate(inp.dyads)}
    for tie_id, kind, actor, partner, name, start, end, value, unit, sources, ap, pp in rows:
        if kind not in TIE_RULES:
            continue
        comp, level = TIE_RULES[kind]
        try:
            srcs = json.loads(sources) if sources else []
        except json.JSONDecodeError:
            srcs = []
        alts = (
            [magnitude(comp, level, value, unit, cfg)]
            if value is not None or level is not None
            else []
        )
        for s in srcs if isinstance(srcs, list) else []:
            if isinstance(s, dict) and s.get("value") is not None:
                m = magnitude(comp, level, float(s["value"]), s.get("unit") or unit, cfg)
                if all(abs(m - x) > 1e-12 for x in alts):
                    alts.append(m)
        # the pack's value is the point estimate; without one, the sources' median (or the
        # documented default when no source gives a value either)
        point = (
            alts[0]
            if value is not None or level is not None
            else float(np.median(alts))
            if alts
            else None
        )
        alts = alts or [magnitude(comp, level, None, unit, cfg)]
        item = Item(
            comp,
            tie_id,
            kind,
            name or f"{kind} {actor}-{partner}",
            alts,
            start,
            end,
            srcs if isinstance(srcs, list) else [],
            point,
        )
        for c in inp.countries:
            for p in inp.powers:
                ends = {ap, pp}
                if ends == {p, c} or (parent_polity(c) and ends == {p, parent_polity(c)}):
                    inp.items.setdefault((index[(c, p)], comp), []).append(item)


def _polls(con: duckdb.DuckDBPyConnection, inp: Inputs) -> None:
    rows = con.execute(
        """SELECT series_id, polity, name, unit, date, value, source FROM indicators
           WHERE lower(series_id) LIKE '%poll%' OR lower(name) LIKE '%poll%' OR lower(unit) LIKE '%respondent%'
           ORDER BY series_id, date, source"""
    ).fetchall()
    series: dict[tuple[str, str], dict] = {}
    for sid, polity, name, unit, d, value, source in rows:
        v = value / 100.0 if ("%" in (unit or "") or abs(value) > 1.0) else value
        s = series.setdefault(
            (sid, polity), {"name": name, "points": defaultdict(lambda: ([], []))}
        )
        vals, srcs = s["points"][d]
        vals.append(min(max(v, 0.0), 1.0))
        srcs.append(source)
    index = {d: i for i, d in enumerate(inp.dyads)}
    for (sid, polity), s in series.items():
        toks = tokens(sid) | tokens(s["name"] or "")
        sign = -1.0 if toks & NEGATIVE_POLL else 1.0
        for p in inp.powers:
            if (polity, p) in index and toks & POWER_TOKENS.get(p, {p.lower()}):
                pts = sorted((d, v, src) for d, (v, src) in s["points"].items())
                inp.polls.setdefault(index[(polity, p)], []).append(
                    PollSeries(sid, s["name"], sign, pts)
                )


def _day(d: str) -> int:
    return (Date.fromisoformat(d[:10]) - Date(1970, 1, 1)).days


def _flows(
    con: duckdb.DuckDBPyConnection, inp: Inputs, cfg: dict, until: str | None = None
) -> None:
    """Daily weighted coop/conflict sums per directed pair, kept as cumulative sums. With
    `until`, only the flow window ending then is read (one date needs no full history)."""
    ids = sorted(set(inp.countries) | set(inp.powers))
    marks = ", ".join("?" for _ in ids)
    where = f"e.actor_polity IN ({marks}) AND e.recipient_polity IN ({marks})"
    damp = float(cfg.get("mention_damping", 0.5))
    params: list = ids + ids
    window = ""
    if until:
        window = f"AND day <= CAST(? AS DATE) AND day > CAST(? AS DATE) - {int(cfg.get('flow_window_days', 365))}"
        params += [until, until]
    sql = f"""
        SELECT a, b, list(d ORDER BY d) AS days, list(coop ORDER BY d) AS coop,
               list(conflict ORDER BY d) AS conflict
        FROM (SELECT a, b, date_diff('day', DATE '1970-01-01', day) AS d,
                     sum(greatest(score, 0) * pow(greatest(n_mentions, 1), {damp})) AS coop,
                     sum(greatest(-score, 0) * pow(greatest(n_mentions, 1), {damp})) AS conflict
              FROM ({events_sql(con, inp.origins, where)}) WHERE day IS NOT NULL {window} GROUP BY ALL)
        GROUP BY a, b"""
    for a, b, days, coop, conflict in con.execute(sql, params).fetchall():
        d = np.asarray(days, dtype=np.int64)
        cum = np.zeros((len(d) + 1, 2))
        cum[1:, 0] = np.cumsum(coop)
        cum[1:, 1] = np.cumsum(conflict)
        inp.flow_cum[(a, b)] = (d, cum)


def collect(
    con: duckdb.DuckDBPyConnection,
    cfg: dict,
    countries: Sequence[str] | None = None,
    powers: Sequence[str] | None = None,
    origins: Sequence[str] = ORIGINS,
    until: str | None = None,
) -> Inputs:
    """Load ties, polls and event flows for every country x power pair (flows only for the
    window ending at `until` when given, for evaluation at that one date)."""
    countries = id_list(countries) or id_list(cfg.get("countries"))
    powers = id_list(powers) or id_list(cfg.get("powers"))
    if not countries or not powers:
        raise InputError(
            "no countries or powers to measure",
            hint="set `countries` and `powers` or pass --country/--power",
        )
    inp = Inputs(countries=countries, powers=powers, cfg=cfg, origins=origins)
    _tie_items(con, inp, cfg)
    _polls(con, inp)
    _flows(con, inp, cfg, until)
    return inp


def _aggregate(how: str, values: list[float]) -> float:
    if not values:
        return 0.0
    if how == "max":
        return min(max(values), 1.0)
    return 1.0 - math.exp(-sum(values))


def flow_matrix(inp: Inputs, at: str) -> np.ndarray:
    """(pairs x 4) saturated flow components over the window ending at `at` (inclusive)."""
    t = _day(at)
    window = int(inp.cfg.get("flow_window_days", 365))
    scale = float(inp.cfg.get("flow_scale", 20.0))
    out = np.zeros((len(inp.dyads), len(FLOWS)))
    for i, (c, p) in enumerate(inp.dyads):
        for j, (pair, col) in enumerate([((p, c), 0), ((c, p), 0), ((p, c), 1), ((c, p), 1)]):
            got = inp.flow_cum.get(pair)
            if got is None:
                continue
            days, cum = got
            hi, lo = np.searchsorted(days, t, "right"), np.searchsorted(days, t - window, "right")
            out[i, j] = 1.0 - math.exp(-(cum[hi, col] - cum[lo, col]) / scale)
    return out


def components_at(inp: Inputs, at: str, flows: np.ndarray | None = None) -> np.ndarray:
    """(pairs x components) point estimate at `at`: each tie and poll at its pack value."""
    x = np.zeros((len(inp.dyads), len(COMPONENTS)))
    for (i, comp), items in inp.items.items():
        vals = [it.value for it in items if it.active_at(at)]
        x[i, COMPONENTS.index(comp)] = _aggregate(AGGREGATE[comp], vals)
    k = COMPONENTS.index("perception")
    for i, series in inp.polls.items():
        vals = [s.sign * float(np.mean(pt[1])) for s in series if (pt := s.at(at))]
        x[i, k] = float(np.mean(vals)) if vals else 0.0
    f0 = COMPONENTS.index(FLOWS[0])
    x[:, f0 : f0 + len(FLOWS)] = flow_matrix(inp, at) if flows is None else flows
    return x


def sample_components(
    inp: Inputs, at: str, x0: np.ndarray, runs: int, rng: np.random.Generator
) -> np.ndarray:
    """(runs x pairs x components): the point estimate with every component whose sources
    disagree recomputed per run from one source's value per tie or poll, drawn uniformly."""
    x = np.broadcast_to(x0, (runs, *x0.shape)).copy()

    def draw(alts: list[float]) -> np.ndarray:
        if len(alts) == 1:
            return np.full(runs, alts[0])
        return np.asarray(alts)[rng.integers(len(alts), size=runs)]

    for (i, comp), items in sorted(inp.items.items()):
        active = [it for it in items if it.active_at(at)]
        if not any(len(it.alternatives) > 1 for it in active):
            continue
        vals = np.stack([draw(it.alternatives) for it in active])
        agg = (
            np.minimum(vals.max(axis=0), 1.0)
            if AGGREGATE[comp] == "max"
            else 1.0 - np.exp(-vals.sum(axis=0))
        )
        x[:, i, COMPONENTS.index(comp)] = agg
    k = COMPONENTS.index("perception")
    for i, series in sorted(inp.polls.items()):
        points = [(s.sign, pt[1]) for s in series if (pt := s.at(at))]
        if points and any(len(v) > 1 for _, v in points):
            x[:, i, k] = np.mean([sign * draw(v) for sign, v in points], axis=0)
    return x


def scores(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Weighted mean of components over the last axis: sum(w*x)/sum(|w|)."""
    return x @ w / np.abs(w).sum()


def influence_at(
    con: duckdb.DuckDBPyConnection,
    cfg: dict,
    at: str | None = None,
    countries: Sequence[str] | None = None,
    powers: Sequence[str] | None = None,
    origins: Sequence[str] = ORIGINS,
) -> list[dict[str, Any]]:
    """Point estimates: one row per (country, power) with score and every component."""
    at = at or Date.today().isoformat()
    inp = collect(con, cfg, countries, powers, origins, until=at)
    w = weight_vector(parse_weights(cfg.get("influence_weights")))
    x = components_at(inp, at)
    s = scores(x, w)
    return [
        {
            "country": c,
            "power": p,
            "at": at,
            "score": round(float(s[i]), 4),
            **{k: round(float(x[i, j]), 4) for j, k in enumerate(COMPONENTS)},
        }
        for i, (c, p) in enumerate(inp.dyads)
    ]


def period_ends(start: str, end: str, period: str = "month") -> list[str]:
    """Last day of every period from start to end (the dates a panel is evaluated at)."""
    months = {"month": 1, "quarter": 3, "year": 12}.get(period)
    first = {4: "-01-01", 7: "-01"}  # a partial date starts on its first day
    d0 = Date.fromisoformat((start + first.get(len(start), ""))[:10])
    d1 = Date.fromisoformat((end + first.get(len(end), ""))[:10])
    out = []
    if months is None:
        step = {"day": 1, "week": 7}[period]
        d = d0
        while d <= d1:
            out.append(d.isoformat())
            d += timedelta(days=step)
        return out
    y, m = d0.year, d0.month
    m = m - (m - 1) % months
    while True:
        ny, nm = (y + (m - 1 + months) // 12, (m - 1 + months) % 12 + 1)
        last = Date(ny, nm, 1) - timedelta(days=1)
        if Date(y, m, 1) > d1:
            break
        out.append(last.isoformat())
        y, m = ny, nm
    return out


def influence_panel(
    con: duckdb.DuckDBPyConnection,
    cfg: dict,
    dates: Sequence[str],
    countries: Sequence[str] | None = None,
    powers: Sequence[str] | None = None,
    origins: Sequence[str] = ORIGINS,
) -> tuple[Inputs, np.ndarray, np.ndarray]:
    """Components (dates x pairs x components) and scores (dates x pairs) for many dates."""
    inp = collect(con, cfg, countries, powers, origins)
    w = weight_vector(parse_weights(cfg.get("influence_weights")))
    x = (
        np.stack([components_at(inp, d) for d in dates])
        if dates
        else np.zeros((0, len(inp.dyads), len(COMPONENTS)))
    )
    return inp, x, scores(x, w)


def event_evidence(
    con: duckdb.DuckDBPyConnection, event_ids: Sequence[str], limit: int = 300
) -> dict[str, dict]:
    """First mention of each event: bounded quote, document, link."""
    if not event_ids:
        return {}
    rows = con.execute(
        f"""SELECT m.event_id, arg_min(m.text, m.mention_id) AS quote,
                   arg_min(coalesce(m.url, d.url), m.mention_id) AS url,
                   arg_min(coalesce(d.title, d.path, m.doc_id), m.mention_id) AS doc,
                   count(*) AS mentions
            FROM event_mentions m LEFT JOIN documents d ON d.doc_id = m.doc_id
            WHERE m.event_id IN ({", ".join("?" for _ in event_ids)}) GROUP BY m.event_id""",
        list(event_ids),
    ).fetchall()
    return {r[0]: {"quote": bound(r[1], limit), "url": r[2], "doc": bound(r[3], 120)} for r in rows}


def with_evidence(
    con: duckdb.DuckDBPyConnection, rows: Sequence[Sequence], extra: Sequence[str]
) -> list[dict]:
    """Event rows (event_id, type, day, score, then the columns named in `extra`; any further
    columns are left out) as dicts with each event's evidence, fetched in one query."""
    ev = event_evidence(con, [r[0] for r in rows])
    return [
        {
            "event_id": r[0],
            "type": r[1],
            "date": iso(r[2]),
            "score": r[3],
            **dict(zip(extra, r[4 : 4 + len(extra)], strict=True)),
            **ev.get(r[0], {}),
        }
        for r in rows
    ]


def flow_events(
    con: duckdb.DuckDBPyConnection,
    actor: str,
    recipient: str,
    at: str,
    cfg: dict,
    positive: bool,
    origins: Sequence[str] = ORIGINS,
    top: int = 5,
) -> list[dict]:
    """Top events behind one flow component, by weighted score, with their evidence."""
    window = int(cfg.get("flow_window_days", 365))
    damp = float(cfg.get("mention_damping", 0.5))
    sign = "score > 0" if positive else "score < 0"
    rows = con.execute(
        f"""SELECT event_id, type, day, score, n_mentions, origin,
                   abs(score) * pow(greatest(n_mentions, 1), {damp}) AS weight
            FROM ({events_sql(con, origins, "e.actor_polity = $a AND e.recipient_polity = $b", "e.x = least($a, $b) AND e.y = greatest($a, $b)")})
            WHERE {sign} AND day <= CAST($at AS DATE) AND day > CAST($at AS DATE) - {window}
            ORDER BY weight DESC, day DESC, event_id LIMIT {int(top)}""",
        {"a": actor, "b": recipient, "at": at},
    ).fetchall()
    events = with_evidence(con, rows, ["n_mentions", "origin", "weight"])
    for e in events:
        e["weight"] = round(e["weight"], 3)
    return events


def explain(
    con: duckdb.DuckDBPyConnection,
    cfg: dict,
    country: str,
    power: str,
    at: str | None = None,
    origins: Sequence[str] = ORIGINS,
    top: int = 5,
) -> dict[str, Any]:
    """The decomposition of one score: each component's value, weight and contribution, with
    the ties (and their sources), poll points and events behind it."""
    at = at or Date.today().isoformat()
    inp = collect(con, cfg, [country], [power], origins, until=at)
    weights = parse_weights(cfg.get("influence_weights"))
    w = weight_vector(weights)
    x = components_at(inp, at)[0]
    total = float(np.abs(w).sum())
    comps = []
    for j, comp in enumerate(COMPONENTS):
        entry: dict[str, Any] = {
            "component": comp,
            "group": GROUP[comp],
            "value": round(float(x[j]), 4),
            "weight": weights[comp],
            "contribution": round(float(w[j] * x[j] / total), 4),
        }
        if GROUP[comp] == "structural":
            entry["ties"] = sorted(
                (
                    {
                        "tie": it.ref,
                        "kind": it.kind,
                        "name": it.label,
                        "magnitude": round(it.value, 4),
                        "alternatives": [round(a, 4) for a in it.alternatives],
                        "start": it.start,
                        "end": it.end,
                        "sources": it.sources,
                    }
                    for it in inp.items.get((0, comp), [])
                    if it.active_at(at)
                ),
                key=lambda t: -t["magnitude"],
            )[:top]
        elif comp == "perception":
            entry["polls"] = [
                {
                    "series": s.series_id,
                    "name": s.name,
                    "sign": s.sign,
                    "date": pt[0],
                    "values": pt[1],
                    "sources": pt[2],
                }
                for s in inp.polls.get(0, [])
                if (pt := s.at(at))
            ]
        else:
            out = comp.endswith("_out")
            a, b = (power, country) if out else (country, power)
            entry["events"] = flow_events(con, a, b, at, cfg, comp.startswith("coop"), origins, top)
        comps.append(entry)
    score = float(x @ w / total)
    return {
        "country": country,
        "power": power,
        "at": at,
        "score": round(score, 4),
        "components": comps,
    }
