from pathlib import Path

import pytest

from balkanscope.errors import ConfigError
from balkanscope.settings import SETTINGS, load_config, settings_markdown

DOC = Path(__file__).parent.parent / "docs" / "settings.md"


def test_docs_list_every_setting():
    assert settings_markdown() in DOC.read_text(encoding="utf-8"), (
        "regenerate docs/settings.md from settings_markdown()"
    )


def test_order_defaults_file_env_cli(tmp_path, monkeypatch):
    cfg = tmp_path / "b.toml"
    cfg.write_text("workers = 3\nseed = 7\n")
    monkeypatch.setenv("BALKANSCOPE_SEED", "9")
    values = load_config(cfg, {"db": "x.duckdb"})
    assert values["workers"] == 3 and values["seed"] == 9 and values["db"] == "x.duckdb"
    assert values["pack"] == next(s.default for s in SETTINGS if s.name == "pack")


@pytest.mark.parametrize(
    "text, message",
    [
        ("workerz = 3\n", "did you mean workers"),
        ("workers = 'many'\n", "expected int"),
        ("workers = \n", "invalid TOML"),
    ],
)
def test_bad_config_names_file_and_field(tmp_path, text, message):
    cfg = tmp_path / "b.toml"
    cfg.write_text(text)
    with pytest.raises(ConfigError) as e:
        load_config(cfg)
    assert message in str(e.value) and str(cfg) in str(e.value)
