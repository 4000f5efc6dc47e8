#!/usr/bin/env bash
# Builds the firmware with a model embedded, runs it in QEMU, and prints the
# first image lines and the summary, for each Cortex-M target.
#
#   scripts/run-firmware.sh [MODEL] [TARGET...]
#
# MODEL defaults to $STITCH_MODEL, else models/fashion-mnist.stitch; TARGET to
# both thumbv7em-none-eabihf (Cortex-M4F) and thumbv6m-none-eabi (Cortex-M0).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/common-firmware.sh
source "$ROOT/scripts/common-firmware.sh"

require_tools arm-none-eabi-size
use_model "${1:-}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${FIRMWARE_TARGETS[@]}")

for target in "${targets[@]}"; do
  echo "== firmware $target (${FIRMWARE_BOARD[$target]:-?}), model $STITCH_MODEL"
  out=$(run_firmware "$target")
  awk '/^image=/ && n++ < 5' <<<"$out"
  echo "..."
  grep -v '^image=' <<<"$out"
  read -r text data bss _ < <(arm-none-eabi-size "$(firmware_elf "$target")" | awk 'NR == 2')
  echo "flash: $((text + data)) B in all (model $(field "$(grep '^summary' <<<"$out")" model_bytes) B, plus the embedded test images); static RAM: $((data + bss)) B"
done
