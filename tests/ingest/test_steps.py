import io

from rich.console import Console

from balkanscope.ingest.steps import ingest_samples, samples_root
from balkanscope.registry import build_steps
from balkanscope.store import open_store


def test_ingest_samples_is_a_registered_build_step():
    assert build_steps.get("ingest-samples") is ingest_samples


def test_ingest_samples_ingests_the_sample_corpus_once(tmp_path, small_pack):
    root = samples_root()
    assert root is not None  # the source checkout has samples/
    store = open_store(tmp_path / "x.duckdb")
    cfg = {"workers": 1, "batch_size": 50, "max_file_mb": 50}
    first = ingest_samples(store, small_pack, cfg, Console(file=io.StringIO()))
    n_txt = len(list((root / "seeds").glob("*.txt"))) + len(list((root / "dev").glob("*.txt")))
    assert first["documents"] == n_txt and first["failures"] == 0
    second = ingest_samples(store, small_pack, cfg, Console(file=io.StringIO()))
    assert second["documents"] == 0 and second["duplicates_skipped"] == n_txt


def test_ingest_samples_skips_silently_without_samples(tmp_path, small_pack, monkeypatch):
    monkeypatch.setattr("balkanscope.ingest.steps.samples_root", lambda: None)
    assert ingest_samples(open_store(tmp_path / "x.duckdb"), small_pack, {}, None) == {
        "skipped": "no samples folder"
    }
