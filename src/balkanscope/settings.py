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
    Setting(
        "extra_packs", "", "Comma-separated pack directories that add to or override the base pack."
    ),
    # --- ingest ---
    Setting("max_file_mb", 50.0, "Largest input file accepted by ingest, in MB.", float),
    Setting("workers", 2, "Worker processes for ingest and extract.", int),
    Setting("batch_size", 500, "Documents written per database transaction.", int),
    # --- code ---
    Setting("min_confidence", 0.0, "Events below this confidence are not emitted.", float),
    # --- measure ---
    Setting("seed", 42, "Random seed for Monte Carlo and simulations.", int),
    Setting("mc_runs", 500, "Monte Carlo draws for index uncertainty.", int),
    Setting(
        "powers",
        "USA,EU,NATO,RUS,CHN,TUR",
        "Powers whose influence is measured (comma-separated ids).",
        str,
    ),
    Setting(
        "countries",
        "SRB,XKX,BIH,BIH.RS,MNE,MKD,ALB",
        "Countries whose pull is measured (comma-separated ids).",
        str,
    ),
    Setting("west", "USA,EU,NATO", "Powers on the +1 side of the alignment scale.", str),
    Setting("east", "RUS,CHN", "Powers on the -1 side of the alignment scale.", str),
    Setting(
        "gulf", "ARE,SAU,QAT", "Gulf states reported beside alignment (not on its scale).", str
    ),
    Setting(
        "influence_weights",
        "",
        "Influence component weights, e.g. 'membership=0.3,energy=0.05' (unnamed ones keep their default; see docs/measure.md).",
        str,
    ),
    Setting(
        "flow_window_days", 365, "Days of events counted in the flow components of influence.", int
    ),
    Setting(
        "flow_scale",
        20.0,
        "Weighted PLOVER score at which a flow component reaches 1-1/e (saturating normalisation).",
        float,
    ),
    Setting(
        "econ_scale_m",
        500.0,
        "Investment/loan amount (million, USD or EUR) at which the economy component reaches 1-1/e.",
        float,
    ),
    Setting(
        "mention_damping",
        0.5,
        "An event counts n_mentions**damping times (0: once; 1: once per report).",
        float,
    ),
    Setting(
        "mc_concentration",
        50.0,
        "Dirichlet concentration of Monte Carlo weights around the configured ones (higher = tighter).",
        float,
    ),
    Setting("alert_recent_days", 90, "Recent window of tension alerts, in days.", int),
    Setting("alert_baseline_days", 730, "Baseline window before the recent one, in days.", int),
    Setting(
        "alert_z",
        3.0,
        "Robust z-score above which a dyad's conflict intensity raises an alert.",
        float,
    ),
    Setting("include_gdelt", True, "Count events imported from GDELT in series and indices.", bool),
    # --- simulate ---
    Setting(
        "eum_rounds",
        10,
        "EUM bargaining rounds (the model oscillates, so it runs a fixed number).",
        int,
    ),
    Setting("eum_q", 1.0, "EUM weight Q of the status-quo utility (1 in the replications).", float),
    Setting(
        "eum_tolerance",
        0.01,
        "EUM --stop converged: stop when a round moves less than this fraction of round 1.",
        float,
    ),
    Setting("eum_runs", 1000, "Monte Carlo runs of `eum-mc`.", int),
    Setting(
        "cib_max_inconsistency",
        0,
        "CIB: list scenarios with inconsistency up to this (0 = consistent only).",
        int,
    ),
    Setting(
        "cib_exhaustive_max",
        2_000_000,
        "CIB: evaluate every scenario up to this many; search beyond.",
        int,
    ),
    Setting(
        "cib_robustness_runs",
        200,
        "CIB: perturbed matrices drawn by the briefing's robustness check.",
        int,
    ),
    Setting(
        "scenario_matrix",
        "wb2030",
        "Pack CIB matrix whose consistent scenarios the briefing shows.",
        str,
    ),
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


def load_config(
    path: str | Path | None = None, overrides: dict[str, Any] | None = None
) -> dict[str, Any]:
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
            raise ConfigError(
                f"invalid TOML: {e}", file=str(p), line=line, hint="fix the TOML syntax"
            ) from None
        data = data.get("balkanscope", data)
        for key, value in data.items():
            if key not in BY_NAME:
                close = suggest(key, BY_NAME)
                raise ConfigError(
                    "unknown setting",
                    file=str(p),
                    field=key,
                    hint=f"did you mean {', '.join(close)}?"
                    if close
                    else "see `balkanscope settings`",
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
