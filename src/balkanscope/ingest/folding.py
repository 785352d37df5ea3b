"""Fast folding of whole documents: `text.fold` through `str.translate` tables.

`text.fold` is a Python loop per character; on news-length documents that dominated ingest.
The tables are learned lazily from `text.fold` itself (one entry per distinct character seen),
so `fast_fold(t) == fold(t)`.

`words_map` is what the recogniser scans: the folded text with every character that is not a
letter or digit turned into a space and space runs collapsed, padded with one space at each
end. Aliases are normalised the same way and padded too, so every automaton match is a whole
word sequence ("Rusya'nın" reads "rusya nin", "NATO-a" reads "nato a") and needs no boundary
check.
"""

from __future__ import annotations

import re

import numpy as np

from ..text import fold

_FOLD: dict[int, str] = {}
_WORDS: dict[int, str] = {}  # like _FOLD, non-alphanumerics as spaces
_TABLE = 0x3000  # code points below this are folded with numpy lookups
_LEN = np.ones(_TABLE, dtype=np.int64)  # folded length per code point
_FIRST = np.zeros(_TABLE, dtype=np.uint32)  # first and second character of the words form
_SECOND = np.zeros(_TABLE, dtype=np.uint32)
_KNOWN: set[str] = set()
_SPACES = re.compile(r" {2,}")


def _learn(text: str) -> None:
    new = set(text) - _KNOWN
    for c in new:
        f = fold(c)
        _FOLD[ord(c)] = f
        _WORDS[ord(c)] = "".join(x if x.isalnum() else " " for x in f)
        if ord(c) < _TABLE:
            w = _WORDS[ord(c)]
            if len(w) > 2:  # no such character today; keep the translate path exact
                _LEN[ord(c)] = -1
                continue
            _LEN[ord(c)] = len(w)
            _FIRST[ord(c)] = ord(w[0]) if w else 0
            _SECOND[ord(c)] = ord(w[1]) if len(w) > 1 else 0
    _KNOWN.update(new)


def fast_fold(text: str) -> str:
    """`text.fold`, through a translate table."""
    _learn(text)
    return text.translate(_FOLD)


def words(text: str) -> str:
    """The normalised form used for alias keys: folded, non-alphanumerics as single spaces."""
    _learn(text)
    return _SPACES.sub(" ", text.translate(_WORDS)).strip()


def words_map(text: str) -> tuple[str, np.ndarray]:
    """(" " + normalised text + " ", idx): idx[k] is the source index of normalised character k
    (the padding spaces excluded: character k of the normalised text is at k + 1).

    Vectorised: code points index lookup tables for the folded characters and their count,
    then space runs are dropped with a mask; no Python loop per character.
    """
    _learn(text)
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if len(cps) and (cps.max() >= _TABLE or (_LEN[cps] < 0).any()):
        return _words_map_slow(text)
    lens = _LEN[cps]
    idx = np.repeat(np.arange(len(cps)), lens)
    first = np.repeat(_FIRST[cps], lens)
    if (lens == 1).all():
        out = first
    else:
        starts = np.repeat(np.cumsum(lens) - lens, lens)
        out = np.where(np.arange(len(idx)) == starts, first, np.repeat(_SECOND[cps], lens))
    space = out == 32
    keep = ~(space & np.concatenate(([True], space[:-1])))  # drop leading and repeated spaces
    out, idx = out[keep], idx[keep]
    if len(out) and out[-1] == 32:
        out, idx = out[:-1], idx[:-1]
    return " " + out.astype("<u4").tobytes().decode("utf-32-le") + " ", idx


def _words_map_slow(text: str) -> tuple[str, np.ndarray]:
    norm = text.translate(_WORDS)
    lens = [len(_WORDS[ord(c)]) for c in text]
    idx = np.repeat(np.arange(len(text)), lens)
    keep = [not (ch == " " and (k == 0 or norm[k - 1] == " ")) for k, ch in enumerate(norm)]
    norm = "".join(ch for ch, k in zip(norm, keep, strict=True) if k)
    idx = idx[np.array(keep, dtype=bool)] if len(idx) else idx
    if norm.endswith(" "):
        norm, idx = norm[:-1], idx[:-1]
    return f" {norm} ", idx
