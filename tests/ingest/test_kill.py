"""A real `balkanscope ingest` process killed with SIGKILL mid-run, then run again, ends with
exactly the database an uninterrupted run gives."""

import os
import signal
import subprocess
import sys
import time

import duckdb

from balkanscope.ingest.pipeline import ingest
from balkanscope.store import open_store

from .fixtures import snapshot, write_corpus

N_DOCS = 150


def cli(db, pack_dir, *args):
    return [
        sys.executable,
        "-m",
        "balkanscope",
        "--db",
        str(db),
        "--pack",
        str(pack_dir),
        "ingest",
        *map(str, args),
    ]


def stored(db) -> int:
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return -1  # being written or not created yet
    try:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except duckdb.Error:
        return -1
    finally:
        con.close()


def test_kill_9_mid_run_then_rerun_equals_uninterrupted_run(
    tmp_path, small_pack_dir, small_recognizer
):
    write_corpus(tmp_path / "in", N_DOCS, chars=600)
    env = {**os.environ, "BALKANSCOPE_BATCH_SIZE": "10", "BALKANSCOPE_WORKERS": "1"}
    killed_db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(cli(killed_db, small_pack_dir, tmp_path / "in"), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 120
    while stored(killed_db) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = stored(killed_db)
    assert 0 < partial < N_DOCS, "the kill must land mid-run"
    assert partial % 10 == 0, "only whole batches are ever committed"

    rerun = subprocess.run(
        cli(killed_db, small_pack_dir, tmp_path / "in"), env=env, capture_output=True, text=True
    )
    assert rerun.returncode == 0, rerun.stderr
    clean_db = tmp_path / "clean.duckdb"  # the library call the command makes, never interrupted
    ingest([str(tmp_path / "in")], open_store(clean_db), small_recognizer, workers=1, batch_size=10)

    assert stored(killed_db) == N_DOCS
    assert snapshot(killed_db) == snapshot(clean_db)
