//! What a model takes and gives: quantization, output meaning, class names,
//! and where an imported model came from.

use crate::format::CLASS_NAME_SEPARATOR;

/// An int8 tensor's quantization: the value `q` means `scale * (q - zero_point)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantization {
    /// The real size of one step of `q`.
    pub scale: f32,
    /// The `q` that means 0.0.
    pub zero_point: i8,
}

impl Default for Quantization {
    /// Scale 1, zero point 0: `q` means itself.
    fn default() -> Self {
        Quantization {
            scale: 1.0,
            zero_point: 0,
        }
    }
}

impl Quantization {
    /// The real value of `q`.
    ///
    /// ```
    /// let q = stitch_core::Quantization { scale: 0.5, zero_point: -10 };
    /// assert_eq!(q.dequantize(-6), 2.0);
    /// ```
    pub fn dequantize(&self, q: i8) -> f32 {
        self.scale * f32::from(i16::from(q) - i16::from(self.zero_point))
    }

    /// The int8 value of `real` as TFLite's `QUANTIZE` computes it:
    /// `round(real / scale) + zero_point` (f32 division, halves away from
    /// zero), saturated to -128..=127; NaN gives the zero point.
    ///
    /// ```
    /// let q = stitch_core::Quantization { scale: 1.0 / 255.0, zero_point: -128 };
    /// assert_eq!(q.quantize(3.0 / 255.0), -125);
    /// assert_eq!(q.quantize(2.0), 127);
    /// ```
    pub fn quantize(&self, real: f32) -> i8 {
        let steps = round_half_away(real / self.scale);
        (steps + i32::from(self.zero_point)).clamp(-128, 127) as i8
    }
}

/// `x` rounded to the nearest integer, halves away from zero (C's `round`),
/// saturated to the i32 range; NaN gives 0.
fn round_half_away(x: f32) -> i32 {
    // `as` saturates, maps NaN to 0 and truncates toward zero; below 2^23 in
    // magnitude `x - truncated` is exact, and above every f32 is an integer.
    let truncated = x as i32;
    let fraction = x - truncated as f32;
    if fraction >= 0.5 {
        truncated.saturating_add(1)
    } else if fraction <= -0.5 {
        truncated.saturating_sub(1)
    } else {
        truncated
    }
}

/// What a model's outputs mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputMeaning {
    /// Logits of classes, one per output: the class is their argmax, the
    /// probabilities their softmax; the model names each class.
    Classes,
    /// Values (an autoencoder's reconstruction, a regressor's estimate):
    /// read them dequantized with the output quantization.
    Values,
}

/// The class names of a model, in output order.
#[derive(Debug, Clone)]
pub struct ClassNames<'a> {
    rest: Option<&'a str>,
    remaining: usize,
}

impl<'a> ClassNames<'a> {
    /// `count` names separated by [`CLASS_NAME_SEPARATOR`] in `joined`
    /// (validated to hold exactly that many).
    pub(crate) fn new(joined: &'a str, count: usize) -> Self {
        ClassNames {
            rest: (count > 0).then_some(joined),
            remaining: count,
        }
    }
}

impl<'a> Iterator for ClassNames<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        self.remaining = self.remaining.saturating_sub(1);
        // The separator is ASCII, so its position is a char boundary.
        let separator = CLASS_NAME_SEPARATOR as u8;
        match rest.bytes().position(|b| b == separator) {
            Some(at) => {
                self.rest = rest.get(at + 1..);
                rest.get(..at)
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for ClassNames<'_> {}

/// The file an imported model was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin<'a> {
    /// The source file's name (without its directory).
    pub source: &'a str,
    /// SHA-256 of the source file's bytes.
    pub sha256: [u8; 32],
}
