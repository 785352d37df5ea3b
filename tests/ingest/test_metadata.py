import pytest

from balkanscope.ingest.metadata import detect_language, find_date, parse_date, script

from .fixtures import BS, EN, HR, MK, RU, SQ, SR_CYRL, SR_LATN, TR


@pytest.mark.parametrize(
    ("text", "lang", "scr"),
    [
        (SR_LATN, "sr", "Latn"),
        (SR_CYRL, "sr", "Cyrl"),
        (HR, "hr", "Latn"),
        (BS, "bs", "Latn"),
        (RU, "ru", "Cyrl"),
        (MK, "mk", "Cyrl"),
        (SQ, "sq", "Latn"),
        (TR, "tr", "Latn"),
        (EN, "en", "Latn"),
    ],
)
def test_language_and_script(text, lang, scr):
    got, conf, alternatives = detect_language(text)
    assert got == lang and 0 < conf <= 1 and script(text) == scr
    assert lang not in alternatives


def test_bcms_uncertainty_is_recorded():
    lang, conf, alternatives = detect_language(SR_LATN)
    assert lang == "sr" and conf < 1 and {"hr", "bs", "cnr"} <= set(alternatives)
    assert abs(conf + sum(alternatives.values()) - 1) < 0.01
    # A sentence with no distinguishing cue stays uncertain rather than confidently wrong.
    _, conf2, _ = detect_language("Ministar je danas otvorio novi most na reci.")
    assert conf2 < 0.6


def test_script_mixed_and_none():
    assert script("Vučić Вучић Srbija Србија") == "mixed"
    assert script("12 34 !!") is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (SR_LATN, "2025-03-07"),
        (SR_CYRL, "2025-03-07"),
        (HR, "2025-03-19"),
        (BS, "2022-01-06"),
        (RU, "2017-06-05"),
        (MK, "2022-07-19"),
        (SQ, "2023-09-25"),
        (TR, "2023-06-05"),
        (EN, "2023-11-11"),
        ("Sarajevo, 30. maja 2022. godine", "2022-05-30"),
        ("Published 5 March 2024", "2024-03-05"),
        ("Datum: 30.05.2022.", "2022-05-30"),
        ("31. februar 2022.", None),
    ],
)
def test_datelines(text, iso):
    assert parse_date(text[:200]) == iso


def test_date_sources_in_order_of_trust():
    assert find_date(SR_LATN, None, {"published": "2024-01-02T10:00:00Z"}) == (
        "2024-01-02",
        "metadata",
    )
    assert find_date(SR_LATN, None, {"published": "Tue, 09 Jan 2024 10:00:00 GMT"}) == (
        "2024-01-09",
        "metadata",
    )
    assert find_date(SR_LATN, "https://x.example/2020/01/02/a") == ("2025-03-07", "dateline")
    assert find_date("Bez datuma.", "https://x.example/vesti/2020/01/02/a") == ("2020-01-02", "url")
    assert find_date("Bez datuma.", "https://x.example/a-20211130-b") == ("2021-11-30", "url")
    assert find_date("Bez datuma.", None) == (None, "none")
