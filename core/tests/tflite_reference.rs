//! The engine computes what TensorFlow Lite's int8 reference kernels compute:
//! a TFLite-quantized tutorial model, rebuilt as a stitch model, reproduces
//! TFLite's logits for the first 200 test images byte for byte.
#![cfg(feature = "alloc")]

mod common;

use common::tflite::{ints, params, sample_images, tflite_model, DATA};
use stitch_core::requant::quantize_multiplier;
use stitch_core::{Engine, Model};

#[test]
fn logits_match_tflite_reference_kernels_byte_for_byte() {
    let bytes = tflite_model();
    let model = Model::from_bytes(&bytes).unwrap();
    let expected = std::fs::read(format!("{DATA}/logits-test-first200.bin")).unwrap();
    let mut engine = Engine::<64>::new();
    let mut images = 0;
    for (pixels, want) in sample_images().iter().zip(expected.chunks_exact(10)) {
        let got = engine.infer(&model, pixels).unwrap().logits();
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

/// `STITCH_WRITE_TFLITE_MODEL=PATH cargo test ...` also writes the model, so
/// the firmware can be run on TFLite's own quantization.
#[test]
fn tflite_model_writes_where_asked() {
    if let Some(path) = std::env::var_os("STITCH_WRITE_TFLITE_MODEL") {
        std::fs::write(path, tflite_model()).unwrap();
    }
    assert!(Model::from_bytes(&tflite_model()).is_ok());
}
