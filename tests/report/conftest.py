from tests.measure.conftest import cfg, con, store  # noqa: F401  (the same hand-built database)
