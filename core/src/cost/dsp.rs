//! The Cortex-M4 kernel's cost (`kernels/dsp.rs`): exact, there is no
//! data-dependent branch.

use super::graph::Coefficients;
use super::{one_if, EngineCost, Entry, Shape};
use crate::model::Model;

/// Inputs unpacked at a time, and in a block.
const CHUNK: u64 = 128;
const BLOCK: u64 = 4;

/// The engine's part: per inference, by entry (bytes, int8), the checks,
/// the walk's set-up and the call, the largest over engine capacities (the
/// compiler places a few registers differently for each, within 3 instructions);
/// a model of one layer skips the walk's loop; the walk's step per layer.
const ENGINE: EngineCost = EngineCost {
    inference: [84, 117],
    single_layer: 8,
    walk_step: [41, 42],
    to_input_bytes,
};
/// Per layer: the dense glue with the `STM` loop's set-up.
const LAYER: u64 = 96;
/// Per group of four rows: zeroing its four partial sums (`STM`, `SUBS`, `BNE`).
const GROUP: u64 = 3;
/// Per chunk: its glue and the call of `accumulate`.
const CHUNK_FIXED: u64 = 60;
/// Unpacking, per pair of whole blocks (two `LDR`, `USADA8`, `UXTB16` x2,
/// `STRD`, then `CMP`, `BNE`), and for an odd last one.
const UNPACK_PAIR: u64 = 12;
const UNPACK_ODD: u64 = 5;
/// A chunk without a whole block skips the unpacking loop's set-up.
const NO_WHOLE_BLOCK: u64 = 19;
/// A last partial block of 1, 2 or 3 inputs, gathered byte by byte.
const TAIL: [u64; 4] = [0, 18, 23, 23];
/// `accumulate`, per group and chunk: its loop's set-up, then 78 per four
/// blocks (4 x 19 instructions, `CMP`, `BNE`) and 21 per block after them.
const GROUP_CHUNK: u64 = 13;
const FOUR_BLOCKS: u64 = 78;
const ONE_BLOCK: u64 = 21;
/// Per output: requantize, clamp, store (single, double rounding), and an
/// output on the rare path, with `requantize_rare`.
const OUTPUT: [u64; 2] = [25, 27];
const LEFT_SHIFT_OUTPUT: [u64; 2] = [34 + 43, 34 + 31];

/// Instructions per inference of `model` through `entry`.
pub(super) fn instructions(model: &Model<'_>, entry: Entry) -> u64 {
    ENGINE.instructions(model, entry, layer)
}

/// `Engine::infer_int8`'s flip of `n` int8 values, four words at a time,
/// then words, then bytes.
fn to_input_bytes(n: u64) -> u64 {
    let words = n / 4;
    21 + 15 * (words / 4)
        + 6 * one_if(words >= 4)
        + [0, 5, 11, 15][(words % 4) as usize]
        + [0, 9, 17, 17][(n % 4) as usize]
}

/// One dense layer.
pub(super) fn layer(shape: &Shape) -> u64 {
    let groups = shape.out_len.div_ceil(4);
    let mut total = LAYER + GROUP * groups;
    let mut left = shape.in_len;
    while left > 0 {
        let len = left.min(CHUNK);
        left -= len;
        let (whole, tail) = (len / BLOCK, len % BLOCK);
        let blocks = len.div_ceil(BLOCK);
        total += CHUNK_FIXED
            + UNPACK_PAIR * (whole / 2)
            + UNPACK_ODD * (whole % 2)
            + TAIL[tail as usize]
            + groups * (GROUP_CHUNK + FOUR_BLOCKS * (blocks / 4) + ONE_BLOCK * (blocks % 4));
        total -= NO_WHOLE_BLOCK * one_if(whole == 0);
    }
    let rounding = usize::from(shape.double);
    total
        + OUTPUT[rounding] * (shape.out_len - shape.left_shifts)
        + LEFT_SHIFT_OUTPUT[rounding] * shape.left_shifts
}

/// A graph model's code and deepest stack, measured (`make bench-mcu`, the
/// largest over MLPerf Tiny's networks: the depthwise loop's sums on the
/// stack make KWS's and VWW's the deepest).
pub(super) const GRAPH: (usize, usize) = (26_998, 2_496);

/// Bytes of the inference code (`.text`), measured for each entry.
pub(super) const fn code_bytes(entry: Entry) -> usize {
    match entry {
        Entry::Bytes => 1978,
        Entry::Int8 => 2304,
    }
}

/// The deepest stack of one inference, measured for each entry.
pub(super) const fn stack_bytes(entry: Entry) -> usize {
    match entry {
        Entry::Bytes => 272,
        Entry::Int8 => 280,
    }
}

/// The graph kernels' instructions per term, in sixteenths
/// (`scripts/calibrate-graph-cost.sh` fits them; see `graph.rs`).
pub(super) const GRAPH_COST: Coefficients = Coefficients {
    convolution: [
        60226, 8337, 564, 750, 1570, 449, -345, 3114, 321, -237, -13984, -436, 1342, -54, -89, -14,
        886, 0,
    ],
    pointwise_in_place: [
        26696, -5446, 11153, 467, 264, 1245, -212, 5726, 520, -240, -7518, -438, -1956, 0, 0, 0, 0,
        0,
    ],
    fully_connected: [
        9964, 297, 58, 124, 128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
    depthwise_groups: [
        35300, 3429, -646, 517, 469, 432, 108, 108, 0, 440, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
    depthwise_portable: [
        33492, 5973, -3505, -3330, 2383, 43, 2021, 0, -390, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
    average_pool: [
        13600, 4132, -605, 347, 430, 80, 475, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
    max_pool: [
        19764, 2413, -1113, 1512, 219, 107, 166, 0, -4, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
    add: [
        57910, 2482, 325834, -2144, -3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
    inference: 3161,
    per_layer: -770,
};
