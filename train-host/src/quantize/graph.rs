//! The float CNN as a stitch-core graph, layer for layer what TFLite's
//! converter makes of the same Keras network: per block a `CONV_2D` (3x3,
//! `SAME`, ReLU fused) and a `MAX_POOL_2D` (2x2, stride 2, `VALID`, the
//! convolution's quantization kept), then a `FULLY_CONNECTED` per dense
//! layer, reading the last pool flattened (NHWC, as the float network does).
//!
//! Every layer rounds twice, as TensorFlow Lite Micro and CMSIS-NN do: the
//! Cortex-M4's assembly store takes that path (stitch's MLP chains round
//! once, as LiteRT does; either is TFLite's arithmetic).

use stitch_core::conv::{FeatureMap, Padding, Window};
use stitch_core::writer::{GraphLayerSpec, GraphSpec, OpSpec};
use stitch_core::{Activation, Quantization, Rounding};

use super::calibrate::{activation_params, Range};
use super::{class_output, image_input, quantize_channels, INPUT};
use crate::float::conv::{KERNEL, POOL};
use crate::float::FloatNet;

/// The graph of `net`, its activations quantized from `ranges` (one per
/// block's convolution, then one per dense layer: [`super::layer_ranges`]).
pub(super) fn quantize(net: &FloatNet, ranges: &[Range], name: &str) -> GraphSpec {
    let convolution = Window {
        height: KERNEL,
        width: KERNEL,
        stride_height: 1,
        stride_width: 1,
        padding: Padding::Same,
    };
    let pool = Window {
        height: POOL,
        width: POOL,
        stride_height: POOL,
        stride_width: POOL,
        padding: Padding::Valid,
    };
    let mut ranges = ranges.iter().copied();
    // (One range per output: `layer_ranges` ran this very network.)
    let no_range = Range { min: 0.0, max: 0.0 };
    let mut next_range = || activation_params(ranges.next().unwrap_or(no_range));
    let mut layers = Vec::with_capacity(2 * net.convs.len() + net.layers.len());
    let mut read = INPUT;
    let layer = |op, output, activation| GraphLayerSpec {
        op,
        output,
        activation,
        rounding: Rounding::Double,
    };
    for (b, conv) in net.convs.iter().enumerate() {
        let side = FloatNet::side_before(b);
        let (scale, zero_point) = next_range();
        let output = Quantization { scale, zero_point };
        let channels = quantize_channels(&conv.filter_rows(), read.scale, scale);
        let input = layers.len();
        layers.push(layer(
            OpSpec::Conv2d {
                input,
                map: FeatureMap {
                    height: side,
                    width: side,
                    channels: conv.in_channels,
                },
                window: convolution,
                channels,
            },
            output,
            Activation::Relu,
        ));
        layers.push(layer(
            OpSpec::MaxPool2d {
                input: input + 1,
                map: FeatureMap {
                    height: side,
                    width: side,
                    channels: conv.out_channels,
                },
                window: pool,
            },
            output,
            Activation::None,
        ));
        read = output;
    }
    let last = net.layers.len().saturating_sub(1);
    for (i, dense) in net.layers.iter().enumerate() {
        let (scale, zero_point) = next_range();
        let output = Quantization { scale, zero_point };
        let channels = quantize_channels(dense, read.scale, scale);
        let activation = if i < last {
            Activation::Relu
        } else {
            Activation::None
        };
        let input = layers.len();
        layers.push(layer(
            OpSpec::FullyConnected { input, channels },
            output,
            activation,
        ));
        read = output;
    }
    GraphSpec {
        name: name.to_string(),
        origin: None,
        input: image_input(),
        output: class_output(),
        layers,
    }
}

#[cfg(test)]
mod tests {
    use stitch_core::{LayerKind, Model};

    use super::super::{quantize, Calibration, QuantizedSpec};
    use crate::data::{Dataset, PIXELS};
    use crate::float::tests::tiny_cnn;

    /// The tiny CNN quantizes to a graph the reader accepts, layer for
    /// layer, whose dequantized logits follow the float ones within a few
    /// steps of the output's scale.
    #[test]
    fn a_cnn_becomes_a_graph_that_follows_the_float_network() {
        let float = tiny_cnn();
        let images: Vec<u8> = (0..8 * PIXELS).map(|i| (i * 53 % 256) as u8).collect();
        let data = Dataset {
            images,
            labels: vec![0; 8],
        };
        let spec = quantize(&float, &data, Calibration::Minmax, "tiny");
        assert!(matches!(spec, QuantizedSpec::Graph(_)));
        let bytes = spec.to_bytes().expect("the writer accepts it");
        let model = Model::from_bytes(&bytes).expect("the reader accepts it");
        let kinds: Vec<LayerKind> = model.layers().iter().map(|l| l.kind()).collect();
        use LayerKind::{Conv2d, FullyConnected, MaxPool2d};
        let expected = [
            Conv2d,
            MaxPool2d,
            Conv2d,
            MaxPool2d,
            FullyConnected,
            FullyConnected,
        ];
        assert_eq!(kinds, expected);
        let lengths: Vec<(usize, usize)> = model
            .layers()
            .iter()
            .map(|l| (l.in_len(), l.out_len()))
            .collect();
        assert_eq!(lengths, float.int8_lengths());

        let output = model.output_quantization();
        let mut arena = vec![0u32; model.arena_bytes().div_ceil(4)];
        for i in 0..data.len() {
            let input: Vec<i8> = data.image(i).iter().map(|&p| (p ^ 0x80) as i8).collect();
            let logits = stitch_core::graph::infer(&model, &input, &mut arena).unwrap();
            let expected = float.forward_all(data.image(i)).pop().unwrap();
            for (&q, f) in logits.iter().zip(expected) {
                let dequantized = output.scale * (q as f32 - output.zero_point as f32);
                assert!(
                    (dequantized - f).abs() <= 4.0 * output.scale,
                    "image {i}: int8 {dequantized}, float {f} (scale {})",
                    output.scale
                );
            }
        }
    }
}
