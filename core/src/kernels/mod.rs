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
//! | `portable` | any (plain Rust) | the file's blocked layout |
//! | `dsp` | Cortex-M4/M7/M33 (`UXTB16`/`SMLAD` assembly) | the file's blocked layout |
//! | `armv6m` | Cortex-M0/M0+ (`MULS` assembly, a naked function) | the file's blocked layout |
//! | `depthwise` | Cortex-M4/M7/M33, a depthwise layer's taps (`SXTAB16`/`SMLABB`) | TFLite's `[1, h, w, c]` |
//! | `prepared` | hosts (vectorized Rust) | row-major copy ([`crate::Prepared`]) |
//! | `batch` | hosts, four images at a time | row-major copy ([`crate::Batch`]) |

#[cfg(stitch_thumbv6)]
mod armv6m;
#[cfg(not(target_os = "none"))]
pub(crate) mod batch;
#[cfg(stitch_dsp)]
pub(crate) use dsp::{add_tabled, store_fast, FastStore, TabledOutput};
#[cfg(stitch_dsp)]
pub(crate) mod depthwise;
#[cfg(stitch_dsp)]
mod dsp;
#[cfg(not(any(stitch_dsp, stitch_thumbv6)))]
mod portable;
#[cfg(not(target_os = "none"))]
pub(crate) mod prepared;

use crate::format::{le_i32, Layer, Rounding};
use crate::requant::scale_validated;

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

/// The memory this target's dense kernel works in besides the activation
/// buffers: the Cortex-M4 kernel's unpacked input chunk and partial sums,
/// nothing elsewhere.
#[cfg(stitch_dsp)]
pub use dsp::Scratch;
#[cfg(stitch_dsp)]
pub(crate) use dsp::ScratchMut;
#[cfg(not(stitch_dsp))]
pub use none::Scratch;
#[cfg(not(stitch_dsp))]
pub(crate) use none::{FastStore, ScratchMut};

#[cfg(not(stitch_dsp))]
mod none {
    /// No memory: this target's kernel needs none besides the buffers.
    #[derive(Debug, Clone)]
    pub struct Scratch<const MAX_WIDTH: usize>;

    /// A [`Scratch`] borrowed: nothing.
    pub(crate) struct ScratchMut<'s>(core::marker::PhantomData<&'s mut ()>);

    impl<'s> ScratchMut<'s> {
        /// Nothing of `words` (the Cortex-M4 kernel's scratch is unused here).
        pub(crate) fn from_words(_words: &'s mut [u32]) -> Option<Self> {
            Some(ScratchMut(core::marker::PhantomData))
        }
    }

    impl<const MAX_WIDTH: usize> Scratch<MAX_WIDTH> {
        pub(crate) const fn new() -> Self {
            Scratch
        }

        pub(crate) fn view(&mut self, _width: usize) -> ScratchMut<'_> {
            ScratchMut(core::marker::PhantomData)
        }
    }

    /// The Cortex-M4's assembly store of a graph layer's outputs: none here.
    #[derive(Debug, Clone, Copy)]
    pub(crate) struct FastStore<'a>(core::marker::PhantomData<&'a ()>);

    impl<'a> FastStore<'a> {
        /// Never: this target stores every layer the compiled way.
        pub(crate) fn new(
            _channels: (&'a [u8], &'a [u8], &'a [u8]),
            _rounding: crate::format::Rounding,
            _zero_point: i8,
            _clamp: (i8, i8),
        ) -> Option<Self> {
            None
        }
    }
}

/// How a layer's accumulators become the bytes it stores: requantization,
/// the activation's clamp, and the offset of hidden outputs.
///
/// A hidden layer's outputs are stored as `q + 128` (the next layer's input
/// bytes), the logits as `q`; the offset is folded into the zero point and
/// the clamp, so storing is one truncation to a byte either way.
///
/// `WIDE` epilogues take any `i32` accumulator (a graph's convolutions);
/// the others, a dense chain's, rely on its `|acc| < 2^30` and are shorter.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Epilogue<const WIDE: bool> {
    zero_point: i32,
    min: i32,
    max: i32,
    double: bool,
}

impl<const WIDE: bool> Epilogue<WIDE> {
    /// The epilogue of `layer`; `last` says its outputs are the model's.
    #[inline(always)]
    pub(crate) fn new(layer: &Layer<'_>, last: bool) -> Self {
        let offset = if last { 0 } else { 128 };
        Epilogue {
            zero_point: i32::from(layer.output_zero_point) + offset,
            min: i32::from(layer.output_min) + offset,
            max: i32::from(layer.output_max) + offset,
            double: layer.rounding == Rounding::Double,
        }
    }

    /// The stored byte for accumulator `sum` (bias not yet added) of `channel`.
    #[cfg_attr(stitch_dsp, allow(dead_code))]
    #[inline(always)]
    pub(crate) fn store(&self, sum: i32, channel: (i32, i32, i8)) -> u8 {
        if self.double {
            self.store_as::<true>(sum, channel)
        } else {
            self.store_as::<false>(sum, channel)
        }
    }

    /// [`Epilogue::store`] with the rounding known at compile time.
    #[inline(always)]
    fn store_as<const DOUBLE: bool>(
        &self,
        sum: i32,
        (bias, multiplier, shift): (i32, i32, i8),
    ) -> u8 {
        let scaled = scale_validated::<WIDE>(bias.wrapping_add(sum), multiplier, shift, DOUBLE);
        // `scaled` is within +-2^30: adding the zero point cannot overflow.
        (scaled + self.zero_point).max(self.min).min(self.max) as u8
    }
}

/// Stores every output of `layer` from its dot products `sums` (bias not
/// yet added), less `correction`: one loop per rounding, so that neither
/// carries the other's work (the Arm kernels, where it counts).
#[cfg(stitch_dsp)]
#[inline(always)]
pub(crate) fn store_all<const WIDE: bool>(
    layer: &Layer<'_>,
    last: bool,
    output: &mut [u8],
    sums: &[i32],
    correction: i32,
) {
    fn store<const DOUBLE: bool, const WIDE: bool>(
        epilogue: Epilogue<WIDE>,
        layer: &Layer<'_>,
        output: &mut [u8],
        sums: &[i32],
        correction: i32,
    ) {
        for ((out, &sum), channel) in output.iter_mut().zip(sums).zip(channels(layer)) {
            *out = epilogue.store_as::<DOUBLE>(sum.wrapping_sub(correction), channel);
        }
    }
    let epilogue = Epilogue::<WIDE>::new(layer, last);
    if epilogue.double {
        store::<true, WIDE>(epilogue, layer, output, sums, correction);
    } else {
        store::<false, WIDE>(epilogue, layer, output, sums, correction);
    }
}

/// `a * m` in 64 bits, for `m >= 0`: on ARMv6-M, which has no 64-bit
/// multiply, from four 16x16-bit products ([`mul_by_halves`]), several
/// times shorter than the runtime library's general one.
#[inline(always)]
pub(crate) fn wide_mul(a: i32, m: i32) -> i64 {
    if cfg!(stitch_thumbv6) {
        mul_by_halves(a, m)
    } else {
        i64::from(a) * i64::from(m)
    }
}

/// `a * m` for `m >= 0` from the 16-bit halves `a = ah 2^16 + al`,
/// `m = mh 2^16 + ml`: `ah mh 2^32 + (ah ml + al mh) 2^16 + al ml`. Every
/// product fits 32 bits (`al ml` unsigned, the others signed), and the sum
/// is exact in 64.
#[inline(always)]
pub(crate) fn mul_by_halves(a: i32, m: i32) -> i64 {
    let (ah, al) = (a >> 16, a & 0xFFFF);
    let (mh, ml) = (m >> 16, m & 0xFFFF);
    let low = i64::from((al as u32).wrapping_mul(ml as u32));
    let middle = i64::from(ah.wrapping_mul(ml)) + i64::from(al.wrapping_mul(mh));
    (i64::from(ah.wrapping_mul(mh)) << 32) + (middle << 16) + low
}

/// `(a * m + 2^31) >> 32`, for `m >= 0`: the rounded high word of the
/// product (the Cortex-M4 has `SMMULR`, in its assembly loops).
#[cfg(not(stitch_dsp))]
#[inline(always)]
pub(crate) fn rounded_high_mul(a: i32, m: i32) -> i32 {
    ((wide_mul(a, m) + (1 << 31)) >> 32) as i32
}

/// `t - 1` for a negative `t`, else `t`: the double rounding's half away
/// from zero (`requant::scale_validated`).
#[cfg(stitch_dsp)]
pub(crate) use dsp::minus_if_negative;
#[cfg(not(stitch_dsp))]
#[inline(always)]
pub(crate) fn minus_if_negative(t: i32) -> i32 {
    t.wrapping_add(t >> 31)
}

/// Two dense layers over the same weights: [`dense`] of each input into
/// its output (a convolution's two pixels). On the Cortex-M4 one pass over
/// the weights serves both (`dsp/pair.rs`); elsewhere it is two calls.
#[inline(always)]
pub(crate) fn dense_pair<const WIDE: bool>(
    layer: &Layer<'_>,
    inputs: [&[u8]; 2],
    outputs: [&mut [u8]; 2],
    last: bool,
    scratch: &mut ScratchMut<'_>,
) {
    #[cfg(stitch_dsp)]
    dsp::dense_pair::<WIDE>(layer, inputs, outputs, last, scratch, None);
    #[cfg(not(stitch_dsp))]
    {
        let ([first, second], [out_first, out_second]) = (inputs, outputs);
        dense::<WIDE>(layer, first, out_first, last, scratch);
        dense::<WIDE>(layer, second, out_second, last, scratch);
    }
}

/// [`dense`] of a graph layer's pixel, its int8 outputs stored by `store`
/// (Cortex-M4: `dsp/requant.rs`).
#[cfg(stitch_dsp)]
#[inline(always)]
pub(crate) fn dense_fast(
    layer: &Layer<'_>,
    input: &[u8],
    output: &mut [u8],
    scratch: &mut ScratchMut<'_>,
    store: &FastStore<'_>,
) {
    dsp::dense_fast(layer, input, output, scratch, store);
}

/// [`dense_pair`] with [`dense_fast`]'s store.
#[cfg(stitch_dsp)]
#[inline(always)]
pub(crate) fn dense_pair_fast(
    layer: &Layer<'_>,
    inputs: [&[u8]; 2],
    outputs: [&mut [u8]; 2],
    scratch: &mut ScratchMut<'_>,
    store: &FastStore<'_>,
) {
    // `WIDE` is the compiled store's, unused here: the wide instance, which
    // graphs use anyway, serves.
    dsp::dense_pair::<true>(layer, inputs, outputs, true, scratch, Some(store));
}

/// Per output channel of a dense layer: the stored bias, Q31 multiplier and shift.
#[inline(always)]
pub(crate) fn channels<'l>(layer: &Layer<'l>) -> impl Iterator<Item = (i32, i32, i8)> + 'l {
    let data = &layer.channels;
    data.biases
        .chunks_exact(4)
        .zip(data.multipliers.chunks_exact(4))
        .zip(data.shifts)
        .map(|((bias, multiplier), &shift)| (le_i32(bias), le_i32(multiplier), shift as i8))
}

/// One dense layer over the file's blocked weights, with this target's
/// kernel: `output[o]` for every output channel, stored by [`Epilogue`].
///
/// `input` must hold `layer.in_len()` bytes and `output` `layer.out_len()`;
/// shorter slices compute fewer outputs (the engine always passes exact ones).
#[inline(always)]
pub(crate) fn dense<const WIDE: bool>(
    layer: &Layer<'_>,
    input: &[u8],
    output: &mut [u8],
    last: bool,
    scratch: &mut ScratchMut<'_>,
) {
    #[cfg(stitch_dsp)]
    dsp::dense::<WIDE>(layer, input, output, last, scratch);
    #[cfg(stitch_thumbv6)]
    armv6m::dense::<WIDE>(layer, input, output, last);
    #[cfg(not(any(stitch_dsp, stitch_thumbv6)))]
    portable::dense::<WIDE>(layer, input, output, last);
    #[cfg(not(stitch_dsp))]
    let _ = scratch;
}
