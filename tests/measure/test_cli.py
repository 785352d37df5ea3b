"""The measure commands end to end on a real database file."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

import balkanscope.cli.measure  # noqa: F401  (registers the commands)
from balkanscope.cli import app
from balkanscope.errors import UnknownIdError

from .test_gdelt import ROWS

runner = CliRunner()


@pytest.fixture
def db(store):
    return store.path


def run(db, *args):
    result = runner.invoke(app, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def run_json(db, *args):
    return json.loads(run(db, *args, "-f", "json"))


SRB_RUS = ("influence", "-c", "SRB", "-p", "RUS")  # one pair's influence


def test_series_json_and_csv(db):
    rows = json.loads(run(db, "series", "SRB", "XKX", "--period", "year", "-f", "json"))
    assert [(r["period"], r["events"], r["threaten"]) for r in rows] == [
        ("2022-01-01", 1, 1),
        ("2023-01-01", 1, 1),
        ("2024-01-01", 8, 8),
    ]
    csv_out = run(db, "series", "SRB", "RUS", "--directed", "-f", "csv").splitlines()
    assert csv_out[0].startswith("period,events") and csv_out[1].startswith("2024-04-01,1")
    assert "SRB <-> XKX per month" in run(db, "series", "SRB", "XKX", "--rolling", "3")


def test_influence_json_explain_and_weights(db):
    rows = json.loads(
        run(db, "influence", "-c", "SRB", "--at", "2024-06-30", "--runs", "50", "-f", "json")
    )
    rus = next(r for r in rows if r["power"] == "RUS")
    assert rus["energy"] == 0.8 and rus["low"] <= rus["high"] and len(rows) == 6
    heavier = run_json(db, *SRB_RUS, "--at", "2024-06-30", "--runs", "0", "--weights", "energy=1")[
        0
    ]
    assert heavier["score"] > rus["score"]
    explained = run_json(db, *SRB_RUS, "--explain")[0]
    assert explained["components"][2]["ties"][0]["tie"] == "srb_gas"
    assert "srb_gas" in run(db, *SRB_RUS, "--explain")


def test_alignment_json_shape(db):
    data = json.loads(run(db, "alignment", "--at", "2024-06", "-f", "json"))
    assert set(data) == {"SRB", "XKX", "BIH", "BIH.RS", "MNE", "MKD", "ALB"}
    assert (
        set(data["SRB"]) == {"score", "low", "high"}
        and data["SRB"]["score"] < 0 < data["MNE"]["score"]
    )


def test_alerts_and_validate(db):
    alerts = json.loads(run(db, "alerts", "-f", "json"))
    assert alerts[0]["a"] == "SRB" and alerts[0]["drivers"][0]["type"] == "THREATEN"
    assert "SRB" in run(db, "alerts")
    results = json.loads(run(db, "validate", "-f", "json"))
    assert {r["outcome"] for r in results} == {"cfsp_alignment", "unga_ukraine"}
    assert "Spearman" in run(db, "validate")


def test_import_and_compare_gdelt(db, tmp_path):
    f = tmp_path / "e.CSV"
    f.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    rep = json.loads(run(db, "import-gdelt", str(f), "-f", "json"))
    assert rep[0]["kept"] == 4
    cmp = json.loads(run(db, "compare-gdelt", "SRB", "RUS", "-f", "json"))
    assert sum(r["gdelt_events"] for r in cmp["rows"]) == 2
    text_only = json.loads(run(db, "series", "SRB", "RUS", "--no-gdelt", "-f", "json"))
    assert sum(r["events"] for r in text_only) == 2
    bad = runner.invoke(app, ["--db", db, "import-gdelt", str(tmp_path / "missing.CSV")])
    assert bad.exit_code == 1 and "file not found" in bad.output


def test_unknown_id_and_bad_date_are_named_errors(db):
    result = runner.invoke(app, ["--db", db, "series", "SRB", "RUX"])
    assert isinstance(result.exception, UnknownIdError) and "RUS" in str(result.exception)
    result = runner.invoke(app, ["--db", db, "influence", "--at", "June"])
    assert "not a date" in str(result.exception)


def test_real_cli_prints_one_line_errors(db):
    proc = subprocess.run(
        [sys.executable, "-m", "balkanscope", "--db", db, "alignment", "--country", "SRBB"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (
        proc.returncode == 1
        and "unknown polity 'SRBB'" in proc.stderr
        and "Traceback" not in proc.stderr
    )


def test_influence_and_alignment_per_period(db):
    rows = run_json(db, *SRB_RUS, "--period", "quarter", "--since", "2023-06", "--at", "2024-06-30")
    assert [r["at"] for r in rows] == [
        "2023-06-30",
        "2023-09-30",
        "2023-12-31",
        "2024-03-31",
        "2024-06-30",
    ]
    assert rows[0]["coop_out"] == 0.0 < rows[3]["coop_out"]  # the March 2024 aid appears in Q1 2024
    align = run_json(db, "alignment", "--period", "year", "--since", "2016", "--at", "2024-06-30")
    assert list(align)[0] == "2016-12-31" and list(align)[-1] == "2024-06-30"
    # Montenegro joins NATO in 2017: its alignment rises from 0
    assert align["2016-12-31"]["MNE"] == 0.0 < align["2017-12-31"]["MNE"]


def test_measure_cache_command(db, store):
    result = runner.invoke(app, ["--db", db, "measure-cache"])
    assert result.exit_code == 0 and "14 counted events" in result.output.replace("\n", " ")
    from balkanscope.measure.common import cache_fresh

    with store.read() as con:
        assert cache_fresh(con)
