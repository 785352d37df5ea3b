"""Russian triggers and modality cues (lexicons/triggers/ru.yaml, modality/ru.yaml).

Hand-written sentences about invented but plausible situations between real polities, run
through the whole coder: one or more per event type, then modality cues.
"""

from __future__ import annotations

import pytest

from .lexicon_cases import assert_event, assert_only_modality

LANG = "ru"

CASES = [
    ("Россия подтвердила непризнание Косова.", "REJECT", "RUS", "XKX"),  # non-recognition is REJECT
    (
        "Министр иностранных дел России встретился в среду с президентом Сербии в Белграде.",
        "CONSULT",
        "RUS",
        "SRB",
    ),
    ("Президент России провёл телефонный разговор с президентом Турции.", "CONSULT", "RUS", "TUR"),
    ("Премьер-министр Венгрии посетил Москву с рабочим визитом.", "CONSULT", "HUN", "RUS"),
    ("Россия и Сербия договорились о продлении контракта на поставку газа.", "AGREE", "RUS", "SRB"),
    ("Китай пообещал Черногории помощь в строительстве дороги.", "AGREE", "CHN", "MNE"),
    (
        "Россия подписала соглашение о сотрудничестве с Республикой Сербской.",
        "SUPPORT",
        "RUS",
        "BIH.RS",
    ),
    (
        "Парламент Греции ратифицировал протокол о вступлении Северной Македонии.",
        "SUPPORT",
        "GRC",
        "MKD",
    ),
    ("Москва приветствовала решение Белграда.", "SUPPORT", "RUS", "SRB"),
    ("Россия поддержала позицию Сербии по Косову.", "SUPPORT", "RUS", "SRB"),
    ("Болгария сняла вето на начало переговоров с Северной Македонией.", "CONCEDE", "BGR", "MKD"),
    ("Черногория вступила в НАТО в 2017 году.", "COOPERATE", "MNE", "NATO"),
    ("Армия Сербии провела совместные учения с армией России.", "COOPERATE", "SRB", "RUS"),
    ("Россия безвозмездно передала Сербии шесть истребителей.", "AID", "RUS", "SRB"),
    ("Россия безвозмездно передала шесть истребителей Сербии.", "AID", "RUS", "SRB"),
    ("Китай предоставил кредит Сербии на строительство моста.", "AID", "CHN", "SRB"),
    ("Турция направила гуманитарную помощь Албании.", "AID", "TUR", "ALB"),
    ("Россия вывела войска с границы с Украиной.", "RETREAT", "RUS", "UKR"),
    ("Сербия освободила трёх косовских полицейских.", "RETREAT", "SRB", "XKX"),
    ("Евросоюз призвал Сербию ввести санкции против России.", "REQUEST", "EU", "SRB"),
    ("Москва потребовала от Подгорицы объяснений.", "REQUEST", "RUS", "MNE"),
    ("МИД России осудил решение Черногории.", "ACCUSE", "RUS", "MNE"),
    ("Служба внешней разведки России обвинила Сербию в поставках оружия.", "ACCUSE", "RUS", "SRB"),
    ("Россия раскритиковала заявление Вашингтона.", "ACCUSE", "RUS", "USA"),
    ("Венгрия отклонила предложение Германии.", "REJECT", "HUN", "DEU"),
    ("Москва отвергла обвинения Лондона.", "REJECT", "RUS", "GBR"),
    ("Россия пригрозила Черногории ответными мерами.", "THREATEN", "RUS", "MNE"),
    ("Россия предупредила Северную Македонию о последствиях.", "THREATEN", "RUS", "MKD"),
    ("Сербия бойкотировала саммит в Приштине.", "PROTEST", "SRB", "XKX"),
    ("Евросоюз ввёл новые санкции против России.", "SANCTION", "EU", "RUS"),
    ("Северная Македония выслала российских дипломатов.", "SANCTION", "MKD", "RUS"),
    ("Болгария закрыла воздушное пространство для российского самолёта.", "SANCTION", "BGR", "RUS"),
    ("Сербия развернула войска у административной линии с Косовом.", "MOBILIZE", "SRB", "XKX"),
    ("Сербская полиция задержала трёх косовских полицейских.", "COERCE", "SRB", "XKX"),
    ("Россия напала на Украину в феврале 2022 года.", "ASSAULT", "RUS", "UKR"),
    ("НАТО бомбардировало Югославию в 1999 году.", "ASSAULT", "NATO", "SRB"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), CASES)
def test_each_type(code, text, typ, actor, recipient):
    assert_event(code, LANG, text, typ, actor, recipient)


# Everyday news wording beyond the one-per-type cases: other aspects, persons and tenses of the
# verbs, event nouns and synonyms.
NEWS_CASES = [
    ("Россия денонсировала договор о дружбе с Украиной.", "REJECT", "RUS", "UKR"),
    ("Премьер Сербии побывал в Москве в апреле.", "CONSULT", "SRB", "RUS"),
    (
        "Россия пригрозила Молдове ответными мерами и пообещала ответить на высылку.",
        "THREATEN",
        "RUS",
        "MDA",
    ),
    ("Россия лишила аккредитации журналистов Черногории.", "SANCTION", "RUS", "MNE"),
    ("Премьер Сербии посещала Москву дважды за год.", "CONSULT", "SRB", "RUS"),
    ("Президент Венгрии созвонился с президентом Сербии.", "CONSULT", "HUN", "SRB"),
    (
        "Министр Черногории прибыл в Анкару, где принимал участие в саммите.",
        "CONSULT",
        "MNE",
        "TUR",
    ),
    ("Сербия и Венгрия согласовали план строительства нефтепровода.", "AGREE", "SRB", "HUN"),
    ("Китай заключил соглашение о свободной торговле с Сербией.", "SUPPORT", "CHN", "SRB"),
    ("Россия высоко оценила позицию Сербии.", "SUPPORT", "RUS", "SRB"),
    ("Болгария отменила вето на переговоры с Северной Македонией.", "CONCEDE", "BGR", "MKD"),
    ("Китайская компания строит автомагистраль в Черногории.", "COOPERATE", "CHN", "MNE"),
    ("Россия передала бронетехнику Сербии.", "AID", "RUS", "SRB"),
    ("Китай предоставил Черногории кредит на строительство дороги.", "AID", "CHN", "MNE"),
    ("Евросоюз выделил 30 миллионов евро Албании.", "AID", "EU", "ALB"),
    ("Россия вывела свои войска из Приднестровья в Молдове.", "RETREAT", "RUS", "MDA"),
    ("Москва потребовала от Белграда объяснений.", "REQUEST", "RUS", "SRB"),
    ("Россия обратилась к Сербии с просьбой о выдаче.", "REQUEST", "RUS", "SRB"),
    ("МИД России возмутился решением Черногории.", "ACCUSE", "RUS", "MNE"),
    ("Москва осуждает действия Северной Македонии.", "ACCUSE", "RUS", "MKD"),
    ("Россия отвергла обвинения Великобритании.", "REJECT", "RUS", "GBR"),
    ("Венгрия проголосовала против заявления Евросоюза.", "REJECT", "HUN", "EU"),
    ("Россия предостерегла Молдову от вступления в НАТО.", "THREATEN", "RUS", "MDA"),
    ("Черногория выслала двух российских дипломатов.", "SANCTION", "MNE", "RUS"),
    ("Евросоюз продлил санкции против России.", "SANCTION", "EU", "RUS"),
    ("Сербия перебросила войска к границе с Косово.", "MOBILIZE", "SRB", "XKX"),
    ("Косовская полиция задержала сербского чиновника.", "COERCE", "XKX", "SRB"),
    ("Россия сбила украинский самолёт.", "ASSAULT", "RUS", "UKR"),
    ("Черногория вступила в НАТО в 2017 году.", "COOPERATE", "MNE", "NATO"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient"), NEWS_CASES)
def test_news_wording(code, text, typ, actor, recipient):
    assert_event(code, LANG, text, typ, actor, recipient)


def test_cyber_security_cooperation_is_no_cyber_operation(code):
    """Only attacks and operations are COERCE; a cyber-security agreement is not."""
    got = code("Россия вместе с Сербией развивает кибербезопасность.", LANG)
    assert not any(t == "COERCE" for t, _a, _r, _m in got), got


MODALITY = [
    ("Россия не нападала на Украину.", "ASSAULT", "RUS", "UKR", "negated"),
    ("Россия будет атаковать Украину.", "ASSAULT", "RUS", "UKR", "future"),
    ("Россия могла бы напасть на Украину.", "ASSAULT", "RUS", "UKR", "hypothetical"),
    ("Сербия должна ввести санкции против России.", "SANCTION", "SRB", "RUS", "hypothetical"),
    ("Напала ли Россия на Украину?", "ASSAULT", "RUS", "UKR", "hypothetical"),
]


@pytest.mark.parametrize(("text", "typ", "actor", "recipient", "modality"), MODALITY)
def test_modality_cues(code, text, typ, actor, recipient, modality):
    assert_only_modality(code, LANG, text, typ, actor, recipient, modality)
