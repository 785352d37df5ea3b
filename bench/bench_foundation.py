"""Foundation figures: pack load + validation time, and database build time (pack tables only,
and the full `build` with every registered step)."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from rich.console import Console

from balkanscope.build import build, init_db
from balkanscope.cli import _load_commands
from balkanscope.pack import load_pack
from balkanscope.pack.check import check_pack
from balkanscope.settings import load_config


def _best(fn, repeat: int = 5) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def _uncached_load() -> None:
    os.environ["BALKANSCOPE_NO_CACHE"] = "1"
    try:
        load_pack()
    finally:
        del os.environ["BALKANSCOPE_NO_CACHE"]


def main() -> dict:
    _load_commands()  # the stages register their build steps from their command modules
    pack = load_pack()
    load_best, load_med = _best(load_pack)
    parse_best, parse_med = _best(_uncached_load, repeat=3)
    check_best, check_med = _best(lambda: check_pack(pack))
    with tempfile.TemporaryDirectory() as tmp:
        cfg = load_config(overrides={"db": str(Path(tmp) / "a.duckdb")})
        init_best, init_med = _best(lambda: init_db(cfg), repeat=3)
        cfg = load_config(overrides={"db": str(Path(tmp) / "b.duckdb")})
        t0 = time.perf_counter()
        summary = build(cfg, Console(stderr=True, quiet=True))
        full = time.perf_counter() - t0
    return {
        "actors": len(pack.actors),
        "ties": len(pack.ties),
        "indicator_series": len(pack.indicators),
        "pack_parse_and_validate_s": {"best": round(parse_best, 3), "median": round(parse_med, 3)},
        "pack_load_cached_s": {"best": round(load_best, 3), "median": round(load_med, 3)},
        "pack_check_s": {"best": round(check_best, 3), "median": round(check_med, 3)},
        "db_init_with_pack_s": {"best": round(init_best, 3), "median": round(init_med, 3)},
        "full_build_s": round(full, 2),
        "build_steps": [k for k in summary if k not in ("pack", "seconds")],
    }
