import pytest

from balkanscope.measure.alerts import MIN_SCALE, tension_alerts


def test_recent_burst_against_quiet_baseline_raises_an_alert(con, cfg):
    alerts = tension_alerts(con, cfg)
    assert [(a["a"], a["b"]) for a in alerts] == [("SRB", "XKX")]
    a = alerts[0]
    # 8 threats (3.5 each) in the recent 90 days; two single threats in the baseline blocks
    assert a["to"] == "2024-06-17" and a["recent_conflict"] == 28.0 and a["recent_events"] == 8
    assert a["baseline_median"] == 0.0 and a["z"] == pytest.approx(28.0 / MIN_SCALE, abs=0.01)
    assert [d["type"] for d in a["drivers"]] == ["THREATEN"] * 3
    assert a["drivers"][0]["date"] == "2024-06-17"


def test_threshold_and_all_pairs(con, cfg):
    assert tension_alerts(con, {**cfg, "alert_z": 20.0}) == []
    every = {(a["a"], a["b"]): a for a in tension_alerts(con, cfg, all_pairs=True)}
    assert ("SRB", "USA") in every and every[("SRB", "USA")][
        "z"
    ] < 3  # one accusation is not an alert


def test_no_alert_before_the_burst(con, cfg):
    assert tension_alerts(con, cfg, at="2024-01-31") == []


def test_empty_database_has_no_alerts(tmp_path, cfg):
    from balkanscope.store import open_store

    with open_store(tmp_path / "empty.duckdb").read() as c:
        assert tension_alerts(c, cfg) == []
