//! Requantization: from an int32 accumulator back to int8, exactly as
//! TensorFlow Lite's kernels do it, in either of the two roundings in use
//! ([`Rounding`]).
//!
//! TFLite represents the real factor `input_scale * weight_scale / output_scale`
//! as a Q31 multiplier `M` in `[2^30, 2^31)` and a power-of-two `shift`
//! (positive: left), made by its `QuantizeMultiplier`
//! ([`quantize_multiplier`]). LiteRT's reference kernels then round once:
//! `(acc * M + 2^(30 - shift)) >> (31 - shift)` in 64-bit arithmetic.
//! TensorFlow Lite Micro and CMSIS-NN round twice, as gemmlowp does:
//! [`rounding_doubling_high_mul`] of `acc * 2^max(shift, 0)` and `M`, then
//! [`rounding_divide_by_pot`] by `2^max(-shift, 0)`. The two differ in the last
//! bit of a fraction of a percent of outputs.

use crate::format::{Rounding, MAX_SHIFT, MIN_SHIFT};

/// Scales `acc` by the Q31 `multiplier` and `shift` with `rounding`,
/// saturated to the i32 range.
///
/// `shift` is clamped to the legal range `-31..=30`, so no input can make the
/// shifts overflow; validated models never need the clamp.
///
/// ```
/// use stitch_core::requant::requantize;
/// use stitch_core::Rounding::{Double, Single};
/// // M = 2^30 is one half in Q31: 5 * 0.5 = 2.5 rounds up to 3, -5 * 0.5 to -2.
/// assert_eq!(requantize(5, 1 << 30, 0, Single), 3);
/// assert_eq!(requantize(-5, 1 << 30, 0, Single), -2);
/// // Twice: 5 * 0.5 * 2^-1 = 1.25 -> 1.5 after the first rounding -> 2 after the second.
/// assert_eq!(requantize(5, 1 << 30, -1, Double), 2);
/// assert_eq!(requantize(5, 1 << 30, -1, Single), 1);
/// ```
#[inline(always)]
pub fn requantize(acc: i32, multiplier: i32, shift: i8, rounding: Rounding) -> i32 {
    let shift = shift.clamp(MIN_SHIFT, MAX_SHIFT);
    match rounding {
        Rounding::Single => single(acc, multiplier, shift),
        Rounding::Double => {
            let left = shift.max(0) as u32;
            let right = (-shift).max(0) as u32;
            // gemmlowp multiplies by 1 << left in int32: wrapping, as the chips do.
            let x = acc.wrapping_mul(1 << left);
            rounding_divide_by_pot(rounding_doubling_high_mul(x, multiplier), right)
        }
    }
}

/// LiteRT's single rounding, for `shift` already in `-31..=30`.
fn single(acc: i32, multiplier: i32, shift: i8) -> i32 {
    // 31 - shift is in 1..=62, so every shift below is in range.
    let right = (31 - i32::from(shift)) as u32;
    // |acc * M| <= 2^62 and the rounding term is at most 2^61: no overflow.
    let product = i64::from(acc) * i64::from(multiplier);
    let scaled = (product + (1i64 << (right - 1))) >> right;
    scaled.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
}

/// gemmlowp's `SaturatingRoundingDoublingHighMul`: `a * b / 2^31`, rounded
/// half up, saturated (only `i32::MIN * i32::MIN` saturates).
///
/// ```
/// use stitch_core::requant::rounding_doubling_high_mul;
/// assert_eq!(rounding_doubling_high_mul(3, 1 << 30), 2); // 1.5 -> 2
/// assert_eq!(rounding_doubling_high_mul(-3, 1 << 30), -1); // -1.5 -> -1
/// assert_eq!(rounding_doubling_high_mul(i32::MIN, i32::MIN), i32::MAX);
/// ```
pub fn rounding_doubling_high_mul(a: i32, b: i32) -> i32 {
    if a == i32::MIN && b == i32::MIN {
        return i32::MAX;
    }
    // gemmlowp adds 2^30 (or 1 - 2^30 for negative products) and divides
    // truncating; both equal flooring `ab + 2^30` (the ties differ only in
    // which side they fall, and agree). The result fits: |ab| <= 2^62.
    ((i64::from(a) * i64::from(b) + (1 << 30)) >> 31) as i32
}

/// gemmlowp's `RoundingDivideByPOT`: `x / 2^exponent`, halves away from zero.
/// `exponent` is taken modulo 32 (validated models use 0..=31).
///
/// ```
/// use stitch_core::requant::rounding_divide_by_pot;
/// assert_eq!(rounding_divide_by_pot(5, 1), 3);
/// assert_eq!(rounding_divide_by_pot(-5, 1), -3);
/// assert_eq!(rounding_divide_by_pot(-6, 2), -2);
/// ```
pub fn rounding_divide_by_pot(x: i32, exponent: u32) -> i32 {
    let exponent = exponent % 32;
    let mask = ((1i64 << exponent) - 1) as i32;
    let remainder = x & mask;
    let threshold = (mask >> 1) + i32::from(x < 0);
    (x >> exponent) + i32::from(remainder > threshold)
}

/// Requantizes `acc`, adds the output zero point and clamps to `min..=max`
/// (the activation; -128..=127 for none).
///
/// ```
/// use stitch_core::requant::to_int8;
/// use stitch_core::Rounding::Single;
/// assert_eq!(to_int8(1000, 1 << 30, 0, Single, 0, -128, 127), 127);
/// assert_eq!(to_int8(-10, 1 << 30, 0, Single, -5, -5, 127), -5); // ReLU at the zero point
/// ```
#[inline(always)]
pub fn to_int8(
    acc: i32,
    multiplier: i32,
    shift: i8,
    rounding: Rounding,
    zero_point: i8,
    min: i8,
    max: i8,
) -> i8 {
    let value = requantize(acc, multiplier, shift, rounding).saturating_add(i32::from(zero_point));
    value.clamp(i32::from(min), i32::from(max).max(i32::from(min))) as i8
}

/// [`requantize`] for a validated accumulator and channel (`|acc| < 2^30`,
/// `shift` in `-31..=30`, multiplier `>= 0`), bounded to `+-2^30` so that
/// adding a zero point cannot overflow: the kernels' path, one 32x32-bit
/// high multiply in the usual case. (The kernels then add the zero point and
/// clamp to an int8 range, which the bound does not change.)
///
/// For `shift <= -2` (factors below 1/4, nearly every channel), with
/// `e = -shift` and `P = acc * M`:
/// - single: `(P + 2^(30+e)) >> (31+e)` is `((h >> (e-2)) + 1) >> 1` with
///   `h = P >> 32` (the rounding term `2^(30+e)` is a multiple of 2^32 and
///   comes in as the `+ 1`);
/// - double: gemmlowp's first rounding `t = (P + 2^30) >> 31` is the rounded
///   high word of `2 acc * M` (`2 acc` fits while `|acc| < 2^30`, a dense
///   layer's bound; with `WIDE`, `2 P` in 64 bits, for any `acc`), and its second
///   `(t - [t < 0] + 2^(e-1)) >> e` is `((u >> (e-1)) + 1) >> 1` with
///   `u = t + (t >> 31)`.
///
/// `|h| <= 2^30` and `|t| <= 2^31`, so nothing overflows. Other shifts take
/// [`requantize`].
#[inline(always)]
pub(crate) fn scale_validated<const WIDE: bool>(
    acc: i32,
    multiplier: i32,
    shift: i8,
    double: bool,
) -> i32 {
    if shift <= -2 {
        let wide_mul = crate::kernels::wide_mul;
        let (high, right) = if double {
            // `2 acc` in 32 bits while `|acc| < 2^30` (a dense layer's
            // bound); `2 acc m` in 64 for any `acc` (`WIDE`: a graph's
            // convolutions, whose accumulators may reach 2^30, as
            // MobileNet's dead channels do), one to four instructions more.
            let doubled = if WIDE {
                wide_mul(acc, multiplier) << 1
            } else {
                wide_mul(acc.wrapping_shl(1), multiplier)
            };
            let t = ((doubled + (1 << 31)) >> 32) as i32;
            (crate::kernels::minus_if_negative(t), -1 - i32::from(shift))
        } else {
            (
                (wide_mul(acc, multiplier) >> 32) as i32,
                -2 - i32::from(shift),
            )
        };
        // `right` is in 0..=30 for validated shifts; wrapping keeps any other
        // input from panicking.
        high.wrapping_shr(right as u32).wrapping_add(1) >> 1
    } else {
        let rounding = if double {
            Rounding::Double
        } else {
            Rounding::Single
        };
        requantize_rare(acc, multiplier, shift, rounding).clamp(-(1 << 30), 1 << 30)
    }
}

/// Whether channels with these little-endian `multipliers` and `shifts`
/// (one each per channel) all take [`scale_validated`]'s common path: a
/// multiplier `quantize_multiplier` makes (non-negative) and a shift in
/// `MIN_SHIFT..=-2`, as every MLPerf Tiny layer's. Kernels check it once
/// per layer, then skip the choice per output.
pub(crate) fn common_path(multipliers: &[u8], shifts: &[u8]) -> bool {
    let common_shift = |&s: &u8| (crate::format::MIN_SHIFT..=-2).contains(&(s as i8));
    multipliers.len() == 4 * shifts.len()
        && multipliers
            .chunks_exact(4)
            .all(|m| crate::format::le_i32(m) >= 0)
        && shifts.iter().all(common_shift)
}

/// Whether every little-endian bias is within +-2^29: then a kernel whose
/// products add less than 2^29 keeps every accumulator within +-2^30, so
/// that its doubled value fits 32 bits (the Cortex-M4's assembly store
/// doubles it before `SMMULR`).
pub(crate) fn narrow_biases(biases: &[u8]) -> bool {
    biases
        .chunks_exact(4)
        .all(|bias| crate::format::le_i32(bias).unsigned_abs() < 1 << 29)
}

/// [`requantize`] out of line: factors of 1/4 and more are rare.
#[cold]
#[inline(never)]
fn requantize_rare(acc: i32, multiplier: i32, shift: i8, rounding: Rounding) -> i32 {
    requantize(acc, multiplier, shift, rounding)
}

/// TFLite's `QuantizeMultiplier`: the Q31 multiplier and shift for a real factor.
///
/// The significand from `frexp` is rounded half away from zero to Q31; tiny
/// factors flush to zero, as in TFLite. Unlike TFLite, a factor of zero, a
/// negative or a non-finite one gives `(0, 0)` (no valid model has one), and
/// shifts above 30 saturate (TFLite does so only in its single-rounding
/// build; the model format allows shifts up to 30).
///
/// ```
/// use stitch_core::requant::quantize_multiplier;
/// assert_eq!(quantize_multiplier(0.5), (1 << 30, 0));
/// assert_eq!(quantize_multiplier(0.25), (1 << 30, -1));
/// ```
pub fn quantize_multiplier(real: f64) -> (i32, i8) {
    let Some((q, shift)) = q31_and_exponent(real) else {
        return (0, 0);
    };
    if shift < i32::from(MIN_SHIFT) {
        return (0, 0);
    }
    if shift > i32::from(MAX_SHIFT) {
        return (i32::MAX, MAX_SHIFT);
    }
    (q, shift as i8)
}

/// `real` as `q * 2^(exponent - 31)` with `q` in `[2^30, 2^31)`, rounded as
/// TFLite's `QuantizeMultiplier` rounds (before it limits the exponent);
/// `None` unless `real` is finite and positive.
pub(crate) fn q31_and_exponent(real: f64) -> Option<(i32, i32)> {
    if !(real > 0.0 && real.is_finite()) {
        return None;
    }
    let (significand, mut exponent) = frexp(real);
    // significand is in [0.5, 1): adding 0.5 then truncating rounds half away from zero.
    let mut q = (significand * (1u64 << 31) as f64 + 0.5) as i64;
    if q == 1 << 31 {
        q /= 2;
        exponent += 1;
    }
    Some((q as i32, exponent))
}

/// The real factor of one output channel, `input * weight / output`, as
/// TFLite computes it before [`quantize_multiplier`]. With `f32_product`
/// (a `FULLY_CONNECTED` layer with one weight scale:
/// `GetQuantizedConvolutionMultipler`) the product of the two input scales
/// is rounded to `f32` first; otherwise (per-channel weights, and every
/// convolution: `PopulateConvolutionQuantizationParams`) all of it is in
/// double precision.
///
/// ```
/// use stitch_core::requant::effective_scale;
/// assert_eq!(effective_scale(0.5, 0.25, 0.125, false), 1.0);
/// ```
pub fn effective_scale(input: f32, weight: f32, output: f32, f32_product: bool) -> f64 {
    if f32_product {
        f64::from(input * weight) / f64::from(output)
    } else {
        f64::from(input) * f64::from(weight) / f64::from(output)
    }
}

/// Splits a positive finite `x` into `significand * 2^exponent`, significand in `[0.5, 1)`.
fn frexp(x: f64) -> (f64, i32) {
    const EXPONENT_MASK: u64 = 0x7ff << 52;
    let bits = x.to_bits();
    let biased = ((bits & EXPONENT_MASK) >> 52) as i32;
    if biased == 0 {
        // Subnormal: scale into the normal range first (2^64 is exact).
        let (significand, exponent) = frexp(x * f64::from_bits((1023 + 64) << 52));
        return (significand, exponent - 64);
    }
    let significand = f64::from_bits((bits & !EXPONENT_MASK) | (1022 << 52));
    (significand, biased - 1022)
}

#[cfg(test)]
mod tests;
