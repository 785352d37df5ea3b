"""Command-line interface. `main` turns every BalkanscopeError into one clear line, exit 1."""

from __future__ import annotations

import importlib
import pkgutil
import sys

from rich.markup import escape

from ..errors import BalkanscopeError
from .app import app, err_console


def _load_commands() -> None:
    """Import every command module in this package so its commands register on `app`."""
    for mod in pkgutil.iter_modules(__path__):
        if mod.name != "app":
            importlib.import_module(f"{__name__}.{mod.name}")


def main(argv: list[str] | None = None) -> None:
    _load_commands()
    try:
        app(args=argv, standalone_mode=True)
    except BalkanscopeError as e:
        err_console.print(f"[bold red]error:[/] {escape(str(e))}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)


__all__ = ["app", "main"]
