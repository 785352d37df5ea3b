"""Script- and diacritic-insensitive folding shared by alias matching and trigger lexicons.

`fold("Вучић") == fold("Vučić") == fold("Vucic") == "vucic"`. `fold_map` also returns, for each
folded character, the index of the original character it came from, so a match found in folded
text maps back to exact offsets in the document as read.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Cyrillic (Serbian, Macedonian, Russian, Bulgarian, Ukrainian) to the Latin the region's Latin
# script and common romanisations use; diacritics are stripped afterwards.
_CYR = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "ђ": "dj",
    "ѓ": "gj",
    "е": "e",
    "ё": "e",
    "є": "je",
    "ж": "z",
    "з": "z",
    "ѕ": "dz",
    "и": "i",
    "і": "i",
    "ї": "ji",
    "й": "j",
    "ј": "j",
    "к": "k",
    "л": "l",
    "љ": "lj",
    "м": "m",
    "н": "n",
    "њ": "nj",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "ћ": "c",
    "ќ": "kj",
    "у": "u",
    "ў": "u",
    "ф": "f",
    "х": "h",
    "ц": "c",
    "ч": "c",
    "џ": "dz",
    "ш": "s",
    "щ": "sc",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "ju",
    "я": "ja",
    "ґ": "g",
}
_LATIN_SPECIAL = {
    "đ": "dj",
    "ß": "ss",
    "ı": "i",
    "ł": "l",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "’": "'",
    "ʼ": "'",
}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:  # e.g. 'İ'.lower() is two code points
        low = low[0]
    if low in _CYR:
        return _CYR[low]
    if low in _LATIN_SPECIAL:
        return _LATIN_SPECIAL[low]
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFD", low)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base if base else ""


def fold(text: str) -> str:
    """Lower-case, transliterate Cyrillic to Latin and strip diacritics."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


def fold_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, per folded character, the index of its source character in `text`.

    A match [i, j) in the folded text covers text[idx[i] : idx[j-1] + 1].
    """
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    idx: list[int] = []
    for i, c in enumerate(text):
        f = _fold_char(c)
        out.append(f)
        idx.extend([i] * len(f))
    return "".join(out), idx


def is_cyrillic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return cyr * 2 > len(letters)
