"""Deduplication: one event per (type, polity pair, compatible dates), evidence kept."""

from __future__ import annotations

from balkanscope.code.store import cluster


def _m(
    doc,
    start,
    typ="CONSULT",
    a="SRB",
    r="RUS",
    date=None,
    published="2023-10-02",
    modality="asserted",
):
    return {"doc_id": doc, "start_char": start, "type": typ, "actor_polity": a, "recipient_polity": r,
            "date": date, "published": published, "modality": modality}  # fmt: skip


def test_same_event_across_documents_and_precisions():
    groups = cluster(
        [
            _m("d1", 0, date="2023-09-24"),
            _m("d2", 5, date="2023-09"),
            _m("d3", 9, date="2023-09-25"),
        ]
    )
    assert [len(g) for g in groups] == [3]


def test_symmetric_types_cluster_in_either_order_but_directed_ones_do_not():
    assert len(cluster([_m("d1", 0, a="SRB", r="RUS"), _m("d2", 0, a="RUS", r="SRB")])) == 1
    assert (
        len(cluster([_m("d1", 0, "ACCUSE", "SRB", "RUS"), _m("d2", 0, "ACCUSE", "RUS", "SRB")]))
        == 2
    )


def test_incompatible_dates_and_types_and_modalities_stay_apart():
    assert len(cluster([_m("d1", 0, date="2023-09-24"), _m("d2", 0, date="2023-10-24")])) == 2
    assert len(cluster([_m("d1", 0, date="2022"), _m("d2", 0, date="2023")])) == 2
    assert len(cluster([_m("d1", 0), _m("d1", 9, typ="AGREE")])) == 2
    assert len(cluster([_m("d1", 0), _m("d1", 9, modality="future")])) == 2


def test_undated_mentions_join_their_document_or_a_nearby_report():
    groups = cluster([_m("d1", 0, date="2023-09-24"), _m("d1", 50), _m("d2", 3, published="2023-10-05"),
                      _m("d3", 3, published="2024-05-01")])  # fmt: skip
    assert sorted(len(g) for g in groups) == [1, 3]


def test_deterministic():
    ms = [
        _m(f"d{i}", i, date=d) for i, d in enumerate(["2023-09-24", None, "2023-09", "2022", None])
    ]
    assert cluster(ms) == cluster(list(reversed(ms)))
