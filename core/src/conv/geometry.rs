//! Where a window falls on an image, as TFLite computes it, and the walk
//! over the output positions that every windowed kernel shares.

use core::ops::Range;

use super::{FeatureMap, Padding, Placement, Window};
use crate::error::Error;

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

/// A windowed layer's checked geometry: its input, window and placement.
pub(super) struct Geometry {
    input: FeatureMap,
    window: Window,
    placement: Placement,
}

/// One output position: its window's first input row and column (in the
/// padding when negative) and the window offsets that fall on the image.
pub(super) struct Position {
    y0: isize,
    x0: isize,
    /// Window rows on the image.
    pub rows: Range<usize>,
    /// Window columns on the image.
    pub columns: Range<usize>,
}

impl Geometry {
    /// The geometry of `window` over `input` (`input_len` values), whose
    /// output holds `out_channels` per position in `output_len` values;
    /// with the output's shape. [`Error::Window`] for no output or no
    /// channels, [`Error::Length`] for a length that does not match.
    pub(super) fn new(
        input: FeatureMap,
        input_len: usize,
        window: Window,
        out_channels: usize,
        output_len: usize,
    ) -> Result<(Geometry, FeatureMap), Error> {
        if input.channels == 0 || out_channels == 0 {
            return Err(Error::Window);
        }
        let placement = window.place(&input)?;
        let output = FeatureMap {
            height: placement.out_height,
            width: placement.out_width,
            channels: out_channels,
        };
        Error::expect_len(input.checked_len().ok_or(Error::Window)?, input_len)?;
        Error::expect_len(output.checked_len().ok_or(Error::Window)?, output_len)?;
        let geometry = Geometry {
            input,
            window,
            placement,
        };
        Ok((geometry, output))
    }

    /// Values of one filter over `channels`: `window height x width x channels`.
    pub(super) fn filter_len(&self, channels: usize) -> Result<usize, Error> {
        self.window
            .height
            .checked_mul(self.window.width)
            .and_then(|n| n.checked_mul(channels))
            .ok_or(Error::Window)
    }

    /// Values per input pixel.
    pub(super) fn depth(&self) -> usize {
        self.input.channels
    }

    /// Every output position, row by row.
    pub(super) fn positions(&self) -> impl Iterator<Item = Position> + '_ {
        let Placement {
            out_height,
            out_width,
            pad_top,
            pad_left,
        } = self.placement;
        (0..out_height).flat_map(move |out_y| {
            (0..out_width).map(move |out_x| {
                let y0 = origin(out_y, self.window.stride_height, pad_top);
                let x0 = origin(out_x, self.window.stride_width, pad_left);
                Position {
                    y0,
                    x0,
                    rows: covered(y0, self.window.height, self.input.height),
                    columns: covered(x0, self.window.width, self.input.width),
                }
            })
        })
    }

    /// Pixels from a window's first pixel to its pixel at `(fy, fx)`, on
    /// the image.
    #[cfg(stitch_dsp)]
    pub(super) fn pixel_offset(&self, fy: usize, fx: usize) -> usize {
        fy * self.input.width + fx
    }

    /// The input pixel under window offset `(fy, fx)` of `at` (one of its
    /// `rows` and `columns`).
    pub(super) fn pixel(&self, at: &Position, fy: usize, fx: usize) -> usize {
        let y = at.y0.wrapping_add(fy as isize) as usize;
        let x = at.x0.wrapping_add(fx as isize) as usize;
        y * self.input.width + x
    }
}

/// The first input row (or column) of output `out`'s window.
fn origin(out: usize, stride: usize, pad: usize) -> isize {
    (out.saturating_mul(stride) as isize).saturating_sub(pad as isize)
}

/// The offsets in a window of `window` starting at `origin` that fall on
/// one of `size` rows (or columns): the rest is padding. TFLite's
/// `filter_x_start`/`filter_x_end`; the work stays bounded by the image
/// whatever the window's size.
fn covered(origin: isize, window: usize, size: usize) -> Range<usize> {
    let start = origin.min(0).unsigned_abs().min(window);
    let end = (size as isize).saturating_sub(origin).max(0).unsigned_abs();
    start..end.min(window).max(start)
}
