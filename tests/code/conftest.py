"""Shared fixtures: the bundled pack (loaded once) and a coding helper."""

from __future__ import annotations

import pytest

from balkanscope.code import extract_text
from balkanscope.pack.loader import load_pack


@pytest.fixture(scope="session")
def pack():
    return load_pack()


@pytest.fixture(scope="session")
def code(pack):
    """code(text, lang='en', date=None) -> set of (type, actor_polity, recipient_polity, modality)."""

    def run(text: str, lang: str = "en", date: str | None = "2023-10-02") -> set[tuple]:
        return {
            (e["type"], e["actor_polity"], e["recipient_polity"], e["modality"])
            for e in extract_text(text, date, lang, pack)
        }

    return run
