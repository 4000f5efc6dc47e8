//! Models for the tests: a tiny hand-written one and random ones.
#![allow(dead_code)]

pub mod graph;
pub mod reference;
pub mod tflite;

use stitch_core::writer::{InputSpec, LayerSpec, ModelSpec, OutputSpec};
use stitch_core::{Activation, Quantization, Rounding};

/// Pixels / 255 as int8: pixel `p` is `p - 128`.
pub const PIXELS: Quantization = Quantization {
    scale: 1.0 / 255.0,
    zero_point: -128,
};

/// 2x2 input, one hidden ReLU layer of 3, two classes: small enough to check by hand.
pub fn tiny_spec() -> ModelSpec {
    ModelSpec {
        name: "tiny".into(),
        origin: None,
        input: InputSpec {
            shape: vec![2, 2],
            quantization: PIXELS,
        },
        layers: vec![
            LayerSpec {
                in_len: 4,
                out_len: 3,
                weights: vec![1, -1, 2, 0, 127, -127, 3, 5, 0, 0, 7, 9],
                biases: vec![10, -20, 0],
                multipliers: vec![1 << 30, 1 << 30, 3 << 29],
                shifts: vec![-5, -8, -6],
                output: Quantization {
                    scale: 0.05,
                    zero_point: -128,
                },
                activation: Activation::Relu,
                rounding: Rounding::Single,
            },
            LayerSpec {
                in_len: 3,
                out_len: 2,
                weights: vec![5, -9, 20, -3, 4, 100],
                biases: vec![-100, 250],
                multipliers: vec![1_500_000_000, 1 << 30],
                shifts: vec![-3, -2],
                output: Quantization {
                    scale: 0.2,
                    zero_point: 10,
                },
                activation: Activation::None,
                rounding: Rounding::Single,
            },
        ],
        output: OutputSpec::Classes(vec!["no".into(), "yes".into()]),
    }
}

/// The golden file the documentation's examples read.
pub const TINY_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tiny.stitch");
