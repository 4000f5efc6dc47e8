# Shared by bench-mcu.sh and run-firmware.sh (sourced, not run).
# Checks the tools, resolves the model to embed, builds and runs the firmware.
# Which QEMU machine runs a build is firmware/qemu-run.sh's business (the
# summary line says `machine=`); which chip it is linked for, firmware/build.rs's.

# The two builds: Cortex-M4F (DSP kernel) and Cortex-M0 (ARMv6-M kernel).
FIRMWARE_TARGETS=(thumbv7em-none-eabihf thumbv6m-none-eabi)

# Longest one QEMU run may take (a run takes a few seconds at most).
QEMU_TIMEOUT=120

# die MESSAGE: print to stderr and stop.
die() {
  echo "error: $*" >&2
  exit 1
}

# require_tools TOOL...: fail with the install command when one is missing.
require_tools() {
  command -v qemu-system-arm >/dev/null || die "qemu-system-arm is missing: apt-get install -y qemu-system-arm (or make setup)"
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "$tool is missing: apt-get install -y binutils-arm-none-eabi (or make setup)"
  done
  if command -v rustup >/dev/null; then
    local installed target
    installed=$(rustup target list --installed)
    for target in "${FIRMWARE_TARGETS[@]}"; do
      grep -qx "$target" <<<"$installed" || die "Rust target $target is missing: rustup target add $target (or make setup)"
    done
  fi
}

# use_model [PATH]: export STITCH_MODEL as an absolute path (the build script runs in firmware/).
# Default: $STITCH_MODEL, else models/fashion-mnist.stitch.
use_model() {
  local model=${1:-${STITCH_MODEL:-$ROOT/models/fashion-mnist.stitch}}
  [ -f "$model" ] || die "no model at $model: train one (make demo) or pass a model file"
  STITCH_MODEL=$(realpath "$model")
  export STITCH_MODEL
}

# use_vectors [PATH]: export STITCH_VECTORS (absolute), or unset it for the test images.
use_vectors() {
  if [ -n "${1:-}" ]; then
    [ -f "$1" ] || die "no vectors file at $1"
    STITCH_VECTORS=$(realpath "$1")
    export STITCH_VECTORS
  else
    unset STITCH_VECTORS
  fi
}

# run_firmware TARGET [BIN]: build the release firmware's BIN (stitch-firmware,
# or stitch-graph for a graph model) for TARGET and run it in QEMU
# (firmware/qemu-run.sh); its output goes to stdout. Fails (printing the output)
# when the firmware fails.
run_firmware() {
  local target=$1 bin=${2:-stitch-firmware} out status=0
  (cd "$ROOT/firmware" && cargo build --release --quiet --bin "$bin" --target "$target")
  out=$(cd "$ROOT/firmware" && timeout "$QEMU_TIMEOUT" cargo run --release --quiet --bin "$bin" --target "$target" 2>&1) || status=$?
  if [ "$status" != 0 ]; then
    printf '%s\n' "$out" >&2
    [ "$status" = 124 ] && die "$target: QEMU did not finish within ${QEMU_TIMEOUT}s"
    die "$target: the firmware failed (exit status $status)"
  fi
  printf '%s\n' "$out"
}

# firmware_elf TARGET [BIN]: the release ELF (honours CARGO_TARGET_DIR).
firmware_elf() {
  local dir=${CARGO_TARGET_DIR:-$ROOT/firmware/target}
  echo "$dir/$1/release/${2:-stitch-firmware}"
}

# The host CLI; build_stitch builds it (a script calls it once, before using it).
STITCH="$ROOT/target/release/stitch"

build_stitch() {
  (cd "$ROOT" && cargo build --release --quiet -p stitch-train)
}

# model_kind MODEL: `chain` or `graph`, as `stitch inspect` reads it.
model_kind() {
  "$STITCH" inspect "$1" --target cortex-m4 --json | json_field kind
}

# json_field KEY: the first value of "KEY" in `stitch ... --json`'s output, unquoted
# (a number, a string without commas, or null).
json_field() {
  { grep -o "\"$1\": *[^,}]*" || true; } | head -n 1 | sed 's/^[^:]*: *//; s/"//g'
}

# field LINE KEY: the value of KEY=... in a `key=value ...` line.
field() {
  sed -n "s/.*[ ]$2=\([^ ]*\).*/\1/p" <<<" $1"
}
