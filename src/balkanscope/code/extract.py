"""Stream files to event mentions, in parallel processes, without a database.

Documents are read one at a time by the ingest readers and coded in a pool of worker
processes (each builds the recogniser and lexicons once); results come back in input order,
in bounded chunks, so memory stays flat whatever the corpus size.
"""

from __future__ import annotations

import json
import multiprocessing as mp
from collections.abc import Iterable, Iterator
from itertools import islice

from ..ingest.readers import DEFAULT_MAX_BYTES, RawDoc, ReadFailure, iter_documents
from ..pack.loader import Pack, load_pack
from .lexicon import load_lexicons
from .pipeline import code_document, recognizer_for

_PACK: Pack | None = None
_PACK_KEY: tuple | None = None
CHUNK = 16


def _init(pack_name: str, extra: tuple[str, ...]) -> None:
    """Load the pack and build the recogniser and lexicons (once per process; forked workers
    inherit what the parent built, copy-on-write)."""
    global _PACK, _PACK_KEY
    if _PACK is not None and _PACK_KEY == (pack_name, extra):
        return
    _PACK = load_pack(pack_name, extra)
    recognizer_for(_PACK)
    load_lexicons(_PACK)
    _PACK_KEY = (pack_name, extra)


def _code(job: tuple[str, str, str | None, bool, float]) -> list[dict] | list[str]:
    """Event mentions of one document, as dicts or (as_json) as finished JSON lines: the
    workers serialise, so the parent only writes strings."""
    path, text, published, as_json, min_conf = job
    rows = [
        {"doc": path, **ev.contract()}
        for ev in code_document(text, published, None, _PACK, min_conf).events
    ]
    return [json.dumps(r, ensure_ascii=False) for r in rows] if as_json else rows


def _batches(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


def extract_paths(paths: list[str], *, workers: int = 1, pack: str = "western_balkans", extra: tuple[str, ...] = (),
                  max_bytes: int = DEFAULT_MAX_BYTES, as_json: bool = False,
                  min_confidence: float = 0.0) -> Iterator[tuple[RawDoc | ReadFailure, list]]:  # fmt: skip
    """(document or failure, its event mentions with `doc`) for every input, in input order:
    dicts, or JSON lines when `as_json`."""
    docs = iter_documents(paths, max_bytes)
    if workers <= 1:
        _init(pack, extra)
        for d in docs:
            yield (
                (d, [])
                if isinstance(d, ReadFailure)
                else (d, _code((d.path, d.text, d.published, as_json, min_confidence)))
            )
        return
    fork = "fork" in mp.get_all_start_methods()
    if fork:
        _init(pack, extra)
    ctx = mp.get_context("fork") if fork else mp.get_context()
    with ctx.Pool(workers, initializer=_init, initargs=(pack, extra)) as pool:
        # A bounded window of documents is read ahead: batch k+1 is submitted before the
        # results of batch k are yielded, so the workers never wait for the printer.
        def submit(batch):
            ok = [
                (d.path, d.text, d.published, as_json, min_confidence)
                for d in batch
                if isinstance(d, RawDoc)
            ]
            return batch, pool.imap(_code, ok, chunksize=CHUNK)

        pending = None
        for batch in _batches(docs, CHUNK * workers * 4):
            nxt = submit(batch)
            if pending:
                yield from _drain(*pending)
            pending = nxt
        if pending:
            yield from _drain(*pending)


def _drain(batch: list, results) -> Iterator[tuple[RawDoc | ReadFailure, list[dict]]]:
    results = iter(results)
    for d in batch:
        yield (d, []) if isinstance(d, ReadFailure) else (d, next(results))
