# Two entry points for a newcomer (see README.md): `make serve` and `make test`.
# Each one sets up what it needs by itself, so either works on a fresh clone.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: serve test build benchmark clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

# The stamp files re-run pip only when a requirements file changes.
$(VENV)/.site-installed: requirements.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements.txt requirements-test.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@

## Set up and serve the site on http://127.0.0.1:8000 (Korean at /, English at /en/).
serve: $(VENV)/.site-installed
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

## Set up and run every test (needs Chromium: Debian's /usr/bin/chromium, or $$CHROMIUM_PATH).
test: $(VENV)/.test-installed
	$(BIN)/python -m pytest

## Build the site into site/ with the same strict settings as CI.
build: $(VENV)/.site-installed
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

## Print build time, page weight and search index size, and check the budgets.
benchmark: $(VENV)/.test-installed
	$(BIN)/python scripts/benchmark.py

clean:
	rm -rf site site-offline $(VENV)
