"""Event dates from the sentence, resolved against the document's date.

Recognised (month, weekday and relative words come from the language's modality lexicon, so
"u septembru", "в пятницу" and "yesterday" work alike): ISO and numeric dates (2023-09-24,
24.09.2023), day-month-year in either order ("24 September 2023", "September 24, 2023",
"2. marta", "19 мая 2016 года"), month and year, a month alone, a year alone, weekdays (the
latest such day on or before the document date) and relative words (document date + offset).
Without a year in the text, the document's year is used, one year earlier if that would put
the event more than a month after the document. Nothing resolvable gives None.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

from .lexicon import Modality, Tokens

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_MAX_AHEAD = dt.timedelta(days=31)


@dataclass(frozen=True)
class DateHit:
    start: int  # original char offsets of the expression
    end: int
    value: str  # ISO, as precise as the text allows


def parse_doc_date(doc_date: str | None) -> tuple[int | None, int | None, int | None]:
    if not doc_date:
        return None, None, None
    parts = str(doc_date)[:10].split("-")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        return None, None, None
    padded: list[int | None] = [*nums, None, None, None]
    return padded[0], padded[1], padded[2]


def _doc_day(doc: tuple[int | None, int | None, int | None]) -> dt.date | None:
    """The document's day, when its date has one."""
    y, m, d = doc
    if y is None or m is None or d is None:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None:
            return dt.date(y, m, d).isoformat() if m is not None else None
    except (ValueError, TypeError):
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None
    return f"{y:04d}"


def _infer_year(m: int, d: int | None, doc: tuple) -> int | None:
    y, dm, dd = doc
    if y is None:
        return None
    if dm is None:
        return y
    cand = dt.date(y, m, min(d or 1, 28))
    ref = dt.date(y, dm, dd or 28)
    return y - 1 if cand - ref > _MAX_AHEAD else y


_MEMO: dict[int, tuple[Modality, dict[str, tuple[int | None, int | None]]]] = {}


def _calendar_words(mod: Modality) -> dict[str, tuple[int | None, int | None]]:
    """word -> (month, weekday) memo of one language: every token of every coded sentence is
    looked up, and news vocabulary repeats."""
    hit = _MEMO.get(id(mod))
    if hit is None or hit[0] is not mod:
        hit = _MEMO[id(mod)] = (mod, {})
    return hit[1]


def _month_weekday(mod: Modality, memo: dict, word: str) -> tuple[int | None, int | None]:
    found = memo.get(word)
    if found is None:
        if len(memo) > 200_000:
            memo.clear()
        month = mod.lookup("months", word)
        found = memo[word] = (month, None if month is not None else mod.lookup("weekdays", word))
    return found


class _DocCalendar:
    """The date words of one document, found in one pass over its tokens and sliced per
    sentence: month and weekday words, four-digit years, relative words ("yesterday",
    "прошле недеље") and numeric dates. The sentences of a document share its `Tokens`, so the
    last document's calendar is kept."""

    def __init__(self, text: str, tokens: Tokens, mod: Modality) -> None:
        self.key = (tokens, mod)
        memo = _calendar_words(mod)
        words = tokens.words
        self.names = [(k, *mw) for k, word in enumerate(words)
                      if (mw := _month_weekday(mod, memo, word)) != (None, None)]  # fmt: skip
        self.name_at = [k for k, _, _ in self.names]
        four = [k for k, word in enumerate(words) if len(word) == 4 and word.isdigit()]
        self.years = [k for k in four if _year(words[k]) is not None]
        self.relative = mod.relative.find(words)
        self.relative_at = [i for i, _, _ in self.relative]
        # A numeric date holds a four-digit token ("2023-09-24", "24.09.2023"): the patterns
        # are tried only around those, not over the whole text.
        found: dict[tuple[int, int], str] = {}
        st, en, n = tokens.starts, tokens.ends, len(words)
        for k in four:
            base = st[max(0, k - 2)]
            span = text[base : en[min(n - 1, k + 2)]]
            for rx, order in ((_ISO, "ymd"), (_NUMERIC, "dmy")):
                for m in rx.finditer(span):
                    g = dict(zip(order, (int(x) for x in m.groups()), strict=True))
                    v = _iso(g["y"], g["m"], g["d"])
                    if v:
                        found[(base + m.start(), base + m.end())] = v
        self.numeric = [(s, e, v) for (s, e), v in sorted(found.items())]


_LAST_DOC: list[_DocCalendar | None] = [None]


def _calendar(text: str, tokens: Tokens, mod: Modality) -> _DocCalendar:
    cal = _LAST_DOC[0]
    if cal is None or cal.key[0] is not tokens or cal.key[1] is not mod:
        cal = _LAST_DOC[0] = _DocCalendar(text, tokens, mod)
    return cal


def _day(word: str) -> int | None:
    return int(word) if word.isdigit() and len(word) <= 2 and 1 <= int(word) <= 31 else None


def _year(word: str) -> int | None:
    return int(word) if word.isdigit() and len(word) == 4 and 1800 <= int(word) <= 2100 else None


def find_dates(
    text: str, tokens: Tokens, lo: int, hi: int, mod: Modality, doc_date: str | None
) -> list[DateHit]:
    """Every date expression in tokens [lo, hi) (and numeric dates in their text span)."""
    doc = parse_doc_date(doc_date)
    ref = _doc_day(doc)
    w, st, en = tokens.words, tokens.starts, tokens.ends
    hits: list[DateHit] = []
    used: set[int] = set()
    if lo >= hi:
        return hits
    cal = _calendar(text, tokens, mod)
    for s, e, v in cal.numeric:
        if s >= st[lo] and e <= en[hi - 1]:
            hits.append(DateHit(s, e, v))
            used.update(k for k in range(lo, hi) if st[k] >= s and en[k] <= e)
    names = cal.names[bisect_left(cal.name_at, lo) : bisect_left(cal.name_at, hi)]
    for k, month, wd in names:
        if k in used:
            continue
        if month is not None:
            day = _day(w[k - 1]) if k - 1 >= lo and k - 1 not in used else None
            nxt = k + 1
            if day is None and nxt < hi and _day(w[nxt]) is not None and _year(w[nxt]) is None:
                day = _day(w[nxt])
                nxt += 1
            year = _year(w[nxt]) if nxt < hi else None
            bare = day is None and year is None
            # A bare month word must look like one: not short ("mar"), not a cue ("may"), and an
            # English month name is capitalised (lower-case "march" is another word).
            if bare and (len(w[k]) <= 3 or w[k] in mod.cue_words or not text[st[k]].isalpha()):
                continue
            if bare and text[st[k]].islower() and w[k] in _ENGLISH_MONTHS:
                continue
            y = year if year is not None else _infer_year(month, day, doc)
            if y is None:
                continue
            found = _iso(y, month, day)
            if found:
                first = (
                    k - 1 if day is not None and _day(w[k - 1] if k - 1 >= lo else "") == day else k
                )
                last = nxt if year is not None else k
                used.update(range(first, last + 1))
                hits.append(DateHit(st[first], en[last], found))
            continue
        if wd is not None and ref is not None:
            hits.append(
                DateHit(
                    st[k], en[k], (ref - dt.timedelta(days=(ref.weekday() - wd) % 7)).isoformat()
                )
            )
            used.add(k)
    rel = cal.relative[bisect_left(cal.relative_at, lo) : bisect_left(cal.relative_at, hi)]
    for i, j, term in rel:
        if j > hi or any(k in used for k in range(i, j)) or ref is None:
            continue
        when = (ref + dt.timedelta(days=term.payload)).isoformat()
        hits.append(DateHit(st[i], en[j - 1], when if abs(term.payload) <= 6 else when[:7]))
        used.update(range(i, j))
    for k in cal.years[bisect_left(cal.years, lo) : bisect_left(cal.years, hi)]:
        if k not in used:
            hits.append(DateHit(st[k], en[k], f"{_year(w[k]):04d}"))
    return hits


_ENGLISH_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def nearest(hits: list[DateHit], pos: int) -> str | None:
    """The date expression closest to character `pos` (the trigger)."""
    if not hits:
        return None
    best = min(
        hits,
        key=lambda h: (
            0 if h.start <= pos < h.end else min(abs(h.start - pos), abs(h.end - pos)),
            -len(h.value),
        ),
    )
    return best.value
