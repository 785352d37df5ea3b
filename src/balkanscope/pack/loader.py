"""Load and validate a knowledge pack, with file, line and field in every error.

Packs are YAML. A user pack (a directory with the same layout) can add actors, ties and
indicators or override bundled ones by id, without touching code.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ..cache import cached, digest, source_of
from ..errors import PackError, UnknownIdError
from . import models
from .models import Actor, Capital, Indicator, PackMeta, Tie

LINE = "__line__"
LINES = "__lines__"


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """SafeLoader that records the line of every mapping and of each of its keys."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        mapping[LINES] = {
            k.value: k.start_mark.line + 1 for k, _ in node.value if hasattr(k, "value")
        }
        return mapping


# Dates stay strings (YYYY, YYYY-MM and YYYY-MM-DD alike); YAML would turn only some into dates.
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _strip(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if k not in (LINE, LINES)}
    if isinstance(obj, list):
        return [_strip(v) for v in obj]
    return obj


def _line_of(obj: Any, loc: tuple) -> int | None:
    """Deepest known line for a pydantic error location inside `obj`."""
    line = obj.get(LINE) if isinstance(obj, dict) else None
    cur = obj
    for part in loc:
        if isinstance(cur, dict):
            line = cur.get(LINES, {}).get(part, line)
            cur = cur.get(part)
        elif isinstance(cur, list) and isinstance(part, int) and part < len(cur):
            cur = cur[part]
        else:
            break
        if isinstance(cur, dict) and LINE in cur:
            line = cur[LINE]
    return line


def read_yaml(path: Path) -> Any:
    """Parse one YAML file; syntax errors become PackError with the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise PackError(
            f"cannot read file: {e}", file=str(path), hint="check the path and encoding (UTF-8)"
        ) from None
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise PackError(
            f"invalid YAML: {getattr(e, 'problem', e)}",
            file=str(path),
            line=mark.line + 1 if mark else None,
            hint="fix the YAML syntax (indentation, quotes, colons)",
        ) from None


def validate(model: type[BaseModel], raw: Any, path: Path, where: str = "") -> Any:
    """Validate one record; the first error names file, line and field."""
    try:
        return model.model_validate(_strip(raw))
    except ValidationError as e:
        err = e.errors()[0]
        loc = tuple(err["loc"])
        fieldname = where + ".".join(str(p) for p in loc) if loc else where.rstrip(".") or None
        raise PackError(
            err["msg"],
            file=str(path),
            line=_line_of(raw, loc),
            field=fieldname,
            hint=f"see the {model.__name__} format in docs/pack.md",
        ) from None


def _records(path: Path, key: str) -> list[dict]:
    data = read_yaml(path)
    if data is None:
        return []
    if not isinstance(data, dict) or key not in data or not isinstance(data[key], list):
        raise PackError(f"expected a top-level '{key}:' list", file=str(path), line=1, field=key)
    return data[key]


@dataclass
class Pack:
    """A loaded pack (possibly several directories merged, later ones overriding)."""

    name: str
    dirs: list[Path]
    meta: PackMeta
    actors: dict[str, Actor] = field(default_factory=dict)
    ties: dict[str, Tie] = field(default_factory=dict)
    indicators: dict[str, Indicator] = field(default_factory=dict)
    capitals: dict[str, Capital] = field(default_factory=dict)
    origins: dict[tuple[str, str], tuple[str, int | None]] = field(default_factory=dict)

    def actor(self, actor_id: str) -> Actor:
        try:
            return self.actors[actor_id]
        except KeyError:
            raise UnknownIdError("actor", actor_id, self.actors) from None

    def files(self, sub: str, pattern: str = "*.yaml") -> list[Path]:
        """Files under `sub/` of every pack directory, base pack first (for lexicons, scenarios)."""
        out: list[Path] = []
        for d in self.dirs:
            if (d / sub).is_dir():
                out.extend(sorted((d / sub).glob(pattern)))
        return out

    def where(self, kind: str, key: str) -> tuple[str, int | None]:
        """(file, line) that defined a record, for error messages."""
        return self.origins.get((kind, key), ("?", None))


def bundled_pack_dir(name: str) -> Path:
    root = resources.files("balkanscope") / "packs" / name
    return Path(str(root))


def resolve_pack_dir(name_or_path: str) -> Path:
    p = Path(name_or_path)
    if p.is_dir():
        return p
    d = bundled_pack_dir(name_or_path)
    if d.is_dir():
        return d
    known = (
        [x.name for x in bundled_pack_dir("").iterdir() if x.is_dir()]
        if bundled_pack_dir("").is_dir()
        else []
    )
    raise UnknownIdError("pack", name_or_path, known)


def extra_pack_names(cfg: dict[str, Any]) -> list[str]:
    """The `extra_packs` setting (comma-separated pack names or directories) as a list."""
    return [e.strip() for e in str(cfg.get("extra_packs") or "").split(",") if e.strip()]


def configured_pack(cfg: dict[str, Any]) -> Pack:
    """The pack the settings name (`pack`) with its override packs (`extra_packs`)."""
    return load_pack(cfg.get("pack") or "western_balkans", extra_pack_names(cfg))


def load_pack(name_or_path: str = "western_balkans", extra: Iterable[str] = ()) -> Pack:
    """Load a pack and any override packs; raises PackError on the first malformed record.

    Parsing ~60k YAML nodes takes seconds, so a validated pack is cached, keyed by every pack
    file's path, size and mtime and by this loader's and the models' code.
    """
    dirs = [resolve_pack_dir(name_or_path)] + [resolve_pack_dir(e) for e in extra if e]
    parts: list[bytes | str] = source_of(sys.modules[__name__], models)
    for d in dirs:
        for f in sorted(d.rglob("*.yaml")):
            st = f.stat()
            parts.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
    return cached("pack", digest(parts), lambda: _load_pack(dirs))


def _load_pack(dirs: list[Path]) -> Pack:
    meta_path = dirs[0] / "pack.yaml"
    meta = validate(PackMeta, read_yaml(meta_path) or {}, meta_path)
    pack = Pack(name=meta.name, dirs=dirs, meta=meta)
    for d in dirs[1:]:
        if (d / "pack.yaml").exists():
            extra_meta = validate(PackMeta, read_yaml(d / "pack.yaml") or {}, d / "pack.yaml")
            pack.meta.sources.update(extra_meta.sources)
    specs = [
        ("actors", "actors", Actor, pack.actors),
        ("ties", "ties", Tie, pack.ties),
        ("indicators", "indicators", Indicator, pack.indicators),
        ("geo", "capitals", Capital, pack.capitals),
    ]
    for sub, key, model, target in specs:
        for path in pack.files(sub):
            if sub == "geo" and path.name != "capitals.yaml":
                continue
            for i, raw in enumerate(_records(path, key)):
                rec = validate(model, raw, path, where=f"{key}[{i}].")
                rid = getattr(rec, "id", None) or rec.polity
                prev = pack.origins.get((sub, rid))
                if (
                    prev
                    and prev[0].startswith(str(path.parent))
                    and Path(prev[0]).parent == path.parent
                ):
                    raise PackError(
                        f"duplicate id '{rid}' (first defined at {prev[0]}:{prev[1]})",
                        file=str(path),
                        line=raw.get(LINE) if isinstance(raw, dict) else None,
                        field="id",
                        hint="give each record a unique id",
                    )
                target[rid] = rec
                pack.origins[(sub, rid)] = (
                    str(path),
                    raw.get(LINE) if isinstance(raw, dict) else None,
                )
    return pack
