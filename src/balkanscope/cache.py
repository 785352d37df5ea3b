"""A small on-disk cache for expensive, derived, pickle-able objects (validated packs, built
recognisers). Keys hash everything the object derives from, so a stale entry is never read;
a missing, truncated or unwritable cache only costs time. `BALKANSCOPE_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "balkanscope"


def digest(parts: Iterable[bytes | str]) -> str:
    h = hashlib.sha256(repr(sys.version_info[:2]).encode())
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode())
        h.update(b"\0")
    return h.hexdigest()[:24]


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """`build()`'s result, read from `<cache_dir>/<name>-<key>.pickle` when present."""
    if os.environ.get("BALKANSCOPE_NO_CACHE"):
        return build()
    path = cache_dir() / f"{name}-{key}.pickle"
    if path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # truncated or from an incompatible version: rebuild below
            pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    return value


def source_of(*modules) -> list[bytes]:
    """The source files of `modules`, as key parts: a code change invalidates the cache."""
    return [Path(m.__file__).read_bytes() for m in modules]
