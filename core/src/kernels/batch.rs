//! [`Batch`]: four images at a time through a [`Prepared`] model, for hosts
//! that evaluate many images (`stitch eval`, `stitch run`, the accuracy tests).
//!
//! One image at a time, every weight is loaded and widened once per image;
//! four at a time, once per four images, and sixteen independent sums keep a
//! wide vector unit busy. The integers are the same as [`Engine::infer`]'s.

use super::prepared::dot;
use super::{channels, Epilogue};
use crate::engine::{self, Engine, Inference, Kernel, Source};
use crate::error::Error;
use crate::format::Layer;
use crate::kernels::prepared::Prepared;

/// Images run together.
pub(crate) const IMAGES: usize = 4;
/// Output rows computed per pass over the four inputs.
const ROWS_PER_PASS: usize = 4;

/// Activation buffers for four images run together: one
/// [`Engine<MAX_WIDTH>`](Engine) per image.
///
/// ```
/// use stitch_core::{Batch, Engine, Model, Prepared};
/// # let bytes: &[u8] = stitch_core::include_model!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tiny.stitch"));
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

    /// Runs the model on four inputs of `model.input_len()` bytes `q + 128`
    /// each (raw pixels for an image model), read in place.
    pub fn infer<'e>(
        &'e mut self,
        prepared: &Prepared<'_, '_>,
        inputs: [&[u8]; IMAGES],
    ) -> Result<[Inference<'e>; IMAGES], Error> {
        let model = prepared.model();
        for input in inputs {
            engine::length(model, input.len())?;
        }
        engine::fits(model.max_width(), MAX_WIDTH)?;
        let [a, b, c, d] = self.engines.each_mut().map(Engine::buffers);
        let front = [a.0, b.0, c.0, d.0];
        let back = [a.1, b.1, c.1, d.1];
        let logits = engine::walk(
            model,
            &mut Rows(prepared),
            Source::Caller(inputs),
            front,
            back,
        );
        Ok(logits.map(Inference::from_bytes))
    }
}

/// The prepared weights, run four images at a time.
struct Rows<'p, 'm, 'b>(&'p Prepared<'m, 'b>);

impl Kernel<IMAGES> for Rows<'_, '_, '_> {
    fn dense(
        &mut self,
        index: usize,
        layer: &Layer<'_>,
        inputs: [&[u8]; IMAGES],
        outputs: [&mut [u8]; IMAGES],
        last: bool,
    ) {
        dense_batch(layer, self.0.weights(index), inputs, outputs, last);
    }
}

/// One dense layer for four inputs over row-major `weights`: each group of
/// four rows is one pass over all the inputs.
fn dense_batch(
    layer: &Layer<'_>,
    weights: &[u8],
    inputs: [&[u8]; IMAGES],
    outputs: [&mut [u8]; IMAGES],
    last: bool,
) {
    let in_len = layer.in_len();
    let epilogue = Epilogue::<false>::new(layer, last);
    let mut outputs = outputs.map(|out| out.iter_mut());
    let mut channels = channels(layer);
    let groups = weights.chunks_exact(ROWS_PER_PASS * in_len);
    let tail = groups.remainder();
    let mut store = |sums: [i32; IMAGES], channel| {
        for (out, sum) in outputs.iter_mut().zip(sums) {
            if let Some(out) = out.next() {
                *out = epilogue.store(sum, channel);
            }
        }
    };
    for group in groups {
        let sums = dot_group(group, inputs);
        for row in 0..ROWS_PER_PASS {
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
fn dot_group(group: &[u8], inputs: [&[u8]; IMAGES]) -> [[i32; ROWS_PER_PASS]; IMAGES] {
    let in_len = inputs[0].len();
    let mut rows = group.chunks_exact(in_len.max(1));
    let mut row = || rows.next().unwrap_or(&[]);
    let (r0, r1, r2, r3) = (row(), row(), row(), row());
    let [x0, x1, x2, x3] = inputs;
    let mut sums = [[0i32; ROWS_PER_PASS]; IMAGES];
    let weights = r0.iter().zip(r1).zip(r2).zip(r3);
    let values = x0.iter().zip(x1).zip(x2).zip(x3);
    for ((((&a, &b), &c), &d), (((&p, &q), &r), &s)) in weights.zip(values) {
        let w = [a, b, c, d].map(|w| i32::from(w as i8));
        for (image_sums, x) in sums.iter_mut().zip([p, q, r, s].map(i32::from)) {
            for (sum, w) in image_sums.iter_mut().zip(w) {
                *sum += w * x;
            }
        }
    }
    sums
}
