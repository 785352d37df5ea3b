"""Claims (quotes, reported statements) and citations (footnotes)."""

from __future__ import annotations

from balkanscope.code.claims import find_citations, find_claims
from balkanscope.code.pipeline import code_document

FOOTNOTES = """Body text with a marker.[1] More text.[2]

[1] “Talks in Brussels resume”, Example Outlet,, (Date of Accession: 22.05.2023).

[2] Ibid.

[3] Another Title, Daily Paper, 2023-04-01, https://example.org/a?b=1.
"""


def test_footnotes_with_outlet_dates_ibid_and_url():
    cites = find_citations(FOOTNOTES)
    assert [c.ref for c in cites] == ["1", "2", "3"]
    c1, c2, c3 = cites
    assert (c1.title, c1.outlet, c1.accessed) == (
        "Talks in Brussels resume",
        "Example Outlet",
        "2023-05-22",
    )
    assert (c2.title, c2.outlet) == (c1.title, c1.outlet)
    assert (c3.title, c3.outlet, c3.date, c3.url) == (
        "Another Title",
        "Daily Paper",
        "2023-04-01",
        "https://example.org/a?b=1",
    )
    assert FOOTNOTES[c1.start_char : c1.end_char].startswith("[1]")


def test_inline_markers_are_not_footnotes():
    assert find_citations("Russia attacked.[1] And more.[2]") == []


def test_quote_speaker_is_the_actor_of_the_verbal_event(pack):
    text = 'Russia accused Kosovo of "provoking a new conflict in the region", the ministry said.'
    doc = code_document(text, "2023-10-02", "en", pack)
    claims = find_claims(text, doc.sentences, doc.mentions, doc.events)
    quoted = [c for c in claims if c.quote.startswith("provoking")]
    assert quoted and quoted[0].speaker_polity == "RUS"
    assert text[quoted[0].quote_start : quoted[0].quote_end] == quoted[0].quote
    assert doc.events[quoted[0].event_index].type == "ACCUSE"


def test_short_scare_quotes_are_not_claims(pack):
    text = 'The USA held the "Emergency Response" exercise with Montenegro.'
    doc = code_document(text, "2023-10-02", "en", pack)
    assert all(
        "Emergency" not in c.quote
        for c in find_claims(text, doc.sentences, doc.mentions, doc.events)
    )
