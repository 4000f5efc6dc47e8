#!/usr/bin/env bash
# Builds the firmware with a model embedded, runs it in QEMU, and prints the
# first input lines and the summary, for each Cortex-M target.
#
#   scripts/run-firmware.sh [MODEL [VECTORS]] [-- TARGET...]
#
# MODEL defaults to $STITCH_MODEL, else models/fashion-mnist.stitch; VECTORS
# (a `stitch export-vectors` file) replaces the embedded test images; TARGET
# defaults to both thumbv7em-none-eabihf (Cortex-M4F) and thumbv6m-none-eabi
# (Cortex-M0). A graph model (a CNN) runs in stitch-graph, on vectors: by
# default the first test images with the logits stitch-core computes on the
# host (`stitch export-vectors --test-images`), which it must equal.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/common-firmware.sh
source "$ROOT/scripts/common-firmware.sh"

require_tools arm-none-eabi-size
model="" vectors=""
[ $# -gt 0 ] && [ "$1" != -- ] && { model=$1; shift; }
[ $# -gt 0 ] && [ "$1" != -- ] && { vectors=$1; shift; }
[ "${1:-}" = -- ] && shift
use_model "$model"
build_stitch
bin=stitch-firmware
if [ "$(model_kind "$STITCH_MODEL")" = graph ]; then
  bin=stitch-graph
  if [ -z "$vectors" ]; then
    vectors="$ROOT/target/firmware-vectors/$(basename "$STITCH_MODEL" .stitch).vectors"
    mkdir -p "$(dirname "$vectors")"
    "$STITCH" export-vectors --model "$STITCH_MODEL" --test-images --out "$vectors"
  fi
fi
use_vectors "$vectors"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${FIRMWARE_TARGETS[@]}")

for target in "${targets[@]}"; do
  echo "== $bin $target, model $STITCH_MODEL${STITCH_VECTORS:+, vectors $STITCH_VECTORS}"
  out=$(run_firmware "$target" "$bin")
  grep '^note:' <<<"$out" || true
  awk '/^(image|vector)=/ && n++ < 5' <<<"$out"
  echo "..."
  grep -v '^image=\|^vector=\|^note:' <<<"$out"
  read -r text data bss _ < <(arm-none-eabi-size "$(firmware_elf "$target" "$bin")" | awk 'NR == 2')
  summary=$(grep '^summary' <<<"$out")
  echo "flash: $((text + data)) B in all (model $(field "$summary" model_bytes) B, plus the embedded data); static RAM: $((data + bss)) B; machine: $(field "$summary" machine)"
done
