//! The models the firmware parity test runs besides the committed one and
//! the imported autoencoder, as files: the TFLite reference model and a tiny
//! model, each with both roundings (`make bench-mcu` measures the same ones).

use std::path::{Path, PathBuf};

use stitch_core::writer::{to_bytes, InputSpec, LayerSpec, ModelSpec, OutputSpec};
use stitch_core::{vectors, Activation, Engine, Model, Quantization, Rounding};

#[path = "../../core/tests/common/tflite.rs"]
pub mod tflite;

/// Values per tiny input, and the tiny model's vectors.
const TINY_INPUTS: usize = 4;
pub const TINY_VECTORS: usize = 16;

/// A 4-3-2 model rounding as `rounding`, with fixed parameters: the smallest
/// network, where the fixed part of the cost formula matters most.
pub fn tiny_model(rounding: Rounding) -> Vec<u8> {
    let layer = |in_len: usize, out_len: usize, activation, weights: Vec<i8>| LayerSpec {
        in_len,
        out_len,
        weights,
        biases: (0..out_len).map(|o| 300 * o as i32 - 200).collect(),
        multipliers: vec![1_200_000_000; out_len],
        shifts: vec![-7; out_len],
        output: Quantization {
            scale: 0.05,
            zero_point: -5,
        },
        rounding,
        activation,
    };
    let spec = ModelSpec {
        name: "tiny".into(),
        origin: None,
        input: InputSpec {
            shape: vec![TINY_INPUTS],
            quantization: Quantization {
                scale: 0.1,
                zero_point: 0,
            },
        },
        layers: vec![
            layer(
                TINY_INPUTS,
                3,
                Activation::Relu,
                vec![90, -60, 30, -120, 45, 75, -15, 100, -80, 20, 127, -128],
            ),
            layer(3, 2, Activation::None, vec![70, -90, 110, -50, 60, -100]),
        ],
        output: OutputSpec::Values,
    };
    to_bytes(&spec).expect("a valid model")
}

/// [`TINY_VECTORS`] int8 inputs for the tiny model and the outputs
/// stitch-core computes for them, as a vectors file.
pub fn tiny_vectors(model_bytes: &[u8]) -> Vec<u8> {
    let model = Model::from_bytes(model_bytes).expect("a valid model");
    let inputs: Vec<Vec<i8>> = (0..TINY_VECTORS as i32)
        .map(|v| {
            (0..TINY_INPUTS as i32)
                .map(|i| ((v * 37 + i * 91) % 256 - 128) as i8)
                .collect()
        })
        .collect();
    let mut engine = Engine::<16>::new();
    let outputs: Vec<Vec<i8>> = inputs
        .iter()
        .map(|x| {
            engine
                .infer_int8(&model, x)
                .expect("host inference")
                .logits()
                .to_vec()
        })
        .collect();
    let pairs: Vec<(&[i8], &[i8])> = inputs
        .iter()
        .map(Vec::as_slice)
        .zip(outputs.iter().map(Vec::as_slice))
        .collect();
    vectors::to_bytes(TINY_INPUTS, model.output_len(), &pairs)
}

/// Writes the TFLite reference model and the tiny model (with its vectors)
/// in both roundings into `dir`; returns the paths written, models first.
pub fn write_models(dir: &Path) -> Vec<PathBuf> {
    let mut written = Vec::new();
    for rounding in [Rounding::Single, Rounding::Double] {
        let name = rounding.name();
        let tflite = dir.join(format!("tflite-reference-{name}.stitch"));
        std::fs::write(&tflite, tflite::tflite_model_with(rounding)).expect("write model");
        let bytes = tiny_model(rounding);
        let tiny = dir.join(format!("tiny-{name}.stitch"));
        std::fs::write(&tiny, &bytes).expect("write model");
        let vectors = dir.join(format!("tiny-{name}.vectors"));
        std::fs::write(&vectors, tiny_vectors(&bytes)).expect("write vectors");
        written.extend([tflite, tiny, vectors]);
    }
    written
}
