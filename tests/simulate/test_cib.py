import numpy as np
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from balkanscope.errors import InputError, UnknownIdError
from balkanscope.simulate.cib import (
    analyse,
    cib_from_csv,
    cib_from_dict,
    evaluate,
    load_cib,
    parse_fix,
    parse_scenario,
    robustness,
    succession,
    to_csv,
    to_yaml,
    what_if,
)

from .conftest import THREE, TWO


def ids(res):
    return [tuple(s["variants"].values()) for s in res["scenarios"]]


def test_two_descriptors_hand_computed(write):
    m = load_cib(write(TWO))
    # (A1,B1): A1 gets +1 from B1, B1 gets +2 from A1 -> consistent, total 3
    # (A2,B2): A2 +1, B2 +1 -> consistent, total 2; (A2,B1): gaps 2 and 2; (A1,B2): gaps 2 and 4
    res = analyse(m, 0)
    assert ids(res) == [("A1", "B1"), ("A2", "B2")]
    assert [s["total_impact"] for s in res["scenarios"]] == [3, 2]
    assert res["evaluated"] == 4 and res["method"] == "exhaustive"
    assert ids(analyse(m, 2)) == [("A1", "B1"), ("A2", "B2"), ("A2", "B1")]
    inc, tot = evaluate(m, np.array([[0, 3], [1, 2]]))
    assert list(inc) == [4, 2] and list(tot) == [-3, -2]


def test_three_descriptors_hand_computed(write):
    m = load_cib(write(THREE))
    res = analyse(m, 0)
    assert ids(res) == [("A1", "B1", "C1"), ("A2", "B2", "C2")]
    assert [s["total_impact"] for s in res["scenarios"]] == [4, 3]
    # (A1,B2,C2): A1 gets 0 vs A2's +1 from C2, B1 gets +1 from A1 vs B2's 0 -> inconsistency 1
    inc, tot = evaluate(m, parse_scenario(m, "A1,B2,C2"))
    assert (int(inc[0]), int(tot[0])) == (1, 1)
    assert ("A1", "B2", "C2") in ids(analyse(m, 1))


def test_intervention_fixes_a_variant_and_exempts_it(write):
    m = load_cib(write(THREE))
    res = analyse(m, 0, parse_fix(m, ["C=C2"]))
    assert (
        ids(res) == [("A2", "B2", "C2")] and res["fixed"] == {"C": "C2"} and res["evaluated"] == 4
    )
    S = parse_scenario(m, "A1,B1,C2")
    assert int(evaluate(m, S)[0][0]) == 2  # C2 is not C's best answer to B1 ...
    assert int(evaluate(m, S, parse_fix(m, ["C2"]))[0][0]) == 1  # ... but an imposed C is exempt
    with pytest.raises(InputError, match="belongs to descriptor 'C'"):
        parse_fix(m, ["A=C2"])
    with pytest.raises(UnknownIdError) as e:
        parse_fix(m, ["C=C3"])
    assert "C1" in e.value.hint or "C2" in e.value.hint


def test_what_if_marks_scenarios_the_intervention_creates(write):
    m = load_cib(write(THREE))
    res = what_if(m, 0, parse_fix(m, ["B=B1", "C=C2"]))
    # A answers C2 with A2 (+1); B1 and C2 are imposed, so their own consistency is not required
    assert ids(res) == [("A2", "B1", "C2")] and res["scenarios"][0]["new"] is True
    assert res["baseline_scenarios"] == 2
    assert "baseline_scenarios" not in what_if(m, 0, {})


def test_succession_global_cycles_and_local_settles(write):
    m = load_cib(write(TWO))
    start = parse_scenario(m, "A1,B2")
    g = succession(m, start, "global")
    # every descriptor answers the other at once: (A1,B2) -> (A2,B1) -> (A1,B2)
    assert [tuple(s["variants"].values()) for s in g["path"]] == [
        ("A1", "B2"),
        ("A2", "B1"),
        ("A1", "B2"),
    ]
    assert g["end"] == "cycle" and g["cycle_length"] == 2
    loc = succession(m, start, "local")  # B is the most inconsistent (gap 4), it moves first
    assert [tuple(s["variants"].values()) for s in loc["path"]] == [("A1", "B2"), ("A1", "B1")]
    assert loc["end"] == "consistent" and loc["path"][-1]["inconsistency"] == 0
    fixed = succession(m, start, "global", parse_fix(m, ["B2"]))
    assert fixed["end"] == "consistent" and fixed["path"][-1]["variants"] == {"A": "A2", "B": "B2"}
    with pytest.raises(InputError, match="no variant given for B"):
        parse_scenario(m, "A1")


def test_robustness_is_seeded_and_bounded(write):
    m = load_cib(write(TWO))
    res = analyse(m, 0)
    # judgements of 1 and 2 perturbed by +/-1 never reverse an order here
    assert robustness(m, res["scenarios"], 0, 50, seed=1) == [1.0, 1.0]
    m3 = load_cib(write(THREE))
    near = analyse(m3, 1)["scenarios"]
    a, b = robustness(m3, near, 1, 80, seed=5), robustness(m3, near, 1, 80, seed=5)
    assert a == b and all(0 <= r <= 1 for r in a) and min(a) < 1


def random_matrix(draw_ints, ks):
    vids = [[f"D{d}v{i}" for i in range(k)] for d, k in enumerate(ks)]
    data = {
        "descriptors": {f"D{d}": {"variants": {v: v for v in vs}} for d, vs in enumerate(vids)},
        "impacts": {},
    }
    it = iter(draw_ints)
    for d, vs in enumerate(vids):
        for v in vs:
            data["impacts"][v] = {t: next(it) for e, ts in enumerate(vids) if e != d for t in ts}
    return cib_from_dict(data)


@st.composite
def matrices(draw):
    ks = draw(st.lists(st.integers(2, 3), min_size=2, max_size=6))
    n = sum(ks) * sum(ks)
    vals = draw(st.lists(st.integers(-3, 3), min_size=n, max_size=n))
    return random_matrix(vals, ks)


@settings(max_examples=60, deadline=None)
@given(matrices(), st.integers(0, 2), st.data())
def test_search_equals_exhaustive(m, K, data):
    fix = []
    if data.draw(st.booleans()):
        d = data.draw(st.integers(0, len(m.descriptors) - 1))
        fix = [data.draw(st.sampled_from(m.variants[d]))]
    fixed = parse_fix(m, fix)
    a = analyse(m, K, fixed, method="exhaustive")
    b = analyse(m, K, fixed, method="search")
    assert a["scenarios"] == b["scenarios"]
    assert a["evaluated"] == b["evaluated"]
    for sc in a["scenarios"]:  # a consistent scenario is a fixed point of succession
        if sc["inconsistency"] == 0:
            start = parse_scenario(m, ",".join(sc["variants"].values()))
            path = succession(m, start, "global", fixed)["path"]
            assert len(path) == 1 and path[0]["variants"] == sc["variants"]


@settings(max_examples=40, deadline=None)
@given(matrices())
def test_yaml_and_csv_round_trip(m):
    back = cib_from_csv(to_csv(m))
    assert np.array_equal(back.M, m.M) and back.vids == m.vids
    again = cib_from_dict(yaml.safe_load(to_yaml(m)))
    assert np.array_equal(again.M, m.M) and np.array_equal(again.judged, m.judged)


@pytest.mark.parametrize(
    "edit, line, field, words",
    [
        (
            ("A1: {B1: 2, B2: -2}", "A1: {B1: 2, B3: -2}"),
            10,
            "impacts.A1.B3",
            "unknown variant 'B3'",
        ),
        (("A1: {B1: 2, B2: -2}", "A1: {B1: 4, B2: -2}"), 10, "impacts.A1.B1", "-3..3"),
        (("A1: {B1: 2, B2: -2}", "A1: {B1: 2.5, B2: -2}"), 10, "impacts.A1.B1", "-3..3"),
        (("A1: {B1: 2, B2: -2}", "A1: {A2: 2, B2: -2}"), 10, "impacts.A1.A2", "same descriptor"),
        (("B2: {A1: -1, A2: 1}", "B7: {A1: -1, A2: 1}"), 13, "impacts.B7", "unknown variant 'B7'"),
        (
            ("variants: {B1: Shrinking, B2: Growing}", "variants: {B1: Shrinking, A2: Growing}"),
            8,
            "descriptors.B.variants.A2",
            "already used",
        ),
        (
            ("variants: {B1: Shrinking, B2: Growing}", "variants: {B1: Shrinking}"),
            8,
            "descriptors.B.variants",
            "at least two",
        ),
        (("impacts:", "impact:"), 9, "impact", "did you mean impacts"),
    ],
)
def test_validation_errors_point_at_the_key(write, edit, line, field, words):
    p = write(TWO.replace(*edit))
    with pytest.raises(InputError if "unknown variant" not in words else UnknownIdError) as e:
        load_cib(p)
    assert (e.value.file, e.value.line, e.value.field) == (str(p), line, field)
    assert words in str(e.value)


def test_csv_errors_and_search_method_choice(write):
    p = write(",A:A1,A:A2,B:B1\nA:A1,,,x\n", "m.csv")
    with pytest.raises(InputError) as e:
        load_cib(p)
    assert e.value.line == 2 and e.value.field == "A1->B1" and "not an integer" in str(e.value)
    p = write(",A:A1,A:A2,B:B1,B:B2\nA:A1,,1,2,-2\n", "m.csv")
    with pytest.raises(InputError, match="own descriptor"):
        load_cib(p)
    m = load_cib(write(TWO))
    assert analyse(m, 0, exhaustive_max=2)["method"] == "search"
    with pytest.raises(InputError, match="unknown method"):
        analyse(m, 0, method="magic")


def test_csv_rows_must_match_the_header(write):
    with pytest.raises(InputError) as e:
        load_cib(write(",A:A1,A:A2,B:B1,B:B2\nA:A1,,,1,1\nB:B3,1,1,,\n", "m.csv"))
    assert e.value.line == 3 and "B:B3" in str(e.value)
    with pytest.raises(InputError, match="-3..3"):
        load_cib(write(",A:A1,A:A2,B:B1,B:B2\nA:A1,,,4,1\n", "m.csv"))
    with pytest.raises(InputError, match="header"):
        load_cib(write("just one\n", "m.csv"))


def test_numeric_variant_ids_are_read_as_text(write):
    m = load_cib(write("descriptors: {A: {variants: {1: x, 2: y}}, B: {variants: {B1: x, B2: y}}}\n"
                       "impacts: {1: {B1: 2}, B1: {1: 1}}\n"))  # fmt: skip
    assert m.vids == ["1", "2", "B1", "B2"] and ids(analyse(m, 0))[0] == ("1", "B1")
