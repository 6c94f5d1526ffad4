# Newsroom corpus. `make serve` and `make test` are all a newcomer needs.
# Each target is a one-liner over a script; `make help` lists them.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8001
CORPUS ?= corpus
DB ?= corpus.db
# Publishing: the platform (fly, vercel or cloudrun), the app name on it, and
# whether article texts go out (withhold, the default, or include).
TARGET ?= fly
APP ?= newsroom-corpus
BODIES ?= withhold
# How many copies run on the platform: Fly machines; Cloud Run's least and most
# instances. Each runs one worker per core (see "Serving a crowd" in README.md).
MACHINES ?= 2
MIN_INSTANCES ?= 1
MAX_INSTANCES ?= 10
# Worker processes for `make serve` (empty: one per core; WORKERS=1 for one).
WORKERS ?=
# Benchmark size (articles in the synthetic corpus) and load-test shape; the load
# test compares 1 worker with LOADTEST_WORKERS (default: one per core).
N ?= 100000
CLIENTS ?= 32
SECONDS ?= 30
LOADTEST_WORKERS ?=
PUBLIC_DB := dist/public/corpus.db
COMMA := ,

.DEFAULT_GOAL := help
.PHONY: help serve build test lint format bench loadtest eval publish bundle serve-bundle screenshots lock clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 14

$(VENV)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

$(DB): $(VENV)/.runtime build_db.py $(shell find newsroom -name "*.py") $(shell find $(CORPUS) -type f 2>/dev/null)
	$(PY) build_db.py build --corpus $(CORPUS) --output $(DB)

build: $(DB) ## Check the corpus and build corpus.db (only the changed articles, when it can)

serve: $(DB) ## Set up, build and serve on http://127.0.0.1:8001/ (PORT=..., WORKERS=1 for one process)
	$(PY) build_db.py serve --database $(DB) --port $(PORT) $(if $(WORKERS),--workers $(WORKERS))

test: lint ## Lint, then run the test suite
	$(PY) -m pytest

lint: $(VENV)/.dev ## Check code style and formatting with ruff (configured in pyproject.toml)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.dev ## Reformat the code with ruff
	$(VENV)/bin/ruff format .

$(PUBLIC_DB): $(VENV)/.runtime build_db.py $(shell find newsroom -name "*.py") $(shell find $(CORPUS) -type f 2>/dev/null)
	$(PY) build_db.py build --corpus $(CORPUS) --output $(PUBLIC_DB) $(if $(filter include,$(BODIES)),,--withhold-bodies)

publish: $(VENV)/.dev $(PUBLIC_DB) ## Publish (TARGET=fly, vercel or cloudrun; MACHINES, MIN_INSTANCES, MAX_INSTANCES)
	$(PY) build_db.py publish --target $(TARGET) --database $(PUBLIC_DB) --app $(APP) \
		--machines $(MACHINES) --min-instances $(MIN_INSTANCES) --max-instances $(MAX_INSTANCES)

# Only Fly's --generate-dir works offline (Vercel's insists on its CLI), so
# the bundle is always the Fly app: the same options as every `make publish`.
bundle: $(VENV)/.dev $(PUBLIC_DB) ## Generate the deployable (Fly) app offline into dist/fly
	$(PY) build_db.py bundle --target fly --database $(PUBLIC_DB) --output dist/fly --app $(APP)

serve-bundle: bundle ## Run the generated bundle as its Dockerfile would, on 127.0.0.1:8001 (PORT=...)
	$(PY) build_db.py serve-bundle dist/fly --port $(PORT)

loadtest: $(VENV)/.dev $(DB) ## 32 clients x 30 s against 1 worker, then one per core -> bench-results/loadtest.json
	$(PY) scripts/loadtest.py --database $(DB) --clients $(CLIENTS) --seconds $(SECONDS) \
		$(if $(LOADTEST_WORKERS),--workers 1$(COMMA)$(LOADTEST_WORKERS)) --json bench-results/loadtest.json

bench: loadtest ## Load test, then the scale benchmark (N=100000 articles; N=1000 for a quick look)
	$(PY) scripts/bench.py --articles $(N) --output bench-results

eval: $(VENV)/.runtime ## Score the draft annotator (precision/recall) against hand-annotated articles
	$(PY) scripts/eval_draft.py --json eval/results.json

screenshots: $(VENV)/.dev ## Refresh the README's screenshots (docs/screenshots) from the browser tests
	SCREENSHOT_DIR=docs/screenshots $(PY) -m pytest -q tests/test_browser.py tests/test_browser_reading.py

lock: ## Re-pin requirements*.txt from requirements*.in
	$(PYTHON) scripts/lock.py

clean: ## Remove the virtualenv, the database and test output
	rm -rf $(VENV) $(DB) $(DB)-journal .$(DB).* dist .pytest_cache test-artifacts
