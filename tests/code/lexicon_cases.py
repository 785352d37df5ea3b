"""Checks shared by the per-language lexicon tests (test_lexicon_<lang>.py).

Each language file lists hand-written sentences (invented situations between real polities);
these helpers run them through the whole coder and compare type, polity pair and modality.
"""

from __future__ import annotations

from balkanscope.code import extract_text

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


def assert_event(code, lang, text, typ, actor, recipient, modality="asserted"):
    """The sentence yields `typ` actor -> recipient (either order for symmetric types)."""
    got = code(text, lang)
    want = {(typ, actor, recipient, modality)}
    if typ in SYMMETRIC:
        want.add((typ, recipient, actor, modality))
    assert want & got, f"{typ} {actor}->{recipient} ({modality}) not in {sorted(got)}"


def assert_only_modality(code, lang, text, typ, actor, recipient, modality):
    """Every event of that type and pair in the sentence has exactly this modality."""
    got = {m for t, a, r, m in code(text, lang) if (t, a, r) == (typ, actor, recipient)}
    assert got == {modality}, f"{typ} {actor}->{recipient}: {got}"


def event_dates(pack, text, lang, doc_date, typ=None):
    """Dates of the events (of one type, or of all) coded in the text."""
    return {
        e["date"]
        for e in extract_text(text, doc_date, lang, pack)
        if typ is None or e["type"] == typ
    }
