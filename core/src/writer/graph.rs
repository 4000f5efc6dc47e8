//! Writing a graph model: layers in execution order, each naming the
//! tensors it reads, its output placed in the arena by [`plan_arena`].

use alloc::string::String;
use alloc::vec::Vec;

use super::encode::{channels, head, push};
use super::fold::{blocked_weights, folded_biases, input_offset};
use super::{activation_range, InputSpec, LayerSpec, OriginSpec, OutputSpec};
use crate::conv::{FeatureMap, Window};
use crate::error::Error;
use crate::format::{self, Activation, MapRecord, Rounding, WindowRecord, WiringRecord, VERSION};
use crate::model::{LayerKind, Model, Quantization};

/// A graph model, owned: what an importer makes of a convolutional network.
/// Tensor 0 is the input, tensor `k` the output of layer `k - 1`.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphSpec {
    /// A name for people.
    pub name: String,
    /// The file the model was imported from, if any.
    pub origin: Option<OriginSpec>,
    /// The int8 input.
    pub input: InputSpec,
    /// What the last layer's outputs mean.
    pub output: OutputSpec,
    /// The layers, in execution order.
    pub layers: Vec<GraphLayerSpec>,
}

/// One layer of a graph: what it computes and how its outputs are quantized.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphLayerSpec {
    /// The operation and the tensors it reads.
    pub op: OpSpec,
    /// Quantization of the int8 outputs.
    pub output: Quantization,
    /// The fused activation.
    pub activation: Activation,
    /// How accumulators (and `ADD`'s rescaled inputs) are rounded.
    pub rounding: Rounding,
}

/// A graph layer's operation; `input` names the tensor it reads.
#[derive(Debug, Clone, PartialEq)]
pub enum OpSpec {
    /// `CONV_2D`: filters `[out][h][w][in]`, per-channel data.
    Conv2d {
        /// The tensor read, as an image.
        input: usize,
        /// Its shape.
        map: FeatureMap,
        /// The window.
        window: Window,
        /// Weights and per-channel requantization.
        channels: ChannelsSpec,
    },
    /// `DEPTHWISE_CONV_2D` (depth multiplier 1): filters `[h][w][channels]`.
    DepthwiseConv2d {
        /// The tensor read, as an image.
        input: usize,
        /// Its shape.
        map: FeatureMap,
        /// The window.
        window: Window,
        /// Weights and per-channel requantization.
        channels: ChannelsSpec,
    },
    /// `FULLY_CONNECTED`: weights `[out][in]`, the input read flattened.
    FullyConnected {
        /// The tensor read.
        input: usize,
        /// Weights and per-channel requantization.
        channels: ChannelsSpec,
    },
    /// `AVERAGE_POOL_2D`.
    AveragePool2d {
        /// The tensor read, as an image.
        input: usize,
        /// Its shape.
        map: FeatureMap,
        /// The window.
        window: Window,
    },
    /// `MAX_POOL_2D`.
    MaxPool2d {
        /// The tensor read, as an image.
        input: usize,
        /// Its shape.
        map: FeatureMap,
        /// The window.
        window: Window,
    },
    /// `ADD` of two tensors of `len` values.
    Add {
        /// The two tensors read.
        inputs: [usize; 2],
        /// Values in each.
        len: usize,
    },
}

/// A convolution's or fully connected layer's data, as TFLite stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelsSpec {
    /// int8 weights, in the layer's order.
    pub weights: Vec<i8>,
    /// int32 biases at scale `input_scale * weight_scale[o]`.
    pub biases: Vec<i32>,
    /// Q31 requantization multipliers, one per output channel.
    pub multipliers: Vec<i32>,
    /// Requantization shifts (positive: left), one per output channel.
    pub shifts: Vec<i8>,
}

impl OpSpec {
    /// The tensors the layer reads.
    pub fn inputs(&self) -> impl Iterator<Item = usize> + '_ {
        let (first, second) = match *self {
            OpSpec::Conv2d { input, .. }
            | OpSpec::DepthwiseConv2d { input, .. }
            | OpSpec::FullyConnected { input, .. }
            | OpSpec::AveragePool2d { input, .. }
            | OpSpec::MaxPool2d { input, .. } => (input, None),
            OpSpec::Add { inputs, .. } => (inputs[0], Some(inputs[1])),
        };
        core::iter::once(first).chain(second)
    }

    /// Values the layer writes; [`Error::Window`] for a window that gives none.
    pub fn out_len(&self) -> Result<usize, Error> {
        let image = |map: &FeatureMap, window: &Window, channels: usize| {
            let placement = window.place(map)?;
            FeatureMap {
                height: placement.out_height,
                width: placement.out_width,
                channels,
            }
            .checked_len()
            .ok_or(Error::Window)
        };
        match self {
            OpSpec::Conv2d {
                map,
                window,
                channels,
                ..
            } => image(map, window, channels.shifts.len()),
            OpSpec::DepthwiseConv2d { map, window, .. }
            | OpSpec::AveragePool2d { map, window, .. }
            | OpSpec::MaxPool2d { map, window, .. } => image(map, window, map.channels),
            OpSpec::FullyConnected { channels, .. } => Ok(channels.shifts.len()),
            OpSpec::Add { len, .. } => Ok(*len),
        }
    }

    /// A `CONV_2D`'s or `FULLY_CONNECTED`'s values per output (its window
    /// times its input channels, or its inputs), given `in_len`, the values
    /// of its input tensor; `None` for the other kinds.
    pub(super) fn dense_taps(&self, in_len: usize) -> Option<usize> {
        match self {
            OpSpec::Conv2d { map, window, .. } => Some(window.height * window.width * map.channels),
            OpSpec::FullyConnected { .. } => Some(in_len),
            _ => None,
        }
    }
}

/// Encodes `spec` as a model file, its tensors placed by [`plan_arena`](super::plan_arena),
/// and reads it back through [`Model::from_bytes`], so it never returns a
/// file the reader rejects.
pub fn graph_to_bytes(spec: &GraphSpec) -> Result<Vec<u8>, Error> {
    let offsets = super::plan::plan(spec)?;
    let mut body = Vec::new();
    let origin = spec.origin.as_ref();
    let count = spec.layers.len();
    head(
        (&spec.name, origin),
        &spec.input,
        &spec.output,
        count,
        &mut body,
    )?;
    let lengths = tensor_lengths(spec)?;
    let zero_points = tensor_zero_points(spec);
    for (index, (layer, &place)) in spec.layers.iter().zip(&offsets).enumerate() {
        let input = layer.op.inputs().next().unwrap_or(0);
        let read = (
            lengths.get(input).copied().unwrap_or(0),
            zero_points.get(input).copied().unwrap_or(0),
        );
        encode_layer(index, layer, place, read, &mut body)?;
    }
    let bytes = format::seal(VERSION, &body);
    Model::from_bytes(&bytes)?;
    Ok(bytes)
}

/// Values of every tensor: the input's, then each layer's output's.
pub(super) fn tensor_lengths(spec: &GraphSpec) -> Result<Vec<usize>, Error> {
    let input = spec.input.shape.iter().product();
    let outputs = spec.layers.iter().map(|layer| layer.op.out_len());
    core::iter::once(Ok(input)).chain(outputs).collect()
}

/// The zero point of every tensor: the input's, then each layer's output's.
fn tensor_zero_points(spec: &GraphSpec) -> Vec<i8> {
    let outputs = spec.layers.iter().map(|layer| layer.output.zero_point);
    core::iter::once(spec.input.quantization.zero_point)
        .chain(outputs)
        .collect()
}

/// Layer `index`'s record: the common head, the operation's tag and fields;
/// `(in_len, zero_point)` of the tensor it reads.
fn encode_layer(
    index: usize,
    layer: &GraphLayerSpec,
    place: super::plan::Placement,
    (in_len, zero_point): (usize, i8),
    body: &mut Vec<u8>,
) -> Result<(), Error> {
    let range = activation_range(layer.activation, layer.output);
    let tag = match layer.op {
        OpSpec::Conv2d { .. } => LayerKind::Conv2d,
        OpSpec::DepthwiseConv2d { .. } => LayerKind::DepthwiseConv2d,
        OpSpec::FullyConnected { .. } => LayerKind::FullyConnected,
        OpSpec::AveragePool2d { .. } => LayerKind::AveragePool2d,
        OpSpec::MaxPool2d { .. } => LayerKind::MaxPool2d,
        OpSpec::Add { .. } => LayerKind::Add,
    }
    .file_tag();
    let q = layer.output;
    let common = (layer.rounding, layer.activation, q.scale, q.zero_point);
    push(body, &(common, *range.start(), *range.end(), tag))?;
    let mut inputs = layer.op.inputs().map(|tensor| tensor_id(index, tensor));
    let offset = |at: usize| u32::try_from(at).map_err(|_| Error::Window);
    let wiring = WiringRecord {
        input: inputs.next().unwrap_or(Ok(0))?,
        offset: offset(place.output)?,
        scratch: offset(place.scratch)?,
    };
    let taps = layer.op.dense_taps(in_len).unwrap_or(0);
    match &layer.op {
        OpSpec::Conv2d {
            map,
            window,
            channels: data,
            ..
        } => {
            push(body, &(wiring, map_record(map)?, window_record(window)?))?;
            write_dense_channels(body, index, layer, (taps, zero_point), data)
        }
        OpSpec::DepthwiseConv2d {
            map,
            window,
            channels: data,
            ..
        } => {
            push(body, &(wiring, map_record(map)?, window_record(window)?))?;
            write_channels(body, data)
        }
        OpSpec::FullyConnected { channels: data, .. } => {
            push(body, &(wiring, offset(taps)?))?;
            write_dense_channels(body, index, layer, (taps, zero_point), data)
        }
        OpSpec::AveragePool2d { map, window, .. } | OpSpec::MaxPool2d { map, window, .. } => {
            push(body, &(wiring, map_record(map)?, window_record(window)?))
        }
        OpSpec::Add { len, .. } => {
            let other = inputs.next().unwrap_or(Ok(0))?;
            let len = u32::try_from(*len).map_err(|_| Error::Window)?;
            push(body, &(wiring, other, len))
        }
    }
}

/// An image's shape as the file stores it; [`Error::Window`] past 2^16 - 1.
fn map_record(map: &FeatureMap) -> Result<MapRecord, Error> {
    MapRecord::try_from(*map).map_err(|_| Error::Window)
}

/// A window as the file stores it; [`Error::Window`] past 2^16 - 1.
fn window_record(window: &Window) -> Result<WindowRecord, Error> {
    WindowRecord::try_from(*window).map_err(|_| Error::Window)
}

/// A tensor's id as the file stores it: one byte.
fn tensor_id(layer: usize, tensor: usize) -> Result<u8, Error> {
    u8::try_from(tensor).map_err(|_| Error::TensorIndex { layer, tensor })
}

/// A `CONV_2D`'s or `FULLY_CONNECTED`'s channels as a dense layer of
/// `taps` inputs stores them: weights in the blocked layout, the input zero
/// point folded into the biases.
fn write_dense_channels(
    body: &mut Vec<u8>,
    index: usize,
    layer: &GraphLayerSpec,
    (taps, zero_point): (usize, i8),
    data: &ChannelsSpec,
) -> Result<(), Error> {
    let dense = LayerSpec {
        in_len: taps,
        out_len: data.shifts.len(),
        weights: data.weights.clone(),
        biases: data.biases.clone(),
        multipliers: data.multipliers.clone(),
        shifts: data.shifts.clone(),
        output: layer.output,
        activation: layer.activation,
        rounding: layer.rounding,
    };
    let weights = blocked_weights(index, &dense)?;
    let biases = folded_biases(index, &dense, input_offset(zero_point))?;
    channels(body, &weights, &biases, &data.multipliers, &data.shifts)
}

/// A depthwise layer's channels as TFLite stores them.
fn write_channels(body: &mut Vec<u8>, data: &ChannelsSpec) -> Result<(), Error> {
    let weights: Vec<u8> = data.weights.iter().map(|&w| w as u8).collect();
    channels(
        body,
        &weights,
        &data.biases,
        &data.multipliers,
        &data.shifts,
    )
}
