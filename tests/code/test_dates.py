"""Event dates from the sentence, resolved against the document date."""

from __future__ import annotations

import pytest

from balkanscope.code import extract_text


def _date(pack, text, lang, doc_date):
    evs = extract_text(text, doc_date, lang, pack)
    assert evs, "no event coded"
    return evs[0]["date"]


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        ("Russia attacked Ukraine on 24 February 2022.", "2023-01-05", "2022-02-24"),
        ("Russia attacked Ukraine on February 24, 2022.", None, "2022-02-24"),
        ("Russia attacked Ukraine on 24.02.2022.", None, "2022-02-24"),
        ("Russia attacked Ukraine in February 2022.", None, "2022-02"),
        ("Russia attacked Ukraine in 2014.", None, "2014"),
        ("Russia attacked Ukraine yesterday.", "2022-02-25", "2022-02-24"),
        ("Russia attacked Ukraine on Thursday.", "2022-02-26", "2022-02-24"),
        ("Russia attacked Ukraine on 24 February.", "2022-03-10", "2022-02-24"),
        ("Russia attacked Ukraine on 24 December.", "2023-01-03", "2022-12-24"),
        ("Russia attacked Ukraine in late September.", "2023-11-11", "2023-09"),
        ("Russia attacked Ukraine yesterday.", None, None),
        ("Russia attacked Ukraine.", "2022-02-25", None),
    ],
)
def test_english_dates(pack, text, doc_date, expected):
    assert _date(pack, text, "en", doc_date) == expected


def test_may_the_modal_is_not_a_month(pack):
    evs = extract_text("Russia may attack Ukraine.", "2022-02-25", "en", pack)
    assert evs and evs[0]["date"] is None and evs[0]["modality"] == "hypothetical"


def test_serbian_and_russian_month_and_weekday_words(pack):
    from balkanscope.code.lexicon import load_lexicons

    langs = load_lexicons(pack).by_lang
    if "sr" in langs:
        assert _date(pack, "Vučić je posetio Moskvu u septembru.", "sr", "2023-11-11") == "2023-09"
        assert _date(pack, "Vučić je juče posetio Moskvu.", "sr", "2023-11-11") == "2023-11-10"
    if "ru" in langs:
        assert _date(pack, "Вучич посетил Москву в пятницу.", "ru", "2023-11-13") == "2023-11-10"
