"""Serbian, Croatian, Bosnian and Montenegrin triggers and modality cues (bcms.yaml).

Hand-written sentences about invented but plausible situations between real polities, run
through the whole coder: one or more per event type, then modality cues, the four language codes, both scripts and date words.
"""

from __future__ import annotations

import pytest

from .lexicon_cases import assert_event, assert_only_modality, event_dates

LANG = "sr"

CASES = [
    (
        "Srbija nastavlja politiku nepriznavanja Kosova.",
        "REJECT",
        "SRB",
        "XKX",
    ),  # non-recognition is REJECT
    (
        "Predsednik Srbije sastao se u utorak sa kancelarom Nemačke u Berlinu.",
        "CONSULT",
        "SRB",
        "DEU",
    ),
    (
        "Премијер Србије разговарао је телефоном са министром спољних послова Кине.",
        "CONSULT",
        "SRB",
        "CHN",
    ),
    ("Hrvatski premijer posjetio je jučer Sarajevo.", "CONSULT", "HRV", "BIH"),
    ("Srbija i Mađarska dogovorile su izgradnju novog naftovoda.", "AGREE", "SRB", "HUN"),
    ("Vučić i Orban su se dogovorili o izgradnji naftovoda.", "AGREE", "SRB", "HUN"),
    ("Kina je obećala Srbiji nove investicije u rudarstvo.", "AGREE", "CHN", "SRB"),
    ("Srbija je potpisala memorandum o energetici sa Azerbejdžanom.", "SUPPORT", "SRB", "AZE"),
    ("Njemačka je pozdravila odluku Vlade Crne Gore.", "SUPPORT", "DEU", "MNE"),
    ("Izrael je priznao nezavisnost Kosova 2020. godine.", "SUPPORT", "ISR", "XKX"),
    ("Bugarska je povukla veto na početak pregovora sa Skopljem.", "CONCEDE", "BGR", "MKD"),
    ("Crna Gora se 2017. godine pridružila NATO-u.", "COOPERATE", "MNE", "NATO"),
    ("Vojska Srbije održala je zajedničku vežbu sa vojskom Mađarske.", "COOPERATE", "SRB", "HUN"),
    ("Rusija je isporučila Srbiji šest aviona MiG-29.", "AID", "RUS", "SRB"),
    ("Europska unija donirala je Bosni i Hercegovini 20 milijuna eura.", "AID", "EU", "BIH"),
    ("Kina je Crnoj Gori još 2014. odobrila kredit za autoput.", "AID", "CHN", "MNE"),
    ("Rusija je povukla svoje trupe sa granice sa Ukrajinom.", "RETREAT", "RUS", "UKR"),
    ("Srbija je oslobodila trojicu policajaca sa Kosova.", "RETREAT", "SRB", "XKX"),
    ("Evropska unija je pozvala Beograd da uskladi spoljnu politiku.", "REQUEST", "EU", "SRB"),
    ("Приштина је затражила од Београда хитно објашњење.", "REQUEST", "XKX", "SRB"),
    ("Ministarstvo spoljnih poslova Rusije osudilo je odluku Crne Gore.", "ACCUSE", "RUS", "MNE"),
    ("Premijer Kosova optužio je Beograd za organizovanje napada.", "ACCUSE", "XKX", "SRB"),
    ("Hrvatska je kritizirala izjavu srbijanskog ministra obrane.", "ACCUSE", "HRV", "SRB"),
    ("Mađarska je odbila zahtjev Njemačke.", "REJECT", "HUN", "DEU"),
    ("Београд је одбацио оптужбе Приштине.", "REJECT", "SRB", "XKX"),
    ("Ruski ambasador zaprijetio je Bosni i Hercegovini.", "THREATEN", "RUS", "BIH"),
    ("Vašington je upozorio Beograd na moguće sankcije.", "THREATEN", "USA", "SRB"),
    (
        "Predstavnici Republike Srpske bojkotuju rad institucija Bosne i Hercegovine.",
        "PROTEST",
        "BIH.RS",
        "BIH",
    ),
    ("Sjedinjene Države uvele su sankcije Republici Srpskoj.", "SANCTION", "USA", "BIH.RS"),
    ("Crna Gora je proterala ruskog diplomatu.", "SANCTION", "MNE", "RUS"),
    ("Bugarska je zatvorila vazdušni prostor za ruske avione.", "SANCTION", "BGR", "RUS"),
    ("Srbija je rasporedila trupe uz administrativnu liniju sa Kosovom.", "MOBILIZE", "SRB", "XKX"),
    ("Srpska policija uhapsila je trojicu kosovskih policajaca.", "COERCE", "SRB", "XKX"),
    ("Rusija je napala Ukrajinu u februaru 2022. godine.", "ASSAULT", "RUS", "UKR"),
    ("NATO je bombardovao Jugoslaviju 1999. godine.", "ASSAULT", "NATO", "SRB"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), CASES)
def test_each_type(code, text, typ, actor, recipient):
    assert_event(code, LANG, text, typ, actor, recipient)


# Everyday news wording beyond the one-per-type cases: other aspects, persons and tenses of the
# verbs, event nouns and synonyms.
NEWS_CASES = [
    (
        "Sastavši se sa predsednikom Mađarske, predsednik Srbije je najavio nove projekte.",
        "CONSULT",
        "SRB",
        "HUN",
    ),
    ("Hrvatska je uložila prosvjed Srbiji zbog incidenta na granici.", "ACCUSE", "HRV", "SRB"),
    ("Kina je uložila 300 milijuna eura u Srbiju.", "COOPERATE", "CHN", "SRB"),
    (
        "Ministar spoljnih poslova Srbije obišao je Budimpeštu i sastao se sa kolegom iz Mađarske.",
        "CONSULT",
        "SRB",
        "HUN",
    ),
    ("Hrvatski ministar raspravljao je o granici sa ministrom Slovenije.", "CONSULT", "HRV", "SVN"),
    ("Mađarska je preuzela obavezu da finansira deonicu pruge do Srbije.", "AGREE", "HUN", "SRB"),
    ("Kina je sklopila sporazum o slobodnoj trgovini sa Srbijom.", "SUPPORT", "CHN", "SRB"),
    ("Njemačka je dala potporu Crnoj Gori na putu prema Europskoj uniji.", "SUPPORT", "DEU", "MNE"),
    ("Грчка је гласала за пријем Косова у Савет Европе.", "SUPPORT", "GRC", "XKX"),
    ("Bugarska je ukinula ograničenja za Sjevernu Makedoniju.", "CONCEDE", "BGR", "MKD"),
    ("Vojska Crne Gore učestvovala je u vežbi sa vojskom Italije.", "COOPERATE", "MNE", "ITA"),
    (
        "Kina gradi autoput za Crnu Goru.",
        "COOPERATE",
        "CHN",
        "MNE",
    ),
    ("Azerbejdžan je snabdeo Srbiju prirodnim gasom.", "COOPERATE", "AZE", "SRB"),
    ("Evropska komisija odobrila je sredstva Albaniji za obnovu.", "AID", "EU", "ALB"),
    ("Turska je poklonila Bosni i Hercegovini sanitetska vozila.", "AID", "TUR", "BIH"),
    ("Rusija je ukinula sankcije Srbiji.", "RETREAT", "RUS", "SRB"),
    ("Evropska unija vrši pritisak na Srbiju zbog Kosova.", "REQUEST", "EU", "SRB"),
    ("Hrvatska je izrazila nezadovoljstvo odlukom Srbije.", "ACCUSE", "HRV", "SRB"),
    ("Mađarska je glasala protiv rezolucije Evropske unije.", "REJECT", "HUN", "EU"),
    ("Rusija ucenjuje Moldaviju cenom gasa.", "THREATEN", "RUS", "MDA"),
    ("Crna Gora zatvorila je konzulat Rusije u Podgorici.", "SANCTION", "MNE", "RUS"),
    ("Srbija je prebacila trupe bliže granici sa Kosovom.", "MOBILIZE", "SRB", "XKX"),
    ("Ruska protivvazdušna odbrana oborila je dron Ukrajine.", "ASSAULT", "RUS", "UKR"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), NEWS_CASES)
def test_news_wording(code, text, typ, actor, recipient):
    assert_event(code, LANG, text, typ, actor, recipient)


def test_investing_effort_is_no_investment(code):
    """'uložiti' is investing only with money or a project: not effort, a protest or an appeal."""
    got = code("Srbija je uložila veliki trud u dijalog sa Kosovom.", LANG)
    assert not any(t == "COOPERATE" for t, _a, _r, _m in got), got


MODALITY = [
    ("Vučić posetiće Moskvu sledeće nedelje.", "CONSULT", "SRB", "RUS", "future"),
    ("Rusija nije napala Ukrajinu.", "ASSAULT", "RUS", "UKR", "negated"),
    ("Rusija će napasti Ukrajinu.", "ASSAULT", "RUS", "UKR", "future"),
    ("Rusija bi mogla napasti Ukrajinu.", "ASSAULT", "RUS", "UKR", "hypothetical"),
    ("Srbija treba da uvede sankcije Rusiji.", "SANCTION", "SRB", "RUS", "hypothetical"),
    ("Da li je Rusija napala Ukrajinu?", "ASSAULT", "RUS", "UKR", "hypothetical"),
    ("Srbija nije priznala nezavisnost Kosova.", "SUPPORT", "SRB", "XKX", "negated"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient", "modality"), MODALITY)
def test_modality_cues(code, text, typ, actor, recipient, modality):
    assert_only_modality(code, LANG, text, typ, actor, recipient, modality)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sr", "Србија је потписала споразум о гасу са Азербејџаном."),
        ("hr", "Hrvatska je potpisala sporazum o plinu s Azerbajdžanom."),
        ("bs", "Bosna i Hercegovina je potpisala sporazum o gasu sa Azerbejdžanom."),
        ("cnr", "Crna Gora je potpisala sporazum o gasu sa Azerbejdžanom."),
    ],
)
def test_one_file_serves_four_language_codes_and_both_scripts(code, lang, text):
    assert any(t == "SUPPORT" and r == "AZE" for t, _a, r, _m in code(text, lang))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Vlada Srbije juče je uvela sankcije Kosovu.", "2024-03-14"),
        ("Vlada Hrvatske jučer je uvela sankcije Rusiji.", "2024-03-14"),
        ("Rusija je 2. marta 2022. napala Ukrajinu.", "2022-03-02"),
        ("Rusija je 24. veljače 2022. napala Ukrajinu.", "2022-02-24"),
        ("Rusija je napala Ukrajinu u ožujku 2022.", "2022-03"),
        ("Русија је у четвртак напала Украјину.", "2024-03-14"),
        ("Rusija je prošle sedmice napala Ukrajinu.", "2024-03"),
    ],
)
def test_date_words(pack, text, date):
    assert date in event_dates(pack, text, LANG, "2024-03-15", None)
