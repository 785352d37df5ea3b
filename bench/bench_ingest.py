"""Ingest throughput and memory: synthetic ~4 KB news documents in nine languages/scripts.

Each configuration runs in a fresh process (so peak RSS is its own): the bundled pack is
loaded and the recogniser built (reported as startup, not counted in docs/s), then the corpus
is ingested into a new DuckDB file. Memory flatness: the same run on a quarter of the corpus
should peak at about the same RSS.

`BENCH_INGEST_DOCS` sets the corpus size (default 10000).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path


def _write_corpus(folder: Path, n: int) -> int:
    from balkanscope.ingest.synth import document

    total = 0
    for i in range(n):
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        text = document(i, target_chars=4000, seed=7)[1]
        (sub / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def _measure(paths: list[str], db: str, workers: int, batch_size: int, queue) -> None:
    from balkanscope.ingest.pipeline import ingest
    from balkanscope.ingest.recognize import Recognizer
    from balkanscope.pack import load_pack
    from balkanscope.store import open_store

    t0 = time.perf_counter()
    recognizer = Recognizer.from_pack(load_pack())
    startup = time.perf_counter() - t0
    before = resource.getrusage(resource.RUSAGE_SELF)
    stats = ingest(paths, open_store(db), recognizer, workers=workers, batch_size=batch_size)
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_parent = me.ru_utime + me.ru_stime - before.ru_utime - before.ru_stime
    cpu_workers = kids.ru_utime + kids.ru_stime
    self_kb, child_kb = me.ru_maxrss, kids.ru_maxrss
    queue.put(
        {
            "workers": workers,
            "batch_size": batch_size,
            "documents": stats.inputs,
            "stored": stats.documents,
            "mentions": stats.mentions,
            "failures": len(stats.failures),
            "seconds": round(stats.seconds, 2),
            "docs_per_s": round(stats.inputs / stats.seconds, 1),
            "startup_s": round(startup, 2),
            # CPU seconds are what the run cost whatever else the machine was doing; on a
            # loaded machine wall-clock docs/s understates the throughput of idle cores.
            "cpu_s_parent": round(cpu_parent, 1),
            "cpu_s_workers": round(cpu_workers, 1),
            "docs_per_cpu_s": round(stats.inputs / (cpu_parent + cpu_workers), 1),
            "load_avg_1min": round(os.getloadavg()[0], 1),
            "peak_rss_parent_mb": round(self_kb / 1024, 1),
            "peak_rss_worker_mb": round(child_kb / 1024, 1),
            "db_mb": round(os.path.getsize(db) / 1e6, 1),
        }
    )


def _run(paths: list[str], db: str, workers: int) -> dict:
    from balkanscope.settings import BY_NAME

    batch_size = BY_NAME["batch_size"].default
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_measure, args=(paths, db, workers, batch_size, queue))
    proc.start()
    result = queue.get()
    proc.join()
    print(f"  {result}", flush=True)
    return result


def main() -> dict:
    n = int(os.environ.get("BENCH_INGEST_DOCS", "10000"))
    tmp = Path(tempfile.mkdtemp(prefix="bench_ingest_"))
    try:
        corpus = tmp / "corpus"
        t0 = time.perf_counter()
        size = _write_corpus(corpus, n)
        print(
            f"generated {n} documents ({size / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f} s",
            flush=True,
        )
        quarter = sorted(str(p) for p in corpus.glob("*/*.txt"))[: n // 4]
        results = {
            "corpus_docs": n,
            "corpus_mb": round(size / 1e6, 1),
            "avg_doc_bytes": round(size / n),
            "cpu_count": os.cpu_count(),
            "one_process": _run([str(corpus)], str(tmp / "one.duckdb"), workers=1),
            "two_processes": _run([str(corpus)], str(tmp / "two.duckdb"), workers=2),
            "two_processes_quarter_corpus": _run(quarter, str(tmp / "quarter.duckdb"), workers=2),
        }
        results["target_docs_per_s_2_cores"] = 200
        return results
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
