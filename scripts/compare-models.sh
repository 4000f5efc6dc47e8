#!/usr/bin/env bash
# Fashion-MNIST models side by side, as a firmware engineer chooses between
# them: test accuracy (float and int8, `stitch eval`), model bytes, RAM for
# activations, and instructions per inference on the Cortex-M4 and the
# Cortex-M0: predicted before flashing (`stitch inspect --target`) and
# measured in QEMU (scripts/run-firmware.sh's builds: the test images for a
# chain, vectors checked against the host for a graph).
#
#   scripts/compare-models.sh MODEL...
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/common-firmware.sh
source "$ROOT/scripts/common-firmware.sh"

[ $# -gt 0 ] || die "usage: scripts/compare-models.sh MODEL..."
require_tools
build_stitch
CHIPS=(cortex-m4 cortex-m0)
declare -A TRIPLE=([cortex-m4]=thumbv7em-none-eabihf [cortex-m0]=thumbv6m-none-eabi)

# percent FRACTION: 0.8929 -> 89.29 %, null -> n/a.
percent() {
  if [ "$1" = null ] || [ -z "$1" ]; then echo "n/a"; else awk -v f="$1" 'BEGIN { printf "%.2f %%", 100 * f }'; fi
}

# thousands N: 1234567 -> 1,234,567.
thousands() {
  awk -v n="$1" 'BEGIN { s = sprintf("%d", n); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]([,]|$)/, ",&", s); print s }'
}

rows=("model" "float test accuracy" "int8 test accuracy" "float/int8 agreement" "model bytes")
for chip in "${CHIPS[@]}"; do
  rows+=("$chip instructions predicted" "$chip instructions measured" "$chip activation RAM B" "$chip stack B measured")
done
declare -A cell
models=()
for model in "$@"; do
  use_model "$model"
  name=$(basename "$STITCH_MODEL" .stitch)
  models+=("$name")
  echo "== $name" >&2
  eval_json=$("$STITCH" eval --model "$STITCH_MODEL" --json 2>/dev/null)
  cell[$name,0]=$name
  cell[$name,1]=$(percent "$(json_field float_accuracy <<<"$eval_json")")
  cell[$name,2]=$(percent "$(json_field int8_accuracy <<<"$eval_json")")
  cell[$name,3]=$(percent "$(json_field agreement <<<"$eval_json")")
  kind=$(model_kind "$STITCH_MODEL")
  bin=stitch-firmware
  if [ "$kind" = graph ]; then
    bin=stitch-graph
    vectors="$ROOT/target/firmware-vectors/$name.vectors"
    mkdir -p "$(dirname "$vectors")"
    "$STITCH" export-vectors --model "$STITCH_MODEL" --test-images --out "$vectors" 2>/dev/null
    use_vectors "$vectors"
  else
    use_vectors ""
  fi
  row=5
  for chip in "${CHIPS[@]}"; do
    target_json=$("$STITCH" inspect "$STITCH_MODEL" --target "$chip" --json)
    cell[$name,4]=$(thousands "$(json_field model_bytes <<<"$target_json")")
    cell[$name,$row]=$(thousands "$(json_field instructions_per_inference <<<"$target_json")")
    out=$(run_firmware "${TRIPLE[$chip]}" "$bin")
    summary=$(grep '^summary' <<<"$out")
    [ "$(field "$summary" mismatches)" != "" ] && [ "$(field "$summary" mismatches)" != 0 ] &&
      die "$name on $chip: the firmware's outputs differ from the host's ($summary)"
    cell[$name,$((row + 1))]=$(thousands "$(field "$summary" instructions_per_inference)")
    # A graph's tensors live in its arena; a chain's in the engine's buffers.
    activations=$(json_field arena_bytes <<<"$target_json")
    [ -n "$activations" ] || activations=$(json_field engine_bytes <<<"$target_json")
    cell[$name,$((row + 2))]=$(thousands "$activations")
    cell[$name,$((row + 3))]=$(thousands "$(field "$summary" stack_bytes)")
    row=$((row + 4))
  done
done

for i in "${!rows[@]}"; do
  printf '%-34s' "${rows[$i]}"
  for name in "${models[@]}"; do printf ' %20s' "${cell[$name,$i]}"; done
  printf '\n'
done
