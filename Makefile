# Every target that needs the virtual environment depends on it, so any target works on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCAL_STAMP := $(VENV)/.installed-local

.PHONY: install generate check-generated lint typecheck test pytest demo fuzz explore bench clean

$(STAMP): pyproject.toml
	@echo "Installing the project with its dev tools into $(VENV) (pip install -e '.[dev]')"
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
# The demo needs the client and the local backend only, not the dev tools (unless they are there).
$(LOCAL_STAMP): pyproject.toml
	@if [ -f $(STAMP) ] && [ $(STAMP) -nt pyproject.toml ]; then touch $@; else \
	  echo "Installing the client and the local backend into $(VENV) (pip install -e '.[local]')"; \
	  test -d $(VENV) || $(PYTHON) -m venv $(VENV); \
	  $(BIN)/python -m pip install --quiet --upgrade pip && \
	  $(BIN)/python -m pip install --quiet -e '.[local]' && touch $@; fi

demo: $(LOCAL_STAMP)
	@echo "Running examples/quickstart.py against an embedded local backend"
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
