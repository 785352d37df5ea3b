"""export -> import round-trips every table losslessly in every format."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from balkanscope.errors import InputError
from balkanscope.store import open_store
from balkanscope.store.transfer import export_db, import_db

TRICKY = ["", 'x,"y"\nz', "Вучић „citat“ 🇷🇸", "NULL", "  spaces  ", "\\N", "a\tb"]


def _dump(store):
    out = {}
    with store.read() as con:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema='main' ORDER BY 1"
            ).fetchall()
        ]
        for t in tables:
            if t != "schema_migrations":
                out[t] = sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
    return out


def _fill(store, texts):
    with store.write() as con:
        for i, text in enumerate(texts):
            con.execute(
                "INSERT INTO sources (source_id, kind, title, url, outlet, date, note) "
                "VALUES (?, 'url', ?, NULL, ?, '2020', NULL)",
                [f"s{i}", text, text or None],
            )
            con.execute(
                "INSERT INTO documents (doc_id, path, title, content_hash, simhash, n_chars, text, lang_confidence, ingested_at) "
                "VALUES (?, ?, ?, 'h', 18446744073709551615, ?, ?, 0.1234567890123, TIMESTAMP '2024-01-02 03:04:05.678901')",
                [f"d{i}", f"p{i}", text, len(text), text],
            )
            con.execute(
                "INSERT INTO mentions VALUES (?, 0, 0, 1, ?, NULL, 'SRB', 'SRB', 'name', true, ?)",
                [f"d{i}", text, json.dumps(["a", "b"])],
            )


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_round_trip_tricky_values(tmp_path, fmt):
    src = open_store(tmp_path / "a.duckdb")
    _fill(src, TRICKY)
    counts = export_db(src, tmp_path / "out", fmt)
    assert counts["sources"] == len(TRICKY)
    dst = open_store(tmp_path / "b.duckdb")
    import_db(dst, tmp_path / "out")
    assert _dump(dst) == _dump(src)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=5, unique=True))
def test_round_trip_any_text_csv(tmp_path_factory, texts):
    tmp = tmp_path_factory.mktemp("rt")
    src = open_store(tmp / "a.duckdb")
    _fill(src, texts)
    export_db(src, tmp / "out", "csv")
    dst = open_store(tmp / "b.duckdb")
    import_db(dst, tmp / "out")
    assert _dump(dst) == _dump(src)


def test_import_rejects_a_directory_without_manifest(tmp_path):
    with pytest.raises(InputError, match="manifest"):
        import_db(open_store(tmp_path / "b.duckdb"), tmp_path)


def test_import_detects_truncated_table(tmp_path):
    src = open_store(tmp_path / "a.duckdb")
    _fill(src, ["a", "b"])
    export_db(src, tmp_path / "out", "jsonl")
    path = tmp_path / "out" / "sources.jsonl"
    path.write_text(path.read_text().splitlines()[0] + "\n")
    with pytest.raises(InputError, match="manifest says 2"):
        import_db(open_store(tmp_path / "b.duckdb"), tmp_path / "out")


def test_unknown_format_is_a_named_error(tmp_path):
    with pytest.raises(InputError, match="parquet, csv or jsonl"):
        export_db(open_store(tmp_path / "a.duckdb"), tmp_path / "out", "xml")
