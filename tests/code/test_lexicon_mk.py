"""Macedonian triggers and modality cues (lexicons/triggers/mk.yaml, modality/mk.yaml).

Hand-written sentences about invented but plausible situations between real polities, run
through the whole coder: one or more per event type, then modality cues.
"""

from __future__ import annotations

import pytest

from .lexicon_cases import assert_event, assert_only_modality

LANG = "mk"

CASES = [
    (
        "Србија го потврди непризнавањето на Косово.",
        "REJECT",
        "SRB",
        "XKX",
    ),  # non-recognition is REJECT
    (
        "Премиерот на Северна Македонија се сретна вчера со германскиот канцелар во Берлин.",
        "CONSULT",
        "MKD",
        "DEU",
    ),
    (
        "Претседателката на Северна Македонија разговараше телефонски со претседателот на Турција.",
        "CONSULT",
        "MKD",
        "TUR",
    ),
    (
        "Министерот за надворешни работи на Грција допатува во официјална посета на Северна Македонија.",
        "CONSULT",
        "GRC",
        "MKD",
    ),
    (
        "Северна Македонија и Косово се договорија за заеднички граничен премин.",
        "AGREE",
        "MKD",
        "XKX",
    ),
    ("Владата на Србија го прифати предлогот на Европската унија.", "AGREE", "SRB", "EU"),
    (
        "Министрите на Северна Македонија и Албанија потпишаа меморандум за енергетика.",
        "SUPPORT",
        "MKD",
        "ALB",
    ),
    ("Северна Македонија потпиша меморандум за енергетика со Албанија.", "SUPPORT", "MKD", "ALB"),
    (
        "Парламентот на Шпанија го ратификуваше протоколот за пристапување на Северна Македонија.",
        "SUPPORT",
        "ESP",
        "MKD",
    ),
    ("Германија ја поздрави одлуката на Владата на Северна Македонија.", "SUPPORT", "DEU", "MKD"),
    ("Израел ја призна независноста на Косово.", "SUPPORT", "ISR", "XKX"),
    ("Бугарија го крена ветото за Северна Македонија.", "CONCEDE", "BGR", "MKD"),
    ("Северна Македонија се приклучи кон НАТО во 2020 година.", "COOPERATE", "MKD", "NATO"),
    (
        "Армијата на Северна Македонија одржа заедничка вежба со армијата на Албанија.",
        "COOPERATE",
        "MKD",
        "ALB",
    ),
    ("Кина донираше вакцини на Северна Македонија.", "AID", "CHN", "MKD"),
    ("Германија испорача хуманитарна помош на Албанија.", "AID", "DEU", "ALB"),
    ("Србија ги ослободи тројцата полицајци од Косово.", "RETREAT", "SRB", "XKX"),
    ("Русија ги повлече трупите од границата со Украина.", "RETREAT", "RUS", "UKR"),
    ("Европската унија ја повика Србија да воведе санкции против Русија.", "REQUEST", "EU", "SRB"),
    ("Скопје побара од Софија објаснување.", "REQUEST", "MKD", "BGR"),
    (
        "Министерството за надворешни работи на Русија ја осуди одлуката на Северна Македонија.",
        "ACCUSE",
        "RUS",
        "MKD",
    ),
    ("Премиерот на Косово го обвини Белград за нападот.", "ACCUSE", "XKX", "SRB"),
    ("Грција го отфрли предлогот на Северна Македонија.", "REJECT", "GRC", "MKD"),
    ("Франција го блокираше почетокот на преговорите со Албанија.", "REJECT", "FRA", "ALB"),
    ("Русија ѝ се закани на Северна Македонија со контрамерки.", "THREATEN", "RUS", "MKD"),
    ("Вашингтон го предупреди Белград за можни санкции.", "THREATEN", "USA", "SRB"),
    ("Косово го бојкотираше самитот во Белград.", "PROTEST", "XKX", "SRB"),
    ("Северна Македонија протера пет руски дипломати.", "SANCTION", "MKD", "RUS"),
    ("Европската унија воведе санкции против Русија.", "SANCTION", "EU", "RUS"),
    ("Бугарија го затвори воздушниот простор за рускиот авион.", "SANCTION", "BGR", "RUS"),
    ("Србија распореди војска на границата со Косово.", "MOBILIZE", "SRB", "XKX"),
    ("Српската полиција уапси тројца косовски полицајци.", "COERCE", "SRB", "XKX"),
    ("Русија ја нападна Украина во февруари 2022 година.", "ASSAULT", "RUS", "UKR"),
    ("НАТО ја бомбардираше Југославија во 1999 година.", "ASSAULT", "NATO", "SRB"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), CASES)
def test_each_type(code, text, typ, actor, recipient):
    assert_event(code, LANG, text, typ, actor, recipient)


# Everyday news wording beyond the one-per-type cases: other aspects, persons and tenses of the
# verbs, event nouns and synonyms.
NEWS_CASES = [
    ("Министерот за надворешни работи на Грција пристигна во Скопје.", "CONSULT", "GRC", "MKD"),
    (
        "Премиерот на Албанија дискутираше со претседателот на Косово за енергетика.",
        "CONSULT",
        "ALB",
        "XKX",
    ),
    ("Северна Македонија и Бугарија се усогласија за протоколот.", "AGREE", "MKD", "BGR"),
    ("Грција гласаше за приемот на Северна Македонија во НАТО.", "SUPPORT", "GRC", "MKD"),
    ("Бугарија ја крена блокадата за Северна Македонија.", "CONCEDE", "BGR", "MKD"),
    ("Кинеска компанија гради автопат во Северна Македонија.", "COOPERATE", "CHN", "MKD"),
    ("Турција предаде воена опрема на Северна Македонија.", "AID", "TUR", "MKD"),
    ("Европската унија обезбеди средства за Северна Македонија.", "AID", "EU", "MKD"),
    ("Русија ги укина санкциите за Србија.", "RETREAT", "RUS", "SRB"),
    ("Бугарија изврши притисок врз Северна Македонија.", "REQUEST", "BGR", "MKD"),
    (
        "Министерството за надворешни работи на Северна Македонија го повика амбасадорот на Русија.",
        "ACCUSE",
        "MKD",
        "RUS",
    ),
    ("Унгарија гласаше против предлогот на Европската унија.", "REJECT", "HUN", "EU"),
    ("Русија ја уценува Молдавија со гасот.", "THREATEN", "RUS", "MDA"),
    ("Северна Македонија воведе рестрикции за Русија.", "SANCTION", "MKD", "RUS"),
    ("Србија префрли трупи кон границата со Косово.", "MOBILIZE", "SRB", "XKX"),
    ("Србија собори дрон на Косово.", "ASSAULT", "SRB", "XKX"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), NEWS_CASES)
def test_news_wording(code, text, typ, actor, recipient):
    assert_event(code, LANG, text, typ, actor, recipient)


MODALITY = [
    ("Русија не ја нападна Украина.", "ASSAULT", "RUS", "UKR", "negated"),
    ("Русија ќе ја нападне Украина.", "ASSAULT", "RUS", "UKR", "future"),
    ("Русија би можела да ја нападне Украина.", "ASSAULT", "RUS", "UKR", "hypothetical"),
    ("Србија треба да воведе санкции против Русија.", "SANCTION", "SRB", "RUS", "hypothetical"),
    ("Дали Русија ја нападна Украина?", "ASSAULT", "RUS", "UKR", "hypothetical"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient", "modality"), MODALITY)
def test_modality_cues(code, text, typ, actor, recipient, modality):
    assert_only_modality(code, LANG, text, typ, actor, recipient, modality)
