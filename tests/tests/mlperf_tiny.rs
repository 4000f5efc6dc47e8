//! MLPerf Tiny's keyword-spotting network (DS-CNN: CONV_2D, DEPTHWISE_CONV_2D,
//! AVERAGE_POOL_2D, RESHAPE, FULLY_CONNECTED, SOFTMAX), image
//! classification network (ResNet-8: CONV_2D and ADD, then the same ending)
//! and visual wake words network (MobileNet, the first ops again), imported
//! from their `.tflite` as graph models and run by `stitch_core::graph`:
//! their logits and int8 softmax on the reference inputs equal LiteRT's
//! (`--match litert`: twice in the convolutions and ADD, once in the fully
//! connected layer) and CMSIS-NN's (`--match tflm`: twice everywhere) byte
//! for byte.

use std::path::PathBuf;

use stitch_core::softmax::Int8Softmax;
use stitch_core::writer::OriginSpec;
use stitch_core::{graph, Model};
use stitch_import::graph::{BuiltinOperator as Op, Options};
use stitch_import::{Match, Request};

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

/// A runtime whose reference outputs the tests hold, and what `stitch
/// import` is asked to match for it.
struct Runtime {
    name: &'static str,
    matching: Match,
}

const LITERT: Runtime = Runtime {
    name: "litert",
    matching: Match::Litert,
};
const CMSIS_NN: Runtime = Runtime {
    name: "cmsis-nn-double",
    matching: Match::Tflm,
};

/// Imports `model` matching `runtime`: a graph model, read back.
fn import(model: &str, runtime: &Runtime) -> Vec<u8> {
    let request = Request {
        name: model.into(),
        origin: OriginSpec {
            source: model.into(),
            sha256: [0; 32],
        },
        matching: runtime.matching,
        class_names: None,
    };
    let imported = stitch_import::import(&data(model), request).expect("imports");
    assert!(Model::from_bytes(&imported.bytes).unwrap().is_graph());
    imported.bytes
}

/// Imports `model` both ways and runs it on its `count` reference inputs of
/// `input_len` values: the logits and the int8 softmax of them must be the
/// runtime's, byte for byte.
fn bit_exact(model: &str, prefix: &str, count: usize, input_len: usize, classes: usize) {
    let inputs = data(&format!("{prefix}-inputs-first{count}.bin"));
    assert_eq!(inputs.len(), count * input_len);
    for runtime in [LITERT, CMSIS_NN] {
        let bytes = import(model, &runtime);
        let model = Model::from_bytes(&bytes).unwrap();
        let softmax = Int8Softmax::new(model.output_quantization().scale, 1.0).unwrap();
        let logits = reference(prefix, "logits", &runtime, count);
        let probabilities = reference(prefix, "softmax", &runtime, count);
        let mut arena = vec![0u32; model.arena_bytes() / 4];
        for (i, x) in inputs.chunks_exact(input_len).enumerate() {
            let x: Vec<i8> = x.iter().map(|&b| b as i8).collect();
            let got = graph::infer(&model, &x, &mut arena).unwrap();
            let expected = i * classes..(i + 1) * classes;
            assert_eq!(
                as_bytes(got),
                &logits[expected.clone()],
                "{prefix} {} logits, input {i}",
                runtime.name
            );
            let mut p = vec![0i8; classes];
            softmax.apply(got, &mut p).unwrap();
            assert_eq!(
                as_bytes(&p),
                &probabilities[expected],
                "{prefix} {} softmax, input {i}",
                runtime.name
            );
        }
    }
}

fn as_bytes(values: &[i8]) -> Vec<u8> {
    values.iter().map(|&q| q as u8).collect()
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
        let g = stitch_import::graph::read(&bytes).unwrap();
        let op = g.operators.iter().find(|op| op.is(Op::Softmax)).unwrap();
        let Options::Softmax { beta } = op.options else {
            panic!("{}: no softmax options", op.label());
        };
        let input = &g.tensors[op.input(0).unwrap()];
        let scale = input.quantization.as_ref().unwrap().scales[0];
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

/// The arena each imported network records (activations and the dense
/// kernels' scratch; the model's input is the caller's, outside it) is no
/// larger than CMSIS-NN's activations plus scratch. KWS's is its peak of
/// live activations, 16,000 B: its 1x1 convolutions write over their
/// inputs, so their scratch fits beside them.
#[test]
fn imported_arenas_beat_cmsis_nn() {
    // (model, the arena stitch plans, CMSIS-NN's activations + scratch)
    for (model, planned, cmsis_nn) in [
        ("kws-ds-cnn-int8.tflite", 16_000, 16_256),
        ("ic-resnet8-int8.tflite", 49_848, 51_456),
        ("vww-mobilenet-int8.tflite", 55_720, 56_320),
    ] {
        let bytes = import(model, &LITERT);
        let arena = Model::from_bytes(&bytes).unwrap().arena_bytes();
        eprintln!("{model}: arena {arena} B, CMSIS-NN {cmsis_nn} B");
        assert_eq!(arena, planned, "{model}");
        assert!(arena <= cmsis_nn, "{model}");
    }
}
