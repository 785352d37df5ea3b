import gzip
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from balkanscope.errors import InputError
from balkanscope.measure.common import PLOVER
from balkanscope.measure.gdelt import (
    COLUMNS,
    cameo_table,
    cameo_to_plover,
    compare_gdelt,
    import_gdelt,
    read_gdelt,
)
from balkanscope.measure.series import dyad_series
from balkanscope.store import open_store

# Field names from the GDELT 2.0 Event Database codebook; values are made up for the tests.
DEFAULTS = {
    "SQLDATE": "20240310",
    "MonthYear": "202403",
    "Year": "2024",
    "FractionDate": "2024.1890",
    "IsRootEvent": "1",
    "QuadClass": "1",
    "GoldsteinScale": "1.0",
    "NumMentions": "1",
    "NumSources": "1",
    "NumArticles": "1",
    "AvgTone": "0.0",
    "DATEADDED": "20240311120000",
}


def gdelt_row(gid, a1, a2, code, url="https://news.example/x", **kw):
    values = {
        **DEFAULTS,
        "GLOBALEVENTID": str(gid),
        "Actor1CountryCode": a1,
        "Actor2CountryCode": a2,
        "Actor1Name": a1 + " NAME",
        "Actor2Name": a2 + " NAME",
        "EventCode": code,
        "EventBaseCode": code[:3],
        "EventRootCode": code[:2],
        "SOURCEURL": url,
        **kw,
    }
    return "\t".join(values.get(c, "") for c in COLUMNS)


ROWS = [
    gdelt_row(1, "SRB", "KSV", "1384"),  # threaten conventional attack, Kosovo as KSV
    gdelt_row(2, "RUS", "SRB", "042", NumMentions="9"),  # visit
    gdelt_row(3, "USA", "SRB", "163"),  # sanctions: SANCTION in this project
    gdelt_row(4, "FRA", "DEU", "042"),  # outside the region
    gdelt_row(5, "SRB", "RUS", "010"),  # public statement: no PLOVER type
    gdelt_row(6, "SRB", "", "042", Actor2KnownGroupCode="NAT"),  # NATO by known-group code
    gdelt_row(7, "SRB", "SRB", "042"),  # domestic: not dyadic
]


@pytest.fixture
def export(tmp_path):
    p = tmp_path / "20240311120000.export.CSV"
    p.write_text("\n".join(ROWS + ["only\tthree\tcolumns"]) + "\n", encoding="utf-8")
    return p


def test_cameo_table_maps_to_known_types():
    table = cameo_table()
    assert len(table) > 250 and {t for t, _, _ in table.values()} <= set(PLOVER)
    assert cameo_to_plover("042") == ("CONSULT", "visit", [])
    assert cameo_to_plover("0314") == ("AGREE", None, ["intelligence"])
    assert cameo_to_plover("1011")[0] == "REQUEST"  # PLOVER DEMAND
    assert cameo_to_plover("0431")[0] == "CONSULT"  # unlisted code: longest listed prefix
    assert cameo_to_plover("010") is None


def test_import_keeps_region_maps_codes_and_links_evidence(tmp_path, export, cfg):
    store = open_store(tmp_path / "g.duckdb")
    [rep] = import_gdelt(store, [export], cfg)
    assert (rep.rows, rep.kept, rep.first_bad_line) == (8, 4, 8)
    assert rep.skipped == {
        "malformed line": 1,
        "outside the region or not dyadic": 2,
        "CAMEO code without a PLOVER type": 1,
    }
    ev = {r["event_id"]: r for r in store.query("SELECT * FROM events")}
    assert ev["gdelt:1"]["recipient_polity"] == "XKX" and ev["gdelt:1"]["type"] == "THREATEN"
    assert ev["gdelt:2"]["mode"] == "visit" and ev["gdelt:2"]["n_mentions"] == 9
    assert ev["gdelt:3"]["type"] == "SANCTION" and ev["gdelt:3"]["score"] == -6.0
    assert ev["gdelt:6"]["recipient_polity"] == "NATO"
    assert {r["origin"] for r in ev.values()} == {"gdelt"} and ev["gdelt:1"]["date"] == "2024-03-10"
    m = store.query("SELECT url, trigger FROM event_mentions WHERE event_id = 'gdelt:2'")[0]
    assert m == {"url": "https://news.example/x", "trigger": "CAMEO:042"}
    import_gdelt(store, [export], cfg)  # re-import replaces, never duplicates
    assert store.query("SELECT count(*) AS n FROM events")[0]["n"] == 4


def test_zip_and_gzip_exports(tmp_path, export, cfg):
    z = tmp_path / "x.export.CSV.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.write(export, export.name)
    g = tmp_path / "x.export.CSV.gz"
    g.write_bytes(gzip.compress(export.read_bytes()))
    store = open_store(tmp_path / "g.duckdb")
    reps = import_gdelt(store, [z, g], cfg)
    assert [r.kept for r in reps] == [4, 4]


def test_unreadable_file_is_reported_and_others_go_on(tmp_path, export, cfg):
    store = open_store(tmp_path / "g.duckdb")
    bad = tmp_path / "broken.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    reps = import_gdelt(store, [tmp_path / "missing.CSV", export], cfg)
    assert "file not found" in reps[0].error and reps[1].kept == 4
    with pytest.raises(InputError):
        list(read_gdelt(tmp_path / "missing.CSV"))


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=st.characters(blacklist_characters="\t\r\n", blacklist_categories=("Cs",)),
            max_size=12,
        ),
        min_size=61,
        max_size=61,
    )
)
def test_reader_round_trips_any_61_fields(tmp_path_factory, fields):
    p = tmp_path_factory.mktemp("rt") / "f.CSV"
    p.write_text("\t".join(fields) + "\n", encoding="utf-8")
    assert list(read_gdelt(p)) == [(1, fields)]


def test_series_include_or_exclude_gdelt_and_compare(store, tmp_path, export, cfg):
    import_gdelt(store, [export], cfg)
    with store.read() as con:
        both = sum(r["events"] for r in dyad_series(con, "SRB", "RUS"))
        text = sum(r["events"] for r in dyad_series(con, "SRB", "RUS", origins=("text",)))
        assert (both, text) == (4, 2)  # fixture: 2 text + 1 gdelt; import adds the visit
        cmp = compare_gdelt(con, "SRB", "RUS")
    rows = {r["period"]: r for r in cmp["rows"]}
    assert rows["2024-03-01"]["text_events"] == 1 and rows["2024-03-01"]["gdelt_events"] == 1
    assert rows["2024-04-01"]["gdelt_events"] == 0
