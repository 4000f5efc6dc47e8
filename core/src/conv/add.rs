//! `ADD` of two int8 tensors of one shape: TFLite's
//! `reference_integer_ops::Add`, each input rescaled to a common scale
//! (2^20 finer than twice the larger input scale), summed, then requantized.

use crate::error::Error;
use crate::format::Rounding;
use crate::model::Quantization;
use crate::requant::{quantize_multiplier, requantize};

/// TFLite's left shift of int8 inputs before rescaling.
const LEFT_SHIFT: u32 = 20;

/// Words of [`Add::apply_tabled`]'s tables: 256 rescaled values per input.
pub(crate) const TABLE_WORDS: usize = 512;

/// Values from which a graph's `ADD` builds its tables: their 512
/// rescalings then cost less than rescaling each value twice.
pub(crate) const TABLE_MIN_LEN: usize = 512;

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
        self.apply_tabled(a, b, output, &mut [])
    }

    /// [`Add::apply`] with each input's rescaling looked up when `tables`
    /// holds [`TABLE_WORDS`] words: first the 256 rescaled values of each
    /// input, then per value two loads, the sum and the output's
    /// rescaling. Worth its 512 rescalings for a long input (a graph's
    /// `ADD` of at least [`TABLE_MIN_LEN`] values has them in its scratch).
    pub(crate) fn apply_tabled(
        &self,
        a: &[i8],
        b: &[i8],
        output: &mut [i8],
        tables: &mut [u32],
    ) -> Result<(), Error> {
        Error::expect_len(a.len(), b.len())?;
        Error::expect_len(a.len(), output.len())?;
        self.run(Sums::Apart(a, output), b, tables);
        Ok(())
    }

    /// [`Add::apply_tabled`] of `buffer` and `b` into `buffer`: each value
    /// is read before its sum is written over it (a graph's `ADD` whose
    /// first input nobody reads afterwards).
    pub(crate) fn apply_over(
        &self,
        buffer: &mut [i8],
        b: &[i8],
        tables: &mut [u32],
    ) -> Result<(), Error> {
        Error::expect_len(buffer.len(), b.len())?;
        self.run(Sums::Over(buffer), b, tables);
        Ok(())
    }

    /// Stores every sum: by the tables if `tables` holds them (the output's
    /// rescaling with its choices made once, for double rounding), else by
    /// TFLite's steps.
    fn run(&self, sums: Sums<'_>, b: &[i8], tables: &mut [u32]) {
        let (multiplier, shift) = self.output_multiplier;
        let output = |sum| requantize(sum, multiplier, shift, self.rounding);
        if let Some((first, second)) = self.tables(tables) {
            let sum = |x: i8, y: i8| first[usize::from(x as u8)] + second[usize::from(y as u8)];
            match self.double_rescales() {
                #[cfg(stitch_dsp)]
                Some([_, _, out]) => self.tabled_dsp(sums, b, (first, second), out),
                #[cfg(not(stitch_dsp))]
                Some([_, _, out]) => self.each(sums, b, |x, y| out.apply(sum(x, y))),
                None => self.each(sums, b, |x, y| output(sum(x, y))),
            }
            return;
        }
        self.each(sums, b, |x, y| {
            output(self.rescaled(x, 0).wrapping_add(self.rescaled(y, 1)))
        });
    }

    /// The tables' loop in the Cortex-M4's assembly
    /// ([`crate::kernels::add_tabled`]), the output rescaled as `out`.
    #[cfg(stitch_dsp)]
    fn tabled_dsp(
        &self,
        sums: Sums<'_>,
        b: &[i8],
        tables: (&[i32; 256], &[i32; 256]),
        out: Rescale,
    ) {
        let (min, max) = (i32::from(self.clamp.0), i32::from(self.clamp.1));
        let output = crate::kernels::TabledOutput {
            multiplier: out.multiplier,
            exponent: out.exponent,
            zero_point: i32::from(self.output_zero_point),
            min,
            max: max.max(min),
        };
        match sums {
            Sums::Apart(a, out) => crate::kernels::add_tabled(Some(a), out, b, tables, &output),
            Sums::Over(buffer) => crate::kernels::add_tabled(None, buffer, b, tables, &output),
        }
    }

    /// Each input's 256 rescaled values in `words`, indexed by the value's
    /// byte; `None` if `words` is shorter than [`TABLE_WORDS`].
    fn tables<'t>(&self, words: &'t mut [u32]) -> Option<(&'t [i32; 256], &'t [i32; 256])> {
        let values: &mut [i32] = bytemuck::cast_slice_mut(words);
        let (first, rest) = values.split_first_chunk_mut::<256>()?;
        let second = rest.first_chunk_mut::<256>()?;
        for (byte, (x, y)) in (0..=u8::MAX).zip(first.iter_mut().zip(second.iter_mut())) {
            *x = self.rescaled(byte as i8, 0);
            *y = self.rescaled(byte as i8, 1);
        }
        Some((first, second))
    }

    /// Input `input`'s value `x`, offset, shifted and rescaled to the common
    /// scale: below 2^28 in magnitude (255 shifted by 20, a factor below 1).
    fn rescaled(&self, x: i8, input: usize) -> i32 {
        let shifted = (i32::from(x) + self.input_offsets[input]) << LEFT_SHIFT;
        let (multiplier, shift) = self.input_multipliers[input];
        requantize(shifted, multiplier, shift, self.rounding)
    }

    /// Stores, for every pair of values, `value(x, y)` (the sum rescaled
    /// to the output) at the output zero point, clamped.
    #[inline(always)]
    fn each(&self, sums: Sums<'_>, b: &[i8], value: impl Fn(i8, i8) -> i32) {
        let zero_point = i32::from(self.output_zero_point);
        let (min, max) = (i32::from(self.clamp.0), i32::from(self.clamp.1));
        let max = max.max(min);
        let store = |x, y| value(x, y).saturating_add(zero_point).clamp(min, max) as i8;
        match sums {
            Sums::Apart(a, output) => {
                for ((out, &x), &y) in output.iter_mut().zip(a).zip(b) {
                    *out = store(x, y);
                }
            }
            Sums::Over(buffer) => {
                for (out, &y) in buffer.iter_mut().zip(b) {
                    *out = store(*out, y);
                }
            }
        }
    }

    /// With double rounding (LiteRT's, TFLite Micro's and CMSIS-NN's), the
    /// three rescalings as [`Rescale`]s, which every factor `new` accepts
    /// makes (all below 1).
    fn double_rescales(&self) -> Option<[Rescale; 3]> {
        if self.rounding != Rounding::Double {
            return None;
        }
        let [a, b] = self.input_multipliers;
        Some([
            Rescale::new(a)?,
            Rescale::new(b)?,
            Rescale::new(self.output_multiplier)?,
        ])
    }
}

/// Where an `ADD` reads its first input and writes its sums.
enum Sums<'v> {
    /// From the first slice into the second.
    Apart(&'v [i8], &'v mut [i8]),
    /// Over the slice, which holds the first input.
    Over(&'v mut [i8]),
}

/// gemmlowp's double rounding by one factor below 1 (`multiplier >= 0`,
/// `shift <= 0`), for values `|x| < 2^29`: `SaturatingRoundingDoublingHighMul`
/// `t` as one rounded high multiply of `2 x`, then `RoundingDivideByPOT(e)`
/// (`e = -shift`) without a branch, as `((2t - [t < 0]) >> e + 1) >> 1`:
/// for `e = 0` that is `t`; for `e >= 1` it floors `(2t - 1) / 2^e` where
/// the kernels' form floors `(2t - 2) / 2^e`, the same, `2t - 1` being odd.
#[derive(Debug, Clone, Copy)]
struct Rescale {
    multiplier: i32,
    /// `-shift`.
    exponent: u32,
}

impl Rescale {
    /// The rescaling by `(multiplier, shift)`; `None` outside its range.
    fn new((multiplier, shift): (i32, i8)) -> Option<Rescale> {
        if multiplier < 0 || !(-31..=0).contains(&shift) {
            return None;
        }
        Some(Rescale {
            multiplier,
            exponent: u32::from(shift.unsigned_abs()),
        })
    }

    /// The rescaled `x` (the Cortex-M4 runs this in its assembly loop).
    #[cfg(not(stitch_dsp))]
    #[inline(always)]
    fn apply(self, x: i32) -> i32 {
        let high = crate::kernels::rounded_high_mul(x << 1, self.multiplier);
        crate::kernels::minus_if_negative(high << 1)
            .wrapping_shr(self.exponent)
            .wrapping_add(1)
            >> 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// TFLite's steps, each requantization on its own.
    fn reference(add: &Add, a: &[i8], b: &[i8]) -> [i8; 256] {
        let (multiplier, shift) = add.output_multiplier;
        let mut out = [0i8; 256];
        add.each(Sums::Apart(a, &mut out), b, |x, y| {
            let sum = add.rescaled(x, 0).wrapping_add(add.rescaled(y, 1));
            requantize(sum, multiplier, shift, add.rounding)
        });
        out
    }

    /// The double-rounding loop, the tables and the in-place loop equal
    /// TFLite's steps for every pair of int8 inputs, in both roundings,
    /// over scales that give input shifts of 0 (the larger scale's factor
    /// is exactly 1/2) and below, and clamps.
    #[test]
    fn every_loop_is_tflites_steps() {
        let q = |scale, zero_point| Quantization { scale, zero_point };
        let values: [i8; 256] = core::array::from_fn(|i| i as u8 as i8);
        let cases = [
            (q(0.05, -3), q(0.05, 7), q(0.1, 2), (-128, 127)),
            (q(0.02, 0), q(0.07, -128), q(0.09, -10), (-10, 127)),
            (q(0.3, 100), q(0.001, 5), q(0.25, -128), (-128, 100)),
            (q(1e-4, -1), q(3e-4, 1), q(2e-4, 0), (-128, 127)),
        ];
        let roundings = [Rounding::Double, Rounding::Single];
        for ((a, b, out, clamp), rounding) in
            cases.into_iter().flat_map(|c| roundings.map(|r| (c, r)))
        {
            let add = Add::new(a, b, out, clamp, rounding).unwrap();
            assert_eq!(
                add.double_rescales().is_some(),
                rounding == Rounding::Double
            );
            for &x in &values {
                let xs = [x; 256];
                let expected = reference(&add, &xs, &values);
                let (mut direct, mut tabled, mut over) = ([0; 256], [0; 256], xs);
                add.apply(&xs, &values, &mut direct).unwrap();
                add.apply_tabled(&xs, &values, &mut tabled, &mut [0; TABLE_WORDS])
                    .unwrap();
                add.apply_over(&mut over, &values, &mut [0; TABLE_WORDS])
                    .unwrap();
                let case = (a, b, out, rounding, x);
                assert_eq!(direct, expected, "{case:?}");
                assert_eq!(tabled, expected, "tables: {case:?}");
                assert_eq!(over, expected, "in place: {case:?}");
            }
        }
    }
}
