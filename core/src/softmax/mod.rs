//! Probabilities from int8 logits, and the predicted class: in float for
//! people to read ([`softmax`]), and as TFLite's int8 `SOFTMAX` computes them
//! ([`Int8Softmax`]).

mod fixed_point;
mod int8;

pub use int8::Int8Softmax;

use crate::error::Error;
use micromath::F32Ext;

/// The index of the largest value, the lowest index on ties; `None` if empty.
///
/// ```
/// assert_eq!(stitch_core::softmax::argmax(&[3, 9, 9, -1]), Some(1));
/// ```
// Called once per inference: kept out of line so the compiler does not
// unroll a copy into every caller.
#[inline(never)]
pub fn argmax(values: &[i8]) -> Option<usize> {
    let mut best: Option<(usize, i8)> = None;
    for (index, &value) in values.iter().enumerate() {
        if best.is_none_or(|(_, top)| value > top) {
            best = Some((index, value));
        }
    }
    best.map(|(index, _)| index)
}

/// Softmax of int8 `logits` whose real value is `scale * (q - zero_point)`.
///
/// The zero point cancels out, so only the scale is needed; it must be
/// finite and positive ([`Error::InvalidScale`]), as every scale in a valid
/// model is. The maximum is subtracted before `exp` (micromath's, the same
/// on host and device), so no input overflows; the results sum to 1 within
/// 1e-5.
///
/// ```
/// let mut p = [0.0f32; 3];
/// stitch_core::softmax::softmax(&[10, 10, -118], 0.1, &mut p)?;
/// assert!((p[0] - 0.5).abs() < 1e-4 && p[2] < 1e-5);
/// # Ok::<(), stitch_core::Error>(())
/// ```
pub fn softmax(logits: &[i8], scale: f32, probabilities: &mut [f32]) -> Result<(), Error> {
    if !(scale.is_finite() && scale > 0.0) {
        return Err(Error::InvalidScale);
    }
    Error::expect_len(logits.len(), probabilities.len())?;
    let Some(&max) = logits.iter().max() else {
        return Ok(());
    };
    let mut sum = 0.0f32;
    for (p, &q) in probabilities.iter_mut().zip(logits) {
        // Called through the trait so host builds use micromath too, not std.
        *p = F32Ext::exp(scale * f32::from(i16::from(q) - i16::from(max)));
        sum += *p;
    }
    // The maximum contributes exp(0) = 1, so sum >= 1.
    for p in probabilities.iter_mut() {
        *p /= sum;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Largest error of one probability against an f64 softmax.
    const MAX_ERROR: f64 = 2e-4;

    /// `(logits, scale)`: ties, one dominant logit, spread, extremes.
    const TEST_VECTORS: &[(&[i8], f32)] = &[
        (&[0, 0], 1.0),
        (&[1, 2, 3], 1.0),
        (&[127, -128], 0.2),
        (&[-128, -128, -128, -128], 0.5),
        (&[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.2009),
        (&[50, 60, 70, 80, 90, 100, 110, 120, 127, 0], 0.05),
        (&[5, -3], 0.0001),
    ];

    fn exact(logits: &[i8], scale: f32) -> std::vec::Vec<f64> {
        let max = f64::from(*logits.iter().max().unwrap_or(&0));
        let exps: std::vec::Vec<f64> = logits
            .iter()
            .map(|&q| (f64::from(scale) * (f64::from(q) - max)).exp())
            .collect();
        let sum: f64 = exps.iter().sum();
        exps.iter().map(|e| e / sum).collect()
    }

    #[test]
    fn matches_f64_softmax_within_bound() {
        for &(logits, scale) in TEST_VECTORS {
            let mut p = [0.0f32; 10];
            let p = &mut p[..logits.len()];
            assert_eq!(softmax(logits, scale, p), Ok(()));
            let total: f32 = p.iter().sum();
            assert!((total - 1.0).abs() < 1e-5, "sum {total} for {logits:?}");
            for (got, want) in p.iter().zip(exact(logits, scale)) {
                assert!(
                    (f64::from(*got) - want).abs() < MAX_ERROR,
                    "{logits:?}: {got} vs {want}"
                );
            }
        }
    }

    #[test]
    fn rejects_mismatched_lengths_and_accepts_empty() {
        assert_eq!(
            softmax(&[1, 2], 1.0, &mut [0.0; 3]),
            Err(Error::Length {
                expected: 2,
                found: 3
            })
        );
        assert_eq!(softmax(&[], 1.0, &mut []), Ok(()));
    }

    #[test]
    fn rejects_scales_that_are_not_finite_and_positive() {
        for scale in [f32::NAN, f32::INFINITY, -0.1, 0.0] {
            assert_eq!(
                softmax(&[1, 2], scale, &mut [0.0; 2]),
                Err(Error::InvalidScale),
                "{scale}"
            );
        }
    }

    #[test]
    fn argmax_takes_lowest_index_on_ties() {
        assert_eq!(argmax(&[]), None);
        assert_eq!(argmax(&[-128, -128]), Some(0));
        assert_eq!(argmax(&[1, 7, 3, 7]), Some(1));
    }
}
