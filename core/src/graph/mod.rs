//! Running a graph model: each layer reads the tensors it names and writes
//! its output at the offset the file records, in one arena the caller owns.
//!
//! The plan was made when the model was written and checked when it was
//! read ([`Model::from_bytes`]): tensors alive at the same time never share
//! bytes, nor with the scratch of the layer running, so one arena of
//! [`Model::arena_bytes`] is all the memory inference needs besides the
//! stack. It is given as words, so that the scratch is word-aligned.
//! `CONV_2D` and `FULLY_CONNECTED` run on the dense kernels (`convolution`),
//! the other layers on [`crate::conv`]'s.

mod convolution;
mod regions;

#[cfg(feature = "alloc")]
pub(crate) use convolution::dense_scratch_words;
pub(crate) use convolution::{narrow, on_image};

use core::ops::Range;

use crate::conv::{self, Add, Requantization};
use crate::error::Error;
use crate::format::{Layer, Op};
use crate::model::{Model, Quantization};

/// Runs the graph `model` on one int8 `input` of [`Model::input_len`]
/// values in `arena` (at least [`Model::arena_bytes`] / 4 words); returns
/// the last layer's int8 outputs, borrowed from the arena.
///
/// Errors: [`Error::ChainModel`] for a chain of dense layers (run those on
/// an [`Engine`](crate::Engine)), [`Error::ArenaSize`] for a short arena,
/// [`Error::Length`] for an input of the wrong length.
///
/// ```
/// # let bytes: &[u8] = stitch_core::include_model!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tiny-graph.stitch"));
/// let model = stitch_core::Model::from_bytes(&bytes)?;
/// // The size is known before anything runs: a static buffer will do.
/// assert_eq!(model.arena_bytes(), 352);
/// let mut arena = [0u32; 352 / 4];
/// let logits = stitch_core::graph::infer(&model, &[10; 16], &mut arena)?;
/// assert_eq!(logits.len(), model.output_len());
/// # Ok::<(), stitch_core::Error>(())
/// ```
pub fn infer<'r>(model: &Model<'_>, input: &[i8], arena: &'r mut [u32]) -> Result<&'r [i8], Error> {
    let arena = checked(model, input, arena)?;
    for index in 0..model.layers().len() {
        step(model, index, input, arena)?;
    }
    let last = model.layers().last().map_or(0..0, output_region);
    let logits = arena.get(last).unwrap_or(&[]);
    Ok(bytemuck::cast_slice(logits))
}

/// Runs layer `index` of the graph `model` alone, on `input` and the
/// tensors earlier layers left in `arena`: what [`infer`] does for each
/// layer in turn, so that a caller can measure layers one by one (the
/// firmware's `stitch-graph` prints each one's instructions). Errors as
/// [`infer`], and [`Error::LayerIndex`] for an index past the last layer.
pub fn infer_layer(
    model: &Model<'_>,
    index: usize,
    input: &[i8],
    arena: &mut [u32],
) -> Result<(), Error> {
    let arena = checked(model, input, arena)?;
    let layers = model.layers().len();
    if index >= layers {
        return Err(Error::LayerIndex { index, layers });
    }
    step(model, index, input, arena)
}

/// The arena as bytes, once the model is a graph, the arena long enough and
/// the input of the model's length.
fn checked<'a>(
    model: &Model<'_>,
    input: &[i8],
    arena: &'a mut [u32],
) -> Result<&'a mut [u8], Error> {
    if !model.is_graph() {
        return Err(Error::ChainModel);
    }
    let arena: &mut [u8] = bytemuck::cast_slice_mut(arena);
    if arena.len() < model.arena_bytes() {
        return Err(Error::ArenaSize {
            needed: model.arena_bytes(),
            found: arena.len(),
        });
    }
    Error::expect_len(model.input_len(), input.len())?;
    Ok(arena)
}

/// Runs layer `index` in `arena`.
fn step(model: &Model<'_>, index: usize, input: &[i8], arena: &mut [u8]) -> Result<(), Error> {
    let Some(layer) = model.layers().get(index) else {
        return Ok(());
    };
    let output = output_region(layer);
    let scratch = scratch_region(layer);
    // A pointwise convolution over its input: the writable region is
    // the input's, which holds the output.
    let replaced = replaced_input(model, layer, &output);
    let writable = replaced.clone().unwrap_or(output);
    let (out, scratch, readable) = regions::cut(arena, writable, scratch).ok_or(overlap(index))?;
    let tensors = Tensors {
        model,
        input,
        readable,
        layer: index,
    };
    // Word-aligned: the file places scratch at offsets of whole words (an
    // empty one may sit anywhere).
    let scratch = match scratch.is_empty() {
        true => &mut [],
        false => bytemuck::try_cast_slice_mut(scratch).map_err(|_| overlap(index))?,
    };
    match (replaced, layer.op) {
        (Some(_), Op::Conv2d(w)) => convolution::run_in_place(layer, w, out, scratch),
        (Some(_), Op::Add { other, .. }) => {
            let b = tensors.values(usize::from(other))?;
            add(layer, &tensors, usize::from(other))?.apply_over(
                bytemuck::cast_slice_mut(out),
                b,
                scratch,
            )
        }
        _ => run(layer, &tensors, out, scratch),
    }
}

/// The arena bytes `layer` writes.
fn output_region(layer: &Layer<'_>) -> Range<usize> {
    let start = layer.arena_offset().unwrap_or(0);
    start..start.saturating_add(layer.out_len())
}

/// The input region `layer` writes its output over, if it does: a pointwise
/// convolution or an `ADD` whose output starts where its (first) input
/// does (validation allowed it, `model::graph`).
fn replaced_input(
    model: &Model<'_>,
    layer: &Layer<'_>,
    output: &Range<usize>,
) -> Option<Range<usize>> {
    let (first, _) = layer.reads()?;
    let input = model
        .layers()
        .get(first.checked_sub(1)?)
        .map(output_region)?;
    let kind = matches!(layer.op, Op::Conv2d(_) | Op::Add { .. });
    (kind && input.start == output.start && input.end >= output.end).then_some(input)
}

/// Words of scratch `layer` works in while it runs: a convolution's (two
/// pixels' windows and the dense kernel's sums), an `ADD`'s tables
/// ([`add_scratch_words`]), none for the others.
pub(crate) fn scratch_words(layer: &Layer<'_>) -> usize {
    match layer.op {
        Op::Add { .. } => add_scratch_words(layer.out_len()),
        _ => convolution::scratch_words(layer),
    }
}

/// Words of scratch an `ADD` of `len` values works in: its two inputs'
/// rescaling tables when it is long enough for them to pay, else none.
pub(crate) const fn add_scratch_words(len: usize) -> usize {
    if len >= conv::TABLE_MIN_LEN {
        conv::TABLE_WORDS
    } else {
        0
    }
}

/// Whether `layer` of `model` is a pointwise convolution written over its
/// input (which [`infer`] runs pixel by pixel in place).
pub(crate) fn runs_in_place(model: &Model<'_>, layer: &Layer<'_>) -> bool {
    replaced_input(model, layer, &output_region(layer)).is_some()
}

/// The arena bytes `layer` works in while it runs.
fn scratch_region(layer: &Layer<'_>) -> Range<usize> {
    let start = layer.op.wiring().map_or(0, |w| w.scratch as usize);
    start..start.saturating_add(4 * scratch_words(layer))
}

fn overlap(layer: usize) -> Error {
    Error::ArenaOverlap { layer }
}

/// What one layer may read: the model's input and the arena outside its
/// output and scratch.
struct Tensors<'t, 'm> {
    model: &'t Model<'m>,
    input: &'t [i8],
    readable: regions::Regions<'t>,
    layer: usize,
}

impl Tensors<'_, '_> {
    /// Tensor `tensor`'s values: the model's input, or an earlier layer's
    /// output, which validation placed clear of this layer's.
    fn values(&self, tensor: usize) -> Result<&[i8], Error> {
        let Some(producer) = tensor.checked_sub(1) else {
            return Ok(self.input);
        };
        let region = self.model.layers().get(producer).map(output_region);
        let bytes = region.and_then(|region| self.readable.get(region));
        bytes.map(bytemuck::cast_slice).ok_or(overlap(self.layer))
    }

    /// Tensor `tensor`'s quantization.
    fn quantization(&self, tensor: usize) -> Quantization {
        match tensor.checked_sub(1) {
            None => self.model.input_quantization(),
            Some(producer) => self
                .model
                .layers()
                .get(producer)
                .map_or(Quantization::default(), Layer::output_quantization),
        }
    }
}

/// Runs one graph layer into `out`, working in `scratch`.
fn run(
    layer: &Layer<'_>,
    tensors: &Tensors<'_, '_>,
    out: &mut [u8],
    scratch: &mut [u32],
) -> Result<(), Error> {
    let (first, second) = layer.reads().ok_or(Error::ChainModel)?;
    let x = tensors.values(first)?;
    let input_zero_point = tensors.quantization(first).zero_point;
    let clamp = (layer.output_min, layer.output_max);
    match layer.op {
        Op::Conv2d(w) => convolution::run(layer, Some(w), (x, input_zero_point), out, scratch)?,
        Op::FullyConnected(_) => {
            convolution::run(layer, None, (x, input_zero_point), out, scratch)?
        }
        Op::DepthwiseConv2d(w) => {
            let requantization = requantization(layer, input_zero_point);
            let (map, window, weights) = (w.input.into(), w.window.into(), layer.channels.weights);
            let out = bytemuck::cast_slice_mut(out);
            conv::depthwise_conv2d(x, map, weights, window, &requantization, out)?;
        }
        Op::AveragePool2d(w) => {
            let out = bytemuck::cast_slice_mut(out);
            conv::average_pool2d(x, w.input.into(), w.window.into(), clamp, out)?;
        }
        Op::MaxPool2d(w) => {
            let out = bytemuck::cast_slice_mut(out);
            conv::max_pool2d(x, w.input.into(), w.window.into(), clamp, out)?;
        }
        Op::Add { .. } => {
            let other = second.ok_or(Error::ChainModel)?;
            let out = bytemuck::cast_slice_mut(out);
            add(layer, tensors, other)?.apply_tabled(x, tensors.values(other)?, out, scratch)?;
        }
        Op::Dense => return Err(Error::ChainModel),
    }
    Ok(())
}

/// `ADD` `layer`'s parameters, its second input tensor `other`.
fn add(layer: &Layer<'_>, tensors: &Tensors<'_, '_>, other: usize) -> Result<Add, Error> {
    let (first, _) = layer.reads().ok_or(Error::ChainModel)?;
    Add::new(
        tensors.quantization(first),
        tensors.quantization(other),
        layer.output_quantization(),
        (layer.output_min, layer.output_max),
        layer.rounding,
    )
}

/// How a depthwise `layer` requantizes its channels for an input at
/// `input_zero_point`.
fn requantization<'c>(layer: &Layer<'c>, input_zero_point: i8) -> Requantization<'c> {
    Requantization {
        biases: layer.channels.biases,
        multipliers: layer.channels.multipliers,
        shifts: layer.channels.shifts,
        rounding: layer.rounding,
        input_zero_point,
        output_zero_point: layer.output_zero_point,
        clamp: (layer.output_min, layer.output_max),
    }
}
