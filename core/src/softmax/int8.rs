//! TFLite's int8 softmax, in fixed point: the bytes LiteRT, TensorFlow Lite
//! Micro and CMSIS-NN write for a `SOFTMAX` with int8 input and output.

use super::fixed_point::{exp_on_negative_values, reciprocal, SCALED_DIFF_INTEGER_BITS};
use crate::error::Error;
use crate::requant::{q31_and_exponent, rounding_divide_by_pot, rounding_doubling_high_mul};

/// Integer bits of the sum of exponentials (TFLite's `kAccumulationIntegerBits`).
const ACCUMULATION_INTEGER_BITS: i32 = 12;

/// TFLite's int8 softmax for logits of one scale: the parameters its
/// `Prepare` computes (`PreprocessSoftmaxScaling`, `CalculateInputRadius`),
/// applied as its reference kernel does. The output is int8 at scale 1/256,
/// zero point -128: `q + 128` is the probability in 256ths.
///
/// ```
/// use stitch_core::softmax::Int8Softmax;
/// let softmax = Int8Softmax::new(0.1, 1.0)?;
/// let mut probabilities = [0i8; 3];
/// softmax.apply(&[20, 20, -100], &mut probabilities)?;
/// // Two equal logits share the probability; exp(-12) rounds to nothing.
/// assert_eq!(probabilities, [0, 0, -128]);
/// # Ok::<(), stitch_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Int8Softmax {
    /// `beta * input_scale * 2^26` as a Q31 multiplier and a left shift.
    multiplier: i32,
    left_shift: u32,
    /// Differences from the row's maximum below this contribute nothing.
    diff_min: i32,
}

impl Int8Softmax {
    /// The softmax of logits at `input_scale` with `beta` (1 in every Keras
    /// model). [`Error::InvalidScale`] unless both are finite and positive,
    /// and their product is above `2^-26` (TFLite refuses smaller ones too).
    pub fn new(input_scale: f32, beta: f32) -> Result<Int8Softmax, Error> {
        let valid = |x: f32| x.is_finite() && x > 0.0;
        if !(valid(input_scale) && valid(beta)) {
            return Err(Error::InvalidScale);
        }
        let scaled_diff_scale = f64::from(1u32 << (31 - SCALED_DIFF_INTEGER_BITS));
        // TFLite caps the factor: where it applies, any difference but zero
        // gives exp() = 0 at int8 resolution anyway.
        let real =
            (f64::from(beta) * f64::from(input_scale) * scaled_diff_scale).min(f64::from(i32::MAX));
        // TFLite's QuantizeMultiplierGreaterThanOne refuses the rest.
        if real <= 1.0 {
            return Err(Error::InvalidScale);
        }
        let Some((multiplier, left_shift)) = q31_and_exponent(real) else {
            return Err(Error::InvalidScale);
        };
        // Above 1, so in 1..=31: never refused here.
        let Ok(left_shift) = u32::try_from(left_shift) else {
            return Err(Error::InvalidScale);
        };
        // The largest difference whose rescaled value still fits Q5.26.
        let max_input_rescaled = ((1i64 << SCALED_DIFF_INTEGER_BITS) - 1)
            << (31 - SCALED_DIFF_INTEGER_BITS)
            >> left_shift;
        Ok(Int8Softmax {
            multiplier,
            left_shift,
            diff_min: -(max_input_rescaled as i32),
        })
    }

    /// Writes the softmax of `logits` to `probabilities` (same length, else
    /// [`Error::Length`]).
    ///
    /// Like TFLite's, the sum of exponentials wraps at 4,096 logits equal to
    /// the maximum. From 512 such logits TFLite's last shift is by 32 or
    /// more, undefined C++; here each output is then the exact rounding of
    /// its value (0 at 1/256).
    pub fn apply(&self, logits: &[i8], probabilities: &mut [i8]) -> Result<(), Error> {
        Error::expect_len(logits.len(), probabilities.len())?;
        let Some(&max) = logits.iter().max() else {
            return Ok(());
        };
        // Evaluated twice per logit (for the sum, then for its output), as
        // TFLite's kernel does: keeping them would need a buffer as long as
        // the logits, and this crate allocates none.
        let exp_of_difference = |q: i8| {
            let difference = i32::from(q) - i32::from(max);
            (difference >= self.diff_min).then(|| {
                // |difference| * 2^left_shift < 31 * 2^26 (diff_min): no overflow.
                let rescaled = (i64::from(difference) << self.left_shift) as i32;
                exp_on_negative_values(rounding_doubling_high_mul(rescaled, self.multiplier))
            })
        };
        let mut sum_of_exps = 0i32;
        for &q in logits {
            if let Some(exp) = exp_of_difference(q) {
                // Q0.31 to Q12.19.
                let exp = rounding_divide_by_pot(exp, ACCUMULATION_INTEGER_BITS as u32);
                sum_of_exps = sum_of_exps.wrapping_add(exp);
            }
        }
        let (scale, bits_over_unit) = reciprocal(sum_of_exps, ACCUMULATION_INTEGER_BITS);
        // From Q0.31 to 256ths.
        let exponent = bits_over_unit + 31 - 8;
        for (p, &q) in probabilities.iter_mut().zip(logits) {
            *p = match exp_of_difference(q) {
                Some(exp) => {
                    let product = rounding_doubling_high_mul(scale, exp);
                    // `exponent` is at least 3 (`bits_over_unit >= 12 - 32`);
                    // from 32 on, `|product| < 2^31` rounds to 0.
                    let unsaturated = match u32::try_from(exponent) {
                        Ok(e) if e < 32 => rounding_divide_by_pot(product, e),
                        _ => 0,
                    };
                    (unsaturated.saturating_sub(128)).clamp(-128, 127) as i8
                }
                None => -128,
            };
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_outside_tflites_range_are_refused() {
        for (scale, beta) in [
            (f32::NAN, 1.0),
            (0.1, f32::INFINITY),
            (-0.1, 1.0),
            (0.1, 0.0),
            // beta * scale * 2^26 <= 1: TFLite's QuantizeMultiplierGreaterThanOne refuses it.
            (1.0 / (1u64 << 26) as f32, 1.0),
        ] {
            assert_eq!(
                Int8Softmax::new(scale, beta),
                Err(Error::InvalidScale),
                "{scale} {beta}"
            );
        }
    }

    #[test]
    fn huge_scales_leave_everything_to_the_maximum() {
        // The factor is capped at 2^31 - 1: one step below the maximum is
        // already beyond the input radius.
        let softmax = Int8Softmax::new(1000.0, 1.0).unwrap();
        assert_eq!(softmax.diff_min, 0);
        let mut p = [0i8; 3];
        softmax.apply(&[5, 4, 5], &mut p).unwrap();
        assert_eq!(p, [0, -128, 0]);
    }

    #[test]
    fn lengths_must_match_and_empty_is_fine() {
        let softmax = Int8Softmax::new(0.1, 1.0).unwrap();
        assert_eq!(
            softmax.apply(&[1, 2], &mut [0; 3]),
            Err(Error::Length {
                expected: 2,
                found: 3
            })
        );
        assert_eq!(softmax.apply(&[], &mut []), Ok(()));
    }

    #[test]
    fn one_logit_is_certain() {
        let softmax = Int8Softmax::new(0.05, 1.0).unwrap();
        let mut p = [0i8; 1];
        softmax.apply(&[-7], &mut p).unwrap();
        // 256/256 saturates at 255/256.
        assert_eq!(p, [127]);
    }
}
