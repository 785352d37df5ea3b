"""Albanian triggers and modality cues (lexicons/triggers/sq.yaml, modality/sq.yaml).

Hand-written sentences about invented but plausible situations between real polities, run
through the whole coder: one or more per event type, then modality cues.
"""

from __future__ import annotations

import pytest

from .lexicon_cases import assert_event, assert_only_modality

LANG = "sq"

CASES = [
    ("Serbia vazhdon mosnjohjen e Kosovës.", "REJECT", "SRB", "XKX"),  # non-recognition is REJECT
    (
        "Kryeministri i Shqipërisë u takua dje në Romë me kryeministren e Italisë.",
        "CONSULT",
        "ALB",
        "ITA",
    ),
    (
        "Presidentja e Kosovës bisedoi në telefon me sekretarin amerikan të shtetit.",
        "CONSULT",
        "XKX",
        "USA",
    ),
    ("Ministri i jashtëm i Turqisë vizitoi Tiranën të martën.", "CONSULT", "TUR", "ALB"),
    ("Shqipëria dhe Greqia ranë dakord për kufirin detar.", "AGREE", "ALB", "GRC"),
    ("Gjermania premtoi mbështetje për Kosovën.", "AGREE", "DEU", "XKX"),
    ("Shqipëria nënshkroi një marrëveshje për energjinë me Kosovën.", "SUPPORT", "ALB", "XKX"),
    (
        "Parlamenti i Greqisë ratifikoi protokollin për Maqedoninë e Veriut.",
        "SUPPORT",
        "GRC",
        "MKD",
    ),
    ("Shtetet e Bashkuara përshëndetën vendimin e Qeverisë së Kosovës.", "SUPPORT", "USA", "XKX"),
    ("Izraeli njohu pavarësinë e Kosovës në vitin 2020.", "SUPPORT", "ISR", "XKX"),
    ("Bullgaria hoqi vetonë ndaj Maqedonisë së Veriut.", "CONCEDE", "BGR", "MKD"),
    ("Shqipëria u bë anëtare e NATO-s në vitin 2009.", "COOPERATE", "ALB", "NATO"),
    (
        "Ushtria e Shqipërisë zhvilloi një stërvitje të përbashkët me ushtrinë e Italisë.",
        "COOPERATE",
        "ALB",
        "ITA",
    ),
    ("Turqia dhuroi 500 shtëpi për Shqipërinë pas tërmetit.", "AID", "TUR", "ALB"),
    ("Bashkimi Evropian dha një grant prej 50 milionë eurosh për Kosovën.", "AID", "EU", "XKX"),
    ("Shtetet e Bashkuara dërguan armë në Ukrainë.", "AID", "USA", "UKR"),
    ("Serbia liroi tre policët e Kosovës.", "RETREAT", "SRB", "XKX"),
    ("Rusia tërhoqi trupat nga kufiri me Ukrainën.", "RETREAT", "RUS", "UKR"),
    ("Bashkimi Evropian i kërkoi Serbisë të ulë tensionet.", "REQUEST", "EU", "SRB"),
    ("Bashkimi Evropian kërkoi nga Serbia uljen e tensioneve.", "REQUEST", "EU", "SRB"),
    ("Sekretari i NATO-s bëri thirrje që Serbia të tërheqë forcat.", "REQUEST", "NATO", "SRB"),
    ("Kryeministri i Kosovës akuzoi Serbinë për sulmin.", "ACCUSE", "XKX", "SRB"),
    ("Shqipëria dënoi agresionin e Rusisë ndaj Ukrainës.", "ACCUSE", "ALB", "RUS"),
    ("Shtetet e Bashkuara kritikuan Qeverinë e Kosovës.", "ACCUSE", "USA", "XKX"),
    ("Serbia refuzoi propozimin e Kosovës.", "REJECT", "SRB", "XKX"),
    ("Beogradi hodhi poshtë akuzat e Prishtinës.", "REJECT", "SRB", "XKX"),
    ("Rusia kërcënoi Kosovën me masa reciproke.", "THREATEN", "RUS", "XKX"),
    ("Bashkimi Evropian paralajmëroi Serbinë për pasoja.", "THREATEN", "EU", "SRB"),
    ("Serbia bojkotoi samitin në Prishtinë.", "PROTEST", "SRB", "XKX"),
    ("Shtetet e Bashkuara vendosën sanksione ndaj Rusisë.", "SANCTION", "USA", "RUS"),
    ("Maqedonia e Veriut dëboi tre diplomatë rusë.", "SANCTION", "MKD", "RUS"),
    ("Shtetet e Bashkuara përjashtuan Kosovën nga stërvitja ushtarake.", "SANCTION", "USA", "XKX"),
    ("Serbia dislokoi trupa afër kufirit me Kosovën.", "MOBILIZE", "SRB", "XKX"),
    ("Policia serbe arrestoi tre policë të Kosovës.", "COERCE", "SRB", "XKX"),
    ("Rusia sulmoi Ukrainën në shkurt 2022.", "ASSAULT", "RUS", "UKR"),
    ("NATO bombardoi Jugosllavinë në vitin 1999.", "ASSAULT", "NATO", "SRB"),
    ("Marrëveshja u nënshkrua nga Shqipëria dhe Kosova.", "SUPPORT", "ALB", "XKX"),
    ("Patrulla e KFOR-it u sulmua nga forcat serbe.", "ASSAULT", "SRB", "NATO"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), CASES)
def test_each_type(code, text, typ, actor, recipient):
    assert_event(code, LANG, text, typ, actor, recipient)


# Everyday news wording beyond the one-per-type cases: other aspects, persons and tenses of the
# verbs, event nouns and synonyms.
NEWS_CASES = [
    ("Kosova reagoi duke dënuar sulmin e Serbisë.", "ACCUSE", "XKX", "SRB"),
    (
        "Kryeministri i Shqipërisë diskutoi me presidentin e Francës për zgjerimin.",
        "CONSULT",
        "ALB",
        "FRA",
    ),
    (
        "Ministri i jashtëm i Kosovës udhëtoi në Berlin për takime me qeverinë e Gjermanisë.",
        "CONSULT",
        "XKX",
        "DEU",
    ),
    ("Shqipëria dhe Italia kanë rënë dakord për bashkëpunimin në det.", "AGREE", "ALB", "ITA"),
    ("Turqia u angazhua se do të ndihmojë Shqipërinë në rindërtim.", "AGREE", "TUR", "ALB"),
    ("Kroacia votoi pro anëtarësimit të Kosovës në Këshillin e Evropës.", "SUPPORT", "HRV", "XKX"),
    ("Gjermania përgëzoi Maqedoninë e Veriut për reformat.", "SUPPORT", "DEU", "MKD"),
    ("Bullgaria hoqi kufizimet për Maqedoninë e Veriut.", "CONCEDE", "BGR", "MKD"),
    ("Kina ndërton autostradën e Malit të Zi.", "COOPERATE", "CHN", "MNE"),
    ("Turqia dorëzoi pajisje ushtarake për Shqipërinë.", "AID", "TUR", "ALB"),
    ("Bashkimi Evropian akordoi 50 milionë euro për Kosovën.", "AID", "EU", "XKX"),
    ("Rusia pakësoi numrin e trupave në Moldavi.", "RETREAT", "RUS", "MDA"),
    ("Shtetet e Bashkuara i bënë thirrje Serbisë të tërheqë trupat.", "REQUEST", "USA", "SRB"),
    ("Kosova reagoi ashpër ndaj deklaratës së Serbisë.", "ACCUSE", "XKX", "SRB"),
    ("Hungaria votoi kundër propozimit të Bashkimit Evropian.", "REJECT", "HUN", "EU"),
    ("Mali i Zi mbylli konsullatën e Rusisë.", "SANCTION", "MNE", "RUS"),
    ("Serbia zhvendosi trupa drejt kufirit me Kosovën.", "MOBILIZE", "SRB", "XKX"),
    ("Policia e Kosovës shoqëroi në polici dy zyrtarë të Serbisë.", "COERCE", "XKX", "SRB"),
    ("Rusia rrëzoi një avion të Ukrainës.", "ASSAULT", "RUS", "UKR"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), NEWS_CASES)
def test_news_wording(code, text, typ, actor, recipient):
    assert_event(code, LANG, text, typ, actor, recipient)


MODALITY = [
    ("Rusia nuk e sulmoi Ukrainën.", "ASSAULT", "RUS", "UKR", "negated"),
    ("Rusia do të sulmojë Ukrainën.", "ASSAULT", "RUS", "UKR", "future"),
    ("Nëse Rusia sulmon Ukrainën, lufta zgjerohet.", "ASSAULT", "RUS", "UKR", "hypothetical"),
    ("Serbia duhet të vendosë sanksione ndaj Rusisë.", "SANCTION", "SRB", "RUS", "hypothetical"),
    ("A e sulmoi Rusia Ukrainën?", "ASSAULT", "RUS", "UKR", "hypothetical"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient", "modality"), MODALITY)
def test_modality_cues(code, text, typ, actor, recipient, modality):
    assert_only_modality(code, LANG, text, typ, actor, recipient, modality)
