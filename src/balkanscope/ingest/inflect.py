"""Inflected forms of the pack's base aliases, per language.

The region's languages inflect names ("Srbija" -> "Srbiji", "Путин" -> "Путина", "Kosova" ->
"Kosovës", "Rusya" -> "Rusya'nın"), so matching only base forms would miss most mentions.
Pack authors write base forms once; this module expands them with suffix rules that are good
enough for proper names, demonyms and adjectives. Over-generation is cheap (an extra string in
the automaton that never occurs in text), under-generation loses mentions, so the rules lean to
generating every plausible variant. An alias with `inflect: false` stays exactly as given.

Multi-word aliases are inflected slot by slot (nominative with nominative, genitive with
genitive...) so "Republika Srpska" gives "Republike Srpske", not every cross product.
"""

from __future__ import annotations

import itertools
import re

MAX_FORMS = 400
_SLOTS = ("nom", "gen", "dat", "acc", "ins", "loc", "x")
_FUNCTION_WORDS = frozenset(
    "i a u na za od do sa s of the and for de la e te të me ve и у на за од до с со в во от".split()
)

# Serbian Cyrillic to Latin with diacritics, so one rule set serves both scripts.
_SR_CYR = dict(
    zip(
        "абвгдђежзијклљмнњопрстћуфхцчџш",
        "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split(),
        strict=True,
    )
)
_SR_CYR.update({k.upper(): v.capitalize() for k, v in list(_SR_CYR.items())})


_SR_LAT = {v: k for k, v in _SR_CYR.items()}
_SR_LAT_RE = re.compile("|".join(sorted(_SR_LAT, key=len, reverse=True)))


def _sr_latin(word: str) -> str:
    return "".join(_SR_CYR.get(c, c) for c in word)


def _sr_cyrillic(word: str) -> str:
    """Back to Cyrillic after inflecting in Latin (digraphs lj, nj, dž first)."""
    return _SR_LAT_RE.sub(lambda m: _SR_LAT[m.group()], word)


def _is_cyr(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


Paradigm = dict[str, set[str]]


def _merge(*ps: Paradigm) -> Paradigm:
    out: Paradigm = {}
    for p in ps:
        for k, v in p.items():
            out.setdefault(k, set()).update(v)
    return out


# --- Serbian, Croatian, Bosnian, Montenegrin (Latin; Cyrillic is transliterated first) ---

_BCMS_SOFT = ("c", "č", "ć", "đ", "j", "š", "ž", "lj", "nj", "dž")
_BCMS_ADJ = re.compile(r"(sk|šk|čk|ćk|ck|rn|ov|ev|nj)[aioe]$")
_BCMS_SIB = {"k": "c", "g": "z", "h": "s"}


def _bcms_adj(w: str) -> Paradigm:
    stem = w[:-1]
    return {
        "nom": {stem + "i", stem + "a", stem + "o", stem + "e"},
        "gen": {stem + "og", stem + "oga", stem + "e", stem + "ih"},
        "dat": {stem + "om", stem + "ome", stem + "oj", stem + "im", stem + "ima"},
        "acc": {stem + "i", stem + "og", stem + "u", stem + "o", stem + "e"},
        "ins": {stem + "im", stem + "om", stem + "ima"},
        "loc": {stem + "om", stem + "ome", stem + "oj", stem + "im", stem + "ima"},
    }


def _bcms_noun(w: str) -> Paradigm:
    if w.endswith("a"):
        stem = w[:-1]
        dat = {stem + "i"}
        if stem and stem[-1] in _BCMS_SIB:
            dat.add(stem[:-1] + _BCMS_SIB[stem[-1]] + "i")  # Amerika -> Americi
        return {
            "gen": {stem + "e"},
            "dat": dat,
            "acc": {stem + "u"},
            "ins": {stem + "om"},
            "loc": dat,
            "x": {stem + "o"},
        }
    if w.endswith(("o", "e")):
        stem = w[:-1]
        return {
            "gen": {stem + "a"},
            "dat": {stem + "u"},
            "acc": {w, stem + "a"},
            "ins": {stem + "om", stem + "em"},
            "loc": {stem + "u"},
        }
    if w.endswith("i"):  # foreign names: Kurti -> Kurtija
        return {
            "gen": {w + "ja"},
            "dat": {w + "ju"},
            "acc": {w + "ja"},
            "ins": {w + "jem"},
            "loc": {w + "ju"},
        }
    if not w[-1:].isalpha():
        return {}
    stems = {w}
    if re.search(r"[^aeiou]a[rck]$", w):  # fleeting a: Aleksandar -> Aleksandra
        stems.add(w[:-2] + w[-1])
    ins_end = "em" if w.endswith(_BCMS_SOFT) else "om"
    return {
        "gen": {s + "a" for s in stems},
        "dat": {s + "u" for s in stems},
        "acc": {s + "a" for s in stems},
        "ins": {s + e for s in stems for e in (ins_end, "om" if ins_end == "em" else "em")},
        "loc": {s + "u" for s in stems},
        "x": {s + "e" for s in stems},
    }


def _bcms(word: str, kind: str, last: bool) -> Paradigm:
    cyr = _is_cyr(word)
    w = _sr_latin(word) if cyr else word
    p = _bcms_noun(w) if w[:1].isupper() or kind != "demonym" else {}
    if kind == "demonym" or _BCMS_ADJ.search(w):
        p = _merge(p, _bcms_adj(w if w[-1] in "aioe" else w + "i"))
    if cyr:
        p = {k: {_sr_cyrillic(f) for f in v} for k, v in p.items()}
    return p


# --- Russian ---

_RU_VELAR_SIB = tuple("гкхжшщч")


def _ru_adj(w: str) -> Paradigm:
    stem = w[:-2]
    y = "и" if stem.endswith(_RU_VELAR_SIB) else "ы"
    return {
        "nom": {stem + y + "й", stem + "ой", stem + "ая", stem + "ое", stem + y + "е"},
        "gen": {stem + "ого", stem + "ой", stem + y + "х"},
        "dat": {stem + "ому", stem + "ой", stem + y + "м"},
        "acc": {stem + "ого", stem + "ую", stem + "ое", stem + y + "й", stem + y + "е"},
        "ins": {stem + y + "м", stem + "ой", stem + "ою", stem + y + "ми"},
        "loc": {stem + "ом", stem + "ой", stem + y + "х"},
    }


def _ru_noun(w: str) -> Paradigm:
    last = w[-1:]
    if w.endswith("ия"):
        s = w[:-1]
        return {
            "gen": {s + "и"},
            "dat": {s + "и"},
            "acc": {s + "ю"},
            "ins": {s + "ей"},
            "loc": {s + "и"},
        }
    if last == "а":
        s = w[:-1]
        return {
            "gen": {s + ("и" if s.endswith(_RU_VELAR_SIB) else "ы")},
            "dat": {s + "е"},
            "acc": {s + "у"},
            "ins": {s + "ой", s + "ою", s + "ей"},
            "loc": {s + "е"},
        }
    if last == "я":
        s = w[:-1]
        return {
            "gen": {s + "и"},
            "dat": {s + "е"},
            "acc": {s + "ю"},
            "ins": {s + "ей"},
            "loc": {s + "е"},
        }
    if last == "й":
        s = w[:-1]
        return {"gen": {s + "я"}, "dat": {s + "ю"}, "acc": {w}, "ins": {s + "ем"}, "loc": {s + "е"}}
    if last == "ь":
        s = w[:-1]
        return {
            "gen": {s + "я", s + "и"},
            "dat": {s + "ю", s + "и"},
            "acc": {w, s + "я"},
            "ins": {s + "ем", s + "ём", s + "ью"},
            "loc": {s + "е", s + "и"},
        }
    if last in ("о", "е"):
        s = w[:-1]
        return {"gen": {s + "а"}, "dat": {s + "у"}, "ins": {s + "ом"}, "loc": {s + "е"}}
    if last in ("ы", "и"):  # plural: Штаты -> Штатов, Штатам
        s = w[:-1]
        return {
            "gen": {s + "ов", s + "ей"},
            "dat": {s + "ам"},
            "ins": {s + "ами"},
            "loc": {s + "ах"},
        }
    if not last.isalpha():
        return {}
    ins = {w + "ом", w + "ым", w + "ем"}
    return {"gen": {w + "а"}, "dat": {w + "у"}, "acc": {w + "а"}, "ins": ins, "loc": {w + "е"}}


def _ru(word: str, kind: str, last: bool) -> Paradigm:
    w = word
    if re.search(r"(ий|ый|ой|ая|ое|ие|ые)$", w) and (
        kind == "demonym" or w[:1].islower() or not last
    ):
        return _ru_adj(w)
    return _ru_noun(w)


# --- Macedonian (no cases; definite articles and adjective genders) ---


def _mk(word: str, kind: str, last: bool) -> Paradigm:
    w = word
    if w.endswith("и") and (kind == "demonym" or w[:1].islower() or not last):
        s = w[:-1]
        return {"x": {s + "а", s + "о", s + "иот", s + "ата", s + "ото", s + "ите"}}
    if w.endswith("а"):
        return {"x": {w + "та"}}
    if w.endswith("о"):
        return {"x": {w + "то"}}
    if w[-1:].isalpha():
        return {"x": {w + "от", w + "ов", w + "он", w + "а"}}
    return {}


# --- Albanian (definite and case endings) ---


def _sq(word: str, kind: str, last: bool) -> Paradigm:
    w = word
    if not last:
        return {}
    if kind == "demonym":
        return {"x": {w + e for e in ("e", "ët", "i", "it", "in", "ve", "ja")}}
    if w.endswith("ia"):  # Serbia -> Serbisë, Serbinë, Serbi
        s = w[:-1]
        return {"gen": {s + "së"}, "acc": {s + "në"}, "x": {s}}
    if w.endswith("a"):  # Kosova -> Kosovës, Kosovën, Kosovë
        s = w[:-1]
        return {"gen": {s + "ës"}, "acc": {s + "ën"}, "x": {s + "ë"}}
    if w.endswith("ë"):  # Kosovë -> Kosova, Kosovës
        s = w[:-1]
        return {"gen": {s + "ës"}, "acc": {s + "ën"}, "x": {s + "a"}}
    if w.endswith(("i", "u")):  # Kurti -> Kurtit, Kurtin
        return {"gen": {w + "t"}, "acc": {w + "n"}}
    if w[-1:].isalpha():  # Vuçiq -> Vuçiqi, Vuçiqit, Vuçiqin; Irak -> Iraku
        v = "u" if w[-1] in "kgh" else "i"
        return {"nom": {w + v}, "gen": {w + v + "t"}, "acc": {w + v + "n"}}
    return {}


# --- Turkish (apostrophe suffixes with vowel harmony) ---

_TR_BACK = {"a": ("ı", "a"), "ı": ("ı", "a"), "o": ("u", "a"), "u": ("u", "a")}
_TR_FRONT = {"e": ("i", "e"), "i": ("i", "e"), "ö": ("ü", "e"), "ü": ("ü", "e")}
_TR_VOICELESS = set("fstkçşhpć")  # ć: foreign names (Vučić'te)


def _tr_suffixes(w: str) -> set[str]:
    low = w.lower().replace("İ", "i")
    vowels = [c for c in low if c in _TR_BACK or c in _TR_FRONT]
    harmonies = [_TR_BACK.get(vowels[-1]) or _TR_FRONT[vowels[-1]]] if vowels else []
    if not vowels or w.isupper():  # abbreviations: pronunciation unknown, allow both
        harmonies = [("ı", "a"), ("i", "e"), ("u", "a"), ("ü", "e")]
    vowel_final = low[-1:] in _TR_BACK or low[-1:] in _TR_FRONT or w.isupper()
    d = "t" if low[-1:] in _TR_VOICELESS and not w.isupper() else "d"
    out = set()
    for i, a in harmonies:
        buf_n, buf_y = ("n", "y") if vowel_final else ("", "")
        for suf in (
            f"{buf_n}{i}n",
            f"{buf_y}{i}",
            f"{buf_y}{a}",
            f"{d}{a}",
            f"{d}{a}n",
            f"{d}{a}ki",
            f"{buf_y}l{a}",
            f"l{a}r",
            f"{buf_n}{i}nki",
        ):
            out.add(w + "'" + suf)
    return out


def _tr(word: str, kind: str, last: bool) -> Paradigm:
    if not last:
        return {}
    if kind == "demonym":
        h = _tr_suffixes(word)
        return {"x": {f.replace("'", "") for f in h if "'l" in f}}  # Sırplar, Ruslar
    return {"x": _tr_suffixes(word)}


def _en(word: str, kind: str, last: bool) -> Paradigm:
    if last and kind == "demonym" and word.endswith(("an", "ian", "ese", "i")):
        return {"x": {word + "s"}}  # Serbians, Albanians
    return {}


_RULES = {
    "sr": _bcms,
    "sr_latn": _bcms,
    "sr_cyrl": _bcms,
    "hr": _bcms,
    "bs": _bcms,
    "cnr": _bcms,
    "ru": _ru,
    "mk": _mk,
    "sq": _sq,
    "tr": _tr,
    "en": _en,
}
_WORD = re.compile(r"\S+")


def _inflectable(word: str) -> bool:
    return (
        len(word) >= 3
        and word.isalpha()
        and not (word.isupper() and len(word) <= 5)
        and word.lower() not in _FUNCTION_WORDS
    )


def _tr_inflectable(word: str) -> bool:
    return word.isalpha() or word.isupper()


def inflect(text: str, lang: str, kind: str = "name", enabled: bool = True) -> list[str]:
    """Every surface form of `text` (base first) in language `lang`.

    `kind` is the alias kind (name, demonym, metonym, abbreviation); abbreviations and
    aliases with `enabled=False` are returned as given, except that Turkish abbreviations take
    apostrophe suffixes ("NATO'nun") because that is how Turkish writes them.
    """
    rule = _RULES.get(lang)
    if not enabled or rule is None:
        return [text]
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    if not words:
        return [text]
    n = len(words)
    paradigms: list[Paradigm] = []
    for i, (_, _, w) in enumerate(words):
        ok = _tr_inflectable(w) if lang == "tr" else _inflectable(w)
        if kind == "abbreviation" and lang != "tr":
            ok = False
        p = rule(w, kind, i == n - 1) if ok else {}
        if w[:1].isupper():
            p = {k: {f[:1].upper() + f[1:] for f in v} for k, v in p.items()}
        paradigms.append(p)
    forms: list[str] = [text]
    seen = {text}
    for slot in _SLOTS:
        if not any(slot in p for p in paradigms):
            continue
        choices = [
            sorted(p.get(slot) or {w}) for p, (_, _, w) in zip(paradigms, words, strict=True)
        ]
        for combo in itertools.product(*choices):
            out, pos = [], 0
            for (a, b, _), f in zip(words, combo, strict=True):
                out.append(text[pos:a])
                out.append(f)
                pos = b
            out.append(text[pos:])
            form = "".join(out)
            if form not in seen:
                seen.add(form)
                forms.append(form)
                if len(forms) >= MAX_FORMS:
                    return forms
    return forms
