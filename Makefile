# Two entry points for a newcomer (see README.md): `make serve` and `make test`.
# Each one sets up what it needs by itself, so either works on a fresh clone.
# `make help` lists every target with the line above it that starts with "##".

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
MKDOCS  = NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs
# The tests of `make check`: those of no marker in pyproject.toml's list.
FAST_LANE = not browser and not validator and not slow

.PHONY: help serve test check reversed lint format build offline urls diagrams benchmark pins clean

## List these targets.
help:
	@awk '/^## /{doc=substr($$0,4); next} /^[a-z][a-z-]*:/{if(doc){sub(/:.*/,"",$$1); printf "  make %-10s %s\n",$$1,doc}; doc=""}' $(MAKEFILE_LIST)

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

# The stamp files re-run pip only when a requirements file changes. Every
# third-party package is pinned and hash-checked; then the site's own plugin
# (study_notes/, see pyproject.toml) is installed in place, with the pinned
# setuptools and no download.
PLUGIN_INSTALL = $(BIN)/pip install --quiet --no-deps --no-build-isolation -e .

$(VENV)/.site-installed: requirements.txt pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.txt
	$(PLUGIN_INSTALL)
	touch $@

$(VENV)/.test-installed: requirements.txt requirements-test.txt pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements-test.txt
	$(PLUGIN_INSTALL)
	touch $@

## Set up and serve the site on http://127.0.0.1:8000 (Korean at /, English at /en/).
serve: $(VENV)/.site-installed
	$(MKDOCS) serve --dev-addr 127.0.0.1:8000

## Set up and run every test (needs Chromium: see README).
test: $(VENV)/.test-installed
	$(BIN)/python -m pytest

## The fast lane (about 35 s on two cores): lint, then every test that needs no browser, no Java and no build of its own.
check: lint
	$(BIN)/python -m pytest -q -m "$(FAST_LANE)"

## The fast lane's tests once more in reverse order (CI does): no test may lean on another's leftovers.
reversed: $(VENV)/.test-installed
	$(BIN)/python -m pytest -q -m "$(FAST_LANE)" -p reverse --reverse

## Lint, check the formatting and type-check the Python code (ruff, mypy; settings in pyproject.toml).
lint: $(VENV)/.test-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## Fix what the linter can, and format the Python code.
format: $(VENV)/.test-installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## Build the site into site/ with the same strict settings as CI.
build: $(VENV)/.site-installed
	$(MKDOCS) build --strict

## Build the downloadable offline copy (opens from file://) into site-offline.zip.
offline: $(VENV)/.site-installed
	$(BIN)/python -m scripts.build_offline_copy site-offline.zip

## Add every new page and section address to tests/published_urls.txt.
urls: $(VENV)/.test-installed
	$(BIN)/python -m scripts.list_published_urls

## Draw the diagrams whose fence changed into diagrams/ (headless Chromium); commit them.
diagrams: $(VENV)/.test-installed
	$(BIN)/python -m scripts.draw_diagrams

## Print build time, page weight and search index size, and check the budgets.
benchmark: $(VENV)/.test-installed
	$(BIN)/python -m scripts.benchmark

## Remove the virtual environment and everything built.
clean:
	rm -rf site site-offline site-offline.zip $(VENV)

## Regenerate the exact pins (with hashes) from requirements*.in; then run make test.
pins: $(VENV)/.test-installed
	$(BIN)/uv pip compile -q --python-version 3.11.5 --generate-hashes --custom-compile-command "make pins" requirements.in -o requirements.txt
	$(BIN)/uv pip compile -q --python-version 3.11.5 --generate-hashes --custom-compile-command "make pins" requirements-test.in -o requirements-test.txt
