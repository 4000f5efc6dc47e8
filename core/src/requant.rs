//! Requantization: from an int32 accumulator back to int8, exactly as
//! TensorFlow Lite's reference kernels do it.
//!
//! TFLite represents the real factor `input_scale * weight_scale / output_scale`
//! as a Q31 multiplier `M` in `[2^30, 2^31)` and a power-of-two `shift`
//! (positive: left), made by its `QuantizeMultiplier`. Its shipped reference
//! kernels then round once: `(acc * M + 2^(30 - shift)) >> (31 - shift)` in
//! 64-bit arithmetic. (Gemmlowp's double rounding differs on about half a
//! percent of outputs; we match the single rounding bit for bit.)

use crate::format::{MAX_SHIFT, MIN_SHIFT};

/// Scales `acc` by the Q31 `multiplier` and `shift` with TFLite's single
/// rounding, saturated to the i32 range.
///
/// `shift` is clamped to the legal range `-31..=30`, so no input can make the
/// shifts overflow; validated models never need the clamp.
///
/// ```
/// use stitch_core::requant::requantize;
/// // M = 2^30 is one half in Q31: 5 * 0.5 = 2.5 rounds up to 3, -5 * 0.5 to -2.
/// assert_eq!(requantize(5, 1 << 30, 0), 3);
/// assert_eq!(requantize(-5, 1 << 30, 0), -2);
/// ```
#[inline(always)]
pub fn requantize(acc: i32, multiplier: i32, shift: i8) -> i32 {
    // 31 - shift is in 1..=62, so every shift below is in range.
    let right = (31 - i32::from(shift.clamp(MIN_SHIFT, MAX_SHIFT))) as u32;
    // |acc * M| < 2^62 and the rounding term is at most 2^61: no overflow.
    let product = i64::from(acc) * i64::from(multiplier);
    if right > 32 {
        // The usual case (factors below 2^-1): the rounding bit lies in the
        // high word, and 32-bit arithmetic on it gives the same result
        // without 64-bit variable shifts, which are slow on 32-bit cores.
        // |high| <= 2^30 and the rounding term <= 2^29: no overflow.
        let high = (product >> 32) as i32;
        return (high + (1 << (right - 33))) >> (right - 32);
    }
    let scaled = (product + (1i64 << (right - 1))) >> right;
    scaled.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
}

/// Requantizes `acc`, adds the output zero point and saturates to `min..=127`.
///
/// `min` is -128 for no activation and the output zero point for a fused ReLU.
#[inline(always)]
pub fn to_int8(acc: i32, multiplier: i32, shift: i8, zero_point: i8, min: i8) -> i8 {
    let value = requantize(acc, multiplier, shift).saturating_add(i32::from(zero_point));
    value.clamp(i32::from(min), 127) as i8
}

/// [`to_int8`] for a validated channel (`shift` in `-31..=30`, multiplier
/// `>= 0`): the engine's path, with no clamps or 64-bit shifts in the usual
/// case.
///
/// For `shift < -1` (factors below 1/4, nearly every channel) the rounding
/// bit lies in the high word of `acc * M`, and
/// `(acc * M + 2^(r + 31)) >> (r + 32)` equals `((high >> (r - 1)) + 1) >> 1`
/// with `r = -1 - shift` in `1..=30`: writing `high = k * 2^(r-1) + t` with
/// `0 <= t < 2^(r-1)`, both are `floor((k + 1) / 2)`. `|high| <= 2^30`, so
/// neither the increment nor adding the zero point can overflow. Other
/// shifts take [`requantize`].
#[inline(always)]
pub(crate) fn to_int8_validated(
    acc: i32,
    multiplier: i32,
    shift: i8,
    zero_point: i8,
    min: i8,
) -> i8 {
    let scaled = if shift < -1 {
        let high = ((i64::from(acc) * i64::from(multiplier)) >> 32) as i32;
        // -2 - shift is in 0..=29 for validated shifts; wrapping keeps any
        // other input from panicking.
        let r_minus_1 = (-2 - i32::from(shift)) as u32;
        (high.wrapping_shr(r_minus_1).wrapping_add(1) >> 1).wrapping_add(i32::from(zero_point))
    } else {
        requantize_rare(acc, multiplier, shift).saturating_add(i32::from(zero_point))
    };
    scaled.clamp(-128, 127).max(i32::from(min)) as i8
}

/// [`requantize`] out of line: factors of 1/4 and more are rare.
#[cold]
#[inline(never)]
fn requantize_rare(acc: i32, multiplier: i32, shift: i8) -> i32 {
    requantize(acc, multiplier, shift)
}

/// TFLite's `QuantizeMultiplier`: the Q31 multiplier and shift for a real factor.
///
/// The significand from `frexp` is rounded half away from zero to Q31; a
/// factor of zero, a negative or non-finite one gives `(0, 0)`, tiny ones
/// flush to zero and huge ones saturate, as in TFLite.
///
/// ```
/// use stitch_core::requant::quantize_multiplier;
/// assert_eq!(quantize_multiplier(0.5), (1 << 30, 0));
/// assert_eq!(quantize_multiplier(0.25), (1 << 30, -1));
/// ```
pub fn quantize_multiplier(real: f64) -> (i32, i8) {
    if !(real > 0.0 && real.is_finite()) {
        return (0, 0);
    }
    let (significand, mut shift) = frexp(real);
    // significand is in [0.5, 1): adding 0.5 then truncating rounds half away from zero.
    let mut q = (significand * (1u64 << 31) as f64 + 0.5) as i64;
    if q == 1 << 31 {
        q /= 2;
        shift += 1;
    }
    if shift < i32::from(MIN_SHIFT) {
        return (0, 0);
    }
    if shift > i32::from(MAX_SHIFT) {
        return (i32::MAX, MAX_SHIFT);
    }
    (q as i32, shift as i8)
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
mod tests {
    use super::*;

    /// `(acc, multiplier, shift, expected)`, computed by hand.
    const REQUANTIZE_VECTORS: &[(i32, i32, i8, i32)] = &[
        // M = 2^30 is 0.5: ties round up (toward +infinity), as `+ 2^30 >> 31` does.
        (1, 1 << 30, 0, 1),
        (3, 1 << 30, 0, 2),
        (-1, 1 << 30, 0, 0),
        (-3, 1 << 30, 0, -1),
        (4, 1 << 30, 0, 2),
        (-4, 1 << 30, 0, -2),
        // shift -1: factor 0.25.
        (2, 1 << 30, -1, 1),
        (-2, 1 << 30, -1, 0),
        (6, 1 << 30, -1, 2),
        // shift +30, M = 2^30: factor 2^29.
        (1, 1 << 30, 30, 1 << 29),
        (-1, 1 << 30, 30, -(1 << 29)),
        // shift -31, M just below 2^31: factor just below 2^-31.
        (i32::MAX, i32::MAX, -31, 1),
        (i32::MIN, i32::MAX, -31, -1),
        (1 << 20, i32::MAX, -31, 0),
        // Extremes of the accumulator at factor ~1.
        (i32::MAX, i32::MAX, 0, i32::MAX - 1),
        (i32::MIN, i32::MAX, 0, i32::MIN + 1),
        // Factor 2^30: saturates at the i32 range.
        (i32::MAX, 1 << 30, 30, i32::MAX),
        (i32::MIN, 1 << 30, 30, i32::MIN),
        // Out-of-range shifts are clamped, never a panic.
        (1, 1 << 30, 100, 1 << 29),
        (i32::MAX, i32::MAX, -100, 1),
    ];

    #[test]
    fn requantize_matches_hand_computed_vectors() {
        for &(acc, m, s, expected) in REQUANTIZE_VECTORS {
            assert_eq!(requantize(acc, m, s), expected, "acc={acc} m={m} s={s}");
        }
    }

    #[test]
    fn to_int8_saturates_and_clamps_relu() {
        assert_eq!(to_int8(1000, 1 << 30, 0, 0, -128), 127);
        assert_eq!(to_int8(-1000, 1 << 30, 0, 0, -128), -128);
        assert_eq!(to_int8(-10, 1 << 30, 0, -5, -5), -5);
        assert_eq!(to_int8(10, 1 << 30, 0, -5, -5), 0);
        assert_eq!(to_int8(i32::MAX, i32::MAX, 30, 127, -128), 127);
    }

    #[test]
    fn validated_path_matches_to_int8() {
        let accs = [
            0,
            1,
            -1,
            2,
            -2,
            3,
            12_345,
            -12_345,
            1 << 29,
            -(1 << 29),
            i32::MAX,
            i32::MIN,
        ];
        let multipliers = [0, 1, 1 << 30, (1 << 30) + 12_345, i32::MAX];
        let mut state = 0x2545_f491_u32;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state
        };
        for shift in MIN_SHIFT..=MAX_SHIFT {
            for (zero_point, min) in [(0, -128), (-128, -128), (-5, -5), (127, 127), (3, -128)] {
                let randoms = (0..200).map(|_| (next() as i32, (next() >> 1) as i32));
                let fixed = accs
                    .iter()
                    .flat_map(|&a| multipliers.iter().map(move |&m| (a, m)));
                for (acc, m) in fixed.chain(randoms) {
                    assert_eq!(
                        to_int8_validated(acc, m, shift, zero_point, min),
                        to_int8(acc, m, shift, zero_point, min),
                        "acc={acc} m={m} s={shift} zp={zero_point}"
                    );
                }
            }
        }
    }

    #[test]
    fn quantize_multiplier_matches_tflite() {
        assert_eq!(quantize_multiplier(0.0), (0, 0));
        assert_eq!(quantize_multiplier(-1.0), (0, 0));
        assert_eq!(quantize_multiplier(f64::NAN), (0, 0));
        assert_eq!(quantize_multiplier(1.0), (1 << 30, 1));
        assert_eq!(quantize_multiplier(0.75), (3 << 29, 0));
        // Rounds up to 2^31: halved and the shift bumped.
        assert_eq!(quantize_multiplier(1.0 - 1e-12), (1 << 30, 1));
        assert_eq!(quantize_multiplier(1e-300), (0, 0));
        assert_eq!(quantize_multiplier(1e300), (i32::MAX, 30));
        let (m, s) = quantize_multiplier(f64::from_bits(1)); // smallest subnormal
        assert_eq!((m, s), (0, 0));
    }

    #[test]
    fn frexp_handles_subnormals() {
        let tiny = f64::from_bits(1);
        assert_eq!(frexp(tiny), (0.5, -1073));
        assert_eq!(frexp(3.0), (0.75, 2));
    }
}
