//! The dense (fully connected) kernel: int8 weights, int32 accumulation,
//! TFLite requantization.

use crate::format::{le_i32, round_up4, COLUMNS_PER_BLOCK, ROWS_PER_GROUP};
use crate::model::Layer;
use crate::requant::to_int8;

/// The name of the dense kernel compiled for this target: `"dsp"` on
/// Cortex-M4/M7/M33 (thumbv7em, thumbv8m.main), `"portable"` elsewhere.
pub const KERNEL: &str = if cfg!(stitch_dsp) { "dsp" } else { "portable" };

/// An input activation: raw `u8` pixels for the first layer (the `- 128` is
/// folded into its bias at export) or `i8` values for the layers after it.
pub(crate) trait Input: Copy {
    /// The value as an `i32` factor.
    fn widen(self) -> i32;

    /// Adds the leading full blocks of `group` times `input` to `sums` with a
    /// target-specific kernel; returns the inputs consumed (0: none here).
    #[inline(always)]
    fn dot_blocks(_sums: &mut [i32; ROWS_PER_GROUP], _group: &[u8], _input: &[Self]) -> usize {
        0
    }
}

impl Input for u8 {
    #[inline(always)]
    fn widen(self) -> i32 {
        i32::from(self)
    }

    #[cfg(stitch_dsp)]
    #[inline(always)]
    fn dot_blocks(sums: &mut [i32; ROWS_PER_GROUP], group: &[u8], input: &[u8]) -> usize {
        crate::dsp::dot_blocks_u8(sums, group, input)
    }
}

impl Input for i8 {
    #[inline(always)]
    fn widen(self) -> i32 {
        i32::from(self)
    }

    #[cfg(stitch_dsp)]
    #[inline(always)]
    fn dot_blocks(sums: &mut [i32; ROWS_PER_GROUP], group: &[u8], input: &[i8]) -> usize {
        crate::dsp::dot_blocks_i8(sums, group, input)
    }
}

/// Computes `output[o] = requant(bias[o] + sum_i weight[o][i] * input[i])`.
///
/// Weights are in the blocked layout of [`crate::format::weight_index`]: one
/// group of four rows is one pass over the input. `input` must hold
/// `layer.in_len()` values and `output` `layer.out_len()`; shorter slices
/// compute fewer outputs (the engine always passes exact ones).
pub(crate) fn dense<X: Input>(layer: &Layer<'_>, input: &[X], output: &mut [i8]) {
    let group_len = ROWS_PER_GROUP * round_up4(layer.in_len());
    let mut outputs = output.iter_mut().zip(channels(layer));
    for group in layer.record().weights.chunks_exact(group_len) {
        // Padding rows of the last group find no output and are dropped.
        for (sum, (out, channel)) in dot_group(group, input).into_iter().zip(outputs.by_ref()) {
            *out = requantize_channel(layer, sum, channel);
        }
    }
}

/// Per output channel: the stored bias, Q31 multiplier and shift.
#[inline(always)]
pub(crate) fn channels<'l>(layer: &Layer<'l>) -> impl Iterator<Item = (i32, i32, i8)> + 'l {
    let record = layer.record();
    record
        .biases
        .chunks_exact(4)
        .zip(record.multipliers.chunks_exact(4))
        .zip(record.shifts)
        .map(|((bias, multiplier), &shift)| (le_i32(bias), le_i32(multiplier), shift as i8))
}

/// `requant(bias + sum)` for one output channel.
#[inline(always)]
pub(crate) fn requantize_channel(
    layer: &Layer<'_>,
    sum: i32,
    (bias, multiplier, shift): (i32, i32, i8),
) -> i8 {
    to_int8(
        bias + sum,
        multiplier,
        shift,
        layer.output_zero_point(),
        layer.output_min(),
    )
}

/// Dot products of the four rows of one weight group with the input.
///
/// Validation bounds the width so no sum can overflow an i32.
#[inline(always)]
fn dot_group<X: Input>(group: &[u8], input: &[X]) -> [i32; ROWS_PER_GROUP] {
    const BLOCK: usize = ROWS_PER_GROUP * COLUMNS_PER_BLOCK;
    let mut sums = [0i32; ROWS_PER_GROUP];
    let done = X::dot_blocks(&mut sums, group, input);
    let input = input.get(done..).unwrap_or(&[]);
    let group = group.get(done * ROWS_PER_GROUP..).unwrap_or(&[]);
    let columns = input.chunks_exact(COLUMNS_PER_BLOCK);
    let tail = columns.remainder();
    let full_blocks = columns.len();
    for (block, x) in group.chunks_exact(BLOCK).zip(columns) {
        accumulate(&mut sums, block, x);
    }
    // Inputs past the last full block meet the zero-padded final block.
    if let Some(block) = group.chunks_exact(BLOCK).nth(full_blocks) {
        accumulate(&mut sums, block, tail);
    }
    sums
}

/// Adds one block (a 4-byte word per row) times up to four inputs to the sums.
#[inline(always)]
fn accumulate<X: Input>(sums: &mut [i32; ROWS_PER_GROUP], block: &[u8], x: &[X]) {
    for (sum, word) in sums.iter_mut().zip(block.chunks_exact(COLUMNS_PER_BLOCK)) {
        *sum += word
            .iter()
            .zip(x)
            .map(|(&w, &x)| i32::from(w as i8) * x.widen())
            .sum::<i32>();
    }
}
