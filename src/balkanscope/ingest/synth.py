"""Synthetic news documents (seeded) for the ingest benchmark and tests.

Templates are written for this project: short news-style sentences in the region's languages
with slots for actors, places, numbers and dates, so generated documents exercise every stage
(language detection, datelines, sentences with abbreviations and ordinal dates, inflected
names). The content is random recombination and asserts nothing about real events.
"""

from __future__ import annotations

import random

MONTHS = {
    "sr_latn": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
    "sr_cyrl": "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "bs": "januar februar mart april maj juni juli august septembar oktobar novembar decembar",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "mk": "јануари февруари март април мај јуни јули август септември октомври ноември декември",
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "en": "January February March April May June July August September October November December",
}

DATELINE = {
    "sr_latn": "{city}, {d}. {m} {y}.", "sr_cyrl": "{city}, {d}. {m} {y}.", "hr": "{city}, {d}. {m} {y}.",
    "bs": "{city}, {d}. {m} {y}.", "ru": "{city}, {d} {m} {y} г.", "mk": "{city}, {d} {m} {y} година",
    "sq": "{city}, {d} {m} {y}", "tr": "{city}, {d} {m} {y}", "en": "{city}, {m} {d}, {y}",
}  # fmt: skip

CITIES = {
    "sr_latn": ["Beograd", "Novi Sad", "Niš"], "sr_cyrl": ["Београд", "Нови Сад", "Ниш"],
    "hr": ["Zagreb", "Split", "Rijeka"], "bs": ["Sarajevo", "Mostar", "Tuzla"],
    "ru": ["Москва", "Санкт-Петербург"], "mk": ["Скопје", "Битола"], "sq": ["Tiranë", "Prishtinë"],
    "tr": ["Ankara", "İstanbul"], "en": ["Brussels", "Washington", "London"],
}  # fmt: skip

# Slots: {a} a person (inflected by the template's own words), {p} a polity in the needed case,
# {n} a number, {d} a day, {m} a month.
TEMPLATES = {
    "sr_latn": [
        "Predsednik Srbije Aleksandar Vučić razgovarao je {d}. {m} sa predstavnicima {p_gen}.",
        "Ministar je rekao da će saradnja sa {p_ins} biti nastavljena i posle {n} meseci pregovora.",
        "Prema rečima dr. Petrovića, vrednost ugovora iznosi {n} miliona evra.",
        "Vučić je istakao da Srbija neće uvesti sankcije {p_dat}, ali da poštuje evropski put.",
        "Sastanak u Beogradu održan je u prisustvu {n} delegacija, a tzv. radna grupa nastavlja rad.",
        "„Razgovarali smo otvoreno“, rekao je Vučić novinarima posle sastanka.",
        "Gen. Mojsilović je potvrdio da vojska učestvuje u vežbi sa {p_ins} od {d}. {m}.",
        "Opozicija je kritikovala odluku i zatražila sednicu Skupštine u roku od {n} dana.",
    ],
    "sr_cyrl": [
        "Председник Србије Александар Вучић састао се {d}. {m} са представницима {p_gen}.",
        "Министар је рекао да ће сарадња са {p_ins} бити настављена после {n} месеци преговора.",
        "Према речима др Петровића, вредност уговора износи {n} милиона евра.",
        "Вучић је истакао да Србија неће увести санкције {p_dat}.",
        "„Разговарали смо отворено“, рекао је Вучић новинарима после састанка.",
        "Тзв. радна група наставља рад, а следећи састанак је заказан за {d}. {m}.",
        "Опозиција је затражила седницу Скупштине у року од {n} дана.",
    ],
    "hr": [
        "Predsjednik Vlade Andrej Plenković razgovarao je {d}. {m} s predstavnicima {p_gen}.",
        "Ministar obrane rekao je da će suradnja s {p_ins} biti nastavljena tijekom sljedećih {n} mjeseci.",
        "Prema riječima glasnogovornika, vrijednost projekta iznosi {n} milijuna eura.",
        "Hrvatska podupire europski put susjednih zemalja, priopćilo je Ministarstvo vanjskih poslova.",
        "Na sastanku u Zagrebu sudjelovalo je tisuću sudionika iz {n} zemalja.",
        "„Riječ je o važnom koraku“, izjavio je premijer nakon sastanka.",
        "Oporba je zatražila hitnu sjednicu Sabora u roku od {n} dana.",
    ],
    "bs": [
        "Predsjedavajući Predsjedništva BiH razgovarao je {d}. {m} s predstavnicima {p_gen}.",
        "Ministar je rekao da će saradnja s {p_ins} biti nastavljena i nakon {n} sedmica pregovora.",
        "Milorad Dodik je izjavio da Republika Srpska neće podržati odluku Vijeća ministara.",
        "Prema riječima portparola, vrijednost ugovora iznosi {n} miliona KM.",
        "Hiljade građana okupilo se u Sarajevu, a historija odnosa dvije zemlje je duga.",
        "„Ovo je ozbiljno upozorenje“, rekao je ambasador nakon sastanka.",
        "Dodik je poručio da će se sastati sa predstavnicima {p_gen} za {n} dana.",
    ],
    "ru": [
        "Министр иностранных дел России Сергей Лавров {d} {m} провёл переговоры с представителями {p_gen}.",
        "По словам Лаврова, сотрудничество с {p_ins} будет продолжено в течение {n} месяцев.",
        "Владимир Путин заявил, что Москва не намерена менять свою позицию, т.е. переговоры продолжатся.",
        "Стоимость контракта составляет {n} млн долларов, сообщили в Кремле.",
        "Официальный представитель МИД Мария Захарова обвинила {p_acc} в давлении на Белград.",
        "«Мы готовы к диалогу», — сказал Путин журналистам.",
        "В 2017 г. российская сторона уже предупреждала о последствиях расширения НАТО.",
    ],
    "mk": [
        "Премиерот денеска на {d} {m} се сретна со претставници на {p_gen}.",
        "Министерот рече дека соработката со {p_gen} ќе продолжи во следните {n} месеци.",
        "Северна Македонија ги започна преговорите со Европската унија.",
        "Според владата, вредноста на проектот изнесува {n} милиони евра.",
        "„Ова е важен чекор“, изјави министерот по средбата во Скопје.",
        "Собранието ќе одржи седница во рок од {n} дена.",
    ],
    "sq": [
        "Kryeministri Albin Kurti u takua më {d} {m} me përfaqësues të {p_gen}.",
        "Sipas ministrit, bashkëpunimi me {p_gen} do të vazhdojë edhe {n} muaj.",
        "Kurti akuzoi Beogradin për tensionet në veri të Kosovës.",
        "Vlera e marrëveshjes është {n} milionë euro, tha zëdhënësi.",
        "„Kosova është e përkushtuar ndaj dialogut“, deklaroi Kurti pas takimit.",
        "Kuvendi do të mbajë seancë brenda {n} ditëve.",
    ],
    "tr": [
        "Cumhurbaşkanı Erdoğan {d} {m} tarihinde {p_gen} temsilcileriyle görüştü.",
        "Bakan, {p_ins} işbirliğinin önümüzdeki {n} ay boyunca süreceğini söyledi.",
        "Türkiye'nin Balkanlar'daki rolü giderek artıyor.",
        "Anlaşmanın değeri {n} milyon avro olarak açıklandı.",
        "Erdoğan, Sırbistan ile Kosova arasındaki diyaloğun sürmesi çağrısında bulundu.",
        "“Bölgede barışı destekliyoruz”, dedi Erdoğan basın toplantısında.",
    ],
    "en": [
        "Serbian President Aleksandar Vučić met representatives of {p_en} on {m} {d}.",
        "According to Dr. Smith, the contract is worth {n} million euros.",
        "The U.S. envoy said cooperation with {p_en} would continue for another {n} months.",
        "Russian officials in Moscow warned that NATO enlargement would have consequences.",
        "\"We are ready for dialogue,\" the minister told reporters after the meeting in Brussels.",
        "The European Union urged Belgrade and Pristina to implement the agreement within {n} days.",
    ],
}  # fmt: skip

POLITIES = {
    "sr_latn": {"p_gen": ["Rusije", "Kine", "Evropske unije", "SAD", "Mađarske", "Turske"],
                "p_ins": ["Rusijom", "Kinom", "Evropskom unijom", "Mađarskom", "Turskom"],
                "p_dat": ["Rusiji", "Kini", "Belorusiji"]},
    "sr_cyrl": {"p_gen": ["Русије", "Кине", "Европске уније", "САД", "Мађарске"],
                "p_ins": ["Русијом", "Кином", "Европском унијом", "Мађарском"],
                "p_dat": ["Русији", "Кини"]},
    "hr": {"p_gen": ["Europske unije", "Njemačke", "Slovenije", "Austrije", "Italije"],
           "p_ins": ["Njemačkom", "Slovenijom", "Austrijom", "Albanijom", "Kosovom"]},
    "bs": {"p_gen": ["Evropske unije", "Turske", "Rusije", "Hrvatske", "Srbije"],
           "p_ins": ["Turskom", "Rusijom", "Hrvatskom", "Srbijom", "Evropskom unijom"]},
    "ru": {"p_gen": ["Сербии", "Китая", "Венгрии", "Турции", "Республики Сербской"],
           "p_ins": ["Сербией", "Китаем", "Венгрией", "Турцией"],
           "p_acc": ["Евросоюз", "США", "Черногорию", "Болгарию"]},
    "mk": {"p_gen": ["Бугарија", "Грција", "Албанија", "Србија", "Европската унија"]},
    "sq": {"p_gen": ["Shqipërisë", "Serbisë", "Turqisë", "Bashkimit Evropian", "SHBA-së"]},
    "tr": {"p_gen": ["Sırbistan", "Kosova", "Arnavutluk", "Bosna-Hersek"],
           "p_ins": ["Sırbistan ile", "Kosova ile", "Arnavutluk ile", "Rusya ile"]},
    "en": {"p_en": ["Russia", "China", "the European Union", "Hungary", "Türkiye", "Kosovo"]},
}  # fmt: skip

LANGS = tuple(TEMPLATES)


def document(
    i: int, lang: str | None = None, target_chars: int = 4000, seed: int = 0
) -> tuple[str, str]:
    """(lang, text) of synthetic document `i`: a dateline and shuffled filled-in templates."""
    rng = random.Random(seed * 1_000_003 + i)
    lang = lang or LANGS[i % len(LANGS)]
    months = MONTHS[lang].split()
    y, mo, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    parts = [DATELINE[lang].format(city=rng.choice(CITIES[lang]), d=d, m=months[mo - 1], y=y), ""]
    size = 0
    para: list[str] = []
    while size < target_chars:
        slots = {k: rng.choice(v) for k, v in POLITIES[lang].items()}
        s = rng.choice(TEMPLATES[lang]).format(n=rng.randint(2, 999), d=rng.randint(1, 28),
                                               m=rng.choice(months), **slots)  # fmt: skip
        para.append(s)
        size += len(s) + 1
        if len(para) >= rng.randint(3, 5):
            parts.append(" ".join(para))
            para = []
    if para:
        parts.append(" ".join(para))
    return lang, "\n\n".join(parts).replace("\n\n\n\n", "\n\n")
