//! MLPerf Tiny's keyword-spotting network (DS-CNN: CONV_2D, DEPTHWISE_CONV_2D,
//! AVERAGE_POOL_2D, RESHAPE, FULLY_CONNECTED, SOFTMAX) and image
//! classification network (ResNet-8: CONV_2D and ADD, then the same ending)
//! and visual wake words network (MobileNet, the first ops again) run
//! operator by operator with stitch-core's kernels, straight from the
//! `.tflite`: their logits and int8 softmax on the reference inputs equal
//! LiteRT's (which rounds twice in the convolutions and ADD and once in the
//! fully connected layer) and CMSIS-NN's (twice everywhere) byte for byte.
//!
//! The model format does not hold convolutional layers yet; this walk over
//! the TFLite graph is the test's, the arithmetic is all stitch-core's.

use std::collections::HashMap;
use std::path::PathBuf;

use stitch_core::conv::{self, Add, FeatureMap, Padding, Requantization, Window};
use stitch_core::requant::{effective_scale, quantize_multiplier, to_int8};
use stitch_core::softmax::Int8Softmax;
use stitch_core::writer::{activation_range, peak_live_bytes, plan_arena, Lifetime};
use stitch_core::{Quantization, Rounding};
use stitch_import::graph::{self, BuiltinOperator as Op, Fused, Graph, Operator, Options, Tensor};

fn data(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data/mlperf-tiny")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A runtime's reference `output` (`logits` or `softmax`) for the first
/// `count` inputs of the model named by `prefix`.
fn reference(prefix: &str, output: &str, runtime: &Runtime, count: usize) -> Vec<u8> {
    data(&format!(
        "{prefix}-{output}-{}-first{count}.bin",
        runtime.name
    ))
}

/// How a runtime rounds: in the convolutions, and in FULLY_CONNECTED.
struct Runtime {
    name: &'static str,
    conv: Rounding,
    dense: Rounding,
}

const LITERT: Runtime = Runtime {
    name: "litert",
    conv: Rounding::Double,
    dense: Rounding::Single,
};
const CMSIS_NN: Runtime = Runtime {
    name: "cmsis-nn-double",
    conv: Rounding::Double,
    dense: Rounding::Double,
};

fn quantization(t: &Tensor<'_>) -> Quantization {
    let q = t.quantization.as_ref().expect("a quantized tensor");
    Quantization {
        scale: q.scales[0],
        zero_point: q.zero_points[0] as i8,
    }
}

fn map(t: &Tensor<'_>) -> FeatureMap {
    let [1, height, width, channels] = t.shape[..] else {
        panic!("{}: not [1, h, w, c]: {:?}", t.name, t.shape)
    };
    FeatureMap {
        height: height as usize,
        width: width as usize,
        channels: channels as usize,
    }
}

fn clamp(activation: Fused, output: Quantization) -> (i8, i8) {
    let activation = graph::activation(activation).expect("an activation stitch runs");
    let range = activation_range(activation, output);
    (*range.start(), *range.end())
}

fn window(padding: graph::Padding, stride: (i32, i32), size: (usize, usize)) -> Window {
    Window {
        height: size.0,
        width: size.1,
        stride_height: stride.0 as usize,
        stride_width: stride.1 as usize,
        padding: match padding {
            graph::Padding::Same => Padding::Same,
            graph::Padding::Valid => Padding::Valid,
        },
    }
}

/// A convolution's weights, per-channel multipliers and shifts, and biases.
struct Channels<'b> {
    weights: Vec<i8>,
    multipliers: Vec<i32>,
    shifts: Vec<i8>,
    biases: Vec<i32>,
    weight_tensor: &'b Tensor<'b>,
}

fn channels<'b>(
    g: &'b Graph<'b>,
    op: &Operator,
    input: Quantization,
    output: Quantization,
) -> Channels<'b> {
    let weights = &g.tensors[op.input(1).unwrap()];
    let bias = &g.tensors[op.input(2).unwrap()];
    let scales = &weights.quantization.as_ref().unwrap().scales;
    // Only a fully connected layer with one weight scale rounds the scales'
    // product to f32; convolutions never do.
    let f32_product = op.is(Op::FullyConnected) && scales.len() == 1;
    let (multipliers, shifts) = scales
        .iter()
        .map(|&w| quantize_multiplier(effective_scale(input.scale, w, output.scale, f32_product)))
        .unzip();
    Channels {
        weights: weights.data.unwrap().iter().map(|&b| b as i8).collect(),
        multipliers,
        shifts,
        biases: bias
            .data
            .unwrap()
            .chunks_exact(4)
            .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect(),
        weight_tensor: weights,
    }
}

/// `CONV_2D` or `DEPTHWISE_CONV_2D`: the window (from the weights' shape)
/// and the clamp, into `y`.
fn convolution(
    g: &Graph<'_>,
    op: &Operator,
    x: &[i8],
    (window, clamp): (impl Fn(&[i32]) -> Window, (i8, i8)),
    runtime: &Runtime,
    y: &mut [i8],
) {
    let (input, output) = (&g.tensors[op.input(0).unwrap()], &g.tensors[op.outputs[0]]);
    let (qi, qo) = (quantization(input), quantization(output));
    let c = channels(g, op, qi, qo);
    let requantization = Requantization {
        biases: &c.biases,
        multipliers: &c.multipliers,
        shifts: &c.shifts,
        rounding: runtime.conv,
        input_zero_point: qi.zero_point,
        output_zero_point: qo.zero_point,
        clamp,
    };
    let w = window(&c.weight_tensor.shape);
    let got = if op.is(Op::Conv2d) {
        conv::conv2d(x, map(input), &c.weights, w, &requantization, y)
    } else {
        conv::depthwise_conv2d(x, map(input), &c.weights, w, &requantization, y)
    };
    assert_eq!(got.unwrap(), map(output), "{}", op.label());
}

/// `FULLY_CONNECTED`, with stitch-core's requantization, into `y`.
fn fully_connected(
    g: &Graph<'_>,
    op: &Operator,
    x: &[i8],
    (min, max): (i8, i8),
    runtime: &Runtime,
    y: &mut [i8],
) {
    let (qi, qo) = (
        quantization(&g.tensors[op.input(0).unwrap()]),
        quantization(&g.tensors[op.outputs[0]]),
    );
    let c = channels(g, op, qi, qo);
    for (o, (row, out)) in c.weights.chunks_exact(x.len()).zip(y).enumerate() {
        let acc: i32 = row
            .iter()
            .zip(x)
            .map(|(&w, &v)| i32::from(w) * (i32::from(v) - i32::from(qi.zero_point)))
            .sum();
        let channel = o.min(c.multipliers.len() - 1);
        *out = to_int8(
            acc + c.biases[o],
            c.multipliers[channel],
            c.shifts[channel],
            runtime.dense,
            qo.zero_point,
            min,
            max,
        );
    }
}

/// Runs `op` on the values of its input tensors; returns its output's.
fn run(
    g: &Graph<'_>,
    op: &Operator,
    values: &HashMap<usize, Vec<i8>>,
    runtime: &Runtime,
) -> Vec<i8> {
    let x = &values[&op.input(0).unwrap()][..];
    let input = &g.tensors[op.input(0).unwrap()];
    let output = &g.tensors[op.outputs[0]];
    let out_len: usize = output.shape.iter().map(|&d| d as usize).product();
    let mut y = vec![0i8; out_len];
    let (qi, qo) = (quantization(input), quantization(output));
    match op.options {
        Options::Conv2d {
            padding,
            stride,
            activation,
            ..
        }
        | Options::DepthwiseConv2d {
            padding,
            stride,
            activation,
            ..
        } => {
            let w = |shape: &[i32]| window(padding, stride, (shape[1] as usize, shape[2] as usize));
            convolution(g, op, x, (w, clamp(activation, qo)), runtime, &mut y);
        }
        Options::Pool2d {
            padding,
            stride,
            filter,
            activation,
        } => {
            let w = window(padding, stride, (filter.0 as usize, filter.1 as usize));
            let got = if op.is(Op::AveragePool2d) {
                conv::average_pool2d(x, map(input), w, clamp(activation, qo), &mut y)
            } else {
                conv::max_pool2d(x, map(input), w, clamp(activation, qo), &mut y)
            };
            assert_eq!(got.unwrap(), map(output), "{}", op.label());
        }
        Options::FullyConnected { activation, .. } => {
            fully_connected(g, op, x, clamp(activation, qo), runtime, &mut y);
        }
        Options::Add { activation } => {
            let other = op.input(1).unwrap();
            let add = Add::new(
                qi,
                quantization(&g.tensors[other]),
                qo,
                clamp(activation, qo),
                runtime.conv,
            )
            .unwrap();
            add.apply(x, &values[&other], &mut y).unwrap();
        }
        Options::Softmax { beta } => {
            Int8Softmax::new(qi.scale, beta)
                .unwrap()
                .apply(x, &mut y)
                .unwrap();
        }
        _ if op.is(Op::Reshape) => y.copy_from_slice(x),
        _ => panic!("{} is not in these networks", op.label()),
    }
    y
}

/// Runs `model` on its `count` reference inputs of `input_len` values, for
/// both runtimes: the logits and the softmax must be theirs.
fn bit_exact(model: &str, prefix: &str, count: usize, input_len: usize, classes: usize) {
    let bytes = data(model);
    let g = graph::read(&bytes).unwrap();
    let inputs = data(&format!("{prefix}-inputs-first{count}.bin"));
    assert_eq!(inputs.len(), count * input_len);
    let fully_connected = g
        .operators
        .iter()
        .position(|op| op.is(Op::FullyConnected))
        .unwrap();
    for runtime in [LITERT, CMSIS_NN] {
        let logits = reference(prefix, "logits", &runtime, count);
        let softmax = reference(prefix, "softmax", &runtime, count);
        for (i, x) in inputs.chunks_exact(input_len).enumerate() {
            let expected = i * classes..(i + 1) * classes;
            let mut values: HashMap<usize, Vec<i8>> = HashMap::new();
            values.insert(g.inputs[0], x.iter().map(|&b| b as i8).collect());
            for op in &g.operators {
                let y = run(&g, op, &values, &runtime);
                if op.index == fully_connected {
                    let want: Vec<i8> = logits[expected.clone()].iter().map(|&b| b as i8).collect();
                    assert_eq!(y, want, "{prefix} {} logits, input {i}", runtime.name);
                }
                values.insert(op.outputs[0], y);
            }
            let got: Vec<u8> = values[&g.outputs[0]].iter().map(|&q| q as u8).collect();
            assert_eq!(
                got, &softmax[expected],
                "{prefix} {} softmax, input {i}",
                runtime.name
            );
        }
    }
}

#[test]
fn keyword_spotting_runs_bit_exact_with_litert_and_cmsis_nn() {
    bit_exact("kws-ds-cnn-int8.tflite", "kws", 20, 49 * 10, 12);
}

#[test]
fn image_classification_runs_bit_exact_with_litert_and_cmsis_nn() {
    bit_exact("ic-resnet8-int8.tflite", "ic", 20, 32 * 32 * 3, 10);
}

#[test]
fn visual_wake_words_runs_bit_exact_with_litert_and_cmsis_nn() {
    bit_exact("vww-mobilenet-int8.tflite", "vww", 10, 96 * 96 * 3, 2);
}

/// The softmax alone: each runtime's reference logits through stitch-core's
/// int8 softmax (input scale and beta from the model) give its softmax bytes.
#[test]
fn int8_softmax_of_the_reference_logits_is_tflites() {
    for (model, prefix, count, classes) in [
        ("kws-ds-cnn-int8.tflite", "kws", 20, 12),
        ("ic-resnet8-int8.tflite", "ic", 20, 10),
        ("vww-mobilenet-int8.tflite", "vww", 10, 2),
    ] {
        let bytes = data(model);
        let g = graph::read(&bytes).unwrap();
        let op = g.operators.iter().find(|op| op.is(Op::Softmax)).unwrap();
        let Options::Softmax { beta } = op.options else {
            panic!("{}: no softmax options", op.label());
        };
        let scale = quantization(&g.tensors[op.input(0).unwrap()]).scale;
        let softmax = Int8Softmax::new(scale, beta).unwrap();
        for runtime in [LITERT, CMSIS_NN] {
            let logits = reference(prefix, "logits", &runtime, count);
            let want = reference(prefix, "softmax", &runtime, count);
            for (row, (x, y)) in logits.chunks(classes).zip(want.chunks(classes)).enumerate() {
                let x: Vec<i8> = x.iter().map(|&b| b as i8).collect();
                let mut got = vec![0i8; classes];
                softmax.apply(&x, &mut got).unwrap();
                let got: Vec<u8> = got.iter().map(|&q| q as u8).collect();
                assert_eq!(
                    got, y,
                    "{prefix} {} vector {row}: logits {x:?}",
                    runtime.name
                );
            }
        }
    }
}

/// The activations of `g` as tensors to plan, one per buffer: each from the
/// operator that writes it (0 for the input) to the last that reads it; a
/// RESHAPE's output is its input's buffer (nothing moves), so it only makes
/// that buffer live longer.
fn lifetimes(g: &Graph<'_>) -> Vec<Lifetime> {
    let bytes = |t: usize| g.tensors[t].shape.iter().map(|&d| d as usize).product();
    // Buffer of each tensor: its own, or for a RESHAPE output its input's.
    let mut buffer: HashMap<usize, usize> = HashMap::new();
    let mut lives: HashMap<usize, Lifetime> = HashMap::new();
    for &input in &g.inputs {
        buffer.insert(input, input);
        lives.insert(
            input,
            Lifetime {
                bytes: bytes(input),
                first: 0,
                last: 0,
            },
        );
    }
    for op in &g.operators {
        for input in op.inputs.iter().flatten() {
            if let Some(life) = buffer.get(input).and_then(|b| lives.get_mut(b)) {
                life.last = op.index;
            }
        }
        let output = op.outputs[0];
        if op.is(Op::Reshape) {
            buffer.insert(output, buffer[&op.input(0).unwrap()]);
        } else {
            buffer.insert(output, output);
            lives.insert(
                output,
                Lifetime {
                    bytes: bytes(output),
                    first: op.index,
                    last: op.index,
                },
            );
        }
    }
    let end = g.operators.len() - 1;
    for output in &g.outputs {
        lives.get_mut(&buffer[output]).unwrap().last = end;
    }
    let mut lives: Vec<(usize, Lifetime)> = lives.into_iter().collect();
    lives.sort_by_key(|&(t, _)| t);
    lives.into_iter().map(|(_, life)| life).collect()
}

/// The arena stitch plans for each network's activations (its kernels need
/// no scratch) is within what the networks' peak live activations need, and
/// no larger than CMSIS-NN's activations plus scratch.
#[test]
fn planned_arenas_fit_the_peak_and_beat_cmsis_nn() {
    // (model, the README's peak live activations, CMSIS-NN's activations + scratch)
    for (model, peak, cmsis_nn) in [
        ("kws-ds-cnn-int8.tflite", 16_000, 16_256),
        ("ic-resnet8-int8.tflite", 49_152, 51_456),
        ("vww-mobilenet-int8.tflite", 55_296, 56_320),
    ] {
        let bytes = data(model);
        let g = graph::read(&bytes).unwrap();
        let tensors = lifetimes(&g);
        let plan = plan_arena(&tensors).expect("valid lifetimes");
        eprintln!(
            "{model}: arena {} B, peak live {} B, CMSIS-NN {cmsis_nn} B",
            plan.bytes,
            peak_live_bytes(&tensors)
        );
        assert_eq!(peak_live_bytes(&tensors), peak, "{model}");
        assert_eq!(plan.bytes, peak, "{model}: the plan reaches the peak");
        assert!(plan.bytes <= cmsis_nn, "{model}");
    }
}
