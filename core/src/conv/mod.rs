//! Convolutional layers as TensorFlow Lite's int8 reference kernels compute
//! them, on one NHWC image: [`conv2d`] (`CONV_2D`, per-channel weights),
//! [`depthwise_conv2d`] (`DEPTHWISE_CONV_2D`, depth multiplier 1),
//! [`average_pool2d`] and [`max_pool2d`] (`AVERAGE_POOL_2D`, `MAX_POOL_2D`),
//! and [`Add`] (`ADD`, the residual connection of a ResNet).
//!
//! These are the portable kernels, checked byte for byte against LiteRT and
//! CMSIS-NN on MLPerf Tiny's keyword-spotting and image-classification
//! networks; the model format does
//! not hold convolutional layers yet, so they run on caller-owned slices.
//! Every shape is checked: a slice of the wrong length or a window that
//! gives no output is an [`Error`], never a panic.

mod add;
mod conv2d;
mod depthwise;
mod pool;

pub use add::Add;
pub use conv2d::conv2d;
pub use depthwise::depthwise_conv2d;
pub use pool::{average_pool2d, max_pool2d};

use crate::error::Error;
use crate::format::Rounding;
use crate::requant::to_int8;

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
    /// Values in the map, or `None` if the count overflows.
    pub fn len(&self) -> Option<usize> {
        self.height
            .checked_mul(self.width)?
            .checked_mul(self.channels)
    }

    /// Whether the map holds no value.
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }
}

/// How a window pads the image, as TFLite names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Padding {
    /// Output `ceil(in / stride)`: the input padded with its zero point,
    /// the odd row or column at the bottom or right.
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

impl Window {
    /// Where this window falls on `input`, as TFLite computes it;
    /// [`Error::Window`] for a zero size or stride, or a `Valid` window
    /// larger than the image.
    ///
    /// ```
    /// use stitch_core::conv::{FeatureMap, Padding, Placement, Window};
    /// let window = Window { height: 3, width: 3, stride_height: 2, stride_width: 2, padding: Padding::Same };
    /// let image = FeatureMap { height: 8, width: 7, channels: 1 };
    /// // 8 rows: 4 windows need 9, one row of padding, below; 7 columns: 4 windows need 9, one each side.
    /// assert_eq!(window.place(&image)?, Placement { out_height: 4, out_width: 4, pad_top: 0, pad_left: 1 });
    /// # Ok::<(), stitch_core::Error>(())
    /// ```
    pub fn place(&self, input: &FeatureMap) -> Result<Placement, Error> {
        let (out_height, pad_top) =
            place_1d(input.height, self.height, self.stride_height, self.padding)
                .ok_or(Error::Window)?;
        let (out_width, pad_left) =
            place_1d(input.width, self.width, self.stride_width, self.padding)
                .ok_or(Error::Window)?;
        Ok(Placement {
            out_height,
            out_width,
            pad_top,
            pad_left,
        })
    }
}

/// Output size and padding before, along one dimension.
fn place_1d(
    input: usize,
    window: usize,
    stride: usize,
    padding: Padding,
) -> Option<(usize, usize)> {
    if input == 0 || window == 0 || stride == 0 {
        return None;
    }
    let out = match padding {
        Padding::Same => input.div_ceil(stride),
        Padding::Valid => input.checked_sub(window)? / stride + 1,
    };
    let needed = (out - 1).checked_mul(stride)?.checked_add(window)?;
    Some((out, needed.saturating_sub(input) / 2))
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
            expect_len(channels, found)?;
        }
        Ok(())
    }

    /// The output of `channel` for the accumulator `acc` (bias not added).
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

/// [`Error::Length`] unless `found == expected`.
fn expect_len(expected: usize, found: usize) -> Result<(), Error> {
    if expected == found {
        Ok(())
    } else {
        Err(Error::Length { expected, found })
    }
}

/// The input and output lengths of a layer from `input` to `output`.
fn check_maps(
    input: &FeatureMap,
    input_len: usize,
    output: &FeatureMap,
    output_len: usize,
) -> Result<(), Error> {
    expect_len(input.len().ok_or(Error::Window)?, input_len)?;
    expect_len(output.len().ok_or(Error::Window)?, output_len)
}

/// The window positions of output `(out_y, out_x)`: the first input row and
/// column it covers (possibly in the padding, hence signed).
fn origin(placement: &Placement, window: &Window, out_y: usize, out_x: usize) -> (isize, isize) {
    let at = |out: usize, stride: usize, pad: usize| {
        (out.saturating_mul(stride) as isize).saturating_sub(pad as isize)
    };
    (
        at(out_y, window.stride_height, placement.pad_top),
        at(out_x, window.stride_width, placement.pad_left),
    )
}

/// The offsets in a window of `window` starting at `origin` that fall on
/// one of `size` rows (or columns): the rest is padding. TFLite's
/// `filter_x_start`/`filter_x_end`; the work stays bounded by the image
/// whatever the window's size.
fn covered(origin: isize, window: usize, size: usize) -> core::ops::Range<usize> {
    let start = origin.min(0).unsigned_abs();
    let end = (size as isize).saturating_sub(origin).max(0).unsigned_abs();
    start.min(window)..end.min(window).max(start.min(window))
}

/// Channels of a layer: none is an [`Error::Window`] (nothing to compute).
fn channels(channels: usize) -> Result<usize, Error> {
    if channels == 0 {
        return Err(Error::Window);
    }
    Ok(channels)
}

#[cfg(test)]
mod tests;
