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

/// Computes `output[o] = requant(bias[o] + sum_i weight[o][i] * input[i])`.
///
/// `input` must hold `layer.in_len()` values and `output` `layer.out_len()`;
/// shorter slices compute fewer outputs (the engine always passes exact ones).
pub(crate) fn dense<X: Input>(layer: &Layer<'_>, input: &[X], output: &mut [i8]) {
    let record = layer.record();
    let in_len = layer.in_len();
    let (zero_point, min) = (record.output_zero_point, layer.output_min());
    let rows = record.weights.chunks_exact(in_len);
    let channels = record
        .biases
        .chunks_exact(4)
        .zip(record.multipliers.chunks_exact(4))
        .zip(record.shifts);
    for ((out, row), ((bias, multiplier), &shift)) in output.iter_mut().zip(rows).zip(channels) {
        let acc = le_i32(bias) + dot(row, input);
        *out = to_int8(acc, le_i32(multiplier), shift as i8, zero_point, min);
    }
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
