# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SEED   := seeds/cuba-china-military-cooperation.txt
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test]'
	touch $(VENV)/.installed $@

# The findings are the point of the demo: exit status 1 ("errors found") is
# expected; 2 (usage or internal error) is not.
demo: $(VENV)/.installed
	@echo "== newslint check seeds/"
	@$(BIN)/newslint check seeds/ || [ $$? -eq 1 ]
	@echo
	@echo "== newslint convert $(SEED)"
	@$(BIN)/newslint convert $(SEED)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build dist .pytest_cache
