//! Convolutional layers as TensorFlow Lite's int8 reference kernels compute
//! them, on one NHWC image: [`conv2d`] (`CONV_2D`, per-channel weights),
//! [`depthwise_conv2d`] (`DEPTHWISE_CONV_2D`, depth multiplier 1),
//! [`average_pool2d`] and [`max_pool2d`] (`AVERAGE_POOL_2D`, `MAX_POOL_2D`),
//! and [`Add`] (`ADD`, the residual connection of a ResNet).
//!
//! These are the portable kernels, checked byte for byte against LiteRT and
//! CMSIS-NN on MLPerf Tiny's keyword-spotting, image-classification and
//! visual-wake-words networks; the model format does not hold convolutional
//! layers yet, so they run on caller-owned slices.
//! Every shape is checked: a slice of the wrong length or a window that
//! gives no output is an [`Error`], never a panic.

mod add;
mod conv2d;
mod depthwise;
mod geometry;
mod pool;

pub use add::Add;
pub(crate) use add::{TABLE_MIN_LEN, TABLE_WORDS};
pub use conv2d::conv2d;
pub use depthwise::depthwise_conv2d;
pub use pool::{average_pool2d, max_pool2d};

use crate::error::Error;
use crate::format::{le_i32, Rounding};
use crate::format::{MAX_SHIFT, MIN_SHIFT};
use crate::requant::{scale_validated, to_int8};

/// An int8 weight as a kernel reads it: an `i8`, or a byte of a model file
/// (two's complement), so filters in flash are used in place.
pub trait Int8: Copy {
    /// The value, widened.
    fn value(self) -> i32;

    /// The values' bytes, two's complement.
    fn bytes(values: &[Self]) -> &[u8];
}

impl Int8 for i8 {
    #[inline(always)]
    fn value(self) -> i32 {
        i32::from(self)
    }

    #[inline(always)]
    fn bytes(values: &[i8]) -> &[u8] {
        bytemuck::cast_slice(values)
    }
}

impl Int8 for u8 {
    #[inline(always)]
    fn value(self) -> i32 {
        i32::from(self as i8)
    }

    #[inline(always)]
    fn bytes(values: &[u8]) -> &[u8] {
        values
    }
}

/// Channels a depthwise or pooling kernel works on together: for each
/// window tap, a contiguous run of weights and of pixels, summed into as many
/// accumulators on the stack.
const CHANNEL_CHUNK: usize = 16;

/// The shape of one image: `height x width x channels`, stored row by row,
/// channels innermost (NHWC without the batch).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeatureMap {
    /// Rows.
    pub height: usize,
    /// Columns.
    pub width: usize,
    /// Values per pixel.
    pub channels: usize,
}

impl FeatureMap {
    /// Values in the map, or `None` if the count overflows `usize`.
    pub fn checked_len(&self) -> Option<usize> {
        self.height
            .checked_mul(self.width)?
            .checked_mul(self.channels)
    }
}

/// How a window pads the image, as TFLite names it.
///
/// In a model file: 0 = same, 1 = valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Padding {
    /// Output `ceil(in / stride)`: windows reach past the image, by an odd
    /// row or column more at the bottom or right; positions outside are
    /// skipped (for a convolution, the same as the input's zero point).
    Same,
    /// Output `ceil((in - window + 1) / stride)`: no padding.
    Valid,
}

/// A sliding window: its size, stride and padding (dilation 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Rows of the window.
    pub height: usize,
    /// Columns of the window.
    pub width: usize,
    /// Rows between two windows.
    pub stride_height: usize,
    /// Columns between two windows.
    pub stride_width: usize,
    /// How the border is padded.
    pub padding: Padding,
}

/// Where a window falls on an image: the output's size and the padding
/// before the first row and column (TFLite's `ComputePaddingHeightWidth`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    /// Output rows.
    pub out_height: usize,
    /// Output columns.
    pub out_width: usize,
    /// Padding rows above the image.
    pub pad_top: usize,
    /// Padding columns left of the image.
    pub pad_left: usize,
}

/// How a convolution's accumulators become int8: per output channel a bias
/// and a requantization, then the output zero point and the activation's
/// clamp. `input_zero_point` is subtracted from every input value.
///
/// The per-channel values are bytes as a model file stores them, so a model
/// in flash is used in place (`i32::to_le_bytes` makes them).
#[derive(Debug, Clone, Copy)]
pub struct Requantization<'a> {
    /// One int32 bias per output channel, little-endian.
    pub biases: &'a [u8],
    /// One Q31 multiplier per output channel ([`crate::requant::quantize_multiplier`]),
    /// int32 little-endian.
    pub multipliers: &'a [u8],
    /// One shift per output channel, an `i8` as a byte (positive: left).
    pub shifts: &'a [u8],
    /// Which runtime's rounding.
    pub rounding: Rounding,
    /// The input's zero point.
    pub input_zero_point: i8,
    /// The output's zero point.
    pub output_zero_point: i8,
    /// The activation as a clamp of the outputs: `min..=max`.
    pub clamp: (i8, i8),
}

impl<'a> Requantization<'a> {
    /// Output channels: one per shift.
    fn channels(&self) -> usize {
        self.shifts.len()
    }

    /// Whether the biases and multipliers hold one word per shift.
    fn check(&self) -> Result<(), Error> {
        let words = self.channels().checked_mul(4).ok_or(Error::Window)?;
        for found in [self.biases.len(), self.multipliers.len()] {
            Error::expect_len(words, found)?;
        }
        Ok(())
    }

    /// The output of `channel` for the accumulator `acc`, before its bias.
    #[inline(always)]
    fn output(&self, acc: i32, channel: usize) -> i8 {
        // Indexed, not `chunks_exact(4).nth(channel)`: 4 instructions per MAC
        // less in a 3x3 depthwise layer on the Cortex-M4 (make bench-mcu).
        let at = channel.wrapping_mul(4);
        let word = |data: &[u8]| data.get(at..at.wrapping_add(4)).map(le_i32);
        let (Some(bias), Some(multiplier), Some(&shift)) = (
            word(self.biases),
            word(self.multipliers),
            self.shifts.get(channel),
        ) else {
            return self.clamp.0;
        };
        self.finish(acc, (bias, multiplier, shift as i8))
    }

    /// Every channel's bias, multiplier and shift, in order.
    #[cfg(stitch_dsp)]
    fn params(&self) -> impl Iterator<Item = (i32, i32, i8)> + '_ {
        let words = |data: &'a [u8]| data.chunks_exact(4).map(le_i32);
        words(self.biases)
            .zip(words(self.multipliers))
            .zip(self.shifts)
            .map(|((bias, multiplier), &shift)| (bias, multiplier, shift as i8))
    }

    /// The output for the accumulator `acc` of the channel with `bias`,
    /// `multiplier` and `shift`.
    #[inline(always)]
    fn finish(&self, acc: i32, (bias, multiplier, shift): (i32, i32, i8)) -> i8 {
        let acc = acc.wrapping_add(bias);
        if multiplier < 0 {
            // Not a multiplier `quantize_multiplier` makes: the general path.
            let (zero_point, (min, max)) = (self.output_zero_point, self.clamp);
            return to_int8(acc, multiplier, shift, self.rounding, zero_point, min, max);
        }
        // The kernels' path, exact for any accumulator (`WIDE`), several
        // times shorter than the general one.
        let shift = shift.clamp(MIN_SHIFT, MAX_SHIFT);
        let double = self.rounding == Rounding::Double;
        let scaled = scale_validated::<true>(acc, multiplier, shift, double);
        let (min, max) = (i32::from(self.clamp.0), i32::from(self.clamp.1));
        scaled
            .saturating_add(i32::from(self.output_zero_point))
            .clamp(min, max.max(min)) as i8
    }
}

#[cfg(test)]
mod tests;
