# Every target that needs the virtual environment depends on it, so any target works on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install generate check-generated lint typecheck test pytest demo fuzz explore bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

generate: $(STAMP)
	$(BIN)/python generator/generate.py

# Regenerates and fails if anything under generated/ changed or appeared.
check-generated: $(STAMP)
	$(BIN)/python generator/generate.py --check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

test: check-generated lint typecheck pytest

# The main job: an embedded local backend and the quickstart against it.
demo: $(STAMP)
	$(BIN)/python examples/quickstart.py

# A longer fuzzing pass over a real socket; reports in fuzz-report/.
fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz_live

# The property tests with fresh randomness and 25 times the examples (make test repeats the same ones).
explore: $(STAMP)
	ALTOGIC_HYPOTHESIS_PROFILE=explore $(BIN)/pytest -q tests/test_db_property.py tests/test_cache_store.py

# Benchmarks; figures (ratios measured in one run) in bench/RESULTS.md.
bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis fuzz-report
