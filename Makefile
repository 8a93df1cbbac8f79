# Front door. `make run` and `make test` work on a fresh Debian 12 machine.
PRESET ?= release
BUILD  := build/$(PRESET)
SIAGA  := $(BUILD)/siaga
DB     ?= var/siaga.db
PORT   ?= 8080

.PHONY: setup configure build web run test unit-test api-test web-test e2e-test bench fmt clean

# The browser app (web/): `npm ci` only when package-lock.json changed since the
# last install (stamp in node_modules), `vite build` only when a source changed.
WEB_STAMP := web/node_modules/.siaga-npm-ci
WEB_SRC   := $(shell find web/src -type f 2>/dev/null) web/index.html web/vite.config.ts web/tsconfig.json

setup:
	@bash scripts/setup

$(BUILD)/build.ninja: CMakeLists.txt CMakePresets.json | setup
	@cmake --preset $(PRESET) >/dev/null

configure: $(BUILD)/build.ninja

build: setup configure
	@cmake --build $(BUILD)
	@$(MAKE) --no-print-directory web

$(WEB_STAMP): web/package.json web/package-lock.json
	@cd web && npm ci --no-audit --no-fund
	@touch $@

web/dist/index.html: $(WEB_STAMP) $(WEB_SRC)
	@cd web && npx tsc --noEmit && npx vite build --logLevel warn

web: web/dist/index.html

run: build
	@mkdir -p $(dir $(DB))
	$(SIAGA) serve --demo --db $(DB) --port $(PORT)

# The store and service tests run on SQLite and on PostgreSQL; tests/pg/with-cluster
# starts a throw-away PostgreSQL 15 cluster for them and removes it afterwards.
test: build
	@bash tests/pg/with-cluster ctest --preset $(PRESET)
	@bash tests/api/run $(SIAGA)
	@cd web && npm test
	@cd web && SIAGA_BIN=$(abspath $(SIAGA)) npm run e2e

unit-test: build
	@bash tests/pg/with-cluster ctest --preset $(PRESET)

api-test: build
	@bash tests/api/run $(SIAGA)

web-test: build
	@cd web && npm test

e2e-test: build
	@cd web && SIAGA_BIN=$(abspath $(SIAGA)) npm run e2e

bench: build
	@bash bench/run $(BUILD)

fmt:
	@find src tests bench -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

clean:
	rm -rf build
