from fastapi.testclient import TestClient

from balkanscope.settings import load_config
from balkanscope.web import create_app
from tests.measure.fixtures import build_db


def client(tmp_path):
    store = build_db(tmp_path / "w.duckdb")
    return TestClient(create_app(load_config(None, {"db": store.path, "mc_runs": 40})))


def test_api_serves_the_cli_figures(tmp_path):
    c = client(tmp_path)
    align = c.get("/api/alignment", params={"at": "2024-06"}).json()
    assert (
        set(align["SRB"]) >= {"score", "low", "high"}
        and align["SRB"]["score"] < 0 < align["MNE"]["score"]
    )
    rows = c.get("/api/influence", params={"country": "SRB", "power": "RUS,EU", "runs": 20}).json()
    assert [(r["country"], r["power"]) for r in rows] == [("SRB", "RUS"), ("SRB", "EU")]
    ex = c.get("/api/explain/SRB/RUS", params={"at": "2024-06-30"}).json()
    assert ex["components"][2]["ties"][0]["tie"] == "srb_gas"
    series = c.get("/api/series/SRB/XKX", params={"period": "year"}).json()
    assert [r["threaten"] for r in series] == [1, 1, 8]
    assert c.get("/api/alerts").json()[0]["a"] == "SRB"


def test_bad_input_is_a_400_with_the_message(tmp_path):
    c = client(tmp_path)
    r = c.get("/api/series/SRB/RUX")
    assert r.status_code == 400 and "did you mean RUS" in r.json()["detail"]
    assert c.get("/api/alignment", params={"at": "soon"}).status_code == 400
    assert c.get("/api/series/SRB/RUS", params={"period": "fortnight"}).status_code == 400


def test_dashboard_is_the_report(tmp_path):
    r = client(tmp_path).get("/", params={"country": "SRB"})
    assert (
        r.status_code == 200 and 'id="alignment-map"' in r.text and "&lt;script&gt;alert" in r.text
    )
