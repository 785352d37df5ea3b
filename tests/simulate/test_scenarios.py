"""The bundled scenario pack: loads, runs, and every judgement says which source motivates it."""

import re

import pytest
from rich.console import Console

from balkanscope.pack.loader import LINES
from balkanscope.settings import load_config
from balkanscope.simulate.cib import analyse, load_cib
from balkanscope.simulate.eum import run_eum
from balkanscope.simulate.inputs import keys, load_yaml
from balkanscope.simulate.scenarios import briefing_section, list_models, models, pack_dirs, resolve
from balkanscope.simulate.uncertainty import load_issue, monte_carlo

CFG = load_config(overrides={"pack": "western_balkans"})


@pytest.fixture(scope="module")
def pack_models():
    return models(pack_dirs(CFG))


@pytest.fixture(scope="module")
def cites():
    """A rationale must name a pack source key (seed000..seed004, ...) or a URL."""
    known = set(keys(load_yaml(pack_dirs(CFG)[0] / "pack.yaml")["sources"]))
    pat = re.compile(r"\b(" + "|".join(map(re.escape, known)) + r")\b|https?://\S+")
    return lambda text: bool(text and pat.search(text))


def test_pack_has_the_2030_matrix_and_three_issues(pack_models):
    kinds = sorted(m["kind"] for m in pack_models.values())
    assert kinds.count("cib") >= 1 and kinds.count("eum") >= 3
    rows = {r["id"]: r for r in list_models(CFG)}
    assert rows["wb2030"]["title"] == "Western Balkans 2030"


def test_every_judgement_and_descriptor_cites_a_source(pack_models, cites):
    path = pack_models["wb2030"]["path"]
    mat = load_cib(path)
    assert len(mat.descriptors) >= 10
    for d in ("US", "NATO", "EU", "UKR", "SRB", "KOS", "RS", "CHN", "NRG", "STAB"):
        assert d in mat.descriptors
    raw = load_yaml(path)
    for d in keys(raw["descriptors"]):
        assert cites(raw["descriptors"][d].get("why")), d
    judged = list(zip(*mat.judged.nonzero(), strict=True))
    assert len(judged) > 100
    missing = [
        (mat.vids[i], mat.vids[j])
        for i, j in judged
        if not cites(mat.why.get((mat.vids[i], mat.vids[j])))
    ]
    assert missing == []


def test_the_matrix_has_consistent_scenarios_and_search_agrees(pack_models):
    mat = load_cib(pack_models["wb2030"]["path"])
    ex = analyse(mat, 0, method="exhaustive")
    assert ex["scenarios"] and ex["evaluated"] == mat.size
    assert analyse(mat, 0, method="search")["scenarios"] == ex["scenarios"]


def test_eum_issues_run_and_every_actor_cites_a_source(pack_models, cites):
    for m in pack_models.values():
        if m["kind"] != "eum":
            continue
        raw = load_yaml(m["path"])
        for a in raw["actors"]:
            assert cites(a.get("why")), (m["id"], a["name"])
            assert LINES in a  # read with line numbers
        issue = load_issue(m["path"])
        res = run_eum(issue.central)
        assert 0 <= res["rounds"][-1]["median"] <= 100
        mc = monte_carlo(issue, runs=40, seed=1, rounds=3)
        assert mc["runs"] == 40


def test_resolve_by_id_or_path_and_unknown_id(pack_models):
    assert resolve("wb2030", CFG, "cib") == pack_models["wb2030"]["path"]
    assert resolve(str(pack_models["bih_nato"]["path"]), CFG) == pack_models["bih_nato"]["path"]
    from balkanscope.errors import UnknownIdError

    with pytest.raises(UnknownIdError) as e:
        resolve("wb2300", CFG, "cib")
    assert "wb2030" in e.value.hint


def test_briefing_section_needs_no_database():
    out = briefing_section(None, None, CFG)
    console = Console(width=200, record=True)
    for r in out:
        console.print(r)
    text = console.export_text()
    assert "Western Balkans 2030" in text and "scenarios with inconsistency <= 0" in text
    assert "Bosnia and Herzegovina's NATO path" in text and "robustness" in text


def test_a_broken_override_file_is_reported_not_fatal(tmp_path):
    bad = tmp_path / "scenarios" / "cib"
    bad.mkdir(parents=True)
    (bad / "wb2030.yaml").write_text("descriptors: [unclosed\n", encoding="utf-8")
    cfg = {**CFG, "extra_packs": str(tmp_path)}
    rows = {r["id"]: r for r in list_models(cfg)}
    assert rows["wb2030"]["kind"] == "error" and "invalid YAML" in rows["wb2030"]["size"]
    console = Console(width=200, record=True)
    for r in briefing_section(None, None, cfg):
        console.print(r)
    text = console.export_text()
    assert "wb2030 skipped" in text and "invalid YAML" in text
    assert "Kosovo-Serbia normalisation" in text  # the rest of the section still runs
