from rich.console import Console

from balkanscope.measure import briefing_alignment, build_cache
from balkanscope.measure.common import cache_fresh
from balkanscope.registry import briefing_sections, build_steps, indices
from balkanscope.store import open_store


def test_registered_extension_points():
    assert "alignment" in briefing_sections and "measure-cache" in build_steps
    assert "influence" in indices and "alignment" in indices


def test_briefing_section_shows_alignment_and_alerts(store, cfg):
    console = Console(record=True, width=120)
    for r in briefing_alignment(store, None, cfg):
        console.print(r)
    text = console.export_text()
    assert "Alignment at 2024-06-17" in text and "SRB-XKX" in text
    assert "-0.53" in text  # Serbia's alignment in the fixture (see test_uncertainty)


def test_briefing_on_empty_database_is_empty(tmp_path, cfg):
    assert briefing_alignment(open_store(tmp_path / "e.duckdb"), None, cfg) == []


def test_build_step_fills_the_cache(store, cfg):
    assert build_cache(store, None, cfg, None) == {"counted_events": 14}
    with store.read() as con:
        assert cache_fresh(con)
