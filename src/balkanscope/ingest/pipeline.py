"""Ingest pipeline: read -> (worker processes) metadata, sentences, mentions -> one writer.

Safety model (see docs/ingest.md):
- A document's id is the first 16 hex digits of the SHA-256 of its decoded text, so reading the
  same input twice finds the id already stored and writes nothing new (idempotent).
- Workers only compute; the parent is the ONE writer and writes each batch of documents with
  their sentences and mentions in ONE transaction (`Store.write`). A run killed at any moment
  (Ctrl-C, kill -9) loses at most the batch in flight, which DuckDB rolls back; running again
  skips what was committed and processes the rest in the same order, so the result equals an
  uninterrupted run (except the run id and timestamps).
- The writer holds the database only while it writes a batch, so other processes can open it
  read-only between batches. Documents stream: at most `_AHEAD` + 1 windows of `batch_size`
  documents are in flight.
- Near-duplicates (simhash over word 3-shingles, Hamming distance <= NEAR_DUP_BITS) link to the
  closest original (ties: smallest id) stored before them, through `duplicate_of`; the lookup
  is a query over the stored fingerprints, so nothing is kept in memory across batches.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import signal
import time
import uuid
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain, islice
from typing import Any

import numpy as np
import pyarrow as pa

from ..store import Store
from .folding import words_map
from .metadata import detect_language, find_date, script
from .readers import DEFAULT_MAX_BYTES, RawDoc, ReadFailure, iter_documents
from .recognize import Recognizer
from .sentences import split_sentences

NEAR_DUP_BITS = 8
_SHINGLE = 3


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))


_POW = np.array([pow(1_000_003, k, 2**64) for k in range(64)], dtype=np.uint64)


def simhash(text: str) -> int:
    """64-bit simhash of word 3-shingles of the folded text (0 for very short texts)."""
    return _simhash_padded(words_map(text)[0])


def _simhash_padded(padded: str) -> int:
    """Simhash of a `folding.words_map` string, all in numpy: each word hashes as a polynomial
    of its code points (stable across processes, unlike `hash`), a shingle combines three word
    hashes, and the splitmix64 finaliser spreads the bits."""
    cps = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    space = np.flatnonzero(cps == 32)
    starts, ends = space[:-1] + 1, space[1:]
    keep = ends > starts
    starts, ends = starts[keep], ends[keep]
    if len(starts) < _SHINGLE:
        return 0
    pos = np.arange(len(cps)) - np.repeat(
        np.concatenate(([0], space)), np.diff(np.concatenate(([0], space, [len(cps)])))
    )
    with np.errstate(over="ignore"):
        weighted = cps * _POW[pos % 64]
        w = np.add.reduceat(weighted, starts)
        h = w[:-2] * _MIX[0] + (w[1:-1] << np.uint64(21)) + (w[2:] << np.uint64(42)) + w[2:]
        h = np.unique(h)
        h ^= h >> np.uint64(30)
        h *= _MIX[1]
        h ^= h >> np.uint64(27)
        h *= _MIX[2]
        h ^= h >> np.uint64(31)
    bits = np.unpackbits(h.astype(">u8").view(np.uint8)).reshape(-1, 64)
    return int.from_bytes(np.packbits(bits.sum(axis=0) * 2 > len(h)).tobytes(), "big")


@dataclass
class Processed:
    """Everything the writer needs for one document (picklable, built in a worker)."""

    doc_id: str
    source: str
    row: dict[str, Any]
    sentences: list[tuple[int, int]]
    mentions: dict[str, list]  # column -> values (columnar: cheap to pickle and to concatenate)


def process(raw: RawDoc, recognizer: Recognizer) -> Processed:
    """Metadata, sentences and mentions of one document; pure computation, no database."""
    text = raw.text
    digest = content_hash(text)
    lang, confidence, alternatives = detect_language(text)
    published, date_source = find_date(text, raw.url, {"published": raw.published})
    spans = split_sentences(text, lang)
    starts = [a for a, _ in spans]
    padded, idx = words_map(text)
    found = recognizer.find_in(text, padded, idx, published)
    sent_idx = []
    for m in found:
        k = bisect_right(starts, m.start) - 1
        sent_idx.append(k if k >= 0 and m.end <= spans[k][1] else None)
    mentions = {
        "sent_idx": sent_idx, "start_char": [m.start for m in found], "end_char": [m.end for m in found],
        "surface": [m.surface for m in found], "alias": [m.alias for m in found],
        "actor_id": [m.actor_id for m in found], "polity": [m.polity for m in found],
        "match_kind": [m.match_kind for m in found], "ambiguous": [m.ambiguous for m in found],
        "candidates": [json.dumps(m.candidates) if m.candidates else None for m in found],
    }  # fmt: skip
    meta = {"reader": raw.reader, "encoding": raw.encoding}
    if raw.notes:
        meta["notes"] = raw.notes
    if raw.pages:
        meta["pages"] = raw.pages
    row = {
        "doc_id": digest[:16], "path": raw.source, "url": raw.url, "title": raw.title, "outlet": raw.outlet,
        "published": published, "date_source": date_source, "lang": lang, "lang_confidence": confidence,
        "lang_alternatives": json.dumps(alternatives), "script": script(text), "content_hash": digest,
        "simhash": _simhash_padded(padded), "n_chars": len(text), "n_sentences": len(spans), "n_mentions": len(found),
        "text": text, "meta": json.dumps(meta, ensure_ascii=False),
    }  # fmt: skip
    return Processed(digest[:16], raw.source, row, spans, mentions)


@dataclass
class IngestStats:
    run_id: str
    documents: int = 0
    duplicates: int = 0  # identical to a stored document (same run or an earlier one)
    near_duplicates: int = 0  # stored and linked to their original
    sentences: int = 0
    mentions: int = 0
    ambiguous: int = 0
    inputs: int = 0
    failures: list[ReadFailure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "duplicates_skipped": self.duplicates,
            "near_duplicates": self.near_duplicates, "sentences": self.sentences, "mentions": self.mentions,
            "ambiguous_mentions": self.ambiguous, "failures": len(self.failures), "seconds": round(self.seconds, 2),
            "docs_per_s": round(self.inputs / self.seconds, 1) if self.seconds else None,
        }  # fmt: skip


_DOC_COLS = [
    "doc_id", "path", "url", "title", "outlet", "published", "date_source", "lang", "lang_confidence",
    "lang_alternatives", "script", "content_hash", "simhash", "duplicate_of", "n_chars", "n_sentences",
    "n_mentions", "text", "run_id", "ingested_at", "meta",
]  # fmt: skip
_DOC_TYPES = {
    "simhash": pa.uint64(),
    "lang_confidence": pa.float64(),
    "n_chars": pa.int32(),
    "n_sentences": pa.int32(),
    "n_mentions": pa.int32(),
    "ingested_at": pa.timestamp("us"),
}
_MENTION_COLS = ["doc_id", "sent_idx", "start_char", "end_char", "surface", "alias", "actor_id", "polity",
                 "match_kind", "ambiguous", "candidates"]  # fmt: skip


def _insert(
    con, table: str, columns: dict[str, list], types: dict | None = None, verb: str = "INSERT"
) -> None:
    """Insert columns through one Arrow table (row-by-row inserts would dominate the run time)."""
    cols = list(columns)
    if not columns[cols[0]]:
        return
    types = types or {}
    arrays = [pa.array(columns[c], type=types.get(c)) for c in cols]
    con.register("_batch", pa.Table.from_arrays(arrays, names=cols))
    try:
        con.execute(f"{verb} INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM _batch")
    finally:
        con.unregister("_batch")


def _chain(parts: Iterable[list]) -> list:
    return list(chain.from_iterable(parts))


class Writer:
    """The one writer: each `write` is one transaction holding one batch."""

    def __init__(self, store: Store, run_id: str) -> None:
        self.store = store
        self.run_id = run_id

    def write(self, batch: list[Processed], stats: IngestStats) -> None:
        if not batch:
            return
        now = datetime.now(UTC).replace(tzinfo=None)
        with self.store.write() as con:
            # One thread: each DuckDB thread fills its own partial row groups and buffers, so two
            # threads doubled the commit's peak memory for no gain on batches this small.
            con.execute("SET threads=1")
            ids = sorted({p.doc_id for p in batch})
            stored = {
                r[0]
                for r in con.execute(
                    "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))", [ids]
                ).fetchall()
            }
            new: list[Processed] = []
            sources: dict[tuple[str, str], None] = {}
            for p in batch:
                sources[(p.doc_id, p.source)] = None
                if p.doc_id in stored:
                    stats.duplicates += 1
                    continue
                stored.add(p.doc_id)
                new.append(p)
            self._link_near_duplicates(con, new)
            docs = {c: [p.row.get(c) for p in new] for c in _DOC_COLS}
            docs["run_id"] = [self.run_id] * len(new)
            docs["ingested_at"] = [now] * len(new)
            n_sent = [len(p.sentences) for p in new]
            n_ment = [len(p.mentions["start_char"]) for p in new]
            sents = {
                "doc_id": _chain([p.doc_id] * k for p, k in zip(new, n_sent, strict=True)),
                "sent_idx": _chain(range(k) for k in n_sent),
                "start_char": _chain([a for a, _ in p.sentences] for p in new),
                "end_char": _chain([b for _, b in p.sentences] for p in new),
                "text": _chain([p.row["text"][a:b] for a, b in p.sentences] for p in new),
            }
            ments = {"doc_id": _chain([p.doc_id] * k for p, k in zip(new, n_ment, strict=True))}
            ments.update({c: _chain(p.mentions[c] for p in new) for c in _MENTION_COLS[1:]})
            _insert(con, "documents", docs, _DOC_TYPES)
            _insert(con, "sentences", sents)
            _insert(con, "mentions", ments)
            _insert(con, "document_sources", {"doc_id": [k[0] for k in sources], "source": [k[1] for k in sources]},
                    verb="INSERT OR IGNORE")  # fmt: skip
        stats.documents += len(new)
        stats.near_duplicates += sum(1 for p in new if p.row.get("duplicate_of"))
        stats.sentences += len(sents["doc_id"])
        stats.mentions += len(ments["doc_id"])
        stats.ambiguous += sum(ments["ambiguous"])

    @staticmethod
    def _link_near_duplicates(con, new: list[Processed]) -> None:
        """Point each new near-duplicate at the closest original (stored or earlier in the batch)."""
        hashed = [(i, p.row["simhash"]) for i, p in enumerate(new) if p.row["simhash"]]
        if not hashed:
            return
        best: dict[int, tuple[int, str]] = {}
        con.register(
            "_hashes",
            pa.table(
                {"i": [i for i, _ in hashed], "h": pa.array([h for _, h in hashed], pa.uint64())}
            ),
        )
        try:
            rows = con.execute(
                "SELECT b.i, d.doc_id, bit_count(xor(b.h, d.simhash)) AS dist FROM _hashes b JOIN documents d "
                "ON d.duplicate_of IS NULL AND d.simhash <> 0 AND bit_count(xor(b.h, d.simhash)) <= ?",
                [NEAR_DUP_BITS],
            ).fetchall()
        finally:
            con.unregister("_hashes")
        for i, doc_id, dist in rows:
            if (dist, doc_id) < best.get(i, (99, "")):
                best[i] = (dist, doc_id)
        # Within the batch: all pairwise distances at once, then in order (a document can only
        # link to an earlier one that is itself an original).
        hs = np.array([h for _, h in hashed], dtype=np.uint64)
        dist = np.bitwise_count(hs[:, None] ^ hs[None, :])
        for k, (i, _) in enumerate(hashed):
            for j in np.flatnonzero(dist[k, :k] <= NEAR_DUP_BITS):
                earlier = new[hashed[j][0]]
                d = int(dist[k, j])
                if earlier.row.get("duplicate_of") is None and (d, earlier.doc_id) < best.get(
                    i, (99, "")
                ):
                    best[i] = (d, earlier.doc_id)
            if i in best:
                new[i].row["duplicate_of"] = best[i][1]


# --- parallel processing ---

_WORKER_RECOGNIZER: Recognizer | None = None


def _init_worker(recognizer: Recognizer) -> None:
    global _WORKER_RECOGNIZER
    _WORKER_RECOGNIZER = recognizer


def _init_pool_worker(recognizer: Recognizer) -> None:
    """Ctrl-C is the parent's to handle: it stops the pool and rolls back the batch in flight;
    workers ignoring SIGINT keeps them from printing tracebacks or hanging the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(recognizer)


def _work(item: RawDoc | ReadFailure) -> Processed | ReadFailure:
    if isinstance(item, ReadFailure):
        return item
    assert _WORKER_RECOGNIZER is not None
    return process(item, _WORKER_RECOGNIZER)


def _windows(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


_AHEAD = 2  # windows computed ahead while the parent writes (bounds memory)


def _results(items: Iterable, recognizer: Recognizer, workers: int, window: int) -> Iterator[list]:
    """Processed windows in input order. With workers > 1 the pool computes up to `_AHEAD`
    further windows while the caller writes the current one, so the workers do not wait for
    the database (a commit can take longer than computing a window)."""
    if workers <= 1:
        _init_worker(recognizer)
        for w in _windows(items, window):
            yield [_work(x) for x in w]
        return
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(workers, initializer=_init_pool_worker, initargs=(recognizer,)) as pool:
        pending: deque = deque()
        for w in _windows(items, window):
            pending.append(pool.map_async(_work, w, chunksize=max(1, len(w) // (workers * 4))))
            if len(pending) > _AHEAD:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def ingest(
    paths: list[str],
    store: Store,
    recognizer: Recognizer,
    *,
    workers: int = 2,
    batch_size: int = 500,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[IngestStats], None] | None = None,
    on_failure: Callable[[ReadFailure], None] | None = None,
) -> IngestStats:
    """Ingest every document of `paths` into `store`; failures are collected, never raised."""
    stats = IngestStats(run_id=uuid.uuid4().hex[:16])
    started = datetime.now(UTC).replace(tzinfo=None)
    t0 = time.perf_counter()
    writer = Writer(store, stats.run_id)
    for results in _results(iter_documents(paths, max_bytes), recognizer, workers, batch_size):
        batch = []
        for r in results:
            if isinstance(r, ReadFailure):
                stats.failures.append(r)
                if on_failure:
                    on_failure(r)
                continue
            stats.inputs += 1
            batch.append(r)
            notes = json.loads(r.row["meta"]).get("notes")
            stats.notes.extend(f"{r.source}: {n}" for n in notes or [])
        writer.write(batch, stats)
        stats.seconds = time.perf_counter() - t0
        if progress:
            progress(stats)
    stats.seconds = time.perf_counter() - t0
    with store.write() as con:
        con.execute(
            "INSERT INTO runs VALUES (?, 'ingest', ?, ?, ?, ?, ?)",
            [stats.run_id, json.dumps({"paths": paths}, ensure_ascii=False), started,
             datetime.now(UTC).replace(tzinfo=None), "failed" if stats.failures else "ok",
             json.dumps(stats.summary())],
        )  # fmt: skip
    return stats
