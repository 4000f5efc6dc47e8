//! The engine computes what TensorFlow Lite computes: a TFLite-quantized
//! tutorial model, rebuilt as a stitch model, reproduces the logits of
//! LiteRT's reference kernels (single rounding) and of CMSIS-NN (double
//! rounding, as TensorFlow Lite Micro) for the first 200 test images, byte for
//! byte, through every host kernel.
#![cfg(feature = "alloc")]

mod common;

use common::tflite::{ints, params, sample_images, tflite_model, tflite_model_with, DATA};
use stitch_core::requant::quantize_multiplier;
use stitch_core::{Batch, Engine, Model, Prepared, Rounding};

/// Every host kernel on the first 200 test images against `file`'s logits.
fn check(rounding: Rounding, file: &str) {
    let bytes = tflite_model_with(rounding);
    let model = Model::from_bytes(&bytes).unwrap();
    let expected: Vec<i8> = std::fs::read(format!("{DATA}/{file}"))
        .unwrap()
        .into_iter()
        .map(|b| b as i8)
        .collect();
    let images = sample_images();
    let mut buffer = vec![0u8; Prepared::buffer_len(&model)];
    let prepared = Prepared::new(&model, &mut buffer).unwrap();
    let mut engine = Engine::<64>::new();
    // The int8 input is copied into a buffer: it needs one as wide as the input.
    let mut wide = Engine::<784>::new();
    let mut batch = Batch::<64>::new();
    assert_eq!(expected.len(), 200 * 10);
    for (i, (pixels, want)) in images.iter().zip(expected.chunks_exact(10)).enumerate() {
        assert_eq!(
            engine.infer(&model, pixels).unwrap().logits(),
            want,
            "image {i}"
        );
        let int8: Vec<i8> = pixels.iter().map(|&p| (p ^ 0x80) as i8).collect();
        assert_eq!(
            wide.infer_int8(&model, &int8).unwrap().logits(),
            want,
            "image {i}"
        );
        let prepared_logits = engine.infer_prepared(&prepared, pixels).unwrap().logits();
        assert_eq!(prepared_logits, want, "image {i}");
    }
    for (four, want) in images[..200].chunks_exact(4).zip(expected.chunks_exact(40)) {
        let inputs = [&four[0][..], &four[1], &four[2], &four[3]];
        for (inference, want) in batch
            .infer(&prepared, inputs)
            .unwrap()
            .iter()
            .zip(want.chunks(10))
        {
            assert_eq!(inference.logits(), want);
        }
    }
}

#[test]
fn logits_match_litert_reference_kernels_byte_for_byte() {
    check(Rounding::Single, "logits-test-first200.bin");
}

#[test]
fn logits_match_cmsis_nn_double_rounding_byte_for_byte() {
    check(Rounding::Double, "logits-test-first200-double-rounding.bin");
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
