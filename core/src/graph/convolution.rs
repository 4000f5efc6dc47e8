//! `CONV_2D` and a graph's `FULLY_CONNECTED` on this target's dense kernel:
//! per output pixel, the window's values are gathered into the layer's
//! scratch (im2col: bytes `q + 128`, the padding as the input zero point's
//! byte, so it adds nothing), then one dense layer of the window's length
//! computes every output channel of the pixel and stores its int8 values.
//! A 1x1 convolution is a dense layer over each pixel; on the Cortex-M4 the
//! `SMLAD` kernel does the work (`kernels/dsp.rs`).

use crate::conv::{FeatureMap, Window};
use crate::error::Error;
use crate::format::{Layer, WindowedRecord};
use crate::kernels::{self, ScratchMut};

/// Words of the Cortex-M4 kernel's unpacked input chunk (`kernels/dsp.rs`).
pub(crate) const UNPACKED_WORDS: usize = 64;

/// Words of scratch `layer` needs: its gathered window (rounded up to a
/// word), the kernel's unpacked chunk, and a partial sum per output channel
/// and for a last group's three padding rows. The same on every target, so
/// that the arena a file records fits them all; 0 for a layer that needs none.
pub(crate) fn scratch_words(layer: &Layer<'_>) -> usize {
    match layer.dense_view() {
        Some(view) => dense_scratch_words(view.in_len as usize, view.out_len as usize),
        None => 0,
    }
}

/// [`scratch_words`] of a dense view of `taps` inputs and `outputs` channels.
pub(crate) const fn dense_scratch_words(taps: usize, outputs: usize) -> usize {
    taps.div_ceil(4) + UNPACKED_WORDS + outputs + 3
}

/// Runs `layer` (a `CONV_2D` with `windowed`, or a fully connected layer
/// with `None`) on `x` (int8 at `input_zero_point`) into `out`, its dense
/// view over `scratch`.
pub(super) fn run(
    layer: &Layer<'_>,
    windowed: Option<WindowedRecord>,
    (x, input_zero_point): (&[i8], i8),
    out: &mut [u8],
    scratch: &mut [u32],
) -> Result<(), Error> {
    let view = layer.dense_view().ok_or(Error::ChainModel)?;
    let (patch, mut kernel) = split_scratch(layer, &view, scratch)?;
    let channels = view.out_len as usize;
    let narrow = narrow(&view);
    let Some(windowed) = windowed else {
        // A fully connected layer: one pixel, the whole input.
        flip_into(x, patch);
        dense(narrow, &view, patch, out, &mut kernel);
        return Ok(());
    };
    let (map, window) = (
        FeatureMap::from(windowed.input),
        Window::from(windowed.window),
    );
    let placement = window.place(&map)?;
    let padding = (input_zero_point as u8) ^ 0x80;
    let mut outputs = out.chunks_exact_mut(channels.max(1));
    for out_y in 0..placement.out_height {
        for out_x in 0..placement.out_width {
            let origin = (
                (out_y * window.stride_height) as isize - placement.pad_top as isize,
                (out_x * window.stride_width) as isize - placement.pad_left as isize,
            );
            gather(x, map, window, origin, padding, patch);
            if let Some(pixel) = outputs.next() {
                dense(narrow, &view, patch, pixel, &mut kernel);
            }
        }
    }
    Ok(())
}

/// A pointwise `CONV_2D` (1x1, stride 1, no more outputs than inputs per
/// pixel) whose output overwrites its input in `buffer`: pixel by pixel,
/// each gathered into the scratch before its outputs, which end before the
/// next pixel's inputs, are stored. (A 1x1 window has no padding to fill.)
pub(super) fn run_in_place(
    layer: &Layer<'_>,
    windowed: WindowedRecord,
    buffer: &mut [u8],
    scratch: &mut [u32],
) -> Result<(), Error> {
    let view = layer.dense_view().ok_or(Error::ChainModel)?;
    let (inputs, outputs) = (usize::from(windowed.input.channels), view.out_len as usize);
    let pixels = usize::from(windowed.input.height) * usize::from(windowed.input.width);
    let (patch, mut kernel) = split_scratch(layer, &view, scratch)?;
    let narrow = narrow(&view);
    for pixel in 0..pixels {
        let from = pixel * inputs;
        let Some(values) = buffer.get(from..from + inputs) else {
            return Err(Error::Length {
                expected: pixels * inputs,
                found: buffer.len(),
            });
        };
        flip_into(bytemuck::cast_slice(values), patch);
        let to = pixel * outputs;
        if let Some(out) = buffer.get_mut(to..to + outputs) {
            dense(narrow, &view, patch, out, &mut kernel);
        }
    }
    Ok(())
}

/// [`kernels::dense`] over `view` for one pixel, storing int8 outputs:
/// with the dense chains' shorter requantization when `narrow` ([`narrow`]:
/// exact while every accumulator is within +-2^30), else the wide one,
/// exact for any.
#[inline(always)]
fn dense(
    narrow: bool,
    view: &Layer<'_>,
    input: &[u8],
    output: &mut [u8],
    kernel: &mut ScratchMut<'_>,
) {
    if narrow {
        kernels::dense::<false>(view, input, output, true, kernel);
    } else {
        kernels::dense::<true>(view, input, output, true, kernel);
    }
}

/// Whether every accumulator of the dense view `view` stays within
/// +-2^30: its (folded) biases are within +-2^29, and its products add at
/// most `in_len * 128 * 255 < 2^29` (`in_len <= MAX_INPUT_WIDTH`, which
/// validation checked). MobileNet's dead channels, with a bias of 2^30,
/// are why the wide epilogue exists.
pub(crate) fn narrow(view: &Layer<'_>) -> bool {
    const _: () = assert!(crate::format::MAX_INPUT_WIDTH * 128 * 255 < 1 << 29);
    view.channels
        .biases
        .chunks_exact(4)
        .all(|bias| crate::format::le_i32(bias).unsigned_abs() < 1 << 29)
}

/// The window at `origin` (its top-left input pixel, in the padding when
/// negative) as the bytes `q + 128` the dense kernels read, row by row,
/// channels innermost: TFLite's filter order. Padding reads `padding`.
fn gather(
    x: &[i8],
    map: FeatureMap,
    window: Window,
    origin: (isize, isize),
    padding: u8,
    patch: &mut [u8],
) {
    let depth = map.channels;
    let mut taps = patch.chunks_exact_mut(depth.max(1));
    for fy in 0..window.height {
        let y = origin.0 + fy as isize;
        for fx in 0..window.width {
            let x_at = origin.1 + fx as isize;
            let Some(tap) = taps.next() else {
                return;
            };
            let inside =
                (0..map.height as isize).contains(&y) && (0..map.width as isize).contains(&x_at);
            let pixel = (y as usize)
                .wrapping_mul(map.width)
                .wrapping_add(x_at as usize);
            let values = pixel.wrapping_mul(depth);
            match x.get(values..values.wrapping_add(depth)).filter(|_| inside) {
                Some(values) => flip_into(values, tap),
                None => tap.fill(padding),
            }
        }
    }
}

/// The scratch as the gathered window (`view.in_len` bytes) and the
/// kernel's part.
fn split_scratch<'s>(
    layer: &Layer<'_>,
    view: &Layer<'_>,
    scratch: &'s mut [u32],
) -> Result<(&'s mut [u8], ScratchMut<'s>), Error> {
    let short = Error::ArenaSize {
        needed: 4 * scratch_words(layer),
        found: 4 * scratch.len(),
    };
    let patch_words = (view.in_len as usize).div_ceil(4);
    let (patch, kernel) = scratch.split_at_mut_checked(patch_words).ok_or(short)?;
    let patch: &mut [u8] = bytemuck::cast_slice_mut(patch);
    let patch = patch.get_mut(..view.in_len as usize).unwrap_or(&mut []);
    Ok((patch, ScratchMut::from_words(kernel).ok_or(short)?))
}

/// `bytes[i] = values[i] + 128` (the sign bit flipped), four at a time.
fn flip_into(values: &[i8], bytes: &mut [u8]) {
    let values: &[u8] = bytemuck::cast_slice(values);
    let (words, rest) = values.as_chunks::<4>();
    let (out_words, out_rest) = bytes.as_chunks_mut::<4>();
    for (out, word) in out_words.iter_mut().zip(words) {
        *out = (u32::from_ne_bytes(*word) ^ 0x8080_8080).to_ne_bytes();
    }
    for (out, &value) in out_rest.iter_mut().zip(rest) {
        *out = value ^ 0x80;
    }
}
