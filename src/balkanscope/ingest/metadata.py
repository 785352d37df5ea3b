"""Document metadata: language (with the sr/hr/bs/cnr uncertainty recorded), script, date.

Language: lingua, built once with only the languages this region's corpus needs. lingua alone
cannot tell Serbian in Latin script from Bosnian or Croatian (they are one pluricentric
language written to different standards), so within that family the decision comes from
lexical cues: the yat reflex (ekavian "predsednik" is Serbian; ijekavian "predsjednik" is
Croatian, Bosnian, Montenegrin or Serbian from Bosnia), Croatian vocabulary and month names
("tisuća", "srpnja", "obrana", "suradnja"), Serbian/Bosnian vocabulary ("hiljada", "jula",
"odbrana", "saradnja") and Bosnian ("historija", "sedmica"). The remaining doubt is kept in
`alternatives`. Serbian in Cyrillic and in Latin are both `sr`; the script is a separate field.

Date: the metadata's date, else a dateline near the top ("Beograd, 7. mart 2025.", "Москва,
5 июня 2017 г.", "12:38 PM EST, November 11, 2023"), else a date in the URL. Month names of
every supported language are matched on folded text, so Cyrillic and Latin share one table.
"""

from __future__ import annotations

import re
from datetime import date as Date
from functools import lru_cache

import numpy as np

from .folding import fast_fold

# --- language ---

LINGUA_LANGS = {
    "ENGLISH": "en",
    "SERBIAN": "sr",
    "CROATIAN": "hr",
    "BOSNIAN": "bs",
    "MACEDONIAN": "mk",
    "ALBANIAN": "sq",
    "RUSSIAN": "ru",
    "TURKISH": "tr",
    "SLOVENE": "sl",
    "BULGARIAN": "bg",
    "UKRAINIAN": "uk",
    "GREEK": "el",
    "HUNGARIAN": "hu",
    "ROMANIAN": "ro",
    "GERMAN": "de",
    "FRENCH": "fr",
    "ITALIAN": "it",
}
BCMS = ("sr", "hr", "bs", "cnr")
_HEAD_CHARS = 1000
_LINGUA_CHARS = 400  # lingua's cost grows with length; 400 characters decide these languages
# From this length on lingua's low-accuracy mode (trigrams only, ~40 % faster) chose as the full
# mode did on every one of 688 windows of 250 characters of the sample corpus; shorter texts
# (titles, snippets) get the full mode, which lingua recommends for them.
_LOW_ACCURACY_FROM = 200


@lru_cache(maxsize=2)
def _detector(low_accuracy: bool = False):
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in LINGUA_LANGS]
    builder = LanguageDetectorBuilder.from_languages(*langs)
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


_CUE_WORDS = {
    # ekavian reflex: Serbian standard. Stems match as word prefixes; a trailing $ means the
    # whole word only.
    "ekav": "predsedn potpredsedn deonic sednic sedišt reč vreme$ deo$ mest mesec dete$ dece$ posle$ pre$ primer "
    "lepo$ lepa$ ocen smer veruj verova mleko pesm nedelj delov zamen promen gde$ ovde$ "
    "svedo uveren",
    # ijekavian reflex: Croatian, Bosnian, Montenegrin (and Serbian in Bosnia)
    "ijek": "predsjedn potpredsjedn dionic sjednic sjedišt riječ vrijem dio$ mjest mjesec dijete$ djec poslije$ "
    "prije$ primjer lijep ocijen smjer vjeruj vjerova mlijek pjesm nedjelj djelov zamjen "
    "promjen gdje$ ovdje$ svjedo uvjeren uvjet tjed",
    # Croatian standard vocabulary and month names
    "hr": "tisuć siječnj veljač ožujk travnj svibnj lipnj srpnj kolovoz rujn listopad "
    "studen prosin europ obran surad tko$ tvrtk jučer$ financij sankcionir zrakoplov nazočn povijest "
    "sveučiliš glasnogovor priopć izvješ tijekom također iznimn bruxelles",
    # shared Serbian and Bosnian vocabulary (not Croatian)
    "srbs": "hiljad evrop odbran saradn takođe šta$ uticaj portparol sedmic uslov juče$ finansij "
    "sankcionis",
    # shared Croatian and Bosnian vocabulary (not Serbian)
    "hrbs": "vanjsk stoga$ sigurnost vijeć općin",
    # Serbian only
    "sr": "jul$ jula$ jun$ juna$ avgust spoljn istorij opštin bezbedn savet vazduhoplov hleb",
    # Bosnian only
    "bs": "historij bezbjedn",
    # Montenegrin forms (its letters ś and ź are counted separately)
    "cnr": "śutra đe$ iđe$",
}


def _alternatives(words: str) -> str:
    parts = [w[:-1] + r"\b" if w.endswith("$") else w for w in words.split()]
    return "|".join(sorted(parts, key=len, reverse=True))


# One pass over the text: each alternative is a named group per cue category.
_CUES = re.compile(
    r"\b(?:" + "|".join(f"(?P<{k}>{_alternatives(v)})" for k, v in _CUE_WORDS.items()) + ")"
)


def _bcms_scores(text: str) -> dict[str, float]:
    """Evidence for each of sr/hr/bs/cnr from lexical cues in Latin-script text."""
    low = text[: _HEAD_CHARS * 4].lower()
    hits = dict.fromkeys(_CUE_WORDS, 0)
    for m in _CUES.finditer(low):
        hits[m.lastgroup] += 1
    if "ś" in low or "ź" in low:
        hits["cnr"] += 3
    return {
        "sr": 2.0 * hits["ekav"] + hits["srbs"] + 2.0 * hits["sr"],
        "hr": 1.0 * hits["ijek"] + 2.0 * hits["hr"] + hits["hrbs"],
        "bs": 1.0 * hits["ijek"] + hits["srbs"] + 2.0 * hits["bs"] + hits["hrbs"],
        "cnr": 0.5 * hits["ijek"] + 0.5 * hits["srbs"] + 2.0 * hits["cnr"],
    }


def script(text: str) -> str | None:
    """'Latn', 'Cyrl' or 'mixed' (both above 20% of letters); None without letters."""
    cps = np.frombuffer(text[: _HEAD_CHARS * 3].encode("utf-32-le"), dtype=np.uint32)
    cyr = int(((cps >= 0x400) & (cps <= 0x4FF)).sum())
    latin = int(
        (((cps | 0x20) >= 0x61) & ((cps | 0x20) <= 0x7A)).sum()
        + ((cps >= 0xC0) & (cps <= 0x24F)).sum()
    )
    total = latin + cyr
    if total == 0:
        return None
    if min(latin, cyr) > 0.2 * total:
        return "mixed"
    return "Cyrl" if cyr > latin else "Latn"


def detect_language(text: str) -> tuple[str | None, float, dict[str, float]]:
    """(lang, confidence, alternatives {lang: confidence}) for `text`; (None, 0, {}) if unknown.

    Codes are ISO 639-1 (cnr for Montenegrin). Within sr/hr/bs/cnr, in Latin script, the
    confidences come from lexical cues and lingua's choice, so doubt shows in alternatives.
    """
    sample = text[:_LINGUA_CHARS]
    if not any(c.isalpha() for c in sample):
        return None, 0.0, {}
    values = _detector(len(sample) >= _LOW_ACCURACY_FROM).compute_language_confidence_values(sample)
    ranked = [(LINGUA_LANGS[v.language.name], float(v.value)) for v in values if v.value > 0.005]
    if not ranked:
        return None, 0.0, {}
    top = ranked[0][0]
    if top in BCMS and script(sample) != "Cyrl":
        scores = _bcms_scores(text)
        scores[top] += 1.0  # lingua's choice is weak evidence inside the family
        total = sum(s + 0.5 for s in scores.values())
        probs = {k: round((s + 0.5) / total, 3) for k, s in scores.items()}
        best = max(probs, key=lambda k: (probs[k], k == "sr"))
        alternatives = {k: p for k, p in sorted(probs.items(), key=lambda kv: -kv[1]) if k != best}
        return best, probs[best], alternatives
    alternatives = {k: round(v, 3) for k, v in ranked[1:4]}
    return top, round(ranked[0][1], 3), alternatives


# --- dates ---

# Folded month names (and their case forms) of en, sr/hr/bs/cnr (Latin and Cyrillic), mk, ru,
# sq, tr: folding maps "новембар" to "novembar" and "июня" to "ijunja", so one table serves all.
_MONTH_WORDS = {
    1: "january jan januar januara sijecanj sijecnja januari janvar janvarja janar janarit ocak",
    2: "february feb februar februara veljaca veljace fevruari fevral fevralja shkurt shkurtit subat",
    3: "march mar mart marta ozujak ozujka mars marsit",
    4: "april apr aprila travanj travnja aprel aprelja prill prillit nisan",
    5: "may maj maja svibanj svibnja majit mayis",
    6: "june jun juna lipanj lipnja juni ijun ijunja qershor qershorit haziran",
    7: "july jul jula srpanj srpnja juli ijul ijulja korrik korrikut temmuz",
    8: "august aug avgust avgusta kolovoz kolovoza augusta gusht gushtit agustos",
    9: "september sep sept septembar septembra rujan rujna septemvri sentjabr sentjabrja "
    "shtator shtatorit eylul",
    10: "october oct oktobar oktobra listopad listopada oktomvri oktjabr oktjabrja tetor tetorit ekim",
    11: "november nov novembar novembra studeni studenoga studenog noemvri nojabr nojabrja "
    "nentor nentorit kasim",
    12: "december dec decembar decembra prosinac prosinca dekemvri dekabr dekabrja dhjetor "
    "dhjetorit aralik",
}
MONTHS = {w: m for m, words in _MONTH_WORDS.items() for w in words.split()}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b")
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")
_URL_DATE = re.compile(
    r"(?<!\d)(20\d{2}|19\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)"
)
_URL_MONTH = re.compile(r"/(20\d{2}|19\d{2})/(0[1-9]|1[0-2])/")
_DATELINE_CHARS = 400


def _iso(y: int | str, m: int | str, d: int | str | None = None) -> str | None:
    try:
        y, m = int(y), int(m)
        if not 1900 <= y <= 2100:
            return None
        if d is None:
            Date(y, m, 1)
            return f"{y:04d}-{m:02d}"
        return Date(y, m, int(d)).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first date written in `text` (any supported language), as ISO YYYY-MM-DD."""
    folded = fast_fold(text)
    found = []
    for rx, order in (
        (_ISO, "ymd"),
        (_DAY_MONTH_YEAR, "dmy"),
        (_MONTH_DAY_YEAR, "mdy"),
        (_NUMERIC, "dmy#"),
    ):
        for m in rx.finditer(folded):
            g = m.groups()
            if order == "ymd":
                iso = _iso(g[0], g[1], g[2])
            elif order == "dmy":
                iso = _iso(g[2], MONTHS[g[1]], g[0])
            elif order == "mdy":
                iso = _iso(g[2], MONTHS[g[0]], g[1])
            else:
                iso = _iso(g[2], g[1], g[0])
            if iso:
                found.append((m.start(), iso))
                break
    return min(found)[1] if found else None


def _parse_meta(value: str) -> str | None:
    iso = parse_date(value)
    if iso:
        return iso
    import dateparser  # slow to import; only for metadata in unusual formats

    dt = dateparser.parse(
        value, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    )
    return dt.date().isoformat() if dt and 1900 <= dt.year <= 2100 else None


def find_date(
    text: str, url: str | None = None, meta: dict | None = None
) -> tuple[str | None, str]:
    """(ISO date, source) with source one of metadata | dateline | url | none."""
    for key in ("published", "date"):
        value = (meta or {}).get(key)
        if value:
            iso = _parse_meta(str(value)[:100])
            if iso:
                return iso, "metadata"
    iso = parse_date(text[:_DATELINE_CHARS])
    if iso:
        return iso, "dateline"
    if url:
        m = _URL_DATE.search(url)
        if m and (iso := _iso(*m.groups())):
            return iso, "url"
        m = _URL_MONTH.search(url)
        if m and (iso := _iso(*m.groups())):
            return iso, "url"
    return None, "none"
