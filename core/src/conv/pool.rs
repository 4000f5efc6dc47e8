//! `AVERAGE_POOL_2D` and `MAX_POOL_2D`: TFLite's
//! `reference_integer_ops::AveragePool` and `MaxPool`. The output keeps the
//! input's quantization (TFLite requires it), so no requantization.

use super::geometry::Geometry;
use super::{FeatureMap, Window};
use crate::error::Error;

/// The mean of each window over the pixels inside the image (padding is not
/// counted), rounded half away from zero, clamped to `clamp`; returns the
/// output's shape. Errors as [`super::conv2d`].
///
/// ```
/// use stitch_core::conv::{average_pool2d, FeatureMap, Padding, Window};
/// let image = FeatureMap { height: 2, width: 2, channels: 1 };
/// let whole = Window { height: 2, width: 2, stride_height: 2, stride_width: 2, padding: Padding::Valid };
/// let mut out = [0i8; 1];
/// average_pool2d(&[1, 2, 3, 5], image, whole, (-128, 127), &mut out)?;
/// assert_eq!(out, [3]); // 11 / 4 = 2.75
/// # Ok::<(), stitch_core::Error>(())
/// ```
pub fn average_pool2d(
    input: &[i8],
    input_shape: FeatureMap,
    window: Window,
    clamp: (i8, i8),
    output: &mut [i8],
) -> Result<FeatureMap, Error> {
    pool(input, input_shape, window, output, |values| {
        let (sum, count) = values.fold((0i32, 0i32), |(sum, count), x| {
            (sum.wrapping_add(i32::from(x)), count.wrapping_add(1))
        });
        // C's division truncates: adding half the count first rounds half
        // away from zero. (No count is 0 or negative: `checked_div` only
        // keeps the panic path out of the binary.)
        let half = count / 2;
        let rounded = if sum > 0 { sum + half } else { sum - half };
        let Some(mean) = rounded.checked_div(count) else {
            return clamp.0;
        };
        mean.clamp(
            i32::from(clamp.0),
            i32::from(clamp.1).max(i32::from(clamp.0)),
        ) as i8
    })
}

/// The largest value of each window over the pixels inside the image,
/// clamped to `clamp`; returns the output's shape. Errors as
/// [`super::conv2d`].
///
/// ```
/// use stitch_core::conv::{max_pool2d, FeatureMap, Padding, Window};
/// let image = FeatureMap { height: 1, width: 4, channels: 1 };
/// let pairs = Window { height: 1, width: 2, stride_height: 1, stride_width: 2, padding: Padding::Valid };
/// let mut out = [0i8; 2];
/// max_pool2d(&[-3, 7, 0, -1], image, pairs, (-128, 127), &mut out)?;
/// assert_eq!(out, [7, 0]);
/// # Ok::<(), stitch_core::Error>(())
/// ```
pub fn max_pool2d(
    input: &[i8],
    input_shape: FeatureMap,
    window: Window,
    clamp: (i8, i8),
    output: &mut [i8],
) -> Result<FeatureMap, Error> {
    pool(input, input_shape, window, output, |values| {
        let max = values.max().unwrap_or(clamp.0);
        max.clamp(clamp.0, clamp.1.max(clamp.0))
    })
}

/// `reduce` of each window's values, channel by channel.
fn pool(
    input: &[i8],
    input_shape: FeatureMap,
    window: Window,
    output: &mut [i8],
    reduce: impl Fn(&mut dyn Iterator<Item = i8>) -> i8,
) -> Result<FeatureMap, Error> {
    let depth = input_shape.channels;
    let (geometry, output_shape) =
        Geometry::new(input_shape, input.len(), window, depth, output.len())?;
    // `max(1)`: never 0 (checked above), visibly to the optimizer.
    for (at, out) in geometry
        .positions()
        .zip(output.chunks_exact_mut(depth.max(1)))
    {
        for (channel, out) in out.iter_mut().enumerate() {
            let mut values = at
                .rows
                .clone()
                .flat_map(|fy| at.columns.clone().map(move |fx| (fy, fx)))
                .filter_map(|(fy, fx)| input.get(geometry.pixel(&at, fy, fx) * depth + channel))
                .copied();
            *out = reduce(&mut values);
        }
    }
    Ok(output_shape)
}
