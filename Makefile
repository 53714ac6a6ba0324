# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SEED   := seeds/cuba-china-military-cooperation.txt
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test test-fast lint bench clean fuzz java

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

# The test extra takes in the optional ones (crawl: httpx; warc: FastWARC; spark: PySpark), so
# every test runs. Spark also needs a Java runtime, which pip cannot install: tests/test_spark.py
# installs Debian's (apt-get install openjdk-17-jre-headless) when run as root with apt-get, and
# otherwise fails saying what is missing.
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

# The gates first (types and lint, seconds), then every test.
test: lint java
	$(BIN)/python -m pytest

# mypy --strict on linter/ and ruff on everything (settings in pyproject.toml).
lint: $(VENV)/.installed-test
	$(BIN)/python -m mypy
	$(BIN)/python -m ruff check .

# Everything but the slow, network and browser tests (markers in pyproject.toml): for the
# edit-test loop. CI runs `make test`.
test-fast: $(VENV)/.installed-test
	$(BIN)/python -m pytest -m "not slow and not network and not browser" -n auto

$(VENV)/.installed-bench: pyproject.toml | $(VENV)/.installed-test
	$(PIP) install -e '.[test,bench]'
	touch $@

bench: $(VENV)/.installed-bench
	$(BIN)/python -m benchmarks

# Fuzz lint_text/lint_bytes with atheris for FUZZ_SECONDS (see tests/fuzz/README.md).
# atheris is installed here on demand, not with the test tools: it may need a compiler.
FUZZ_SECONDS ?= 600
FUZZ_WORK    ?= build/fuzz
fuzz: $(VENV)/.installed
	@$(BIN)/python -c "import atheris" 2>/dev/null || $(PIP) install atheris
	@$(BIN)/python tests/fuzz/make_corpus.py $(FUZZ_WORK)/corpus
	@mkdir -p $(FUZZ_WORK)/artifacts
	$(BIN)/python tests/fuzz/fuzz_lint.py $(FUZZ_WORK)/corpus -dict=tests/fuzz/jsonld.dict \
		-max_total_time=$(FUZZ_SECONDS) -timeout=10 -max_len=65536 -rss_limit_mb=2048 \
		-artifact_prefix=$(FUZZ_WORK)/artifacts/ -print_final_stats=1 $(FUZZ_ARGS)

# A Java runtime for Spark (newslint spark, tests/test_spark.py): Debian's, installed when missing
# and we may (root, apt-get: as CI is); otherwise a clear note of what to install, not a failure here.
JAVA_PACKAGE := openjdk-17-jre-headless
java:
	@if [ -n "$$JAVA_HOME" ] || command -v java >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "== installing a Java runtime for Spark: apt-get install $(JAVA_PACKAGE)"; \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(JAVA_PACKAGE) >/dev/null \
		|| echo "newslint: could not install $(JAVA_PACKAGE); the Spark tests will fail until a Java runtime is installed"; \
	else \
		echo "newslint: no Java runtime (no java on PATH, JAVA_HOME not set): the Spark tests need one;" \
		     "on Debian or Ubuntu: sudo apt-get install $(JAVA_PACKAGE)"; \
	fi

clean:
	rm -rf $(VENV) build dist .pytest_cache
