#!/usr/bin/env bash
# Cortex-M figures of the firmware (make bench-mcu): builds the release
# firmware for both targets, runs it in QEMU, and prints per model and target:
#
# - instructions per inference: exact, from QEMU's -icount (see firmware/src/counter.rs):
#   median over the embedded inputs, minus an empty call;
# - inference .text: the firmware is built with LTO, which inlines the engine's entry
#   into its caller, so the measure is the sum of the `arm-none-eabi-nm -S` sizes of
#   the code symbols `stitch_firmware::infer*` (the functions wrapping exactly one
#   `Engine::infer`/`infer_int8` call), every symbol of stitch_core itself
#   (`stitch_core::...`, `<stitch_core::... as ...>::...`) and the runtime library's
#   64-bit helpers the rare requantization path calls on ARMv6-M. Not counted: the
#   model reader and validation (stitch_core::model, ::format and requant::frexp:
#   run once at boot), the error type's Display (only
#   prints a bad model's error at boot), the argmax of the class (after the measured
#   call) and the weights (rodata, the model file);
# - flash: the model file + the inference .text;
# - RAM: the engine (buffers and scratch, static) + the deepest stack one inference
#   used (painted, see firmware/src/stack.rs);
# - predicted: what `stitch inspect --target CHIP --entry ENTRY` says before anything
#   is built, for the entry the firmware calls (bytes for images, int8 for vectors).
#
# The models are the firmware parity test's: the committed Fashion-MNIST model and
# the TFLite reference model (both roundings) on the embedded test images, MLPerf
# Tiny's anomaly-detection autoencoder (tests/data/mlperf-tiny-ad) imported with
# each rounding on its 100 reference vectors, and a tiny 4-3-2 model (both
# roundings) on 16 vectors.
#
#   scripts/bench-mcu.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/common-firmware.sh
source "$ROOT/scripts/common-firmware.sh"

require_tools arm-none-eabi-size arm-none-eabi-nm
# The shipped configuration: the engine sized for each model.
unset STITCH_MAX_WIDTH STITCH_ENTRY

WORK="$ROOT/target/bench-mcu"
AD="$ROOT/tests/data/mlperf-tiny-ad"
mkdir -p "$WORK"
build_stitch
(cd "$ROOT" && cargo run --release --quiet -p stitch-tests --example parity_models -- "$WORK") >/dev/null
for rounding in single double; do
  "$STITCH" import "$AD/ad01-toycar-int8.tflite" --rounding "$rounding" --out "$WORK/ad-$rounding.stitch" 2>/dev/null
  "$STITCH" export-vectors --model "$WORK/ad-$rounding.stitch" --input "$AD/inputs-first100.bin" \
    --expected "$AD/outputs-$rounding-rounding-first100.bin" --out "$WORK/ad-$rounding.vectors" 2>/dev/null
done

# name|model|vectors
CONFIGS=(
  "fashion-mnist (784-64-64-10)|$ROOT/models/fashion-mnist.stitch|"
  "TFLite reference, single|$WORK/tflite-reference-single.stitch|"
  "TFLite reference, double|$WORK/tflite-reference-double.stitch|"
  "autoencoder, single|$WORK/ad-single.stitch|$WORK/ad-single.vectors"
  "autoencoder, double|$WORK/ad-double.stitch|$WORK/ad-double.vectors"
  "tiny 4-3-2, single|$WORK/tiny-single.stitch|$WORK/tiny-single.vectors"
  "tiny 4-3-2, double|$WORK/tiny-double.stitch|$WORK/tiny-double.vectors"
)

# json_field JSON KEY: a number from `stitch inspect --json`.
json_field() {
  sed -n "s/.*\"$2\": *\([0-9]*\).*/\1/p" <<<"$1"
}

table=""
symbols_note=""
for config in "${CONFIGS[@]}"; do
  IFS='|' read -r name model vectors <<<"$config"
  use_model "$model"
  use_vectors "$vectors"
  model_bytes=$(stat -c %s "$model")
  for target in "${FIRMWARE_TARGETS[@]}"; do
    case $target in thumbv7em*) chip=cortex-m4 ;; *) chip=cortex-m0 ;; esac
    entry=bytes
    [ -n "$vectors" ] && entry=int8
    predicted=$("$STITCH" inspect "$model" --target "$chip" --entry "$entry" --json)
    out=$(run_firmware "$target")
    summary=$(grep '^summary ' <<<"$out") || die "$target: no summary line"
    [ "$(field "$summary" mismatches)" = "" ] || [ "$(field "$summary" mismatches)" = 0 ] \
      || die "$name on $target: $(field "$summary" mismatches) vectors differ"
    elf=$(firmware_elf "$target")
    core_symbols=""
    core_text=0
    while read -r size symbol; do
      core_symbols+="$((16#$size)) $symbol"$'\n'
      core_text=$((core_text + 16#$size))
    done < <(arm-none-eabi-nm -S -C "$elf" | awk '
      $3 ~ /^[tT]$/ {
        name = $0; sub(/^[^ ]+ [^ ]+ [^ ]+ /, "", name)
        # Not inference: the error Display (a bad model at boot), the model
        # reader and validation (boot; quantize_multiplier'"'"'s frexp there, for
        # a graph'"'"'s ADD) and the class argmax (after the measured call).
        if (name ~ /core::fmt::Display/ || name ~ /^<?stitch_core::(model|format)::/ || name ~ /^stitch_core::softmax::/ || name ~ /requant::frexp/) next
        # The runtime library'"'"'s 64-bit helpers, called by requantization'"'"'s rare path on ARMv6-M.
        if (name ~ /^stitch_firmware::infer/ || name ~ /^<?stitch_core::/ || name ~ /^__aeabi_l(mul|asr|lsl|lsr)$/) print $2, name
      }')
    [ "$core_text" -gt 0 ] || die "$target: no stitch_firmware::infer or stitch_core:: symbols in $elf"
    table+="$(printf '| %s | %s | %s | %s | %s | %s B / %s B | %s B / %s B | %s + %s B / %s + %s B |' \
      "$name" "$chip" "$(field "$summary" machine)" \
      "$(field "$summary" instructions_per_inference)" "$(json_field "$predicted" instructions_per_inference)" \
      "$core_text" "$(json_field "$predicted" code_bytes)" \
      "$((model_bytes + core_text))" "$(json_field "$predicted" flash_bytes)" \
      "$(field "$summary" ram_bytes)" "$(field "$summary" stack_bytes)" \
      "$(json_field "$predicted" engine_bytes)" "$(json_field "$predicted" stack_bytes)")"$'\n'
    symbols_note+="$name, $chip:"$'\n'"$(awk 'NF { printf "  %6d  %s\n", $1, substr($0, index($0, " ") + 1) }' <<<"$core_symbols")"$'\n'
  done
done

echo "Measured / predicted (stitch inspect --target):"
echo
echo "| model | chip | machine | instructions per inference | predicted | inference .text / predicted | flash: model + code / predicted | RAM: engine + stack / predicted |"
echo "|---|---|---|---:|---:|---:|---:|---:|"
printf '%s' "$table"
echo
echo "inference .text = sum of these code symbols (arm-none-eabi-nm -S -C; LTO inlines"
echo "the engine's entry into stitch_firmware::infer*, the wrappers of one inference call):"
printf '%s' "$symbols_note"

# MLPerf Tiny's convolutional networks, imported matching LiteRT, in stitch-graph
# on their reference vectors: instructions, stack, arena, flash, and the .text of
# the graph path (stitch_core::graph, ::conv and ::requant, the measured wrapper
# with everything inlined into it, the window walk's iterator, and the runtime
# library's float helpers ADD's set-up calls).
echo
echo "MLPerf Tiny (stitch-graph, scripts/run-mlperf.sh), measured:"
echo
echo "| model | chip | instructions per inference | stack | arena | model | graph .text |"
echo "|---|---|---:|---:|---:|---:|---:|"
for name in kws ic vww; do
  for target in "${FIRMWARE_TARGETS[@]}"; do
    chip=$([ "$target" = thumbv6m-none-eabi ] && echo cortex-m0 || echo cortex-m4)
    out=$(TARGET=$target "$ROOT/scripts/run-mlperf.sh" "$name" 2>"$WORK/mlperf.log") \
      || { cat "$WORK/mlperf.log" >&2; die "$name on $target: scripts/run-mlperf.sh failed"; }
    summary=$(grep '^summary ' <<<"$out") || die "$name on $target: no summary line"
    [ "$(field "$summary" mismatches)" = 0 ] || die "$name on $target: $(field "$summary" mismatches) vectors differ"
    text=0
    while read -r size; do
      text=$((text + 16#$size))
    done < <(arm-none-eabi-nm -S -C "$(firmware_elf "$target" stitch-graph)" | awk '
      $3 ~ /^[tT]$/ {
        name = $0; sub(/^[^ ]+ [^ ]+ [^ ]+ /, "", name)
        if (name ~ /^<?stitch_core::(graph|conv|requant|kernels)/ || name ~ /^stitch_graph::infer/ \
            || name ~ /FlattenCompat/ || name ~ /^compiler_builtins::float/ || name ~ /^__aeabi_[dl]/) print $2
      }')
    printf '| %s | %s | %s | %s B | %s B | %s B | %s B |\n' "$name" "$chip" \
      "$(field "$summary" instructions_per_inference)" "$(field "$summary" stack_bytes)" \
      "$(field "$summary" arena_bytes)" "$(field "$summary" model_bytes)" "$text"
  done
done

# The convolution kernels (stitch_core::conv, portable Rust) on layers shaped like
# MLPerf Tiny's keyword spotting: instructions per multiply-accumulate.
echo
echo "Convolution kernels (firmware/src/bin/conv_bench.rs), instructions per MAC:"
echo
echo "| layer | chip | MACs | instructions | per MAC |"
echo "|---|---|---:|---:|---:|"
for target in "${FIRMWARE_TARGETS[@]}"; do
  chip=$([ "$target" = thumbv6m-none-eabi ] && echo cortex-m0 || echo cortex-m4)
  out=$(cd "$ROOT/firmware" && timeout "$QEMU_TIMEOUT" cargo run --release --quiet --bin stitch-conv-bench --target "$target" 2>&1) \
    || { printf '%s\n' "$out" >&2; die "$target: the convolution benchmark failed"; }
  while read -r line; do
    printf '| %s | %s | %s | %s | %s |\n' "$(field "$line" layer)" "$chip" \
      "$(field "$line" macs)" "$(field "$line" instructions)" "$(field "$line" per_mac)"
  done < <(grep '^layer=' <<<"$out")
done
