//! Graph models: the golden file, the plan, what `graph::infer` computes
//! and refuses, and every truncation and bit flip refused without a panic.
#![cfg(feature = "alloc")]

mod common;

use common::graph::{tiny_graph_spec, TINY_GRAPH_PATH};
use stitch_core::conv::{self, Add, Requantization};
use stitch_core::writer::{activation_range, graph_to_bytes, OpSpec};
use stitch_core::{graph, Engine, Error, LayerKind, Model};

#[test]
fn golden_graph_file_is_what_the_writer_writes() {
    let bytes = graph_to_bytes(&tiny_graph_spec()).unwrap();
    if std::env::var_os("STITCH_UPDATE_GOLDEN").is_some() {
        std::fs::write(TINY_GRAPH_PATH, &bytes).unwrap();
    }
    let golden = std::fs::read(TINY_GRAPH_PATH).unwrap();
    assert_eq!(
        bytes, golden,
        "format changed: rerun with STITCH_UPDATE_GOLDEN=1 and bump VERSION"
    );
}

#[test]
fn the_reader_gives_back_every_layer_as_written() {
    let spec = tiny_graph_spec();
    let bytes = graph_to_bytes(&spec).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    assert!(model.is_graph());
    let kinds: Vec<LayerKind> = model.layers().iter().map(|l| l.kind()).collect();
    use LayerKind::*;
    assert_eq!(
        kinds,
        [
            Conv2d,
            DepthwiseConv2d,
            Add,
            MaxPool2d,
            AveragePool2d,
            FullyConnected
        ]
    );
    let outs: Vec<usize> = model.layers().iter().map(|l| l.out_len()).collect();
    assert_eq!(outs, [32, 32, 32, 8, 2, 3]);
    assert_eq!(model.input_len(), 16);
    assert_eq!(model.layers()[2].reads(), Some((1, Some(2))));
    assert_eq!(model.layers()[0].macs(), 32 * 9);
    assert_eq!(model.layers()[5].macs(), 2 * 3);
    for (layer, spec) in model.layers().iter().zip(&spec.layers) {
        assert_eq!(layer.output_quantization(), spec.output);
        assert_eq!(layer.rounding(), spec.rounding);
        let inputs: Vec<usize> = spec.op.inputs().collect();
        let (first, second) = layer.reads().unwrap();
        assert_eq!(
            inputs,
            [first].into_iter().chain(second).collect::<Vec<_>>()
        );
    }
}

/// The plan: the conv's output stays alive across the depthwise layer (the
/// ADD reads it), so the two never share bytes; the ADD, its last reader,
/// writes its sums over it. The arena is the peak: the first convolution's
/// output (32 B) and its scratch (two pixels' 9 gathered values in 3 words
/// each, the Cortex-M4 kernel's 64 words of unpacked input and 2 + 3
/// partial sums per pixel: 80 words).
#[test]
fn the_plan_keeps_the_residual_apart_and_fits_the_peak() {
    let bytes = graph_to_bytes(&tiny_graph_spec()).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    let region = |i: usize| {
        let layer = &model.layers()[i];
        let start = layer.arena_offset().unwrap();
        start..start + layer.out_len()
    };
    let apart =
        |a: std::ops::Range<usize>, b: std::ops::Range<usize>| a.end <= b.start || b.end <= a.start;
    assert!(apart(region(0), region(1)));
    assert_eq!(region(2), region(0));
    assert!(apart(region(1), region(2)));
    assert_eq!(model.arena_bytes(), 32 + 4 * 80);
}

/// `graph::infer` equals the kernels run by hand, layer by layer.
#[test]
fn inference_is_the_kernels_layer_by_layer() {
    let spec = tiny_graph_spec();
    let input: Vec<i8> = (0..16).map(|i| (i * 29 % 200 - 100) as i8).collect();
    let got = infer(&spec, &input);
    assert_eq!(got, reference(&spec, &input));
    // Not a degenerate model: the logits differ from one another.
    assert!(got.iter().any(|&v| v != got[0]), "{got:?}");
}

/// A 1x1 convolution whose input nobody reads after it writes over it: the
/// plan gives the two one buffer, and the result is still the kernels'.
#[test]
fn a_pointwise_convolution_writes_over_its_input() {
    let spec = common::graph::pointwise_spec();
    let bytes = graph_to_bytes(&spec).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    let offsets: Vec<usize> = model
        .layers()
        .iter()
        .map(|l| l.arena_offset().unwrap())
        .collect();
    assert_eq!(
        offsets[1], offsets[0],
        "the 1x1 layer's output over its input"
    );
    let input: Vec<i8> = (0..36).map(|i| (i * 53 % 256 - 128) as i8).collect();
    let got = infer(&spec, &input);
    assert_eq!(got, reference(&spec, &input));
    assert!(got.iter().any(|&v| v != got[0]), "{got:?}");
}

/// `spec` written, read and run by `graph::infer` on `input`.
fn infer(spec: &stitch_core::writer::GraphSpec, input: &[i8]) -> Vec<i8> {
    let bytes = graph_to_bytes(spec).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    let mut arena = vec![0u32; model.arena_bytes() / 4];
    graph::infer(&model, input, &mut arena).unwrap().to_vec()
}

/// `spec` run layer by layer with `stitch_core::conv`'s reference kernels
/// (TFLite's weight order, no folding, no scratch).
fn reference(spec: &stitch_core::writer::GraphSpec, input: &[i8]) -> Vec<i8> {
    let mut tensors = vec![input.to_vec()];
    let mut quantizations = vec![spec.input.quantization];
    for layer in &spec.layers {
        let mut out = vec![0i8; layer.op.out_len().unwrap()];
        let range = activation_range(layer.activation, layer.output);
        let clamp = (*range.start(), *range.end());
        let words = |v: &[i32]| -> Vec<u8> { v.iter().flat_map(|x| x.to_le_bytes()).collect() };
        let requantize = |c: &stitch_core::writer::ChannelsSpec, input: usize| {
            (
                words(&c.biases),
                words(&c.multipliers),
                c.shifts.iter().map(|&s| s as u8).collect::<Vec<_>>(),
                quantizations[input].zero_point,
            )
        };
        match &layer.op {
            OpSpec::Conv2d {
                input,
                map,
                window,
                channels,
            }
            | OpSpec::DepthwiseConv2d {
                input,
                map,
                window,
                channels,
            } => {
                let (b, m, s, zero_point) = requantize(channels, *input);
                let r = Requantization {
                    biases: &b,
                    multipliers: &m,
                    shifts: &s,
                    rounding: layer.rounding,
                    input_zero_point: zero_point,
                    output_zero_point: layer.output.zero_point,
                    clamp,
                };
                if matches!(layer.op, OpSpec::Conv2d { .. }) {
                    conv::conv2d(
                        &tensors[*input],
                        *map,
                        &channels.weights,
                        *window,
                        &r,
                        &mut out,
                    )
                    .unwrap();
                } else {
                    conv::depthwise_conv2d(
                        &tensors[*input],
                        *map,
                        &channels.weights,
                        *window,
                        &r,
                        &mut out,
                    )
                    .unwrap();
                }
            }
            OpSpec::FullyConnected { input, channels } => {
                let (b, m, s, zero_point) = requantize(channels, *input);
                let x = &tensors[*input];
                for (o, row) in channels.weights.chunks(x.len()).enumerate() {
                    let acc: i32 = row
                        .iter()
                        .zip(x)
                        .map(|(&w, &v)| i32::from(w) * (i32::from(v) - i32::from(zero_point)))
                        .sum();
                    let word =
                        |d: &[u8]| i32::from_le_bytes(d[4 * o..4 * o + 4].try_into().unwrap());
                    out[o] = stitch_core::requant::to_int8(
                        acc + word(&b),
                        word(&m),
                        s[o] as i8,
                        layer.rounding,
                        layer.output.zero_point,
                        clamp.0,
                        clamp.1,
                    );
                }
            }
            OpSpec::MaxPool2d { input, map, window } => {
                conv::max_pool2d(&tensors[*input], *map, *window, clamp, &mut out).unwrap();
            }
            OpSpec::AveragePool2d { input, map, window } => {
                conv::average_pool2d(&tensors[*input], *map, *window, clamp, &mut out).unwrap();
            }
            OpSpec::Add { inputs, .. } => {
                let add = Add::new(
                    quantizations[inputs[0]],
                    quantizations[inputs[1]],
                    layer.output,
                    clamp,
                    layer.rounding,
                )
                .unwrap();
                add.apply(&tensors[inputs[0]], &tensors[inputs[1]], &mut out)
                    .unwrap();
            }
        }
        tensors.push(out);
        quantizations.push(layer.output);
    }
    tensors.pop().unwrap()
}

#[test]
fn graph_and_chain_models_refuse_the_other_runner() {
    let bytes = graph_to_bytes(&tiny_graph_spec()).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    let words = model.arena_bytes() / 4;
    let mut arena = vec![0u32; words];
    let input = [0i8; 16];
    assert_eq!(
        graph::infer(&model, &input, &mut arena[..words - 1]),
        Err(Error::ArenaSize {
            needed: 4 * words,
            found: 4 * words - 4
        })
    );
    assert_eq!(
        graph::infer(&model, &input[..15], &mut arena),
        Err(Error::Length {
            expected: 16,
            found: 15
        })
    );
    let mut engine = Engine::<64>::new();
    assert_eq!(
        engine.infer_int8(&model, &input).map(|_| ()),
        Err(Error::GraphModel)
    );
    // One layer at a time, as `infer` runs them; none past the last.
    let mut stepped = vec![0u32; words];
    for index in 0..model.layers().len() {
        graph::infer_layer(&model, index, &input, &mut stepped).unwrap();
    }
    assert_eq!(stepped, {
        let mut whole = vec![0u32; words];
        graph::infer(&model, &input, &mut whole).unwrap();
        whole
    });
    assert_eq!(
        graph::infer_layer(&model, 6, &input, &mut stepped),
        Err(Error::LayerIndex {
            index: 6,
            layers: 6
        })
    );
    let chain_bytes = std::fs::read(common::TINY_PATH).unwrap();
    let chain = Model::from_bytes(&chain_bytes).unwrap();
    assert_eq!(chain.arena_bytes(), 0);
    assert_eq!(
        graph::infer(&chain, &[0; 4], &mut arena),
        Err(Error::ChainModel)
    );
}

/// Plans and wiring the reader refuses, each with its own error.
#[test]
fn the_reader_refuses_bad_wiring_and_overlapping_plans() {
    // A layer reading a tensor not yet written.
    let mut spec = tiny_graph_spec();
    spec.layers[2].op = OpSpec::Add {
        inputs: [1, 4],
        len: 32,
    };
    assert_eq!(
        graph_to_bytes(&spec),
        Err(Error::TensorIndex {
            layer: 2,
            tensor: 4
        })
    );
    // A convolution whose accumulator could leave i32: a bias near the top
    // and positive weights, on an input that may take any value.
    let mut spec = tiny_graph_spec();
    if let OpSpec::Conv2d { channels, .. } = &mut spec.layers[0].op {
        channels.biases[0] = i32::MAX - 10;
    }
    assert_eq!(
        graph_to_bytes(&spec),
        Err(Error::BiasRange {
            layer: 0,
            channel: 0
        })
    );
    // A pool that changes its input's quantization.
    let mut spec = tiny_graph_spec();
    spec.layers[3].output.zero_point += 1;
    assert_eq!(
        graph_to_bytes(&spec),
        Err(Error::PoolQuantization { layer: 3 })
    );
    // A layer whose input length is not its tensor's.
    let mut spec = tiny_graph_spec();
    spec.layers[2].op = OpSpec::Add {
        inputs: [0, 2],
        len: 32,
    };
    assert_eq!(
        graph_to_bytes(&spec),
        Err(Error::LayerShape {
            layer: 2,
            expected_in: 16,
            found_in: 32
        })
    );
}

/// A plan whose outputs overlap a live tensor: the file's offsets rewritten
/// so that the `ADD` writes over the depthwise layer's output, which it reads.
#[test]
fn an_overlapping_plan_is_refused() {
    let bytes = graph_to_bytes(&tiny_graph_spec()).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    let varint = |offset: usize| -> Vec<u8> {
        let (mut v, mut out) = (offset, vec![]);
        while v >= 128 {
            out.push((v as u8) | 128);
            v >>= 7;
        }
        out.push(v as u8);
        out
    };
    let (depthwise, add) = (
        varint(model.layers()[1].arena_offset().unwrap()),
        varint(model.layers()[2].arena_offset().unwrap()),
    );
    // The ADD's record: its tag (6), input 1, offset, scratch 0, tensor 2,
    // 32 values.
    let record = |offset: &[u8]| [&[6, 1][..], offset, &[0, 2, 32]].concat();
    let body = &bytes[stitch_core::format::HEADER_LEN..bytes.len() - 4];
    let at = body
        .windows(record(&add).len())
        .position(|w| w == record(&add))
        .expect("the ADD's record");
    // The depthwise offset in as many bytes (a varint padded with
    // continuation bytes), so that the weights after it stay aligned.
    let mut depthwise = depthwise;
    while depthwise.len() < add.len() {
        let last = depthwise.len() - 1;
        depthwise[last] |= 128;
        depthwise.push(0);
    }
    let mut body = body.to_vec();
    body.splice(at..at + record(&add).len(), record(&depthwise));
    let file = stitch_core::format::seal(stitch_core::format::VERSION, &body);
    let read = Model::from_bytes(&file).map(|_| ());
    assert_eq!(read, Err(Error::ArenaOverlap { layer: 2 }));
}

/// Every truncation and every bit flip of the graph file is refused or
/// read, never a panic; whatever reads (with an input of the same length
/// and a 4 KB arena) also runs. `--nocapture` prints the counts by outcome
/// (`docs/ROBUSTNESS.md`).
#[test]
fn every_truncation_and_bit_flip_is_refused_or_runs() {
    let bytes = graph_to_bytes(&tiny_graph_spec()).unwrap();
    let input = [7i8; 16];
    let mut arena = vec![0u32; 1024];
    for len in 0..bytes.len() {
        assert!(
            Model::from_bytes(&bytes[..len]).is_err(),
            "truncated to {len}"
        );
    }
    let body = &bytes[stitch_core::format::HEADER_LEN..bytes.len() - 4];
    let (mut read, mut ran) = (0, 0);
    let mut refused = std::collections::BTreeMap::<String, usize>::new();
    for bit in 0..8 * body.len() {
        let mut body = body.to_vec();
        body[bit / 8] ^= 1 << (bit % 8);
        // Re-sealed, so the flip reaches the body's checks, not only the CRC.
        let file = stitch_core::format::seal(stitch_core::format::VERSION, &body);
        let model = match Model::from_bytes(&file) {
            Ok(model) => model,
            Err(error) => {
                let name = format!("{error:?}");
                let variant = name.split([' ', '(']).next().unwrap_or("").to_string();
                *refused.entry(variant).or_default() += 1;
                continue;
            }
        };
        read += 1;
        if model.arena_bytes() <= 4 * arena.len() && model.input_len() == input.len() {
            // Whatever reads runs: validation covers what the kernels need.
            graph::infer(&model, &input, &mut arena).expect("a validated graph runs");
            ran += 1;
        }
    }
    eprintln!(
        "{} bit flips: refused {refused:?}, read {read}, ran {ran}",
        8 * body.len()
    );
    // Flips inside weights, biases and scales leave a valid model.
    assert!(read > 0);
}
