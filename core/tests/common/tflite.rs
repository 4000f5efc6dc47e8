//! The TFLite-quantized tutorial model from `tests/data/tflite-reference`,
//! rebuilt as a stitch model, and the test images it was run on.
#![allow(dead_code)]

use serde_json::Value;
use stitch_core::writer::{to_bytes, InputSpec, LayerSpec, ModelSpec, OutputSpec};
use stitch_core::{Activation, Quantization, Rounding};

/// (From the workspace's root, so that `stitch-tests` can include this file too.)
pub const DATA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../core/tests/data/tflite-reference"
);
/// 1 label byte + 784 pixels per image, test-set order (`stitch export-samples`).
pub const SAMPLES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../firmware/data/test-images.bin"
);
pub const IMAGE_BYTES: usize = 784;

pub fn params() -> Value {
    let text = std::fs::read_to_string(format!("{DATA}/params.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

pub fn ints<T: TryFrom<i64>>(value: &Value) -> Vec<T> {
    let array = value.as_array().expect("array");
    array
        .iter()
        .map(|v| {
            T::try_from(v.as_i64().expect("integer"))
                .ok()
                .expect("in range")
        })
        .collect()
}

fn layer_spec(layer: &Value, rounding: Rounding) -> LayerSpec {
    LayerSpec {
        in_len: layer["in_dim"].as_u64().unwrap() as usize,
        out_len: layer["out_dim"].as_u64().unwrap() as usize,
        weights: ints(&layer["weights"]),
        biases: ints(&layer["biases"]),
        multipliers: ints(&layer["multiplier"]),
        shifts: ints(&layer["shift"]),
        output: Quantization {
            scale: layer["output_scale"].as_f64().unwrap() as f32,
            zero_point: layer["output_zero_point"].as_i64().unwrap() as i8,
        },
        rounding,
        activation: match layer["fused_activation"].as_str().unwrap() {
            "RELU" => Activation::Relu,
            _ => Activation::None,
        },
    }
}

/// The TFLite reference model with single rounding (LiteRT's).
pub fn tflite_model() -> Vec<u8> {
    tflite_model_with(Rounding::Single)
}

/// The TFLite reference model, rounding as `rounding`.
pub fn tflite_model_with(rounding: Rounding) -> Vec<u8> {
    let params = params();
    let spec = ModelSpec {
        name: "tflite-reference".into(),
        origin: None,
        input: InputSpec {
            shape: vec![28, 28],
            quantization: Quantization {
                scale: params["input"]["scale"].as_f64().unwrap() as f32,
                zero_point: params["input"]["zero_point"].as_i64().unwrap() as i8,
            },
        },
        layers: params["layers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|layer| layer_spec(layer, rounding))
            .collect(),
        output: OutputSpec::Classes((0..10).map(|c| format!("class {c}")).collect()),
    };
    to_bytes(&spec).unwrap()
}

/// The embedded test images' pixels, 784 bytes each, test-set order.
pub fn sample_images() -> Vec<Vec<u8>> {
    let samples = std::fs::read(SAMPLES).unwrap();
    samples
        .chunks_exact(1 + IMAGE_BYTES)
        .map(|r| r[1..].to_vec())
        .collect()
}
