import os
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import balkanscope.cli.report  # noqa: F401  (registers the command)
from balkanscope.cli import app
from balkanscope.errors import InputError
from balkanscope.report import write_report
from balkanscope.report.markdown import md
from balkanscope.store import open_store
from tests.browser import rendered_dom

WB6 = ["SRB", "XKX", "BIH", "MNE", "MKD", "ALB"]


@pytest.fixture(scope="module")
def html_report(tmp_path_factory):
    from balkanscope.settings import load_config
    from tests.measure.fixtures import build_db

    tmp = tmp_path_factory.mktemp("html")
    store = build_db(tmp / "m.duckdb")
    cfg = load_config(None, {"db": store.path, "mc_runs": 60})
    return write_report(cfg, tmp / "r.html").read_text(encoding="utf-8")


def test_html_is_self_contained_and_escapes_document_text(html_report):
    assert (
        "<script src=" not in html_report
        and "cdn.plot.ly" not in html_report.split("</script>", 1)[1]
    )
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html_report
    assert '<script>alert("x")' not in html_report
    assert 'href="javascript' not in html_report and 'href="https://example.org/a"' in html_report
    assert 'href="https://www.nato.int/"' in html_report  # a tie's source link


def test_html_has_map_charts_events_and_ties(html_report):
    for pid in WB6:
        assert f'data-id="{pid}"' in html_report
    assert re.search(r'data-id="SRB" d="M[^"]+" fill="#[0-9a-f]{6}"', html_report)
    for div in ("influence-chart", "alignment-chart", "timeline-0"):
        assert f'id="{div}"' in html_report
    assert "srb_gas" in html_report and "Washington criticised Belgrade." in html_report


def test_markdown_report_escapes(store, cfg, tmp_path):
    text = write_report(cfg, tmp_path / "r.md").read_text(encoding="utf-8")
    assert text.startswith("# Balkanscope report") and "| SRB | RUS |" in text
    assert "<script>" not in text and "](javascript" not in text
    assert md("a|b [x](y) <i>") == "a\\|b \\[x\\]\\(y\\) &lt;i&gt;"


def test_country_filter_and_since(store, cfg, tmp_path):
    text = write_report(cfg, tmp_path / "r.md", country="SRB", since="2024-05-01").read_text(
        encoding="utf-8"
    )
    assert "| XKX | USA |" not in text and "| SRB | RUS |" in text
    assert "2024-03-10" not in text.split("## Latest events")[1].split("## Ties")[0]


def test_empty_database_still_reports(tmp_path, cfg):
    open_store(tmp_path / "empty.duckdb")
    cfg = {**cfg, "db": str(tmp_path / "empty.duckdb")}
    html = write_report(cfg, tmp_path / "e.html").read_text(encoding="utf-8")
    assert 'id="alignment-map"' in html and "No counted events" in html
    assert "_none_" in write_report(cfg, tmp_path / "e.md").read_text(encoding="utf-8")


def test_unknown_extension_is_a_named_error(store, cfg, tmp_path):
    with pytest.raises(InputError, match="FILE.html"):
        write_report(cfg, tmp_path / "r.pdf")


def test_report_command_says_where_the_file_is(store, tmp_path):
    out = tmp_path / "cli.html"
    result = CliRunner().invoke(
        app, ["--db", store.path, "report", "--out", str(out), "--country", "SRB,MNE"]
    )
    assert result.exit_code == 0, result.output
    assert out.exists() and str(out.resolve()) in result.output.replace("\n", "")


def test_report_renders_in_a_headless_browser(store, cfg, tmp_path):
    path = write_report(cfg, tmp_path / "r.html")
    dom = rendered_dom(path.as_uri(), tmp_path / "profile")
    assert 'id="alignment-map"' in dom and dom.count('class="country') >= 6
    # Plotly drew the charts: each rendered figure gets an svg.main-svg
    assert dom.count('class="main-svg"') >= 3
    assert "&lt;script&gt;alert" in dom


def test_make_run_style_invocation(store, tmp_path):
    env = {**os.environ, "BALKANSCOPE_MC_RUNS": "50"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "balkanscope",
            "--db",
            store.path,
            "report",
            "--out",
            str(tmp_path / "report.html"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert "wrote report" in proc.stderr and (tmp_path / "report.html").stat().st_size > 1_000_000


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_markdown_escaping_leaves_no_live_markup(text):
    out = md(text)
    assert "\n" not in out and "<" not in out and ">" not in out
    assert not re.search(r"(?<!\\)[|\[\]()`*_]", out.replace("\\\\", ""))


@given(st.text(max_size=40))
def test_only_http_links_become_hrefs(url):
    from balkanscope.report.html import link

    html = link(url, "x")
    assert ("<a href=" in html) == url.strip().lower().startswith(("http://", "https://"))
    assert "<script" not in html.lower()
