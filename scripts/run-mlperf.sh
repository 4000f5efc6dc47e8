#!/usr/bin/env bash
# One MLPerf Tiny network from its .tflite to QEMU: stitch import (matching
# LiteRT, or TFLite Micro with MATCH=tflm), stitch export-vectors of the
# reference inputs with that runtime's logits, then stitch-graph in QEMU,
# which checks every vector and prints a summary (instructions per
# inference, stack, arena).
#
#   scripts/run-mlperf.sh kws|ic|vww      (MATCH=litert|tflm, TARGET=thumbv7em-none-eabihf|thumbv6m-none-eabi)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/common-firmware.sh
source "$ROOT/scripts/common-firmware.sh"

require_tools
DATA="$ROOT/tests/data/mlperf-tiny"
case "${1:-}" in
  kws) tflite=kws-ds-cnn-int8 count=20 ;;
  ic) tflite=ic-resnet8-int8 count=20 ;;
  vww) tflite=vww-mobilenet-int8 count=10 ;;
  *) die "usage: scripts/run-mlperf.sh kws|ic|vww" ;;
esac
name=$1
match=${MATCH:-litert}
case $match in
  litert) reference=litert ;;
  tflm) reference=cmsis-nn-double ;;
  *) die "MATCH=$match: litert or tflm" ;;
esac
target=${TARGET:-thumbv7em-none-eabihf}
work="$ROOT/target/mlperf"
mkdir -p "$work"
build_stitch
"$STITCH" import "$DATA/$tflite.tflite" --match "$match" --out "$work/$name-$match.stitch"
"$STITCH" export-vectors --model "$work/$name-$match.stitch" --input "$DATA/$name-inputs-first$count.bin" \
  --expected "$DATA/$name-logits-$reference-first$count.bin" --out "$work/$name-$match.vectors"
use_model "$work/$name-$match.stitch"
use_vectors "$work/$name-$match.vectors"
echo "== stitch-graph $target, $name matching $match"
run_firmware "$target" stitch-graph
