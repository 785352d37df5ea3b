import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balkanscope.errors import InputError
from balkanscope.simulate.eum import run_eum, simulate
from balkanscope.simulate.uncertainty import load_issue

from .conftest import EC

RISK_R1 = {
    "Netherlands": 1.406, "Belgium": 0.754, "Luxembourg": 0.509, "Germany": 1.406, "France": 1.047,
    "Italy": 1.047, "UK": 1.965, "Ireland": 0.500, "Denmark": 2.000, "Greece": 1.112,
}  # fmt: skip


def test_reference_values_of_the_spec(write):
    res = run_eum(load_issue(write(EC)).central)
    r0, r1 = res["rounds"][0], res["rounds"][1]
    assert r0["median"] == 7.0
    assert r0["mean"] == pytest.approx(7.389956, abs=1e-6)
    assert "risk" not in r0 and "offers" not in r0
    assert {k: round(v, 3) for k, v in r1["risk"].items()} == RISK_R1
    assert len(res["rounds"]) == 11 and res["stopped_by"] == "rounds"


def test_two_actors_hand_computed(write):
    """A at 0 (c 1, s 1), B at 1 (c 1, s 0.5); worked out by hand in the comments."""
    p = write("""\
        issue: two
        actors:
          - {name: A, capability: 1, position: 0, salience: 1}
          - {name: B, capability: 1, position: 1, salience: 0.5}
        """)
    res = run_eum(load_issue(p).central, rounds=1)
    r0, r1 = res["rounds"]
    # median walk: sum cs (|x-0| - |x-1|) = -1 + 0.5 < 0, so 0 stays champion; mean = 0.5 / 1.5
    assert r0["median"] == 0.0 and r0["mean"] == pytest.approx(1 / 3, abs=1e-6)
    # r = 1: P(A,B) = 1/3, P(B,A) = 1/6; danger_A = E(B,A) = -4/3, danger_B = E(A,B) = 2/3
    # -> R_A = -1, R_B = 1 -> r_A = 2, r_B = 0.5
    assert r1["risk"] == {"A": 2.0, "B": 0.5}
    # B's view (r 0.5): Usq = 2 - 4 sqrt(.5); e_BA = -4/3 - Usq, e_AB = 2/3 - Usq
    usq = 2 - 4 * math.sqrt(0.5)
    e_ij, e_ji = -4 / 3 - usq, 2 / 3 - usq
    assert e_ji > 0 > e_ij and e_ji > abs(e_ij)  # compromise toward A
    assert r1["offers"] == [
        {
            "actor": "B",
            "from": "A",
            "kind": "compromise",
            "position": pytest.approx(1 - abs(e_ij / e_ji), abs=1e-6),
        }
    ]
    assert r1["positions"]["A"] == 0.0  # A's e_ji = -7/3 < 0: no offer


def test_symmetric_pair_never_moves_and_converges_at_once(write):
    p = write("""\
        issue: tie
        actors:
          - {name: A, capability: 1, position: 0, salience: 1}
          - {name: B, capability: 1, position: 1, salience: 1}
        """)
    res = run_eum(load_issue(p).central, rounds=10, stop="converged")
    assert res["stopped_by"] == "converged" and len(res["rounds"]) == 2
    assert res["rounds"][1]["offers"] == [] and res["rounds"][1]["risk"] == {"A": 1.0, "B": 1.0}


def test_batch_runs_equal_single_runs(write):
    inp = load_issue(write(EC)).central
    one = simulate(inp.position[None], inp.capability[None], inp.salience[None], 6)
    x = np.stack([inp.position, inp.position[::-1]])
    both = simulate(
        x,
        np.stack([inp.capability, inp.capability[::-1]]),
        np.stack([inp.salience, inp.salience[::-1]]),
        6,
    )
    assert np.allclose(both.positions[0], one.positions[0])
    assert np.allclose(
        both.positions[1][:, ::-1], one.positions[0]
    )  # actor order does not matter here


def test_q_changes_the_forecast_and_same_inputs_same_outputs(write):
    inp = load_issue(write(EC)).central
    assert run_eum(inp) == run_eum(inp)
    assert run_eum(inp, q=0.5)["rounds"][3] != run_eum(inp)["rounds"][3]


@pytest.mark.parametrize(
    "body, line, field, words",
    [
        (
            "  - {name: A, capability: 1, position: 0, salience: 1.5}",
            4,
            "actors[1].salience",
            "[0, 1]",
        ),
        (
            "  - {name: A, capability: -1, position: 0, salience: 1}",
            4,
            "actors[1].capability",
            ">= 0",
        ),
        (
            "  - {name: A, capability: one, position: 0, salience: 1}",
            4,
            "actors[1].capability",
            "cannot read",
        ),
        (
            "  - {name: A, capability: 1, position: 0, salinece: 1}",
            4,
            "actors[1].salinece",
            "salience",
        ),
        (
            "  - {name: X, capability: 1, position: 0, salience: 1}",
            4,
            "actors[1].name",
            "duplicate",
        ),
        (
            "  - {name: A, capability: 1, position: [5, 1], salience: 1}",
            4,
            "actors[1].position",
            "cannot read",
        ),
        (
            "  - {name: A, capability: 1, position: {dist: beta}, salience: 1}",
            4,
            "actors[1].position.dist",
            "beta",
        ),
        ("  - {name: A, capability: 1, position: 0}", 4, "actors[1].salience", "missing"),
    ],
)
def test_input_errors_name_file_line_and_key(write, body, line, field, words):
    p = write(
        "issue: t\nactors:\n  - {name: X, capability: 1, position: 1, salience: 1}\n" + body + "\n"
    )
    with pytest.raises(InputError) as e:
        load_issue(p)
    assert e.value.file == str(p) and e.value.line == line and e.value.field == field
    assert words in str(e.value) and e.value.hint


def test_missing_issue_and_too_few_actors(write):
    with pytest.raises(InputError, match="missing key 'issue'"):
        load_issue(write("actors: []\n"))
    with pytest.raises(InputError, match="at least two"):
        load_issue(
            write("issue: x\nactors:\n  - {name: A, capability: 1, position: 0, salience: 1}\n")
        )
    with pytest.raises(InputError, match="not found"):
        load_issue("/nonexistent/file.yaml")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 10), st.floats(0.1, 5), st.floats(0.05, 1)), min_size=2, max_size=7
    ),
    st.integers(1, 6),
)
def test_bargaining_stays_within_the_initial_range(actors, rounds):
    """Moves go to another actor's position or between two: never outside the initial span;
    the median is always a current position; a batch equals its runs one by one."""
    x = np.array([float(a[0]) for a in actors])
    c = np.array([a[1] for a in actors])
    s = np.array([a[2] for a in actors])
    tr = simulate(x[None], c[None], s[None], rounds)
    assert tr.positions.min() >= x.min() - 1e-9 and tr.positions.max() <= x.max() + 1e-9
    for t in range(rounds + 1):
        assert np.isclose(tr.positions[0, t], tr.median[0, t]).any()
    both = simulate(np.stack([x, x[::-1]]), np.stack([c, c[::-1]]), np.stack([s, s[::-1]]), rounds)
    assert np.allclose(both.positions[0], tr.positions[0])
