//! MLPerf Tiny's three convolutional networks on the chip: each imported
//! both ways (`--match litert`, `--match tflm`), built into `stitch-graph`
//! for the Cortex-M4 and the Cortex-M0 and run in QEMU (netduinoplus2: none
//! fits the nRF51's 16 KB of RAM) on the shared reference inputs; every
//! vector's logits must be the runtime's, byte for byte. The summary's
//! figures are printed (`--nocapture`) for BENCHMARKS.md.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use stitch_core::{vectors, Model};
use stitch_import::{Match, Request};
use stitch_tests::firmware::{self, get, Target, CORTEX_M0, CORTEX_M4};
use stitch_tests::model::workspace;

fn data(name: &str) -> Vec<u8> {
    let path = workspace().join("tests/data/mlperf-tiny").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `model` imported matching `matching`, and its `count` reference inputs
/// with `reference`'s logits, written to `dir`.
fn model_and_vectors(
    dir: &Path,
    (model, prefix, count): (&str, &str, usize),
    (matching, reference): (Match, &str),
) -> (PathBuf, PathBuf) {
    let request = Request {
        name: prefix.into(),
        origin: stitch_core::writer::OriginSpec {
            source: model.into(),
            sha256: [0; 32],
        },
        matching,
        class_names: None,
    };
    let imported = stitch_import::import(&data(model), request).expect("imports");
    let parsed = Model::from_bytes(&imported.bytes).unwrap();
    let inputs = data(&format!("{prefix}-inputs-first{count}.bin"));
    let logits = data(&format!("{prefix}-logits-{reference}-first{count}.bin"));
    let as_int8 = |b: &[u8]| -> Vec<i8> { b.iter().map(|&x| x as i8).collect() };
    let inputs: Vec<Vec<i8>> = inputs.chunks(parsed.input_len()).map(as_int8).collect();
    let logits: Vec<Vec<i8>> = logits.chunks(parsed.output_len()).map(as_int8).collect();
    let pairs: Vec<(&[i8], &[i8])> = inputs
        .iter()
        .map(Vec::as_slice)
        .zip(logits.iter().map(Vec::as_slice))
        .collect();
    let vectors = vectors::to_bytes(parsed.input_len(), parsed.output_len(), &pairs);
    let (model_path, vectors_path) = (
        dir.join(format!("{prefix}.stitch")),
        dir.join(format!("{prefix}.vectors")),
    );
    std::fs::write(&model_path, &imported.bytes).unwrap();
    std::fs::write(&vectors_path, vectors).unwrap();
    (model_path, vectors_path)
}

/// Runs the model on its vectors on `target` (every vector must match), checks
/// the arena and the cost stated before flashing (instructions within 0.5 %);
/// returns the summary's fields, in order.
fn run_on(
    target: &Target,
    (model, vectors): (&Path, &Path),
    count: usize,
    arena_bytes: usize,
) -> BTreeMap<String, String> {
    let report = firmware::run_graph(
        target,
        model,
        vectors,
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("mlperf-firmware"),
    );
    assert_eq!(get::<usize>(&report.summary, "vectors"), count);
    assert_eq!(get::<usize>(&report.summary, "arena_bytes"), arena_bytes);
    firmware::check_graph_cost(target, model, &report, 0.005);
    assert_eq!(report.summary["machine"], "netduinoplus2");
    report.summary.into_iter().collect()
}

fn on_both_cores(network: (&str, &str, usize), arena_bytes: usize) {
    let dir = tempfile::tempdir().unwrap();
    for runtime in [(Match::Litert, "litert"), (Match::Tflm, "cmsis-nn-double")] {
        let (model, vectors) = model_and_vectors(dir.path(), network, runtime);
        for target in [&CORTEX_M4, &CORTEX_M0] {
            let summary = run_on(target, (&model, &vectors), network.2, arena_bytes);
            eprintln!("{} {} {}: {summary:?}", network.1, runtime.1, target.triple);
        }
    }
}

#[test]
fn keyword_spotting_runs_bit_exact_on_both_cores() {
    on_both_cores(("kws-ds-cnn-int8.tflite", "kws", 20), 16_000);
}

#[test]
fn image_classification_runs_bit_exact_on_both_cores() {
    on_both_cores(("ic-resnet8-int8.tflite", "ic", 20), 49_848);
}

#[test]
fn visual_wake_words_runs_bit_exact_on_both_cores() {
    on_both_cores(("vww-mobilenet-int8.tflite", "vww", 10), 55_720);
}
