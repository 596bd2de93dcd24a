# Two commands on a fresh machine:  `make demo`  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test fuzz lint bench eval clean

$(STAMP): pyproject.toml setup.py mapassets/package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	cd mapassets && npm ci --no-audit --no-fund --loglevel=error   # Leaflet + plugins: the source of georoute/data/mapassets (tests compare)
	$(BIN)/georoute resolve Pyongyang > /dev/null   # builds the gazetteer index once
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/georoute verify seeds/ --json maps/seeds-report.json --csv maps/seeds-findings.csv --geojson maps/seeds.geojson --map maps/seeds.html

# GEOROUTE_TEST_WHEEL=1: tests/test_wheel.py also builds the wheel and installs it in a fresh venv
test: $(STAMP)
	$(BIN)/ruff check georoute tests benchmarks notebooks
	$(BIN)/ruff format --check georoute tests benchmarks notebooks
	$(BIN)/lint-imports   # the layers and contracts of pyproject.toml [tool.importlinter]
	GEOROUTE_TEST_WHEEL=1 $(BIN)/pytest

# 100,000 hostile texts through times, quantities, extraction, the API and the CLI (hours).
fuzz: $(STAMP)
	GEOROUTE_FUZZ_EXAMPLES=$${GEOROUTE_FUZZ_EXAMPLES:-100000} HYPOTHESIS_PROFILE=fuzz \
		$(BIN)/pytest -q -p no:cacheprovider tests/test_fuzz.py

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/bench_gazetteer.py
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_rail.py

eval: $(STAMP)   # development sets in ../shared/eval (or GEOROUTE_EVAL_DIR), the test articles
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/eval_places.py
	$(BIN)/python benchmarks/eval_quantities.py
	$(BIN)/python benchmarks/eval_articles.py
	$(BIN)/python benchmarks/rule_coverage.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
