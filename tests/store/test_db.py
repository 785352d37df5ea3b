import duckdb
import pytest

from balkanscope.errors import StoreError
from balkanscope.store import Store, open_store
from balkanscope.store.db import ROW_GROUP_SIZE, migrations


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


def test_writers_store_small_row_groups(tmp_path):
    """Each batch's checkpoint rewrites the last, partly filled row group; small row groups
    keep that work (and the writer's memory) bounded by the batch, not by the table."""
    store = open_store(tmp_path / "x.duckdb")
    for batch in range(3):
        with store.write() as con:
            con.execute("CREATE TABLE IF NOT EXISTS t (k INTEGER, s VARCHAR)")
            con.execute(
                "INSERT INTO t SELECT i, repeat('x', 50) FROM range(?, ?) r(i)",
                [batch * 3000, (batch + 1) * 3000],
            )
    groups = store.query(
        "SELECT count(DISTINCT row_group_id) AS n, count(*) FILTER (WHERE count > ?) AS big "
        "FROM pragma_storage_info('t')",
        [ROW_GROUP_SIZE],
    )[0]
    assert groups["n"] >= 9000 // ROW_GROUP_SIZE and groups["big"] == 0
