"""Trigger and modality lexicons: load, validate and match them on folded text.

Lexicons are pack data (`lexicons/triggers/*.yaml`, `lexicons/modality/*.yaml`, format in
docs/code.md). Terms are folded (`balkanscope.text.fold`) when loaded, so one file serves both
scripts and diacritic-less spellings. A term is a sequence of token patterns:

- `word`   the token exactly;
- `stem*`  any token starting with `stem` (inflections);
- `*suf`   any token ending with `suf` (agglutinative suffixes, e.g. Turkish future `*ecek`);
- `..`     up to 3 arbitrary tokens.

All terms of one language compile into one index keyed by the first token (exact words in a
dict, stems in a dict by prefix), so matching costs a few dict look-ups per token whatever the
lexicon size.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from ..errors import PackError
from ..pack.loader import LINE, LINES, read_yaml
from ..text import fold

TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal_coop"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material_coop"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal_conflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material_conflict"),
}
SCORE = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10,
    "RETREAT": 6.5, "REQUEST": 0, "ACCUSE": -3, "REJECT": -2, "THREATEN": -3.5, "PROTEST": -5,
    "SANCTION": -6, "MOBILIZE": -5.5, "COERCE": -7, "ASSAULT": -9,
}  # fmt: skip
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
MAX_GAP = 3
_MEMO_MAX = 100_000

CUE_LISTS = (
    "negation", "future", "hypothetical", "recommendation", "question", "reported",
    "passive_agent", "recipient_preps", "locative", "coordination", "topic", "pronouns",
    "object_pronouns", "pair_pronouns", "event_anaphora", "relative_pronouns", "complementizers",
    "not_only", "genitive", "between", "people_nouns", "judgement_verbs", "negative_judgement",
    "positive_judgement",
)  # fmt: skip
CUE_MAPS = ("months", "weekdays", "relative")
# Closed-class words the engine needs even when a modality file omits them (optional keys).
DEFAULT_LOCATIVE = {
    "en": ["in", "at"], "sr": ["u"], "hr": ["u"], "bs": ["u"], "cnr": ["u"], "mk": ["vo"],
    "ru": ["v", "vo"], "sq": ["ne"], "tr": [],
}  # fmt: skip
DEFAULT_COORDINATION = {
    "en": ["and"], "sr": ["i"], "hr": ["i"], "bs": ["i"], "cnr": ["i"], "mk": ["i"],
    "ru": ["i"], "sq": ["dhe", "e"], "tr": ["ve", "ile"],
}  # fmt: skip

# "talked about Ukraine", "razgovarali o Ukrajini": what is talked about is not an argument.
# Only prepositions that mean "about"; Turkish marks it with a postposition ("hakkında").
DEFAULT_TOPIC = {
    "en": ["about", "regarding", "concerning"], "sr": ["o", "povodom"], "hr": ["o", "povodom"],
    "bs": ["o", "povodom"], "cnr": ["o", "povodom"], "mk": ["okolu"], "ru": ["o", "ob", "obo"],
    "sq": ["rreth", "lidhur me"], "tr": [],
}  # fmt: skip

DEFAULT_WORD_ORDER = {"tr": "sov"}

_WORD_SPLIT = re.compile(r"(\w+)")
_PATTERN_TOKEN = re.compile(r"^(\.\.|\*?\w+|\w+\*)$")


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class Tokens:
    """Folded word tokens of a text with their spans in the ORIGINAL text."""

    words: list[str]
    starts: list[int]  # original offsets
    ends: list[int]

    def range(self, start: int, end: int) -> tuple[int, int]:
        """Token indices [i, j) of tokens lying inside original span [start, end)."""
        return bisect_left(self.starts, start), bisect_right(self.ends, end)


_FOLDED: dict[str, str] = {}


def _folded(raw: list[str]) -> list[str]:
    """Fold each token, once per distinct spelling (news vocabulary repeats)."""
    memo = _FOLDED
    if len(memo) > 200_000:
        memo.clear()
    out = []
    for r in raw:
        w = memo.get(r)
        if w is None:
            w = memo[r] = fold(r)
        out.append(w)
    return out


def tokenize(text: str) -> Tokens:
    """Word tokens found on the original text (so offsets need no mapping); tokens that fold
    to nothing (a lone "ъ") are dropped. Whole documents are tokenised, so this is built from
    list comprehensions rather than one Python-level step per token."""
    # re.split with a group alternates separators and words; the running sum of the parts'
    # lengths gives every offset, all in C (no match object per word).
    parts = _WORD_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    words = _folded(parts[1::2])
    starts, ends = offsets[1::2][: len(words)], offsets[2::2]
    if "" in words:
        keep = [k for k, w in enumerate(words) if w]
        words, starts, ends = (
            [words[k] for k in keep],
            [starts[k] for k in keep],
            [ends[k] for k in keep],
        )
    return Tokens(words, starts, ends)


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True)
class Term:
    """One compiled term: token patterns (kind, value) where kind is = * ~ (suffix) or .."""

    text: str
    pats: tuple[tuple[str, str], ...]
    payload: Any = None


def compile_term(
    raw: str, payload: Any = None, *, where: str = "", file: str = "", line=None
) -> Term:
    """Fold and parse one term; a malformed term is a PackError pointing at file/line/field."""
    if not isinstance(raw, str) or not raw.strip():
        raise PackError(
            f"term must be a non-empty string, got {raw!r}", file=file, line=line, field=where,
            hint="write terms as quoted strings of space-separated tokens",
        )  # fmt: skip
    pats = []
    for tok in fold(raw).split():
        if not _PATTERN_TOKEN.match(tok):
            raise PackError(
                f"bad token '{tok}' in term '{raw}'", file=file, line=line, field=where,
                hint="tokens are words, 'stem*', '*suffix' or '..' (punctuation is ignored by the matcher)",
            )  # fmt: skip
        if tok == "..":
            pats.append(("..", ""))
        elif tok.endswith("*"):
            pats.append(("*", tok[:-1]))
        elif tok.startswith("*"):
            pats.append(("~", tok[1:]))
        else:
            pats.append(("=", tok))
    if pats[0][0] == ".." or pats[-1][0] == "..":
        raise PackError(
            f"term '{raw}' starts or ends with '..'", file=file, line=line, field=where,
            hint="'..' only goes between two words",
        )  # fmt: skip
    return Term(raw, tuple(pats), payload)


def _tok_ok(kind: str, val: str, word: str) -> bool:
    if kind == "=":
        return word == val
    if kind == "*":
        return word.startswith(val)
    return word.endswith(val)


class Matcher:
    """All terms of a lexicon indexed by their first token pattern."""

    def __init__(self, terms: list[Term]) -> None:
        self.terms = list(terms)
        self.exact: dict[str, list[Term]] = {}
        self.prefix: dict[str, list[Term]] = {}
        self.suffix: list[Term] = []
        self._memo: dict[str, list[Term]] = {}
        for t in terms:
            kind, val = t.pats[0]
            if kind == "=":
                self.exact.setdefault(val, []).append(t)
            elif kind == "*":
                self.prefix.setdefault(val, []).append(t)
            else:
                self.suffix.append(t)
        self.prefix_lens = sorted({len(k) for k in self.prefix})

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefix or self.suffix)

    def _candidates(self, word: str) -> list[Term]:
        """Terms whose first pattern accepts `word`, memoised per word (news vocabulary repeats)."""
        hit = self._memo.get(word)
        if hit is not None:
            return hit
        out = list(self.exact.get(word, ()))
        for k in self.prefix_lens:
            if k > len(word):
                break
            found = self.prefix.get(word[:k])
            if found:
                out.extend(found)
        out.extend(t for t in self.suffix if word.endswith(t.pats[0][1]))
        if len(self._memo) > _MEMO_MAX:
            self._memo.clear()
        self._memo[word] = out
        return out

    def first(self, word: str) -> Term | None:
        """The single-token term matching `word` with the longest stem (month and day names)."""
        best = None
        for t in self._candidates(word):
            if len(t.pats) == 1 and (best is None or len(t.pats[0][1]) > len(best.pats[0][1])):
                best = t
        return best

    @staticmethod
    def _rest(pats, k: int, words, i: int, lo_end: int) -> int | None:
        """End token index if pats[k:] match words starting at i (gaps backtrack), else None."""
        n = len(pats)
        while k < n:
            kind, val = pats[k]
            if kind == "..":
                for skip in range(0, MAX_GAP + 1):
                    end = Matcher._rest(pats, k + 1, words, i + skip, lo_end)
                    if end is not None:
                        return end
                return None
            if i >= lo_end or not _tok_ok(kind, val, words[i]):
                return None
            k += 1
            i += 1
        return i

    def find(
        self, words: list[str], lo: int = 0, hi: int | None = None
    ) -> list[tuple[int, int, Term]]:
        """Every match (i, j, term) of token indices [i, j) within [lo, hi)."""
        hi = len(words) if hi is None else hi
        out = []
        candidates, rest, known = self._candidates, self._rest, self._memo.get
        # Most words start no term: a memo lookup (C speed) skips them; unseen words (True)
        # are looked up properly.
        for i in [k for k in range(lo, hi) if known(words[k], True)]:
            for t in candidates(words[i]):
                pats = t.pats
                if len(pats) == 1:  # most terms are one word: no call needed
                    out.append((i, i + 1, t))
                    continue
                if pats[1][0] == "=" and (i + 1 >= hi or words[i + 1] != pats[1][1]):
                    continue  # the common miss, without a call
                end = rest(pats, 1, words, i + 1, hi)
                if end is not None:
                    out.append((i, end, t))
        return out


# --------------------------------------------------------------------------- lexicon files


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    context: tuple[str, ...]
    voice: str
    term: str
    file: str


@dataclass
class Modality:
    """Cue matchers and date words of one language."""

    cues: dict[str, Matcher] = field(default_factory=dict)
    months: Matcher = field(default_factory=lambda: Matcher([]))
    weekdays: Matcher = field(default_factory=lambda: Matcher([]))
    relative: Matcher = field(default_factory=lambda: Matcher([]))
    # May a subject follow its verb ("заявил Лавров", "izjavio je Vučić")? Not in English.
    postverbal_subject: bool = True
    word_order: str = "svo"  # "sov" (Turkish): subject first, objects between it and the verb
    _cue_words: frozenset[str] | None = None

    def lookup(self, table: str, word: str) -> int | None:
        t = getattr(self, table).first(word)
        return t.payload if t is not None else None

    @property
    def cue_words(self) -> frozenset[str]:
        """Single words that are modality cues ("may"): never read as a bare month name."""
        if self._cue_words is None:
            self._cue_words = frozenset(
                t.pats[0][1] for m in self.cues.values() for t in m.terms if len(t.pats) == 1
            )
        return self._cue_words


@dataclass
class LangLexicon:
    lang: str
    triggers: Matcher
    modality: Modality
    files: list[str]
    _combined: Matcher | None = None

    @property
    def combined(self) -> Matcher:
        """Triggers and every cue list in one matcher: one pass over a document finds all."""
        if self._combined is None:
            cue_terms = [t for m in self.modality.cues.values() for t in m.terms]
            self._combined = Matcher(self.triggers.terms + cue_terms)
        return self._combined


def _err(msg, path, line=None, field=None, hint=None):
    return PackError(msg, file=str(path), line=line, field=field, hint=hint)


def _langs(data: dict, path: Path) -> list[str]:
    langs = data.get("langs")
    if not isinstance(langs, list) or not langs or not all(isinstance(x, str) and x for x in langs):
        raise _err(
            "expected 'langs:' as a non-empty list of ISO 639-1 codes", path,
            data.get(LINES, {}).get("langs", 1), "langs", "e.g. langs: [sr, hr, bs, cnr]",
        )  # fmt: skip
    return [x.lower() for x in langs]


def load_trigger_file(path: Path) -> tuple[list[str], list[Term]]:
    """(langs, terms with Trigger payloads) of one trigger file; PackError on any bad field."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise _err("expected a mapping with 'langs:' and 'triggers:'", path, 1)
    langs = _langs(data, path)
    items = data.get("triggers")
    if not isinstance(items, list):
        raise _err(
            "expected a 'triggers:' list", path, data.get(LINES, {}).get("triggers", 1), "triggers"
        )
    allowed = {"type", "mode", "context", "voice", "terms", "note"}
    terms: list[Term] = []
    for i, item in enumerate(items):
        where = f"triggers[{i}]"
        if not isinstance(item, dict):
            raise _err("each trigger must be a mapping", path, None, where)
        line = item.get(LINE)
        lines = item.get(LINES, {})
        extra = set(item) - allowed - {LINE, LINES}
        if extra:
            k = sorted(extra)[0]
            raise _err(
                f"unknown key '{k}'",
                path,
                lines.get(k, line),
                f"{where}.{k}",
                f"allowed: {', '.join(sorted(allowed))}",
            )
        typ = item.get("type")
        if typ not in TYPES:
            raise _err(
                f"unknown event type {typ!r}",
                path,
                lines.get("type", line),
                f"{where}.type",
                f"one of {', '.join(TYPES)}",
            )
        mode = item.get("mode")
        if mode is not None and not isinstance(mode, str):
            raise _err("mode must be a string", path, lines.get("mode", line), f"{where}.mode")
        ctx = item.get("context") or []
        if isinstance(ctx, str):
            ctx = [ctx]
        if not isinstance(ctx, list) or not all(isinstance(c, str) for c in ctx):
            raise _err(
                "context must be a list of strings",
                path,
                lines.get("context", line),
                f"{where}.context",
            )
        voice = item.get("voice", "active")
        if voice not in ("active", "passive"):
            raise _err(
                f"voice must be 'active' or 'passive', got {voice!r}",
                path,
                lines.get("voice", line),
                f"{where}.voice",
            )
        raw_terms = item.get("terms")
        if not isinstance(raw_terms, list) or not raw_terms:
            raise _err(
                "expected a non-empty 'terms:' list",
                path,
                lines.get("terms", line),
                f"{where}.terms",
            )
        tline = lines.get("terms", line)
        for j, raw in enumerate(raw_terms):
            trig = Trigger(typ, mode, tuple(ctx), voice, str(raw), path.name)
            terms.append(
                compile_term(
                    raw,
                    trig,
                    where=f"{where}.terms[{j}]",
                    file=str(path),
                    line=tline + 1 + j if tline else None,
                )
            )
    return langs, terms


def load_modality_file(path: Path) -> tuple[list[str], Modality]:
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise _err("expected a mapping with 'langs:' and cue lists", path, 1)
    langs = _langs(data, path)
    lines = data.get(LINES, {})
    known = {"langs", "note", "postverbal_subject", "word_order", *CUE_LISTS, *CUE_MAPS}
    for k in data:
        if k not in known and k not in (LINE, LINES):
            raise _err(
                f"unknown key '{k}'", path, lines.get(k), k, f"allowed: {', '.join(sorted(known))}"
            )
    mod = Modality()
    pv = data.get("postverbal_subject", True)
    if not isinstance(pv, bool):
        raise _err(
            "postverbal_subject must be true or false",
            path,
            lines.get("postverbal_subject"),
            "postverbal_subject",
        )
    mod.postverbal_subject = pv
    order = data.get("word_order", DEFAULT_WORD_ORDER.get(langs[0], "svo"))
    if order not in ("svo", "sov"):
        raise _err("word_order must be 'svo' or 'sov'", path, lines.get("word_order"), "word_order")
    mod.word_order = order
    for key in CUE_LISTS:
        vals = data.get(key)
        if vals is None:
            defaults = {
                "locative": DEFAULT_LOCATIVE,
                "coordination": DEFAULT_COORDINATION,
                "topic": DEFAULT_TOPIC,
            }
            vals = defaults.get(key, {}).get(langs[0], [])
        if not isinstance(vals, list):
            raise _err(f"'{key}' must be a list of terms", path, lines.get(key), key)
        line = lines.get(key)
        mod.cues[key] = Matcher(
            [
                compile_term(v, key, where=f"{key}[{j}]", file=str(path), line=line)
                for j, v in enumerate(vals)
            ]
        )
    for key in CUE_MAPS:
        vals = data.get(key) or {}
        line = lines.get(key)
        if not isinstance(vals, dict):
            raise _err(f"'{key}' must be a mapping of term: number", path, line, key)
        entries = []
        for k, v in vals.items():
            if k in (LINE, LINES):
                continue
            ok = isinstance(v, int) and not isinstance(v, bool)
            if key == "months":
                ok = ok and 1 <= v <= 12
            elif key == "weekdays":
                ok = ok and 0 <= v <= 6
            if not ok:
                raise _err(
                    f"bad value {v!r} for '{k}'", path, vals.get(LINES, {}).get(k, line), f"{key}.{k}",
                    {"months": "1..12", "weekdays": "0 (Monday)..6", "relative": "an integer day offset"}[key],
                )  # fmt: skip
            term = compile_term(str(k), v, where=f"{key}.{k}", file=str(path), line=line)
            entries.append(term)
        setattr(mod, key, Matcher(entries))
    return langs, mod


def _merge_modality(parts: list[Modality]) -> Modality:
    if len(parts) == 1:
        return parts[0]
    out = Modality(
        postverbal_subject=all(p.postverbal_subject for p in parts), word_order=parts[0].word_order
    )
    for key in CUE_LISTS:
        out.cues[key] = Matcher([t for p in parts if key in p.cues for t in p.cues[key].terms])
    for key in CUE_MAPS:
        setattr(out, key, Matcher([t for p in parts for t in getattr(p, key).terms]))
    return out


class Lexicons:
    """Every language's compiled trigger and modality lexicon of a pack."""

    def __init__(self, trigger_files: list[Path], modality_files: list[Path]) -> None:
        trig: dict[str, list[Term]] = {}
        mods: dict[str, list[Modality]] = {}
        files: dict[str, list[str]] = {}
        for path in trigger_files:
            langs, terms = load_trigger_file(path)
            for lang in langs:
                trig.setdefault(lang, []).extend(terms)
                files.setdefault(lang, []).append(str(path))
        for path in modality_files:
            langs, mod = load_modality_file(path)
            for lang in langs:
                mods.setdefault(lang, []).append(mod)
                files.setdefault(lang, []).append(str(path))
        self.by_lang: dict[str, LangLexicon] = {}
        # Languages served by the same files (sr, hr, bs, cnr) share one compiled lexicon, so
        # its matchers and their word memos are built and warmed once.
        shared: dict[tuple[str, ...], LangLexicon] = {}
        for lang in sorted(set(trig) | set(mods)):
            key = tuple(files[lang])
            if key not in shared:
                shared[key] = LangLexicon(
                    lang,
                    Matcher(trig.get(lang, [])),
                    _merge_modality(mods.get(lang) or [Modality()]),
                    files[lang],
                )
            self.by_lang[lang] = shared[key]
        all_terms = [t for ts in trig.values() for t in ts]
        all_mods = [m for ms in mods.values() for m in ms] or [Modality()]
        # Used when the language is unknown or has no lexicon of its own.
        self.fallback = LangLexicon("*", Matcher(all_terms), _merge_modality(all_mods), [])

    def for_lang(self, lang: str | None) -> LangLexicon:
        if lang:
            base = lang.lower().replace("_", "-").split("-")[0]
            if base in self.by_lang:
                return self.by_lang[base]
        return self.fallback


def load_lexicons(pack) -> Lexicons:
    """The pack's lexicons (cached per pack directories)."""
    return _load(tuple(str(d) for d in pack.dirs))


@lru_cache(maxsize=8)
def _load(dirs: tuple[str, ...]) -> Lexicons:
    def files(sub: str) -> list[Path]:
        out: list[Path] = []
        for d in dirs:
            p = Path(d) / "lexicons" / sub
            if p.is_dir():
                out.extend(sorted(p.glob("*.yaml")))
        return out

    return Lexicons(files("triggers"), files("modality"))
