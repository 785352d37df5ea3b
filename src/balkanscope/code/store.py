"""Coded events in the database: the `code-events` build step, deduplication, queries and
the briefing's `events` section.

Deduplication ("counts events, not reports"): event mentions with the same type, modality and
polity pair (either order for symmetric types) are one event when their dates are compatible:
one is a prefix of the other ("2023-09" and "2023-09-24"), or both are days at most one day
apart. A mention without a date joins an event of the same key reported in the same document,
else one whose reports fall within `DEDUP_WINDOW_DAYS` of its document's date, else it starts
its own event. The event's date is its most precise date; its confidence is the noisy-or of its
mentions' confidences (independent reports corroborate).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from typing import Any

from rich.table import Table
from rich.text import Text

from ..errors import UnknownIdError
from ..pack.loader import Pack
from ..registry import briefing_sections, build_steps
from ..store import Store
from .claims import find_citations, find_claims
from .lexicon import QUAD, SCORE, SYMMETRIC
from .pipeline import code_document, usable_mention

DEDUP_WINDOW_DAYS = 7
BRIEFING_COUNTRIES = ("SRB", "XKX", "BIH", "BIH.RS", "MNE", "MKD", "ALB")
BRIEFING_PER_COUNTRY = 3
EVIDENCE_CHARS = 240


def _hid(*parts: Any) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


# --------------------------------------------------------------------------- coding step


def code_store_documents(
    store: Store, pack: Pack, cfg: dict[str, Any], console=None
) -> dict[str, int]:
    """Code every stored (non-duplicate) document, replace its coded rows, then deduplicate."""
    with store.read() as con:
        ids = [
            r[0]
            for r in con.execute(
                "SELECT doc_id FROM documents WHERE duplicate_of IS NULL ORDER BY doc_id"
            ).fetchall()
        ]
    batch = max(1, int(cfg.get("batch_size", 200)))
    min_conf = float(cfg.get("min_confidence", 0.0))
    counts = Counter()
    for k in range(0, len(ids), batch):
        chunk = ids[k : k + batch]
        with store.read() as con:
            docs = con.execute(
                f"SELECT doc_id, text, published, lang FROM documents WHERE doc_id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        em_rows, claim_rows, cite_rows, src_rows = [], [], [], []
        for doc_id, text, published, lang in docs:
            coded = code_document(text, published, lang, pack, min_conf)
            mids = []
            for ev in coded.events:
                mid = _hid(
                    doc_id,
                    ev.start,
                    ev.end,
                    ev.type,
                    ev.actor_polity,
                    ev.recipient_polity,
                    ev.modality,
                )
                mids.append(mid)
                em_rows.append((mid, None, doc_id, ev.sent_idx, ev.start, ev.end, ev.text, ev.type, ev.actor, ev.recipient,
                                ev.actor_polity, ev.recipient_polity, ev.date, ev.modality, ev.mode,
                                json.dumps(ev.context), ev.confidence, ev.trigger, None))  # fmt: skip
            cites = find_citations(text)
            speakers = [m for m in coded.mentions if usable_mention(m, pack)]
            spans = [(c.start_char, c.end_char) for c in cites]
            for c in find_claims(text, coded.sentences, speakers, coded.events, spans):
                mid = mids[c.event_index] if c.event_index is not None else None
                claim_rows.append((_hid(doc_id, c.quote_start, c.quote_end), doc_id, c.speaker, c.speaker_polity,
                                   c.quote_start, c.quote_end, c.quote, mid))  # fmt: skip
            for c in cites:
                cite_rows.append(
                    (
                        doc_id,
                        c.ref,
                        c.title,
                        c.outlet,
                        c.date,
                        c.accessed,
                        c.url,
                        c.start_char,
                        c.end_char,
                    )
                )
                src_rows.append((f"{doc_id}#{c.ref}", "document", c.title, c.url, c.outlet, c.date or c.accessed,
                                 f"footnote [{c.ref}] of document {doc_id}"))  # fmt: skip
        with store.write() as con:
            for table in ("event_mentions", "claims", "citations"):
                con.execute(
                    f"DELETE FROM {table} WHERE doc_id IN ({','.join('?' * len(chunk))})", chunk
                )
            con.execute(
                f"DELETE FROM sources WHERE kind = 'document' AND contains(source_id, '#') AND split_part(source_id, '#', 1) IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            # Duplicate claim/mention keys within a document (same span twice) keep the first.
            em_rows = list({r[0]: r for r in reversed(em_rows)}.values())[::-1]
            claim_rows = list({r[0]: r for r in reversed(claim_rows)}.values())[::-1]
            if em_rows:
                con.executemany(
                    f"INSERT INTO event_mentions VALUES ({','.join('?' * 19)})", em_rows
                )
            if claim_rows:
                con.executemany("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?)", claim_rows)
            if cite_rows:
                con.executemany(
                    "INSERT INTO citations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", cite_rows
                )
            if src_rows:
                con.executemany(
                    "INSERT OR REPLACE INTO sources (source_id, kind, title, url, outlet, date, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    src_rows,
                )
        counts["documents"] += len(docs)
        counts["event_mentions"] += len(em_rows)
        counts["claims"] += len(claim_rows)
        counts["citations"] += len(cite_rows)
    counts["events"] = dedup_store(store)
    return dict(counts)


build_steps.register("code-events")(code_store_documents)


# --------------------------------------------------------------------------- dedup


def _compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1
    return False


def _days(d: str | None) -> dt.date | None:
    if not d:
        return None
    try:
        return dt.date.fromisoformat(
            (d + "-01-01")[:10] if len(d) == 4 else (d + "-01")[:10] if len(d) == 7 else d[:10]
        )
    except ValueError:
        return None


def cluster(mentions: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group event-mention dicts (keys: type, actor_polity, recipient_polity, modality, date,
    doc_id, published) into events; deterministic for a given input."""
    by_key: dict[tuple, list[dict]] = {}
    for m in mentions:
        pair = (m["actor_polity"], m["recipient_polity"])
        if m["type"] in SYMMETRIC:
            pair = tuple(sorted(pair, key=lambda x: x or ""))
        by_key.setdefault((m["type"], m["modality"], *pair), []).append(m)
    out: list[list[dict]] = []
    for key in sorted(by_key, key=lambda k: tuple(x or "" for x in k)):
        ms = sorted(
            by_key[key],
            key=lambda m: (
                m["date"] is None,
                -len(m["date"] or ""),
                m["date"] or "",
                m["doc_id"],
                m["start_char"],
            ),
        )
        clusters: list[dict[str, Any]] = []  # {"date", "docs", "reports": [dates], "items"}
        for m in ms:
            home = None
            if m["date"] is not None:
                home = next((c for c in clusters if _compatible(c["date"], m["date"])), None)
            else:
                home = next((c for c in clusters if m["doc_id"] in c["docs"]), None)
                pub = _days(m.get("published"))
                if home is None and pub is not None:
                    home = next(
                        (
                            c
                            for c in clusters
                            if any(
                                r is not None and abs((r - pub).days) <= DEDUP_WINDOW_DAYS
                                for r in c["reports"]
                            )
                        ),
                        None,
                    )
            if home is None:
                home = {"date": m["date"], "docs": set(), "reports": [], "items": []}
                clusters.append(home)
            home["docs"].add(m["doc_id"])
            home["reports"].append(_days(m.get("published")))
            home["items"].append(m)
        out.extend(c["items"] for c in clusters)
    return out


def _noisy_or(values: list[float]) -> float:
    p = 1.0
    for v in values:
        p *= 1.0 - max(0.0, min(1.0, v or 0.0))
    return round(1.0 - p, 3)


def dedup_store(store: Store) -> int:
    """Recompute every text event from the stored event mentions; returns the event count."""
    rows = store.query(
        "SELECT m.*, d.published FROM event_mentions m LEFT JOIN documents d USING (doc_id) "
        "WHERE m.url IS NULL ORDER BY m.mention_id"
    )
    events, links = [], []
    for items in cluster(rows):
        first = items[0]
        eid = "ev_" + _hid(
            first["type"],
            first["modality"],
            first["actor_polity"],
            first["recipient_polity"],
            first["mention_id"],
        )
        actor = Counter(
            m["actor"] for m in items if m["actor_polity"] == first["actor_polity"]
        ).most_common(1)[0][0]
        recip = Counter(
            m["recipient"] for m in items if m["recipient_polity"] == first["recipient_polity"]
        ).most_common(1)
        dates = sorted({m["date"] for m in items if m["date"]}, key=lambda d: (-len(d), d))
        reports = sorted(m["published"] for m in items if m.get("published"))
        contexts = sorted({c for m in items for c in json.loads(m["context"] or "[]")})
        events.append((
            eid, first["type"], QUAD[first["type"]], SCORE[first["type"]], actor, recip[0][0] if recip else None,
            first["actor_polity"], first["recipient_polity"], dates[0] if dates else None, first["modality"],
            Counter(m["mode"] for m in items).most_common(1)[0][0], json.dumps(contexts),
            _noisy_or([m["confidence"] for m in items]), len(items), len({m["doc_id"] for m in items}),
            reports[0] if reports else None, reports[-1] if reports else None, "text",
        ))  # fmt: skip
        links.extend((eid, m["mention_id"]) for m in items)
    with store.write() as con:
        con.execute("DELETE FROM events WHERE origin = 'text'")
        if events:
            con.executemany(f"INSERT INTO events VALUES ({','.join('?' * 18)})", events)
        if links:
            con.execute("CREATE TEMP TABLE _links (event_id VARCHAR, mention_id VARCHAR)")
            con.executemany("INSERT INTO _links VALUES (?, ?)", links)
            con.execute(
                "UPDATE event_mentions SET event_id = _links.event_id FROM _links WHERE event_mentions.mention_id = _links.mention_id"
            )
            con.execute("DROP TABLE _links")
    return len(events)


# --------------------------------------------------------------------------- queries


def list_events(store: Store, *, actor=None, recipient=None, polity=None, type_=None, since=None, until=None,
                modality="asserted", limit=100) -> list[dict[str, Any]]:  # fmt: skip
    where, params = [], []
    if actor:
        where.append("(e.actor = ? OR e.actor_polity = ?)")
        params += [actor, actor]
    if recipient:
        where.append("(e.recipient = ? OR e.recipient_polity = ?)")
        params += [recipient, recipient]
    if polity:
        where.append("(e.actor_polity = ? OR e.recipient_polity = ?)")
        params += [polity, polity]
    if type_:
        where.append("e.type = ?")
        params.append(type_.upper())
    if since:
        where.append("coalesce(e.date, e.first_report) >= ?")
        params.append(since)
    if until:
        where.append("substr(coalesce(e.date, e.first_report), 1, length(?)) <= ?")
        params += [until, until]
    if modality:
        where.append("e.modality = ?")
        params.append(modality)
    sql = (
        "SELECT e.*, (SELECT text FROM event_mentions m WHERE m.event_id = e.event_id ORDER BY m.confidence DESC, "
        "m.mention_id LIMIT 1) AS evidence FROM events e"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY coalesce(e.date, e.last_report) DESC NULLS LAST, e.n_mentions DESC, e.event_id LIMIT ?"
    )
    rows = store.query(sql, [*params, int(limit)])
    for r in rows:
        r["context"] = json.loads(r["context"] or "[]")
        ev = " ".join((r.get("evidence") or "").split())
        r["evidence"] = ev[:EVIDENCE_CHARS] + ("…" if len(ev) > EVIDENCE_CHARS else "")
    return rows


def get_event(store: Store, event_id: str) -> dict[str, Any]:
    rows = store.query("SELECT * FROM events WHERE event_id = ?", [event_id])
    if not rows:
        known = [
            r["event_id"]
            for r in store.query("SELECT event_id FROM events ORDER BY event_id LIMIT 10000")
        ]
        raise UnknownIdError("event", event_id, known)
    ev = rows[0]
    ev["context"] = json.loads(ev["context"] or "[]")
    ev["evidence"] = store.query(
        "SELECT m.mention_id, m.doc_id, m.sent_idx, m.start_char, m.end_char, m.trigger, m.date, m.modality, "
        "m.confidence, m.actor, m.recipient, m.text, coalesce(d.outlet, d.title, d.path, m.url) AS source, "
        "d.path, d.url, d.published FROM event_mentions m LEFT JOIN documents d USING (doc_id) "
        "WHERE m.event_id = ? ORDER BY d.published NULLS LAST, m.doc_id, m.start_char",
        [event_id],
    )
    ev["claims"] = store.query(
        "SELECT c.* FROM claims c JOIN event_mentions m ON c.mention_id = m.mention_id WHERE m.event_id = ? "
        "ORDER BY c.doc_id, c.quote_start",
        [event_id],
    )
    return ev


# --------------------------------------------------------------------------- briefing


def briefing_events(store: Store, pack: Pack, cfg: dict[str, Any]) -> list:
    """Latest asserted events per Western Balkan country, each with its evidence and source."""
    out: list = []
    table = Table(
        title="Latest events per country (asserted; evidence sentence and source)",
        expand=True,
        show_lines=True,
    )
    for col, ratio in (
        ("country", 1),
        ("event", 2),
        ("date", 1),
        ("reports", 1),
        ("evidence", 5),
        ("source", 2),
    ):
        table.add_column(col, ratio=ratio, overflow="fold")
    n = 0
    for country in BRIEFING_COUNTRIES:
        rows = list_events(store, polity=country, limit=BRIEFING_PER_COUNTRY)
        for r in rows:
            src = store.query(
                "SELECT coalesce(d.outlet, d.title, d.path) AS source, d.published FROM event_mentions m "
                "LEFT JOIN documents d USING (doc_id) WHERE m.event_id = ? ORDER BY m.confidence DESC, m.mention_id LIMIT 1",
                [r["event_id"]],
            )
            source = src[0]["source"] if src else ""
            name = pack.actors[country].name if country in pack.actors else country
            table.add_row(
                Text(name), Text(f"{r['type']} {r['actor_polity']} → {r['recipient_polity']}"), Text(r["date"] or f"reported {r['first_report'] or '?'}"),
                Text(f"{r['n_mentions']} in {r['n_documents']} doc(s)"), Text(r["evidence"]), Text(str(source or "")),
            )  # fmt: skip
            n += 1
    out.append(table if n else Text("No coded events yet: run `balkanscope build` (make run)."))
    return out


briefing_sections.register("events")(briefing_events)
