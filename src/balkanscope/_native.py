"""The event coder's hot modules may be compiled to C extensions with mypyc (`build_native.py`,
run by `make install`). They stay plain Python modules: without a build Python imports the
sources, and so it does when the build is stale (a source edited after compiling: the old
extension would run old code) or when `BALKANSCOPE_PURE=1` asks for the sources (debugging,
or checking that both give the same output)."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from pathlib import Path

MODULES = (
    "balkanscope.code.lexicon",
    "balkanscope.code.dates",
    "balkanscope.code.engine",
    "balkanscope.code.pipeline",
    "balkanscope.ingest.sentences",
)
_ROOT = Path(__file__).resolve().parent.parent


def source_of(name: str) -> Path:
    return _ROOT.joinpath(*name.split(".")).with_suffix(".py")


def extension_of(name: str) -> Path | None:
    """The compiled module beside the source, if any."""
    src = source_of(name)
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = src.with_name(src.stem + suffix)
        if path.exists():
            return path
    return None


def status() -> str:
    """'compiled' (every module built from its current source), 'stale', 'pure' (not built or
    BALKANSCOPE_PURE set) or 'partial'."""
    if os.environ.get("BALKANSCOPE_PURE"):
        return "pure"
    built = [extension_of(n) for n in MODULES]
    if not any(built):
        return "pure"
    if not all(built):
        return "partial"
    if any(ext.stat().st_mtime < source_of(n).stat().st_mtime for n, ext in zip(MODULES, built, strict=True)):  # fmt: skip
        return "stale"
    return "compiled"


class _Sources(importlib.abc.MetaPathFinder):
    """Imports the listed modules from their .py files, ahead of any extension beside them."""

    def find_spec(self, name, path=None, target=None):
        if name in MODULES:
            return importlib.util.spec_from_file_location(name, source_of(name))
        return None


def guard() -> str:
    """Use the sources unless every compiled module is current (mixing would let compiled code
    call the old compiled version of a module edited since); warn when a build is ignored."""
    state = status()
    if state in ("stale", "partial"):
        warnings.warn(
            f"the compiled coder modules are {state}: running the Python sources (slower, same "
            "output); `make install` or `python build_native.py` rebuilds them",
            stacklevel=2,
        )
    if state != "compiled" and not any(isinstance(f, _Sources) for f in sys.meta_path):
        sys.meta_path.insert(0, _Sources())
    return state


STATE = guard()
