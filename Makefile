# stitch: `make demo` runs the main job, `make test` runs every test.
# Both install what they need first (idempotent: apt packages, rustup targets).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
TARGETS := thumbv6m-none-eabi thumbv7em-none-eabihf thumbv8m.main-none-eabihf
# stitch-core's declared minimum Rust (`rust-version` in Cargo.toml), checked by `make test`.
MSRV := $(shell sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml)
APT_PACKAGES := dataset-fashion-mnist qemu-system-arm binutils-arm-none-eabi
DEMO_DIR := target/demo
STITCH := target/release/stitch

.PHONY: setup demo test lint test-host core-no-std core-publish firmware-check panic-never bench bench-mcu fuzz mlperf-kws mlperf-ic mlperf-vww

setup:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; fi
	@installed=$$(rustup target list --installed); for t in $(TARGETS); do \
	  grep -qx $$t <<<"$$installed" || rustup target add $$t; done
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy rustfmt

# Trains both networks (the tutorial's MLP, then the CNN), runs the MLP on both
# cores in QEMU, and prints the two side by side (accuracy, bytes, instructions).
demo: setup
	cargo build --release -p stitch-train
	$(STITCH) train --out $(DEMO_DIR)/fashion-mnist.stitch
	$(STITCH) train --arch cnn --out $(DEMO_DIR)/fashion-mnist-cnn.stitch
	$(STITCH) eval --model $(DEMO_DIR)/fashion-mnist.stitch
	$(STITCH) predict --model $(DEMO_DIR)/fashion-mnist.stitch --index 3
	$(STITCH) predict --model $(DEMO_DIR)/fashion-mnist-cnn.stitch --index 3
	scripts/run-firmware.sh $(DEMO_DIR)/fashion-mnist.stitch
	scripts/compare-models.sh $(DEMO_DIR)/fashion-mnist.stitch $(DEMO_DIR)/fashion-mnist-cnn.stitch

test: setup lint core-no-std core-publish firmware-check panic-never test-host

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc -p stitch-core --features alloc --no-deps

test-host:
	cargo test --workspace

# stitch-core as others would depend on it: it packages and builds from crates.io
# dependencies alone, and builds with the oldest Rust it declares (host and both cores).
core-publish:
	cargo publish --dry-run --allow-dirty -p stitch-core
	cargo test -p stitch-core
	@rustup toolchain list | grep -q '^$(MSRV)-' || rustup toolchain install $(MSRV) --profile minimal
	@installed=$$(rustup target list --installed --toolchain $(MSRV)); for t in thumbv6m-none-eabi thumbv7em-none-eabihf; do \
	  grep -qx $$t <<<"$$installed" || rustup target add --toolchain $(MSRV) $$t; done
	cargo +$(MSRV) check -p stitch-core --features alloc
	cargo +$(MSRV) check -p stitch-core --target thumbv6m-none-eabi
	cargo +$(MSRV) check -p stitch-core --target thumbv7em-none-eabihf

# Proof that the reader and the engine need neither std nor alloc.
core-no-std:
	cargo build -p stitch-core --no-default-features --target thumbv6m-none-eabi
	cargo build -p stitch-core --no-default-features --target thumbv7em-none-eabihf

# The firmware is its own workspace: format, lint every variant (Cortex-M4F, Cortex-M0,
# real board), build the board variant (the QEMU ones are built by the parity test)
# and the minimal example firmware a user starts from, for both cores.
firmware-check:
	cd firmware && cargo fmt --check
	cd firmware && cargo clippy --release -- -D warnings
	cd firmware && cargo clippy --release --target thumbv6m-none-eabi -- -D warnings
	cd firmware && cargo clippy --release --features board -- -D warnings
	cd firmware && cargo build --release --features board
	cd firmware && cargo clippy --release --example minimal -- -D warnings
	cd firmware && cargo build --release --example minimal
	cd firmware && cargo build --release --example minimal --target thumbv6m-none-eabi

# Link-time proof that the device path cannot panic: the firmware's
# stitch-panic-never binary links only without a reachable panic; the test
# builds it and checks its predictions and exit status in QEMU.
panic-never: setup
	cd firmware && cargo clippy --release --features panic-never --bin stitch-panic-never -- -D warnings
	cargo test -p stitch-tests --test panic_never

# Host speed: stitch-core (one image, four at a time) against candle, criterion.
bench: setup
	cargo bench --workspace

# Fuzz the model reader and engine, then the TFLite importer (docs/ROBUSTNESS.md);
# FUZZ_SECONDS=1800 for a full run of each.
FUZZ_SECONDS ?= 60
fuzz:
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run model -- -max_total_time=$(FUZZ_SECONDS)
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run import -- -max_total_time=$(FUZZ_SECONDS)

# Instructions per inference, code size, flash, RAM and stack on Cortex-M4F and M0 (QEMU).
bench-mcu: setup
	scripts/bench-mcu.sh

# MLPerf Tiny's convolutional networks from .tflite to QEMU (MATCH=litert|tflm,
# TARGET=thumbv7em-none-eabihf|thumbv6m-none-eabi).
mlperf-kws mlperf-ic mlperf-vww: setup
	scripts/run-mlperf.sh $(@:mlperf-%=%)
