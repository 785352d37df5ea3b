"""Named errors for user-facing failures.

Every error says what was wrong, where (file, line, field) and how to fix it, so the CLI can
print one clear line instead of a traceback.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class BalkanscopeError(Exception):
    """Base class of every error caused by user input (files, ids, options, config)."""

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.file = file
        self.line = line
        self.field = field

    def location(self) -> str:
        parts = []
        if self.file:
            parts.append(str(self.file) + (f":{self.line}" if self.line else ""))
        if self.field:
            parts.append(f"field '{self.field}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        loc = self.location()
        text = f"{loc}: {self.message}" if loc else self.message
        if self.hint:
            text += f" (fix: {self.hint})"
        return text


class ConfigError(BalkanscopeError):
    """A configuration file or setting is invalid."""


class PackError(BalkanscopeError):
    """A knowledge-pack file is malformed or inconsistent."""


class InputError(BalkanscopeError):
    """A document or data file cannot be read."""


class StoreError(BalkanscopeError):
    """The database cannot be opened, migrated or written."""


class UnknownIdError(BalkanscopeError):
    """An id (actor, polity, reader, scenario...) is not known; suggests the closest ones."""

    def __init__(self, what: str, value: str, known: Iterable[str], **kw) -> None:
        known = list(known)
        close = suggest(value, known)
        hint = f"did you mean {', '.join(close)}?" if close else f"see the list of {what}s"
        super().__init__(f"unknown {what} '{value}'", hint=hint, **kw)
        self.suggestions = close


def suggest(value: str, known: Iterable[str], n: int = 3) -> list[str]:
    """Closest known ids to `value`, case-insensitively."""
    known = list(known)
    lower = {k.lower(): k for k in known}
    hits = difflib.get_close_matches(value.lower(), list(lower), n=n, cutoff=0.5)
    prefix = [k for k in known if k.lower().startswith(value.lower())][:n]
    out: list[str] = []
    for k in prefix + [lower[h] for h in hits]:
        if k not in out:
            out.append(k)
    return out[:n]
