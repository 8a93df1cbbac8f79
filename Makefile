# Front door. `make run` and `make test` work on a fresh Debian 12 machine.
PRESET ?= release
BUILD  := build/$(PRESET)
SIAGA  := $(BUILD)/siaga
DB     ?= var/siaga.db
PORT   ?= 8080

.PHONY: setup configure build run test unit-test api-test bench fmt clean

setup:
	@bash scripts/setup

$(BUILD)/build.ninja: CMakeLists.txt CMakePresets.json | setup
	@cmake --preset $(PRESET) >/dev/null

configure: $(BUILD)/build.ninja

build: setup configure
	@cmake --build $(BUILD)

run: build
	@mkdir -p $(dir $(DB))
	$(SIAGA) serve --demo --db $(DB) --port $(PORT)

test: build
	@ctest --preset $(PRESET)
	@bash tests/api/run $(SIAGA)

unit-test: build
	@ctest --preset $(PRESET)

api-test: build
	@bash tests/api/run $(SIAGA)

bench: build
	@bash bench/run $(BUILD)

fmt:
	@find src tests bench -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

clean:
	rm -rf build
