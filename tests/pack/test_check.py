"""The pack validator on a valid mini pack and on broken variants (each must fail, pointing at the input)."""

import pytest

from balkanscope.errors import PackError, UnknownIdError
from balkanscope.pack import load_pack
from balkanscope.pack.check import check_pack
from tests.minipack import ACTORS_YAML, TIES_YAML, write_pack


def test_valid_mini_pack_has_no_problems(tmp_path):
    pack = load_pack(str(write_pack(tmp_path)))
    assert check_pack(pack) == []
    assert pack.actors["vucic"].polity_at("2020-01-01") == "SRB"


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    write_pack(tmp_path, {"actors/a.yaml": ACTORS_YAML + "  - id: [unclosed\n"})
    with pytest.raises(PackError) as e:
        load_pack(str(tmp_path))
    assert e.value.file.endswith("a.yaml") and e.value.line is not None


def test_schema_error_names_field_and_line(tmp_path):
    bad = ACTORS_YAML.replace("kind: alliance", "kind: allience")
    write_pack(tmp_path, {"actors/a.yaml": bad})
    with pytest.raises(PackError) as e:
        load_pack(str(tmp_path))
    assert e.value.field == "actors[2].kind"
    assert e.value.line == bad.splitlines().index("    kind: allience") + 1


def test_bad_date_is_rejected(tmp_path):
    write_pack(tmp_path, {"ties/t.yaml": TIES_YAML.replace('"2009-04-01"', '"2009-13-01"', 1)})
    with pytest.raises(PackError, match="ISO date") as e:
        load_pack(str(tmp_path))
    assert e.value.field == "ties[0].start"


def test_unsourced_tie_is_rejected(tmp_path):
    write_pack(
        tmp_path, {"ties/t.yaml": TIES_YAML.replace("    sources: [s1]\n", "    sources: []\n", 1)}
    )
    with pytest.raises(PackError, match="at least 1") as e:
        load_pack(str(tmp_path))
    assert e.value.field == "ties[0].sources"


def test_unknown_ids_and_sources_are_listed_with_suggestions(tmp_path):
    ties = TIES_YAML.replace(
        'partner: NATO\n    start: "2009', 'partner: NATOO\n    start: "2009', 1
    )
    ties = ties.replace("sources: [s1]", "sources: [s2]", 1)
    write_pack(tmp_path, {"ties/t.yaml": ties})
    problems = check_pack(load_pack(str(tmp_path)))
    text = [str(p) for p in problems]
    assert any("unknown actor 'NATOO'" in t and "did you mean NATO" in t for t in text)
    assert any("unknown source 's2'" in t and "s1" in t for t in text)
    assert all(p.file.endswith("t.yaml") and p.line == 2 for p in problems)


def test_tie_ending_before_start_is_a_problem(tmp_path):
    write_pack(
        tmp_path,
        {"ties/t.yaml": TIES_YAML.replace('start: "2008"', 'start: "2008"\n    end: "2001"')},
    )
    assert any(
        "ends (2001) before it starts (2008)" in str(p)
        for p in check_pack(load_pack(str(tmp_path)))
    )


def test_shared_alias_must_be_marked_ambiguous(tmp_path):
    clash = ACTORS_YAML.replace("name: Albania", "name: Albania\n    metonyms: {en: [Belgrade]}")
    write_pack(tmp_path, {"actors/a.yaml": clash})
    problems = check_pack(load_pack(str(tmp_path)))
    assert {p.field for p in problems} == {"aliases"} and len(problems) == 2
    marked = ACTORS_YAML.replace(
        "metonyms: {en: [Belgrade]}", "aliases: {en: [{text: Belgrade, ambiguous: true}]}"
    )
    marked = marked.replace(
        "name: Albania", "name: Albania\n    aliases: {en: [{text: Belgrade, ambiguous: true}]}"
    )
    write_pack(tmp_path, {"actors/a.yaml": marked})
    assert check_pack(load_pack(str(tmp_path))) == []


def test_person_without_role_is_a_problem(tmp_path):
    no_role = ACTORS_YAML.split("    roles:")[0]
    write_pack(tmp_path, {"actors/a.yaml": no_role})
    assert any(p.field == "roles" for p in check_pack(load_pack(str(tmp_path))))


def test_unknown_pack_suggests_bundled(tmp_path):
    with pytest.raises(UnknownIdError, match="western_balkans"):
        load_pack("western_balkan")


def test_organisation_officials_act_for_it_only_in_office(tmp_path):
    extra = """\
  - id: sg
    kind: person
    polity: NATO
    name: Test Secretary General
    roles:
      - {title: Secretary General, polity: NATO, start: "2014-10-01", end: "2024-10-01", source: s1}
"""
    write_pack(tmp_path, {"actors/a.yaml": ACTORS_YAML + extra})
    pack = load_pack(str(tmp_path))
    assert pack.actors["sg"].polity_at("2020-05-01") == "NATO"
    assert pack.actors["sg"].polity_at("2010") is None
    assert pack.actors["sg"].polity_at(None) == "NATO"
    # a national politician keeps their polity outside the listed roles
    assert pack.actors["vucic"].polity_at("2012") == "SRB"


def test_contract_polities_must_be_polity_actors(tmp_path):
    from tests.minipack import PACK_YAML

    write_pack(tmp_path, {"pack.yaml": PACK_YAML + "contract_polities: [SRB, RUS, XKX]\n"})
    problems = check_pack(load_pack(str(tmp_path)))
    assert [(p.field, p.message) for p in problems] == [
        ("contract_polities", "'XKX' is not a polity actor of the pack")
    ]
