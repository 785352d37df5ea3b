"""The DuckDB store.

Concurrency model: DuckDB lets one process hold a file read-write and then locks others out,
so the writer holds its connection only for one transaction (a batch) and closes it. Readers in
other processes open the file read-only between batches and retry briefly while a batch is being
written; they never see half a batch because each batch is one transaction.
Schema changes are named SQL files in `migrations/`, applied in name order and recorded in the
`schema_migrations` table.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError

LOCK_RETRY_SECONDS = 30.0
# Writers attach the file with small row groups: a checkpoint (on every batch's close) rewrites
# the last, partly filled row group, so with DuckDB's default of 122,880 rows every commit
# re-compressed all the documents stored so far and the writer's peak memory grew with the
# corpus. 2,048 rows (one vector) keep a commit's work and memory bounded by the batch.
ROW_GROUP_SIZE = 2048


def _open(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    if read_only:
        return duckdb.connect(path, read_only=True)
    con = duckdb.connect()
    try:
        quoted = path.replace("'", "''")
        con.execute(f"ATTACH '{quoted}' AS store (ROW_GROUP_SIZE {ROW_GROUP_SIZE})")
        con.execute("USE store")
    except BaseException:
        con.close()
        raise
    return con


def _connect(
    path: str, read_only: bool, timeout: float = LOCK_RETRY_SECONDS
) -> duckdb.DuckDBPyConnection:
    """Open `path`, retrying while another process holds the write lock."""
    deadline = time.monotonic() + timeout
    delay = 0.01
    while True:
        try:
            return _open(path, read_only)
        except duckdb.IOException as e:
            if "lock" not in str(e).lower() or time.monotonic() > deadline:
                raise StoreError(
                    f"cannot open database: {e}",
                    file=path,
                    hint="check the path and that no other writer is stuck",
                ) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


def migrations() -> list[tuple[str, str]]:
    """(name, sql) of every bundled migration, in the order they apply."""
    folder = resources.files("balkanscope.store") / "migrations"
    items = [
        (f.name.removesuffix(".sql"), f.read_text(encoding="utf-8"))
        for f in folder.iterdir()
        if f.name.endswith(".sql")
    ]
    return sorted(items)


def apply_migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the migrations not yet recorded; returns the names applied now."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, checksum VARCHAR, applied_at TIMESTAMP)"
    )
    done = {r[0] for r in con.execute("SELECT name FROM schema_migrations").fetchall()}
    applied = []
    for name, sql in migrations():
        if name in done:
            continue
        con.execute(sql)
        con.execute(
            "INSERT INTO schema_migrations VALUES (?, ?, now())",
            [name, hashlib.sha256(sql.encode()).hexdigest()[:16]],
        )
        applied.append(name)
    return applied


class Store:
    """Handle on one database file. All writes go through `write()`; reads through `read()`."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)

    def exists(self) -> bool:
        return Path(self.path).exists()

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction on a short-lived read-write connection: all of it lands or none."""
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        con = _connect(self.path, read_only=False)
        try:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        finally:
            con.close()

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if not self.exists():
            raise StoreError(
                "database not found",
                file=self.path,
                hint="run `balkanscope init` (or `make run`) first, or pass --db",
            )
        con = _connect(self.path, read_only=True)
        try:
            yield con
        finally:
            con.close()

    def migrate(self) -> list[str]:
        with self.write() as con:
            return apply_migrations(con)

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Rows as dicts, from a read-only connection."""
        with self.read() as con:
            cur = con.execute(sql, params or [])
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def open_store(path: str | Path, migrate: bool = True) -> Store:
    """A Store whose schema is up to date (creating the file if needed)."""
    store = Store(path)
    if migrate:
        store.migrate()
    return store


def connect_read(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection for notebooks and other processes (caller closes it)."""
    return _connect(str(path), read_only=True)
