#!/usr/bin/env bash
# Cortex-M figures of the firmware (make bench-mcu): builds the release
# firmware for both targets, runs it in QEMU, and prints per model and target:
#
# - instructions per inference: exact, from QEMU's -icount (see firmware/src/counter.rs):
#   median over the embedded inputs, minus an empty call;
# - stitch-core .text: the firmware is built with LTO, which inlines the engine into
#   its callers, so the measure is the sum of the `arm-none-eabi-nm -S` sizes of the
#   code symbols `stitch_firmware::infer*` (the functions wrapping exactly one
#   `Engine::infer`/`infer_int8` call) and every symbol of stitch_core itself
#   (`stitch_core::...`, `<stitch_core::... as ...>::...`). Not counted: the model
#   reader and validation (run once at boot), the error type's Display (only prints a
#   bad model's error at boot), the argmax of the class (after the measured call) and
#   the weights (rodata);
# - flash: text + rodata + data (`arm-none-eabi-size`), without the embedded test data;
# - static RAM: data + bss (the engine's buffers are part of bss);
# - stack: the deepest stack one inference used (painted, see firmware/src/stack.rs).
#
# The models: the committed Fashion-MNIST model on the embedded test images, and
# MLPerf Tiny's anomaly-detection autoencoder (tests/data/mlperf-tiny-ad), imported
# with single and with double rounding, on its 100 reference vectors.
#
#   scripts/bench-mcu.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/common-firmware.sh
source "$ROOT/scripts/common-firmware.sh"

require_tools arm-none-eabi-size arm-none-eabi-nm
# The shipped configuration: the engine sized for each model.
unset STITCH_MAX_WIDTH

STITCH="$ROOT/target/release/stitch"
WORK="$ROOT/target/bench-mcu"
AD="$ROOT/tests/data/mlperf-tiny-ad"
mkdir -p "$WORK"
(cd "$ROOT" && cargo build --release --quiet -p stitch-train)
for rounding in single double; do
  "$STITCH" import "$AD/ad01-toycar-int8.tflite" --rounding "$rounding" --out "$WORK/ad-$rounding.stitch" 2>/dev/null
  "$STITCH" export-vectors --model "$WORK/ad-$rounding.stitch" --input "$AD/inputs-first100.bin" \
    --expected "$AD/outputs-$rounding-rounding-first100.bin" --out "$WORK/ad-$rounding.vectors" 2>/dev/null
done

# name|model|vectors
CONFIGS=(
  "fashion-mnist (784-64-64-10)|$ROOT/models/fashion-mnist.stitch|"
  "autoencoder, single rounding|$WORK/ad-single.stitch|$WORK/ad-single.vectors"
  "autoencoder, double rounding|$WORK/ad-double.stitch|$WORK/ad-double.vectors"
)

table=""
symbols_note=""
for config in "${CONFIGS[@]}"; do
  IFS='|' read -r name model vectors <<<"$config"
  use_model "$model"
  use_vectors "$vectors"
  for target in "${FIRMWARE_TARGETS[@]}"; do
    out=$(run_firmware "$target")
    summary=$(grep '^summary ' <<<"$out") || die "$target: no summary line"
    [ "$(field "$summary" mismatches)" = "" ] || [ "$(field "$summary" mismatches)" = 0 ] \
      || die "$name on $target: $(field "$summary" mismatches) vectors differ"
    elf=$(firmware_elf "$target")
    data_bytes=$(stat -c %s "${STITCH_VECTORS:-$ROOT/firmware/data/test-images.bin}")
    read -r text data bss _ < <(arm-none-eabi-size "$elf" | awk 'NR == 2')
    core_symbols=""
    core_text=0
    while read -r size symbol; do
      core_symbols+="$((16#$size)) $symbol"$'\n'
      core_text=$((core_text + 16#$size))
    done < <(arm-none-eabi-nm -S -C "$elf" | awk '
      $3 ~ /^[tT]$/ {
        name = $0; sub(/^[^ ]+ [^ ]+ [^ ]+ /, "", name)
        # Not inference: the error Display (a bad model at boot), model
        # validation (boot) and the class argmax (after the measured call).
        if (name ~ /core::fmt::Display/ || name ~ /^stitch_core::model::/ || name ~ /^stitch_core::softmax::/) next
        if (name ~ /^stitch_firmware::infer/ || name ~ /^<?stitch_core::/) print $2, name
      }')
    [ "$core_text" -gt 0 ] || die "$target: no stitch_firmware::infer or stitch_core:: symbols in $elf"
    [ -n "$vectors" ] && embedded=$data_bytes || embedded=$(( $(field "$summary" images) * 785 ))
    table+="$(printf '| %s | %s | %s | %s | %s B | %s B | %s + %s B | %s |' \
      "$name" "$target" "$(field "$summary" machine)" "$(field "$summary" instructions_per_inference)" \
      "$core_text" "$((text + data - embedded))" "$(field "$summary" ram_bytes)" \
      "$(field "$summary" stack_bytes)" "$(field "$summary" correct)/$(field "$summary" images)")"$'\n'
    symbols_note+="$name, $target:"$'\n'"$(awk 'NF { printf "  %6d  %s\n", $1, substr($0, index($0, " ") + 1) }' <<<"$core_symbols")"$'\n'
  done
done

echo "| model | target | machine | instructions per inference | stitch-core .text | flash without test data | RAM: buffers + stack | inputs right |"
echo "|---|---|---|---:|---:|---:|---:|---:|"
printf '%s' "$table"
echo
echo "stitch-core .text = sum of these code symbols (arm-none-eabi-nm -S -C; LTO inlines"
echo "the engine into stitch_firmware::infer*, the wrappers of one inference call):"
printf '%s' "$symbols_note"
