# Paradiplomacy dashboard. `make run` and `make test` set up what is missing, then do their job.
# Every tool is pinned: trunk here, wasm-bindgen from Cargo.lock, npm tools by their lockfiles.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

TRUNK_VERSION := 0.21.14
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3 }' Cargo.lock)
CHROMIUM := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver
# ECharts in parts (public/vendor/echarts/), their list, and whole for the single file.
ECHARTS_BUNDLE := public/vendor/echarts-parts.json
WORLD_MAP := public/vendor/world-map.js

# The npm `binaryen` (wasm-opt 132) must come before any system wasm-opt on PATH.
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

# Each step's heading says when it began (UTC), so a run's log shows where its time went.
say = @printf '\n\033[1m==> %s\033[0m  [%s]\n' "$(1)" "$$(date -u +%H:%M:%S)"

.PHONY: run serve build test setup rust-target trunk wasm-bindgen tools vendor browser e2e-deps \
        fmt-check clippy schema-views test-schema test-native test-wasm test-e2e test-audit java size single bench audit screenshots clean

## run: set up, build the release, serve it on http://127.0.0.1:8080
run: build
	$(call say,Serving the dashboard on http://127.0.0.1:8080 (Ctrl-C stops))
	trunk serve --release --no-autoreload

## build: the release build into dist/ (its bake draws every view in headless Chromium)
build: setup browser
	$(call say,Building the release into dist/)
	trunk build --release
	@echo "dist/ is ready: open it through any static web server."

## test: every check, in the order a failure is cheapest to see
test: setup browser java e2e-deps
	$(MAKE) --no-print-directory fmt-check clippy test-schema test-native test-wasm build test-e2e test-audit
	@echo
	@echo "make test: all passed (fmt, clippy host+wasm32, schema, native tests, wasm tests in Chromium, release build, end-to-end tests, audit)"

setup: rust-target trunk wasm-bindgen tools vendor

rust-target:
	@if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then \
	  printf '\n==> Adding the Rust wasm32 target\n'; rustup target add wasm32-unknown-unknown; fi

trunk:
	@if ! trunk --version 2>/dev/null | grep -q " $(TRUNK_VERSION)$$"; then \
	  printf '\n==> Installing trunk $(TRUNK_VERSION) (compiles from source: about 8 minutes on 2 cores)\n'; \
	  cargo install trunk --version $(TRUNK_VERSION) --locked; fi

wasm-bindgen:
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "wasm-bindgen is not in Cargo.lock"; exit 1; }
	@grep -q 'wasm_bindgen = "$(WASM_BINDGEN_VERSION)"' Trunk.toml || \
	  { echo "Trunk.toml must pin wasm_bindgen = \"$(WASM_BINDGEN_VERSION)\" (the version in Cargo.lock)"; exit 1; }
	@if ! wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)"; then \
	  printf '\n==> Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (compiles from source: about 5 minutes)\n'; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); fi

tools: tools/node_modules/.package-lock.json
tools/node_modules/.package-lock.json: tools/package.json tools/package-lock.json
	$(call say,Installing build tools from npm (esbuild, echarts, binaryen, world-atlas, topojson-client))
	npm ci --prefix tools --no-audit --no-fund
	@touch $@

vendor: $(ECHARTS_BUNDLE) $(WORLD_MAP)
$(ECHARTS_BUNDLE): tools/echarts-parts.mjs tools/bundle-echarts.mjs tools/postbuild/compile-hints.mjs tools/node_modules/.package-lock.json
	$(call say,Bundling ECharts (only the chart types used; a part per type) into $(dir $@))
	@mkdir -p $(dir $@)
	node tools/bundle-echarts.mjs $(dir $@)

$(WORLD_MAP): tools/build-world-map.mjs tools/node_modules/.package-lock.json
	$(call say,Converting the world map (Natural Earth 110m via world-atlas) into $@)
	@mkdir -p $(dir $@)
	node tools/build-world-map.mjs $@

browser:
	@if [ ! -x $(CHROMIUM) ] || [ ! -x $(CHROMEDRIVER) ]; then \
	  printf '\n==> Installing Debian chromium and chromium-driver\n'; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; fi

e2e-deps: e2e/node_modules/.package-lock.json
e2e/node_modules/.package-lock.json: e2e/package.json e2e/package-lock.json
	$(call say,Installing the tools of the end-to-end tests and of the benchmark and audit from npm (playwright-core, axe-core, lighthouse, vnu-jar, TimelineJS))
	npm ci --prefix e2e --no-audit --no-fund
	@touch $@

fmt-check:
	$(call say,cargo fmt --check)
	cargo fmt --all -- --check

clippy:
	$(call say,cargo clippy (host and wasm32; the app's wasm as index.html builds it, without the feature sheet))
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features --bin paradiplomacy-dashboard -- -D warnings

test-schema:
	$(call say,Dataset files against data/schema.json (Python jsonschema); the dashboard's validator against the schema on every fixture and ~600 hostile files)
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install --quiet jsonschema==4.26.0
	python3 tools/check_schema.py data/tangsel-paradiplomacy.json tests/fixtures/*.json
	cargo test --test schema_agreement -- --ignored --nocapture

## schema-views: write the app's views (View::ALL) into data/schema.json's story step list
schema-views:
	$(call say,The story step's views in data/schema.json from View::ALL)
	UPDATE_SCHEMA=1 cargo test --test views_model the_schema_lists_the_views

test-native:
	$(call say,Native tests (model, chart options, dataset, hostile files))
	cargo test

# Chromium's profile for these (about 150 MB each) stays behind in $TMPDIR when the runner ends
# its WebDriver session: a scratch TMPDIR, removed afterwards, keeps /tmp from filling run by run.
test-wasm:
	$(call say,wasm-bindgen tests in headless Chromium)
	scratch=$$(mktemp -d); trap 'rm -rf "$$scratch"' EXIT; \
	  TMPDIR=$$scratch CHROMEDRIVER=$(CHROMEDRIVER) WASM_BINDGEN_TEST_TIMEOUT=120 \
	  cargo test --target wasm32-unknown-unknown --test web --test panic_hook

test-e2e:
	$(call say,End-to-end tests of the release build in headless Chromium)
	node --test --test-concurrency=1 e2e/tests/

## bench: load, memory and interaction figures of the release build in headless Chromium, next
## to TimelineJS showing the same events, and at 10x and 100x the data (synthetic, tools/synth.mjs)
bench: build browser e2e-deps
	$(call say,Benchmark: the release build and TimelineJS served gzipped on 127.0.0.1 (about 8 minutes))
	node e2e/bench/run.mjs

## audit: Lighthouse (desktop preset), axe-core on every view, the Nu HTML Checker (needs Java)
audit: build browser java e2e-deps
	$(MAKE) --no-print-directory test-audit

test-audit:
	$(call say,Audit: Lighthouse + axe-core + Nu HTML Checker on the release build (about 3 minutes))
	node e2e/audit/run.mjs

java:
	@if ! command -v java >/dev/null; then \
	  printf '\n==> Installing Debian default-jre-headless (Java, for the Nu HTML Checker)\n'; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; fi

## screenshots: every view at each screen size, the story on each projector size, the embedded
## views, into screenshots/ (not committed), and where each view's chart starts
screenshots: build browser e2e-deps
	$(call say,Screenshots of every view at each size into screenshots/ (about 3 minutes))
	node e2e/tools/screenshots.mjs dist screenshots

## size: raw and gzip size of every file in dist/
size: build
	@node e2e/tools/size.mjs dist

## single: the dashboard as one HTML file that opens from file:// (dist-single/paradiplomacy-dashboard.html)
single: build
	$(call say,Writing the single-file dashboard into dist-single/)
	node tools/single.mjs dist dist-single

clean:
	rm -rf dist dist-single target/wasm32-unknown-unknown/release
