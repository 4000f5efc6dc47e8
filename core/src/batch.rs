//! [`Batch`]: four images at a time through a [`Prepared`] model, for hosts
//! that evaluate many images (`stitch eval`, the accuracy tests).
//!
//! One image at a time, every weight is loaded and widened once per image;
//! four at a time, once per four images, and sixteen independent sums keep a
//! wide vector unit busy. The integers are the same as [`Engine::infer`]'s.

use crate::dense::{channels, offset_for_next, requantize_channel, Input};
use crate::engine::{Engine, Inference};
use crate::error::Error;
use crate::model::Layer;
use crate::prepared::{dot, Prepared};

/// Images run together.
pub(crate) const IMAGES: usize = 4;
/// Output rows computed per pass over the inputs.
const ROWS: usize = 4;

/// Activation buffers for four images run together: one
/// [`Engine<MAX_WIDTH>`](Engine) per image.
///
/// ```
/// use stitch_core::{Batch, Engine, Model, Prepared};
/// # let bytes = stitch_core::doc_model();
/// let model = Model::from_bytes(&bytes)?;
/// let mut buffer = vec![0u8; Prepared::buffer_len(&model)];
/// let prepared = Prepared::new(&model, &mut buffer)?;
/// let images: [&[u8]; 4] = [&[0, 255, 255, 0], &[0; 4], &[255; 4], &[9, 8, 7, 6]];
/// let mut batch = Batch::<8>::new();
/// let classes = batch.infer(&prepared, images)?.map(|inference| inference.class());
/// let mut engine = Engine::<8>::new();
/// assert_eq!(classes[2], engine.infer(&model, images[2])?.class());
/// # Ok::<(), stitch_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Batch<const MAX_WIDTH: usize> {
    engines: [Engine<MAX_WIDTH>; IMAGES],
}

impl<const MAX_WIDTH: usize> Default for Batch<MAX_WIDTH> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const MAX_WIDTH: usize> Batch<MAX_WIDTH> {
    /// Zeroed buffers.
    pub const fn new() -> Self {
        Batch {
            engines: [const { Engine::new() }; IMAGES],
        }
    }

    /// Runs the model on four images of `model.input_len()` raw pixels each.
    pub fn infer<'e>(
        &'e mut self,
        prepared: &Prepared<'_, '_>,
        images: [&[u8]; IMAGES],
    ) -> Result<[Inference<'e>; IMAGES], Error> {
        let model = prepared.model();
        for image in images {
            if image.len() != model.input_len() {
                return Err(Error::Length {
                    expected: model.input_len(),
                    found: image.len(),
                });
            }
        }
        self.engines[0].check(model)?;
        let last = model.layers().len().saturating_sub(1);
        // `current` holds each image's latest activations, `next` receives
        // the layer's outputs; they swap after every layer.
        let (mut current, mut next): (
            [&mut [i8; MAX_WIDTH]; IMAGES],
            [&mut [i8; MAX_WIDTH]; IMAGES],
        ) = {
            let [a, b, c, d] = &mut self.engines;
            let ([a0, a1], [b0, b1], [c0, c1], [d0, d1]) =
                (a.buffers(), b.buffers(), c.buffers(), d.buffers());
            ([a0, b0, c0, d0], [a1, b1, c1, d1])
        };
        let mut width = 0;
        let layers = model.layers().iter().zip(prepared.layer_weights());
        for (index, (layer, weights)) in layers.enumerate() {
            let outputs = next
                .each_mut()
                .map(|out| out.get_mut(..layer.out_len()).unwrap_or(&mut []));
            if index == 0 {
                dense_batch(layer, weights, images, outputs, index == last);
            } else {
                let inputs = current
                    .each_ref()
                    .map(|values| values.get(..width).unwrap_or(&[]));
                dense_batch(layer, weights, inputs, outputs, index == last);
            }
            width = layer.out_len();
            core::mem::swap(&mut current, &mut next);
        }
        Ok(current.map(|logits| Inference::new(logits.get(..width).unwrap_or(&[]))))
    }
}

/// One dense layer for four inputs over row-major `weights`: each
/// group of four rows is one pass over all the inputs.
fn dense_batch<X: Input>(
    layer: &Layer<'_>,
    weights: &[u8],
    inputs: [&[X]; IMAGES],
    outputs: [&mut [i8]; IMAGES],
    last: bool,
) {
    let in_len = layer.in_len();
    let mut outputs = outputs.map(|out| out.iter_mut());
    let mut channels = channels(layer);
    let groups = weights.chunks_exact(ROWS * in_len);
    let tail = groups.remainder();
    let mut store = |sums: [i32; IMAGES], channel| {
        for (out, sum) in outputs.iter_mut().zip(sums) {
            if let Some(out) = out.next() {
                *out = requantize_channel(layer, sum, channel) ^ offset_for_next(last);
            }
        }
    };
    for group in groups {
        let sums = dot_group(group, inputs);
        for row in 0..ROWS {
            let Some(channel) = channels.next() else {
                return;
            };
            store(sums.map(|image| image[row]), channel);
        }
    }
    for (row, channel) in tail.chunks_exact(in_len).zip(channels) {
        store(inputs.map(|input| dot(row, input)), channel);
    }
}

/// The sums of four weight rows with four inputs: sixteen dot products.
#[inline(always)]
fn dot_group<X: Input>(group: &[u8], inputs: [&[X]; IMAGES]) -> [[i32; ROWS]; IMAGES] {
    let in_len = inputs[0].len();
    let mut rows = group.chunks_exact(in_len.max(1));
    let mut row = || rows.next().unwrap_or(&[]);
    let (r0, r1, r2, r3) = (row(), row(), row(), row());
    let [x0, x1, x2, x3] = inputs;
    let mut sums = [[0i32; ROWS]; IMAGES];
    let weights = r0.iter().zip(r1).zip(r2).zip(r3);
    let values = x0.iter().zip(x1).zip(x2).zip(x3);
    for ((((&a, &b), &c), &d), (((&p, &q), &r), &s)) in weights.zip(values) {
        let w = [a, b, c, d].map(|w| i32::from(w as i8));
        for (image_sums, x) in sums
            .iter_mut()
            .zip([p.widen(), q.widen(), r.widen(), s.widen()])
        {
            for (sum, w) in image_sums.iter_mut().zip(w) {
                *sum += w * x;
            }
        }
    }
    sums
}
