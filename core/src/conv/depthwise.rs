//! `DEPTHWISE_CONV_2D` with depth multiplier 1: TFLite's
//! `reference_integer_ops::DepthwiseConvPerChannel`.

use super::geometry::{Geometry, Position};
use super::{FeatureMap, Int8, Requantization, Window, CHANNEL_CHUNK};
use crate::error::Error;

/// Most channels the Cortex-M4 loop keeps sums for on the stack (4 bytes
/// each); deeper layers go the portable way.
#[cfg(stitch_dsp)]
const MAX_DEPTH: usize = 256;

/// Convolves each channel of `input` with its own filter: `filters` is
/// `window.height x window.width x channels` (TFLite's `[1, h, w, c]`), one
/// output channel per input channel; returns the output's shape. Errors as
/// [`super::conv2d`].
///
/// ```
/// use stitch_core::conv::{depthwise_conv2d, FeatureMap, Padding, Requantization, Window};
/// use stitch_core::Rounding;
/// // Two channels, a 1x2 window: channel 0 sums neighbours, channel 1 takes differences.
/// let image = FeatureMap { height: 1, width: 3, channels: 2 };
/// let window = Window { height: 1, width: 2, stride_height: 1, stride_width: 1, padding: Padding::Valid };
/// let requantization = Requantization {
///     biases: &[0; 8], // two int32 zeros
///     multipliers: &[0, 0, 0, 0x40, 0, 0, 0, 0x40], // two 2^30, little-endian
///     shifts: &[1, 1],
///     rounding: Rounding::Single, input_zero_point: 0, output_zero_point: 0, clamp: (-128, 127),
/// };
/// let mut out = [0i8; 4];
/// depthwise_conv2d(&[1, 10, 2, 30, 3, 60], image, &[1i8, -1, 1, 1], window, &requantization, &mut out)?;
/// assert_eq!(out, [3, 20, 5, 30]);
/// # Ok::<(), stitch_core::Error>(())
/// ```
pub fn depthwise_conv2d(
    input: &[i8],
    input_shape: FeatureMap,
    filters: &[impl Int8],
    window: Window,
    requantization: &Requantization<'_>,
    output: &mut [i8],
) -> Result<FeatureMap, Error> {
    let depth = input_shape.channels;
    let (geometry, output_shape) =
        Geometry::new(input_shape, input.len(), window, depth, output.len())?;
    requantization.check()?;
    Error::expect_len(depth, requantization.channels())?;
    Error::expect_len(geometry.filter_len(depth)?, filters.len())?;
    #[cfg(stitch_dsp)]
    if depth.is_multiple_of(4) {
        dsp_positions(input, &geometry, (filters, window), requantization, output);
        return Ok(output_shape);
    }
    // `max(1)`: never 0 (checked above), visibly to the optimizer.
    for (at, out) in geometry
        .positions()
        .zip(output.chunks_exact_mut(depth.max(1)))
    {
        portable_position(
            input,
            &geometry,
            (filters, window),
            requantization,
            (&at, out),
        );
    }
    Ok(output_shape)
}

/// One output position's channels, [`CHANNEL_CHUNK`] at a time: for each
/// tap, a contiguous run of weights and of pixels summed into as many
/// accumulators.
fn portable_position<W: Int8>(
    input: &[i8],
    geometry: &Geometry,
    (filters, window): (&[W], Window),
    requantization: &Requantization<'_>,
    (at, out): (&Position, &mut [i8]),
) {
    let depth = geometry.depth();
    let input_offset = -i32::from(requantization.input_zero_point);
    for (chunk, out) in out.chunks_mut(CHANNEL_CHUNK).enumerate() {
        let first = chunk * CHANNEL_CHUNK;
        let mut sums = [0i32; CHANNEL_CHUNK];
        for fy in at.rows.clone() {
            for fx in at.columns.clone() {
                // This tap's weights and pixel for the chunk's channels,
                // each contiguous ([h, w, c] and NHWC).
                let tap = (fy * window.width + fx) * depth + first;
                let pixel = geometry.pixel(at, fy, fx) * depth + first;
                let taps = filters.get(tap..tap + out.len()).unwrap_or(&[]);
                let values = input.get(pixel..pixel + out.len()).unwrap_or(&[]);
                for ((sum, &w), &x) in sums.iter_mut().zip(taps).zip(values) {
                    *sum = sum.wrapping_add(w.value() * (i32::from(x) + input_offset));
                }
            }
        }
        for (channel, (out, &sum)) in (first..).zip(out.iter_mut().zip(&sums)) {
            *out = requantization.output(sum, channel);
        }
    }
}

/// Every output on the Cortex-M4, four channels at a time
/// ([`crate::kernels::depthwise`]: the position's taps listed once, then
/// each group of four channels summed over them in registers, every sum
/// written), for a depth that is a multiple of 4; the same integers as the
/// portable loop (each channel's sum is exact in either).
#[cfg(stitch_dsp)]
fn dsp_positions<W: Int8>(
    input: &[i8],
    geometry: &Geometry,
    (filters, window): (&[W], Window),
    requantization: &Requantization<'_>,
    output: &mut [i8],
) {
    use crate::kernels::depthwise::{position_sums, Taps};
    use crate::kernels::{store_fast, FastStore};

    let depth = geometry.depth();
    let slices = (W::bytes(filters), bytemuck::cast_slice::<i8, u8>(input));
    let mut taps = Taps::new(depth, slices.0.len(), slices.1.len());
    let mut sums = [0i32; MAX_DEPTH];
    // Checked once: a window of at most `MAX_TAPS` adds less than 2^29 to a
    // bias, so with narrow biases, every channel on the common path and
    // double rounding the assembly store applies; else the compiled one.
    const _: () = assert!(crate::kernels::depthwise::MAX_TAPS * 128 * 255 < 1 << 29);
    let narrow = crate::requant::narrow_biases(requantization.biases);
    let r = requantization;
    let data = (r.biases, r.multipliers, r.shifts);
    let fast = narrow
        .then(|| FastStore::new(data, r.rounding, r.output_zero_point, r.clamp))
        .flatten();
    // The taps of a window wholly on the image, relative to its first
    // pixel: listed once, for every position away from the border.
    let whole_rows = 0..window.height;
    let whole_columns = 0..window.width;
    // From the first pixel to the end of the last.
    let span = (geometry.pixel_offset(window.height.saturating_sub(1), window.width)) * depth;
    let mut whole = Taps::new(depth, slices.0.len(), span);
    let mut whole_listed = true;
    for fy in whole_rows.clone() {
        for fx in whole_columns.clone() {
            let tap = (fy * window.width + fx) * depth;
            whole_listed &= whole.push(tap, geometry.pixel_offset(fy, fx) * depth);
        }
    }
    for (at, out) in geometry
        .positions()
        .zip(output.chunks_exact_mut(depth.max(1)))
    {
        let inside = at.rows == whole_rows && at.columns == whole_columns;
        let (list, values, listed) = if inside && whole_listed {
            let first = geometry.pixel(&at, 0, 0) * depth;
            (&whole, slices.1.get(first..).unwrap_or(&[]), true)
        } else {
            taps.clear();
            let mut listed = true;
            for fy in at.rows.clone() {
                for fx in at.columns.clone() {
                    let tap = (fy * window.width + fx) * depth;
                    listed &= taps.push(tap, geometry.pixel(&at, fy, fx) * depth);
                }
            }
            (&taps, slices.1, listed)
        };
        let zero_point = requantization.input_zero_point;
        let mut summed = None;
        if let Some(sums) = sums.get_mut(..depth).filter(|_| listed) {
            if position_sums(list, (slices.0, values), zero_point, sums) {
                summed = Some(sums);
            }
        }
        let Some(sums) = summed else {
            // A window larger than the list, deeper than the sums, or not
            // where its taps were listed for: the
            // portable loop's way.
            let position = (&at, out);
            portable_position(input, geometry, (filters, window), requantization, position);
            continue;
        };
        if let Some(fast) = &fast {
            store_fast(fast, sums, 0, bytemuck::cast_slice_mut(out));
            continue;
        }
        // Otherwise (single rounding, a rare shift, a bias past 2^29) each
        // channel's own way.
        for ((out, &sum), channel) in out.iter_mut().zip(&*sums).zip(requantization.params()) {
            *out = requantization.finish(sum, channel);
        }
    }
}
