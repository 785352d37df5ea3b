"""A hand-built database with known answers, shared by the measure and report tests."""

from __future__ import annotations

import json
from pathlib import Path

from balkanscope.store import Store, open_store

POLITIES = [
    "SRB",
    "XKX",
    "BIH",
    "BIH.RS",
    "MNE",
    "MKD",
    "ALB",
    "USA",
    "EU",
    "NATO",
    "RUS",
    "CHN",
    "TUR",
]
AT = "2024-06-30"
HOSTILE_QUOTE = '<script>alert("x")</script> Moscow sent aid | [click](javascript:alert(1))'


def _tie(tid, kind, actor, partner, start, value=None, unit=None, sources=None, end=None):
    return (
        tid,
        kind,
        actor,
        partner,
        start,
        end,
        value,
        unit,
        json.dumps(sources or [{"source": "test"}]),
    )


TIES = [
    _tie(
        "mne_nato",
        "membership",
        "MNE",
        "NATO",
        "2017-06-05",
        sources=[{"source": "nato", "url": "https://www.nato.int/"}],
    ),
    _tie("alb_nato", "membership", "ALB", "NATO", "2009-04-01"),
    _tie("mkd_nato", "membership", "MKD", "NATO", "2020-03-27"),
    _tie("srb_eu", "candidacy", "SRB", "EU", "2012-03-01"),
    _tie("bih_eu", "candidacy", "BIH", "EU", "2022-12-15"),
    # two sources disagree: 80% and 100%
    _tie(
        "srb_gas",
        "energy_dependence",
        "SRB",
        "RUS",
        "2020",
        80.0,
        "%",
        [{"source": "a", "value": 80.0, "unit": "%"}, {"source": "b", "value": 100.0, "unit": "%"}],
    ),
    _tie("hbis", "investment", "HBIS", "SRB", "2016-04", 46.0, "EUR m"),
    _tie("usa_nis", "sanction", "USA", "SRB", "2025-01-10"),  # after AT: not active
]


def _event(eid, typ, a, b, date, n=1, modality="asserted", origin="text", score=None):
    from balkanscope.measure.common import PLOVER

    return (eid, typ, PLOVER[typ][0], score, a, b, a, b, date, modality, n, origin)


EVENTS = [
    _event("e_aid", "AID", "RUS", "SRB", "2024-03-10", n=4),
    _event("e_consult", "CONSULT", "SRB", "RUS", "2024-04"),
    _event("e_accuse", "ACCUSE", "USA", "SRB", "2024-05-01"),
    _event("e_future", "AID", "CHN", "SRB", "2024-05-02", modality="future"),
    _event("e_gdelt", "COOPERATE", "RUS", "SRB", "2024-02-01", origin="gdelt"),
    _event("e_old", "THREATEN", "SRB", "XKX", "2022-07-01"),
    _event("e_old2", "THREATEN", "SRB", "XKX", "2023-03-01"),
    *[_event(f"e_thr{i}", "THREATEN", "SRB", "XKX", f"2024-06-{10 + i:02d}") for i in range(8)],
]

INDICATORS = [
    ("poll_srb_ally_russia", "SRB", "Most important ally: Russia", "%", "2024-03", 45.0, "poll_a"),
    # like the pack's: no "poll" in the id or name, but counted in respondents
    (
        "nato_membership_against.SRB",
        "SRB",
        "Against NATO membership",
        "% of respondents",
        "2024-03",
        70.0,
        "poll_b",
    ),
    (
        "gas_dependence_russia.SRB",
        "SRB",
        "Share of gas from Russia",
        "% of gas supply",
        "2022",
        80.0,
        "x",
    ),
    *[
        (f"cfsp_alignment.{p}", p, "CFSP alignment", "%", "2023", v, "eeas")
        for p, v in [("SRB", 45.0), ("MNE", 100.0), ("ALB", 100.0), ("MKD", 100.0), ("BIH", 81.0)]
    ],
    *[
        (f"unga_ukraine_es11_1.{p}", p, "UNGA ES-11/1", "vote", "2022-03-02", v, "un")
        for p, v in [("SRB", 1.0), ("MNE", 1.0), ("ALB", 1.0), ("MKD", 1.0), ("BIH", 1.0)]
    ],
]


def build_db(path: Path, events: bool = True) -> Store:
    store = open_store(path)
    with store.write() as con:
        con.executemany(
            "INSERT INTO actors (actor_id, kind, polity, name) VALUES (?, 'state', ?, ?)",
            [(p, p, p) for p in POLITIES],
        )
        con.execute(
            "INSERT INTO actors (actor_id, kind, polity, name) VALUES ('HBIS', 'company', 'CHN', 'HBIS')"
        )
        con.executemany(
            "INSERT INTO ties (tie_id, kind, actor, partner, start_date, end_date, value, unit, sources) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            TIES,
        )
        con.executemany(
            "INSERT INTO indicators (series_id, polity, name, unit, date, value, source) VALUES (?, ?, ?, ?, ?, ?, ?)",
            INDICATORS,
        )
        if events:
            con.executemany(
                "INSERT INTO events (event_id, type, quad, score, actor, recipient, actor_polity, "
                "recipient_polity, date, modality, n_mentions, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                EVENTS,
            )
            con.execute(
                "INSERT INTO documents (doc_id, path, url, title, content_hash, text) VALUES "
                "('d1', 'a.txt', 'javascript:alert(1)', 'Doc <b>one</b>', 'h', 'x')"
            )
            con.execute(
                "INSERT INTO event_mentions (mention_id, event_id, doc_id, start_char, end_char, text, type, modality, url) "
                "VALUES ('m1', 'e_aid', 'd1', 0, 10, ?, 'AID', 'asserted', NULL), "
                "('m2', 'e_accuse', 'd1', 0, 10, 'Washington criticised Belgrade.', 'ACCUSE', 'asserted', 'https://example.org/a')",
                [HOSTILE_QUOTE],
            )
    return store
