# rasad: the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
RASAD  := $(VENV)/bin/rasad
SHARED ?= ../shared
DB     ?= rasad.db

.PHONY: setup native run test lint eval eval-heldout bench clean

$(VENV)/.installed: pyproject.toml requirements.lock web/package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	cd web && npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# the compiled builds of the hot modules (rasad/native.py), used only while they match the sources
# (an edited module, or a failed build, leaves the pure Python modules in charge). `setup` builds
# them once; `make bench` and `make native` remake them when the sources changed.
NATIVE_SRC := $(addprefix src/rasad/,extract/core.py extract/lexicon.py timex/core.py timex/lexicon.py \
                kb/fastnorm.py kb/engine.py kb/loader.py kb/model.py errors.py \
                arabic/normalize.py arabic/sentences.py arabic/tokens.py \
                types.py dataio.py native.py build_native.py)
build/native.stamp: $(VENV)/.installed $(NATIVE_SRC)
	$(PY) -m rasad.build_native || true
	mkdir -p build && touch $@

setup: $(VENV)/.installed | build/native.stamp

## make native: compile the hot modules now (python -m rasad.build_native status tells which are used)
native: build/native.stamp

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

bench: setup build/native.stamp
	$(PY) bench/run_all.py --shared $(SHARED)

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
