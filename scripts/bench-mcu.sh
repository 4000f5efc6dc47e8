#!/usr/bin/env bash
# Cortex-M figures of the firmware (make bench-mcu): builds the release
# firmware for both targets, runs it in QEMU, and prints per target:
#
# - instructions per inference: exact, from QEMU's -icount (see firmware/src/counter.rs):
#   median over the embedded test images, minus an empty call;
# - stitch-core .text: the firmware is built with LTO, which inlines the engine into
#   its callers, so the measure is the sum of the `arm-none-eabi-nm -S` sizes of the
#   code symbols `stitch_firmware::infer` (the function wrapping exactly one
#   `Engine::infer` call) and every symbol of stitch_core itself (`stitch_core::...`,
#   `<stitch_core::... as ...>::...`). Not counted: the model reader and validation
#   (`Model::from_bytes`, `Engine::check`, inlined into main), the error type's Display
#   (only prints a bad model's error at boot) and the weights (rodata);
# - flash: text + rodata + data (`arm-none-eabi-size`: text includes rodata and the
#   vector table), with the embedded model and test images broken out;
# - static RAM: data + bss (the engine's buffers are part of bss);
# - stack: the deepest stack one inference used (painted, see firmware/src/stack.rs).
#
#   scripts/bench-mcu.sh [MODEL]     (default $STITCH_MODEL, else models/fashion-mnist.stitch)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/common-firmware.sh
source "$ROOT/scripts/common-firmware.sh"

require_tools arm-none-eabi-size arm-none-eabi-nm
use_model "${1:-}"
# The shipped configuration: the engine's default width.
unset STITCH_MAX_WIDTH

# One test record: a label byte and 28 x 28 pixels.
RECORD=785

echo "model: $STITCH_MODEL ($(stat -c %s "$STITCH_MODEL") bytes)"
symbols_note=""
for target in "${FIRMWARE_TARGETS[@]}"; do
  out=$(run_firmware "$target")
  summary=$(grep '^summary ' <<<"$out") || die "$target: no summary line"
  elf=$(firmware_elf "$target")

  read -r text data bss _ < <(arm-none-eabi-size "$elf" | awk 'NR == 2')
  # Code symbols (t/T) of stitch-core and the infer wrapper: "size name" per line.
  core_symbols=""
  core_text=0
  while read -r size name; do
    core_symbols+="$((16#$size)) $name"$'\n'
    core_text=$((core_text + 16#$size))
  done < <(arm-none-eabi-nm -S -C "$elf" | awk '
    $3 ~ /^[tT]$/ {
      name = $0; sub(/^[^ ]+ [^ ]+ [^ ]+ /, "", name)
      # Error Display code only reports a bad model at boot: not inference.
      if (name ~ /core::fmt::Display/) next
      if (name == "stitch_firmware::infer" || name ~ /^<?stitch_core::/) print $2, name
    }')
  [ "$core_text" -gt 0 ] || die "$target: no stitch_firmware::infer or stitch_core:: symbols in $elf"

  images=$(field "$summary" images)
  model_bytes=$(field "$summary" model_bytes)
  echo
  echo "== $target (${FIRMWARE_BOARD[$target]})"
  printf '%-30s %s\n' \
    "kernel" "$(field "$summary" kernel)" \
    "instructions per inference" "$(field "$summary" instructions_per_inference)" \
    "stitch-core .text" "$core_text B" \
    "flash (text+rodata+data)" "$((text + data)) B (model $model_bytes B, $images test images $((images * RECORD)) B)" \
    "flash without test images" "$((text + data - images * RECORD)) B" \
    "static RAM (data+bss)" "$((data + bss)) B (engine buffers $(field "$summary" ram_bytes) B)" \
    "stack, one inference" "$(field "$summary" stack_bytes) B" \
    "accuracy on embedded images" "$(field "$summary" correct)/$images"
  symbols_note+="$target:"$'\n'"$(awk 'NF { printf "  %6d  %s\n", $1, substr($0, index($0, " ") + 1) }' <<<"$core_symbols")"$'\n'
done

echo
echo "stitch-core .text = sum of these code symbols (arm-none-eabi-nm -S -C; LTO inlines"
echo "the engine into stitch_firmware::infer, the wrapper of one Engine::infer call):"
printf '%s' "$symbols_note"
