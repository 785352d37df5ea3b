"""Build the database: load and check the pack, then run every registered build step.

`make run` calls this through `balkanscope build`. Stages register their own steps
(`balkanscope.registry.build_steps`): ingest of the sample corpus, event coding, ...; they run
in STEP_ORDER, unknown steps after the known ones in registration order.
"""

from __future__ import annotations

import json
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from rich.console import Console

from .errors import PackError
from .pack.check import check_pack
from .pack.loader import Pack, configured_pack
from .pack.to_store import write_pack
from .registry import build_steps
from .store import Store, open_store

STEP_ORDER = {"ingest-samples": 10, "code-events": 20}


def load_checked_pack(cfg: dict[str, Any]) -> Pack:
    """The configured pack (plus overrides); any consistency problem is a PackError."""
    pack = configured_pack(cfg)
    problems = check_pack(pack)
    if problems:
        first = problems[0]
        more = (
            f" (and {len(problems) - 1} more problems; run `balkanscope pack check`)"
            if len(problems) > 1
            else ""
        )
        raise PackError(
            first.message + more,
            file=first.file,
            line=first.line,
            field=first.field,
            hint=first.hint,
        )
    return pack


def init_db(cfg: dict[str, Any]) -> tuple[Store, Pack, dict[str, int]]:
    """Create or migrate the database and (re)load the pack tables."""
    pack = load_checked_pack(cfg)
    store = open_store(cfg["db"])
    with store.write() as con:
        counts = write_pack(con, pack)
    return store, pack, counts


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def build(cfg: dict[str, Any], console: Console | None = None) -> dict[str, Any]:
    """init + every build step; records the run in the `runs` table."""
    console = console or Console(stderr=True)
    started = _now()
    t0 = time.perf_counter()
    store, pack, counts = init_db(cfg)
    summary: dict[str, Any] = {"pack": counts}
    steps = sorted(build_steps.items(), key=lambda kv: STEP_ORDER.get(kv[0], 100))
    for name, step in steps:
        console.print(f"[bold]build:[/] {name}")
        summary[name] = step(store, pack, cfg, console)
    summary["seconds"] = round(time.perf_counter() - t0, 2)
    with store.write() as con:
        con.execute(
            "INSERT INTO runs VALUES (?, 'build', ?, ?, ?, 'ok', ?)",
            [
                uuid.uuid4().hex[:16],
                json.dumps({"db": cfg["db"], "pack": cfg["pack"]}),
                started,
                _now(),
                json.dumps(summary, default=str),
            ],
        )
    return summary
