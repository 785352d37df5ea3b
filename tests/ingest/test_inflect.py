import pytest

from balkanscope.ingest.inflect import MAX_FORMS, inflect


@pytest.mark.parametrize(
    ("base", "lang", "kind", "expected"),
    [
        ("Srbija", "sr_latn", "name", {"Srbije", "Srbiji", "Srbiju", "Srbijom"}),
        ("Vučić", "sr_latn", "name", {"Vučića", "Vučiću", "Vučićem"}),
        ("Вучић", "sr_cyrl", "name", {"Вучића", "Вучићу", "Вучићем"}),
        ("Додик", "sr_cyrl", "name", {"Додика", "Додику", "Додиком"}),
        ("Amerika", "hr", "name", {"Amerike", "Americi", "Ameriku"}),
        ("Kosovo", "bs", "name", {"Kosova", "Kosovu", "Kosovom"}),
        ("Aleksandar Vučić", "sr_latn", "name", {"Aleksandra Vučića", "Aleksandrom Vučićem"}),
        (
            "Republika Srpska",
            "sr_latn",
            "name",
            {"Republike Srpske", "Republici Srpskoj", "Republiku Srpsku"},
        ),
        ("Crna Gora", "cnr", "name", {"Crne Gore", "Crnoj Gori", "Crnom Gorom"}),
        (
            "srpski",
            "sr_latn",
            "demonym",
            {"srpskog", "srpskoj", "srpska", "srpske", "srpskom", "srpskim", "srpsku", "srpskih"},
        ),
        ("Москва", "ru", "name", {"Москвы", "Москве", "Москву", "Москвой"}),
        ("Россия", "ru", "name", {"России", "Россию", "Россией"}),
        ("Путин", "ru", "name", {"Путина", "Путину", "Путиным", "Путине"}),
        ("Кремль", "ru", "metonym", {"Кремля", "Кремле", "Кремлём"}),
        ("Америка", "ru", "name", {"Америки", "Америке"}),
        (
            "российский",
            "ru",
            "demonym",
            {"российская", "российского", "российской", "российскую", "российские", "российских"},
        ),
        ("Северная Македония", "ru", "name", {"Северной Македонии", "Северную Македонию"}),
        ("руски", "mk", "demonym", {"руска", "руско", "рускиот", "руската", "руските"}),
        ("Kosova", "sq", "name", {"Kosovës", "Kosovën", "Kosovë"}),
        ("Rusia", "sq", "name", {"Rusisë", "Rusinë"}),
        ("Kurti", "sq", "name", {"Kurtit", "Kurtin"}),
        ("Vuçiq", "sq", "name", {"Vuçiqi", "Vuçiqit", "Vuçiqin"}),
        ("Rusya", "tr", "name", {"Rusya'nın", "Rusya'ya", "Rusya'yı", "Rusya'da", "Rusya'dan"}),
        ("Vučić", "tr", "name", {"Vučić'in", "Vučić'e", "Vučić'i", "Vučić'te", "Vučić'ten"}),
        ("Kosova", "tr", "name", {"Kosova'daki", "Kosova'nın"}),
        ("Türkiye", "tr", "name", {"Türkiye'nin", "Türkiye'ye", "Türkiye'de"}),
        ("NATO", "tr", "abbreviation", {"NATO'nun", "NATO'ya"}),
        ("Serbian", "en", "demonym", {"Serbians"}),
    ],
)
def test_forms_for_each_language(base, lang, kind, expected):
    forms = inflect(base, lang, kind)
    assert forms[0] == base
    assert expected <= set(forms)


@pytest.mark.parametrize(
    ("base", "lang", "wrong"),
    [
        ("Rusya", "tr", {"Rusya'nin", "Rusya'ye"}),  # vowel harmony
        ("Vučić", "tr", {"Vučić'de", "Vučić'nın"}),  # voiceless ending, no buffer n
        ("Путин", "ru", {"Путинa"}),
    ],
)
def test_wrong_forms_are_not_generated(base, lang, wrong):
    assert not wrong & set(inflect(base, lang))


def test_inflect_false_and_abbreviations_stay_as_given():
    assert inflect("Rama", "sq", enabled=False) == ["Rama"]
    assert inflect("SAD", "sr_latn", "abbreviation") == ["SAD"]
    assert inflect("Washington", "fr") == ["Washington"]  # no rules for this language


def test_long_aliases_are_bounded():
    assert (
        len(inflect("Savez nezavisnih socijaldemokrata Republike Srpske Banja Luka", "sr_latn"))
        <= MAX_FORMS
    )
