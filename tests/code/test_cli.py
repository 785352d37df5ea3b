"""End to end: `extract`, `evaluate`, the `code-events` step, `events`, `event`, briefing."""

from __future__ import annotations

import json
import subprocess
import sys

from rich.console import Console
from typer.testing import CliRunner

from balkanscope.cli import _load_commands, app
from balkanscope.code.store import briefing_events, code_store_documents
from balkanscope.store import open_store

DOC_A = "Belgrade, 25 September 2023\n\nSerbian President Aleksandar Vučić met Vladimir Putin in Moscow yesterday.\n"
DOC_B = "Moscow, 26 September 2023\n\nPutin and Vučić held talks in Moscow on 24 September 2023. Russia accused Kosovo.\n"


def _cli(*args):
    """The real command line in a fresh process (used once: building the recogniser is slow)."""
    return subprocess.run(
        [sys.executable, "-m", "balkanscope", *args], capture_output=True, text=True, timeout=300
    )


def _run(*args):
    """The CLI in this process (the recogniser built by earlier tests is reused)."""
    _load_commands()
    return CliRunner().invoke(app, list(args))


def test_extract_jsonl_contract_and_failures(tmp_path):
    a = tmp_path / "en_a.txt"
    a.write_text(DOC_A, encoding="utf-8")
    r = _cli(
        "extract", str(a), str(tmp_path / "missing.txt"), "--format", "jsonl", "--workers", "1"
    )
    assert r.returncode == 1
    assert "missing.txt" in r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and all(row["doc"] == str(a) for row in rows)
    text = a.read_text(encoding="utf-8")
    assert all(text[row["start"] : row["end"]] == row["text"] for row in rows)
    consult = [row for row in rows if row["type"] == "CONSULT"]
    assert consult and consult[0]["date"] == "2023-09-24" and consult[0]["actor_polity"] == "SRB"


def test_extract_parallel_equals_serial(tmp_path):
    for i in range(6):
        (tmp_path / f"d{i}.txt").write_text(DOC_A if i % 2 else DOC_B, encoding="utf-8")
    serial = _run("extract", str(tmp_path), "--workers", "1")
    parallel = _run("extract", str(tmp_path), "--workers", "2")
    assert serial.exit_code == parallel.exit_code == 0
    assert serial.stdout == parallel.stdout and serial.stdout


def test_evaluate_command(tmp_path):
    a = tmp_path / "en_a.txt"
    a.write_text(DOC_A, encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(_run("extract", str(a), "--workers", "1").stdout)
    start = DOC_A.index("Serbian")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "en_a.txt", "type": "CONSULT", "actor_polity": "RUS", "recipient_polity": "SRB",
                                "start": start, "end": start + 20, "text": "", "date": None}) + "\n")  # fmt: skip
    _load_commands()
    res = CliRunner().invoke(app, ["evaluate", str(pred), str(gold), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["overall"]["recall"] == 1.0 and data["per_lang"]["en"]["tp"] == 1
    res = CliRunner().invoke(app, ["evaluate", str(pred), str(gold)])
    assert res.exit_code == 0 and "Per type" in res.output


def _store_with_docs(tmp_path):
    store = open_store(tmp_path / "t.duckdb")
    with store.write() as con:
        for doc_id, text, pub in (("a1", DOC_A, "2023-09-25"), ("b2", DOC_B, "2023-09-26")):
            con.execute(
                "INSERT INTO documents (doc_id, path, published, lang, content_hash, text) VALUES (?, ?, ?, 'en', ?, ?)",
                [doc_id, f"{doc_id}.txt", pub, doc_id, text],
            )
    return store


def test_code_step_dedups_and_commands_show_evidence(tmp_path, pack):
    store = _store_with_docs(tmp_path)
    counts = code_store_documents(store, pack, {"batch_size": 1})
    assert counts["documents"] == 2 and counts["event_mentions"] >= 3
    again = code_store_documents(store, pack, {"batch_size": 1})  # idempotent
    assert again == counts
    consult = store.query("SELECT * FROM events WHERE type = 'CONSULT'")
    assert len(consult) == 1 and consult[0]["n_mentions"] == 2 and consult[0]["n_documents"] == 2
    assert consult[0]["date"] == "2023-09-24"
    assert (consult[0]["first_report"], consult[0]["last_report"]) == ("2023-09-25", "2023-09-26")
    _load_commands()
    db = str(tmp_path / "t.duckdb")
    res = CliRunner().invoke(app, ["--db", db, "events", "--polity", "RUS", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert {r["type"] for r in rows} >= {"CONSULT", "ACCUSE"}
    res = CliRunner().invoke(
        app, ["--db", db, "events", "--type", "CONSULT", "--since", "2023-10", "--format", "json"]
    )
    assert json.loads(res.output) == []
    res = CliRunner().invoke(app, ["--db", db, "event", consult[0]["event_id"], "--format", "json"])
    ev = json.loads(res.output)
    assert len(ev["evidence"]) == 2 and {e["doc_id"] for e in ev["evidence"]} == {"a1", "b2"}
    res = CliRunner().invoke(app, ["--db", db, "event", "ev_nope"])
    assert res.exit_code != 0
    console = Console(record=True, width=200)
    for renderable in briefing_events(store, pack, {}):
        console.print(renderable)
    out = console.export_text()
    assert "Serbia" in out and "CONSULT SRB → RUS" in out and "a1.txt" in out or "b2.txt" in out
