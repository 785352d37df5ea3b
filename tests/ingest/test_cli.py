"""End to end: the real CLI on a real DuckDB file (in-process CliRunner, plus one real
subprocess for standard input and the exit status)."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from balkanscope.cli import _load_commands, app

from .fixtures import RU, SR_CYRL, SR_LATN, TR


@pytest.fixture(scope="module")
def runner():
    _load_commands()
    return CliRunner()


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, small_pack_dir, runner):
    tmp = tmp_path_factory.mktemp("cli")
    (tmp / "in").mkdir()
    for name, text in {"sr.txt": SR_LATN, "cyr.txt": SR_CYRL, "ru.txt": RU, "tr.txt": TR}.items():
        (tmp / "in" / name).write_text(text, encoding="utf-8")
    (tmp / "in" / "empty.txt").write_bytes(b"")
    db = tmp / "x.duckdb"
    res = runner.invoke(
        app, ["--db", str(db), "--pack", str(small_pack_dir), "ingest", str(tmp / "in"), "-w", "1"]
    )
    return tmp, db, res


def call(runner, db, *args):
    res = runner.invoke(app, ["--db", str(db), *args])
    return res


def test_ingest_reports_failures_and_exits_1_after_ingesting_the_rest(ingested):
    _, _, res = ingested
    assert res.exit_code == 1
    assert "empty.txt: empty file" in res.stderr
    assert "ingested 4 documents" in res.stderr and "1 failed" in res.stderr


def test_docs_doc_mentions_stats(ingested, runner):
    _, db, _ = ingested
    docs = json.loads(call(runner, db, "docs", "--format", "json").stdout)
    assert len(docs) == 4 and {d["lang"] for d in docs} == {"sr", "ru", "tr"}
    assert [
        d["script"]
        for d in json.loads(call(runner, db, "docs", "--lang", "ru", "-f", "json").stdout)
    ] == ["Cyrl"]
    cyr = next(d for d in docs if d["path"].endswith("cyr.txt"))
    detail = json.loads(call(runner, db, "doc", cyr["id"][:6], "--format", "json").stdout)
    assert detail["text"] == SR_CYRL and detail["published"] == "2025-03-07"
    assert all(detail["text"][m["start"] : m["end"]] == m["surface"] for m in detail["mentions"])
    shown = call(runner, db, "doc", cyr["id"])
    assert shown.exit_code == 0 and "Вучић" in shown.stdout
    vucic = json.loads(call(runner, db, "mentions", "--actor", "vucic", "--format", "json").stdout)
    assert vucic and {m["polity"] for m in vucic} == {"SRB"}
    stats = json.loads(call(runner, db, "stats", "--format", "json").stdout)
    assert stats["documents"] == 4 and stats["mentions"] >= 10 and stats["sentences"] >= 8
    csv_out = call(runner, db, "docs", "-f", "csv").stdout.splitlines()
    assert csv_out[0].startswith("id,path,title") and len(csv_out) == 5


def test_unknown_document_is_one_clear_error(ingested, runner):
    _, db, _ = ingested
    res = call(runner, db, "doc", "zzzz")
    assert res.exit_code != 0
    assert "unknown document 'zzzz'" in str(res.exception) or "unknown document" in res.stderr


def test_second_run_adds_nothing(ingested, runner, small_pack_dir):
    tmp, db, _ = ingested
    before = json.loads(call(runner, db, "stats", "-f", "json").stdout)
    res = call(
        runner,
        db,
        "--pack",
        str(small_pack_dir),
        "ingest",
        str(tmp / "in" / "sr.txt"),
        str(tmp / "in" / "ru.txt"),
    )
    assert (
        res.exit_code == 0
        and "ingested 0 documents" in res.stderr
        and "skipped 2 duplicates" in res.stderr
    )
    after = json.loads(call(runner, db, "stats", "-f", "json").stdout)
    assert {k: v for k, v in after.items() if k != "runs"} == {
        k: v for k, v in before.items() if k != "runs"
    }


def test_standard_input_in_a_real_process(tmp_path, small_pack_dir):
    db = tmp_path / "x.duckdb"
    cmd = [sys.executable, "-m", "balkanscope", "--db", str(db), "--pack", str(small_pack_dir)]
    res = subprocess.run([*cmd, "ingest", "-"], input=RU, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    out = subprocess.run([*cmd, "docs", "-f", "json"], capture_output=True, text=True)
    (doc,) = json.loads(out.stdout)
    assert doc["path"] == "-" and doc["lang"] == "ru"
