# Two commands on a fresh machine: `make run` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= balkanscope.duckdb
export PYTHONHASHSEED := 0

.PHONY: run test bench lint install native clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The coder's hot modules compiled with mypyc (build_native.py; a no-op when current). Without a
# C compiler the build fails and the package runs its Python sources: slower, same output.
native: $(STAMP)
	@$(BIN)/python build_native.py > build-native.log 2>&1 \
	  && echo "compiled coder modules: ready" \
	  || echo "warning: compiling the coder failed (see build-native.log); running the Python sources"

install: native

run: native
	$(BIN)/balkanscope --db $(DB) build
	$(BIN)/balkanscope --db $(DB) briefing
	$(BIN)/balkanscope --db $(DB) report --out report.html

test: native
	$(BIN)/python -m pytest -n 2 tests

bench: native
	$(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

clean:
	rm -rf $(VENV) $(DB) report.html .pytest_cache build build-native.log
	find src -name '*.so' -delete
