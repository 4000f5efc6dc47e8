#!/usr/bin/env python3
"""Fits the graph cost model's coefficients (core/src/cost/graph.rs) to the
per-layer instruction counts scripts/calibrate-graph-cost.sh measured in
DIR: per target and path, least squares of each term's instructions (in
sixteenths), then the largest shortfall added to the fixed term so that no
layer is above its prediction; then graph::infer's per-inference and
per-layer parts from the totals. Prints the coefficients as Rust and each
model's measured and predicted instructions."""
import glob
import math
import os
import re
import sys

TRIPLES = {"cortex-m4": "thumbv7em-none-eabihf", "cortex-m0": "thumbv6m-none-eabi"}
PATHS = ["Convolution", "PointwiseInPlace", "FullyConnected", "DepthwiseGroups",
         "DepthwisePortable", "AveragePool", "MaxPool", "Add"]


def solve(rows, values):
    """Least squares by the normal equations, columns scaled, a tiny ridge."""
    n = len(rows[0])
    scale = [max(1.0, max(abs(r[j]) for r in rows)) for j in range(n)]
    a = [[sum(r[i] / scale[i] * r[j] / scale[j] for r in rows) + (1e-9 if i == j else 0)
          for j in range(n)] for i in range(n)]
    b = [sum(r[i] / scale[i] * v for r, v in zip(rows, values)) for i in range(n)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda k: abs(a[k][col]))
        a[col], a[pivot] = a[pivot], a[col]
        b[col], b[pivot] = b[pivot], b[col]
        for k in range(n):
            if k != col and a[col][col] != 0:
                f = a[k][col] / a[col][col]
                a[k] = [x - f * y for x, y in zip(a[k], a[col])]
                b[k] -= f * b[col]
    return [b[i] / a[i][i] / scale[i] if a[i][i] else 0.0 for i in range(n)]


def main(directory, verbose=False):
    terms = {}
    for line in open(os.path.join(directory, "terms.txt")):
        path, target, index, kind, dense, *t = line.split()
        name = os.path.basename(path)[: -len(".stitch")]
        terms.setdefault((name, target), []).append((kind, int(dense), [int(x) for x in t]))
    measured, totals = {}, {}
    for (name, target) in terms:
        text = open(os.path.join(directory, f"{name}-{TRIPLES[target]}.txt")).read()
        measured[(name, target)] = [int(n) for n in re.findall(r"^layer=\d+ kind=\S+ instructions=(\d+)", text, re.M)]
        counts = re.search(r"^counts .*empty_call=(\d+) min=\d+ median=\d+ max=(\d+)", text, re.M)
        totals[(name, target)] = int(counts.group(2)) - int(counts.group(1))
    width = len(next(iter(terms.values()))[0][2])
    for target in TRIPLES:
        print(f"// {target}")
        coefficients = {}
        for kind in PATHS:
            rows, values = [], []
            for (name, t), layers in terms.items():
                if t != target:
                    continue
                for (k, dense, row), count in zip(layers, measured[(name, t)]):
                    if k == kind:
                        rows.append(row)
                        values.append(count - dense)
            if not rows:
                coefficients[kind] = [0] * width
                print(f"{kind}: no layer measured")
                continue
            used = [j for j in range(len(rows[0])) if any(r[j] for r in rows)]
            fit = solve([[r[j] for j in used] for r in rows], values)
            c = [0] * width
            for j, x in zip(used, fit):
                c[j] = round(16 * x)
            shortfalls = [16 * v - sum(ci * ri for ci, ri in zip(c, r)) for r, v in zip(rows, values)]
            if verbose:
                for r, v, s in sorted(zip(rows, values, shortfalls), key=lambda x: -abs(x[2]))[:6]:
                    print(f"    {kind} {r} measured {v} shortfall {s / 16:.0f}")
            short = max(shortfalls)
            c[0] += max(0, short)
            coefficients[kind] = c
            print(f"{kind}: {c}  ({len(rows)} layers)")

        def layer(kind, row, dense):
            return math.ceil(max(0, sum(ci * ri for ci, ri in zip(coefficients[kind], row))) / 16) + dense

        rows, values = [], []
        for (name, t), layers in terms.items():
            if t == target:
                rows.append([1, len(layers)])
                values.append(totals[(name, t)] - sum(layer(k, r, d) for k, d, r in layers))
        inference, per_layer = solve(rows, values) if len(rows) > 1 else (values[0], 0)
        per_layer = round(per_layer)
        inference = max(math.ceil(v - per_layer * r[1]) for r, v in zip(rows, values))
        print(f"inference: {inference}, per_layer: {per_layer}")
        print("pub(super) const GRAPH_COST: Coefficients = Coefficients {")
        for kind in PATHS:
            field = re.sub(r"(?<!^)([A-Z])", r"_\1", kind).lower().replace("pointwise_in_place", "pointwise_in_place")
            print(f"    {field}: {coefficients[kind]},")
        print(f"    inference: {inference},\n    per_layer: {per_layer},\n}};")
        for (name, t), layers in sorted(terms.items()):
            if t == target:
                predicted = inference + per_layer * len(layers) + sum(layer(k, r, d) for k, d, r in layers)
                total = totals[(name, t)]
                print(f"  {name}: measured {total} predicted {predicted} slack {100 * (predicted - total) / total:.3f}%")


if __name__ == "__main__":
    main(sys.argv[1], "-v" in sys.argv[2:])
