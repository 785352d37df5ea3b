"""Embedded DuckDB store: schema migrations, one writer, readers that never block on it."""

from .db import Store, apply_migrations, connect_read, open_store

__all__ = ["Store", "apply_migrations", "connect_read", "open_store"]
