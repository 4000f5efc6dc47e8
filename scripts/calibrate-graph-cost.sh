#!/usr/bin/env bash
# Calibrates the graph cost model (core/src/cost/graph.rs) against QEMU:
# measures every layer of the synthetic calibration graphs, of MLPerf Tiny's
# three networks (both ways) and of the committed CNN
# (models/fashion-mnist-cnn.stitch) with stitch-graph on both cores, dumps
# what the cost model counts for each layer, and fits each path's
# instructions per term (scripts/fit-graph-cost.py). Run it after changing
# a graph kernel, then paste the coefficients it prints into graph.rs's
# targets (core/src/cost/dsp.rs, armv6m.rs):
#
#   scripts/calibrate-graph-cost.sh [DIR]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/common-firmware.sh
source "$ROOT/scripts/common-firmware.sh"
require_tools
build_stitch
DIR=${1:-$ROOT/target/calibrate-graph-cost}
mkdir -p "$DIR"
(cd "$ROOT" && cargo run --quiet --release -p stitch-core --features alloc --example graph_cost_models -- write "$DIR") >"$DIR/models.txt"
# The committed CNN joins the synthetic graphs, on its test images' vectors.
cp "$ROOT/models/fashion-mnist-cnn.stitch" "$DIR/fashion-mnist-cnn.stitch"
"$STITCH" export-vectors --model "$DIR/fashion-mnist-cnn.stitch" --test-images --out "$DIR/fashion-mnist-cnn.vectors"
echo fashion-mnist-cnn >>"$DIR/models.txt"
models=()
while read -r name; do
  use_model "$DIR/$name.stitch"
  use_vectors "$DIR/$name.vectors"
  for target in "${FIRMWARE_TARGETS[@]}"; do
    run_firmware "$target" stitch-graph </dev/null >"$DIR/$name-$target.txt"
  done
  models+=("$DIR/$name.stitch")
done <"$DIR/models.txt"
for net in kws ic vww; do
  for match in litert tflm; do
    for target in "${FIRMWARE_TARGETS[@]}"; do
      TARGET=$target MATCH=$match "$ROOT/scripts/run-mlperf.sh" "$net" </dev/null >"$DIR/$net-$match-$target.txt"
    done
    cp "$ROOT/target/mlperf/$net-$match.stitch" "$DIR/$net-$match.stitch"
    models+=("$DIR/$net-$match.stitch")
  done
done
(cd "$ROOT" && cargo run --quiet --release -p stitch-core --features alloc --example graph_cost_models -- terms "${models[@]}") >"$DIR/terms.txt"
python3 "$ROOT/scripts/fit-graph-cost.py" "$DIR"
