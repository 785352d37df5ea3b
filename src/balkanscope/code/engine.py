"""Sentence-level event coding: triggers -> arguments -> modality -> date -> confidence.

Each stage is a small function over a `SentenceCtx`, registered in `registry.coders` with the
fields it reads and writes, so a plug-in can replace one stage (say, a better argument
assigner) without touching the others. `code_sentence` runs the registered stages in order.

Argument rules (language-independent; the per-language words come from the modality lexicon):
- mentions of one polity next to each other ("Predsednik Srbije Aleksandar Vučić", "the US
  envoy, Gabriel Escobar,") form one argument unit; units of different polities joined by a
  coordination word or a comma form a group ("the US and the EU condemned") and each member
  yields its own event;
- a demonym qualifying a named actor of another polity ("the Serbian member of the
  Presidency, Milorad Dodik") is part of that actor's unit, not an argument;
- actor = nearest unit before the trigger (subject), recipient = nearest unit after it; a
  unit after a locative preposition ("in Sarajevo") is only a last resort, a unit after a
  reported-speech cue ("according to X") is the speaker: the actor only if no subject precedes;
- passive: a trigger marked `voice: passive` or followed by a passive-agent cue + unit
  ("was interpreted by the US Embassy") swaps: the agent acts on the unit before the trigger;
- a trigger noun followed by a relative clause ("sanctions that the EU imposed on Moscow")
  takes that clause's first unit as actor and its next as recipient, and its modality;
- a condemnation or praise of an event noun ("condemned the attack on the Kosovo police") is
  addressed to the event's doer, never to its target;
- symmetric types (CONSULT, AGREE, COOPERATE) with a group and no other recipient pair the
  group's members ("Kurti and Vučić agreed", "talks between Serbia and Kosovo");
- a trigger inside the complement of REQUEST / REJECT / THREATEN / AGREE ("urged Serbia to
  impose sanctions", "refuses to impose sanctions") is not asserted: it takes the modality
  hypothetical / negated / hypothetical / future;
- carry-over: a dropped subject, a pronoun, a description of the pair or of the previous event
  takes its argument(s) from the previous sentence (`SentenceCtx.carry`, set by the pipeline),
  with a lower confidence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from ..registry import coders
from .dates import find_dates, nearest
from .lexicon import QUAD, SYMMETRIC, LangLexicon, Tokens, Trigger

# Words that close a clause after a comma (cross-language, folded); used for complement scope.
_ADVERSATIVE = frozenset(
    "but while whereas although however ali a dok no medjutim ama fakat ancak ise por ndersa "
    "kurse megjithate odnako zato ali toa i".split()
)
_COMPLEMENT_MODALITY = {
    "REQUEST": "hypothetical",
    "REJECT": "negated",
    "THREATEN": "hypothetical",
    "AGREE": "future",
}
_CLAUSE_PUNCT = ";:"
_NO_HITS: list[tuple[int, int]] = []  # a cue list with no match in the sentence (never mutated)


def _complement_modality(trigger: Trigger) -> str | None:
    """Modality a verb imposes on the triggers of its complement. An allegation's content
    ("accused Belgrade of having financed and organised the attack", "оптужио је Београд да
    је организовао напад") is the accuser's claim whoever its grammatical subject is."""
    if trigger.type == "ACCUSE" and trigger.mode == "allege":
        return "hypothetical"
    return _COMPLEMENT_MODALITY.get(trigger.type)


# Verbal types address an actor, never a place: "ordered combat readiness in northern Kosovo".
_VERBAL_TO_ACTORS = frozenset({"REQUEST", "SUPPORT", "REJECT", "THREATEN", "AGREE"})
# Negators sit right before the verb ("did not sign", "nije potpisao", "has not yet signed");
# a wider window would negate the object noun of a negated verb ("did not join the sanctions").
_NEG_WINDOW = 2
_NEG_AFTER = 4  # a noun's negated verb follows it closely ("sankcije Srbiji ipak nije uveo")
_NOMINAL_OBJECT_GAP = 5  # "non-recognition | of the so-called Republic of | Kosovo"
_NOMINAL_AGENT_GAP = 8  # "Kosovo | , not only by | Belgrade"
_QUALIFIER_GAP = 5  # "srpskom članu Predsjedništva BiH | Miloradu Dodiku"
# Verbs that judge an event that happened; a refusal, threat or request is about one that did
# not, whose target is the recipient ("refused to impose sanctions on Russia": REJECT -> RUS).
_EVALUATIVE = frozenset({"ACCUSE", "SUPPORT"})
_EVENT_OBJECT_GAP = 2  # "condemned the | attack on ...", "osudila je | napad na ..."
_MODAL_WINDOW = 8  # modals and conditionals scope over the clause ("NATO must form ... pressure")


@dataclass
class Unit:
    """One argument: adjacent mentions of one polity."""

    i: int  # first token
    j: int  # end token (exclusive)
    polity: str
    actor: str
    mentions: list[Any]
    ambiguous: bool = False
    locative: bool = False
    oblique: bool = False  # after "with"/"to"/"sa": an object, never the subject
    source: bool = False
    agent: bool = False
    topic: bool = False  # right after "about"/"o": what is talked about, not an argument
    group: int = -1
    carried: bool = False  # taken over from an earlier sentence (pronoun, dropped subject)


@dataclass
class Match:
    i: int
    j: int
    trigger: Trigger


@dataclass
class Candidate:
    match: Match
    actor: Unit
    recipient: Unit
    how: str  # subject | postverbal | source | passive | pairwise
    modality: str = "asserted"
    date: str | None = None
    confidence: float = 0.0
    # Token range of the relative clause the arguments came from: its own cues decide the
    # modality ("did not join the sanctions that the EU imposed": the sanctions happened).
    clause: tuple[int, int] | None = None


class DocIndex:
    """Trigger and cue matches of a whole document, found in one pass and then sliced per
    sentence (cheaper than matching every sentence against every cue list). A match running
    past a sentence's end is never in that sentence's slice."""

    def __init__(self, tokens: Tokens, lex: LangLexicon) -> None:
        self.triggers: list = []
        self.cues: dict[str, list[tuple[int, int]]] = {name: [] for name in lex.modality.cues}
        self.suffix_cues: set[tuple[str, int]] = set()  # (cue list, token) hit by a '*suffix'
        for i, j, term in lex.combined.find(tokens.words):
            if isinstance(term.payload, Trigger):
                self.triggers.append((i, j, term))
            else:
                self.cues[term.payload].append((i, j))
                if len(term.pats) == 1 and term.pats[0][0] == "~":
                    self.suffix_cues.add((term.payload, i))
        self._trig_i = [i for i, _, _ in self.triggers]
        self._cue_i = {name: [i for i, _ in hits] for name, hits in self.cues.items()}
        self._all_cues = sorted((i, j, name) for name, hits in self.cues.items() for i, j in hits)
        self._all_i = [i for i, _, _ in self._all_cues]

    def triggers_in(self, lo: int, hi: int) -> list:
        a, b = bisect_left(self._trig_i, lo), bisect_left(self._trig_i, hi)
        return [h for h in self.triggers[a:b] if h[1] <= hi]

    def sentence_cues(self, lo: int, hi: int) -> dict[str, list[tuple[int, int]]]:
        """Every cue list's matches inside tokens [lo, hi), in one pass: the stages ask for
        some twenty lists per sentence, most of them empty."""
        out: dict[str, list[tuple[int, int]]] = {}
        a, b = bisect_left(self._all_i, lo), bisect_left(self._all_i, hi)
        for i, j, name in self._all_cues[a:b]:
            if j <= hi:
                out.setdefault(name, []).append((i, j))
        return out

    def cues_in(self, name: str, lo: int, hi: int) -> list[tuple[int, int]]:
        idx = self._cue_i.get(name)
        if not idx:
            return []
        a, b = bisect_left(idx, lo), bisect_left(idx, hi)
        return [h for h in self.cues[name][a:b] if h[1] <= hi]


@dataclass
class SentenceCtx:
    text: str  # the whole document
    start: int  # sentence span
    end: int
    lo: int  # token range of the sentence
    hi: int
    tokens: Tokens
    mentions: list[Any]
    lex: LangLexicon
    doc_date: str | None
    index: DocIndex  # the document's trigger and cue matches
    # Subject and object of the previous sentence of the paragraph (templates; see `carry_unit`).
    carry: tuple[Unit | None, Unit | None] = (None, None)
    carry_mutual: bool = False  # the previous sentence's event was symmetric (CONSULT, AGREE, ...)
    matches: list[Match] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    _carried: Unit | None = None
    _cues: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # per cue list
    claimed: set[int] = field(default_factory=set)  # tokens of a speaker's negative judgement

    def __post_init__(self) -> None:
        self._cues = self.index.sentence_cues(self.lo, self.hi)

    def carry_actor(self) -> Unit:
        """The dropped subject: one unit per sentence (so that rules comparing actors, like
        "the actor of a verb is not the actor of the noun right after it", see it as one)."""
        if self._carried is None:
            assert self.carry[0] is not None, "only asked for when there is a carry"
            self._carried = carry_unit(self.carry[0], self.lo, self.lo)
        return self._carried


@dataclass(frozen=True)
class Stage:
    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    run: Any

    def __call__(self, ctx: SentenceCtx) -> None:
        self.run(ctx)


def stage(name: str, reads: tuple[str, ...], writes: tuple[str, ...]):
    def deco(fn):
        coders.register(name)(Stage(name, reads, writes, fn))
        return fn

    return deco


def _cue_ends(
    ctx: SentenceCtx, cue: str, lo: int | None = None, hi: int | None = None
) -> list[tuple[int, int]]:
    """Matches of cue list `cue` in tokens [lo, hi) (default: the sentence). The stages ask
    for the same lists many times per sentence, so the sentence's matches are kept per list
    and narrower ranges filter them."""
    hits = ctx._cues.get(cue, _NO_HITS)
    if lo is None and hi is None:
        return hits
    lo = ctx.lo if lo is None else lo
    hi = ctx.hi if hi is None else hi
    if lo < ctx.lo or hi > ctx.hi:
        return ctx.index.cues_in(cue, lo, hi)
    if lo == ctx.lo and hi == ctx.hi:
        return hits
    return [h for h in hits if lo <= h[0] < hi and h[1] <= hi]


def carry_unit(u: Unit, i: int = 0, j: int = 0) -> Unit:
    """A copy of an earlier sentence's argument placed at tokens i..j of this one, without the
    role flags it had there."""
    return Unit(i, j, u.polity, u.actor, list(u.mentions), ambiguous=u.ambiguous, carried=True)


def _gap_text(ctx: SentenceCtx, a: int, b: int) -> str:
    """Original text between the end of token a-1 and the start of token b."""
    t = ctx.tokens
    s = t.ends[a - 1] if a > ctx.lo else ctx.start
    e = t.starts[b] if b < ctx.hi else ctx.end
    return ctx.text[s:e]


# --------------------------------------------------------------------------- stages


@stage("triggers", reads=("tokens", "lex", "mentions"), writes=("matches",))
def find_triggers(ctx: SentenceCtx) -> None:
    """Lexicon matches; a longer match swallows shorter ones it overlaps, and a trigger inside
    an actor's name ("Security Council", "Peace Implementation Council") is no trigger."""
    raw = [Match(i, j, t.payload) for i, j, t in ctx.index.triggers_in(ctx.lo, ctx.hi)]
    raw.sort(key=lambda m: (-(m.j - m.i), m.i))
    kept: list[Match] = []
    for m in raw:
        # A shorter match inside a longer one goes, except the longer one's own head noun
        # ("did not join the sanctions imposed by the EU": joining and the sanctions both count).
        if any(
            m.i < k.j
            and k.i < m.j
            and (k.j - k.i) > (m.j - m.i)
            and not (
                k.j == m.j and k.trigger.type == m.trigger.type and k.trigger.voice != "passive"
            )
            for k in kept
        ):
            continue
        if any(k.i == m.i and k.j == m.j and k.trigger.type == m.trigger.type for k in kept):
            continue
        kept.append(m)
    spans = [ctx.tokens.range(mn.start, mn.end) for mn in ctx.mentions]
    ctx.matches = sorted(
        (m for m in kept if not any(a <= m.i and m.j <= b for a, b in spans)), key=lambda m: m.i
    )


@stage("units", reads=("mentions", "tokens", "matches"), writes=("units",))
def build_units(ctx: SentenceCtx) -> None:
    """Argument units (same-polity neighbours merged) with their role flags and groups."""
    t = ctx.tokens
    trig_tokens = {k for m in ctx.matches for k in range(m.i, m.j)}
    units: list[Unit] = []
    source_ends = [cj for _, cj in _cue_ends(ctx, "reported")]
    coord_words = {ci for ci, cj in _cue_ends(ctx, "coordination") if cj == ci + 1}
    for mn in sorted(ctx.mentions, key=lambda m: m.start):
        i, j = (
            bisect_left(t.starts, mn.start),
            max(bisect_left(t.starts, mn.end), bisect_left(t.starts, mn.start) + 1),
        )
        if j - 1 > i and j - 1 in coord_words:
            j -= 1  # a name never ends on "and": "Вучич и Путин" is two arguments
        prev = units[-1] if units else None
        gap = _gap_text(ctx, prev.j, i) if prev else ""
        # "According to the Kremlin, Putin ...": the quoted source and the subject after the
        # comma stay two units even when they share a polity.
        after_source = (
            prev is not None and "," in gap and any(cj <= prev.i <= cj + 2 for cj in source_ends)
        )
        if prev and prev.polity == mn.polity and i - prev.j <= 8 and not any(k in trig_tokens for k in range(prev.j, i)) \
                and not any(c in gap for c in _CLAUSE_PUNCT) and not after_source:  # fmt: skip
            prev.j = max(prev.j, j)
            prev.mentions.append(mn)
            # The most specific actor: a named person/agency over the bare polity.
            if prev.actor == prev.polity and mn.actor_id != mn.polity:
                prev.actor = mn.actor_id
            continue
        units.append(
            Unit(
                i, j, mn.polity, mn.actor_id, [mn], ambiguous=bool(getattr(mn, "ambiguous", False))
            )
        )
    units = [u for u in units if not _names_people(ctx, u)]
    # A pronoun or definite description ("he", "on", "он", "the minister") stands for the
    # previous sentence's subject, an object pronoun ("him", "ga", "ему") for its object, and a description of a
    # pair ("the two presidents", "dvojica lidera") for both, as a group.
    pairs: list[tuple[Unit, Unit]] = []
    subj, obj = ctx.carry
    of = {ci: cj for ci, cj in _cue_ends(ctx, "genitive")} if subj is not None else {}
    named = units[:]
    for cue, tmpls in (("pronouns", (subj,)), ("object_pronouns", (obj,)),
                       ("pair_pronouns", (subj, obj))):  # fmt: skip
        if any(tm is None for tm in tmpls) and cue != "pair_pronouns":
            continue
        for ci, cj in _cue_ends(ctx, cue):
            if cue == "pair_pronouns":
                # "Sırbistan ile Kosova ... iki taraf arasında": the pair just named in this
                # sentence, else the previous sentence's
                tmpls = _named_pair(ctx, named, ci) or (subj, obj)
                if any(tm is None for tm in tmpls):
                    continue
            if any(u.i < cj and ci < u.j for u in units) or any(
                k in trig_tokens for k in range(ci, cj)
            ):
                continue
            if cue != "object_pronouns" and any(
                u.i == cj or u.j == ci or u.i == of.get(cj, -1) for u in units
            ):
                # a title next to its name ("ruski ambasador", "the minister Lavrov") or its
                # country ("the prime minister of Serbia", "Kryeministri i Maqedonisë")
                continue
            new = [carry_unit(tm, ci, cj) for tm in tmpls if tm is not None]
            new[0].oblique = cue == "object_pronouns"  # "Vučić ga je pozvao": never the subject
            units.extend(new)
            if len(new) == 2:
                pairs.append((new[0], new[1]))
    units.sort(key=lambda u: u.i)
    sov = ctx.lex.modality.word_order == "sov"
    complementizers = [ci for ci, _ in _cue_ends(ctx, "complementizers")]
    for cue, attr, reach in (
        ("locative", "locative", 2),
        ("recipient_preps", "oblique", 2),
        ("reported", "source", 3),
        ("passive_agent", "agent", 3),
        ("topic", "topic", 1),
    ):
        for ci, cj in _cue_ends(ctx, cue):
            if cue == "passive_agent" and sov:  # a postposition: "Rusya tarafından" (by Russia)
                agent = next((u for u in reversed(units) if ci - 1 <= u.j <= ci), None)
                if agent is not None:
                    agent.agent = True
                continue
            if cue == "locative" and _temporal(ctx, cj):
                continue  # "в марте Москва ...", "u junu Srbija ...": a time, not a place
            if cue == "recipient_preps" and ci == ctx.lo + 1 and ctx.lo not in trig_tokens:
                continue  # a title's complement: "Povjerenica za koheziju Elisa Ferreira"
            for u in units:
                if cj <= u.i <= cj + reach - 1 and not any(v.i < u.i and v.j > cj for v in units):
                    if cue == "reported" and (
                        "," in _gap_text(ctx, cj, u.i)
                        or any(cj <= ci < u.i for ci in complementizers)
                    ):
                        break  # "заявил, что сочувствует Софии": the complement, not a speaker
                    setattr(u, attr, True)
                    break
    coord = {ci for ci, _ in _cue_ends(ctx, "coordination")}
    group = 0
    for a, b in zip(units, units[1:], strict=False):
        gap_tokens = range(a.j, b.i)
        gap_text = _gap_text(ctx, a.j, b.i).strip()
        # A bare comma lists arguments in SVO languages; in Turkish it follows the subject.
        joined = (len(gap_tokens) <= 4 and any(k in coord for k in gap_tokens)) or (
            len(gap_tokens) == 0 and gap_text in ("/", "-", "–") or (gap_text == "," and not sov)
        )
        if (
            joined
            and not any(k in trig_tokens for k in gap_tokens)
            and not (a.locative or b.locative or a.source)
        ):
            if a.group < 0:
                group += 1
                a.group = group
            b.group = a.group
    for a, b in pairs:
        group += 1
        a.group = b.group = group
    units = _absorb_qualifiers(ctx, units, trig_tokens)
    topics = {u.group for u in units if u.topic and u.group >= 0}
    for u in units:
        u.topic = u.topic or u.group in topics
    ctx.units = units


def _possessor(ctx: SentenceCtx, u: Unit, first: Unit) -> bool:
    """Is the unit a noun's possessor: right after a genitive word ("of", "на", "i/e/së") that
    follows a word which is no argument, with no comma between it and the clause's first
    argument?"""
    if (
        u.i - 2 < first.j
        or "," in _gap_text(ctx, first.j, u.i)
        or "," in _gap_text(ctx, u.i + 1, u.j)
    ):
        return False
    return any(  # "of NATO", "of the EU"
        cj <= u.i <= cj + 1 and ci > first.j for ci, cj in _cue_ends(ctx, "genitive", first.j, u.i)
    )


def _named_pair(ctx: SentenceCtx, units: list[Unit], k: int) -> tuple[Unit, Unit] | None:
    """The last two units of different polities joined by a coordination word before token k
    ("Serbia and Kosovo", "Sırbistan ile Kosova")."""
    coord = {ci for ci, _ in _cue_ends(ctx, "coordination", ctx.lo, k)}
    found = None
    for a, b in zip(units, units[1:], strict=False):
        if b.j <= k and a.polity != b.polity and b.i - a.j <= 2 and coord & set(range(a.j, b.i)):
            found = (a, b)
    return found


def _agents(ctx: SentenceCtx, units: list[Unit], m: Match, agent: Unit) -> list[Unit]:
    """The passive agent and those added after it ("not only by Belgrade ..., but also by some
    NATO member countries"), each replaced by the list in parentheses right after it that names
    its members ("NATO member countries (Greece, Romania, Spain, and Slovakia)")."""
    end = _clause_end(ctx, m.j)
    stop = next((o.i for o in ctx.matches if o.i > agent.i), end)
    found = [u for u in units if u.agent and agent.i <= u.i < min(stop, end)]
    out: list[Unit] = []
    for u in found:
        listed = next(
            (v for v in units if v.group >= 0 and v.group != u.group and 0 < v.i - u.j <= 3
             and "(" in _gap_text(ctx, u.j, v.i)),
            None,
        )  # fmt: skip
        out.append(listed or u)
    return out


def _temporal(ctx: SentenceCtx, k: int) -> bool:
    """Is token k a year, day number, month or weekday ("in 2019", "u junu", "в марте")?"""
    if k >= ctx.hi:
        return False
    word = ctx.tokens.words[k]
    mod = ctx.lex.modality
    return word.isdigit() or (
        mod.lookup("months", word) is not None or mod.lookup("weekdays", word) is not None
    )


def _absorb_qualifiers(ctx: SentenceCtx, units: list[Unit], trig_tokens: set[int]) -> list[Unit]:
    """A demonym qualifying a named actor of another polity is part of that actor's description,
    not an argument: "sankcije srpskom članu Predsjedništva BiH Miloradu Dodiku", "the Serbian
    member of the Presidency, Milorad Dodik" name Dodik. A lone demonym unit (no group) followed
    within `_QUALIFIER_GAP` tokens, with no trigger and no punctuation in between but an
    appositive comma right before the name, by a unit naming a person or organisation (its
    actor is not the bare polity) that is no quoted source or passive agent, joins that unit,
    and so do the bare polity names in between ("Predsjedništva BiH"); the joined unit keeps the
    demonym's role flags (it starts the phrase: "on the Serbian member ..."). A named actor of
    the demonym's own polity ("ruski ambasador u BiH Igor Kalabuhov") leaves all as it was."""
    drop: set[int] = set()
    # A clause boundary without punctuation also ends the description: "Američke vlasti navode
    # da Dodik ..." (the authorities state that Dodik ...).
    clause_words = {ci for name in ("judgement_verbs", "complementizers", "relative_pronouns")
                    for ci, _ in _cue_ends(ctx, name)}  # fmt: skip
    for k, d in enumerate(units):
        if not _adjectival(d) or d.group >= 0 or d.carried:
            continue
        for n in units[k + 1 :]:
            gap = _gap_text(ctx, d.j, n.i)
            clause_comma = "," in gap and gap.split(",")[-1].strip() != ""  # not ", Dodik"
            if (
                n.i - d.j > _QUALIFIER_GAP
                or n.carried
                or clause_comma
                or any(ch in gap for ch in '.;:()"“”„«»')
                or any(t in trig_tokens or t in clause_words for t in range(d.j, n.i))
            ):
                break
            if n.actor == n.polity:
                if _adjectival(n) or n.group >= 0:
                    break
                continue  # a bare polity name inside the description ("Predsjedništva BiH")
            if n.polity != d.polity and n.group < 0 and not (n.source or n.agent):
                between = [v for v in units if d.j <= v.i and v.j <= n.i]
                drop.update(id(v) for v in [d, *between])
                n.mentions[:0] = [mn for v in [d, *between] for mn in v.mentions]
                n.i = d.i
                for flag in ("locative", "oblique", "topic"):
                    setattr(n, flag, getattr(d, flag))
                n.ambiguous = n.ambiguous or d.ambiguous
            break
    return [u for u in units if id(u) not in drop]


def _anaphor_partners(ctx: SentenceCtx, m: Match, cs: int, actor: Unit) -> list[Unit]:
    """Objects of a reaction to the previous sentence's event, named by a definite description
    (modality key `event_anaphora`: "the decision", "te pozive", "договорот"): the other party
    when the actor was one of its two ("Brisel je pozvao Srbiju ... Beograd je te pozive
    odbijao"), both parties of a symmetric event ("X welcomed the agreement"), else its object
    ("Plenković je pozdravio odluku")."""
    subj, obj = ctx.carry
    if subj is None or obj is None or subj.polity == obj.polity:
        return []
    if not any(cj <= m.i or ci >= m.j for ci, cj in _cue_ends(ctx, "event_anaphora", cs)):
        return []
    if actor.polity == obj.polity:
        found = [subj]
    elif actor.polity == subj.polity:
        found = [obj]
    else:
        found = [subj, obj] if ctx.carry_mutual else [obj]
    return [carry_unit(u, ctx.lo, ctx.lo) for u in found]


def _mutual(m: Match) -> bool:
    """Types a group does together ("Kurti and Vučić agreed", "signed by Zaev and Tsipras")."""
    return m.trigger.type in SYMMETRIC or m.trigger.mode == "sign"


def _pairwise(m: Match, group: list[Unit]) -> list[Candidate]:
    """One candidate per pair of a group's polities, once, in text order: "the ministers of
    Croatia, Albania and Kosovo, A, B and C, signed" names each country twice but makes three
    pairs, not six."""
    out, seen = [], set()
    for k, a in enumerate(group):
        for r in group[k + 1 :]:
            key = frozenset((a.polity, r.polity))
            if a.polity != r.polity and key not in seen:
                seen.add(key)
                out.append(Candidate(m, a, r, "pairwise"))
    return out


def _each(m: Match, units: list[Unit], actor: Unit, recip: Unit, how: str,
          clause: tuple[int, int] | None = None) -> list[Candidate]:  # fmt: skip
    """One candidate per member of the actor's group with each member of the recipient's."""
    return [
        Candidate(m, a, r, how, clause=clause)
        for a in _members(units, actor)
        for r in _members(units, recip)
    ]


def _between(ctx: SentenceCtx, u: Unit) -> bool:
    """Does a "between" word introduce the group starting at `u`? Where the language's lexicon
    has the list (`between`: English, with no post-verbal subjects), a group after a symmetric
    noun pairs up only then: "talks between Serbia and Kosovo", not "negotiations on the
    accession of Serbia, Albania and North Macedonia" (each with an unnamed other party)."""
    if not ctx.lex.modality.cues.get("between"):
        return True
    return any(u.i - 2 <= cj <= u.i for _, cj in _cue_ends(ctx, "between"))


def _members(units: list[Unit], u: Unit) -> list[Unit]:
    if u.group < 0:
        return [u]
    return [v for v in units if v.group == u.group and not v.locative]


def _clause_start(ctx: SentenceCtx, tok: int) -> int:
    """First token of the clause holding token `tok` (after the last ; or : before it)."""
    t = ctx.tokens
    for k in range(tok, ctx.lo, -1):
        if any(c in ctx.text[t.ends[k - 1] : t.starts[k]] for c in _CLAUSE_PUNCT):
            return k
    return ctx.lo


def _object_then_agent(ctx: SentenceCtx, m: Match, after: list[Unit]) -> tuple[Unit, Unit] | None:
    """An event noun's object and then its agent: "the non-recognition of Kosovo by Belgrade,
    Banja Luka and Sarajevo", "the invasion of Ukraine by Russia", "priznanje Kosova od strane
    Srbije". The object follows the trigger closely, the agent (after a passive-agent cue)
    follows the object, and no other trigger comes between."""
    if len(after) < 2 or after[0].agent or after[0].i - m.j > _NOMINAL_OBJECT_GAP:
        return None
    agent = next((u for u in after[1:] if u.agent), None)
    if agent is None or agent.i - after[0].j > _NOMINAL_AGENT_GAP:
        return None
    if any(m.j <= o.i < agent.i for o in ctx.matches):
        return None
    return after[0], agent


def _clause_end(ctx: SentenceCtx, tok: int) -> int:
    """End (exclusive) of the clause holding token `tok`: the first token after a ; or :.
    Arguments of a trigger stay in its clause ("The visit did not take place: Bulgaria,
    North Macedonia and Montenegro closed their airspace")."""
    t = ctx.tokens
    for k in range(max(tok, ctx.lo + 1), ctx.hi):
        if any(c in ctx.text[t.ends[k - 1] : t.starts[k]] for c in _CLAUSE_PUNCT):
            return k
    return ctx.hi


@stage("arguments", reads=("matches", "units"), writes=("candidates",))
def assign_arguments(ctx: SentenceCtx) -> None:
    out: list[Candidate] = []
    units = [u for u in ctx.units if not u.topic]
    coord = {ci for ci, _ in _cue_ends(ctx, "coordination")}
    last: tuple[list[Unit], Unit] | None = None  # actors and recipient of the previous trigger
    for m in ctx.matches:
        n_before = len(out)
        cs = _clause_start(ctx, m.i)
        before = [u for u in units if u.j <= m.i and u.i >= cs]
        ce = _clause_end(ctx, m.j)
        after = [u for u in units if m.j <= u.i < ce]
        # The agent must follow this trigger with no other argument in between: in "Dodik's
        # meeting with Putin was interpreted by the US Embassy" the agent belongs to "interpreted".
        agent_after = next(
            (
                u
                for u in after[:1]
                if u.agent and u.i - m.j <= 6 and not any(m.j <= o.i < u.i for o in ctx.matches)
            ),
            None,
        )
        # (Not when the noun already has its doer before it: "Dodik's meeting with Putin was
        # interpreted by the US Embassy" - the agent belongs to "interpreted".)
        possessed = bool(before) and before[-1].j >= m.i - 1
        nominal = (
            None if agent_after is not None or possessed else _object_then_agent(ctx, m, after)
        )
        if nominal is not None and m.trigger.voice != "passive":
            obj, agent = nominal
            for ag in _agents(ctx, units, m, agent):
                out.extend(_each(m, units, ag, obj, "passive"))
            continue
        if m.trigger.voice == "passive" or agent_after is not None:
            subj = next((u for u in reversed(before) if not u.locative and not u.source), None)
            # "the sanctions imposed by the EU on Russia": an oblique unit right after the agent
            # is the recipient; otherwise the passive subject before the trigger is.
            nxt = (
                next((u for u in after[1:2] if u.oblique and u.i - agent_after.j <= 3), None)
                if agent_after
                else None
            )
            found: list[Candidate] = []
            patient = nxt or subj
            if agent_after is None and m.trigger.voice == "passive" and QUAD[m.trigger.type] \
                    == "verbal_conflict" and after and after[0].i - m.j <= 2:  # fmt: skip
                # "X drew the reaction of Washington", "вызвало критику в Брюсселе": a verbal
                # act received by the subject (the first argument of the subject phrase:
                # "Vučić's visit to Moscow drew criticism"); the unit right after the noun acts.
                agent_after = after[0]
                patient = next(
                    (u for u in before if not (u.locative or u.source or u.oblique)), patient
                )
            if agent_after is not None and patient is not None:
                found = _each(m, units, agent_after, patient, "passive")
            elif agent_after is not None and _mutual(m):
                found = _pairwise(m, _members(units, agent_after))
            if found:
                out.extend(found)
                continue
        # "the Russia-Ukraine war", "Kosovo–Serbia agreement": a hyphenated pair right before
        # the trigger noun is (actor, recipient) in that order.
        if len(before) >= 2 and before[-1].group >= 0 and before[-1].group == before[-2].group \
                and m.i - before[-1].j <= 1 and _gap_text(ctx, before[-2].j, before[-1].i).strip() in ("-", "–", "—"):  # fmt: skip
            out.append(Candidate(m, before[-2], before[-1], "subject"))
            continue
        relative = _relative_arguments(ctx, m, units)
        if relative:
            out.extend(relative)
            continue
        if ctx.lex.modality.word_order == "sov":
            # Verb-final: the clause's first argument is the subject, the one nearest the verb
            # its object ("Erdoğan, Arnavutluk'tan adımlar atmasını talep etti").
            args = [u for u in before if not (u.locative or u.source)]
            possessive = _sov_possessive(ctx, m, args)
            if possessive is not None:
                out.extend(possessive)
                continue
            sov_agent = next((u for u in args if u.agent), None)
            if sov_agent is not None:
                # Passive: "Sırbistan, Rusya tarafından eleştirildi" (criticised by Russia).
                others = [u for u in args if u is not sov_agent and (sov_agent.group < 0 or u.group != sov_agent.group)]  # fmt: skip
                if others:
                    out.extend(_each(m, units, sov_agent, others[0], "passive"))
                    continue
                if (
                    _mutual(m) and sov_agent.group >= 0
                ):  # "Türkiye ve Arnavutluk tarafından imzalandı"
                    out.extend(_pairwise(m, _members(units, sov_agent)))
                    continue
            if len(args) >= 2 and (args[0].group < 0 or args[-1].group != args[0].group):
                out.extend(_each(m, units, args[0], _sov_object(ctx, args), "subject"))
                continue
        between = next(
            (u for u in after[:1] if u.group >= 0 and m.trigger.type in SYMMETRIC
             and ctx.lex.modality.cues.get("between")
             and any(m.j <= ci <= m.j + 1 and cj == u.i for ci, cj in _cue_ends(ctx, "between"))),
            None,
        )  # fmt: skip
        if between is not None:  # "a mediator for negotiations between Belgrade and Pristina"
            out.extend(_pairwise(m, _members(units, between)))
            continue
        inner = _relative_clause_units(ctx, before, m)
        subjects = [
            u
            for u in before
            if not (u.locative or u.source or u.agent or u.oblique) and u not in inner
        ]
        actor = subjects[-1] if subjects else None
        if len(subjects) >= 2 and actor is not None and _possessor(ctx, actor, subjects[0]):
            # "Грција на самитот на НАТО ... ја блокираше": a name after "of" qualifies a noun
            # ("the summit of NATO"); the clause's earlier argument is the subject.
            actor = subjects[-2]
        if (
            before
            and before[-1].j == m.i
            and before[-1].oblique
            and not before[-1].source
            and not before[-1].carried
            and not _gap_text(ctx, m.i, m.i).strip()
            and not ctx.lex.modality.postverbal_subject
        ):
            # A modifier of the trigger noun: "align with EU sanctions" (a noun compound; where
            # subjects may follow the verb, "u razgovoru sa Blinkenom odbacio" is a verb's oblique)
            actor = before[-1]
        how = "subject"
        rest = [u for u in after if not u.source and u is not agent_after]
        # "condemned the violence and spoke with Kurti": arguments after a coordinated second
        # verb belong to that verb, not to this one.
        nxt_verb = next(
            (o for o in ctx.matches if o.i >= m.j and any(k in coord for k in range(m.j, o.i))),
            None,
        )
        if nxt_verb is not None:
            rest = [u for u in rest if u.i < nxt_verb.i]
        rel_cut = _object_relative(ctx, m, rest)
        if rel_cut is not None:
            rest = [u for u in rest if u.i < rel_cut]
        # "Blinken spoke with Vučić and urged him to ...": a verb coordinated with the previous
        # trigger shares its subject; its object defaults to the previous object, and an object
        # pronoun next to the verb ("pozvao ga", "го повика", "призвал его") is that object, not
        # a place named later ("... in Berlin and urged him to leave Kosovo").
        near = next((u for u in reversed(before) if not u.locative), None)
        if last and near is last[1] and any(k in coord for k in range(m.i - 2, m.i)):
            pronoun = any(
                m.j <= ci <= m.j + 1 or (m.i - 2 <= ci and cj <= m.i)
                for ci, cj in _cue_ends(ctx, "object_pronouns", m.i - 2, min(m.j + 2, ctx.hi))
            )
            free = None if pronoun else next((u for u in rest if not u.locative), None)
            shared = free or last[1]
            out.extend(
                Candidate(m, a, r, "subject") for a in last[0] for r in _members(units, shared)
            )
            continue
        if actor is None:
            actor = next((u for u in reversed(before) if u.source), None)
            how = "source"
        if actor is None and rest and m.trigger.type in SYMMETRIC and rest[0].group >= 0 \
                and _between(ctx, rest[0]):  # fmt: skip
            # "talks between Serbia and Kosovo": the group after the trigger pairs up.
            out.extend(_pairwise(m, _members(units, rest[0])))
            continue
        if (
            actor is None
            and not before
            and ctx.carry[0] is not None
            and ctx.lex.modality.postverbal_subject
        ):
            # A dropped subject in a pro-drop language ("Razgovarali su s Putinom"): the previous
            # sentence's subject; a unit right after the verb other than a "with" object is
            # read as its post-verbal subject instead ("Gradnju je izvela kineska tvrtka").
            lead = next((u for u in rest if not u.locative), None)
            if lead is None or lead.oblique:
                actor = ctx.carry_actor()
        if actor is None and rest and not rest[0].locative and ctx.lex.modality.postverbal_subject:
            actor, rest, how = (
                rest[0],
                [u for u in rest[1:] if u.group < 0 or u.group != rest[0].group],
                "postverbal",
            )
        if actor is None:
            # "the authorities in Skopje refused": a place is the actor only as a last resort.
            actor = next((u for u in reversed(before) if u.locative or u.oblique), None)
            how = "locative"
        if actor is None:
            continue
        prev = next((c for c in reversed(out) if c.actor is actor and c.match.j <= m.i), None)
        if (
            how == "subject"
            and prev
            and m.i - prev.match.j <= 3
            and not any(k in coord for k in range(prev.match.j, m.i))
            and not any(ch in _gap_text(ctx, prev.match.j, m.i) for ch in ",;:")
            and _executed(ctx, prev.match) is not m
        ):
            # "The US Embassy condemned the attack on Kosovo police": the actor of a verb is
            # not also the actor of the event noun right after it (its object); a comma ends
            # that object ("..., vendi i të cilit priti takimin, e përshëndeti").
            continue
        actors = _members(units, actor)
        if how == "subject" and ctx.lex.modality.postverbal_subject:
            # "Kina je Srbiji isporučila kineske dronove": a demonym after the verb naming the
            # clause's first argument (here the subject before a fronted object) describes the
            # object; it is not a new argument.
            first = next((u for u in before if not (u.locative or u.source or u.oblique)), None)
            if first is not None and first is not actor:
                rest = [u for u in rest if u.polity != first.polity or not _adjectival(u)]
        # "Russia delivered Russian drones to Serbia", "Kineske kompanije gradile su, uz kredite
        # kineske Exim banke, deonice srpskog autoputa": a demonym of the actor's own polity
        # after the verb qualifies the actor's goods or agents, never its object.
        if how == "subject":
            rest = [
                u for u in rest if u.polity != actor.polity or not _adjectival(u) or u.group >= 0
            ]
        recip: Unit | None = next((u for u in rest if not u.locative), None)
        fronted = _fronted_object(ctx, m, before, actor) if how == "subject" else None
        if fronted is not None:  # "Dodik je Putinu zahvalio na podršci u Vijeću sigurnosti UN-a"
            actors, recip = _members(units, fronted), actor
        if m.trigger.type in SYMMETRIC:
            # "discussed sanctions against Russia with Hungary": the partner is the "with" unit.
            recip = next((u for u in rest if u.oblique and not u.locative), recip)
        if recip is None and m.trigger.type not in _VERBAL_TO_ACTORS:
            # "arrived in Belgrade", "the delivery arrived in Serbia"
            recip = next((u for u in rest if u.locative), None)
        if recip is None and how == "subject" and ctx.lex.modality.postverbal_subject:
            # Free word order: "Kina je Crnoj Gori odobrila kredit" (object before the verb):
            # the clause's first argument is the subject, the last one before the verb the object.
            args = [u for u in before if not (u.locative or u.source or u.agent)]
            first = next((u for u in args if not u.oblique), None)
            last_arg = args[-1] if args else None
            if (
                first is not None
                and last_arg is not None
                and last_arg is not first
                and (first.group < 0 or last_arg.group != first.group)
            ):
                actors, recip = _members(units, first), last_arg
        if actor.carried and actor.group >= 0 and _mutual(m):
            # "The two presidents met": the pair meets itself, whatever follows the verb.
            recip = None
        if recip is None and actor.carried and actor.group < 0 and ctx.carry[1] is not None \
                and _mutual(m):  # fmt: skip
            # "Razgovarali su o gasu" (a dropped plural subject): the previous sentence's pair.
            recip = carry_unit(ctx.carry[1], ctx.lo, ctx.lo)
        if recip is None and how == "postverbal":
            # "Za kandidaturu BiH zalagale su se Slovenija, Austrija i Hrvatska": with the subject
            # after the verb, the object may precede it.
            recip = next((u for u in reversed(before) if u.oblique and not u.source), None)
        recips = _members(units, recip) if recip is not None else []
        if not recips and not actor.carried and not (_mutual(m) and len(actors) > 1):
            recips = _anaphor_partners(ctx, m, cs, actor)
        if recips:
            out.extend(Candidate(m, a, r, how) for a in actors for r in recips)
            if len(out) > n_before:
                last = (actors, recips[0])
        elif _mutual(m) and len(actors) > 1:
            out.extend(_pairwise(m, actors))
    out = _mediations(ctx, units, out)
    for m in ctx.matches:
        done = _executed(ctx, m)
        if done is not None and any(c.match is done for c in out):
            out = [c for c in out if c.match is not m]  # the order is its act, no request
    out = _event_object_recipients(ctx, out)
    ctx.candidates = [c for c in out if c.actor.polity != c.recipient.polity]


def _object_relative(ctx: SentenceCtx, m: Match, rest: list[Unit]) -> int | None:
    """Where a relative clause qualifying the trigger's own (non-polity) object opens: "put
    pressure on the actors in which the Russian influence is felt", "the countries that Russia
    courts". Names in it are that clause's arguments, not the trigger's recipient. Only a
    relative pronoun after at least one word following the trigger, with no argument or
    trigger before it, and only where subjects do not follow the verb (elsewhere a relative
    clause may hold the fronted doer: "таксе од 100 одсто које је Приштина увела"); a word
    that is also a complementizer ("demanded that Serbia ...") opens a complement,
    not a relative clause, except after a noun object ("the countries that ...")."""
    if not rest or ctx.lex.modality.postverbal_subject:
        return None
    for ri, rj in _cue_ends(ctx, "relative_pronouns", m.j + 1, rest[0].i):
        if any(m.j <= o.i < ri for o in ctx.matches):
            return None  # "joined the sanctions that the EU imposed": the noun's own clause
        if _cue_ends(ctx, "complementizers", ri, rj) and ri - m.j < 2:
            continue
        return ri
    return None


def _fronted_object(ctx: SentenceCtx, m: Match, before: list[Unit], actor: Unit) -> Unit | None:
    """Where the subject may follow its verb, an argument right before the verb (at most one
    word, an auxiliary or negator, between) after the clause's first argument is the verb's
    object and the first argument its subject: "Dodik je Putinu zahvalio", "Kina je Crnoj Gori
    odobrila kredit", "Москва Белграду не ответила", "Rusia Serbisë i dha". Returns that subject,
    or None when the nearest argument is the subject (no other argument before it in the clause
    with no comma between them)."""
    if not ctx.lex.modality.postverbal_subject or m.i - actor.j > 1 or actor.carried:
        return None
    args = [u for u in before if not (u.locative or u.source or u.agent or u.oblique)]
    first = args[0] if args else None
    if (
        first is None
        or first.polity == actor.polity
        or (first.group >= 0 and first.group == actor.group)
    ):
        return None
    if first.carried or not _one_clause(ctx, first.j, actor.i):
        return None
    return first


def _one_clause(ctx: SentenceCtx, a: int, b: int) -> bool:
    """No comma, other trigger, complementizer, relative pronoun, judgement or reporting verb
    between tokens a and b: "Zaharova je izjavila da je EU podržala Prištinu" has two subjects,
    "Dodik se nalazi na listi od 2017., kada ga je Washington sankcionisao" two clauses."""
    if "," in _gap_text(ctx, a, b) or any(a <= o.i < b for o in ctx.matches):
        return False
    return not any(
        _cue_ends(ctx, cue, a, b)
        for cue in ("complementizers", "relative_pronouns", "judgement_verbs", "reported")
    )


def _mediations(ctx: SentenceCtx, units: list[Unit], out: list[Candidate]) -> list[Candidate]:
    """A mediator consults each party of the talks it mediates (spec/annotation.md codes the
    mediator's CONSULT with both): "talks between Belgrade and Pristina mediated by the EU",
    "the Belgrade-Pristina EU-brokered agreement", "Takimi u ndërmjetësua nga BE", "Во
    преговорите меѓу Скопје и Атина посредуваше пратеникот на ООН". A trigger of mode
    `mediate` finds its parties in a group of the clause (or, with none, in the previous
    sentence's symmetric event: "Kurti and Vučić met. The meeting was mediated by Borrell")
    and its mediator outside them: the passive agent after it, a name joined to it by a hyphen
    ("EU-brokered"), the subject found by the other rules, else the first other argument."""
    for m in ctx.matches:
        if m.trigger.mode != "mediate":
            continue
        cs, ce = _clause_start(ctx, m.i), _clause_end(ctx, m.j)
        clause = [u for u in units if cs <= u.i and u.j <= ce]
        group = next((u.group for u in clause if u.group >= 0 and not u.agent), -1)
        parties = [u for u in clause if u.group == group] if group >= 0 else []
        if (
            not parties
            and ctx.carry_mutual
            and ctx.carry[0] is not None
            and ctx.carry[1] is not None
        ):
            parties = [carry_unit(c, ctx.lo, ctx.lo) for c in ctx.carry if c is not None]
        polities = {u.polity for u in parties}
        if len(polities) < 2:
            continue
        others = [u for u in clause if u.polity not in polities and not u.locative]
        mediator = (
            next((u for u in others if u.agent and m.j <= u.i <= m.j + 6), None)
            or next(
                (
                    u
                    for u in others
                    if u.j == m.i and _gap_text(ctx, m.i, m.i).strip() in ("-", "–")
                ),
                None,
            )
            or next((c.actor for c in out if c.match is m and c.actor.polity not in polities), None)
            or next(iter(others), None)
        )
        if mediator is None:
            continue
        out = [
            c for c in out if c.match is not m or {c.actor.polity, c.recipient.polity} <= polities
        ]
        out.extend(Candidate(m, a, p, "subject") for a in _members(units, mediator) for p in parties
                   if a.polity not in polities)  # fmt: skip
    return out


def _sov_object(ctx: SentenceCtx, args: list[Unit]) -> Unit:
    """The object among a verb-final clause's arguments after its subject: the last one, unless
    its name is bare (no case suffix after an apostrophe) and an earlier one's is not: a bare
    name there qualifies the noun after it ("Priştine'yi ... AB arabuluculuğundaki diyaloğa
    dönmeye çağırdı", EU-mediated dialogue: the call is to Pristina). A genitive names a
    noun's owner ("NATO'nun talebi"), so it is passed over then."""
    if _case_marked(ctx, args[-1]):  # "Türkiye'nin yardımını istedi": asked for Turkey's help
        return args[-1]
    genitive = {ci for ci, _ in _cue_ends(ctx, "genitive")}
    for u in reversed(args[1:-1]):
        if (u.group < 0 or u.group != args[0].group) and _case_marked(ctx, u) \
                and not {u.j - 1, u.j} & genitive:  # fmt: skip
            return u
    return args[-1]


def _case_marked(ctx: SentenceCtx, u: Unit) -> bool:
    """Does an apostrophe follow the unit's name inside it or right after it ("Belgrad'ı")?"""
    t = ctx.tokens
    end = t.starts[u.j] + 1 if u.j < ctx.hi else ctx.end
    span = ctx.text[t.ends[u.i] : end]
    return "'" in span or "’" in span


def _sov_doer(ctx: SentenceCtx, m: Match) -> tuple[Unit, int] | None:
    """Verb-final languages name the doer of an event noun in the genitive before it
    ("Rusya'nın Ukrayna'ya saldırısı", Russia's attack on Ukraine; "NATO'nun talebi", NATO's
    request): the last argument of the clause ending in a `genitive` cue (the case suffix after
    the apostrophe, inside the mention or right after it) within 4 tokens before a one-word
    trigger, with only arguments in between (else the genitive qualifies another noun: "AB'nin
    önerisini geri çevirdi"). Returns it and the token after its suffix."""
    ends: dict[int, int] = {}
    for ci, cj in _cue_ends(ctx, "genitive"):
        ends[cj] = cj  # the suffix inside the mention ("Sırbistan'ın")
        if _gap_text(ctx, ci, ci).strip() in ("'", "’"):
            ends[ci] = cj  # the suffix right after it ("NATO'nun")
    cs = _clause_start(ctx, m.i)
    doer = next(
        (
            u
            for u in reversed(ctx.units)
            if cs <= u.i and u.j <= m.i and u.j in ends and not (u.locative or u.source)
        ),
        None,
    )
    if doer is None:
        return None
    end = ends[doer.j]
    covered = {k for u in ctx.units for k in range(u.i, u.j)}
    if m.j - m.i > 1 or m.i - end > 4 or any(k not in covered for k in range(end, m.i)):
        return None
    return doer, end


def _sov_possessive(ctx: SentenceCtx, m: Match, args: list[Unit]) -> list[Candidate] | None:
    """The genitive doer of a verb-final clause's event noun (`_sov_doer`) is its actor; a unit
    between them is its recipient, else the clause's first argument, unless the noun is the
    object of the verb right after it ("Sırbistan'ın saldırısını kınadı": whom Serbia attacked
    is not said, so there is no event). None when there is no genitive doer."""
    found = _sov_doer(ctx, m)
    if found is None:
        return None
    doer, end = found
    between = [u for u in args if u.i >= end and u.polity != doer.polity]
    target = between[-1] if between else None
    if target is None and not any(o.i == m.j for o in ctx.matches):
        target = next((u for u in args if u.polity != doer.polity and u.i < doer.i), None)
    if target is None:
        return []
    return [Candidate(m, doer, r, "subject") for r in _members(ctx.units, target)]


def _genitive_of(ctx: SentenceCtx, u: Unit, n: Match) -> bool:
    """Is the unit the possessor (the doer) of the event noun right before it: "agresiju Rusije",
    "агрессию России" (case ending, no word between), "the aggression of Russia", "agresionin e
    Rusisë", "агресијата на Русија" (a `genitive` cue word between)?"""
    if u.oblique or u.locative or u.i - n.j > 1:
        return False
    return u.i == n.j or any(ci == n.j and cj == u.i for ci, cj in _cue_ends(ctx, "genitive"))


def _event_object_recipients(ctx: SentenceCtx, out: list[Candidate]) -> list[Candidate]:
    """An evaluative event whose object is a directed material event noun ("condemned the attack
    on the Kosovo police", "e dënoi sulmin ndaj policisë së Kosovës", "осудила је напад на
    косовску полицију", "Kosova polisine yönelik saldırıyı kınadı") is not addressed to that
    event's target: the noun's arguments are its own. Its recipient is the noun's doer
    ("condemned the Russian attack on Ukraine", "the aggression of Russia against Ukraine",
    "Rusya'nın Ukrayna'ya saldırısını kınadı": Russia) when the text names one, else the verb
    names no recipient (verb-final clauses, where only case suffixes tell a target from a
    place, keep the recipient when no doer is named); and in a verb-final clause the verb's
    subject is not the noun's doer either (English gets that from the subject rule). The noun follows the verb within
    `_EVENT_OBJECT_GAP` tokens with no argument in between (verb-final: right before it);
    symmetric nouns ("welcomed the agreement between Serbia and Kosovo") keep their parties."""
    sov = ctx.lex.modality.word_order == "sov"
    kept: list[Candidate] = []
    not_doers: set[tuple[int, str]] = set()  # (noun, polity) of an evaluating verb's subject
    for c in out:
        v = c.match
        if sov:
            n = next((o for o in ctx.matches if o.j <= v.i <= o.j + 1 and o is not v), None)
        else:
            n = next(
                (o for o in ctx.matches if v.j <= o.i <= v.j + _EVENT_OBJECT_GAP and o is not v),
                None,
            )
        if (
            n is None
            or v.trigger.type not in _EVALUATIVE
            or not QUAD[n.trigger.type].startswith("material")
            or n.trigger.type in SYMMETRIC
        ):
            kept.append(c)
            continue
        doers = {
            id(o.actor): o.actor for o in out if o.match is n and o.actor.polity != c.actor.polity
        }
        if sov:
            not_doers.add((n.i, c.actor.polity))
            genitive = _sov_doer(ctx, n)
            if genitive is not None and genitive[0].polity != c.actor.polity:
                doers[id(genitive[0])] = genitive[0]
            if not doers or any(c.recipient is d for d in doers.values()):
                kept.append(c)  # no doer named: the suffixes that mark a target are not read
                continue
        elif (
            c.recipient.i < n.j
            or _genitive_of(ctx, c.recipient, n)
            or any(v.j <= u.i < n.i for u in ctx.units)
        ):
            kept.append(c)
            continue
        kept.extend(Candidate(v, c.actor, a, c.how, clause=c.clause) for a in doers.values())
    return [c for c in kept if (c.match.i, c.actor.polity) not in not_doers]


# What a judgement stage emits: the speaker's criticism, or praise, of the party its complement
# judges.
_JUDGEMENT = Trigger("ACCUSE", None, (), "active", "judgement_verbs + negative_judgement", "")
_PRAISE = Trigger("SUPPORT", None, (), "active", "judgement_verbs + positive_judgement", "")


@stage("judgements", reads=("units", "candidates", "lex"), writes=("candidates", "claimed"))
def code_judgements(ctx: SentenceCtx) -> None:
    """A negative judgement reported of a speaker is the speaker's criticism (ACCUSE) of the
    party it judges: "Stano ocijenio je da se Kalabuhov ponaša nedolično" (EU -> RUS), "the
    president said that Pristina's decision was a direct violation of Resolution 1244",
    "Komšić je poruku ambasadora nazvao neprihvatljivom". The verb (modality key
    `judgement_verbs`: "said that", "ocijenio je", "заявил", "vlerësoi", "nitelendirdi") has
    a speaker before it (or right after it, where subjects may follow the verb) and a
    complement holding a negative word (`negative_judgement`: "unacceptable", "kršenje",
    "недопустимо", "papranueshme", "kabul edilemez"); the first other polity there is judged.
    Events inside that complement are the speaker's claims, not the document's, so they are
    not asserted (see `set_modality`). A complement with a positive word and no negative one
    (`positive_judgement`: "constructive", "prijateljstvo", "дружественный", "olumlu") is the
    speaker's praise (SUPPORT) of the party judged, unless a negation precedes the word
    ("not constructive"); what it reports keeps its own modality."""
    verbs = _cue_ends(ctx, "judgement_verbs")
    if not verbs:
        return
    negatives = [ci for ci, _ in _cue_ends(ctx, "negative_judgement")]
    positives = [ci for ci, _ in _cue_ends(ctx, "positive_judgement")]
    negations = [ci for ci, _ in _cue_ends(ctx, "negation")]
    coord = {ci for ci, _ in _cue_ends(ctx, "coordination")}
    sov = ctx.lex.modality.word_order == "sov"
    units = [u for u in ctx.units if not (u.locative or u.topic)]
    for vi, vj in verbs:
        cs = _clause_start(ctx, vi)
        if sov:  # "Erdoğan, ... kabul edilemez olarak nitelendirdi": the complement precedes
            lo, hi = cs, vi
            inside = [u for u in units if lo <= u.i and u.j <= hi]
            speaker, inside = (inside[0], inside[1:]) if inside else (None, [])
        else:
            lo, hi = vj, _clause_end(ctx, vj)
            # The clause's first argument speaks; arguments between it and the verb are its
            # object ("Ambasada SAD-a je prijetnje ruskog ambasadora nazvala opasnim").
            front = [u for u in units if u.j <= vi and u.i >= cs
                     and not (u.oblique or u.source or u.agent)]  # fmt: skip
            speaker = front[0] if front else None
            inside = [u for u in units if lo <= u.i and u.j <= hi] + front[1:]
            if front[1:] and not _cue_ends(ctx, "complementizers", vj, min(vj + 2, ctx.hi)):
                # "je prijetnje ruskog ambasadora nazvala opasnim ... i uz BiH": with no "that"
                # clause, the object before the verb is what is judged
                inside = front[1:] + inside[: -len(front[1:])]
            agent = next((u for u in inside if u.agent and u.i - vj <= 3), None)
            if agent is not None:  # "was interpreted by the US Embassy as an absurd attempt"
                speaker, inside = agent, [u for u in [*front, *inside] if u is not agent]
            if speaker is None and ctx.lex.modality.postverbal_subject and inside \
                    and inside[0].i - vj <= 1:  # fmt: skip
                speaker, inside = inside[0], inside[1:]  # "izjavio je Vučić da ..."
        if speaker is None:
            continue
        # "... ocenio je da je raspoređivanje srpske artiljerije destabilizujuće i pozvao Beograd
        # da ...": after the judgement's negative word, a trigger right after "and" whose actor
        # is the speaker is the speaker's own next act and ends the complement, when the
        # complement names no actor of its own before it (whose verb it could be: "da je
        # Priština prekršila sporazum i napala ...").
        hi = min(
            [hi]
            + [c.match.i for c in ctx.candidates
               if lo < c.match.i < hi and c.match.i - 1 in coord
               and c.actor.polity == speaker.polity and c.actor.j <= vi
               and any(lo <= k < c.match.i for k in negatives)
               and all(_adjectival(u) for u in inside if lo <= u.i < c.match.i)]
        )  # fmt: skip
        if any(lo <= k < hi for k in negatives):
            kind = _JUDGEMENT
            ctx.claimed.update(range(lo, hi))
        elif any(lo <= k < hi and not any(lo <= n < k for n in negations) for k in positives):
            kind = _PRAISE
        else:
            continue
        judged = next((u for u in inside if u.polity != speaker.polity), None)
        if judged is not None:  # "sympathises with Sofia, Skopje and Podgorica": each of them
            ctx.candidates.extend(
                Candidate(Match(vi, vj, kind), speaker, u, "subject")
                for u in _members(ctx.units, judged)
                if u.polity != speaker.polity
            )


@stage("modality", reads=("candidates", "tokens", "lex"), writes=("candidates.modality",))
def set_modality(ctx: SentenceCtx) -> None:
    """Cue words in a short window before the trigger (and in the trigger itself, for suffix
    cues) within its clause; a question mark anywhere makes the sentence hypothetical."""
    cues = ctx.lex.modality.cues
    question = ctx.text[ctx.start : ctx.end].rstrip().rstrip("\"'”“»«)").endswith("?")
    if not question and cues.get("question"):
        question = any(
            i == ctx.lo for i, _ in _cue_ends(ctx, "question", ctx.lo, min(ctx.lo + 3, ctx.hi))
        )
    sov = ctx.lex.modality.word_order == "sov"
    suffix_hits = ctx.index.suffix_cues
    complement: dict[int, str] = {}
    coord: set[int] | None = None
    anaphora = _cue_ends(ctx, "event_anaphora")
    for m in ctx.matches:
        mod = _complement_modality(m.trigger)
        if not mod or (any(ci <= m.i < cj for ci, cj in anaphora) and _fronted_noun(ctx, m)):
            continue  # "Beograd je te pozive odbijao": the calls are the object, no complement
        for later in ctx.matches:
            # (verb-final: what follows the verb is a new clause, never its complement)
            if later.i >= m.j and not sov and _same_clause(ctx, m.j, later.i):
                if coord is None:
                    coord = {ci for ci, _ in _cue_ends(ctx, "coordination")}
                if _second_verb(ctx, m, later, coord) or _executed(ctx, m) is later:
                    continue  # (the nouns after it stay in the complement, as before)
                complement.setdefault(later.i, mod)
            elif (
                sov
                and later.trigger.type != m.trigger.type  # "misillemeyle tehdit etti": one threat
                and later.j <= m.i
                and m.i - later.j <= 3
                and _same_clause(ctx, later.j, m.i)
            ):
                # verb-final: the complement precedes ("yardımını istedi", asked for its aid)
                complement.setdefault(later.i, mod)
    for c in ctx.candidates:
        if question:
            c.modality = "hypothetical"
            continue
        m = c.match
        floor = _cue_floor(ctx, m.i)
        found = set()
        for name in ("negation", "hypothetical", "recommendation", "future"):
            matcher = cues.get(name)
            lo = max(floor, m.i - (_NEG_WINDOW if name == "negation" else _MODAL_WINDOW))
            hits = [(i, j) for i, j in _cue_ends(ctx, name, lo, m.j) if j <= m.j]
            if c.clause is not None:
                hits = _cue_ends(ctx, name, *c.clause)
            if name == "negation":
                hits = _negators(ctx, hits)
            if sov:
                # A verb suffix before the verb-final trigger marks another verb, a participle
                # ("Azerbaycan'dan alınacak elektrik", electricity to be bought): not this event.
                hits = [(i, j) for i, j in hits if i >= m.i or (name, i) not in suffix_hits]
            if matcher and hits:
                found.add(name)
        if "negation" in found or (c.clause is None and _negated_after(ctx, m)):
            c.modality = "negated"
        elif found & {"hypothetical", "recommendation"}:
            c.modality = "hypothetical"
        elif "future" in found:
            c.modality = "future"
        elif c.clause is not None:
            continue
        elif m.i in complement:
            c.modality = complement[m.i]
        elif m.i in ctx.claimed and m.trigger is not _JUDGEMENT:
            c.modality = "hypothetical"  # what a speaker's judgement says the judged did
        elif any(
            a.match.trigger.type == "ACCUSE"
            and a.recipient is c.actor
            and a.match.j <= m.i
            and _same_clause(ctx, a.match.j, m.i)
            and not _modifies(ctx, c.actor, m)
            for a in ctx.candidates
        ):
            # "Kurti accused Belgrade of organising the attack": what the accused is said to
            # have done is the accuser's allegation, not a reported fact.
            c.modality = "hypothetical"


def _executed(ctx: SentenceCtx, m: Match) -> Match | None:
    """The act an order of no named addressee gives, carried out by the orderer's own forces:
    "Vučić je naredio podizanje borbene gotovosti", "ordered the deployment of troops",
    "urdhëroi gatishmërinë luftarake" (a material trigger within 3 tokens after a `mode: order`
    trigger, in its clause, with no argument between)."""
    if m.trigger.mode != "order":
        return None
    n = next((o for o in ctx.matches if m.j <= o.i <= m.j + 3), None)
    if n is None or not QUAD[n.trigger.type].startswith("material"):
        return None
    if any(m.j <= u.i < n.i for u in ctx.units) or not _same_clause(ctx, m.j, n.i):
        return None
    return n


def _fronted_noun(ctx: SentenceCtx, m: Match) -> bool:
    """Is the trigger a noun object fronted before its verb: another trigger follows within 4
    tokens with no argument between ("te pozive do sada odbijao", "taj zahtev odbio")?"""
    nxt = next((o for o in ctx.matches if m.j <= o.i <= m.j + 4), None)
    return nxt is not None and not any(m.j <= u.i < nxt.i for u in ctx.units)


def _second_verb(ctx: SentenceCtx, m: Match, later: Match, coord: set[int]) -> bool:
    """Is `later`, right after "and" in the complement of `m`, the subject's next verb rather
    than part of the complement ("затражио је да одговорни буду приведени правди и подржао
    одлуку НАТО-а", "urged that those responsible be tried and welcomed NATO's decision")? Its
    actor is that of `m`, its word ends like `m`'s (the same tense form: "затражио"/"подржао",
    "urged"/"welcomed"; not "urged ... to end the war and sanctions"), and the complement names
    no actor of its own before it (else the verb can be that actor's: "urged Serbia to impose
    sanctions and freeze assets")."""
    # "and" right before it, or a few adverbial words before ("dhe po atë natë fajësoi", and
    # the same night blamed)
    near = [k for k in range(max(m.j, later.i - 4), later.i) if k in coord]
    if not near or later.j - later.i != 1 or m.j - m.i != 1:
        return False
    if any(near[-1] < u.i < later.i for u in ctx.units):
        return False
    w = ctx.tokens.words
    if len(w[later.i]) < 4 or w[later.i][-1] != w[m.i][-1]:
        return False
    if any(m.j <= u.i < later.i and not _adjectival(u) for u in ctx.units):
        return False
    actors = {c.actor.polity for c in ctx.candidates if c.match is m}
    subject = next((u for u in reversed(ctx.units) if u.j <= m.i), None)  # "Blinken demanded"
    if subject is not None:
        actors.add(subject.polity)
    return any(c.match is later and c.actor.polity in actors for c in ctx.candidates)


def _negators(ctx: SentenceCtx, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Negation cue hits that negate: not the start of "not only" ("ne samo", "не только")."""
    starts = {i for i, _ in _cue_ends(ctx, "not_only")} if hits else set()
    return [h for h in hits if h[0] not in starts]


def _negated_after(ctx: SentenceCtx, m: Match) -> bool:
    """A trigger noun that is the fronted object or the subject of a negated verb right after
    it ("Vašington sankcije Srbiji ipak nije uveo", "Визит Путина в Белград не состоялся",
    "sanksione nuk vendosi", "yaptırım uygulamadı"): the negator follows within `_NEG_AFTER`
    tokens with no punctuation, other trigger or relative pronoun in between, and stands before
    a word that is no argument (or is a verb suffix). Only where the subject may follow its
    verb: in English the object follows its verb, so "sanctions, not incentives" or "sanctions
    that did not work" say nothing about whether there were sanctions."""
    if not ctx.lex.modality.postverbal_subject:
        return False
    suffix_hits = ctx.index.suffix_cues
    near = [(i, j) for i, j in _cue_ends(ctx, "negation", m.j) if i <= m.j + _NEG_AFTER]
    for ci, cj in _negators(ctx, near):
        if any(m.j <= o.i < ci for o in ctx.matches) or _cue_ends(
            ctx, "relative_pronouns", m.j, ci
        ):
            return False
        if ("negation", ci) in suffix_hits:
            return _comma_floor(ctx, ci) < m.j
        return cj < ctx.hi and _comma_floor(ctx, cj) < m.j and not any(u.i == cj for u in ctx.units)
    return False


_INSERTION = 4  # tokens: a comma-delimited insertion this short is a parenthetical


def _cue_floor(ctx: SentenceCtx, tok: int) -> int:
    """Where the modality cues of a trigger at `tok` may start: its comma segment, and the one
    before when a short parenthetical separates them ("Mađarska bi ga, kako je najavila,
    blokirala": the conditional "bi" still scopes over the verb)."""
    floor = _comma_floor(ctx, tok)
    if floor <= ctx.lo:
        return floor
    start = _comma_floor(ctx, floor - 1)
    text = ctx.text[ctx.tokens.ends[start - 1] : ctx.tokens.starts[start]] if start > ctx.lo else ""
    if start > ctx.lo and "," in text and floor - start <= _INSERTION:
        return _comma_floor(ctx, start - 1)
    return floor


def _comma_floor(ctx: SentenceCtx, tok: int) -> int:
    """First token after the last , ; or : before token `tok` in the sentence."""
    t = ctx.tokens
    for k in range(tok, ctx.lo, -1):
        if any(ch in ",;:" for ch in ctx.text[t.ends[k - 1] : t.starts[k]]):
            return k
    return ctx.lo


def _relative_clause_units(ctx: SentenceCtx, before: list[Unit], m: Match) -> list[Unit]:
    """Units inside a comma-delimited relative clause that closes before the trigger ("the EU,
    which wants to break Russia's influence on Serbia, encourages ..."): not its subject."""
    t = ctx.tokens
    opens = [
        k for k, _ in _cue_ends(ctx, "relative_pronouns", ctx.lo + 1, m.i)
        if "," in ctx.text[t.ends[k - 1] : t.starts[k]]
    ]  # fmt: skip
    out: list[Unit] = []
    for k in opens:
        close = next(
            (c for c in range(k + 1, m.i + 1) if "," in ctx.text[t.ends[c - 1] : t.starts[c]]), None
        )
        if close is not None:
            out.extend(u for u in before if k <= u.i and u.j <= close)
    return out


def _relative_arguments(ctx: SentenceCtx, m: Match, units: list[Unit]) -> list[Candidate]:
    """A trigger noun followed by a relative clause takes its arguments from that clause:
    "sanctions that the EU imposed on Moscow", "санкцијама које је ЕУ увела Русији",
    "санкциям, которые ЕС ввёл против России". The clause (from the relative pronoun to the next
    comma, clause mark or trigger of another type) must name two polities: its first unit is the
    actor and the next one of another group the recipient (a passive agent in it is the actor).
    A pronoun that is also a complementizer ("that", "që", "што") opens a relative clause only
    after a material-action trigger: "demanded that Serbia ..." is a complement clause."""
    t = ctx.tokens
    rel = next(iter(_cue_ends(ctx, "relative_pronouns", m.j, min(m.j + 3, ctx.hi))), None)
    if rel is None or rel[0] != m.j or _gap_text(ctx, m.j, rel[0]).strip() not in ("", ","):
        return []
    if _cue_ends(ctx, "complementizers", rel[0], rel[1]) and not QUAD[m.trigger.type].startswith(
        "material"
    ):
        return []
    end = next(
        (
            k
            for k in range(rel[1] + 1, ctx.hi)
            if any(ch in ",;:" for ch in ctx.text[t.ends[k - 1] : t.starts[k]])
        ),
        ctx.hi,
    )
    other = next(
        (o.i for o in ctx.matches if rel[1] <= o.i < end and o.trigger.type != m.trigger.type),
        end,
    )
    inner = [u for u in units if rel[1] <= u.i and u.j <= other and not (u.locative or u.source)]
    agent = next((u for u in inner if u.agent), None)
    actor = agent or (inner[0] if inner else None)
    if actor is None:
        return []
    recip = next(
        (u for u in inner if u is not actor and (u.group < 0 or u.group != actor.group)), None
    )
    if actor is None or recip is None:
        return []
    return _each(m, units, actor, recip, "passive" if agent else "subject", (rel[0], other))


def _names_people(ctx: SentenceCtx, u: Unit) -> bool:
    """A demonym next to a noun for a group of people (modality key `people_nouns`: "Serb
    protesters", "srpski demonstranti", "protestues serbë", "Sırp protestocular") names an
    ethnic or civic group, which is no polity (spec/annotation.md, rule 2), not the state."""
    return _adjectival(u) and any(
        u.j <= ci <= u.j + 1 or u.i - 1 <= cj <= u.i for ci, cj in _cue_ends(ctx, "people_nouns")
    )


def _adjectival(u: Unit) -> bool:
    """A unit made only of demonyms ("kineske", "Russian"): it qualifies a noun."""
    return all(getattr(m, "match_kind", "") == "demonym" for m in u.mentions)


def _modifies(ctx: SentenceCtx, u: Unit, m: Match) -> bool:
    """Is the unit a modifier of the trigger noun ("Russian aggression", "Russia's war")?"""
    gap = ctx.tokens.words[u.j : m.i]
    return gap == [] or gap == ["s"]


def _same_clause(ctx: SentenceCtx, a: int, b: int) -> bool:
    """No ; : and no comma followed by an adversative/new-clause word between tokens a and b."""
    t = ctx.tokens
    for k in range(a, b):
        gap = ctx.text[t.ends[k - 1] if k > ctx.lo else ctx.start : t.starts[k]]
        if any(ch in gap for ch in _CLAUSE_PUNCT):
            return False
        if "," in gap and t.words[k] in _ADVERSATIVE:
            return False
    return True


@stage("date", reads=("candidates", "tokens", "doc_date"), writes=("candidates.date",))
def set_dates(ctx: SentenceCtx) -> None:
    if not ctx.candidates:
        return
    hits = find_dates(ctx.text, ctx.tokens, ctx.lo, ctx.hi, ctx.lex.modality, ctx.doc_date)
    for c in ctx.candidates:
        c.date = nearest(hits, ctx.tokens.starts[c.match.i])


@stage("confidence", reads=("candidates",), writes=("candidates.confidence",))
def set_confidence(ctx: SentenceCtx) -> None:
    """confidence = 0.35 base
    + 0.25 actor in subject position (before the trigger, or passive agent, or a pair)
      (0.10 when it is a post-verbal subject or a reported-speech source)
    + 0.15 recipient found after the trigger (or passive subject, or pair member)
    + 0.10 trigger of two or more words (multi-word triggers are less ambiguous)
    + 0.10 both arguments within 6 tokens of the trigger (neither carried from an earlier
      sentence; a carried actor counts 0.10 like a post-verbal one)
    - 0.10 an argument came from an ambiguous alias resolved by the document
    clipped to [0.05, 0.95]."""
    for c in ctx.candidates:
        m = c.match
        carried = c.actor.carried or c.recipient.carried
        strong = c.how in ("subject", "passive", "pairwise") and not c.actor.carried
        v = 0.35 + (0.25 if strong else 0.10) + 0.15
        v += 0.10 if m.j - m.i >= 2 else 0.0
        dist = max(_dist(c.actor, m), _dist(c.recipient, m))
        v += 0.10 if dist <= 6 and not carried else 0.0
        v -= 0.10 if (c.actor.ambiguous or c.recipient.ambiguous) else 0.0
        c.confidence = round(min(0.95, max(0.05, v)), 3)


def _dist(u: Unit, m: Match) -> int:
    return max(0, m.i - u.j, u.i - m.j)


def code_sentence(ctx: SentenceCtx) -> list[Candidate]:
    """Run every registered coder stage in registration order."""
    for _name, st in coders.items():
        st(ctx)
        if st.name == "triggers" and not ctx.matches and not _cue_ends(ctx, "judgement_verbs"):
            return []
    return ctx.candidates


def sentence_tokens(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    return bisect_left(tokens.starts, start), bisect_right(tokens.ends, end)
