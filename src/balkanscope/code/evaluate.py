"""Score predicted event mentions against gold, exactly as spec/events.md says.

A prediction matches a gold mention when: same document, same type (or same quad class for
the coarse score), same polity pair (either order for CONSULT/AGREE/COOPERATE), and the spans
overlap. Each gold mention matches at most one prediction (greedy, highest confidence first).
Only `modality: asserted` predictions are scored. Micro-averaged precision/recall/F1.
Documents match by the path as given, or by file name when the gold has no directory.
Per-language figures take the language from a file-name prefix ("sr-cyrl_01.txt") or, for
other names, from the language detector on the file when it can be read.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..errors import InputError
from .lexicon import QUAD, SYMMETRIC, TYPES

_LANG_PREFIX = re.compile(r"^(en|sr-latn|sr-cyrl|sr|hr|bs|cnr|mk|sq|ru|tr)[_-]", re.I)
REQUIRED = ("doc", "type", "actor_polity", "start", "end")


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Rows of a JSONL file; a malformed line is an InputError with its line number."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(
            f"cannot read: {e.strerror or e}", file=str(p), hint="check the path"
        ) from None
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(
                f"invalid JSON: {e.msg}", file=str(p), line=n, hint="one JSON object per line"
            ) from None
        if not isinstance(row, dict):
            raise InputError("expected a JSON object", file=str(p), line=n)
        for f in REQUIRED:
            if f not in row:
                raise InputError(
                    f"missing field '{f}'", file=str(p), line=n, field=f, hint="see spec/events.md"
                )
        if row["type"] not in TYPES:
            raise InputError(f"unknown type {row['type']!r}", file=str(p), line=n, field="type")
        rows.append(row)
    return rows


def doc_key(doc: str, gold_docs: set[str]) -> str:
    """The gold document a predicted path refers to (its basename when gold has no dirs)."""
    if doc in gold_docs:
        return doc
    base = Path(doc).name
    return base if base in gold_docs else doc


def doc_lang(doc: str, detect: Callable[[str], str | None] | None = None) -> str:
    m = _LANG_PREFIX.match(Path(doc).name)
    if m:
        return m.group(1).lower()
    if detect is not None:
        return detect(doc) or "?"
    return "?"


def _pair_ok(p: dict, g: dict) -> bool:
    a, b = p.get("actor_polity"), p.get("recipient_polity")
    ga, gb = g.get("actor_polity"), g.get("recipient_polity")
    if (a, b) == (ga, gb):
        return True
    return g["type"] in SYMMETRIC and (a, b) == (gb, ga)


def _match(
    pred: list[dict], gold: list[dict], same: Callable[[dict, dict], bool]
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: (pred index, gold index) pairs."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for gi, g in enumerate(gold):
        by_doc[g["doc"]].append(gi)
    used: set[int] = set()
    pairs = []
    order = sorted(range(len(pred)), key=lambda i: -float(pred[i].get("confidence") or 0))
    for pi in order:
        p = pred[pi]
        for gi in by_doc.get(p["_doc"], ()):
            g = gold[gi]
            if gi in used or not (p["start"] < g["end"] and g["start"] < p["end"]):
                continue
            if same(p, g) and _pair_ok(p, g):
                used.add(gi)
                pairs.append((pi, gi))
                break
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
    }


def evaluate(
    pred: Iterable[dict], gold: Iterable[dict], detect: Callable[[str], str | None] | None = None
) -> dict[str, Any]:
    """Scores overall, per type, per language, at quad level, and the type confusion table."""
    gold = [dict(g) for g in gold]
    gold_docs = {g["doc"] for g in gold}
    pred = [
        dict(p, _doc=doc_key(p["doc"], gold_docs))
        for p in pred
        if p.get("modality", "asserted") == "asserted"
    ]
    exact = _match(pred, gold, lambda p, g: p["type"] == g["type"])
    quad = _match(pred, gold, lambda p, g: QUAD[p["type"]] == QUAD[g["type"]])
    out: dict[str, Any] = {
        "overall": _prf(len(exact), len(pred), len(gold)),
        "quad": _prf(len(quad), len(pred), len(gold)),
    }
    per_type = {}
    for t in TYPES:
        tp = sum(1 for pi, _ in exact if pred[pi]["type"] == t)
        n_p = sum(1 for p in pred if p["type"] == t)
        n_g = sum(1 for g in gold if g["type"] == t)
        if n_p or n_g:
            per_type[t] = _prf(tp, n_p, n_g)
    out["per_type"] = per_type
    langs: dict[str, str] = {}
    for d in gold_docs | {p["_doc"] for p in pred}:
        langs[d] = doc_lang(d, detect)
    per_lang = {}
    for lang in sorted(set(langs.values())):
        tp = sum(1 for pi, _ in exact if langs[pred[pi]["_doc"]] == lang)
        qtp = sum(1 for pi, _ in quad if langs[pred[pi]["_doc"]] == lang)
        n_p = sum(1 for p in pred if langs[p["_doc"]] == lang)
        n_g = sum(1 for g in gold if langs[g["doc"]] == lang)
        per_lang[lang] = {**_prf(tp, n_p, n_g), "quad_f1": _prf(qtp, n_p, n_g)["f1"]}
    out["per_lang"] = per_lang
    # Confusion: for gold mentions whose span and polity pair a prediction hits, which type it got.
    confusion: Counter = Counter()
    loose = _match(pred, gold, lambda p, g: True)
    matched_gold = set()
    for pi, gi in loose:
        confusion[(gold[gi]["type"], pred[pi]["type"])] += 1
        matched_gold.add(gi)
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            confusion[(g["type"], "-")] += 1
    out["confusion"] = [{"gold": g, "pred": p, "n": n} for (g, p), n in sorted(confusion.items())]
    return out
