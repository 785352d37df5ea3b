"""`make bench`: run every bench/bench_*.py module's `main()` and print its figures.

Benchmarks build their own synthetic data; results are written to bench/out/<name>.json.
Run one with `python -m bench NAME` (e.g. `python -m bench simulate`).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

OUT = Path(__file__).parent / "out"


def main(argv: list[str]) -> int:
    names = [
        m.name
        for m in pkgutil.iter_modules([str(Path(__file__).parent)])
        if m.name.startswith("bench_")
    ]
    wanted = {f"bench_{a}" for a in argv} or set(names)
    OUT.mkdir(exist_ok=True)
    for name in sorted(n for n in names if n in wanted):
        mod = importlib.import_module(f"bench.{name}")
        t0 = time.perf_counter()
        print(f"== {name}", flush=True)
        result = mod.main()
        result["_wall_s"] = round(time.perf_counter() - t0, 2)
        (OUT / f"{name}.json").write_text(json.dumps(result, indent=2))
        print(json.dumps(result, indent=2), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
