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
    nums += [None] * (3 - len(nums))
    return nums[0], nums[1], nums[2]


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None:
            return dt.date(y, m, d).isoformat()
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


_LAST_DOC: list = [None, None, [], []]  # tokens, modality, relative-word hits, their starts


def _relative_in(tokens: Tokens, mod: Modality, lo: int, hi: int) -> list:
    """Relative date words ("yesterday", "прошле недеље") in tokens [lo, hi): matched once per
    document (the sentences of a document share its `Tokens`) and sliced per sentence."""
    if _LAST_DOC[0] is not tokens or _LAST_DOC[1] is not mod:
        hits = mod.relative.find(tokens.words)
        _LAST_DOC[:] = [tokens, mod, hits, [i for i, _, _ in hits]]
    hits, starts = _LAST_DOC[2], _LAST_DOC[3]
    return [h for h in hits[bisect_left(starts, lo) : bisect_left(starts, hi)] if h[1] <= hi]


def _day(word: str) -> int | None:
    return int(word) if word.isdigit() and len(word) <= 2 and 1 <= int(word) <= 31 else None


def _year(word: str) -> int | None:
    return int(word) if word.isdigit() and len(word) == 4 and 1800 <= int(word) <= 2100 else None


def find_dates(
    text: str, tokens: Tokens, lo: int, hi: int, mod: Modality, doc_date: str | None
) -> list[DateHit]:
    """Every date expression in tokens [lo, hi) (and numeric dates in their text span)."""
    doc = parse_doc_date(doc_date)
    w, st, en = tokens.words, tokens.starts, tokens.ends
    hits: list[DateHit] = []
    used: set[int] = set()
    if lo < hi:
        span = text[st[lo] : en[hi - 1]]
        base = st[lo]
        for rx, order in ((_ISO, "ymd"), (_NUMERIC, "dmy")):
            for m in rx.finditer(span):
                g = dict(zip(order, (int(x) for x in m.groups()), strict=True))
                v = _iso(g["y"], g["m"], g["d"])
                if v:
                    s, e = base + m.start(), base + m.end()
                    hits.append(DateHit(s, e, v))
                    used.update(k for k in range(lo, hi) if st[k] >= s and en[k] <= e)
    memo = _calendar_words(mod)
    for k in range(lo, hi):
        if k in used:
            continue
        month, wd = _month_weekday(mod, memo, w[k])
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
            v = _iso(y, month, day)
            if v:
                first = (
                    k - 1 if day is not None and _day(w[k - 1] if k - 1 >= lo else "") == day else k
                )
                last = nxt if year is not None else k
                used.update(range(first, last + 1))
                hits.append(DateHit(st[first], en[last], v))
            continue
        if wd is not None and None not in doc:
            ref = dt.date(*doc)
            hits.append(
                DateHit(
                    st[k], en[k], (ref - dt.timedelta(days=(ref.weekday() - wd) % 7)).isoformat()
                )
            )
            used.add(k)
    for i, j, term in _relative_in(tokens, mod, lo, hi):
        if any(k in used for k in range(i, j)) or None in doc:
            continue
        day = dt.date(*doc) + dt.timedelta(days=term.payload)
        hits.append(
            DateHit(
                st[i], en[j - 1], day.isoformat() if abs(term.payload) <= 6 else day.isoformat()[:7]
            )
        )
        used.update(range(i, j))
    for k in range(lo, hi):
        y = _year(w[k])
        if y is not None and k not in used:
            hits.append(DateHit(st[k], en[k], f"{y:04d}"))
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
