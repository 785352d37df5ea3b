import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balkanscope.ingest.recognize import Recognizer
from balkanscope.pack import load_pack


@pytest.fixture(scope="module")
def rec(small_pack):
    return Recognizer.from_pack(small_pack)


def found(rec, text, date=None):
    return [(m.surface, m.actor_id, m.polity) for m in rec.find(text, date)]


def test_case_diacritic_and_script_insensitive(rec):
    text = "Vucic, VUČIĆ, Вучић."
    assert found(rec, text) == [
        ("Vucic", "vucic", "SRB"),
        ("VUČIĆ", "vucic", "SRB"),
        ("Вучић", "vucic", "SRB"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Serbian Latin and Cyrillic, Croatian/Bosnian case forms
        ("Predsednik Srbije razgovarao je sa Putinom.", [("Srbije", "SRB"), ("Putinom", "putin")]),
        ("Председник Вучића и Додику је писао.", [("Вучића", "vucic"), ("Додику", "dodik")]),
        ("u Republici Srpskoj i Srbiji", [("Republici Srpskoj", "BIH.RS"), ("Srbiji", "SRB")]),
        ("Aleksandrom Vučićem u Moskvi", [("Aleksandrom Vučićem", "vucic"), ("Moskvi", "RUS")]),
        ("srpskom ministru i ruskog gasa", [("srpskom", "SRB"), ("ruskog", "RUS")]),
        # Croatian and Bosnian (the same base forms, their case endings)
        (
            "Razgovarao je s Vučićem o Srbiji i ruskoj strani.",
            [("Vučićem", "vucic"), ("Srbiji", "SRB"), ("ruskoj", "RUS")],
        ),
        (
            "Dodik je zahvalio Rusiji i Putinu.",
            [("Dodik", "dodik"), ("Rusiji", "RUS"), ("Putinu", "putin")],
        ),
        # Russian
        (
            "Из Москвы в Кремле российского Путину НАТО",
            [
                ("Москвы", "RUS"),
                ("Кремле", "RUS"),
                ("российского", "RUS"),
                ("Путину", "putin"),
                ("НАТО", "NATO"),
            ],
        ),
        ("Сербия и России", [("Сербия", "SRB"), ("России", "RUS")]),
        # Macedonian
        ("Србија и Русија", [("Србија", "SRB"), ("Русија", "RUS")]),
        ("руската делегација и рускиот министер", [("руската", "RUS"), ("рускиот", "RUS")]),
        # Albanian
        (
            "Kurti akuzoi Vuçiqin dhe Kosovës, Rusisë",
            [("Kurti", "kurti"), ("Vuçiqin", "vucic"), ("Kosovës", "XKX"), ("Rusisë", "RUS")],
        ),
        # Turkish
        (
            "Rusya'nın ve Vučić'in, NATO'nun Kosova'daki",
            [
                ("Rusya'nın", "RUS"),
                ("Vučić'in", "vucic"),
                ("NATO'nun", "NATO"),
                ("Kosova'daki", "XKX"),
            ],
        ),
        ("Rusya’nın tutumu", [("Rusya’nın", "RUS")]),
        # English demonyms and metonyms
        (
            "Serbian troops; the Kremlin, Washington and Banja Luka",
            [
                ("Serbian", "SRB"),
                ("the Kremlin", "RUS"),
                ("Washington", "USA"),
                ("Banja Luka", "BIH.RS"),
            ],
        ),
    ],
)
def test_recognition_per_language(rec, text, expected):
    assert [(m.surface, m.actor_id) for m in rec.find(text)] == expected


def test_word_boundaries_and_longest_match(rec):
    assert found(rec, "Rusijagas Srbijagas") == []
    assert [m.surface for m in rec.find("Aleksandar Vučić")] == ["Aleksandar Vučić"]
    assert [m.surface for m in rec.find("Republike Српске")] == ["Republike Српске"]


def test_alias_across_a_line_break_keeps_exact_offsets(rec):
    text = "said Aleksandar\n   Vučić today"
    (m,) = rec.find(text)
    assert text[m.start : m.end] == m.surface == "Aleksandar\n   Vučić"


def test_abbreviations_keep_their_capitals(rec):
    assert found(rec, "SAD i sad, US and us") == [("SAD", "USA", "USA"), ("US", "USA", "USA")]


def test_person_resolves_to_polity_of_role_at_document_date(rec):
    assert found(rec, "Dodik", "2020-06-01") == [("Dodik", "dodik", "BIH")]
    assert found(rec, "Dodik", "2023-02") == [("Dodik", "dodik", "BIH.RS")]
    assert found(rec, "Dodik") == [("Dodik", "dodik", "BIH.RS")]


def test_shared_alias_is_resolved_by_context_or_marked_ambiguous(rec):
    (m,) = rec.find("Đukanović je govorio.")
    assert (m.actor_id, m.polity, m.ambiguous, m.candidates) == (
        None,
        None,
        True,
        ["ivan_dj", "milo"],
    )
    first, second = rec.find("Đukanović je govorio. Milo Đukanović je potom otišao.")
    assert (first.actor_id, first.ambiguous, first.candidates) == (
        "milo",
        False,
        ["ivan_dj", "milo"],
    )
    assert second.actor_id == "milo"


def test_alias_flagged_ambiguous_needs_an_unambiguous_mention(rec):
    (m,) = rec.find("Rama.")
    assert m.ambiguous and m.actor_id is None and m.candidates == ["rama"]
    ms = rec.find("Edi Rama foli. Rama tha.")
    assert [(x.surface, x.actor_id, x.ambiguous) for x in ms] == [
        ("Edi Rama", "rama", False),
        ("Rama", "rama", False),
    ]


def test_bundled_pack_finds_polities():
    rec = Recognizer.from_pack(load_pack())
    ids = {m.actor_id for m in rec.find("Serbia, Russia, Kosovo, Montenegro and North Macedonia.")}
    assert {"SRB", "RUS", "XKX", "MNE", "MKD"} <= ids


_PIECES = st.sampled_from(
    [
        "Vučić",
        "Вучића",
        " ",
        "\n",
        "SAD",
        "sad",
        "Srbiji",
        "ß",
        "Ǆ",
        "İ",
        "ь",
        "Rusya'nın",
        ".",
        "x",
        "đ",
        "Ђ",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_every_span_equals_its_surface(rec, text):
    prev = 0
    for m in rec.find(text):
        assert text[m.start : m.end] == m.surface
        assert prev <= m.start < m.end <= len(text)
        prev = m.end


@settings(deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("aZčĆđĐ ß\n\t\r ьЪщЉџİıǅ’x.,'-7\u0301\U0001f600")),
        max_size=40,
    )
)
def test_words_map_agrees_with_text_fold(text):
    from balkanscope.ingest.folding import fast_fold, words_map
    from balkanscope.text import fold

    assert fast_fold(text) == fold(text)
    padded, idx = words_map(text)
    expected = re.sub(" +", " ", "".join(c if c.isalnum() else " " for c in fold(text))).strip()
    assert padded == f" {expected} "
    assert len(idx) == len(padded) - 2
    for k, src in enumerate(idx):
        ch = padded[k + 1]
        assert ch in fold(text[src]) or (ch == " " and not fold(text[src]).isalnum())


def test_turkish_suffix_forms_need_their_apostrophe():
    """ "Vučić i Orban" is two persons joined by "and", not Turkish "Vučić'i"."""
    from balkanscope.ingest.recognize import Recognizer
    from balkanscope.pack import load_pack

    rec = Recognizer.from_pack(load_pack())
    assert [m.surface for m in rec.find("Vučić i Orban su se dogovorili.")] == ["Vučić", "Orban"]
    assert [m.surface for m in rec.find("Вучич и Орбан договорились.")] == ["Вучич", "Орбан"]
    assert [m.surface for m in rec.find("Milorad Dodik in Banja Luka")] == [
        "Milorad Dodik",
        "Banja Luka",
    ]
    assert [m.surface for m in rec.find("Vučić'in Ankara ziyareti")][0] == "Vučić'in"
