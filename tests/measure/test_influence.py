import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balkanscope.errors import ConfigError
from balkanscope.measure.influence import (
    COMPONENTS,
    DEFAULT_WEIGHTS,
    explain,
    influence_at,
    influence_panel,
    magnitude,
    parse_weights,
    period_ends,
)

from .fixtures import AT, HOSTILE_QUOTE


def pair(rows, c, p):
    return next(r for r in rows if r["country"] == c and r["power"] == p)


def test_structural_components_from_active_ties(con, cfg):
    rows = influence_at(con, cfg, AT)
    assert pair(rows, "MNE", "NATO")["membership"] == 1.0
    assert pair(rows, "SRB", "EU")["membership"] == 0.6  # candidacy
    assert pair(rows, "BIH.RS", "EU")["membership"] == 0.6  # an entity inherits its state's ties
    assert pair(rows, "SRB", "RUS")["energy"] == 0.8  # the pack value; sources say 80 and 100
    # HBIS is a company whose polity is CHN: EUR 46m -> 1 - exp(-46/500)
    assert pair(rows, "SRB", "CHN")["economy"] == pytest.approx(1 - math.exp(-46 / 500), abs=1e-4)
    assert pair(rows, "SRB", "USA")["friction"] == 0.0  # the sanction starts in 2025
    assert pair(influence_at(con, cfg, "2025-02-01"), "SRB", "USA")["friction"] == 1.0


def test_flow_components_dampen_repeated_reports(con, cfg):
    rows = influence_at(con, cfg, AT, origins=("text",))
    # AID (10) reported 4 times counts 10 * 4**0.5 = 20; flow_scale 20 -> 1 - 1/e
    assert pair(rows, "SRB", "RUS")["coop_out"] == pytest.approx(1 - math.exp(-1), abs=1e-4)
    assert pair(rows, "SRB", "RUS")["coop_in"] == pytest.approx(1 - math.exp(-2.5 / 20), abs=1e-4)
    assert pair(rows, "SRB", "USA")["conflict_out"] == pytest.approx(
        1 - math.exp(-3 / 20), abs=1e-4
    )
    with_gdelt = influence_at(con, cfg, AT)
    assert pair(with_gdelt, "SRB", "RUS")["coop_out"] == pytest.approx(
        1 - math.exp(-29.5 / 20), abs=1e-4
    )
    once = influence_at(con, {**cfg, "mention_damping": 0.0}, AT, origins=("text",))
    assert pair(once, "SRB", "RUS")["coop_out"] == pytest.approx(1 - math.exp(-10 / 20), abs=1e-4)


def test_flow_window_excludes_old_events(con, cfg):
    late = influence_at(con, cfg, "2025-12-31", origins=("text",))
    assert pair(late, "SRB", "RUS")["coop_out"] == 0.0


def test_perception_signed_by_poll_wording(con, cfg):
    rows = influence_at(con, cfg, AT)
    assert pair(rows, "SRB", "RUS")["perception"] == pytest.approx(0.45)
    assert pair(rows, "SRB", "NATO")["perception"] == pytest.approx(-0.70)
    assert (
        pair(influence_at(con, cfg, "2023-12-31"), "SRB", "RUS")["perception"] == 0.0
    )  # poll is later


def test_score_is_weighted_mean_of_components(con, cfg):
    r = pair(influence_at(con, cfg, AT), "SRB", "RUS")
    expected = sum(DEFAULT_WEIGHTS[c] * r[c] for c in COMPONENTS) / sum(
        abs(w) for w in DEFAULT_WEIGHTS.values()
    )
    assert r["score"] == pytest.approx(expected, abs=1e-4)


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    from balkanscope.settings import load_config

    from .fixtures import build_db

    store = build_db(tmp_path_factory.mktemp("w") / "w.duckdb")
    cfg = load_config(None, {"db": store.path})
    with store.read() as con:
        base = pair(influence_at(con, cfg, AT), "SRB", "RUS")
    return store, cfg, base


@settings(max_examples=12, deadline=None)
@given(comp=st.sampled_from(COMPONENTS), factor=st.floats(1.5, 5.0))
def test_raising_a_weight_moves_the_score_toward_that_component(shared, comp, factor):
    store, cfg, base = shared
    with store.read() as con:
        w = DEFAULT_WEIGHTS[comp] * factor
        moved = pair(
            influence_at(con, {**cfg, "influence_weights": f"{comp}={w}"}, AT), "SRB", "RUS"
        )
    target = base[comp] if w > 0 else -base[comp]  # a negative weight pulls toward -x
    if abs(target - base["score"]) < 1e-9:
        assert moved["score"] == pytest.approx(base["score"], abs=1e-4)
    else:
        assert abs(moved["score"] - target) < abs(base["score"] - target) + 1e-4


def test_parse_weights_merges_and_names_errors():
    w = parse_weights("energy=0.5, perception=0")
    assert (
        w["energy"] == 0.5
        and w["perception"] == 0.0
        and w["membership"] == DEFAULT_WEIGHTS["membership"]
    )
    with pytest.raises(ConfigError, match="did you mean energy"):
        parse_weights("enrgy=1")
    with pytest.raises(ConfigError, match="not a number"):
        parse_weights("energy=lots")
    with pytest.raises(ConfigError, match="all influence weights are zero"):
        parse_weights({c: 0 for c in COMPONENTS})


@pytest.mark.parametrize(
    ("component", "value", "unit", "expected"),
    [
        ("energy", 80, "%", 0.8),
        ("energy", 0.4, "share", 0.4),
        ("energy", None, None, 0.5),
        ("economy", 1.2, "USD bn", 1200 / 500),
        ("economy", 46_000_000, "EUR", 46 / 500),
        ("economy", 56.15, "%", 0.5615),
        ("arms", None, None, 0.5),
    ],
)
def test_magnitude_normalisation(component, value, unit, expected):
    assert magnitude(component, None, value, unit, {"econ_scale_m": 500}) == pytest.approx(expected)


def test_explain_lists_ties_sources_polls_and_events(con, cfg):
    data = explain(con, cfg, "SRB", "RUS", AT)
    comps = {c["component"]: c for c in data["components"]}
    tie = comps["energy"]["ties"][0]
    assert tie["tie"] == "srb_gas" and tie["alternatives"] == [0.8, 1.0]
    assert [s["source"] for s in tie["sources"]] == ["a", "b"]
    assert comps["perception"]["polls"][0]["series"] == "poll_srb_ally_russia"
    ev = comps["coop_out"]["events"][0]
    assert ev["event_id"] == "e_aid" and ev["quote"] == HOSTILE_QUOTE and ev["weight"] == 20.0
    assert sum(c["contribution"] for c in data["components"]) == pytest.approx(
        data["score"], abs=1e-3
    )


def test_panel_over_monthly_periods(con, cfg):
    dates = period_ends("2024-01-15", "2024-06-30")
    assert dates == [
        "2024-01-31",
        "2024-02-29",
        "2024-03-31",
        "2024-04-30",
        "2024-05-31",
        "2024-06-30",
    ]
    inp, x, s = influence_panel(con, cfg, dates, ["SRB"], ["RUS"])
    k = COMPONENTS.index("coop_out")
    assert x.shape == (6, 1, len(COMPONENTS)) and s.shape == (6, 1)
    assert x[0, 0, k] == 0.0 and x[1, 0, k] > 0 and x[2, 0, k] > x[1, 0, k]  # Feb GDELT, Mar AID
    point = pair(influence_at(con, cfg, "2024-06-30", ["SRB"], ["RUS"]), "SRB", "RUS")
    assert s[-1, 0] == pytest.approx(point["score"], abs=1e-4)
    assert np.all(np.abs(s) <= 1)


def test_tie_without_pack_value_uses_the_sources_median(tmp_path, cfg):
    import json as _json

    from .fixtures import build_db

    store = build_db(tmp_path / "median.duckdb")
    with store.write() as con:
        con.execute(
            "UPDATE ties SET value = NULL, sources = ? WHERE tie_id = 'srb_gas'",
            [
                _json.dumps(
                    [
                        {"source": s, "value": v, "unit": "%"}
                        for s, v in [("a", 60.0), ("b", 80.0), ("c", 100.0)]
                    ]
                )
            ],
        )
    with store.read() as con:
        assert pair(influence_at(con, cfg, AT), "SRB", "RUS")["energy"] == pytest.approx(0.8)
        tie = explain(con, cfg, "SRB", "RUS", AT)["components"][2]["ties"][0]
    assert tie["magnitude"] == 0.8 and tie["alternatives"] == [0.6, 0.8, 1.0]
