//! `CONV_2D` and a graph's `FULLY_CONNECTED` on this target's dense kernel:
//! per output pixel, the window's values are gathered into the layer's
//! scratch (im2col: bytes `q + 128`, the padding as the input zero point's
//! byte, so it adds nothing), then one dense layer of the window's length
//! computes every output channel of the pixel and stores its int8 values.
//! Pixels go two at a time: on the Cortex-M4 one pass over the weights
//! serves both (`kernels/dsp/pair.rs`). A 1x1 convolution is a dense layer
//! over each pixel.

use crate::conv::{FeatureMap, Window};
use crate::error::Error;
use crate::format::{Layer, WindowedRecord};
use crate::kernels::{self, ScratchMut};

/// Words of the Cortex-M4 kernel's unpacked input chunk (`kernels/dsp.rs`).
pub(crate) const UNPACKED_WORDS: usize = 64;

/// Words of scratch `layer` needs: two pixels' gathered windows (each
/// rounded up to a word), the kernel's unpacked chunk, and for each pixel a
/// partial sum per output channel and for a last group's three padding
/// rows. The same on every target, so that the arena a file records fits
/// them all; 0 for a layer that needs none.
pub(crate) fn scratch_words(layer: &Layer<'_>) -> usize {
    match layer.dense_view() {
        Some(view) => dense_scratch_words(view.in_len as usize, view.out_len as usize),
        None => 0,
    }
}

/// [`scratch_words`] of a dense view of `taps` inputs and `outputs` channels.
pub(crate) const fn dense_scratch_words(taps: usize, outputs: usize) -> usize {
    2 * taps.div_ceil(4) + UNPACKED_WORDS + 2 * (outputs + 3)
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
    let ([patch, second_patch], mut kernel) = split_scratch(layer, &view, scratch)?;
    let channels = view.out_len as usize;
    let store = Store::of(&view);
    let Some(windowed) = windowed else {
        // A fully connected layer: one pixel, the whole input.
        flip_into(x, patch);
        dense(&store, &view, patch, out, &mut kernel);
        return Ok(());
    };
    let (map, window) = (
        FeatureMap::from(windowed.input),
        Window::from(windowed.window),
    );
    let placement = window.place(&map)?;
    let padding = (input_zero_point as u8) ^ 0x80;
    let origin = |(out_y, out_x): (usize, usize)| {
        (
            (out_y * window.stride_height) as isize - placement.pad_top as isize,
            (out_x * window.stride_width) as isize - placement.pad_left as isize,
        )
    };
    let width = placement.out_width;
    let mut pixels = (0..placement.out_height).flat_map(|y| (0..width).map(move |x| (y, x)));
    let mut outputs = out.chunks_exact_mut(channels.max(1));
    while let Some(first) = pixels.next() {
        gather(x, map, window, origin(first), padding, patch);
        let Some(out_first) = outputs.next() else {
            break;
        };
        match (pixels.next(), outputs.next()) {
            (Some(second), Some(out_second)) => {
                gather(x, map, window, origin(second), padding, second_patch);
                let pair = ([&*patch, &*second_patch], [out_first, out_second]);
                dense_pair(&store, &view, pair, &mut kernel);
            }
            _ => dense(&store, &view, patch, out_first, &mut kernel),
        }
    }
    Ok(())
}

/// A pointwise `CONV_2D` (1x1, stride 1, no more outputs than inputs per
/// pixel) whose output overwrites its input in `buffer`: two pixels at a
/// time, each gathered into the scratch before their outputs, which end
/// before the next pixels' inputs, are stored. (A 1x1 window has no padding
/// to fill.)
pub(super) fn run_in_place(
    layer: &Layer<'_>,
    windowed: WindowedRecord,
    buffer: &mut [u8],
    scratch: &mut [u32],
) -> Result<(), Error> {
    let view = layer.dense_view().ok_or(Error::ChainModel)?;
    let (inputs, outputs) = (usize::from(windowed.input.channels), view.out_len as usize);
    let pixels = usize::from(windowed.input.height) * usize::from(windowed.input.width);
    let short = Error::Length {
        expected: pixels * inputs,
        found: buffer.len(),
    };
    let ([patch, second_patch], mut kernel) = split_scratch(layer, &view, scratch)?;
    let store = Store::of(&view);
    for first in (0..pixels).step_by(2) {
        let from = first * inputs;
        let to = first * outputs;
        let values = buffer.get(from..from + inputs).ok_or(short)?;
        flip_into(bytemuck::cast_slice(values), patch);
        if first + 1 < pixels {
            let values = buffer.get(from + inputs..from + 2 * inputs).ok_or(short)?;
            flip_into(bytemuck::cast_slice(values), second_patch);
            let out = buffer.get_mut(to..to + 2 * outputs);
            if let Some((out_first, out_second)) = out.and_then(|o| o.split_at_mut_checked(outputs))
            {
                let pair = ([&*patch, &*second_patch], [out_first, out_second]);
                dense_pair(&store, &view, pair, &mut kernel);
            }
        } else if let Some(out) = buffer.get_mut(to..to + outputs) {
            dense(&store, &view, patch, out, &mut kernel);
        }
    }
    Ok(())
}

/// How a layer's dense view stores its int8 outputs, chosen once per layer.
#[derive(Clone, Copy)]
enum Store<'a> {
    /// The wide epilogue, exact for any accumulator.
    Wide,
    /// Every accumulator within +-2^30 ([`narrow`]) and every channel on
    /// the common double-rounding path: the Cortex-M4's assembly store
    /// (`kernels/dsp/requant.rs`). (A layer that is narrow but not common
    /// keeps the wide store: one compiled epilogue less.)
    #[cfg_attr(not(stitch_dsp), allow(dead_code))]
    Fast(kernels::FastStore<'a>),
}

impl<'a> Store<'a> {
    /// The store for `view`: the assembly one where it applies, else the
    /// wide one. Graphs do not use the chains' shorter compiled epilogue: a
    /// second user of it (its instance is compiled even behind a `false`)
    /// changed how the compiler lays out the chains' kernel on the
    /// Cortex-M0 (645 instructions more for the tutorial's model, measured).
    fn of(view: &Layer<'a>) -> Store<'a> {
        if !cfg!(stitch_dsp) || !narrow(view) {
            return Store::Wide;
        }
        let channels = &view.channels;
        let data = (channels.biases, channels.multipliers, channels.shifts);
        let clamp = (view.output_min, view.output_max);
        kernels::FastStore::new(data, view.rounding, view.output_zero_point, clamp)
            .map_or(Store::Wide, Store::Fast)
    }
}

/// [`kernels::dense`] over `view` for one pixel, its outputs stored by
/// `store`.
#[inline(always)]
fn dense(
    store: &Store<'_>,
    view: &Layer<'_>,
    input: &[u8],
    output: &mut [u8],
    kernel: &mut ScratchMut<'_>,
) {
    match store {
        #[cfg(stitch_dsp)]
        Store::Fast(fast) => kernels::dense_fast(view, input, output, kernel, fast),
        _ => kernels::dense::<true>(view, input, output, true, kernel),
    }
}

/// [`dense`] for two pixels: [`kernels::dense_pair`].
#[inline(always)]
fn dense_pair(
    store: &Store<'_>,
    view: &Layer<'_>,
    (inputs, outputs): ([&[u8]; 2], [&mut [u8]; 2]),
    kernel: &mut ScratchMut<'_>,
) {
    match store {
        #[cfg(stitch_dsp)]
        Store::Fast(fast) => kernels::dense_pair_fast(view, inputs, outputs, kernel, fast),
        _ => kernels::dense_pair::<true>(view, inputs, outputs, true, kernel),
    }
}

/// Whether every accumulator of the dense view `view` stays within
/// +-2^30: its (folded) biases are within +-2^29, and its products add at
/// most `in_len * 128 * 255 < 2^29` (`in_len <= MAX_INPUT_WIDTH`, which
/// validation checked). MobileNet's dead channels, with a bias of 2^30,
/// are why the wide epilogue exists.
pub(crate) fn narrow(view: &Layer<'_>) -> bool {
    const _: () = assert!(crate::format::MAX_INPUT_WIDTH * 128 * 255 < 1 << 29);
    crate::requant::narrow_biases(view.channels.biases)
}

/// The window at `origin` (its top-left input pixel, in the padding when
/// negative) as the bytes `q + 128` the dense kernels read, row by row,
/// channels innermost: TFLite's filter order. Padding reads `padding`.
/// Within a row, the window's pixels on the image are one contiguous run
/// of the input (NHWC), copied at once between the padding on either side.
fn gather(
    x: &[i8],
    map: FeatureMap,
    window: Window,
    origin: (isize, isize),
    padding: u8,
    patch: &mut [u8],
) {
    let depth = map.channels;
    let (left, inside) = on_image(origin.1, window.width, map.width);
    let (left_len, inside_len) = (left * depth, inside * depth);
    let first_x = origin.1 + left as isize;
    let rows = patch.chunks_exact_mut((window.width * depth).max(1));
    for (fy, row) in rows.take(window.height).enumerate() {
        let y = origin.0 + fy as isize;
        let start = (y as usize)
            .wrapping_mul(map.width)
            .wrapping_add(first_x as usize)
            .wrapping_mul(depth);
        let on_map = (0..map.height as isize).contains(&y);
        let values = x
            .get(start..start.wrapping_add(inside_len))
            .filter(|_| on_map);
        let (before, rest) = row.split_at_mut_checked(left_len).unwrap_or_default();
        let Some((values, (run, after))) = values.zip(rest.split_at_mut_checked(inside_len)) else {
            row.fill(padding);
            continue;
        };
        // `fill` calls `memset` even for nothing: some 20 instructions a
        // row saved where the window is inside the image.
        if !before.is_empty() {
            before.fill(padding);
        }
        flip_into(values, run);
        if !after.is_empty() {
            after.fill(padding);
        }
    }
}

/// Of a window `size` wide starting at `origin` on a line of `extent`
/// pixels: how many of its first pixels lie before the line, and how many
/// on it.
pub(crate) fn on_image(origin: isize, size: usize, extent: usize) -> (usize, usize) {
    let left = origin.min(0).unsigned_abs().min(size);
    let end = (extent as isize)
        .saturating_sub(origin)
        .clamp(0, size as isize) as usize;
    (left, end.saturating_sub(left))
}

/// The scratch as two pixels' gathered windows (`view.in_len` bytes each)
/// and the kernel's part.
fn split_scratch<'s>(
    layer: &Layer<'_>,
    view: &Layer<'_>,
    scratch: &'s mut [u32],
) -> Result<([&'s mut [u8]; 2], ScratchMut<'s>), Error> {
    let short = Error::ArenaSize {
        needed: 4 * scratch_words(layer),
        found: 4 * scratch.len(),
    };
    let patch_words = (view.in_len as usize).div_ceil(4);
    let (first, rest) = scratch.split_at_mut_checked(patch_words).ok_or(short)?;
    let (second, kernel) = rest.split_at_mut_checked(patch_words).ok_or(short)?;
    let patch = |words: &'s mut [u32]| {
        let bytes: &mut [u8] = bytemuck::cast_slice_mut(words);
        bytes.get_mut(..view.in_len as usize).unwrap_or(&mut [])
    };
    Ok((
        [patch(first), patch(second)],
        ScratchMut::from_words(kernel).ok_or(short)?,
    ))
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
