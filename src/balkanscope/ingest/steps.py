"""The `ingest-samples` build step: `balkanscope build` (and so `make run`) ingests the
repository's sample corpus after loading the pack. An installed package has no samples folder;
the step then does nothing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..registry import build_steps
from .pipeline import ingest
from .recognize import Recognizer

SAMPLE_DIRS = ("seeds", "dev")


def samples_root() -> Path | None:
    """`samples/` of the source checkout (src/balkanscope/ingest -> repository root)."""
    root = Path(__file__).resolve().parents[3] / "samples"
    return root if root.is_dir() else None


def _display(path: Path) -> str:
    """Paths relative to the working directory when inside it, so the database does not
    depend on where the checkout lives."""
    try:
        return os.path.relpath(path) if path.is_relative_to(Path.cwd()) else str(path)
    except ValueError:
        return str(path)


@build_steps.register("ingest-samples")
def ingest_samples(store, pack, cfg: dict[str, Any], console) -> dict[str, Any]:
    root = samples_root()
    if root is None:
        return {"skipped": "no samples folder"}
    paths = [_display(root / d) + "/*.txt" for d in SAMPLE_DIRS if (root / d).is_dir()]
    stats = ingest(
        paths,
        store,
        Recognizer.from_pack(pack),
        workers=int(cfg.get("workers", 2)),
        batch_size=int(cfg.get("batch_size", 200)),
        max_bytes=int(float(cfg.get("max_file_mb", 50)) * 1024 * 1024),
    )
    for f in stats.failures:
        console.print(f"[red]failed:[/] {f}", highlight=False, markup=False)
    return stats.summary()
