"""The bundled pack's ties, indicators and capitals: sourced, dated consistently, complete.

These check the DATA (not the loader): every claim carries a source the pack can resolve, seed
quotes are really in the seeds, recognition of Kosovo is recorded for every EU and NATO member
and the P5, and every polity has a capital. A failure names the record to fix.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from balkanscope.pack import load_pack

SEEDS_DIR = Path(__file__).resolve().parents[2] / "samples" / "seeds"
SEED_KEYS = [f"seed{i:03d}" for i in range(5)]
WB6 = {"SRB", "XKX", "BIH", "MNE", "MKD", "ALB"}
P5 = {"USA", "RUS", "CHN", "GBR", "FRA"}
# A date at which the EU has 27 members and NATO 32 (after Sweden, 2024-03-07).
REF_DATE = "2025-06-01"


@lru_cache(maxsize=1)
def pack():
    return load_pack()


def _norm(text: str) -> str:
    """Collapse whitespace: the seeds break lines (and hyphenate) where a quote runs on."""
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def seeds() -> dict[str, str]:
    out = {}
    for key in SEED_KEYS:
        (path,) = SEEDS_DIR.glob(f"{key[4:]}_*.txt")
        out[key] = _norm(path.read_text(encoding="utf-8"))
    return out


def _resolvable(ref: str) -> bool:
    return ref.startswith(("http://", "https://")) or ref in pack().meta.sources


def _members(org: str, at: str = REF_DATE) -> set[str]:
    return {
        t.actor
        for t in pack().ties.values()
        if t.kind == "membership" and t.partner == org and t.active_at(at)
    }


def test_every_tie_has_a_resolvable_source():
    bad = [
        (t.id, s.source)
        for t in pack().ties.values()
        for s in t.sources
        if not _resolvable(s.source)
    ]
    assert all(t.sources for t in pack().ties.values())
    assert bad == [], f"sources neither a URL nor a key of pack.yaml: {bad}"


def test_every_seed_is_cited_and_every_quote_is_in_its_seed():
    cited = {s.source for t in pack().ties.values() for s in t.sources}
    assert set(SEED_KEYS) <= cited, f"seeds never cited by a tie: {set(SEED_KEYS) - cited}"
    for t in pack().ties.values():
        for s in t.sources:
            if s.quote is None:
                continue
            assert len(s.quote) <= 200, f"{t.id}: quote longer than 200 characters"
            if s.source in SEED_KEYS:
                assert _norm(s.quote) in seeds()[s.source], (
                    f"{t.id}: quote not found in {s.source}: {s.quote!r}"
                )


def test_seed_tables_are_recorded():
    ties = pack().ties
    table1 = {
        "GRC": 1952,
        "BGR": 2004,
        "ROU": 2004,
        "SVN": 2004,
        "ALB": 2009,
        "HRV": 2009,
        "MNE": 2017,
        "MKD": 2020,
    }
    for state, year in table1.items():
        tie = ties[f"mem.NATO.{state}"]
        seed_refs = [s for s in tie.sources if s.source == "seed002" and s.value is not None]
        assert tie.start.startswith(str(year)) and seed_refs and seed_refs[0].value == year
    inds = pack().indicators
    assert inds["referendum_2018_yes_votes.MKD"].points[0].value == 609427
    assert inds["referendum_2018_turnout.MKD"].points[0].value == pytest.approx(36.89)


def test_no_tie_ends_before_it_starts():
    bad = [
        t.id for t in pack().ties.values() if t.start and t.end and t.end < t.start[: len(t.end)]
    ]
    assert bad == []


def test_tie_endpoints_are_actors_of_the_pack():
    actors = pack().actors
    missing = sorted(
        {(t.id, x) for t in pack().ties.values() for x in (t.actor, t.partner) if x not in actors}
    )
    assert missing == [], f"ties naming unknown actors: {missing}"


def test_membership_counts_match_known_sizes():
    assert len(_members("EU")) == 27
    assert len(_members("NATO")) == 32
    assert "GBR" in _members("EU", "2019-12-31") and "GBR" not in _members("EU")
    assert "RUS" in _members("COE", "2021-12-31") and "RUS" not in _members("COE")
    assert WB6 - {"XKX"} <= _members("UN")


def test_recognition_of_kosovo_covers_eu_nato_p5_and_the_region():
    stance: dict[str, set[str]] = {}
    for t in pack().ties.values():
        if t.kind in ("recognition", "non_recognition") and t.partner == "XKX":
            stance.setdefault(t.actor, set()).add(t.kind)
    must = _members("EU") | _members("NATO") | P5 | (WB6 - {"XKX"})
    assert must - set(stance) == set(), f"no recognition tie for {must - set(stance)}"
    assert [a for a, kinds in stance.items() if len(kinds) > 1] == [], (
        "a state both recognises and does not"
    )
    assert {a for a, k in stance.items() if k == {"non_recognition"}} >= {
        "SRB",
        "RUS",
        "CHN",
        "ESP",
        "GRC",
        "ROU",
        "SVK",
        "CYP",
        "BIH",
    }


def test_every_polity_has_a_capital():
    caps = pack().capitals
    polities = {a.id for a in pack().actors.values() if a.polity == a.id}
    assert polities - set(caps) == set(), f"polities without a capital: {polities - set(caps)}"
    assert caps["SRB"].name == "Belgrade" and "Београд" in caps["SRB"].aliases
    assert caps["EU"].name == caps["NATO"].name == "Brussels"


def test_every_indicator_point_has_a_resolvable_source():
    bad = [
        (i.id, p.date)
        for i in pack().indicators.values()
        for p in i.points
        if not (p.source or i.source) or not _resolvable(p.source or i.source)
    ]
    assert bad == []


def test_series_for_the_alignment_index_are_wb6_and_well_coded():
    inds = pack().indicators.values()
    families = {"cfsp_alignment": [], "unga_ukraine_": [], "eu_sanctions_alignment": []}
    for ind in inds:
        for prefix, found in families.items():
            if ind.id.startswith(prefix):
                found.append(ind)
                assert ind.polity in WB6, f"{ind.id}: polity must be one of the WB6"
    assert all(families.values()), "a series family the alignment index needs is missing"
    for ind in families["unga_ukraine_"] + families["eu_sanctions_alignment"]:
        allowed = {-1, 0, 1} if ind.id.startswith("unga") else {0, 1}
        assert {p.value for p in ind.points} <= allowed, ind.id
    for ind in families["cfsp_alignment"]:
        assert all(0 <= p.value <= 100 for p in ind.points), ind.id
    assert {i.polity for i in families["eu_sanctions_alignment"]} == WB6
