//! The engine computes what TensorFlow Lite's int8 reference kernels compute:
//! a TFLite-quantized tutorial model, rebuilt as a stitch model, reproduces
//! TFLite's logits for the first 200 test images byte for byte.
#![cfg(feature = "alloc")]

use serde_json::Value;
use stitch_core::requant::quantize_multiplier;
use stitch_core::writer::{to_bytes, LayerSpec, ModelSpec};
use stitch_core::{Activation, Engine, Model};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tflite-reference");
/// 1 label byte + 784 pixels per image, test-set order (`stitch export-samples`).
const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../firmware/data/test-images.bin");
const IMAGE_BYTES: usize = 784;

fn params() -> Value {
    let text = std::fs::read_to_string(format!("{DATA}/params.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn ints<T: TryFrom<i64>>(value: &Value) -> Vec<T> {
    let array = value.as_array().expect("array");
    array
        .iter()
        .map(|v| T::try_from(v.as_i64().expect("integer")).ok().expect("in range"))
        .collect()
}

fn layer_spec(layer: &Value) -> LayerSpec {
    LayerSpec {
        in_len: layer["in_dim"].as_u64().unwrap() as usize,
        out_len: layer["out_dim"].as_u64().unwrap() as usize,
        weights: ints(&layer["weights"]),
        biases: ints(&layer["biases"]),
        multipliers: ints(&layer["multiplier"]),
        shifts: ints(&layer["shift"]),
        output_scale: layer["output_scale"].as_f64().unwrap() as f32,
        output_zero_point: layer["output_zero_point"].as_i64().unwrap() as i8,
        activation: match layer["fused_activation"].as_str().unwrap() {
            "RELU" => Activation::Relu,
            _ => Activation::None,
        },
    }
}

fn tflite_model() -> Vec<u8> {
    let params = params();
    let spec = ModelSpec {
        name: "tflite-reference".into(),
        input_rows: 28,
        input_cols: 28,
        input_scale: params["input"]["scale"].as_f64().unwrap() as f32,
        input_zero_point: params["input"]["zero_point"].as_i64().unwrap() as i8,
        layers: params["layers"].as_array().unwrap().iter().map(layer_spec).collect(),
        class_names: (0..10).map(|c| format!("class {c}")).collect(),
    };
    to_bytes(&spec).unwrap()
}

#[test]
fn logits_match_tflite_reference_kernels_byte_for_byte() {
    let bytes = tflite_model();
    let model = Model::from_bytes(&bytes).unwrap();
    let expected = std::fs::read(format!("{DATA}/logits-test-first200.bin")).unwrap();
    let samples = std::fs::read(SAMPLES).unwrap();
    let mut engine = Engine::<64>::new();
    let mut images = 0;
    for (record, want) in samples.chunks_exact(1 + IMAGE_BYTES).zip(expected.chunks_exact(10)) {
        let got = engine.infer(&model, &record[1..]).unwrap().logits();
        let want: Vec<i8> = want.iter().map(|&b| b as i8).collect();
        assert_eq!(got, &want[..], "image {images}");
        images += 1;
    }
    assert_eq!(images, 200);
}

#[test]
fn quantize_multiplier_reproduces_tflite_multipliers() {
    let params = params();
    let mut channels = 0;
    for layer in params["layers"].as_array().unwrap() {
        let in_scale = layer["input_scale"].as_f64().unwrap() as f32;
        let out_scale = layer["output_scale"].as_f64().unwrap() as f32;
        let weight_scales = layer["weight_scales"].as_array().unwrap();
        let multipliers: Vec<i32> = ints(&layer["multiplier"]);
        let shifts: Vec<i8> = ints(&layer["shift"]);
        for ((w, &m), &s) in weight_scales.iter().zip(&multipliers).zip(&shifts) {
            let w = w.as_f64().unwrap() as f32;
            // TFLite: double(input_scale) * double(filter_scale) / double(output_scale).
            let effective = f64::from(in_scale) * f64::from(w) / f64::from(out_scale);
            assert_eq!(quantize_multiplier(effective), (m, s));
            channels += 1;
        }
    }
    assert_eq!(channels, 64 + 64 + 10);
}
