//! Post-training int8 quantization of a float MLP into a stitch-core model,
//! in TFLite's scheme:
//! - weights: int8 symmetric per output channel ([`weights`]),
//! - activations: int8 asymmetric per tensor, ranges calibrated on training
//!   images ([`calibrate`]),
//! - biases: int32 at scale `input_scale * weight_scale[o]`,
//! - requantization: `quantize_multiplier(in_scale * w_scale[o] / out_scale)`.
//!
//! The input is fixed: pixel `p` is int8 `p - 128` at scale 1/255, zero point
//! -128, which is exactly the float model's input `p / 255`.

pub mod calibrate;
pub mod weights;

use stitch_core::writer::{InputSpec, LayerSpec, ModelSpec, OutputSpec};
use stitch_core::{Activation, Quantization, Rounding};

use crate::data::{Dataset, CLASS_NAMES, COLS, ROWS};
use crate::float::FloatMlp;
pub use calibrate::{Calibration, DEFAULT_CALIBRATION};

/// The int8 input: pixel `p` is `p - 128` at scale 1/255, which is exactly
/// the float model's input `p / 255`.
pub const INPUT: Quantization = Quantization {
    scale: 1.0 / 255.0,
    zero_point: -128,
};
/// How many training images calibrate the activation ranges.
pub const CALIBRATION_IMAGES: usize = 2_000;

/// The calibrated output range of every layer of `mlp` on `images`.
pub fn layer_ranges(
    mlp: &FloatMlp,
    images: &Dataset,
    method: Calibration,
) -> Vec<calibrate::Range> {
    let mut per_layer: Vec<Vec<f32>> = mlp
        .layers
        .iter()
        .map(|l| Vec::with_capacity(images.len() * l.out_len))
        .collect();
    for i in 0..images.len() {
        for (values, out) in per_layer.iter_mut().zip(mlp.forward_all(images.image(i))) {
            values.extend(out);
        }
    }
    per_layer
        .iter_mut()
        .map(|v| calibrate::range(v, method))
        .collect()
}

/// Quantizes `mlp` into a stitch-core model spec, calibrating on `calibration`.
pub fn quantize(
    mlp: &FloatMlp,
    calibration: &Dataset,
    method: Calibration,
    name: &str,
) -> ModelSpec {
    let ranges = layer_ranges(mlp, calibration, method);
    let last = mlp.layers.len().saturating_sub(1);
    let mut in_scale = INPUT.scale;
    let mut layers = Vec::with_capacity(mlp.layers.len());
    for (i, (layer, range)) in mlp.layers.iter().zip(ranges).enumerate() {
        let (output_scale, output_zero_point) = calibrate::activation_params(range);
        let q = weights::quantize_per_channel(layer);
        let mut multipliers = Vec::with_capacity(layer.out_len);
        let mut shifts = Vec::with_capacity(layer.out_len);
        for &w_scale in &q.scales {
            let effective = in_scale as f64 * w_scale as f64 / output_scale as f64;
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
        layers.push(LayerSpec {
            in_len: layer.in_len,
            out_len: layer.out_len,
            weights: q.weights,
            biases,
            multipliers,
            shifts,
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
    ModelSpec {
        name: name.to_string(),
        origin: None,
        input: InputSpec {
            shape: vec![ROWS, COLS],
            quantization: INPUT,
        },
        output: OutputSpec::Classes(CLASS_NAMES.iter().map(|s| s.to_string()).collect()),
        layers,
    }
}
