"""Read-side functions behind `docs`, `doc`, `mentions` and `stats` (plain rows as dicts)."""

from __future__ import annotations

import json
from typing import Any

from ..errors import UnknownIdError
from ..store import Store

STATS_TABLES = (
    "documents", "document_sources", "sentences", "mentions", "events", "event_mentions", "claims",
    "citations", "actors", "aliases", "roles", "ties", "indicators", "sources", "runs",
)  # fmt: skip


def list_documents(
    store: Store, lang: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    sql = (
        "SELECT doc_id AS id, path, title, published AS date, lang, script, n_sentences AS sentences, "
        "n_mentions AS mentions, duplicate_of FROM documents"
    )
    params: list[Any] = []
    if lang:
        sql += " WHERE lang = ?"
        params.append(lang)
    sql += " ORDER BY ingested_at, path, doc_id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return store.query(sql, params)


def resolve_doc_id(store: Store, doc_id: str) -> str:
    """The full id for `doc_id` or a unique prefix of it; UnknownIdError with suggestions."""
    rows = store.query(
        "SELECT doc_id FROM documents WHERE starts_with(doc_id, ?) ORDER BY doc_id LIMIT 2",
        [doc_id],
    )
    if len(rows) == 1:
        return rows[0]["doc_id"]
    known = [r["doc_id"] for r in store.query("SELECT doc_id FROM documents ORDER BY doc_id")]
    raise UnknownIdError("document", doc_id, known)


def document_detail(store: Store, doc_id: str) -> dict[str, Any]:
    """Metadata, text, sources and mentions of one document."""
    full = resolve_doc_id(store, doc_id)
    (doc,) = store.query("SELECT * EXCLUDE (simhash) FROM documents WHERE doc_id = ?", [full])
    for key in ("lang_alternatives", "meta"):
        doc[key] = json.loads(doc[key]) if doc.get(key) else None
    doc["sources"] = [r["source"] for r in store.query(
        "SELECT source FROM document_sources WHERE doc_id = ? ORDER BY source", [full])]  # fmt: skip
    doc["mentions"] = list_mentions(store, doc_id=full)
    return doc


def list_mentions(
    store: Store,
    actor: str | None = None,
    polity: str | None = None,
    doc_id: str | None = None,
    ambiguous: bool | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    where, params = [], []
    if actor:
        where.append("m.actor_id = ?")
        params.append(actor)
    if polity:
        where.append("m.polity = ?")
        params.append(polity)
    if doc_id:
        where.append("m.doc_id = ?")
        params.append(doc_id)
    if ambiguous is not None:
        where.append("m.ambiguous = ?")
        params.append(ambiguous)
    sql = (
        "SELECT m.doc_id, m.sent_idx, m.start_char AS start, m.end_char AS end, m.surface, m.alias, m.actor_id, "
        "m.polity, m.match_kind, m.ambiguous, m.candidates FROM mentions m"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY m.doc_id, m.start_char"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = store.query(sql, params)
    for r in rows:
        r["candidates"] = json.loads(r["candidates"]) if r["candidates"] else []
    return rows


def table_counts(store: Store) -> dict[str, int]:
    """Rows per table (tables a migration has not created yet are left out)."""
    with store.read() as con:
        present = {
            r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
        return {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in STATS_TABLES
            if t in present
        }
