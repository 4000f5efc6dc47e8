//! `AVERAGE_POOL_2D` and `MAX_POOL_2D`: TFLite's
//! `reference_integer_ops::AveragePool` and `MaxPool`. The output keeps the
//! input's quantization (TFLite requires it), so no requantization.

use super::geometry::Geometry;
use super::{FeatureMap, Window, CHANNEL_CHUNK};
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
    let finish = |sum: i32, count: i32| {
        // C's division truncates: adding half the count first rounds half
        // away from zero. (No count is 0 or negative: `checked_div` only
        // keeps the panic path out of the binary.)
        let half = count / 2;
        let rounded = if sum > 0 {
            sum.wrapping_add(half)
        } else {
            sum.wrapping_sub(half)
        };
        rounded.checked_div(count).unwrap_or(i32::MIN)
    };
    let add = |sum: i32, x: i8| sum.wrapping_add(i32::from(x));
    pool(input, input_shape, window, output, (0, add, finish), clamp)
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
    let max = |max: i32, x: i8| max.max(i32::from(x));
    let finish = |max: i32, _count: i32| max;
    pool(
        input,
        input_shape,
        window,
        output,
        (i32::MIN, max, finish),
        clamp,
    )
}

/// Each window's values folded channel by channel: `(start, step, finish)`
/// with `finish` given the fold and the number of pixels inside the image;
/// the result clamped to `clamp`.
fn pool(
    input: &[i8],
    input_shape: FeatureMap,
    window: Window,
    output: &mut [i8],
    (start, step, finish): (i32, impl Fn(i32, i8) -> i32, impl Fn(i32, i32) -> i32),
    clamp: (i8, i8),
) -> Result<FeatureMap, Error> {
    let depth = input_shape.channels;
    let (geometry, output_shape) =
        Geometry::new(input_shape, input.len(), window, depth, output.len())?;
    let (min, max) = (
        i32::from(clamp.0),
        i32::from(clamp.1).max(i32::from(clamp.0)),
    );
    // `max(1)`: never 0 (checked above), visibly to the optimizer.
    for (at, out) in geometry
        .positions()
        .zip(output.chunks_exact_mut(depth.max(1)))
    {
        let count = (at.rows.len() * at.columns.len()) as i32;
        for (chunk, out) in out.chunks_mut(CHANNEL_CHUNK).enumerate() {
            let first = chunk * CHANNEL_CHUNK;
            let mut folds = [start; CHANNEL_CHUNK];
            for fy in at.rows.clone() {
                for fx in at.columns.clone() {
                    let pixel = geometry.pixel(&at, fy, fx) * depth + first;
                    let values = input.get(pixel..pixel + out.len()).unwrap_or(&[]);
                    for (fold, &x) in folds.iter_mut().zip(values) {
                        *fold = step(*fold, x);
                    }
                }
            }
            for (out, &fold) in out.iter_mut().zip(&folds) {
                *out = finish(fold, count).clamp(min, max) as i8;
            }
        }
    }
    Ok(output_shape)
}
