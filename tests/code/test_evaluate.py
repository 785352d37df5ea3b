"""evaluate() on hand-made gold: matching rules of spec/events.md."""

from __future__ import annotations

import json

import pytest

from balkanscope.code.evaluate import evaluate, read_jsonl
from balkanscope.errors import InputError


def g(doc, typ, a, r, start=0, end=50):
    return {
        "doc": doc,
        "type": typ,
        "actor_polity": a,
        "recipient_polity": r,
        "start": start,
        "end": end,
    }


def p(doc, typ, a, r, start=0, end=50, modality="asserted", confidence=0.5):
    return {**g(doc, typ, a, r, start, end), "modality": modality, "confidence": confidence}


GOLD = [
    g("sr-latn_01.txt", "CONSULT", "SRB", "RUS"),
    g("sr-latn_01.txt", "ACCUSE", "EU", "SRB", 60, 100),
    g("ru_01.txt", "SANCTION", "EU", "RUS"),
]


def test_exact_symmetric_span_and_path_rules():
    pred = [
        p("samples/dev/sr-latn_01.txt", "CONSULT", "RUS", "SRB"),  # symmetric, path vs basename: TP
        p("sr-latn_01.txt", "ACCUSE", "SRB", "EU", 70, 80),  # directed, reversed: FP
        p("ru_01.txt", "SANCTION", "EU", "RUS", 40, 70),  # overlapping span: TP
        p("ru_01.txt", "SANCTION", "EU", "RUS", 40, 70),  # the gold mention is used up: FP
        p("ru_01.txt", "AID", "EU", "RUS", modality="future"),  # not asserted: ignored
    ]
    res = evaluate(pred, GOLD)
    assert res["overall"] == {
        "tp": 2,
        "pred": 4,
        "gold": 3,
        "precision": 0.5,
        "recall": 0.667,
        "f1": 0.571,
    }
    assert res["per_type"]["CONSULT"]["f1"] == 1.0
    assert res["per_lang"]["sr-latn"]["tp"] == 1 and res["per_lang"]["ru"]["tp"] == 1


def test_quad_level_and_confusion():
    pred = [p("sr-latn_01.txt", "REQUEST", "EU", "SRB", 60, 100)]  # same quad as ACCUSE
    res = evaluate(pred, GOLD)
    assert res["overall"]["tp"] == 0 and res["quad"]["tp"] == 1
    assert {"gold": "ACCUSE", "pred": "REQUEST", "n": 1} in res["confusion"]
    assert {"gold": "CONSULT", "pred": "-", "n": 1} in res["confusion"]


def test_non_overlapping_span_does_not_match():
    assert evaluate([p("ru_01.txt", "SANCTION", "EU", "RUS", 50, 90)], GOLD)["overall"]["tp"] == 0


def test_read_jsonl_errors_name_the_line(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps(g("a", "AID", "X", "Y")) + "\n{bad\n")
    with pytest.raises(InputError) as e:
        read_jsonl(f)
    assert e.value.line == 2
    f.write_text(json.dumps({**g("a", "AID", "X", "Y"), "type": "HUG"}) + "\n")
    with pytest.raises(InputError, match="unknown type"):
        read_jsonl(f)
