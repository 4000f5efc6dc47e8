//! Running a graph model: each layer reads the tensors it names and writes
//! its output at the offset the file records, in one arena the caller owns.
//!
//! The plan was made when the model was written and checked when it was
//! read ([`Model::from_bytes`]): tensors alive at the same time never share
//! bytes, so one `&mut [i8]` of [`Model::arena_bytes`] is all the memory
//! inference needs besides the stack. The kernels are [`crate::conv`]'s.

use core::ops::Range;

use crate::conv::{self, Add, FeatureMap, Padding, Requantization, Window};
use crate::error::Error;
use crate::format::{Layer, Op};
use crate::model::{Model, Quantization};

/// Runs the graph `model` on one int8 `input` of [`Model::input_len`]
/// values in `arena` (at least [`Model::arena_bytes`] long); returns the last
/// layer's int8 outputs, borrowed from the arena.
///
/// Errors: [`Error::ChainModel`] for a chain of dense layers (run those on
/// an [`Engine`](crate::Engine)), [`Error::ArenaSize`] for a short arena,
/// [`Error::Length`] for an input of the wrong length.
///
/// ```
/// # let bytes: &[u8] = stitch_core::include_model!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tiny-graph.stitch"));
/// let model = stitch_core::Model::from_bytes(&bytes)?;
/// // The size is known before anything runs: a static buffer will do.
/// assert_eq!(model.arena_bytes(), 96);
/// let mut arena = [0i8; 96];
/// let logits = stitch_core::graph::infer(&model, &[10; 16], &mut arena)?;
/// assert_eq!(logits.len(), model.output_len());
/// # Ok::<(), stitch_core::Error>(())
/// ```
pub fn infer<'r>(model: &Model<'_>, input: &[i8], arena: &'r mut [i8]) -> Result<&'r [i8], Error> {
    if !model.is_graph() {
        return Err(Error::ChainModel);
    }
    if arena.len() < model.arena_bytes() {
        return Err(Error::ArenaSize {
            needed: model.arena_bytes(),
            found: arena.len(),
        });
    }
    Error::expect_len(model.input_len(), input.len())?;
    let mut last = 0..0;
    for (index, layer) in model.layers().iter().enumerate() {
        let output = output_region(layer);
        let (before, out, after) = split(arena, output.clone()).ok_or(overlap(index))?;
        let tensors = Tensors {
            model,
            input,
            before,
            after,
            output: output.clone(),
            layer: index,
        };
        run(layer, &tensors, out)?;
        last = output;
    }
    Ok(arena.get(last).unwrap_or(&[]))
}

/// The arena bytes `layer` writes.
fn output_region(layer: &Layer<'_>) -> Range<usize> {
    let start = layer.arena_offset().unwrap_or(0);
    start..start.saturating_add(layer.out_len())
}

/// The arena before `output`, `output` itself, and the arena after it.
fn split(arena: &mut [i8], output: Range<usize>) -> Option<(&[i8], &mut [i8], &[i8])> {
    let (before, rest) = arena.split_at_mut_checked(output.start)?;
    let (out, after) = rest.split_at_mut_checked(output.len())?;
    Some((before, out, after))
}

fn overlap(layer: usize) -> Error {
    Error::ArenaOverlap { layer }
}

/// What one layer may read: the model's input and the arena around its output.
struct Tensors<'t, 'm> {
    model: &'t Model<'m>,
    input: &'t [i8],
    before: &'t [i8],
    after: &'t [i8],
    output: Range<usize>,
    layer: usize,
}

impl Tensors<'_, '_> {
    /// Tensor `tensor`'s values: the model's input, or an earlier layer's
    /// output, which validation placed clear of this layer's.
    fn values(&self, tensor: usize) -> Result<&[i8], Error> {
        let Some(producer) = tensor.checked_sub(1) else {
            return Ok(self.input);
        };
        let region = self
            .model
            .layers()
            .get(producer)
            .map(output_region)
            .ok_or(overlap(self.layer))?;
        let found = if region.end <= self.output.start {
            self.before.get(region)
        } else {
            let shift = |at: usize| at.checked_sub(self.output.end);
            shift(region.start)
                .zip(shift(region.end))
                .and_then(|(start, end)| self.after.get(start..end))
        };
        found.ok_or(overlap(self.layer))
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

/// Runs one graph layer into `out`.
fn run(layer: &Layer<'_>, tensors: &Tensors<'_, '_>, out: &mut [i8]) -> Result<(), Error> {
    let (first, second) = layer.reads().ok_or(Error::ChainModel)?;
    let x = tensors.values(first)?;
    let clamp = (layer.output_min, layer.output_max);
    let weights = layer.channels.weights;
    let requantization = requantization(layer, tensors.quantization(first).zero_point);
    match layer.op {
        Op::Conv2d(w) => {
            conv::conv2d(
                x,
                w.input.into(),
                weights,
                w.window.into(),
                &requantization,
                out,
            )?;
        }
        Op::DepthwiseConv2d(w) => {
            let (map, window) = (w.input.into(), w.window.into());
            conv::depthwise_conv2d(x, map, weights, window, &requantization, out)?;
        }
        Op::FullyConnected(_) => {
            // One pixel of `in_len` channels, a 1x1 window: each output a
            // dot product with one row of weights.
            let pixel = FeatureMap {
                height: 1,
                width: 1,
                channels: x.len(),
            };
            conv::conv2d(x, pixel, weights, ONE_BY_ONE, &requantization, out)?;
        }
        Op::AveragePool2d(w) => {
            conv::average_pool2d(x, w.input.into(), w.window.into(), clamp, out)?;
        }
        Op::MaxPool2d(w) => {
            conv::max_pool2d(x, w.input.into(), w.window.into(), clamp, out)?;
        }
        Op::Add { .. } => {
            let other = second.ok_or(Error::ChainModel)?;
            let add = Add::new(
                tensors.quantization(first),
                tensors.quantization(other),
                layer.output_quantization(),
                clamp,
                layer.rounding,
            )?;
            add.apply(x, tensors.values(other)?, out)?;
        }
        Op::Dense => return Err(Error::ChainModel),
    }
    Ok(())
}

/// How `layer` requantizes its channels for an input at `input_zero_point`.
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

/// A fully connected layer's window over its one pixel.
const ONE_BY_ONE: Window = Window {
    height: 1,
    width: 1,
    stride_height: 1,
    stride_width: 1,
    padding: Padding::Valid,
};
