"""Balkanscope: an evidence-linked model of great-power competition in the Western Balkans."""

from . import _native  # noqa: F401  (first: decides whether the compiled coder is current)

__version__ = "0.1.0"
