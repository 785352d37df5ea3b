"""Document-level coding: sentences and actor mentions from ingest, then the coder stages.

`code_document` returns rich `EventMention` records (trigger, sentence index, mention ids) for
the store; `extract_text` returns the contract dicts of spec/events.md (without `doc`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..ingest.metadata import detect_language, find_date
from ..ingest.recognize import Recognizer
from ..ingest.sentences import split_sentences
from ..pack.loader import Pack, load_pack
from . import engine
from .lexicon import SYMMETRIC, Tokens, load_lexicons, tokenize

# The detector's cost grows with the text; the opening paragraphs decide the language as well.
LANG_SAMPLE_CHARS = 250
SURE_LANGUAGE = 0.6
_PICK_CHARS = 3000
CONTRACT_FIELDS = (
    "type", "actor", "recipient", "actor_polity", "recipient_polity", "start", "end", "text",
    "date", "modality", "mode", "context", "confidence",
)  # fmt: skip


@dataclass
class EventMention:
    """One event reported in one sentence, with what the store needs beyond the contract."""

    type: str
    actor: str
    recipient: str | None
    actor_polity: str
    recipient_polity: str | None
    start: int
    end: int
    text: str
    date: str | None
    modality: str
    mode: str | None
    context: list[str]
    confidence: float
    sent_idx: int
    trigger: str
    trigger_start: int
    trigger_end: int
    extra: dict[str, Any] = field(default_factory=dict)

    def contract(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in CONTRACT_FIELDS}


@dataclass
class CodedDocument:
    text: str
    lang: str | None
    date: str | None
    mentions: list[Any]
    events: list[EventMention]
    _sentences: list[tuple[int, int]] | None = None

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans, split on first use (documents without two polities never need them)."""
        if self._sentences is None:
            self._sentences = split_sentences(self.text, self.lang)
        return self._sentences


@lru_cache(maxsize=4)
def _default_pack() -> Pack:
    return load_pack()


_RECOGNIZERS: dict[tuple[str, ...], Recognizer] = {}


def recognizer_for(pack: Pack) -> Recognizer:
    """One recogniser per pack (keyed by its directories): building the automaton of every
    inflected alias is the expensive part, so each process does it once."""
    key = tuple(str(d) for d in pack.dirs)
    rec = _RECOGNIZERS.get(key)
    if rec is None:
        rec = _RECOGNIZERS[key] = Recognizer.from_pack(pack)
    return rec


def usable_mention(mention: Any, pack: Pack) -> bool:
    """Only polity-resolved mentions of actors that roll up to their polity take part."""
    if not mention.polity or not mention.actor_id:
        return False
    actor = pack.actors.get(mention.actor_id)
    return actor is None or actor.rollup


def contract_polities(pack: Pack) -> frozenset[str]:
    """The polities events may name (spec/actors.yaml). Other states in the pack exist only so
    that recognition and argument units see them (a Belgian minister is not a Serbian one);
    their events are out of the contract. An empty list (a pack without one) allows all."""
    return frozenset(pack.meta.contract_polities)


def _pick_language(text: str, lexicons, tokens: Tokens) -> str | None:
    """The detector's language; when it is unsure (short texts full of foreign names), the
    candidate whose lexicon's cue and trigger words cover most of the opening tokens (those
    starting in the first `_PICK_CHARS` characters of the document's `tokens`)."""
    lang, conf, alts = detect_language(text[:LANG_SAMPLE_CHARS])
    if conf >= SURE_LANGUAGE:
        return lang
    cands = [c for c in [lang, *alts] if c and c in lexicons.by_lang]
    if len(cands) < 2:
        return lang
    # Serbian, Croatian, Bosnian and Montenegrin share one lexicon: a vote among them is moot.
    key = {c: tuple(lexicons.by_lang[c].files) for c in cands}
    if len(set(key.values())) < 2:
        return lang
    words = tokens.words[: bisect_left(tokens.starts, _PICK_CHARS)]
    score = {k: len(lexicons.by_lang[c].combined.find(words)) for c, k in key.items()}
    return max(cands, key=lambda c: score[key[c]])


def code_document(text: str, doc_date: str | None = None, lang: str | None = None, pack: Pack | None = None,
                  min_confidence: float = 0.0) -> CodedDocument:  # fmt: skip
    """Code every sentence of one document."""
    pack = pack or _default_pack()
    if doc_date is None:
        doc_date = find_date(text, None, {})[0]
    mentions = recognizer_for(pack).find(text, doc_date, lang)
    usable = sorted((m for m in mentions if usable_mention(m, pack)), key=lambda m: m.start)
    doc = CodedDocument(text, lang, doc_date, mentions, [])
    # Every event needs two different polities: a document with fewer holds none, and is not
    # even language-detected or split (a sentence with fewer may borrow them; `_code_sentence`).
    if len({m.polity for m in usable}) < 2:
        return doc
    lexicons = load_lexicons(pack)
    # One tokenisation and one trigger/cue pass for the whole document, sliced per sentence.
    tokens = tokenize(text)
    if lang is None:
        doc.lang = lang = _pick_language(text, lexicons, tokens)
    lex = lexicons.for_lang(lang)
    contract = contract_polities(pack)
    starts = [m.start for m in usable]
    events = doc.events
    index = engine.DocIndex(tokens, lex)
    carry: tuple = (None, None, False, None)
    prev_end = 0
    for idx, (s, e) in enumerate(doc.sentences):
        if "\n\n" in text[prev_end:s].replace("\r", ""):
            carry = (None, None, False, None)  # a paragraph break ends what a pronoun refers to
        prev_end = e
        a, b = bisect_left(starts, s), bisect_left(starts, e)
        sent_mentions = [m for m in usable[a:b] if m.end <= e]
        n_before = len(events)
        lo, hi = engine.sentence_tokens(tokens, s, e)
        if _may_hold_event(index, lo, hi, sent_mentions, carry):
            _code_sentence(doc, idx, (tokens, index, lo, hi), sent_mentions, lex, contract, carry,
                           min_confidence)  # fmt: skip
        carry = _next_carry(carry, sent_mentions, events[n_before:])
    return doc


def _next_carry(carry: tuple, sent_mentions: list, new_events: list) -> tuple:
    """What the next sentence's pronouns and dropped subjects refer to: this sentence's first
    event's actor, recipient, symmetry and type, else its first mention (the subject of most
    sentences) and the first one of another polity; a sentence naming no polity keeps the
    earlier carry."""
    if new_events:
        ev = next((e for e in new_events if e.modality == "asserted"), new_events[0])
        subj, obj = ev.extra["actor_unit"], ev.extra["recipient_unit"]
        if ev.extra["how"] == "passive":  # "Erdoğan was received by Vučić. He then ...": the
            subj, obj = obj, subj  # surface subject is what a pronoun or dropped subject means
        return subj, obj, ev.type in SYMMETRIC, ev.type
    if not sent_mentions:
        return carry
    first = sent_mentions[0]
    other = next((m for m in sent_mentions if m.polity != first.polity), None)
    return _mention_unit(first), _mention_unit(other) if other is not None else None, False, None


_PRONOUN_CUES = ("pronouns", "object_pronouns", "pair_pronouns")


def _may_hold_event(index: engine.DocIndex, lo: int, hi: int, sent_mentions: list,
                    carry: tuple) -> bool:  # fmt: skip
    """Is the sentence worth the coder stages? It needs a trigger; a sentence naming no polity
    also needs a pronoun ("He met ...", "the two presidents") or a trigger of the previous
    event's type: with no word naming a party it can only re-mention that event ("Sastanak je
    trajao tri sata" after a meeting), while "Analysts called the talks constructive" after an
    accusation is about talks whose parties the text does not give."""
    found = index.triggers_in(lo, hi)
    if not found and sent_mentions:  # a speaker's negative judgement needs no trigger
        return bool(index.cues_in("judgement_verbs", lo, hi))
    if not found or sent_mentions:
        return bool(found)
    return any(index.cues_in(c, lo, hi) for c in _PRONOUN_CUES) or any(
        term.payload.type == carry[3] for _, _, term in found
    )


def _mention_unit(m: Any) -> engine.Unit:
    return engine.Unit(0, 0, m.polity, m.actor_id, [m], bool(getattr(m, "ambiguous", False)))


def _code_sentence(doc: CodedDocument, idx: int, where: tuple, sent_mentions: list, lex, contract,
                   carry: tuple, min_confidence: float) -> None:  # fmt: skip
    """Code one sentence (`where`: the document's tokens and index and the sentence's token
    range). It needs two polities, or one plus an earlier subject to carry over (a pronoun or
    dropped subject), or an earlier subject and object (a sentence naming none, "the two
    presidents met"; see `_may_hold_event`)."""
    text, doc_date, events = doc.text, doc.date, doc.events
    s, e = doc.sentences[idx]
    polities = {m.polity for m in sent_mentions}
    if len(polities) < 2 - (carry[0] is not None) - (carry[1] is not None):
        return
    tokens, index, lo, hi = where
    ctx = engine.SentenceCtx(
        text, s, e, lo, hi, tokens, sent_mentions, lex, doc_date, index, carry[:2], carry[2],
    )  # fmt: skip
    seen: set[tuple] = set()
    for c in engine.code_sentence(ctx):
        if c.confidence < min_confidence:
            continue
        if contract and not {c.actor.polity, c.recipient.polity} <= contract:
            continue
        trig = c.match.trigger
        pair = (c.actor.polity, c.recipient.polity)
        if trig.type in SYMMETRIC and pair[1] < pair[0]:  # "A met B" and "B met A": one mention
            pair = (pair[1], pair[0])
        key = (trig.type, pair, c.modality)
        if key in seen:
            continue
        seen.add(key)
        t0, t1 = tokens.starts[c.match.i], tokens.ends[c.match.j - 1]
        events.append(
            EventMention(
                type=trig.type,
                actor=c.actor.actor,
                recipient=c.recipient.actor,
                actor_polity=c.actor.polity,
                recipient_polity=c.recipient.polity,
                start=s,
                end=e,
                text=text[s:e],
                date=c.date,
                modality=c.modality,
                mode=trig.mode,
                context=list(trig.context),
                confidence=c.confidence,
                sent_idx=idx,
                trigger=text[t0:t1],
                trigger_start=t0,
                trigger_end=t1,
                extra={"how": c.how, "actor_unit": c.actor, "recipient_unit": c.recipient},
            )  # fmt: skip
        )


def extract_text(
    text: str, doc_date: str | None = None, lang: str | None = None, pack: Pack | None = None
) -> list[dict]:
    """Event mentions of one text as contract dicts (spec/events.md, without `doc`).

    `lang` is an ISO 639-1 code ('sr', 'en', ...) or None to detect it; `doc_date` (ISO) anchors
    relative dates, None to take it from the text's dateline when there is one.
    """
    return [ev.contract() for ev in code_document(text, doc_date, lang, pack).events]
