//! `CONV_2D`: TFLite's `reference_integer_ops::ConvPerChannel`.

use super::geometry::Geometry;
use super::{FeatureMap, Int8, Requantization, Window};
use crate::error::Error;

/// Convolves `input` (of shape `input_shape`) with `filters`, one per output
/// channel, each `window.height x window.width x input channels` (TFLite's
/// OHWI layout), into `output`; returns the output's shape.
///
/// The padding contributes nothing (it is the input's zero point). Errors:
/// [`Error::Window`] for a window that gives no output or no channels,
/// [`Error::Length`] for a slice whose length does not match the shapes.
///
/// ```
/// use stitch_core::conv::{conv2d, FeatureMap, Padding, Requantization, Window};
/// use stitch_core::Rounding;
/// // A 3x3 image, one 2x2 filter of ones, VALID: four sums of four pixels.
/// let image = FeatureMap { height: 3, width: 3, channels: 1 };
/// let window = Window { height: 2, width: 2, stride_height: 1, stride_width: 1, padding: Padding::Valid };
/// let requantization = Requantization {
///     biases: &0i32.to_le_bytes(),
///     multipliers: &(1i32 << 30).to_le_bytes(),
///     shifts: &[1], // factor 1
///     rounding: Rounding::Single, input_zero_point: 0, output_zero_point: 0, clamp: (-128, 127),
/// };
/// let mut out = [0i8; 4];
/// let shape = conv2d(&[1, 2, 3, 4, 5, 6, 7, 8, 9], image, &[1i8; 4], window, &requantization, &mut out)?;
/// assert_eq!((shape.height, shape.width, shape.channels), (2, 2, 1));
/// assert_eq!(out, [12, 16, 24, 28]);
/// # Ok::<(), stitch_core::Error>(())
/// ```
pub fn conv2d(
    input: &[i8],
    input_shape: FeatureMap,
    filters: &[impl Int8],
    window: Window,
    requantization: &Requantization<'_>,
    output: &mut [i8],
) -> Result<FeatureMap, Error> {
    let out_channels = requantization.channels();
    let (geometry, output_shape) =
        Geometry::new(input_shape, input.len(), window, out_channels, output.len())?;
    requantization.check()?;
    let depth = input_shape.channels;
    let filter_len = geometry.filter_len(depth)?;
    Error::expect_len(
        filter_len.checked_mul(out_channels).ok_or(Error::Window)?,
        filters.len(),
    )?;
    let input_offset = -i32::from(requantization.input_zero_point);
    let mut outputs = output.iter_mut();
    for at in geometry.positions() {
        let row_len = at.columns.len() * depth;
        // `max(1)`: never 0 (checked above), visibly to the optimizer, so no
        // panic path is compiled in.
        for (channel, filter) in filters.chunks_exact(filter_len.max(1)).enumerate() {
            let mut acc = 0i32;
            // Within a window row, the covered pixels and their taps are each
            // contiguous (NHWC, OHWI): one dot product per row.
            for fy in at.rows.clone() {
                let pixel = geometry.pixel(&at, fy, at.columns.start) * depth;
                let tap = (fy * window.width + at.columns.start) * depth;
                let values = input.get(pixel..pixel + row_len).unwrap_or(&[]);
                let taps = filter.get(tap..tap + row_len).unwrap_or(&[]);
                for (&w, &x) in taps.iter().zip(values) {
                    acc = acc.wrapping_add(w.value() * (i32::from(x) + input_offset));
                }
            }
            if let Some(out) = outputs.next() {
                *out = requantization.output(acc, channel);
            }
        }
    }
    Ok(output_shape)
}
