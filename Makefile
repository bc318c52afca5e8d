# Werkbrug: `make run` sets everything up and serves http://127.0.0.1:5000; `make test` runs all tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask
REFERENCE_DATA ?= data
ESCO_CSV ?= $(REFERENCE_DATA)/esco/occupations_nl.csv
POSTCODES_CSV ?= $(REFERENCE_DATA)/geonames/nl_pc4.csv
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test setup install migrate reference-data demo serve lint lint-security audit load-test portal-bench benchmarks clean

run: setup ## set up everything and serve the portal on http://127.0.0.1:5000
	$(FLASK) run --host $(HOST) --port $(PORT)

test: install ## run the whole test suite
	$(BIN)/python -m pytest $(PYTEST_ARGS)

setup: install migrate reference-data demo

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Werkbrug heeft Python 3.11 of nieuwer nodig.")'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -q --upgrade pip
	$(BIN)/python -m pip install --disable-pip-version-check -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

migrate: install
	$(FLASK) db upgrade

reference-data: install ## ESCO occupations and PC4 postcodes, when the files are there
	@if [ -f "$(ESCO_CSV)" ]; then $(FLASK) import-esco "$(ESCO_CSV)"; \
	  else echo "Geen ESCO-bestand op $(ESCO_CSV): matching werkt dan alleen op tekst."; fi
	@if [ -f "$(POSTCODES_CSV)" ]; then $(FLASK) import-postcodes "$(POSTCODES_CSV)"; \
	  else echo "Geen postcodebestand op $(POSTCODES_CSV): reisafstanden zijn dan onbekend."; fi

demo: install
	$(FLASK) seed-demo

serve: install migrate ## production-style: gunicorn (set SECRET_KEY, DATABASE_URL, WERKBRUG_ENV=production)
	$(BIN)/gunicorn --workers 3 --bind $(HOST):$(PORT) --access-logfile - wsgi:app

lint: install ## ruff with the project's whole configuration (bandit S rules included) and the formatter check (run by CI)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .

lint-security: install ## only ruff's bandit S rules, pyflakes and bugbear (a subset of make lint)
	$(BIN)/python -m ruff check --select S,F,B --ignore S101 .

audit: install ## known vulnerabilities in the installed packages (needs the PyPI JSON API or OSV)
	$(BIN)/pip-audit --progress-spinner off --strict

$(VENV)/.bench-installed: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --disable-pip-version-check -q -e '.[test,bench]'
	touch $@

load-test: $(VENV)/.bench-installed ## Locust: 20 users on 2 gunicorn instances behind HAProxy, PostgreSQL + Redis, faults halfway (as root; LOAD_TEST_ARGS="--small")
	$(BIN)/python benchmarks/load_test.py $(LOAD_TEST_ARGS)

portal-bench: install ## every role's main pages, median and p95 beside a light page (PORTAL_BENCH_ARGS="--small" or "--database-url …")
	$(BIN)/python benchmarks/portal_bench.py $(PORTAL_BENCH_ARGS)

clean:
	rm -rf $(VENV) instance/werkbrug.db .pytest_cache
