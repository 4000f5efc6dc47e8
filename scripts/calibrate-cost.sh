#!/usr/bin/env bash
# Checks the cost model (core/src/cost/) against QEMU on synthetic models of
# many shapes: for each model, chip and entry (bytes in place, int8), the
# instructions per inference measured (exact) and predicted by `stitch
# inspect --target`. Run it after changing a kernel or the engine:
#
#   scripts/calibrate-cost.sh [RANDOM_SHAPES] [DIR]
#
# Prints `model chip entry measured predicted slack` per line, then the
# largest slack; fails if any measured count is above its prediction.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/common-firmware.sh
source "$ROOT/scripts/common-firmware.sh"
require_tools
RANDOM_SHAPES=${1:-24}
DIR=${2:-$ROOT/target/calibrate-cost}
mkdir -p "$DIR"
(cd "$ROOT" && cargo run --quiet --release -p stitch-core --features alloc --example cost_models -- "$DIR" "$RANDOM_SHAPES") >"$DIR/models.txt"
(cd "$ROOT" && cargo build --quiet --release -p stitch-train)
unset STITCH_MAX_WIDTH
worst=0 above=0
while read -r name _; do
  use_model "$DIR/$name.stitch"
  use_vectors "$DIR/$name.vectors"
  for target in "${FIRMWARE_TARGETS[@]}"; do
    case $target in thumbv7em*) chip=cortex-m4 ;; *) chip=cortex-m0 ;; esac
    for entry in bytes int8; do
      export STITCH_ENTRY=$entry
      measured=$(field "$(run_firmware "$target" </dev/null | grep '^summary ')" instructions_per_inference)
      bound=$("$ROOT/target/release/stitch" inspect "$DIR/$name.stitch" --target "$chip" --entry "$entry" --json \
        | sed -n 's/.*"instructions_per_inference": *\([0-9]*\).*/\1/p')
      slack=$(awk -v m="$measured" -v p="$bound" 'BEGIN { printf "%.3f%%", 100 * (p - m) / m }')
      echo "$name $chip $entry $measured $bound $slack"
      [ "$measured" -le "$bound" ] || above=$((above + 1))
      worst=$(awk -v w="$worst" -v s="${slack%\%}" 'BEGIN { print (s > w ? s : w) }')
    done
  done
done <"$DIR/models.txt"
unset STITCH_ENTRY
echo "largest slack: ${worst}%; counts above their prediction: $above"
[ "$above" = 0 ]
