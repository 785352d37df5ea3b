"""Registries: the extension points (readers, coders, indices, ...).

Built-in components register exactly as plug-ins do, so a user package can add a reader or an
index with the same decorator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .errors import UnknownIdError


class Registry:
    """A named table of components; `register` is a decorator."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, Any] = {}

    def register(self, name: str) -> Callable[[Any], Any]:
        def deco(obj: Any) -> Any:
            self._items[name] = obj
            return obj

        return deco

    def get(self, name: str) -> Any:
        try:
            return self._items[name]
        except KeyError:
            raise UnknownIdError(self.kind, name, self._items) from None

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def items(self):
        return self._items.items()


readers = Registry("reader")
coders = Registry("coder")
indices = Registry("index")
# `build` runs these in order (name -> callable(store, pack, settings, console) -> dict of counts);
# each stage (pack load, ingest of samples, event coding, ...) registers its own step.
build_steps = Registry("build step")
# `briefing` prints these sections in order (name -> callable(store, pack, settings) -> list of Rich renderables).
briefing_sections = Registry("briefing section")
