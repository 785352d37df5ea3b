"""Sentence splitting with exact offsets for English and the region's languages.

Rule-based on purpose: it must be fast, deterministic and offline, and the region's news style
(ordinal dates "7. mart 2025.", "30. maja", initials "A. Vučić", titles "gen.", "тзв.", quotes
„...“ and «...», datelines and headings on their own line) is regular enough for rules.
Spans are [start, end) into the text as given, stripped of surrounding whitespace, in order,
non-overlapping, and together they cover every non-space character.
"""

from __future__ import annotations

import re

# Abbreviations that do not end a sentence even before a capital letter (titles, "so-called",
# "street", "saint", Russian "year"/"that is"). Lower-case, without the final period.
# Ordinary sentence-enders that are also abbreviations ("etc.", "itd.", "т.д.") are left out:
# before a capital they usually do end the sentence, and before a lower-case word nothing breaks.
_ABBREV = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt adm gov sen rep rev st mt ft vs jr sr
    e.g i.e approx dept fig vol pp ca cf jan feb apr jun jul aug sep sept oct nov dec
    u.s u.k u.n u.s.a e.u
    mr dipl ing mag doc akad tzv npr br str sv ul gđa gđica gdja gosp pok
    др мр проф ген тзв нпр бр стр ул св г гг т.е т.к т.н им ст пр тыс руб см напр ок д-р
    акад доц гђа
    z znj zj gjen p.sh psh nr
    doç av yrd bkz sn mah cad sok
    """.split()
)
# Abbreviations that only bind to a following number ("No. 5", "br. 12", "стр. 3").
_NUM_ABBREV = frozenset("no nos nr br str vol pp p art čl чл бр стр tab fig s №".split())

_TERMINAL = re.compile(r"(?:[.!?]+|…+)[\"'”“»«)\]’‘]*(?=\s|$)")
_OPENERS = "\"'„“”«»‘’([–—-"
_BULLET = re.compile(r"^\s*(?:[-*•–—]\s|\d{1,3}[.)]\s|#)")
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_SHORT_LINE = 60


def _hard_breaks(text: str) -> list[int]:
    """Offsets where a new block starts: blank lines, headings, bullets, numbered items."""
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group()]
    breaks = []
    for (_, cur), (nstart, nxt) in zip(lines, lines[1:], strict=False):
        c = cur.strip()
        if (
            not c
            or not nxt.strip()
            or _BULLET.match(nxt)
            or (len(c) < _SHORT_LINE and not c.endswith((",", "-", "–", "—")))
        ):
            breaks.append(nstart)
    return breaks


def _token_before(text: str, end: int, floor: int) -> str:
    """The whitespace-delimited token that ends at `end`, without opening punctuation."""
    i = end
    while i > floor and not text[i - 1].isspace():
        i -= 1
    return text[i:end].lstrip(_OPENERS)


def _starts_line(text: str, pos: int, floor: int) -> bool:
    i = pos
    while i > floor and text[i - 1] in " \t":
        i -= 1
    return i == floor or text[i - 1] == "\n"


def _is_boundary(text: str, m: re.Match, floor: int, ceil: int) -> bool:
    j = m.end()
    while j < ceil and text[j].isspace():
        j += 1
    if j >= ceil:
        return True
    nxt = text[j]
    k = j
    while k < ceil - 1 and text[k] in _OPENERS:
        k += 1
    if text[k].islower() or nxt in ",;:)]":
        return False
    punct = m.group()
    if punct != ".":
        return True
    tok = _token_before(text, m.start(), floor)
    low = tok.lower()
    if low in _ABBREV:
        return False
    if nxt.isdigit() and low in _NUM_ABBREV:
        return False
    if len(tok) == 1 and tok.isalpha() and tok.isupper():
        return False  # an initial: "A. Vučić"
    if "." in tok and re.fullmatch(r"(?:\w{1,2}\.)+\w{1,2}", tok):
        return False  # "U.S", "т.е", "p.sh"
    if tok.isdigit() and _starts_line(text, m.start() - len(tok), floor):
        return False  # a numbered item: "1. Introduction"
    return True


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans [start, end) of `text`, stripped of surrounding whitespace.

    `lang` is accepted for callers that know it; the rules cover every supported language at
    once because documents mix them (quotes, names and datelines in other scripts).
    """
    bounds = [0, *_hard_breaks(text), len(text)]
    cuts: list[int] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        cuts.append(a)
        for m in _TERMINAL.finditer(text, a, b):
            if m.end() < b and _is_boundary(text, m, a, b):
                cuts.append(m.end())
    cuts.append(len(text))
    spans: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans
