"""One list of settings (name, default, help) that feeds config validation, the CLI and the docs.

Resolution order, later wins: defaults < config file (`balkanscope.toml` in the working
directory, or `--config`/`BALKANSCOPE_CONFIG`) < environment (`BALKANSCOPE_<NAME>`) < CLI option.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError, suggest


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    type: type = str


SETTINGS: list[Setting] = [
    # --- core ---
    Setting("db", "./balkanscope.duckdb", "Path of the DuckDB database file."),
    Setting("pack", "western_balkans", "Knowledge pack: a bundled pack name or a directory."),
    Setting("extra_packs", "", "Comma-separated pack directories that add to or override the base pack."),
    # --- ingest ---
    Setting("max_file_mb", 50.0, "Largest input file accepted by ingest, in MB.", float),
    Setting("workers", 2, "Worker processes for ingest and extract.", int),
    Setting("batch_size", 200, "Documents written per database transaction.", int),
    # --- code ---
    Setting("min_confidence", 0.0, "Events below this confidence are not emitted.", float),
    # --- measure ---
    Setting("seed", 42, "Random seed for Monte Carlo and simulations.", int),
    Setting("mc_runs", 500, "Monte Carlo draws for index uncertainty.", int),
    # --- simulate ---
]

BY_NAME = {s.name: s for s in SETTINGS}


def env_name(name: str) -> str:
    return "BALKANSCOPE_" + name.upper()


def _coerce(setting: Setting, value: Any, origin: str) -> Any:
    try:
        if setting.type is bool and isinstance(value, str):
            return value.strip().lower() in {"1", "true", "yes", "on"}
        return setting.type(value)
    except (TypeError, ValueError):
        raise ConfigError(
            f"expected {setting.type.__name__}, got {value!r}",
            file=origin,
            field=setting.name,
            hint=f"{setting.name}: {setting.help}",
        ) from None


def load_config(path: str | Path | None = None, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Resolved settings as a dict; raises ConfigError naming the file and field on bad input."""
    values = {s.name: s.default for s in SETTINGS}
    path = path or os.environ.get("BALKANSCOPE_CONFIG")
    if path is None and Path("balkanscope.toml").exists():
        path = "balkanscope.toml"
    if path is not None:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError("config file not found", file=str(p), hint="check the path") from None
        except tomllib.TOMLDecodeError as e:
            line = getattr(e, "lineno", None)
            raise ConfigError(f"invalid TOML: {e}", file=str(p), line=line, hint="fix the TOML syntax") from None
        data = data.get("balkanscope", data)
        for key, value in data.items():
            if key not in BY_NAME:
                close = suggest(key, BY_NAME)
                raise ConfigError(
                    "unknown setting",
                    file=str(p),
                    field=key,
                    hint=f"did you mean {', '.join(close)}?" if close else "see `balkanscope settings`",
                )
            values[key] = _coerce(BY_NAME[key], value, str(p))
    for s in SETTINGS:
        if env_name(s.name) in os.environ:
            values[s.name] = _coerce(s, os.environ[env_name(s.name)], env_name(s.name))
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = _coerce(BY_NAME[key], value, "command line")
    return values


def settings_markdown() -> str:
    """The settings table for the README, generated from the one list."""
    rows = ["| setting | default | environment | help |", "|---|---|---|---|"]
    for s in SETTINGS:
        rows.append(f"| `{s.name}` | `{s.default}` | `{env_name(s.name)}` | {s.help} |")
    return "\n".join(rows)
