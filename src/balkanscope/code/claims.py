"""Claims (quoted and reported statements) and citations (footnotes) of a document.

A claim is a quotation („...“, “...”, "...", «...») of at least four words, or a sentence with
a verbal event (ACCUSE, REQUEST, SUPPORT, REJECT, THREATEN, AGREE, CONCEDE) whose speaker
is that event's actor. The speaker of a quotation is the actor of the verbal event in its
sentence if there is one, else the nearest polity-resolved mention outside the quotation in
the same sentence ("..., said Lavrov"; "According to Borrell, ..."). A claim is a claim of
its document: it is stored, never turned into a fact.

Citations are numbered footnotes at the end of a document, as in seed 000:
`[1] “Title”, Outlet, (Date of Accession: 22.05.2023).` ("Ibid." repeats the previous one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

VERBAL = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "AGREE", "CONCEDE"})
_QUOTE = re.compile(
    r"„([^“”\"\n]{3,2000})[“”\"]|“([^”\n]{3,2000})”|«([^»\n]{3,2000})»|\"([^\"\n]{3,2000})\""
)
_MIN_WORDS = 4
_FOOTNOTE = re.compile(r"^[ \t]*\[(\d{1,3})\][ \t]*(\S[^\n]*)$", re.M)
_TITLE = re.compile(r"^[“\"„«]([^”\"“»]+)[”\"“»]\s*,?\s*(.*)$")
_URL = re.compile(r"https?://[^\s)\]>,]+")
_ACCESSED = re.compile(
    r"\((?:date of access(?:ion)?|accessed|pristupljeno|дата обращения)\s*:?\s*([^)]*)\)", re.I
)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_IBID = re.compile(r"^(ibid|isto|исто|там же)\.?$", re.I)
MAX_FOOTNOTE_CHARS = 1000


@dataclass
class Claim:
    speaker: str | None
    speaker_polity: str | None
    quote_start: int
    quote_end: int
    quote: str
    event_index: int | None  # index into the document's event mentions


def find_claims(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Any],
    events: list[Any],
    exclude: list[tuple[int, int]] | tuple = (),
) -> list[Claim]:
    """Claims of one coded document (`events` are its EventMention records; `mentions` the
    actors that may speak). Quotes inside `exclude` spans (footnote titles) are not claims."""
    verbal_by_sent: dict[int, int] = {}
    for k, ev in enumerate(events):
        if ev.type in VERBAL and ev.sent_idx not in verbal_by_sent:
            verbal_by_sent[ev.sent_idx] = k
    resolved = [m for m in mentions if m.polity and m.actor_id]
    out: list[Claim] = []
    quoted_sents: set[int] = set()
    for idx, (s, e) in enumerate(sentences):
        for q in _QUOTE.finditer(text, s, e):
            g = next(i for i in range(1, 5) if q.group(i) is not None)
            qs, qe = q.start(g), q.end(g)
            if len(text[qs:qe].split()) < _MIN_WORDS or any(a <= qs < b for a, b in exclude):
                continue
            k = verbal_by_sent.get(idx)
            if k is not None:
                speaker, polity = events[k].actor, events[k].actor_polity
            else:
                outside = [m for m in resolved if s <= m.start < e and not (qs <= m.start < qe)]
                near = min(
                    outside, key=lambda m: min(abs(m.end - qs), abs(m.start - qe)), default=None
                )
                speaker, polity = (near.actor_id, near.polity) if near else (None, None)
            out.append(Claim(speaker, polity, qs, qe, text[qs:qe], k))
            quoted_sents.add(idx)
    for idx, k in verbal_by_sent.items():
        if idx not in quoted_sents:
            ev = events[k]
            out.append(Claim(ev.actor, ev.actor_polity, ev.start, ev.end, ev.text, k))
    return out


@dataclass
class Citation:
    ref: str
    title: str | None
    outlet: str | None
    date: str | None
    accessed: str | None
    url: str | None
    start_char: int
    end_char: int


def _date_of(s: str) -> str | None:
    m = _NUMERIC_DATE.search(s)
    if m:
        d, mo, y = (int(x) for x in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    m = _ISO_DATE.search(s)
    if m:
        return "-".join(x for x in m.groups() if x)
    return None


def find_citations(text: str) -> list[Citation]:
    """Numbered footnotes: title, outlet, date, access date and URL where given."""
    out: list[Citation] = []
    seen: set[str] = set()
    prev: Citation | None = None
    for m in _FOOTNOTE.finditer(text):
        ref, body = m.group(1), m.group(2).strip()[:MAX_FOOTNOTE_CHARS]
        if ref in seen:
            continue
        if _IBID.match(body) and prev is not None:
            c = Citation(
                ref, prev.title, prev.outlet, prev.date, prev.accessed, prev.url, m.start(), m.end()
            )
        else:
            url_m = _URL.search(body)
            url = url_m.group().rstrip(".") if url_m else None
            acc_m = _ACCESSED.search(body)
            accessed = _date_of(acc_m.group(1)) if acc_m else None
            rest = _ACCESSED.sub("", _URL.sub("", body))
            title, outlet = None, None
            tm = _TITLE.match(rest)
            if tm:
                title = tm.group(1).strip()
                parts = [p.strip(" .;") for p in tm.group(2).split(",")]
                outlet = next((p for p in parts if p and not _date_of(p)), None)
            else:
                parts = [p.strip(" .;") for p in rest.split(",")]
                title = parts[0] or None
                outlet = next((p for p in parts[1:] if p and not _date_of(p)), None)
            date = next((d for p in rest.split(",") if (d := _date_of(p))), None)
            c = Citation(ref, title, outlet, date, accessed, url, m.start(), m.end())
        out.append(c)
        seen.add(ref)
        prev = c
    return out
