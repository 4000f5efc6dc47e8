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
pub use conv2d::conv2d;
pub use depthwise::depthwise_conv2d;
pub use pool::{average_pool2d, max_pool2d};

use crate::error::Error;
use crate::format::Rounding;
use crate::requant::to_int8;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, Copy)]
pub struct Requantization<'a> {
    /// One int32 bias per output channel.
    pub biases: &'a [i32],
    /// One Q31 multiplier per output channel ([`crate::requant::quantize_multiplier`]).
    pub multipliers: &'a [i32],
    /// One shift per output channel (positive: left).
    pub shifts: &'a [i8],
    /// Which runtime's rounding.
    pub rounding: Rounding,
    /// The input's zero point.
    pub input_zero_point: i8,
    /// The output's zero point.
    pub output_zero_point: i8,
    /// The activation as a clamp of the outputs: `min..=max`.
    pub clamp: (i8, i8),
}

impl Requantization<'_> {
    /// Whether every per-channel slice holds `channels` values.
    fn check(&self, channels: usize) -> Result<(), Error> {
        for found in [self.biases.len(), self.multipliers.len(), self.shifts.len()] {
            Error::expect_len(channels, found)?;
        }
        Ok(())
    }

    /// The output of `channel` for the accumulator `acc`, before its bias.
    fn output(&self, acc: i32, channel: usize) -> i8 {
        let (Some(&bias), Some(&multiplier), Some(&shift)) = (
            self.biases.get(channel),
            self.multipliers.get(channel),
            self.shifts.get(channel),
        ) else {
            return self.clamp.0;
        };
        to_int8(
            acc.wrapping_add(bias),
            multiplier,
            shift,
            self.rounding,
            self.output_zero_point,
            self.clamp.0,
            self.clamp.1,
        )
    }
}

#[cfg(test)]
mod tests;
