"""The compiled coder is used only when current, and gives what the Python sources give."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from balkanscope import _native
from balkanscope.code.extract import extract_paths

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _fake_tree(root: Path, *, built: bool, newer_source: bool = False) -> None:
    for name in _native.MODULES:
        src = root.joinpath(*name.split(".")).with_suffix(".py")
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_text("")
        if built:
            ext = src.with_name(src.stem + importlib.machinery.EXTENSION_SUFFIXES[0])
            ext.write_bytes(b"")
            os.utime(src, (1_000, 1_000))
            os.utime(ext, (2_000, 2_000))
            if newer_source and name.endswith("engine"):
                os.utime(src, (3_000, 3_000))


@pytest.mark.parametrize(
    ("built", "newer_source", "env", "expected"),
    [
        (False, False, "", "pure"),
        (True, False, "", "compiled"),
        (True, True, "", "stale"),  # a source edited after the build: the build is ignored
        (True, False, "1", "pure"),
    ],
)
def test_status(tmp_path, monkeypatch, built, newer_source, env, expected):
    _fake_tree(tmp_path, built=built, newer_source=newer_source)
    monkeypatch.setattr(_native, "_ROOT", tmp_path)
    monkeypatch.setenv("BALKANSCOPE_PURE", env)
    if not env:
        monkeypatch.delenv("BALKANSCOPE_PURE")
    assert _native.status() == expected


def test_partial_build_is_not_used(tmp_path, monkeypatch):
    _fake_tree(tmp_path, built=True)
    first = tmp_path.joinpath(*_native.MODULES[0].split("."))
    next(first.parent.glob(first.name + ".*.so")).unlink()
    monkeypatch.setattr(_native, "_ROOT", tmp_path)
    monkeypatch.delenv("BALKANSCOPE_PURE", raising=False)
    assert _native.status() == "partial"


def test_sources_are_imported_when_not_compiled():
    code = (
        "import balkanscope.code.engine as e, balkanscope._native as n; print(n.STATE, e.__file__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env={**os.environ, "BALKANSCOPE_PURE": "1"},
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    assert out[0] == "pure" and out[1].endswith("engine.py")


@pytest.mark.skipif(_native.STATE != "compiled", reason="the coder is not compiled here")
def test_compiled_and_sources_give_the_same_events():
    files = sorted(str(p) for p in (SAMPLES / "dev").glob("*.txt"))
    native = [line for _, lines in extract_paths(files, as_json=True) for line in lines]
    code = (
        "import sys, json; from balkanscope.code.extract import extract_paths; "
        "[print(line) for _, lines in extract_paths(sys.argv[1:], as_json=True) for line in lines]"
    )
    pure = subprocess.run(
        [sys.executable, "-c", code, *files], env={**os.environ, "BALKANSCOPE_PURE": "1"},
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    assert len(native) > 100
    assert [json.loads(x) for x in native] == [json.loads(x) for x in pure]
