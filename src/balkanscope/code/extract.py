"""Stream files to event mentions, in parallel processes, without a database.

Documents are read one at a time by the ingest readers and coded in a pool of worker
processes (each builds the recogniser and lexicons once); results come back in input order,
in bounded chunks, so memory stays flat whatever the corpus size.
"""

from __future__ import annotations

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


def _code(doc: tuple[str, str, str | None]) -> list[dict]:
    path, text, published = doc
    return [
        {"doc": path, **ev.contract()} for ev in code_document(text, published, None, _PACK).events
    ]


def _batches(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


def extract_paths(paths: list[str], *, workers: int = 1, pack: str = "western_balkans", extra: tuple[str, ...] = (),
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[RawDoc | ReadFailure, list[dict]]]:  # fmt: skip
    """(document or failure, its event mention dicts with `doc`) for every input, in order."""
    docs = iter_documents(paths, max_bytes)
    if workers <= 1:
        _init(pack, extra)
        for d in docs:
            yield (
                (d, []) if isinstance(d, ReadFailure) else (d, _code((d.path, d.text, d.published)))
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
            ok = [(d.path, d.text, d.published) for d in batch if isinstance(d, RawDoc)]
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
