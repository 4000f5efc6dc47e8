use super::*;
use crate::format::Rounding::{Double, Single};

/// `(acc, multiplier, shift, expected)`, computed by hand, single rounding.
const SINGLE_VECTORS: &[(i32, i32, i8, i32)] = &[
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

/// `(acc, multiplier, shift, expected)`, computed by hand, double rounding:
/// the first rounding is to a whole number of `M / 2^31`, the second of `2^shift`.
const DOUBLE_VECTORS: &[(i32, i32, i8, i32)] = &[
    // Factor 0.25 as 0.5 * 2^-1: 3 * 0.5 = 1.5 -> 2, / 2 = 1 (single: 0.75 -> 1).
    (3, 1 << 30, -1, 1),
    // 5 * 0.5 = 2.5 -> 3, / 2 = 1.5 -> 2 (single: 1.25 -> 1).
    (5, 1 << 30, -1, 2),
    // -5 * 0.5 = -2.5 -> -2 (ties up), / 2 = -1 (single: -1.25 -> -1).
    (-5, 1 << 30, -1, -1),
    // -7 * 0.5 = -3.5 -> -3, / 2 = -1.5 -> -2 (away from zero).
    (-7, 1 << 30, -1, -2),
    // Left shifts multiply first: 3 * 2 * 0.5 = 3.
    (3, 1 << 30, 1, 3),
    // shift -31 with M just below 2^31: i32::MAX * ~1 -> i32::MAX - 1, / 2^31 -> 1.
    (i32::MAX, i32::MAX, -31, 1),
    (i32::MIN, i32::MAX, -31, -1),
];

#[test]
fn single_rounding_matches_hand_computed_vectors() {
    for &(acc, m, s, expected) in SINGLE_VECTORS {
        assert_eq!(
            requantize(acc, m, s, Single),
            expected,
            "acc={acc} m={m} s={s}"
        );
    }
}

#[test]
fn double_rounding_matches_hand_computed_vectors() {
    for &(acc, m, s, expected) in DOUBLE_VECTORS {
        assert_eq!(
            requantize(acc, m, s, Double),
            expected,
            "acc={acc} m={m} s={s}"
        );
    }
}

/// gemmlowp's functions as TensorFlow Lite Micro writes them: a nudge by
/// sign, C's truncating division, a mask-and-threshold shift.
fn gemmlowp(acc: i32, multiplier: i32, shift: i8) -> i32 {
    let left = shift.max(0);
    let right = (-shift).max(0);
    let a = acc.wrapping_mul(1 << left);
    let ab = i64::from(a) * i64::from(multiplier);
    let nudge = if ab >= 0 { 1 << 30 } else { 1 - (1 << 30) };
    let high = ((ab + nudge) / (1i64 << 31)) as i32;
    let mask = (1i32 << right).wrapping_sub(1);
    let remainder = high & mask;
    let threshold = (mask >> 1) + i32::from(high < 0);
    (high >> right) + i32::from(remainder > threshold)
}

/// A fixed-seed xorshift, so every run checks the same values.
fn randoms(seed: u32) -> impl FnMut() -> u32 {
    let mut state = seed;
    move || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state
    }
}

const ACCS: [i32; 12] = [
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
const MULTIPLIERS: [i32; 6] = [0, 1, 1 << 30, (1 << 30) + 1, (1 << 30) + 12_345, i32::MAX];

#[test]
fn double_rounding_is_gemmlowps() {
    let mut next = randoms(0x9e37_79b9);
    for shift in MIN_SHIFT..=MAX_SHIFT {
        let randoms = (0..500).map(|_| (next() as i32 >> (next() % 24), (next() >> 1) as i32));
        let fixed = ACCS
            .iter()
            .flat_map(|&a| MULTIPLIERS.iter().map(move |&m| (a, m)));
        for (acc, m) in fixed.chain(randoms) {
            assert_eq!(
                requantize(acc, m, shift, Double),
                gemmlowp(acc, m, shift),
                "acc={acc} m={m} s={shift}"
            );
        }
    }
}

#[test]
fn to_int8_saturates_and_clamps() {
    assert_eq!(to_int8(1000, 1 << 30, 0, Single, 0, -128, 127), 127);
    assert_eq!(to_int8(-1000, 1 << 30, 0, Single, 0, -128, 127), -128);
    assert_eq!(to_int8(-10, 1 << 30, 0, Single, -5, -5, 127), -5);
    assert_eq!(to_int8(10, 1 << 30, 0, Single, -5, -5, 127), 0);
    assert_eq!(to_int8(1000, 1 << 30, 0, Double, 0, -20, 20), 20);
    assert_eq!(to_int8(i32::MAX, i32::MAX, 30, Single, 127, -128, 127), 127);
}

/// The kernels' path: scaled, plus the zero point, clamped.
fn to_int8_validated(
    acc: i32,
    m: i32,
    s: i8,
    double: bool,
    zero_point: i8,
    min: i8,
    max: i8,
) -> i8 {
    let value = scale_validated::<false>(acc, m, s, double) + i32::from(zero_point);
    value.max(i32::from(min)).min(i32::from(max)) as i8
}

/// The wide path (a graph's convolutions) is exact for every `i32`
/// accumulator, where the dense path's 32-bit doubling would wrap: 2^30
/// itself (a dead channel's bias), the extremes, and random ones.
#[test]
fn wide_path_matches_to_int8_for_any_accumulator() {
    let mut next = randoms(0x9e37_79b9);
    for double in [false, true] {
        let rounding = if double { Double } else { Single };
        for shift in MIN_SHIFT..=MAX_SHIFT {
            let randoms = (0..200).map(|_| (next() as i32, (next() >> 1) as i32));
            let edges = [
                1 << 30,
                -(1 << 30),
                i32::MAX,
                i32::MIN + 1,
                (1 << 30) + 12_345,
            ]
            .into_iter()
            .flat_map(|a| MULTIPLIERS.iter().map(move |&m| (a, m)));
            for (acc, m) in edges.chain(randoms) {
                let wide = scale_validated::<true>(acc, m, shift, double).clamp(-128, 127);
                let exact = to_int8(acc, m, shift, rounding, 0, -128, 127);
                assert_eq!(
                    wide,
                    i32::from(exact),
                    "acc={acc} m={m} s={shift} {rounding:?}"
                );
            }
        }
    }
}

/// Accumulators of validated models: `|acc| < 2^30`, the edges included.
const VALID_ACCS: [i32; 10] = [
    0,
    1,
    -1,
    3,
    -3,
    12_345,
    -12_345,
    (1 << 30) - 1,
    -(1 << 30) + 1,
    1 << 29,
];

#[test]
fn validated_path_matches_to_int8_in_both_roundings() {
    let mut next = randoms(0x2545_f491);
    for double in [false, true] {
        let rounding = if double { Double } else { Single };
        for shift in MIN_SHIFT..=MAX_SHIFT {
            for (zero_point, min, max) in [
                (0, -128, 127),
                (-128, -128, 127),
                (-5, -5, 127),
                (127, 127, 127),
                (3, -20, 40),
            ] {
                let randoms = (0..200).map(|_| (next() as i32 >> 2, (next() >> 1) as i32));
                let fixed = VALID_ACCS
                    .iter()
                    .flat_map(|&a| MULTIPLIERS.iter().map(move |&m| (a, m)));
                for (acc, m) in fixed.chain(randoms) {
                    assert_eq!(
                        to_int8_validated(acc, m, shift, double, zero_point, min, max),
                        to_int8(acc, m, shift, rounding, zero_point, min, max),
                        "acc={acc} m={m} s={shift} zp={zero_point} {rounding:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn multiplying_by_halves_is_exact() {
    let mut next = randoms(0x1234_5678);
    let edges = [
        0,
        1,
        -1,
        i32::MAX,
        i32::MIN,
        0xFFFF,
        -0x10000,
        1 << 30,
        -(1 << 30),
    ];
    let multipliers = [0, 1, 0xFFFF, 0x10000, 1 << 30, i32::MAX];
    for &a in &edges {
        for &m in &multipliers {
            assert_eq!(
                crate::kernels::mul_by_halves(a, m),
                i64::from(a) * i64::from(m),
                "{a} {m}"
            );
        }
    }
    for _ in 0..100_000 {
        let (a, m) = (next() as i32, (next() >> 1) as i32);
        assert_eq!(
            crate::kernels::mul_by_halves(a, m),
            i64::from(a) * i64::from(m),
            "{a} {m}"
        );
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
