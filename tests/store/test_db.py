import duckdb
import pytest

from balkanscope.errors import StoreError
from balkanscope.store import Store, open_store
from balkanscope.store.db import migrations


def test_migrations_are_recorded_and_idempotent(tmp_path):
    store = open_store(tmp_path / "x.duckdb")
    names = [r["name"] for r in store.query("SELECT name FROM schema_migrations ORDER BY name")]
    assert names == [n for n, _ in migrations()]
    assert store.migrate() == []


def test_write_is_one_transaction(tmp_path):
    store = open_store(tmp_path / "x.duckdb")
    with pytest.raises(RuntimeError):
        with store.write() as con:
            con.execute("INSERT INTO sources (source_id, kind) VALUES ('a', 'url')")
            raise RuntimeError("boom")
    assert store.query("SELECT count(*) AS n FROM sources")[0]["n"] == 0


def test_reader_sees_committed_data_from_another_connection(tmp_path):
    store = open_store(tmp_path / "x.duckdb")
    with store.write() as con:
        con.execute("INSERT INTO sources (source_id, kind) VALUES ('a', 'url')")
    con = duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
    con.close()


def test_missing_database_is_a_named_error(tmp_path):
    with pytest.raises(StoreError, match="init"):
        Store(tmp_path / "nope.duckdb").query("SELECT 1")
