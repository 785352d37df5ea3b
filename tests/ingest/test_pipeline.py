import subprocess
import sys

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balkanscope.ingest.pipeline import ingest, process, simhash
from balkanscope.ingest.readers import RawDoc
from balkanscope.store import open_store

from .fixtures import BS, RU, SQ, SR_CYRL, SR_LATN, TR, snapshot, write_corpus


def run(paths, db, rec, **kw):
    kw.setdefault("workers", 1)
    return ingest([str(p) for p in paths], open_store(db), rec, **kw)


def test_documents_sentences_and_mentions_are_stored_with_exact_spans(tmp_path, small_recognizer):
    for name, text in {
        "a.txt": SR_LATN,
        "b.txt": SR_CYRL,
        "c.txt": RU,
        "d.txt": TR,
        "e.txt": SQ,
    }.items():
        (tmp_path / "in" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    stats = run([tmp_path / "in"], tmp_path / "x.duckdb", small_recognizer)
    assert (stats.documents, stats.failures) == (5, [])
    con = duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True)
    bad_sent = con.execute(
        "SELECT count(*) FROM sentences s JOIN documents d USING (doc_id) "
        "WHERE substr(d.text, s.start_char + 1, s.end_char - s.start_char) <> s.text"
    ).fetchone()[0]
    bad_ment = con.execute(
        "SELECT count(*) FROM mentions m JOIN documents d USING (doc_id) "
        "WHERE substr(d.text, m.start_char + 1, m.end_char - m.start_char) <> m.surface"
    ).fetchone()[0]
    assert bad_sent == bad_ment == 0
    row = con.execute(
        "SELECT lang, script, published, date_source, n_sentences, n_mentions FROM documents WHERE path LIKE '%b.txt'"
    ).fetchone()
    assert row[:4] == ("sr", "Cyrl", "2025-03-07", "dateline") and row[4] >= 2 and row[5] >= 3
    polities = {r[0] for r in con.execute("SELECT DISTINCT polity FROM mentions").fetchall()}
    assert {"SRB", "RUS", "XKX"} <= polities
    con.close()


_PIECES = st.sampled_from(
    [
        SR_LATN[:120],
        RU[:90],
        "Vučić",
        "Вучића",
        " ",
        "\n\n",
        "dr. ",
        "7. mart 2025.",
        "„Da.“ ",
        "Putin?",
        "ь",
        "ß",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_PIECES, min_size=1, max_size=12).map("".join))
def test_property_every_span_equals_the_text_it_claims(small_recognizer, text):
    p = process(RawDoc(path="x", text=text), small_recognizer)
    for a, b in p.sentences:
        assert text[a:b] == text[a:b].strip() != ""
    cols = p.mentions
    for start, end, surface, k in zip(
        cols["start_char"], cols["end_char"], cols["surface"], cols["sent_idx"], strict=True
    ):
        assert text[start:end] == surface
        if k is not None:
            a, b = p.sentences[k]
            assert a <= start < end <= b


def test_ingesting_twice_changes_nothing(tmp_path, small_recognizer):
    write_corpus(tmp_path / "in", 12)
    db = tmp_path / "x.duckdb"
    first = run([tmp_path / "in"], db, small_recognizer, batch_size=5)
    before = snapshot(db)
    second = run([tmp_path / "in"], db, small_recognizer, batch_size=5)
    assert first.documents == 12 and second.documents == 0 and second.duplicates == 12
    assert snapshot(db) == before


def test_identical_documents_are_stored_once_with_every_source(tmp_path, small_recognizer):
    (tmp_path / "a.txt").write_text(BS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BS, encoding="utf-8")
    db = tmp_path / "x.duckdb"
    stats = run([tmp_path / "a.txt", tmp_path / "b.txt"], db, small_recognizer)
    assert (stats.documents, stats.duplicates) == (1, 1)
    snap = snapshot(db)
    assert len(snap["documents"]) == 1 and len(snap["document_sources"]) == 2


@pytest.mark.parametrize("batch_size", [1, 10])  # original in an earlier batch / in the same batch
def test_near_duplicate_is_linked_to_its_original(tmp_path, small_recognizer, batch_size):
    from balkanscope.ingest.synth import document

    original = document(3, target_chars=3000)[1]
    words = original.split(" ")
    words[40] = "izmenjeno"
    republished = " ".join(words) + "\n\nIzvor: portal X"
    (tmp_path / "1.txt").write_text(original, encoding="utf-8")
    (tmp_path / "2.txt").write_text(republished, encoding="utf-8")
    (tmp_path / "3.txt").write_text(document(4, target_chars=3000)[1], encoding="utf-8")
    db = tmp_path / "x.duckdb"
    stats = run(
        [tmp_path / "1.txt", tmp_path / "2.txt", tmp_path / "3.txt"],
        db,
        small_recognizer,
        batch_size=batch_size,
    )
    rows = dict(
        duckdb.connect(str(db), read_only=True)
        .execute("SELECT path, duplicate_of FROM documents")
        .fetchall()
    )
    ids = dict(
        duckdb.connect(str(db), read_only=True)
        .execute("SELECT path, doc_id FROM documents")
        .fetchall()
    )
    p1, p2, p3 = (str(tmp_path / f"{i}.txt") for i in (1, 2, 3))
    assert rows[p2] == ids[p1] and rows[p1] is None and rows[p3] is None
    assert stats.near_duplicates == 1
    assert bin(simhash(original) ^ simhash(document(4, target_chars=3000)[1])).count("1") > 8


def test_two_worker_processes_give_the_same_database_as_one(tmp_path, small_recognizer):
    write_corpus(tmp_path / "in", 16)
    run([tmp_path / "in"], tmp_path / "one.duckdb", small_recognizer, batch_size=4, workers=1)
    run([tmp_path / "in"], tmp_path / "two.duckdb", small_recognizer, batch_size=4, workers=2)
    assert snapshot(tmp_path / "one.duckdb") == snapshot(tmp_path / "two.duckdb")


def test_bad_inputs_never_stop_the_run(tmp_path, small_recognizer):
    (tmp_path / "good.txt").write_text(SR_LATN, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)))
    (tmp_path / "feed.jsonl").write_text(
        '{"text": "Vučić je govorio."}\n{broken\n', encoding="utf-8"
    )
    stats = run([tmp_path / "empty.txt", tmp_path / "bin.txt", tmp_path / "feed.jsonl", tmp_path / "good.txt",
                 tmp_path / "missing.txt"], tmp_path / "x.duckdb", small_recognizer)  # fmt: skip
    assert stats.documents == 2
    assert sorted(f.reason.split(" ")[0] for f in stats.failures) == [
        "binary",
        "empty",
        "line",
        "no",
    ]


def test_other_processes_can_read_between_batches(tmp_path, small_recognizer):
    write_corpus(tmp_path / "in", 9)
    db = tmp_path / "x.duckdb"
    seen = []
    reader = (
        "import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
        "print(c.execute('SELECT count(*) FROM documents').fetchone()[0])"
    )

    def peek(stats):
        out = subprocess.run(
            [sys.executable, "-c", reader, str(db)], capture_output=True, text=True, timeout=60
        )
        seen.append(int(out.stdout))

    run([tmp_path / "in"], db, small_recognizer, batch_size=3, progress=peek)
    assert seen == [3, 6, 9]
