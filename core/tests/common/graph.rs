//! A tiny graph model with one layer of every graph kind and a residual.

use stitch_core::conv::{FeatureMap, Padding, Window};
use stitch_core::writer::{ChannelsSpec, GraphLayerSpec, GraphSpec, InputSpec, OpSpec, OutputSpec};
use stitch_core::{Activation, Quantization, Rounding};

pub const TINY_GRAPH_PATH: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tiny-graph.stitch");

pub fn q(scale: f32, zero_point: i8) -> Quantization {
    Quantization { scale, zero_point }
}

pub fn window(size: usize, stride: usize, padding: Padding) -> Window {
    Window {
        height: size,
        width: size,
        stride_height: stride,
        stride_width: stride,
        padding,
    }
}

pub fn map(side: usize, channels: usize) -> FeatureMap {
    FeatureMap {
        height: side,
        width: side,
        channels,
    }
}

/// Weights cycling through a few values, and per-channel data.
pub fn channels(weights: usize, outputs: usize, shift: i8) -> ChannelsSpec {
    ChannelsSpec {
        weights: (0..weights).map(|i| [3, -5, 7, 1, -2][i % 5]).collect(),
        biases: (0..outputs).map(|o| 40 - 30 * o as i32).collect(),
        multipliers: (0..outputs)
            .map(|o| (1 << 30) + (o as i32) * 12_345_678)
            .collect(),
        shifts: vec![shift; outputs],
    }
}

pub fn layer(op: OpSpec, output: Quantization, activation: Activation) -> GraphLayerSpec {
    GraphLayerSpec {
        op,
        output,
        activation,
        rounding: Rounding::Double,
    }
}

/// Input 4x4x1 -> conv 3x3 SAME x2 (ReLU) -> depthwise 3x3 SAME -> ADD of
/// the conv's and the depthwise's outputs (the conv's stays alive across
/// the depthwise) -> max pool 2x2 -> average pool 2x2 -> fully connected 3.
pub fn tiny_graph_spec() -> GraphSpec {
    let hidden = q(0.1, -20);
    let sum = q(0.15, -5);
    let layers = vec![
        layer(
            OpSpec::Conv2d {
                input: 0,
                map: map(4, 1),
                window: window(3, 1, Padding::Same),
                channels: channels(2 * 9, 2, -4),
            },
            hidden,
            Activation::Relu,
        ),
        layer(
            OpSpec::DepthwiseConv2d {
                input: 1,
                map: map(4, 2),
                window: window(3, 1, Padding::Same),
                channels: channels(9 * 2, 2, -3),
            },
            q(0.2, 3),
            Activation::None,
        ),
        layer(
            OpSpec::Add {
                inputs: [1, 2],
                len: 32,
            },
            sum,
            Activation::None,
        ),
        layer(
            OpSpec::MaxPool2d {
                input: 3,
                map: map(4, 2),
                window: window(2, 2, Padding::Valid),
            },
            sum,
            Activation::None,
        ),
        layer(
            OpSpec::AveragePool2d {
                input: 4,
                map: map(2, 2),
                window: window(2, 2, Padding::Valid),
            },
            sum,
            Activation::None,
        ),
        GraphLayerSpec {
            rounding: Rounding::Single,
            ..layer(
                OpSpec::FullyConnected {
                    input: 5,
                    channels: channels(2 * 3, 3, -2),
                },
                q(0.25, 0),
                Activation::None,
            )
        },
    ];
    GraphSpec {
        name: "tiny-graph".into(),
        origin: None,
        input: InputSpec {
            shape: vec![4, 4, 1],
            quantization: q(0.5, -10),
        },
        output: OutputSpec::Classes(vec!["a".into(), "b".into(), "c".into()]),
        layers,
    }
}

/// Input 3x3x4 -> conv 3x3 SAME x8 (ReLU) -> conv 1x1 x5, written over its
/// input -> fully connected 3.
pub fn pointwise_spec() -> GraphSpec {
    let hidden = q(0.08, -128);
    let layers = vec![
        layer(
            OpSpec::Conv2d {
                input: 0,
                map: map(3, 4),
                window: window(3, 1, Padding::Same),
                channels: channels(8 * 9 * 4, 8, -6),
            },
            hidden,
            Activation::Relu,
        ),
        layer(
            OpSpec::Conv2d {
                input: 1,
                map: map(3, 8),
                window: window(1, 1, Padding::Valid),
                channels: channels(5 * 8, 5, -4),
            },
            q(0.1, 7),
            Activation::None,
        ),
        layer(
            OpSpec::FullyConnected {
                input: 2,
                channels: channels(45 * 3, 3, -5),
            },
            q(0.2, 0),
            Activation::None,
        ),
    ];
    GraphSpec {
        name: "pointwise".into(),
        origin: None,
        input: InputSpec {
            shape: vec![3, 3, 4],
            quantization: q(0.3, 5),
        },
        output: OutputSpec::Values,
        layers,
    }
}
