"""Fast folding of whole documents: `text.fold` through `str.translate` tables.

`text.fold` is a Python loop per character; on news-length documents that dominated ingest.
The tables are learned lazily from `text.fold` itself (one entry per distinct character seen),
so the results are identical to `fold` / `fold_map`.
"""

from __future__ import annotations

import re

import numpy as np

from ..text import fold

_WS = re.compile(r"\s+")
# Per-character fold tables for str.translate: folding a document is then C-speed instead of a
# Python loop per character. Built lazily from `text.fold`, so results equal `text.fold_map`.
_FOLD: dict[int, str] = {}
_FOLD_LEN: dict[int, str] = {}  # character -> chr(length of its folded form)
_KNOWN: set[str] = set()
_RUNS = re.compile(r"\s{2,}")


def _learn(text: str) -> None:
    new = set(text) - _KNOWN
    for c in new:
        f = fold(c)
        _FOLD[ord(c)] = f
        _FOLD_LEN[ord(c)] = chr(len(f))
    _KNOWN.update(new)


def fast_fold(text: str) -> str:
    """`text.fold`, through a translate table."""
    _learn(text)
    return text.translate(_FOLD)


def fast_fold_map(text: str) -> tuple[str, np.ndarray]:
    """`text.fold_map` with whitespace runs collapsed to one space (aliases span line breaks);
    the index array maps each folded character to its source character."""
    folded = fast_fold(text)
    n = len(text)
    lens = text.translate(_FOLD_LEN)
    if len(folded) == n and lens.count("\x01") == n:
        idx = np.arange(n)
    else:
        idx = np.repeat(np.arange(n), np.frombuffer(lens.encode("latin-1"), dtype=np.uint8))
    runs = [(m.start() + 1, m.end()) for m in _RUNS.finditer(folded)]
    if runs:
        idx = np.delete(idx, np.concatenate([np.arange(a, b) for a, b in runs]))
    return _WS.sub(" ", folded), idx
