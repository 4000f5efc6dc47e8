//! The dense (fully connected) kernel: int8 weights, int32 accumulation,
//! TFLite requantization.

#[cfg(not(any(stitch_dsp, stitch_thumbv6)))]
use crate::format::COLUMNS_PER_BLOCK;
use crate::format::{le_i32, round_up4, ROWS_PER_GROUP};
use crate::model::Layer;
use crate::requant::to_int8_validated;

/// The name of the dense kernel compiled for this target: `"dsp"` on
/// Cortex-M4/M7/M33 (thumbv7em, thumbv8m.main: `SXTB16`/`SMLAD` assembly),
/// `"armv6m"` on Cortex-M0/M0+ (thumbv6m: `MULS` assembly), `"portable"`
/// (plain Rust) everywhere else.
pub const KERNEL: &str = if cfg!(stitch_dsp) {
    "dsp"
} else if cfg!(stitch_thumbv6) {
    "armv6m"
} else {
    "portable"
};

/// An input activation as the byte `x = q + 128` that every layer reads:
/// raw `u8` pixels for the first layer, and for later ones the previous
/// layer's int8 outputs, which the engine stores offset by 128 (`q ^ 0x80`).
/// The matching `(128 + zero_point) * sum(weights)` is folded into the bias
/// at export, so one unsigned kernel serves every layer.
pub(crate) trait Input: Copy {
    /// The value `x` as an `i32` factor (0..=255).
    fn widen(self) -> i32;

    /// The values as the bytes `x` (the same memory), so that Arm builds
    /// keep one copy of the kernel for every layer.
    #[cfg(target_arch = "arm")]
    fn bytes(values: &[Self]) -> &[u8];
}

impl Input for u8 {
    #[inline(always)]
    fn widen(self) -> i32 {
        i32::from(self)
    }

    #[cfg(target_arch = "arm")]
    #[inline(always)]
    fn bytes(values: &[u8]) -> &[u8] {
        values
    }
}

impl Input for i8 {
    #[inline(always)]
    fn widen(self) -> i32 {
        i32::from(self as u8)
    }

    #[cfg(target_arch = "arm")]
    #[inline(always)]
    fn bytes(values: &[i8]) -> &[u8] {
        crate::raw::bytes_of(values)
    }
}

/// Computes `output[o] = requant(bias[o] + sum_i weight[o][i] * input[i])`,
/// stored offset by 128 (`q ^ 0x80`) for the next layer unless `last`.
///
/// Weights are in the blocked layout of [`crate::format::weight_index`]: one
/// group of four rows is one pass over the input. `input` must hold
/// `layer.in_len()` values and `output` `layer.out_len()`; shorter slices
/// compute fewer outputs (the engine always passes exact ones).
#[inline(always)]
pub(crate) fn dense<X: Input>(layer: &Layer<'_>, input: &[X], output: &mut [i8], last: bool) {
    // On Arm, one out-of-line copy for all layers (code size counts there);
    // elsewhere the compiler specializes per input type, with no `unsafe`.
    #[cfg(target_arch = "arm")]
    dense_inputs(layer, X::bytes(input), output, offset_for_next(last));
    #[cfg(not(target_arch = "arm"))]
    dense_inputs(layer, input, output, offset_for_next(last));
}

/// [`dense`] with the hidden-layer offset as an XOR mask.
#[cfg_attr(target_arch = "arm", inline(never))]
fn dense_inputs<X: Input>(layer: &Layer<'_>, input: &[X], output: &mut [i8], flip: i8) {
    let group_len = ROWS_PER_GROUP * round_up4(layer.in_len());
    let (zero_point, min) = (layer.output_zero_point(), layer.output_min());
    let mut outputs = output.iter_mut().zip(channels(layer));
    for group in layer.record().weights.chunks_exact(group_len) {
        // Padding rows of the last group find no output and are dropped.
        for (sum, (out, (bias, multiplier, shift))) in
            dot_group(group, input).into_iter().zip(outputs.by_ref())
        {
            let q = to_int8_validated(bias + sum, multiplier, shift, zero_point, min);
            *out = q ^ flip;
        }
    }
}

/// What an output is XORed with when stored: 0x80 (adding 128) for a hidden
/// layer, whose outputs the next layer reads as `q + 128`; nothing for logits.
#[inline(always)]
pub(crate) fn offset_for_next(last: bool) -> i8 {
    if last {
        0
    } else {
        i8::MIN
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

/// `requant(bias + sum)` for one output channel of a validated model.
#[inline(always)]
pub(crate) fn requantize_channel(
    layer: &Layer<'_>,
    sum: i32,
    (bias, multiplier, shift): (i32, i32, i8),
) -> i8 {
    to_int8_validated(
        bias + sum,
        multiplier,
        shift,
        layer.output_zero_point(),
        layer.output_min(),
    )
}

/// Dot products of the four rows of one weight group with the input bytes:
/// the assembly kernel on Arm.
#[cfg(any(stitch_dsp, stitch_thumbv6))]
#[inline(always)]
fn dot_group<X: Input>(group: &[u8], input: &[X]) -> [i32; ROWS_PER_GROUP] {
    crate::raw::dot_group(group, X::bytes(input))
}

/// Dot products of the four rows of one weight group with the input bytes.
///
/// Validation bounds the width so no sum can overflow an i32.
#[cfg(not(any(stitch_dsp, stitch_thumbv6)))]
#[inline(always)]
fn dot_group<X: Input>(group: &[u8], input: &[X]) -> [i32; ROWS_PER_GROUP] {
    const BLOCK: usize = ROWS_PER_GROUP * COLUMNS_PER_BLOCK;
    let mut sums = [0i32; ROWS_PER_GROUP];
    // A short final chunk of inputs meets the zero-padded final block.
    for (block, x) in group
        .chunks_exact(BLOCK)
        .zip(input.chunks(COLUMNS_PER_BLOCK))
    {
        for (sum, word) in sums.iter_mut().zip(block.chunks_exact(COLUMNS_PER_BLOCK)) {
            *sum += word
                .iter()
                .zip(x)
                .map(|(&w, &x)| i32::from(w as i8) * x.widen())
                .sum::<i32>();
        }
    }
    sums
}
