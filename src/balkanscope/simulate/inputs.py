"""Reading model files (YAML) with the line of every key, so errors point at file:line:key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError, PackError, suggest
from ..pack.loader import LINE, LINES, read_yaml


def load_yaml(path: str | Path) -> dict:
    """Parse a model file; a missing file or bad YAML is an InputError with the line."""
    p = Path(path)
    if not p.is_file():
        raise InputError(
            "model file not found",
            file=str(p),
            hint="check the path or run `balkanscope scenarios`",
        )
    try:
        data = read_yaml(p)
    except PackError as e:
        raise InputError(e.message, file=e.file, line=e.line, hint=e.hint) from None
    if not isinstance(data, dict):
        raise InputError("expected a YAML mapping at the top level", file=str(p), line=1)
    return data


def line_of(mapping: Any, key: Any = None) -> int | None:
    """Line of `key` in a mapping read by `load_yaml` (or of the mapping itself)."""
    if not isinstance(mapping, dict):
        return None
    if key is not None and key in mapping.get(LINES, {}):
        return mapping[LINES][key]
    return mapping.get(LINE)


def keys(mapping: dict) -> list:
    """The mapping's own keys, without the line bookkeeping."""
    return [k for k in mapping if k not in (LINE, LINES)]


def check_keys(mapping: dict, allowed: set[str], required: set[str], file: str, where: str) -> None:
    """Unknown keys (typos) and missing keys are errors naming the key and the closest match."""
    for k in keys(mapping):
        if k not in allowed:
            close = suggest(str(k), allowed)
            raise InputError(
                f"unknown key '{k}'",
                file=file,
                line=line_of(mapping, k),
                field=f"{where}{k}",
                hint=f"did you mean {', '.join(close)}?"
                if close
                else f"allowed keys: {', '.join(sorted(allowed))}",
            )
    for k in sorted(required):
        if k not in mapping:
            raise InputError(
                f"missing key '{k}'",
                file=file,
                line=line_of(mapping),
                field=f"{where}{k}",
                hint=f"add '{k}:' (required keys: {', '.join(sorted(required))})",
            )
