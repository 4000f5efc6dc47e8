//! Every kernel of `stitch-core`, one per file, and what they share.
//!
//! A dense layer computes, for each output channel `o`,
//! `acc = bias[o] + sum_i w[o][i] * x[i]`, then requantizes `acc` to int8
//! ([`crate::requant`]) and clamps it to the activation's range. The
//! conventions every kernel follows:
//!
//! - **Inputs are bytes `x = q + 128`** (0..=255): the first layer reads the
//!   caller's bytes (pixels, or int8 values flipped by the engine), later
//!   layers the previous layer's outputs, which are stored that way. The
//!   matching `(128 + zero_point) * sum(w)` is folded into the bias at
//!   export, so one unsigned kernel serves every layer (`FORMAT.md`).
//! - **Outputs are stored by [`Epilogue::store`]**: requantized, clamped, and
//!   offset by 128 for a hidden layer (`q ^ 0x80`); the last layer's are the
//!   int8 logits themselves.
//!
//! The kernels differ only in how they form the dot products:
//!
//! | file | target | weights |
//! |---|---|---|
//! | [`portable`] | any (plain Rust) | the file's blocked layout |
//! | [`dsp`] | Cortex-M4/M7/M33 (`SXTB16`/`SMLAD` assembly) | the file's blocked layout |
//! | [`armv6m`] | Cortex-M0/M0+ (`MULS` assembly) | the file's blocked layout |
//! | [`prepared`] | hosts (vectorized Rust) | row-major copy ([`crate::Prepared`]) |
//! | [`batch`] | hosts, four images at a time | row-major copy ([`crate::Batch`]) |

#[cfg(stitch_thumbv6)]
mod armv6m;
#[cfg(not(target_os = "none"))]
pub(crate) mod batch;
#[cfg(stitch_dsp)]
mod dsp;
#[cfg(not(any(stitch_dsp, stitch_thumbv6)))]
mod portable;
#[cfg(not(target_os = "none"))]
pub(crate) mod prepared;

use crate::format::{le_i32, Layer, Rounding};
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

#[cfg(stitch_thumbv6)]
use armv6m::dot_group;
/// The dot products of one group of four weight rows (blocked layout) with
/// the input bytes: the kernel compiled for this target.
#[cfg(stitch_dsp)]
use dsp::dot_group;
#[cfg(not(any(stitch_dsp, stitch_thumbv6)))]
use portable::dot_group;

/// How a layer's accumulators become the bytes it stores: requantization,
/// the activation's clamp, and the offset of hidden outputs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Epilogue {
    zero_point: i8,
    min: i8,
    max: i8,
    double: bool,
    /// XORed into every stored output: 0x80 (adding 128) for a hidden layer,
    /// whose outputs the next layer reads as `q + 128`; 0 for the logits.
    flip: u8,
}

impl Epilogue {
    /// The epilogue of `layer`; `last` says its outputs are the model's.
    #[inline(always)]
    pub(crate) fn new(layer: &Layer<'_>, last: bool) -> Self {
        Epilogue {
            zero_point: layer.output_zero_point,
            min: layer.output_min,
            max: layer.output_max,
            double: layer.rounding == Rounding::Double,
            flip: if last { 0 } else { 0x80 },
        }
    }

    /// The stored byte for accumulator `sum` (bias not yet added) of `channel`.
    #[inline(always)]
    pub(crate) fn store(&self, sum: i32, (bias, multiplier, shift): (i32, i32, i8)) -> u8 {
        let q = to_int8_validated(
            bias + sum,
            multiplier,
            shift,
            self.double,
            self.zero_point,
            self.min,
            self.max,
        );
        (q as u8) ^ self.flip
    }
}

/// Per output channel of a dense layer: the stored bias, Q31 multiplier and shift.
#[inline(always)]
pub(crate) fn channels<'l>(layer: &Layer<'l>) -> impl Iterator<Item = (i32, i32, i8)> + 'l {
    let dense = layer.dense();
    dense
        .biases
        .chunks_exact(4)
        .zip(dense.multipliers.chunks_exact(4))
        .zip(dense.shifts)
        .map(|((bias, multiplier), &shift)| (le_i32(bias), le_i32(multiplier), shift as i8))
}

/// One dense layer over the file's blocked weights, with this target's
/// kernel: `output[o]` for every output channel, stored by [`Epilogue`].
///
/// `input` must hold `layer.in_len()` bytes and `output` `layer.out_len()`;
/// shorter slices compute fewer outputs (the engine always passes exact ones).
// On Arm one out-of-line copy serves every layer (code size counts there).
#[cfg_attr(target_arch = "arm", inline(never))]
pub(crate) fn dense(layer: &Layer<'_>, input: &[u8], output: &mut [u8], last: bool) {
    let epilogue = Epilogue::new(layer, last);
    let mut outputs = output.iter_mut().zip(channels(layer));
    let group_len = layer.group_len().get();
    let mut rest = layer.weight_bytes();
    // Not `chunks_exact`: its zero-size check stays in the binary even for
    // this nonzero length, and the firmware's panic-never build refuses it.
    while let Some((group, tail)) = rest.split_at_checked(group_len) {
        // Padding rows of the last group find no output and are dropped.
        for (sum, (out, channel)) in dot_group(group, input).into_iter().zip(outputs.by_ref()) {
            *out = epilogue.store(sum, channel);
        }
        rest = tail;
    }
}

/// Bytes of weights per block: one word of four columns per row.
#[cfg(any(stitch_dsp, stitch_thumbv6))]
const BLOCK_BYTES: usize = crate::format::ROWS_PER_GROUP * crate::format::COLUMNS_PER_BLOCK;

/// The input's last `len % 4` bytes, zero-padded to a block: the weights'
/// padding columns are zero, so the extra products vanish.
#[cfg(any(stitch_dsp, stitch_thumbv6))]
#[inline(always)]
fn tail_block(input: &[u8]) -> [u8; crate::format::COLUMNS_PER_BLOCK] {
    // Built as a word, not copied: a copy would call `memcpy`.
    let rest = input
        .chunks_exact(crate::format::COLUMNS_PER_BLOCK)
        .remainder();
    let mut word = 0u32;
    for (byte, &x) in rest.iter().enumerate() {
        word |= u32::from(x) << (8 * byte);
    }
    word.to_le_bytes()
}
