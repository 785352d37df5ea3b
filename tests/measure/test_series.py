import pytest

from balkanscope.errors import InputError
from balkanscope.measure.series import dyad_series, panel_series


def by_period(rows):
    return {r["period"]: r for r in rows}


def test_undirected_month_counts_scores_and_intensities(con):
    rows = by_period(dyad_series(con, "SRB", "RUS"))
    assert list(rows) == ["2024-02-01", "2024-03-01", "2024-04-01"]
    feb, mar, apr = rows.values()
    assert (feb["events"], feb["cooperate"], feb["material_coop"]) == (1, 1, 1)  # the GDELT event
    assert (mar["aid"], mar["score_sum"], mar["coop"], mar["conflict"]) == (1, 10.0, 10.0, 0.0)
    # a month-precise date ("2024-04") falls in its month; the future-modality AID is not counted
    assert (apr["consult"], apr["verbal_coop"], apr["score_mean"]) == (1, 1, 2.5)


def test_directed_and_origin_filters(con):
    rows = dyad_series(con, "SRB", "RUS", directed=True)
    assert [r["period"] for r in rows] == ["2024-04-01"]
    text_only = dyad_series(con, "SRB", "RUS", origins=("text",))
    assert sum(r["events"] for r in text_only) == 2


def test_conflict_intensity_fill_and_rolling(con):
    rows = by_period(
        dyad_series(con, "SRB", "XKX", period="quarter", start="2024-01-01", rolling=2)
    )
    assert list(rows) == ["2024-01-01", "2024-04-01"]
    assert rows["2024-01-01"]["events"] == 0 and rows["2024-01-01"]["score_mean"] is None
    q2 = rows["2024-04-01"]
    assert (q2["threaten"], q2["verbal_conflict"], q2["conflict"], q2["score_sum"]) == (
        8,
        8,
        28.0,
        -28.0,
    )
    assert q2["rolling_conflict"] == pytest.approx(14.0)


def test_year_period_and_default_score(con):
    rows = by_period(dyad_series(con, "USA", "SRB", period="year"))
    assert rows["2024-01-01"]["accuse"] == 1
    assert rows["2024-01-01"]["score_sum"] == -3.0  # null score -> ACCUSE's PLOVER score


def test_unknown_period_is_a_named_error(con):
    with pytest.raises(InputError, match="period"):
        dyad_series(con, "SRB", "RUS", period="fortnight")


def test_panel_series_matches_single_dyads(con):
    panel = panel_series(con, ["SRB"], ["RUS", "USA"])
    assert set(panel) == {("SRB", "RUS"), ("SRB", "USA")}
    single = {r["period"]: r for r in dyad_series(con, "SRB", "RUS")}
    for r in panel[("SRB", "RUS")]:
        if r["period"] in single:
            assert (r["events"], r["coop"]) == (
                single[r["period"]]["events"],
                single[r["period"]]["coop"],
            )


def test_cache_gives_the_same_answers_and_goes_stale_safely(store, cfg):
    from balkanscope.measure.alerts import tension_alerts
    from balkanscope.measure.common import cache_fresh, refresh_cache
    from balkanscope.measure.influence import explain, influence_at

    def everything():
        with store.read() as con:
            return (
                dyad_series(con, "SRB", "RUS"),
                dyad_series(con, "SRB", "XKX", directed=True, period="week"),
                panel_series(con, ["SRB"], ["RUS", "USA"]),
                influence_at(con, cfg, "2024-06-30"),
                explain(con, cfg, "SRB", "RUS", "2024-06-30"),
                tension_alerts(con, cfg),
            ), cache_fresh(con)

    parsed, fresh = everything()
    assert not fresh
    with store.write() as con:
        assert refresh_cache(con) == 14  # 15 events, one of them future
    cached, fresh = everything()
    assert fresh and cached == parsed
    with store.write() as con:  # a new event makes the cache stale: measures read events again
        con.execute(
            "INSERT INTO events (event_id, type, quad, actor_polity, recipient_polity, date, modality) "
            "VALUES ('new', 'AID', 'material_coop', 'RUS', 'SRB', '2024-03-11', 'asserted')"
        )
    with store.read() as con:
        assert not cache_fresh(con)
        assert sum(r["aid"] for r in dyad_series(con, "SRB", "RUS")) == 2
