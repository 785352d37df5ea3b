"""Turkish triggers and modality cues (lexicons/triggers/tr.yaml, modality/tr.yaml).

Hand-written sentences about invented but plausible situations between real polities, run
through the whole coder: one or more per event type, then modality cues (suffix cues: -madı, -ecek, -abilir, -meli).
"""

from __future__ import annotations

import pytest

from .lexicon_cases import assert_event, assert_only_modality

LANG = "tr"
XFAIL_SOV = "engine: in verb-final Turkish the recipient precedes the trigger, the engine only looks after it"

CASES = [
    ("Sırbistan Cumhurbaşkanı, Almanya Başbakanı ile Berlin'de görüştü.", "CONSULT", "SRB", "DEU"),
    (
        "Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile telefonda görüştü.",
        "CONSULT",
        "TUR",
        "RUS",
    ),
    pytest.param(
        "Arnavutluk Başbakanı Ankara'yı ziyaret etti.",
        "CONSULT",
        "ALB",
        "TUR",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    ("Türkiye ve Sırbistan yeni bir ticaret anlaşması konusunda anlaştı.", "AGREE", "TUR", "SRB"),
    ("Türkiye, Bosna-Hersek'e destek sözü verdi.", "AGREE", "TUR", "BIH"),
    pytest.param(
        "Türkiye ile Arnavutluk yedi anlaşma imzaladı.",
        "SUPPORT",
        "TUR",
        "ALB",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Yunanistan Meclisi, Kuzey Makedonya'nın NATO protokolünü onayladı.",
        "SUPPORT",
        "GRC",
        "MKD",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Türkiye, Kosova'nın bağımsızlığını 2008'de tanıdı.",
        "SUPPORT",
        "TUR",
        "XKX",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Almanya, Karadağ hükümetinin kararını memnuniyetle karşıladı.",
        "SUPPORT",
        "DEU",
        "MNE",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Bulgaristan, Kuzey Makedonya'ya yönelik vetoyu kaldırdı.",
        "CONCEDE",
        "BGR",
        "MKD",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Kuzey Makedonya 2020 yılında NATO'ya katıldı.",
        "COOPERATE",
        "MKD",
        "NATO",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    ("Türkiye ile Arnavutluk ortak tatbikat düzenledi.", "COOPERATE", "TUR", "ALB"),
    pytest.param(
        "Türkiye, Arnavutluk'a 522 konut teslim etti.",
        "AID",
        "TUR",
        "ALB",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Türkiye, Kosova'ya insansız hava aracı sattı.",
        "AID",
        "TUR",
        "XKX",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Türkiye, Bosna-Hersek'e insani yardım gönderdi.",
        "AID",
        "TUR",
        "BIH",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Rusya, Ukrayna sınırından askerlerini geri çekti.",
        "RETREAT",
        "RUS",
        "UKR",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Sırbistan, Kosovalı üç polisi serbest bıraktı.",
        "RETREAT",
        "SRB",
        "XKX",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Erdoğan, Sırbistan'a diyalog çağrısında bulundu.",
        "REQUEST",
        "TUR",
        "SRB",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Sırbistan, Türkiye'den yardım talep etti.",
        "REQUEST",
        "SRB",
        "TUR",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Türkiye, Sırbistan'daki saldırıyı kınadı.",
        "ACCUSE",
        "TUR",
        "SRB",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Türkiye, Yunanistan'ı uluslararası hukuku ihlal etmekle suçladı.",
        "ACCUSE",
        "TUR",
        "GRC",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Rusya, ABD'nin açıklamasını eleştirdi.",
        "ACCUSE",
        "RUS",
        "USA",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Sırbistan, Kosova'nın önerisini reddetti.",
        "REJECT",
        "SRB",
        "XKX",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Macaristan, Almanya'nın talebini veto etti.",
        "REJECT",
        "HUN",
        "DEU",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Rusya, Karadağ'ı misillemeyle tehdit etti.",
        "THREATEN",
        "RUS",
        "MNE",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "ABD, Sırbistan'ı yaptırımlar konusunda uyardı.",
        "THREATEN",
        "USA",
        "SRB",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Sırbistan, Priştine'deki zirveyi boykot etti.",
        "PROTEST",
        "SRB",
        "XKX",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "ABD, Rusya'ya yeni yaptırımlar uyguladı.",
        "SANCTION",
        "USA",
        "RUS",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Kuzey Makedonya, Rus diplomatları sınır dışı etti.",
        "SANCTION",
        "MKD",
        "RUS",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Bulgaristan, Rus uçağına hava sahasını kapattı.",
        "SANCTION",
        "BGR",
        "RUS",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Sırbistan, Kosova sınırına asker konuşlandırdı.",
        "MOBILIZE",
        "SRB",
        "XKX",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Sırp polisi üç Kosovalı polisi gözaltına aldı.",
        "COERCE",
        "SRB",
        "XKX",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "Rusya, Şubat 2022'de Ukrayna'ya saldırdı.",
        "ASSAULT",
        "RUS",
        "UKR",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
    pytest.param(
        "NATO 1999'da Yugoslavya'yı bombaladı.",
        "ASSAULT",
        "NATO",
        "SRB",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), CASES)
def test_each_type(code, text, typ, actor, recipient):
    assert_event(code, LANG, text, typ, actor, recipient)


MODALITY = [
    ("Türkiye ve Sırbistan bu yıl görüşmedi.", "CONSULT", "TUR", "SRB", "negated"),
    ("Türkiye ve Sırbistan gelecek ay görüşecek.", "CONSULT", "TUR", "SRB", "future"),
    ("Türkiye ve Sırbistan yakında görüşebilir.", "CONSULT", "TUR", "SRB", "hypothetical"),
    (
        "Türkiye ve Yunanistan sorunları çözmek için görüşmeli.",
        "CONSULT",
        "TUR",
        "GRC",
        "hypothetical",
    ),
    ("Türkiye ve Sırbistan enerji konusunda anlaştı mı?", "AGREE", "TUR", "SRB", "hypothetical"),
    pytest.param(
        "Rusya, Ukrayna'ya saldırmadı.",
        "ASSAULT",
        "RUS",
        "UKR",
        "negated",
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SOV),
    ),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient", "modality"), MODALITY)
def test_modality_cues(code, text, typ, actor, recipient, modality):
    assert_only_modality(code, LANG, text, typ, actor, recipient, modality)
