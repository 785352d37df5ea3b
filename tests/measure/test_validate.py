import pytest

from balkanscope.measure.validate import outcome_of, ranks, spearman, validate


def test_ranks_and_spearman_known_values():
    assert list(ranks([10, 30, 20, 20])) == [1.0, 4.0, 2.5, 2.5]
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) == pytest.approx(0.8)
    assert spearman([1, 2], [1, 2]) is None and spearman([1, 2, 3], [5, 5, 5]) is None


def test_outcome_names():
    assert outcome_of("unga_ukraine_es11_1") == "unga_ukraine"
    assert (
        outcome_of("unga_ukraine_es11_1.SRB") == "unga_ukraine" == outcome_of("unga_ukraine.BIH.RS")
    )
    assert outcome_of("eu_sanctions_alignment.XKX") == "eu_sanctions_alignment"
    assert outcome_of("cfsp_alignment") == "cfsp_alignment"
    assert outcome_of("poll_srb_nato") is None


def test_validate_compares_alignment_with_outcomes(con, cfg):
    results = {r["outcome"]: r for r in validate(con, cfg)}
    cfsp = results["cfsp_alignment"]
    assert cfsp["n"] == 5 and cfsp["spearman"] > 0.8
    assert {c["country"] for c in cfsp["cases"]} == {"SRB", "MNE", "ALB", "MKD", "BIH"}
    unga = results["unga_ukraine"]
    # every country voted the same way: no correlation, but Serbia's low alignment disagrees
    assert unga["spearman"] is None
    assert [c["country"] for c in unga["cases"] if c["disagrees"]] == ["SRB"]
