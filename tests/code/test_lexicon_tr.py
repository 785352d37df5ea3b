"""Turkish triggers and modality cues (lexicons/triggers/tr.yaml, modality/tr.yaml).

Hand-written sentences about invented but plausible situations between real polities, run
through the whole coder: one or more per event type, then modality cues (suffix cues: -madı, -ecek, -abilir, -meli).
"""

from __future__ import annotations

import pytest

from .lexicon_cases import assert_event, assert_only_modality

LANG = "tr"

CASES = [
    (
        "Sırbistan Kosova'yı tanımamaya devam etti.",
        "REJECT",
        "SRB",
        "XKX",
    ),  # non-recognition is REJECT
    ("Sırbistan Cumhurbaşkanı Almanya Başbakanı ile Berlin'de görüştü.", "CONSULT", "SRB", "DEU"),
    (
        "Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile telefonda görüştü.",
        "CONSULT",
        "TUR",
        "RUS",
    ),
    ("Arnavutluk Başbakanı Ankara'yı ziyaret etti.", "CONSULT", "ALB", "TUR"),
    ("Türkiye ve Sırbistan yeni bir ticaret anlaşması konusunda anlaştı.", "AGREE", "TUR", "SRB"),
    ("Türkiye Bosna-Hersek'e destek sözü verdi.", "AGREE", "TUR", "BIH"),
    ("Türkiye ile Arnavutluk yedi anlaşma imzaladı.", "SUPPORT", "TUR", "ALB"),
    ("Yunanistan Meclisi Kuzey Makedonya ile yapılan anlaşmayı onayladı.", "SUPPORT", "GRC", "MKD"),
    ("Türkiye Kosova'nın bağımsızlığını 2008'de tanıdı.", "SUPPORT", "TUR", "XKX"),
    ("Almanya Karadağ hükümetinin kararını memnuniyetle karşıladı.", "SUPPORT", "DEU", "MNE"),
    ("Bulgaristan Kuzey Makedonya'ya yönelik vetoyu kaldırdı.", "CONCEDE", "BGR", "MKD"),
    ("Kuzey Makedonya 2020 yılında NATO'ya katıldı.", "COOPERATE", "MKD", "NATO"),
    ("Türkiye ile Arnavutluk ortak tatbikat düzenledi.", "COOPERATE", "TUR", "ALB"),
    ("Türkiye, Arnavutluk'a 522 konut teslim etti.", "AID", "TUR", "ALB"),
    ("Türkiye Arnavutluk'a 522 konut teslim etti.", "AID", "TUR", "ALB"),
    ("Türkiye Kosova'ya İHA sattı.", "AID", "TUR", "XKX"),
    ("Türkiye Bosna-Hersek'e insani yardım gönderdi.", "AID", "TUR", "BIH"),
    ("Rusya Ukrayna sınırından askerlerini geri çekti.", "RETREAT", "RUS", "UKR"),
    ("Sırbistan Kosovalı üç polisi serbest bıraktı.", "RETREAT", "SRB", "XKX"),
    ("Erdoğan Sırbistan'a diyalog çağrısında bulundu.", "REQUEST", "TUR", "SRB"),
    ("Sırbistan Türkiye'den yardım talep etti.", "REQUEST", "SRB", "TUR"),
    ("Türkiye Sırbistan'daki saldırıyı kınadı.", "ACCUSE", "TUR", "SRB"),
    ("Türkiye Yunanistan'ı uluslararası hukuku ihlal etmekle suçladı.", "ACCUSE", "TUR", "GRC"),
    ("Rusya ABD'nin açıklamasını eleştirdi.", "ACCUSE", "RUS", "USA"),
    ("Sırbistan, Kosova'nın önerisini reddetti.", "REJECT", "SRB", "XKX"),
    ("Sırbistan Kosova'nın önerisini reddetti.", "REJECT", "SRB", "XKX"),
    ("Macaristan Almanya'nın önerisini veto etti.", "REJECT", "HUN", "DEU"),
    ("Rusya Karadağ'ı misillemeyle tehdit etti.", "THREATEN", "RUS", "MNE"),
    ("ABD Sırbistan'ı yaptırımlar konusunda uyardı.", "THREATEN", "USA", "SRB"),
    ("Sırbistan Priştine'deki zirveyi boykot etti.", "PROTEST", "SRB", "XKX"),
    ("ABD, Rusya'ya yeni yaptırımlar uyguladı.", "SANCTION", "USA", "RUS"),
    ("ABD Rusya'ya yeni yaptırımlar uyguladı.", "SANCTION", "USA", "RUS"),
    ("Kuzey Makedonya Rus diplomatları sınır dışı etti.", "SANCTION", "MKD", "RUS"),
    ("Bulgaristan Rus uçağına hava sahasını kapattı.", "SANCTION", "BGR", "RUS"),
    ("Sırbistan Kosova sınırına asker konuşlandırdı.", "MOBILIZE", "SRB", "XKX"),
    ("Sırp polisi üç Kosovalı polisi gözaltına aldı.", "COERCE", "SRB", "XKX"),
    ("Rusya Şubat 2022'de Ukrayna'ya saldırdı.", "ASSAULT", "RUS", "UKR"),
    ("NATO 1999'da Yugoslavya'yı bombaladı.", "ASSAULT", "NATO", "SRB"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), CASES)
def test_each_type(code, text, typ, actor, recipient):
    assert_event(code, LANG, text, typ, actor, recipient)


# Everyday news wording beyond the one-per-type cases: other aspects, persons and tenses of the
# verbs, event nouns and synonyms.
NEWS_CASES = [
    ("Türkiye Dışişleri Bakanı, Sırbistan heyetini Ankara'da kabul etti.", "CONSULT", "TUR", "SRB"),
    ("Türkiye, Arnavutluk'a aşı gönderdi.", "AID", "TUR", "ALB"),
    ("Sırbistan ile Kosova arasında anlaşma sağlandı.", "AGREE", "SRB", "XKX"),
    (
        "Türkiye Dışişleri Bakanı Sırbistan Dışişleri Bakanı ile Ankara'da bir araya geldi.",
        "CONSULT",
        "TUR",
        "SRB",
    ),
    ("Arnavutluk Başbakanı Türkiye Cumhurbaşkanı ile görüntülü görüştü.", "CONSULT", "ALB", "TUR"),
    ("Sırbistan ve Macaristan yeni bir enerji hattı konusunda anlaştılar.", "AGREE", "SRB", "HUN"),
    ("Türkiye, Kosova'nın Avrupa Konseyi üyeliğine destek verdi.", "SUPPORT", "TUR", "XKX"),
    ("Türkiye, Arnavutluk ile yapılan savunma anlaşmasını tasdik etti.", "SUPPORT", "TUR", "ALB"),
    ("Bulgaristan, Kuzey Makedonya'ya yönelik blokajını kaldırdı.", "CONCEDE", "BGR", "MKD"),
    ("Türkiye ve Arnavutluk ortak askeri tatbikat gerçekleştirdi.", "COOPERATE", "TUR", "ALB"),
    ("Türkiye, Kuzey Makedonya'ya askeri ekipman hibe etti.", "AID", "TUR", "MKD"),
    ("Türkiye, Bosna Hersek'e mali destek sağladı.", "AID", "TUR", "BIH"),
    ("Rusya, Moldova'daki askeri varlığını azalttı.", "RETREAT", "RUS", "MDA"),
    (
        "AB, Sırbistan'ın dış politikasını uyumlu hale getirmesini talep etti.",
        "REQUEST",
        "EU",
        "SRB",
    ),
    ("Türkiye, Yunanistan'ın açıklamasını sert bir dille kınadı.", "ACCUSE", "TUR", "GRC"),
    ("Türkiye, Yunanistan'ın büyükelçisini Dışişleri Bakanlığına çağırdı.", "ACCUSE", "TUR", "GRC"),
    ("Macaristan, AB'nin önerisini geri çevirdi.", "REJECT", "HUN", "EU"),
    ("Rusya, Moldova'yı ağır sonuçlar konusunda uyardı.", "THREATEN", "RUS", "MDA"),
    ("Karadağ, Rus diplomatları sınır dışı etti.", "SANCTION", "MNE", "RUS"),
    ("Bulgaristan, Rus uçaklarına hava sahasını kapattı.", "SANCTION", "BGR", "RUS"),
    ("Sırbistan, Kosova sınırına savaş uçakları gönderdi.", "MOBILIZE", "SRB", "XKX"),
    ("Sırbistan polisi Kosova'dan gelen üç gazeteciyi gözaltına aldı.", "COERCE", "SRB", "XKX"),
    ("Rusya, Ukrayna'ya ait bir İHA'yı düşürdü.", "ASSAULT", "RUS", "UKR"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), NEWS_CASES)
def test_news_wording(code, text, typ, actor, recipient):
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
    ("Rusya Ukrayna'ya saldırmadı.", "ASSAULT", "RUS", "UKR", "negated"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient", "modality"), MODALITY)
def test_modality_cues(code, text, typ, actor, recipient, modality):
    assert_only_modality(code, LANG, text, typ, actor, recipient, modality)
