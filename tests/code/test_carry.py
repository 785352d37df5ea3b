"""Cross-sentence carry-over: a sentence whose actor is a dropped subject, a pronoun or a
description of the pair just named takes the previous sentence's subject (and object), and a
reaction to "the decision" takes the previous event's parties, with a lower confidence; the
evidence span stays the sentence itself; a paragraph break ends it."""

from __future__ import annotations

import pytest

from balkanscope.code import extract_text
from balkanscope.code.lexicon import load_modality_file
from balkanscope.errors import PackError


def _second(text: str, lang: str, pack) -> set[tuple]:
    """Events whose evidence is the text's second sentence (after the first full stop)."""
    cut = text.index(".") + 1
    return {
        (e["type"], e["actor_polity"], e["recipient_polity"], e["modality"])
        for e in extract_text(text, "2024-05-02", lang, pack)
        if e["start"] >= cut
    }


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        # dropped subject (pro-drop): the previous sentence's subject acts
        (
            "sr",
            "Predsednik Srbije Aleksandar Vučić stigao je jutros u Soči. "
            "Razgovarao je sa Vladimirom Putinom o isporukama gasa.",
            ("CONSULT", "SRB", "RUS", "asserted"),
        ),
        # subject pronouns
        (
            "ru",
            "Президент России Владимир Путин прилетел в Белград. "
            "Он провёл переговоры с Александром Вучичем.",
            ("CONSULT", "RUS", "SRB", "asserted"),
        ),
        (
            "sq",
            "Kryeministri i Kosovës Albin Kurti mbërriti në Bruksel. Ai u takua me Josep Borrellin.",
            ("CONSULT", "XKX", "EU", "asserted"),
        ),
        (
            "en",
            "Serbian President Aleksandar Vučić flew to Sochi on Monday. "
            "He met Vladimir Putin for three hours.",
            ("CONSULT", "SRB", "RUS", "asserted"),
        ),
        # a definite description of a role: the previous subject, unless it is a title
        (
            "sr",
            "Ruski ambasador Aleksandar Bocan-Harčenko posetio je Banjaluku. "
            "Ambasador je razgovarao sa Miloradom Dodikom.",
            ("CONSULT", "RUS", "BIH.RS", "asserted"),
        ),
        # object pronoun: the previous sentence's object
        (
            "ru",
            "Президент России Владимир Путин принял в Кремле президента Сербии Александра Вучича. "
            "Через неделю Пекин пригласил его на форум.",
            ("AGREE", "CHN", "SRB", "asserted"),
        ),
        # a description of the pair: both arguments of the previous sentence
        (
            "en",
            "Serbian President Aleksandar Vučić met Vladimir Putin in Sochi. "
            "The two presidents also discussed gas prices.",
            ("CONSULT", "SRB", "RUS", "asserted"),
        ),
        (
            "mk",
            "Премиерот на Северна Македонија Димитар Ковачевски го прими грчкиот премиер "
            "Кирјакос Мицотакис во Скопје. Двајцата лидери разговараа за енергетиката.",
            ("CONSULT", "MKD", "GRC", "asserted"),
        ),
        (
            "tr",
            "Cumhurbaşkanı Erdoğan, Sırbistan Cumhurbaşkanı Vučić'i Ankara'da ağırladı. "
            "İki lider daha sonra enerji konusunu görüştü.",
            ("CONSULT", "TUR", "SRB", "asserted"),
        ),
    ],
)
def test_missing_argument_comes_from_the_previous_sentence(pack, lang, text, event):
    assert event in _second(text, lang, pack)


@pytest.mark.parametrize(
    ("lang", "text", "events"),
    [
        # a third party reacting to a one-sided decision: its object (and "Premijer",
        # "Kryeministri" next to a name are titles, not pronouns)
        (
            "hr",
            "Europska unija dodijelila je Bosni i Hercegovini status kandidata. "
            "Premijer Andrej Plenković pozdravio je odluku.",
            {("SUPPORT", "HRV", "BIH", "asserted")},
        ),
        (
            "en",
            "The European Union granted candidate status to Bosnia and Herzegovina. "
            "Croatian Prime Minister Andrej Plenković welcomed the decision.",
            {("SUPPORT", "HRV", "BIH", "asserted")},
        ),
        # a third party reacting to an agreement: both of its parties
        (
            "sq",
            "Kosova dhe Serbia arritën marrëveshje në Ohër. "
            "Kryeministri turk e përshëndeti marrëveshjen.",
            {("SUPPORT", "TUR", "XKX", "asserted"), ("SUPPORT", "TUR", "SRB", "asserted")},
        ),
    ],
)
def test_a_reaction_to_the_previous_event_takes_its_parties(pack, lang, text, events):
    assert _second(text, lang, pack) == events
    assert _second(text.replace(". ", ".\n\n", 1), lang, pack) == set()


def test_carried_events_have_lower_confidence_and_keep_their_own_span(pack):
    text = "Serbian President Aleksandar Vučić flew to Sochi. He met Vladimir Putin there."
    (ev,) = extract_text(text, "2024-05-02", "en", pack)
    assert ev["text"] == "He met Vladimir Putin there."
    assert ev["text"] == text[ev["start"] : ev["end"]]
    (explicit,) = extract_text("Vučić met Vladimir Putin there.", "2024-05-02", "en", pack)
    assert ev["confidence"] < explicit["confidence"]


def test_a_paragraph_break_ends_the_carry_over(pack):
    one = "Predsednik Srbije Aleksandar Vučić stigao je u Soči. Razgovarao je sa Putinom."
    assert _second(one, "sr", pack) == {("CONSULT", "SRB", "RUS", "asserted")}
    assert _second(one.replace(". ", ".\n\n"), "sr", pack) == set()


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        ("sr", "Vučić je u utorak razgovarao sa Putinom.", "Sastanak je trajao tri sata."),
        ("ru", "Вучич во вторник провёл переговоры с Путиным.", "Встреча продолжалась три часа."),
    ],
)
def test_a_sentence_naming_no_party_only_re_mentions_the_previous_event(pack, lang, first, second):
    """ "The meeting lasted three hours" after a meeting is that meeting again; after an
    accusation it is some other meeting whose parties the text does not give."""
    assert _second(f"{first} {second}", lang, pack) == {("CONSULT", "SRB", "RUS", "asserted")}
    accusation = {
        "sr": "Vučić je u utorak optužio Putina za mešanje u izbore.",
        "ru": "Вучич во вторник обвинил Путина во вмешательстве в выборы.",
    }[lang]
    assert _second(f"{accusation} {second}", lang, pack) == set()


def test_english_has_no_dropped_subject(pack):
    """Only pro-drop languages (post-verbal subjects allowed) carry a missing subject; in
    English a subjectless trigger is a noun ("talks with Putin"), not a verb without subject."""
    text = "Serbian President Aleksandar Vučić flew to Sochi. Talks with Putin lasted three hours."
    assert _second(text, "en", pack) == set()


def test_pronoun_keys_are_validated(tmp_path):
    p = tmp_path / "xx.yaml"
    p.write_text('langs: [xx]\npronouns: "on"\n')
    with pytest.raises(PackError, match="must be a list") as e:
        load_modality_file(p)
    assert e.value.field == "pronouns"
    p.write_text("langs: [xx]\npair_pronouns: ['dvojica', 'obe (strane)']\n")
    with pytest.raises(PackError, match="bad token") as e:
        load_modality_file(p)
    assert e.value.field == "pair_pronouns[1]"


def test_after_a_passive_the_pronoun_is_its_surface_subject(pack):
    """ "Vučić was received by Putin. He then met Erdoğan": "he" is Vučić, not the agent."""
    text = "Vučić was received by Vladimir Putin in Moscow. He then met Recep Tayyip Erdoğan."
    assert _second(text, "en", pack) == {("CONSULT", "SRB", "TUR", "asserted")}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("bs", "Dodik je kritikovao Putina u Moskvi.\nDvojica sagovornika razgovarala su i o "
         "fudbalskoj utakmici."),
        ("en", "Dodik criticised Putin in Moscow.\nThe two men also discussed a football match."),
        ("ru", "Додик раскритиковал Путина в Москве.\nОба собеседника обсудили также футбольный "
         "матч."),
    ],
)  # fmt: skip
def test_the_two_interlocutors_are_the_previous_pair(code, lang, text):
    got = {(t, frozenset((a, r))) for t, a, r, m in code(text, lang) if m == "asserted"}
    assert ("CONSULT", frozenset(("BIH.RS", "RUS"))) in got


@pytest.mark.parametrize(
    "lang,text,want",
    [
        ("sr", "Evropska unija je pozvala Srbiju da uvede sankcije Rusiji.\n"
         "Beograd je te pozive odbio.", ("SRB", "EU")),
        ("hr", "Crna Gora je zatražila od Europske unije pomoć za otplatu kredita.\n"
         "Bruxelles je taj zahtjev odbio.", ("EU", "MNE")),
    ],
)  # fmt: skip
def test_a_fronted_description_of_a_request_is_the_object_not_a_request(code, lang, text, want):
    """ "te pozive odbio": the calls are what was refused, so the refusal is asserted."""
    got = {(t, a, r) for t, a, r, m in code(text, lang) if m == "asserted"}
    assert ("REJECT", *want) in got
