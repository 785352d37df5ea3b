"""The dashboard for real: `balkanscope serve` in its own process on 127.0.0.1, read over HTTP
and rendered by headless Chromium."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.browser import rendered_dom
from tests.measure.fixtures import build_db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    store = build_db(tmp_path / "s.duckdb")
    port = free_port()
    env = {**os.environ, "BALKANSCOPE_MC_RUNS": "40"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "balkanscope", "--db", store.path, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/api/alerts", timeout=5).read()
            break
        except (urllib.error.URLError, ConnectionError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"server did not start: {proc.stdout.read()}")
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def test_api_over_http(server):
    align = json.load(urllib.request.urlopen(server + "/api/alignment?at=2024-06", timeout=30))
    assert align["SRB"]["low"] <= align["SRB"]["score"] <= align["SRB"]["high"]
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(server + "/api/series/SRB/RUX", timeout=30)
    assert e.value.code == 400 and "did you mean RUS" in e.value.read().decode()


def test_dashboard_renders_in_headless_chromium(server, tmp_path):
    dom = rendered_dom(server + "/?country=SRB", tmp_path / "profile")
    assert 'id="alignment-map"' in dom and 'class="main-svg"' in dom
    assert "&lt;script&gt;alert" in dom  # document text arrives escaped
