//! The Cortex-M0 kernel's cost (`kernels/armv6m.rs`): the longer path of the
//! output clamp's branches, and a bound for requantization's rare path.

use super::graph::Coefficients;
use super::{one_if, EngineCost, Entry, Shape};
use crate::model::Model;

/// The engine's part: per inference, by entry (bytes, int8), the checks,
/// the walk's set-up and the call, the largest over engine capacities (the
/// compiler places a few registers differently for each, within 7 instructions);
/// a model of one layer skips the walk's loop; the walk's step per layer.
const ENGINE: EngineCost = EngineCost {
    inference: [83, 127],
    single_layer: 7,
    walk_step: [58, 60],
    to_input_bytes,
};
/// Per layer: the dense glue (single, double rounding), one less for the
/// last layer (its outputs keep no offset).
const LAYER: [u64; 2] = [155, 154];
/// Summing the inputs for the weight offset's correction: per four bytes,
/// and one less for an input shorter than four.
const SUM_FOUR: u64 = 12;
const SHORT_INPUT: u64 = 6;
/// Gathering a last partial pair of blocks (`in_len % 8` bytes) into a
/// zero-padded copy, by its length.
const PARTIAL_PAIR: [u64; 8] = [0, 6, 17, 24, 17, 24, 35, 41];
/// Choosing the input runs with no whole pair of blocks, or one.
const NO_WHOLE_PAIR: u64 = 3;
const ONE_WHOLE_PAIR: u64 = 1;
/// Per pair of groups of four rows (single, double rounding): the glue, one
/// less per layer when the last pair is a single group, one less when the
/// last pair has fewer than 8 outputs.
const GROUP_PAIR: [u64; 2] = [73, 72];
const SINGLE_LAST_GROUP: u64 = 2;
const SHORT_LAST_PAIR: u64 = 1;
/// `dot_groups`, per call: its entry, exit and stores, 206 per pair of
/// blocks (8 inputs x (`LDRB` + 8 x (`LDRB`, `MULS`, `ADD`)) + 14), and a
/// last partial pair run as one more (218 with its check); a layer with no
/// whole pair runs the padded copy as its one pair.
const DOT_CALL: u64 = 39;
const DOT_PAIR: u64 = 206;
const DOT_PARTIAL_PAIR: u64 = 218;
/// Per output (single, double rounding): requantize, clamp within range
/// (the longer path), store; and, bounded, an output on the rare path.
const OUTPUT: [u64; 2] = [94, 103];
const LEFT_SHIFT_OUTPUT: [u64; 2] = [74 + 120, 76 + 82];

/// Instructions per inference of `model` through `entry`.
pub(super) fn instructions(model: &Model<'_>, entry: Entry) -> u64 {
    ENGINE.instructions(model, entry, layer)
}

/// `Engine::infer_int8`'s flip of `n` int8 values, a byte at a time.
fn to_input_bytes(n: u64) -> u64 {
    24 + 18 * (n / 4) + [0, 6, 12, 16][(n % 4) as usize]
}

/// One dense layer.
pub(super) fn layer(shape: &Shape) -> u64 {
    let rounding = usize::from(shape.double);
    let (n, outputs) = (shape.in_len, shape.out_len);
    let groups = outputs.div_ceil(4);
    let group_pairs = groups.div_ceil(2);
    let (pairs, partial) = (n / 8, n % 8);
    let dot = if pairs == 0 {
        DOT_CALL + DOT_PAIR
    } else {
        DOT_CALL + DOT_PAIR * pairs + DOT_PARTIAL_PAIR * one_if(partial > 0)
    };
    LAYER[rounding]
        + SUM_FOUR * (n / 4)
        + PARTIAL_PAIR[partial as usize]
        + NO_WHOLE_PAIR * one_if(pairs == 0)
        + ONE_WHOLE_PAIR * one_if(pairs == 1)
        + group_pairs * (GROUP_PAIR[rounding] + dot)
        + OUTPUT[rounding] * (outputs - shape.left_shifts)
        + LEFT_SHIFT_OUTPUT[rounding] * shape.left_shifts
        - one_if(shape.last)
        - SHORT_INPUT * one_if(n < 4)
        - SINGLE_LAST_GROUP * (groups % 2)
        - SHORT_LAST_PAIR * one_if(outputs % 8 != 0)
}

/// A graph model's code and deepest stack, measured (`make bench-mcu`; the
/// stack the largest over MLPerf Tiny's networks, 1,188 B, and the graph
/// cost model's synthetic graphs, whose pools reach 1,192 B on the nRF51).
pub(super) const GRAPH: (usize, usize) = (25_710, 1_192);

/// Bytes of the inference code (`.text`), measured for each entry.
pub(super) const fn code_bytes(entry: Entry) -> usize {
    match entry {
        Entry::Bytes => 2850,
        Entry::Int8 => 3108,
    }
}

/// The deepest stack of one inference, measured for each entry; the rare
/// path goes deeper.
pub(super) const fn stack_bytes(entry: Entry, rare_path: bool) -> usize {
    let base = match entry {
        Entry::Bytes => 356,
        Entry::Int8 => 364,
    };
    base + if rare_path { 32 } else { 0 }
}

/// The graph kernels' instructions per term, in sixteenths
/// (`scripts/calibrate-graph-cost.sh` fits them; see `graph.rs`).
pub(super) const GRAPH_COST: Coefficients = Coefficients {
    convolution: [
        231300, 6086, 0, 0, 0, 0, 0, 0, 52, 0, 24791, 10544, -8101, 266, 84, 113, -3083, 0,
    ],
    pointwise_in_place: [
        27544, 1549, 0, 0, 0, 0, 0, 0, 30, 0, -2763, 385, 1200, 0, 0, 0, 0, 0,
    ],
    fully_connected: [
        11569, 50, 394, 209, -50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
    depthwise_groups: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    depthwise_portable: [
        197422, 4363, 7064, 841, 207, 223, 1627, 0, 86, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
    average_pool: [
        50073, 35505, -41082, -439, 1382, 52, 5172, 0, -825, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
    max_pool: [
        56200, 4631, 648, -333, 828, 90, 350, 0, -624, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
    add: [
        116536, 5259, 742264, -4268, -27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
    inference: 55486,
    per_layer: -8149,
};
