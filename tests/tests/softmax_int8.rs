//! stitch-core's int8 softmax against TFLite's: MLPerf Tiny's keyword
//! spotting and image classification models end in an int8 `SOFTMAX`; for
//! each, the reference logits of LiteRT and of CMSIS-NN (double rounding)
//! must give those runtimes' softmax bytes exactly. The softmax's input
//! scale and beta are read from the `.tflite`.

use std::path::PathBuf;

use stitch_core::softmax::Int8Softmax;
use stitch_import::graph::{self, BuiltinOperator, Options};

fn data(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data/mlperf-tiny")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The model's `SOFTMAX`: its input scale and beta.
fn softmax_of(model: &str) -> (f32, f32) {
    let bytes = data(model);
    let graph = graph::read(&bytes).expect("a readable .tflite");
    let op = graph
        .operators
        .iter()
        .find(|op| op.is(BuiltinOperator::Softmax))
        .expect("the model ends in a SOFTMAX");
    let Options::Softmax { beta } = op.options else {
        panic!("SOFTMAX without its options");
    };
    let input = &graph.tensors[op.input(0).expect("an input")];
    let scale = input.quantization.as_ref().expect("quantized input").scales[0];
    (scale, beta)
}

fn check(model: &str, prefix: &str, classes: usize) {
    let (scale, beta) = softmax_of(model);
    let softmax = Int8Softmax::new(scale, beta).expect("a valid scale");
    for runtime in ["litert", "cmsis-nn-double"] {
        let logits = data(&format!("{prefix}-logits-{runtime}-first20.bin"));
        let want = data(&format!("{prefix}-softmax-{runtime}-first20.bin"));
        assert_eq!(logits.len(), 20 * classes);
        for (row, (x, y)) in logits.chunks(classes).zip(want.chunks(classes)).enumerate() {
            let x: Vec<i8> = x.iter().map(|&b| b as i8).collect();
            let mut got = vec![0i8; classes];
            softmax.apply(&x, &mut got).unwrap();
            let got: Vec<u8> = got.iter().map(|&q| q as u8).collect();
            assert_eq!(got, y, "{prefix} {runtime} vector {row}: logits {x:?}");
        }
    }
}

#[test]
fn keyword_spotting_softmax_is_tflites_byte_for_byte() {
    check("kws-ds-cnn-int8.tflite", "kws", 12);
}

#[test]
fn image_classification_softmax_is_tflites_byte_for_byte() {
    check("ic-resnet8-int8.tflite", "ic", 10);
}
