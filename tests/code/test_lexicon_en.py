"""English triggers (one sentence per type) and modality cues, through the whole coder."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Serbia's non-recognition of Kosovo was discussed in Brussels.",
        "REJECT",
        "SRB",
        "XKX",
    ),  # non-recognition is REJECT
    (
        "Serbian President Aleksandar Vučić met Russian President Vladimir Putin in Sochi.",
        "CONSULT",
        "SRB",
        "RUS",
    ),
    ("Russia and Serbia agreed on a new three-year gas contract.", "AGREE", "RUS", "SRB"),
    ("Germany praised Albania for its reforms.", "SUPPORT", "DEU", "ALB"),
    ("Bulgaria lifted its veto on North Macedonia.", "CONCEDE", "BGR", "MKD"),
    ("The United States held joint exercises with Montenegro.", "COOPERATE", "USA", "MNE"),
    ("China delivered air-defence missiles to Serbia.", "AID", "CHN", "SRB"),
    ("Serbia withdrew its troops from the border with Kosovo.", "RETREAT", "SRB", "XKX"),
    ("The European Union urged Serbia to align its foreign policy.", "REQUEST", "EU", "SRB"),
    ("Kosovo accused Serbia of planning the attack.", "ACCUSE", "XKX", "SRB"),
    ("Hungary rejected the proposal of the European Union.", "REJECT", "HUN", "EU"),
    ("Russia threatened Bosnia and Herzegovina with a response.", "THREATEN", "RUS", "BIH"),
    ("Serbia boycotted the summit hosted by Kosovo.", "PROTEST", "SRB", "XKX"),
    ("The United States imposed sanctions on Republika Srpska.", "SANCTION", "USA", "BIH.RS"),
    ("Serbia deployed troops to the border with Kosovo.", "MOBILIZE", "SRB", "XKX"),
    ("Kosovo police arrested a Serbian official.", "COERCE", "XKX", "SRB"),
    ("Russia attacked Ukraine in February 2022.", "ASSAULT", "RUS", "UKR"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), CASES, ids=[c[1] for c in CASES])
def test_each_type(code, text, typ, actor, recipient):
    assert (typ, actor, recipient, "asserted") in code(text)


# Everyday news wording beyond the one-per-type cases: other inflections, event nouns, synonyms.
NEWS_CASES = [
    ("The Albanian prime minister paid an official visit to Montenegro.", "CONSULT", "ALB", "MNE"),
    (
        "The Croatian foreign minister held a video call with his Slovenian counterpart.",
        "CONSULT",
        "HRV",
        "SVN",
    ),
    ("Serbia and Hungary reached a compromise on the border crossing.", "AGREE", "SRB", "HUN"),
    ("Austria commended Montenegro for the judicial reform.", "SUPPORT", "AUT", "MNE"),
    (
        "Greece reaffirmed its backing for North Macedonia's accession talks.",
        "SUPPORT",
        "GRC",
        "MKD",
    ),
    ("Slovenia inked a memorandum with Croatia on nuclear energy.", "SUPPORT", "SVN", "HRV"),
    ("Bulgaria backed down and unblocked North Macedonia.", "CONCEDE", "BGR", "MKD"),
    ("China built a highway in Montenegro.", "COOPERATE", "CHN", "MNE"),
    ("Italian soldiers trained with the army of Albania.", "COOPERATE", "ITA", "ALB"),
    ("Germany lent Serbia 50 million euros for clean energy.", "AID", "DEU", "SRB"),
    ("Turkey shipped drones to Albania in March.", "AID", "TUR", "ALB"),
    ("Kosovo freed two Serbian police officers.", "RETREAT", "XKX", "SRB"),
    ("Germany pleaded with Serbia to recognise the vote.", "REQUEST", "DEU", "SRB"),
    ("Croatia summoned the Serbian ambassador over the remarks.", "ACCUSE", "HRV", "SRB"),
    ("Montenegro deplored the decision of Serbia.", "ACCUSE", "MNE", "SRB"),
    ("Hungary rebuffed the request of Ukraine.", "REJECT", "HUN", "UKR"),
    ("Russia intimidated Moldova with gas cuts.", "THREATEN", "RUS", "MDA"),
    ("Montenegro revoked the licence of a Russian bank.", "SANCTION", "MNE", "RUS"),
    ("Serbia moved troops toward Kosovo.", "MOBILIZE", "SRB", "XKX"),
    ("Serbia abducted three Kosovo police officers.", "COERCE", "SRB", "XKX"),
    ("Russia shot down a Ukrainian fighter jet.", "ASSAULT", "RUS", "UKR"),
]


@pytest.mark.parametrize(
    ("text", "typ", "actor", "recipient"), NEWS_CASES, ids=[c[1] for c in NEWS_CASES]
)
def test_news_wording(code, text, typ, actor, recipient):
    got = code(text)
    want = {(typ, actor, recipient, "asserted"), (typ, recipient, actor, "asserted")}
    assert (typ, actor, recipient, "asserted") in got or (
        typ in ("CONSULT", "AGREE", "COOPERATE") and want & got
    ), sorted(got)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Russia did not attack Ukraine.", "negated"),
        ("Russia has never attacked Ukraine.", "negated"),
        ("Russia will attack Ukraine.", "future"),
        ("Russia plans to attack Ukraine.", "future"),
        ("Russia could attack Ukraine.", "hypothetical"),
        ("Russia can attack Ukraine at any moment.", "hypothetical"),
        ("If Russia attacks Ukraine, the war spreads.", "hypothetical"),
        ("Russia has not yet attacked Ukraine.", "negated"),
        ("Russia must stop and attack Ukraine no more.", "hypothetical"),
        ("Did Russia attack Ukraine?", "hypothetical"),
    ],
)
def test_modality_cues(code, text, modality):
    got = {m for t, a, r, m in code(text) if (t, a, r) == ("ASSAULT", "RUS", "UKR")}
    assert got == {modality}


def test_nominal_mention_without_predicate_is_not_an_event(code):
    assert code("Serbia and Russia have a long history.") == set()


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("Serbia is opposed to joining NATO.", "COOPERATE"),
        ("Montenegro campaigned against joining NATO.", "COOPERATE"),
        ("Hungary argued against imposing sanctions on Russia.", "SANCTION"),
        ("Greece spoke in favour of delivering arms to Ukraine.", "AID"),
        ("Kosovo is interested in joining NATO.", "COOPERATE"),
        ("Albania is committed to imposing sanctions on Russia.", "SANCTION"),
    ],
)
def test_gerund_after_stance_preposition_is_not_asserted(code, text, typ):
    """An act named by a gerund after "against", "opposed to", "in favour of" is the position
    taken about it, and after "interested in", "committed to" a goal: not an act that happened."""
    got = code(text)
    assert not any(t == typ and m == "asserted" for t, _a, _r, m in got), sorted(got)
