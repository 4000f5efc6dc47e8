//! [`Engine`]: the caller-owned activation buffers and the inference loop.

use crate::dense::{dense, Input};
use crate::error::Error;
use crate::model::Layer;
use crate::model::Model;
use crate::prepared::{dense_rows, Prepared};

/// Activation buffers for models whose layers are at most `MAX_WIDTH` wide.
///
/// Two `MAX_WIDTH`-byte buffers, used ping-pong from layer to layer: the first
/// layer reads the caller's pixels in place, so `size_of::<Engine<N>>()` is
/// exactly the RAM inference needs besides the stack (128 bytes for a
/// 784-64-64-10 model with `Engine<64>`).
///
/// ```
/// use stitch_core::{Engine, Model};
/// # let bytes = stitch_core::doc_model();
/// let model = Model::from_bytes(&bytes)?;
/// let mut engine = Engine::<8>::new();
/// let inference = engine.infer(&model, &[0, 255, 255, 0])?;
/// assert_eq!(inference.logits().len(), 2);
/// assert!(inference.class() < 2);
/// assert_eq!(core::mem::size_of::<Engine<8>>(), 16);
/// # Ok::<(), stitch_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Engine<const MAX_WIDTH: usize> {
    front: [i8; MAX_WIDTH],
    back: [i8; MAX_WIDTH],
}

/// The result of one inference: int8 logits (borrowed from the engine) and
/// the predicted class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inference<'e> {
    logits: &'e [i8],
    class: usize,
}

impl<'e> Inference<'e> {
    /// The logits and their argmax.
    pub(crate) fn new(logits: &'e [i8]) -> Self {
        Inference {
            logits,
            class: crate::softmax::argmax(logits).unwrap_or(0),
        }
    }

    /// The int8 logits, one per class, at the model's output quantization.
    pub fn logits(&self) -> &'e [i8] {
        self.logits
    }

    /// The predicted class: the index of the largest logit (lowest on ties).
    pub fn class(&self) -> usize {
        self.class
    }
}

impl<const MAX_WIDTH: usize> Default for Engine<MAX_WIDTH> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const MAX_WIDTH: usize> Engine<MAX_WIDTH> {
    /// Bytes of RAM the engine's buffers occupy.
    pub const RAM_BYTES: usize = 2 * MAX_WIDTH;

    /// Zeroed buffers; `const`, so an engine can live in a `static`.
    pub const fn new() -> Self {
        Engine {
            front: [0; MAX_WIDTH],
            back: [0; MAX_WIDTH],
        }
    }

    /// Both activation buffers, for kernels that manage them themselves.
    pub(crate) fn buffers(&mut self) -> [&mut [i8; MAX_WIDTH]; 2] {
        [&mut self.front, &mut self.back]
    }

    /// Checks that every layer of `model` fits this engine's buffers.
    pub fn check(&self, model: &Model<'_>) -> Result<(), Error> {
        for (layer, dense) in model.layers().iter().enumerate() {
            if dense.out_len() > MAX_WIDTH {
                return Err(Error::TooWide {
                    layer,
                    width: dense.out_len(),
                    max: MAX_WIDTH,
                });
            }
        }
        Ok(())
    }

    /// Runs the model on one image of `model.input_len()` raw pixels (0..=255).
    pub fn infer<'e>(
        &'e mut self,
        model: &Model<'_>,
        pixels: &[u8],
    ) -> Result<Inference<'e>, Error> {
        self.run(model, &FileLayout, pixels)
    }

    /// Like [`Engine::infer`], with the row-major weights of a [`Prepared`]
    /// model: the same integers, faster on wide-SIMD hosts.
    pub fn infer_prepared<'e>(
        &'e mut self,
        prepared: &Prepared<'_, '_>,
        pixels: &[u8],
    ) -> Result<Inference<'e>, Error> {
        self.run(prepared.model(), prepared, pixels)
    }

    fn run<'e, K: Kernel>(
        &'e mut self,
        model: &Model<'_>,
        kernel: &K,
        pixels: &[u8],
    ) -> Result<Inference<'e>, Error> {
        if pixels.len() != model.input_len() {
            return Err(Error::Length {
                expected: model.input_len(),
                found: pixels.len(),
            });
        }
        self.check(model)?;
        let (first, rest) = model
            .layers()
            .split_first()
            .ok_or(Error::LayerCount { found: 0 })?;
        let (mut src, mut dst) = (&mut self.front, &mut self.back);
        let mut width = first.out_len();
        let last = rest.len();
        kernel.dense(
            0,
            first,
            pixels,
            src.get_mut(..width).unwrap_or(&mut []),
            last == 0,
        );
        for (index, layer) in rest.iter().enumerate() {
            let input = src.get(..width).unwrap_or(&[]);
            width = layer.out_len();
            kernel.dense(
                index + 1,
                layer,
                input,
                dst.get_mut(..width).unwrap_or(&mut []),
                index + 1 == last,
            );
            core::mem::swap(&mut src, &mut dst);
        }
        let logits = src.get(..width).unwrap_or(&[]);
        Ok(Inference {
            logits,
            class: crate::softmax::argmax(logits).unwrap_or(0),
        })
    }
}

/// Where a layer's weights come from, and the kernel that reads them.
trait Kernel {
    /// Runs layer `index`; `last` says its outputs are the logits.
    fn dense<X: Input>(
        &self,
        index: usize,
        layer: &Layer<'_>,
        input: &[X],
        output: &mut [i8],
        last: bool,
    );
}

/// The weights in the model file itself (the only choice on a microcontroller).
struct FileLayout;

impl Kernel for FileLayout {
    #[inline(always)]
    fn dense<X: Input>(
        &self,
        _: usize,
        layer: &Layer<'_>,
        input: &[X],
        output: &mut [i8],
        last: bool,
    ) {
        dense(layer, input, output, last);
    }
}

impl Kernel for Prepared<'_, '_> {
    #[inline(always)]
    fn dense<X: Input>(
        &self,
        index: usize,
        layer: &Layer<'_>,
        input: &[X],
        output: &mut [i8],
        last: bool,
    ) {
        if let Some(weights) = self.layer_weights().nth(index) {
            dense_rows(layer, weights, input, output, last);
        }
    }
}
