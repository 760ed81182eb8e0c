# rasad: the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
RASAD  := $(VENV)/bin/rasad
SHARED ?= ../shared
DB     ?= rasad.db

.PHONY: setup run test lint eval eval-heldout bench clean

$(VENV)/.installed: pyproject.toml requirements.lock web/package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	cd web && npm ci --no-audit --no-fund --ignore-scripts
	touch $@

setup: $(VENV)/.installed

## make run: set up, process the sample corpus into $(DB), print a summary and serve the UI
run: setup
	$(RASAD) demo --db $(DB) --shared $(SHARED)

## make test: set up and run the whole test suite, lint and type checks
test: setup
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/mypy
	$(PY) -m pytest -q

eval: setup
	$(PY) scripts/evaluate.py --shared $(SHARED)

eval-heldout: setup
	$(PY) scripts/eval_heldout.py --shared $(SHARED)

bench: setup
	$(PY) bench/run_all.py --shared $(SHARED)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
