"""Actor recognition: one Aho-Corasick pass over the folded text.

Every alias of the pack (names, demonyms, metonyms, in every language and script) and its
inflected forms (`inflect.py`) are folded (`text.fold`: lower case, Cyrillic to Latin, no
diacritics) into one automaton, so "Vucic", "Vučić", "Вучић" and "Вучића" are found in one
pass whatever the document's language. Keys and text are normalised to space-separated words
(`folding.words_map`), so matches sit on word boundaries; overlapping matches keep the longest. Abbreviations ("SAD", "US", "BiH") must keep their capitals, since
their folded forms are common words ("sad", "us").

A folded alias that belongs to several actors, or an alias the pack marks `ambiguous`, is
resolved by the document itself (another, unambiguous mention of exactly one candidate, or of
exactly one candidate's polity); otherwise the mention is kept with `ambiguous=True`, no actor
and its candidates, so nothing is guessed silently.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

import ahocorasick

from ..cache import cached, digest, source_of
from ..pack import Pack
from ..pack.models import Actor
from . import folding
from . import inflect as inflect_module
from .folding import words, words_map
from .inflect import inflect


@dataclass
class Mention:
    start: int
    end: int
    surface: str
    alias: str
    actor_id: str | None
    polity: str | None
    match_kind: str
    ambiguous: bool = False
    candidates: list[str] = field(default_factory=list)


Meaning = tuple[str, str, bool, bool]  # (alias text, kind, flagged ambiguous, is a base form)


def _prefer_base(meanings: dict[str, Meaning]) -> dict[str, Meaning]:
    """Base forms outrank inflected ones: the alias "Rami" beats "Rami" generated from "Rama"."""
    base = {k: v for k, v in meanings.items() if v[3]}
    return base or meanings


def _needs_capital(m: Meaning) -> bool:
    """Names are capitalised in every supported language; demonyms often are not ("srpski")."""
    return m[1] != "demonym" and m[0][:1].isupper()


APOSTROPHES = "'’ʼ`"


@dataclass
class _Entry:
    """Everything one folded key can mean: actor id -> Meaning, for any surface and for a
    surface in lower case (where capitalised names are excluded: "cena" is not "Čena")."""

    meanings: dict[str, Meaning] = field(default_factory=dict)
    case_pattern: str | None = None  # the abbreviation whose capitals the surface must keep
    # Only apostrophe forms ("Vučić'in") give this key: the surface must have the apostrophe,
    # or "Vučić i Orban" would match Turkish "Vučić'i" and swallow the "and".
    apostrophe_only: bool | None = None
    any_case: dict[str, Meaning] = field(default_factory=dict)
    lower_case: dict[str, Meaning] = field(default_factory=dict)

    def add(self, actor_id: str, alias: str, kind: str, flagged: bool, base: bool) -> None:
        prev = self.meanings.get(actor_id)
        if prev is None or (base and not prev[3]):
            self.meanings[actor_id] = (alias, kind, flagged, base)

    def freeze(self) -> None:
        self.any_case = _prefer_base(self.meanings)
        self.lower_case = _prefer_base(
            {k: v for k, v in self.meanings.items() if not _needs_capital(v)}
        )


def _is_abbreviation(text: str, kind: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return kind == "abbreviation" or (
        1 < len(letters) <= 6 and sum(c.isupper() for c in letters) >= 2
    )


def _keeps_capitals(surface: str, pattern: str) -> bool:
    return all(not p.isupper() or s.isupper() for s, p in zip(surface, pattern, strict=False))


class Recognizer:
    """Finds the pack's actors in text; build once with `from_pack`, call `find` per document."""

    def __init__(self, actors: dict[str, Actor], entries: dict[str, _Entry]) -> None:
        self.actors = actors
        self.entries = entries
        self._polities: dict[tuple[str, str | None], str | None] = {}  # (actor, date) -> polity
        self._auto = ahocorasick.Automaton()
        for key, entry in entries.items():
            entry.freeze()
            self._auto.add_word(key, (len(key), entry))
        if entries:
            self._auto.make_automaton()

    @classmethod
    def from_pack(cls, pack: Pack) -> Recognizer:
        """The recogniser for `pack`; generating every inflected alias takes seconds, so the
        built recogniser is cached, keyed by the actors (aliases, roles) and by this module's
        and the inflection code."""
        parts: list[bytes | str] = source_of(sys.modules[__name__], inflect_module, folding)
        parts.extend(repr(actor) for actor in pack.actors.values())
        return cached("recognizer", digest(parts), lambda: cls._build(pack))

    @classmethod
    def _build(cls, pack: Pack) -> Recognizer:
        entries: dict[str, _Entry] = {}
        for actor in pack.actors.values():
            for lang, alias in actor.all_aliases():
                abbrev = _is_abbreviation(alias.text, alias.kind)
                forms = inflect(alias.text, lang, alias.kind, alias.inflect and not abbrev)
                if abbrev and lang == "tr":
                    forms = inflect(alias.text, lang, "abbreviation", alias.inflect)
                for i, form in enumerate(forms):
                    key = words(form)
                    if not key:
                        continue
                    key = f" {key} "
                    entry = entries.setdefault(key, _Entry())
                    entry.add(actor.id, alias.text, alias.kind, alias.ambiguous, i == 0)
                    has_apostrophe = any(c in APOSTROPHES for c in form)
                    entry.apostrophe_only = has_apostrophe and entry.apostrophe_only is not False
                    if abbrev:
                        entry.case_pattern = alias.text
        return cls(dict(pack.actors), entries)

    def _polity(self, actor_id: str, date: str | None) -> str | None:
        key = (actor_id, date)
        if key not in self._polities:
            if len(self._polities) > 100_000:
                self._polities.clear()
            self._polities[key] = self.actors[actor_id].polity_at(date)
        return self._polities[key]

    def find(self, text: str, date: str | None = None, lang: str | None = None) -> list[Mention]:
        """Mentions in `text`, in order; persons resolve to their polity at `date`.

        `lang` is not needed for matching (every language's aliases are in one automaton,
        because documents quote names in other languages and scripts); it is accepted so
        callers can pass what they know.
        """
        return self.find_in(text, *words_map(text), date=date)

    def find_in(self, text: str, padded: str, idx, date: str | None = None) -> list[Mention]:
        """`find` on text already normalised by `folding.words_map` (the pipeline normalises
        once for recognition and the simhash)."""
        if not self.entries:
            return []
        found: list[tuple[int, int, dict[str, Meaning]]] = []
        for end, (length, entry) in self._auto.iter(padded):
            # padded[end - length + 1] and padded[end] are the key's padding spaces; the
            # normalised text starts at padded[1], so its character k is padded[k + 1].
            i, j = end - length + 1, end - 1
            a, b = int(idx[i]), int(idx[j - 1]) + 1
            if entry.case_pattern and not _keeps_capitals(text[a:b], entry.case_pattern):
                continue
            if entry.apostrophe_only and not any(c in APOSTROPHES for c in text[a:b]):
                continue
            meanings = entry.lower_case if text[a].islower() else entry.any_case
            if meanings:
                found.append((a, b, meanings))
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        taken: list[tuple[int, int, dict[str, Meaning]]] = []
        used = bytearray(len(text))  # characters already covered by a longer match
        for a, b, e in found:
            if used.find(1, a, b) == -1:
                used[a:b] = b"\x01" * (b - a)
                taken.append((a, b, e))
        taken.sort(key=lambda m: m[0])
        return self._resolve(text, taken, date)

    def _resolve(self, text: str, matches: list, date: str | None) -> list[Mention]:
        mentions: list[Mention] = []
        pending: list[tuple[Mention, dict[str, Meaning]]] = []
        for a, b, meanings in matches:
            ids = sorted(meanings)
            alias, kind, flagged, _ = meanings[ids[0]]
            m = Mention(a, b, text[a:b], alias, None, None, kind)
            if len(ids) == 1 and not flagged:
                m.actor_id, m.polity = ids[0], self._polity(ids[0], date)
            else:
                pending.append((m, meanings))
            mentions.append(m)
        known_actors = {m.actor_id for m in mentions if m.actor_id}
        known_polities = {m.polity for m in mentions if m.polity}
        for m, meanings in pending:
            ids = sorted(meanings)
            pick = [c for c in ids if c in known_actors]
            if len(pick) != 1:
                pick = [c for c in ids if self._polity(c, date) in known_polities]
            if len(pick) == 1 and (len(ids) > 1 or pick[0] in known_actors):
                m.actor_id, m.polity = pick[0], self._polity(pick[0], date)
                m.alias, m.match_kind = meanings[pick[0]][:2]
            else:
                m.ambiguous = True
            m.candidates = ids
        return mentions
