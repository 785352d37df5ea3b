import numpy as np
import pytest

from balkanscope.errors import InputError, UnknownIdError
from balkanscope.simulate.eum import run_eum
from balkanscope.simulate.uncertainty import draw_inputs, load_issue, monte_carlo

from .conftest import EC

UNCERTAIN = """\
issue: uncertain
actors:
  - {name: A, capability: [1, 2], position: 0, salience: {dist: normal, mean: 0.9, sd: 0.5}}
  - {name: B, capability: 1, position: {dist: triangular, low: 40, mode: 50, high: 70}, salience: 0.6}
  - {name: C, capability: 2, position: 100, salience: {dist: uniform, low: 0.2, high: 0.4}}
"""


def test_central_values_feed_the_point_forecast(write):
    u = load_issue(write(UNCERTAIN))
    assert list(u.central.capability) == [1.5, 1, 2]
    assert list(u.central.position) == [0, 50, 100]
    assert list(u.central.salience) == pytest.approx([0.9, 0.6, 0.3])


def test_draws_are_seeded_and_stay_in_bounds(write):
    u = load_issue(write(UNCERTAIN))
    a, b = draw_inputs(u, 2000, 7), draw_inputs(u, 2000, 7)
    assert all(np.array_equal(a[k], b[k]) for k in a)
    assert not np.array_equal(a["salience"], draw_inputs(u, 2000, 8)["salience"])
    s = a["salience"][:, 0]
    assert s.min() >= 0 and s.max() <= 1 and (s == 1).any()  # normal clipped to [0, 1]
    assert a["position"][:, 1].min() >= 40 and a["position"][:, 1].max() <= 70


def test_same_seed_same_result_whatever_the_workers(write):
    u = load_issue(write(UNCERTAIN))
    one = monte_carlo(u, runs=300, seed=3, workers=1, chunk=100)
    two = monte_carlo(u, runs=300, seed=3, workers=2, chunk=100)
    assert one == two
    assert set(one["actors"]) == {"A", "B", "C"} and one["runs"] == 300
    o = one["outcome"]["median"]
    assert o["p5"] <= o["p25"] <= o["p50"] <= o["p75"] <= o["p95"]


def test_point_inputs_reduce_to_the_deterministic_forecast(write):
    u = load_issue(write(EC))
    mc = monte_carlo(u, runs=20, seed=1, rounds=4)
    det = run_eum(u.central, rounds=4)["rounds"][-1]
    assert mc["outcome"]["median"]["sd"] == 0 and mc["outcome"]["median"]["mean"] == det["median"]
    assert mc["actors"]["Belgium"]["p50"] == det["positions"]["Belgium"]


def test_bad_distribution_parameters(write):
    p = write(
        "issue: x\nactors:\n  - {name: A, capability: 1, position: 0, salience: 1}\n"
        "  - {name: B, capability: 1, position: {dist: triangular, low: 5, mode: 1, high: 9}, salience: 1}\n"
    )
    with pytest.raises(InputError) as e:
        load_issue(p)
    assert e.value.line == 4 and "triangular" in str(e.value)
    p = write(
        "issue: x\nactors:\n  - {name: A, capability: 1, position: 0, salience: [0.5, 2]}\n"
        "  - {name: B, capability: 1, position: 1, salience: 1}\n"
    )
    with pytest.raises(InputError, match="salience range"):
        load_issue(p)
    with pytest.raises(InputError, match="runs"):
        monte_carlo(load_issue(write(EC)), runs=0)


def test_run_options_are_checked(write):
    u = load_issue(write(EC))
    with pytest.raises(InputError, match="unknown stopping rule 'never'"):
        monte_carlo(u, runs=5, stop="never")
    with pytest.raises(InputError, match="rounds must be >= 1"):
        run_eum(u.central, rounds=0)


def test_what_if_overrides_are_validated_like_the_file(write):
    p = write(UNCERTAIN)
    u = load_issue(p, ["A.position=20", "C.salience=[0.5, 0.7]"])
    assert u.central.position[0] == 20 and u.central.salience[2] == pytest.approx(0.6)
    assert load_issue(p).central.position[0] == 0  # the file is untouched
    with pytest.raises(UnknownIdError) as e:
        load_issue(p, ["AA.position=1"])
    assert "A" in e.value.hint
    with pytest.raises(InputError, match="salience range"):
        load_issue(p, ["B.salience=3"])
    with pytest.raises(InputError, match="cannot be set"):
        load_issue(p, ["B.name=3"])
    with pytest.raises(InputError, match="ACTOR.KEY=VALUE"):
        load_issue(p, ["B"])
