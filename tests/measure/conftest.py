import pytest

from balkanscope.settings import load_config

from .fixtures import build_db


@pytest.fixture
def store(tmp_path):
    return build_db(tmp_path / "m.duckdb")


@pytest.fixture
def con(store):
    with store.read() as c:
        yield c


@pytest.fixture
def cfg(tmp_path):
    return load_config(None, {"db": str(tmp_path / "m.duckdb"), "mc_runs": 60})
