//! Post-training int8 quantization of a float network into a stitch-core
//! model (a chain of dense layers for the MLP, a graph for the CNN:
//! [`graph`]), in TFLite's scheme:
//! - weights: int8 symmetric per output channel ([`weights`]),
//! - activations: int8 asymmetric per tensor, ranges calibrated on training
//!   images ([`calibrate`]),
//! - biases: int32 at scale `input_scale * weight_scale[o]`,
//! - requantization: `quantize_multiplier(in_scale * w_scale[o] / out_scale)`.
//!
//! The input is fixed: pixel `p` is int8 `p - 128` at scale 1/255, zero point
//! -128, which is exactly the float model's input `p / 255`.

pub mod calibrate;
mod graph;
pub mod weights;

use stitch_core::writer::{ChannelsSpec, GraphSpec, InputSpec, LayerSpec, ModelSpec, OutputSpec};
use stitch_core::{Activation, Quantization, Rounding};

use crate::data::{Dataset, CLASS_NAMES, COLS, ROWS};
use crate::float::{FloatLayer, FloatNet};
pub use calibrate::{Calibration, DEFAULT_CALIBRATION};

/// The int8 input: pixel `p` is `p - 128` at scale 1/255, which is exactly
/// the float model's input `p / 255`.
pub const INPUT: Quantization = Quantization {
    scale: 1.0 / 255.0,
    zero_point: -128,
};
/// How many training images calibrate the activation ranges.
pub const CALIBRATION_IMAGES: usize = 2_000;

/// A quantized network, ready for the writer.
pub enum QuantizedSpec {
    /// The MLP: a chain of dense layers.
    Chain(ModelSpec),
    /// The CNN: a graph.
    Graph(GraphSpec),
}

impl QuantizedSpec {
    /// The model file's bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>, stitch_core::Error> {
        match self {
            QuantizedSpec::Chain(spec) => stitch_core::writer::to_bytes(spec),
            QuantizedSpec::Graph(spec) => stitch_core::writer::graph_to_bytes(spec),
        }
    }
}

/// The calibrated range of every output [`FloatNet::forward_all`] keeps
/// (each block's convolution, each dense layer) on `images`.
pub fn layer_ranges(
    net: &FloatNet,
    images: &Dataset,
    method: Calibration,
) -> Vec<calibrate::Range> {
    let mut per_layer: Vec<Vec<f32>> = Vec::new();
    for i in 0..images.len() {
        let outputs = net.forward_all(images.image(i));
        per_layer.resize_with(outputs.len(), Vec::new);
        for (values, out) in per_layer.iter_mut().zip(outputs) {
            values.extend(out);
        }
    }
    per_layer
        .iter_mut()
        .map(|v| calibrate::range(v, method))
        .collect()
}

/// The int8 weights, biases and requantization of `layer` (a dense layer,
/// or a convolution's filters as rows), reading int8 values at `in_scale`
/// and writing them at `out_scale`.
pub fn quantize_channels(layer: &FloatLayer, in_scale: f32, out_scale: f32) -> ChannelsSpec {
    let q = weights::quantize_per_channel(layer);
    let mut multipliers = Vec::with_capacity(layer.out_len);
    let mut shifts = Vec::with_capacity(layer.out_len);
    for &w_scale in &q.scales {
        let effective = in_scale as f64 * w_scale as f64 / out_scale as f64;
        let (m, s) = stitch_core::requant::quantize_multiplier(effective);
        multipliers.push(m);
        shifts.push(s);
    }
    let biases = layer
        .bias
        .iter()
        .zip(&q.scales)
        .map(|(&b, &w_scale)| weights::quantize_bias(b, in_scale, w_scale))
        .collect();
    ChannelsSpec {
        weights: q.weights,
        biases,
        multipliers,
        shifts,
    }
}

/// The model's input: a 28x28 image of pixels.
fn image_input() -> InputSpec {
    InputSpec {
        shape: vec![ROWS, COLS],
        quantization: INPUT,
    }
}

/// The model's output: the logits of Fashion-MNIST's classes.
fn class_output() -> OutputSpec {
    OutputSpec::Classes(CLASS_NAMES.iter().map(|s| s.to_string()).collect())
}

/// Quantizes `net` into a stitch-core model spec, calibrating on
/// `calibration`: a chain for an MLP, a graph for a CNN.
pub fn quantize(
    net: &FloatNet,
    calibration: &Dataset,
    method: Calibration,
    name: &str,
) -> QuantizedSpec {
    let ranges = layer_ranges(net, calibration, method);
    if !net.convs.is_empty() {
        return QuantizedSpec::Graph(graph::quantize(net, &ranges, name));
    }
    let last = net.layers.len().saturating_sub(1);
    let mut in_scale = INPUT.scale;
    let mut layers = Vec::with_capacity(net.layers.len());
    for (i, (layer, range)) in net.layers.iter().zip(ranges).enumerate() {
        let (output_scale, output_zero_point) = calibrate::activation_params(range);
        let channels = quantize_channels(layer, in_scale, output_scale);
        layers.push(LayerSpec {
            in_len: layer.in_len,
            out_len: layer.out_len,
            weights: channels.weights,
            biases: channels.biases,
            multipliers: channels.multipliers,
            shifts: channels.shifts,
            output: Quantization {
                scale: output_scale,
                zero_point: output_zero_point,
            },
            activation: if i < last {
                Activation::Relu
            } else {
                Activation::None
            },
            rounding: Rounding::Single,
        });
        in_scale = output_scale;
    }
    QuantizedSpec::Chain(ModelSpec {
        name: name.to_string(),
        origin: None,
        input: image_input(),
        output: class_output(),
        layers,
    })
}
