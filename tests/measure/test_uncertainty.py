import numpy as np
import pytest

from balkanscope.measure.alignment import alignment, alignment_values
from balkanscope.measure.uncertainty import draw_weights, influence_table, simulate

from .fixtures import AT


def test_monte_carlo_is_seeded_and_reproducible(con, cfg):
    a = simulate(con, cfg, AT, ["SRB"], ["RUS", "EU"], runs=200, seed=7)
    b = simulate(con, cfg, AT, ["SRB"], ["RUS", "EU"], runs=200, seed=7)
    c = simulate(con, cfg, AT, ["SRB"], ["RUS", "EU"], runs=200, seed=8)
    assert np.array_equal(a.runs, b.runs)
    assert not np.array_equal(a.runs, c.runs)


def test_intervals_contain_point_and_sources_are_sampled(con, cfg):
    # only energy weighted: the score is 0.8 or 1.0 depending on which source a run draws
    only_energy = {
        **cfg,
        "influence_weights": ",".join(
            f"{k}=0"
            for k in (
                "membership",
                "security",
                "economy",
                "arms",
                "agreements",
                "friction",
                "coop_out",
                "coop_in",
                "conflict_out",
                "conflict_in",
                "perception",
            )
        ),
    }
    sim = simulate(con, only_energy, AT, ["SRB"], ["RUS"], runs=400, seed=1)
    assert set(np.round(sim.runs[:, 0], 6)) == {0.8, 1.0}
    assert 0.3 < np.mean(sim.runs[:, 0] == 1.0) < 0.7
    rows = influence_table(simulate(con, cfg, AT, ["SRB"], None, runs=300))
    for r in rows:
        assert -1 <= r["low"] <= r["high"] <= 1


def test_dirichlet_weights_keep_signs_and_total():
    w = np.array([0.5, -0.25, 0.25, 0.0])
    draws = draw_weights(w, 1000, 50.0, np.random.default_rng(0))
    assert np.allclose(np.abs(draws).sum(axis=1), 1.0)
    assert np.all(draws[:, 0] >= 0) and np.all(draws[:, 1] <= 0) and np.all(draws[:, 3] == 0)
    assert np.abs(draws.mean(axis=0) - w).max() < 0.02
    wide = draw_weights(w, 1000, 5.0, np.random.default_rng(0))
    assert wide[:, 0].std() > draws[:, 0].std()  # lower concentration, wider spread


def test_rank_probabilities_sum_to_one_and_ties_share(con, cfg):
    sim = simulate(con, cfg, AT, ["SRB", "XKX"], None, runs=100)
    ranks = sim.rank_probabilities()
    for c in ("SRB", "XKX"):
        probs = np.array(list(ranks[c].values()))
        assert np.allclose(probs.sum(axis=0), 1.0) and np.allclose(probs.sum(axis=1), 1.0)
    assert ranks["SRB"]["RUS"][0] > 0.8  # energy, aid, poll: Russia ranks first in the fixture
    assert all(p[0] == pytest.approx(1 / 6) for p in ranks["XKX"].values())  # nothing measured


def test_alignment_formula_and_interval(con, cfg):
    assert alignment_values(
        np.array([0.4, 0.0]), ["USA", "RUS"], ["USA"], ["RUS"]
    ) == pytest.approx(0.4 / 0.45)
    assert alignment_values(np.array([0.0, 0.0]), ["USA", "RUS"], ["USA"], ["RUS"]) == 0.0
    rows = {r["country"]: r for r in alignment(con, cfg, AT)}
    assert rows["MNE"]["score"] > 0.5 > rows["BIH"]["score"] > 0 > rows["SRB"]["score"]
    assert rows["XKX"]["score"] == 0.0
    for r in rows.values():
        assert -1 <= r["low"] <= r["score"] + 1e-9 and r["score"] - 1e-9 <= r["high"] <= 1
    assert set(rows["SRB"]) >= {"tur", "gulf", "west", "east"}


def test_rank_probabilities_among_a_subset_of_powers(con, cfg):
    sim = simulate(con, cfg, AT, ["SRB", "XKX"], ["USA", "RUS", "ARE"], runs=50)
    rows = influence_table(sim, ["USA", "ARE"])
    assert [(r["country"], r["power"]) for r in rows] == [
        ("SRB", "USA"),
        ("SRB", "ARE"),
        ("XKX", "USA"),
        ("XKX", "ARE"),
    ]
    assert [r["p_first"] for r in rows if r["country"] == "XKX"] == [0.5, 0.5]


def test_influence_rows_carry_the_full_rank_distribution(con, cfg):
    rows = influence_table(simulate(con, cfg, AT, ["SRB"], None, runs=80))
    for r in rows:
        assert len(r["p_rank"]) == 6 and r["p_rank"][0] == r["p_first"]
    for k in range(6):  # each rank is held by exactly one power per run
        assert sum(r["p_rank"][k] for r in rows) == pytest.approx(1.0, abs=0.01)
