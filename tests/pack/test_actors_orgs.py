"""The bundled pack's polities and non-person actors (polities.yaml, orgs_*.yaml): enough of
them, names in the nine languages, every one rolling up to a contract polity, and aliases that
never silently mean two actors."""

from collections import defaultdict
from pathlib import Path

import pytest

from balkanscope.ingest.recognize import Recognizer
from balkanscope.pack import load_pack
from balkanscope.pack.check import is_url
from balkanscope.pack.models import LANGS, Alias
from balkanscope.text import fold

WB6_RS_POWERS = ("SRB", "XKX", "BIH", "MNE", "MKD", "ALB", "BIH.RS")
POWERS = ("USA", "RUS", "CHN", "TUR", "EU", "NATO")
# ids that the contract's examples name, with the polity they must roll up to
SPEC_EXAMPLES = {
    "NATO.kfor": "NATO",
    "EU.eulex": "EU",
    "UN.unmik": "UN",
    "gazprom": "RUS",
    "gazprom_neft": "RUS",
    "nis": "SRB",
    "epbih": "BIH.FED",
    "hbis": "CHN",
    "zijin": "CHN",
    "crbc": "CHN",
    "USA.embassy.sarajevo": "USA",
    "SRB.bia": "SRB",
    "YUG.sfry": "SRB",
    "SUN": "RUS",
    "OTT": "TUR",
}


@pytest.fixture(scope="module")
def pack():
    return load_pack()


def _file(pack, aid: str) -> str:
    return Path(pack.where("actors", aid)[0]).name


@pytest.fixture(scope="module")
def polities(pack):
    return {aid: a for aid, a in pack.actors.items() if _file(pack, aid) == "polities.yaml"}


@pytest.fixture(scope="module")
def orgs(pack):
    """Actors of this area's orgs_*.yaml files (orgs_ties_extra.yaml belongs to the ties area)."""
    return {
        aid: a
        for aid, a in pack.actors.items()
        if _file(pack, aid).startswith("orgs_") and _file(pack, aid) != "orgs_ties_extra.yaml"
    }


def _texts(actor, lang: str) -> list[str]:
    return [x if isinstance(x, str) else x.text for x in actor.aliases.get(lang, [])]


def _flagged(actor, kind: str) -> list[Alias]:
    return [
        x
        for items in actor.aliases.values()
        for x in items
        if isinstance(x, Alias) and x.kind == kind
    ]


def test_counts(polities, orgs):
    assert len(polities) == 43
    assert len(orgs) >= 130
    assert len(polities) + len(orgs) >= 170
    assert not any(a.kind == "person" for a in orgs.values())


def test_every_polity_has_aliases_in_all_nine_languages(polities):
    for pid, a in polities.items():
        assert a.polity == pid
        for lang in LANGS:
            if lang == "en":
                continue  # the English name is the actor's `name`; extra English names optional
            assert _texts(a, lang), (pid, lang)


@pytest.mark.parametrize("pid", WB6_RS_POWERS + POWERS)
def test_core_polities_have_demonyms_and_metonyms(polities, pid):
    a = polities[pid]
    assert sum(len(v) for v in a.demonyms.values()) + len(_flagged(a, "demonym")) >= 3, pid
    assert sum(len(v) for v in a.metonyms.values()) + len(_flagged(a, "metonym")) >= 3, pid


@pytest.mark.parametrize("pid", WB6_RS_POWERS[:-1] + ("USA", "RUS", "CHN", "TUR"))
def test_states_have_adjectives_and_capitals_in_every_regional_language(polities, pid):
    a = polities[pid]
    for lang in ("sr_latn", "sr_cyrl", "hr", "bs", "mk", "ru", "tr"):
        assert a.demonyms.get(lang) or any(
            isinstance(x, Alias) and x.kind == "demonym" for x in a.aliases.get(lang, [])
        ), (pid, lang)
        assert a.metonyms.get(lang) or any(
            isinstance(x, Alias) and x.kind == "metonym" for x in a.aliases.get(lang, [])
        ), (pid, lang)


def test_every_actor_rolls_up_to_a_contract_polity(polities, orgs):
    for aid, a in orgs.items():
        assert a.polity in polities, (aid, a.polity)
    for aid, want in SPEC_EXAMPLES.items():
        assert orgs[aid].polity == want, aid
        assert orgs[aid].rollup, aid


def test_parties_and_non_state_bodies_do_not_roll_up(orgs):
    for aid, a in orgs.items():
        if a.kind in ("party", "church", "ngo"):
            assert not a.rollup, aid
    # state media of a great power roll up; a private outlet does not
    assert orgs["rt"].rollup and orgs["xinhua"].rollup and orgs["anadolu"].rollup
    assert not orgs["informer"].rollup and not orgs["atv_bl"].rollup


def test_every_org_is_described_and_sourced(pack, orgs):
    keys = set(pack.meta.sources)
    for aid, a in orgs.items():
        assert a.description, aid
        assert a.sources, aid
        assert all(is_url(s) or s in keys for s in a.sources), aid


def test_no_two_actors_share_a_folded_unflagged_alias(polities, orgs):
    """Within these files an alias that could mean two actors must say so (`ambiguous`)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for aid, a in {**polities, **orgs}.items():
        for _, alias in a.all_aliases():
            if not alias.ambiguous:
                owners[fold(alias.text)].add(aid)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared


def test_abbreviations_are_not_inflected(polities, orgs):
    for aid, a in {**polities, **orgs}.items():
        for _, alias in a.all_aliases():
            if alias.kind == "abbreviation":
                assert not alias.inflect, (aid, alias.text)


def test_aliases_are_clean_and_in_the_right_script(polities, orgs):
    """Serbian Cyrillic lists hold Cyrillic only (no 'Хуаwеи' from transliterating 'Huawei')."""
    for aid, a in {**polities, **orgs}.items():
        for lang, alias in a.all_aliases():
            assert alias.text == alias.text.strip() and alias.text[0].isalnum(), (aid, alias.text)
            if lang == "sr_cyrl":  # ru and mk texts do quote Latin names (OHR, KFOR, CRBC)
                assert not any("a" <= c.lower() <= "z" for c in alias.text), (aid, lang, alias.text)


def test_ambiguous_aliases_say_why(polities, orgs):
    for aid, a in {**polities, **orgs}.items():
        for _, alias in a.all_aliases():
            if alias.ambiguous:
                assert alias.note, (aid, alias.text)


@pytest.fixture(scope="module")
def recognizer(pack):
    return Recognizer.from_pack(pack)


# Sentences written for this test: each names an actor only through this area's aliases.
SENTENCES = [
    ("Zvaničnici Kfora su juče obišli sever.", "NATO"),
    ("Иза одлуке стоји Кремљ, тврде извори.", "RUS"),
    ("Bela kuća je saopštila da podržava dijalog.", "USA"),
    ("Pentagoni njoftoi një stërvitje të re.", "USA"),
    ("Газпром нефть увеличила поставки.", "RUS"),
    ("Radove izvodi CRBC uz kredit kineske Exim banke.", "CHN"),
    ("EULEX-i ka hapur një hetim.", "EU"),
    ("Stejt department je upozorio Beograd.", "USA"),
    ("Ankaraja nuk ka dhënë përgjigje.", "TUR"),
    ("Pekin'in tutumu değişmedi.", "CHN"),
    ("Priştine hükümeti açıklama yaptı.", "XKX"),
    ("Banjaluka je odbila prijedlog.", "BIH.RS"),
    ("Служба внешней разведки опубликовала заявление.", "RUS"),
    ("Vlada Crne Gore je usvojila odluku.", "MNE"),
    ("Собранието на Северна Македонија гласаше.", "MKD"),
    ("SHBA-të dhe Shqipëria nënshkruan marrëveshjen.", "USA"),
]


@pytest.mark.parametrize(("sentence", "polity"), SENTENCES)
def test_the_recogniser_finds_the_polity_through_these_aliases(recognizer, sentence, polity):
    found = {m.polity for m in recognizer.find(sentence)}
    assert polity in found, (sentence, found)


def test_flagged_capital_is_left_unresolved_without_context(recognizer):
    """'Washington' alone may be the state or a person; with 'SAD' in the text it is the USA."""
    alone = recognizer.find("Washington je to komentarisao.")
    assert alone and alone[0].actor_id is None and alone[0].ambiguous
    ctx = recognizer.find("SAD su reagovale. Washington je to komentarisao.")
    assert [m.polity for m in ctx] == ["USA", "USA"]
