//! The dense (fully connected) kernel: int8 weights, int32 accumulation,
//! TFLite requantization.

use crate::format::le_i32;
use crate::model::Layer;
use crate::requant::to_int8;

/// The name of the dense kernel compiled for this target.
pub const KERNEL: &str = "portable";

/// An input activation: raw `u8` pixels for the first layer (the `- 128` is
/// folded into its bias at export) or `i8` values for the layers after it.
pub(crate) trait Input: Copy {
    /// The value as an `i32` factor.
    fn widen(self) -> i32;
}

impl Input for u8 {
    #[inline(always)]
    fn widen(self) -> i32 {
        i32::from(self)
    }
}

impl Input for i8 {
    #[inline(always)]
    fn widen(self) -> i32 {
        i32::from(self)
    }
}

/// Output rows computed per pass over the input: each input value is loaded
/// once for four rows, and four independent sums keep the pipeline busy.
const ROWS_PER_PASS: usize = 4;

/// Computes `output[o] = requant(bias[o] + sum_i weight[o][i] * input[i])`.
///
/// `input` must hold `layer.in_len()` values and `output` `layer.out_len()`;
/// shorter slices compute fewer outputs (the engine always passes exact ones).
pub(crate) fn dense<X: Input>(layer: &Layer<'_>, input: &[X], output: &mut [i8]) {
    let record = layer.record();
    let in_len = layer.in_len();
    let (zero_point, min) = (record.output_zero_point, layer.output_min());
    let mut channels = record
        .biases
        .chunks_exact(4)
        .zip(record.multipliers.chunks_exact(4))
        .zip(record.shifts)
        .map(|((bias, multiplier), &shift)| (le_i32(bias), le_i32(multiplier), shift as i8));
    let mut outputs = output.iter_mut();
    let groups = record.weights.chunks_exact(ROWS_PER_PASS * in_len);
    let tail = groups.remainder();
    for group in groups {
        let sums = dot_rows(group, input);
        for (sum, (out, (bias, multiplier, shift))) in sums
            .into_iter()
            .zip(outputs.by_ref().zip(channels.by_ref()))
        {
            *out = to_int8(bias + sum, multiplier, shift, zero_point, min);
        }
    }
    for (row, (out, (bias, multiplier, shift))) in
        tail.chunks_exact(in_len).zip(outputs.zip(channels))
    {
        *out = to_int8(bias + dot(row, input), multiplier, shift, zero_point, min);
    }
}

/// Dot products of [`ROWS_PER_PASS`] consecutive weight rows with the input.
#[inline(always)]
fn dot_rows<X: Input>(rows: &[u8], input: &[X]) -> [i32; ROWS_PER_PASS] {
    let in_len = input.len();
    let (r0, rest) = rows.split_at_checked(in_len).unwrap_or((&[], &[]));
    let (r1, rest) = rest.split_at_checked(in_len).unwrap_or((&[], &[]));
    let (r2, r3) = rest.split_at_checked(in_len).unwrap_or((&[], &[]));
    let mut sums = [0i32; ROWS_PER_PASS];
    for ((((&x, &a), &b), &c), &d) in input.iter().zip(r0).zip(r1).zip(r2).zip(r3) {
        let x = x.widen();
        sums[0] += i32::from(a as i8) * x;
        sums[1] += i32::from(b as i8) * x;
        sums[2] += i32::from(c as i8) * x;
        sums[3] += i32::from(d as i8) * x;
    }
    sums
}

/// The dot product of one weight row with the input.
///
/// Validation bounds the width so the sum cannot overflow an i32.
#[inline(always)]
fn dot<X: Input>(row: &[u8], input: &[X]) -> i32 {
    row.iter()
        .zip(input)
        .map(|(&w, &x)| i32::from(w as i8) * x.widen())
        .sum()
}
