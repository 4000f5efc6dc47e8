//! `ADD` of two int8 tensors of one shape: TFLite's
//! `reference_integer_ops::Add`, each input rescaled to a common scale
//! (2^20 finer than twice the larger input scale), summed, then requantized.

use crate::error::Error;
use crate::format::Rounding;
use crate::model::Quantization;
use crate::requant::{quantize_multiplier, requantize};

/// TFLite's left shift of int8 inputs before rescaling.
const LEFT_SHIFT: u32 = 20;

/// The parameters TFLite's `ADD` prepares for two inputs and an output.
///
/// ```
/// use stitch_core::conv::Add;
/// use stitch_core::{Quantization, Rounding};
/// let q = |scale, zero_point| Quantization { scale, zero_point };
/// // 0.5 * (10 - 0) + 0.25 * (8 - 4) = 6.0, at output scale 0.5: 12.
/// let add = Add::new(q(0.5, 0), q(0.25, 4), q(0.5, 0), (-128, 127), Rounding::Double)?;
/// let mut out = [0i8; 1];
/// add.apply(&[10], &[8], &mut out)?;
/// assert_eq!(out, [12]);
/// # Ok::<(), stitch_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Add {
    input_offsets: [i32; 2],
    input_multipliers: [(i32, i8); 2],
    output_multiplier: (i32, i8),
    output_zero_point: i8,
    clamp: (i8, i8),
    rounding: Rounding,
}

impl Add {
    /// `ADD` of inputs quantized as `a` and `b` into `output`, clamped to
    /// `clamp` (the fused activation); every rescaling rounded by
    /// `rounding` (twice in LiteRT, TensorFlow Lite Micro and CMSIS-NN).
    /// [`Error::InvalidScale`] unless every scale is finite and positive and
    /// the output's factor below 1 (TFLite's `QuantizeMultiplierSmallerThanOneExp`
    /// refuses the rest; a larger one could overflow the rescaled sum).
    pub fn new(
        a: Quantization,
        b: Quantization,
        output: Quantization,
        clamp: (i8, i8),
        rounding: Rounding,
    ) -> Result<Add, Error> {
        let valid = |q: Quantization| q.scale.is_finite() && q.scale > 0.0;
        if !(valid(a) && valid(b) && valid(output)) {
            return Err(Error::InvalidScale);
        }
        // As TFLite: the float maximum doubled, the rest in double precision.
        let twice_max_input_scale = f64::from(2.0 * a.scale.max(b.scale));
        let input =
            |q: Quantization| quantize_multiplier(f64::from(q.scale) / twice_max_input_scale);
        let output_real =
            twice_max_input_scale / f64::from((1u32 << LEFT_SHIFT) as f32 * output.scale);
        if !(twice_max_input_scale.is_finite() && output_real > 0.0 && output_real < 1.0) {
            return Err(Error::InvalidScale);
        }
        Ok(Add {
            input_offsets: [-i32::from(a.zero_point), -i32::from(b.zero_point)],
            input_multipliers: [input(a), input(b)],
            output_multiplier: quantize_multiplier(output_real),
            output_zero_point: output.zero_point,
            clamp,
            rounding,
        })
    }

    /// Writes `a + b`, value by value, to `output` (all three of one length,
    /// else [`Error::Length`]).
    pub fn apply(&self, a: &[i8], b: &[i8], output: &mut [i8]) -> Result<(), Error> {
        Error::expect_len(a.len(), b.len())?;
        Error::expect_len(a.len(), output.len())?;
        let rescale = |x: i8, input: usize| {
            let shifted = (i32::from(x) + self.input_offsets[input]) << LEFT_SHIFT;
            let (multiplier, shift) = self.input_multipliers[input];
            requantize(shifted, multiplier, shift, self.rounding)
        };
        let (multiplier, shift) = self.output_multiplier;
        for ((out, &x), &y) in output.iter_mut().zip(a).zip(b) {
            let sum = rescale(x, 0).wrapping_add(rescale(y, 1));
            let value = requantize(sum, multiplier, shift, self.rounding)
                .saturating_add(i32::from(self.output_zero_point));
            *out = value.clamp(
                i32::from(self.clamp.0),
                i32::from(self.clamp.1).max(i32::from(self.clamp.0)),
            ) as i8;
        }
        Ok(())
    }
}
