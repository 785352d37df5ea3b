"""The JSONL contract: fields, types and offsets that reproduce the evidence text."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balkanscope.code import code_document, extract_text
from balkanscope.code.lexicon import TYPES

FIELDS = {"type", "actor", "recipient", "actor_polity", "recipient_polity", "start", "end", "text",
          "date", "modality", "mode", "context", "confidence"}  # fmt: skip
SENTENCES = [
    "Serbian President Aleksandar Vučić met Vladimir Putin in Moscow on 24 September 2023.",
    "Вучић је јуче разговарао телефоном са Путином.",
    "Die Sonne scheint.",
    "The European Union urged Serbia to impose sanctions on Russia!",
    "„Kosovo je napao Srbiju“, rekao je Vučić.",
    "Россия осудила решение Черногории.",
    "Kurti dhe Vuçiq ranë dakord në Ohër.",
    "Türkiye ve Sırbistan yedi anlaşma imzaladı.",
]
FILLER = st.sampled_from(["", " ", "\n", "\n\n", "  \t", " — ", "\r\n", " 🙂 ", " ß "])


def check(text: str, events: list[dict]) -> None:
    for e in events:
        assert set(e) == FIELDS
        assert text[e["start"] : e["end"]] == e["text"]
        assert e["type"] in TYPES and e["modality"] in {
            "asserted",
            "future",
            "hypothetical",
            "negated",
        }
        assert 0.0 <= e["confidence"] <= 1.0
        assert e["actor_polity"] != e["recipient_polity"]
        assert isinstance(e["context"], list)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(FILLER, st.sampled_from(SENTENCES)), min_size=1, max_size=6), FILLER)
def test_offsets_reproduce_the_text(pack, parts, tail):
    text = "".join(a + b for a, b in parts) + tail
    check(text, extract_text(text, "2023-10-02", None, pack))


def test_known_sentence_has_events(pack):
    text = "Intro line.\n\n" + SENTENCES[0]
    evs = extract_text(text, None, "en", pack)
    check(text, evs)
    assert any(e["type"] == "CONSULT" and e["date"] == "2023-09-24" for e in evs)


def test_only_contract_polities_are_named(pack):
    """Poland is in the pack (for recognition) but not in the contract: its events are dropped by
    `extract_text` and `code_document` (the store's path); without a contract list they return."""
    text = "Poland imposed sanctions on Russia. Serbia and Poland signed an energy agreement."
    assert "POL" in pack.actors and "POL" not in pack.meta.contract_polities
    assert extract_text(text, "2023-10-02", "en", pack) == []
    assert code_document(text, "2023-10-02", "en", pack).events == []
    open_pack = copy.copy(pack)
    open_pack.meta = pack.meta.model_copy(update={"contract_polities": []})
    got = {
        (e["type"], e["actor_polity"]) for e in extract_text(text, "2023-10-02", "en", open_pack)
    }
    assert ("SANCTION", "POL") in got


def test_symmetric_event_is_one_mention_per_sentence_in_either_order(pack):
    """The annotation unit is (sentence, type, polity pair): "A met B ... B met A" is one."""
    text = "Kineski premijer posjetio je Hrvatsku u travnju, kada je Zagreb bio domaćin sastanka s Kinom."
    got = [
        frozenset((e["actor_polity"], e["recipient_polity"]))
        for e in extract_text(text, "2023-10-02", "hr", pack)
        if e["type"] == "CONSULT" and e["modality"] == "asserted"
    ]
    assert got == [frozenset({"CHN", "HRV"})]
