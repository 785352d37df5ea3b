"""The knowledge pack: actors, aliases, roles, ties, indicators and sources as validated data."""

from .loader import Pack, configured_pack, extra_pack_names, load_pack
from .models import LANGS, Actor, Alias, Indicator, Tie

__all__ = [
    "LANGS",
    "Actor",
    "Alias",
    "Indicator",
    "Pack",
    "Tie",
    "configured_pack",
    "extra_pack_names",
    "load_pack",
]
