//! The parts of gemmlowp's fixed-point arithmetic that TFLite's int8
//! softmax is made of, on raw `i32` values: a value with `I` integer bits is
//! `raw / 2^(31 - I)` (Q`I`.`31-I`). Each function says which gemmlowp
//! function it is; additions wrap, as the C++ does on every target TFLite runs.

use crate::requant::{rounding_divide_by_pot, rounding_doubling_high_mul as mul};

/// `x * 2^exponent`, saturated to the `i32` range: gemmlowp's
/// `SaturatingRoundingMultiplyByPOT` for a non-negative exponent (below 32).
pub(super) fn saturating_shift_left(x: i32, exponent: u32) -> i32 {
    let threshold = (1i64 << (31 - exponent.min(31))) - 1;
    if i64::from(x) > threshold {
        i32::MAX
    } else if i64::from(x) < -threshold {
        i32::MIN
    } else {
        x.wrapping_shl(exponent)
    }
}

/// `(a + b) / 2`, rounded half away from zero: gemmlowp's `RoundingHalfSum`.
fn rounding_half_sum(a: i32, b: i32) -> i32 {
    let sum = i64::from(a) + i64::from(b);
    let sign = if sum >= 0 { 1 } else { -1 };
    ((sum + sign) / 2) as i32
}

/// `exp(a)` for `a` in `[-1/4, 0)`, Q0.31 in and out: gemmlowp's
/// `exp_on_interval_between_negative_one_quarter_and_0_excl`, a Taylor
/// polynomial around -1/8.
fn exp_on_interval_between_negative_one_quarter_and_0_excl(a: i32) -> i32 {
    /// `exp(-1/8)` in Q0.31.
    const EXP_MINUS_ONE_EIGHTH: i32 = 1_895_147_668;
    /// `1/3` in Q0.31.
    const ONE_THIRD: i32 = 715_827_883;
    let x = a.wrapping_add(1 << 28);
    let x2 = mul(x, x);
    let x3 = mul(x2, x);
    let x4 = mul(x2, x2);
    let x4_over_4 = rounding_divide_by_pot(x4, 2);
    let x4_over_24_plus_x3_over_6_plus_x2_over_2 = rounding_divide_by_pot(
        mul(x4_over_4.wrapping_add(x3), ONE_THIRD).wrapping_add(x2),
        1,
    );
    EXP_MINUS_ONE_EIGHTH.wrapping_add(mul(
        EXP_MINUS_ONE_EIGHTH,
        x.wrapping_add(x4_over_24_plus_x3_over_6_plus_x2_over_2),
    ))
}

/// Integer bits of [`exp_on_negative_values`]' input (TFLite's
/// `kScaledDiffIntegerBits`): differences down to -32.
pub(super) const SCALED_DIFF_INTEGER_BITS: u32 = 5;

/// `exp(a)` for `a <= 0` in Q5.26, as Q0.31: gemmlowp's
/// `exp_on_negative_values`. The fraction modulo 1/4 goes through the
/// polynomial; each whole quarter, half, one, two... multiplies by its
/// constant `exp(-2^k)`.
pub(super) fn exp_on_negative_values(a: i32) -> i32 {
    const FRACTIONAL_BITS: u32 = 31 - SCALED_DIFF_INTEGER_BITS;
    /// `(k, exp(-2^k) in Q0.31)`: gemmlowp's barrel shifter.
    const BARREL: [(i32, i32); 7] = [
        (-2, 1_672_461_947),
        (-1, 1_302_514_674),
        (0, 790_015_084),
        (1, 290_630_308),
        (2, 39_332_535),
        (3, 720_401),
        (4, 242),
    ];
    if a == 0 {
        return i32::MAX;
    }
    let one_quarter = 1i32 << (FRACTIONAL_BITS - 2);
    let a_mod_quarter_minus_one_quarter = (a & (one_quarter - 1)) - one_quarter;
    let mut result = exp_on_interval_between_negative_one_quarter_and_0_excl(
        saturating_shift_left(a_mod_quarter_minus_one_quarter, SCALED_DIFF_INTEGER_BITS),
    );
    let remainder = a_mod_quarter_minus_one_quarter.wrapping_sub(a);
    for (k, multiplier) in BARREL {
        let bit = 1i32 << (FRACTIONAL_BITS as i32 + k);
        if remainder & bit != 0 {
            result = mul(result, multiplier);
        }
    }
    result
}

/// `1 / (1 + a)` for `a` in `[0, 1)`, Q0.31 in and out: gemmlowp's
/// `one_over_one_plus_x_for_x_in_0_1`, three Newton-Raphson steps on
/// `2 / (1 + a)` in Q2.29.
pub(super) fn one_over_one_plus_x_for_x_in_0_1(a: i32) -> i32 {
    /// `48/17` and `-32/17` in Q2.29: the initial estimate's line.
    const FORTY_EIGHT_SEVENTEENTHS: i32 = 1_515_870_810;
    const MINUS_THIRTY_TWO_SEVENTEENTHS: i32 = -1_010_580_540;
    /// One in Q2.29.
    const ONE: i32 = 1 << 29;
    let half_denominator = rounding_half_sum(a, i32::MAX);
    let mut x =
        FORTY_EIGHT_SEVENTEENTHS.wrapping_add(mul(half_denominator, MINUS_THIRTY_TWO_SEVENTEENTHS));
    for _ in 0..3 {
        let one_minus_half_denominator_times_x = ONE.wrapping_sub(mul(half_denominator, x));
        // Q2.29 times Q2.29 is Q4.27: back to Q2.29.
        x = x.wrapping_add(saturating_shift_left(
            mul(x, one_minus_half_denominator_times_x),
            2,
        ));
    }
    // x / 2 (Q1.30, the same raw value) back to Q0.31.
    saturating_shift_left(x, 1)
}

/// `1 / x` for `x > 0` with `integer_bits`, as TFLite's `GetReciprocal`:
/// `(r, s)` with `1 / x = r * 2^-s`, `r` in Q0.31 and `s` the number of
/// bits of `x` above one (`x * 2^-s` is in `[1, 2)`).
pub(super) fn reciprocal(x: i32, integer_bits: i32) -> (i32, i32) {
    let headroom_plus_one = (x as u32).leading_zeros();
    let bits_over_unit = integer_bits - headroom_plus_one as i32;
    let shifted_minus_one = (x as u32)
        .wrapping_shl(headroom_plus_one)
        .wrapping_sub(1 << 31) as i32;
    (
        one_over_one_plus_x_for_x_in_0_1(shifted_minus_one),
        bits_over_unit,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const Q26: f64 = (1u64 << 26) as f64;
    const Q31: f64 = (1u64 << 31) as f64;

    /// Largest error of the fixed-point `exp`, in units of 2^-31: the
    /// degree-4 Taylor polynomial is `1/8` from its centre at the interval's
    /// ends, `(1/8)^5 / 5! = 2.5e-7` (540 units), plus the roundings.
    const EXP_MAX_ERROR: f64 = 600.0;

    /// Inputs in Q5.26: zero, tiny, each barrel step, the bottom of the range.
    const EXP_VECTORS: &[f64] = &[
        0.0, -1e-7, -0.125, -0.25, -0.3, -0.5, -1.0, -1.7, -2.0, -4.5, -8.0, -12.25, -16.0, -31.9,
    ];

    #[test]
    fn exp_on_negative_values_within_bound() {
        for &x in EXP_VECTORS {
            let raw = (x * Q26).round() as i32;
            let got = f64::from(exp_on_negative_values(raw));
            let want = (f64::from(raw) / Q26).exp() * Q31;
            assert!(
                (got - want).abs() <= EXP_MAX_ERROR,
                "exp({x}): {got} vs {want}"
            );
        }
    }

    #[test]
    fn reciprocal_within_bound() {
        // Q12.19 sums from one exp(0) to 255 of them.
        for sum in [1.0, 1.25, 2.0, 3.3, 10.0, 100.5, 255.0] {
            let raw = (sum * f64::from(1 << 19)) as i32;
            let (r, bits) = reciprocal(raw, 12);
            let got = f64::from(r) / Q31 * 2f64.powi(-bits);
            let want = f64::from(1 << 19) / f64::from(raw);
            assert!((got - want).abs() < want * 1e-8, "1/{sum}: {got} vs {want}");
        }
    }

    #[test]
    fn saturating_shift_left_saturates() {
        assert_eq!(saturating_shift_left(3, 2), 12);
        assert_eq!(saturating_shift_left(-3, 2), -12);
        assert_eq!(saturating_shift_left(1 << 29, 2), i32::MAX);
        assert_eq!(saturating_shift_left(-(1 << 29), 2), i32::MIN);
        assert_eq!(saturating_shift_left(i32::MAX, 0), i32::MAX);
    }
}
