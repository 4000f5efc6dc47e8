//! Firmware parity: the Cortex-M firmware, built for both targets and run in
//! QEMU, computes the same integers as `stitch_core` on the host.
//!
//! - The committed model on the embedded test images (256 on the Cortex-M4,
//!   128 on the Cortex-M0): every image's logits equal the host's.
//! - MLPerf Tiny's anomaly-detection autoencoder, imported with each rounding,
//!   on its 100 reference vectors: every output equals LiteRT's (single) or
//!   CMSIS-NN's (double), on both cores (the Cortex-M0 build runs on the
//!   netduinoplus2 machine: the model does not fit the nRF51).
//! - The TFLite reference model (`core/tests/data/tflite-reference`), with
//!   each rounding, on the test images: every image's logits equal the
//!   host's and the reference runtime's (the first 200).
//! - A tiny model (4-3-2), with each rounding, on random int8 vectors.
//! - Every run's cost: the instructions per inference `stitch inspect
//!   --target` predicts bound the measured count from above, within 0.5 %,
//!   and so does its stack.
//! - A model with one flipped byte is refused by the build, with the reader's reason.
//!
//! The committed model is `models/fashion-mnist.stitch`, or `$STITCH_TEST_MODEL`.
//! Firmware is built in `target/tmp/`, never in `firmware/target`. Needs
//! `qemu-system-arm` and the two rustup targets: the test fails (never
//! skips) with the install command when one is missing.

use std::path::{Path, PathBuf};

use stitch_core::samples::Samples;
use stitch_core::{Engine, Model, Rounding};
use stitch_tests::cli::{path_str, run_json, run_ok};
use stitch_tests::firmware::{self, get, Build, Report, Target, CORTEX_M0, CORTEX_M4};
use stitch_tests::model::{model_path, workspace};
use stitch_tests::parity::{self, tflite};
use stitch_tests::samples::test_images;

/// Widest engine the host side instantiates (any width >= the model's gives the same integers).
type HostEngine = Engine<1024>;

/// Builds `stitch-firmware` for `target` with `model` (and `vectors`)
/// embedded, in `target/tmp/<dir>`, runs it in QEMU and parses its output;
/// fails unless it exits with 0.
fn build_and_run(target: &Target, model: &Path, vectors: Option<&Path>, dir: &str) -> Report {
    build_and_run_through(target, model, vectors, false, dir)
}

/// [`build_and_run`], the vectors sent through `Engine::infer` if `bytes_entry`.
fn build_and_run_through(
    target: &Target,
    model: &Path,
    vectors: Option<&Path>,
    bytes_entry: bool,
    dir: &str,
) -> Report {
    let elf = Build {
        target,
        model,
        vectors,
        bytes_entry,
        max_width: None,
        features: &[],
        bin: "stitch-firmware",
        target_dir: Path::new(env!("CARGO_TARGET_TMPDIR")).join(dir),
    }
    .run();
    let run = firmware::run_qemu(&elf);
    assert_eq!(
        run.code,
        Some(0),
        "firmware for {} failed:\n{}{}",
        target.triple,
        run.stdout,
        run.stderr
    );
    firmware::parse(&run.stdout)
}

/// What every summary must say, whatever the model: sizes, a plausible count
/// of instructions, and the cost `stitch inspect --target` predicted.
fn check_summary(target: &Target, report: &Report, model_file: &Path) {
    let bytes = std::fs::read(model_file).expect("read model");
    let s = &report.summary;
    let model_bytes: usize = get(s, "model_bytes");
    let stack: usize = get(s, "stack_bytes");
    let ram: usize = get(s, "ram_bytes");
    let instructions: u64 = get(s, "instructions_per_inference");
    assert_eq!(model_bytes, bytes.len(), "model_bytes vs the file size");
    assert_eq!(
        s.get("kernel").map(String::as_str),
        Some(target.kernel),
        "kernel"
    );
    assert!(
        stack > 0 && stack < 8 * 1024,
        "stack_bytes={stack} is implausible"
    );

    let inspected = run_json(&["inspect", path_str(model_file), "--json"]);
    assert_eq!(inspected["model_bytes"].as_u64(), Some(bytes.len() as u64));

    // Instructions: the median minus the empty call; at least a quarter
    // instruction per MAC (SMLAD does two). The upper side is the prediction's.
    let c = &report.counts;
    assert_eq!(c.get("unit").map(String::as_str), Some("instructions"));
    let (empty, min, median, max): (u64, u64, u64, u64) = (
        get(c, "empty_call"),
        get(c, "min"),
        get(c, "median"),
        get(c, "max"),
    );
    assert!(min <= median && median <= max, "counts {c:?}");
    assert_eq!(instructions, median - empty, "instructions vs counts {c:?}");
    let macs = inspected["macs"].as_u64().expect("macs");
    assert!(
        instructions >= macs / 4,
        "{instructions} instructions for {macs} MACs is implausible"
    );
    check_prediction(target, report, model_file, instructions, stack);
    eprintln!(
        "{} ({}): {} inputs, {instructions} instructions/inference, stack {stack} B, RAM {ram} B, model {model_bytes} B",
        target.triple,
        s.get("machine").map_or("?", String::as_str),
        s.get("images").map_or("?", String::as_str),
    );
}

/// The prediction of `stitch inspect --target` for the entry the firmware
/// called (bytes in place for images, int8 for vectors): the measured count
/// is at most the predicted one, and at most 0.5 % below it; the stack at
/// most the predicted one.
fn check_prediction(
    target: &Target,
    report: &Report,
    model_file: &Path,
    measured: u64,
    stack: usize,
) {
    let chip = match target.kernel {
        "dsp" => "cortex-m4",
        _ => "cortex-m0",
    };
    // The images go in as bytes; vectors as the summary says.
    let entry = report.summary.get("entry").map_or("bytes", String::as_str);
    let predicted = run_json(&[
        "inspect",
        path_str(model_file),
        "--target",
        chip,
        "--entry",
        entry,
        "--json",
    ]);
    assert_eq!(predicted["kernel"].as_str(), Some(target.kernel));
    let bound = predicted["instructions_per_inference"]
        .as_u64()
        .expect("instructions_per_inference");
    let file = model_file.display();
    eprintln!("{chip}, {file} ({entry}): measured {measured}, predicted {bound}");
    assert!(
        measured <= bound,
        "{chip}, {file}: measured {measured} instructions, above the predicted {bound}"
    );
    assert!(
        (bound - measured) * 200 <= measured,
        "{chip}, {file}: predicted {bound} instructions, more than 0.5 % above the measured {measured}"
    );
    let stack_bound = predicted["stack_bytes"].as_u64().expect("stack_bytes");
    assert!(
        stack as u64 <= stack_bound,
        "{chip}, {file}: stack {stack} B, above the predicted {stack_bound} B"
    );
    let ram: u64 = get(&report.summary, "ram_bytes");
    assert_eq!(
        Some(ram),
        predicted["engine_bytes"].as_u64(),
        "{chip}, {file}: the engine's RAM, firmware vs prediction"
    );
}

/// The committed model on the embedded test images: bit-identical logits and
/// classes, in test-set order, on both chips.
fn images_match_the_host(target: &Target, expected_images: usize) {
    let model_file = model_path();
    let report = build_and_run(target, &model_file, None, "firmware-parity");
    host_logits_match(target, &report, &model_file, expected_images);
}

/// Every image line of `report` (the model in `model_file` on the embedded
/// test images) has the host's logits and class.
fn host_logits_match(target: &Target, report: &Report, model_file: &Path, expected_images: usize) {
    let bytes = std::fs::read(model_file).expect("read model");
    let model = Model::from_bytes(&bytes).expect("the model file is valid");
    let records = test_images();
    let samples = Samples::new(&records, model.input_len()).expect("test images");
    assert_eq!(report.images.len(), expected_images, "image lines");
    let mut engine = HostEngine::new();
    let mut host_correct = 0;
    for (i, (line, sample)) in report.images.iter().zip(samples.iter()).enumerate() {
        assert_eq!(line.index, i, "image lines out of order");
        assert_eq!(line.label, sample.label, "label of image {i}");
        let host = engine.infer(&model, sample.input).expect("host inference");
        assert_eq!(
            line.logits,
            host.logits(),
            "{}: logits of image {i}",
            target.triple
        );
        assert_eq!(
            line.pred,
            host.class(),
            "{}: class of image {i}",
            target.triple
        );
        host_correct += usize::from(host.class() == usize::from(sample.label));
    }
    let correct: usize = get(&report.summary, "correct");
    assert_eq!(correct, host_correct, "summary correct vs the host's count");
    assert_eq!(get::<usize>(&report.summary, "images"), expected_images);
    check_summary(target, report, model_file);
}

#[test]
fn cortex_m4_logits_match_the_host_bit_for_bit() {
    images_match_the_host(&CORTEX_M4, 256);
}

#[test]
fn cortex_m0_logits_match_the_host_bit_for_bit() {
    images_match_the_host(&CORTEX_M0, 128);
}

/// The autoencoder's test data.
fn autoencoder(file: &str) -> PathBuf {
    workspace().join("tests/data/mlperf-tiny-ad").join(file)
}

/// Imports the autoencoder with `rounding`, checks `stitch run` against the
/// reference outputs on the host, packs the vectors, and runs them on both cores.
fn autoencoder_vectors_match(rounding: &str, reference: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let model = dir.path().join(format!("ad-{rounding}.stitch"));
    let outputs = dir.path().join("outputs.bin");
    let vectors = dir.path().join("ad.vectors");
    let tflite = autoencoder("ad01-toycar-int8.tflite");
    let inputs = autoencoder("inputs-first100.bin");
    let expected = autoencoder(reference);
    run_json(&[
        "import",
        path_str(&tflite),
        "--out",
        path_str(&model),
        "--rounding",
        rounding,
        "--json",
    ]);
    run_json(&[
        "run",
        "--model",
        path_str(&model),
        "--input",
        path_str(&inputs),
        "--output",
        path_str(&outputs),
        "--json",
    ]);
    assert!(
        std::fs::read(&outputs).unwrap() == std::fs::read(&expected).unwrap(),
        "host outputs differ from {reference}"
    );
    run_ok(&[
        "export-vectors",
        "--model",
        path_str(&model),
        "--input",
        path_str(&inputs),
        "--expected",
        path_str(&expected),
        "--out",
        path_str(&vectors),
    ]);
    for target in [&CORTEX_M4, &CORTEX_M0] {
        let report = build_and_run(
            target,
            &model,
            Some(&vectors),
            &format!("firmware-ad-{rounding}"),
        );
        assert_eq!(report.vectors.len(), 100, "{}: vector lines", target.triple);
        for (i, line) in report.vectors.iter().enumerate() {
            assert_eq!(line.index, i, "vector lines out of order");
            assert!(line.ok, "{} vector {i}: {}", target.triple, line.detail);
        }
        assert_eq!(get::<usize>(&report.summary, "mismatches"), 0);
        // 271 KB of weights: the Cortex-M0 build runs on the STM32F405, and says so.
        assert_eq!(
            report.summary.get("machine").map(String::as_str),
            Some("netduinoplus2")
        );
        if target.triple == CORTEX_M0.triple {
            assert!(
                report
                    .notes
                    .iter()
                    .any(|n| n.contains("does not fit the nRF51")),
                "the output must say why the Cortex-M0 build runs on netduinoplus2: {:?}",
                report.notes
            );
        }
        check_summary(target, &report, &model);
    }
}

#[test]
fn autoencoder_single_rounding_matches_litert_on_both_cores() {
    autoencoder_vectors_match("single", "outputs-single-rounding-first100.bin");
}

#[test]
fn autoencoder_double_rounding_matches_cmsis_nn_on_both_cores() {
    autoencoder_vectors_match("double", "outputs-double-rounding-first100.bin");
}

/// The TFLite reference model with `rounding` on the test images, on both
/// cores: the host's logits, and the reference runtime's for the first 200.
fn tflite_reference_matches(rounding: Rounding, reference: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let model_file = dir
        .path()
        .join(format!("tflite-{}.stitch", rounding.name()));
    std::fs::write(&model_file, tflite::tflite_model_with(rounding)).expect("write model");
    let expected =
        std::fs::read(format!("{}/{reference}", tflite::DATA)).expect("reference logits");
    for (target, images) in [(&CORTEX_M4, 256), (&CORTEX_M0, 128)] {
        let report = build_and_run(
            target,
            &model_file,
            None,
            &format!("firmware-tflite-{}", rounding.name()),
        );
        host_logits_match(target, &report, &model_file, images);
        for (line, reference) in report.images.iter().zip(expected.chunks_exact(10)) {
            let reference: Vec<i8> = reference.iter().map(|&b| b as i8).collect();
            assert_eq!(
                line.logits, reference,
                "{}: image {} vs {reference:?}",
                target.triple, line.index
            );
        }
    }
}

#[test]
fn tflite_reference_single_rounding_matches_litert_on_both_cores() {
    tflite_reference_matches(Rounding::Single, "logits-test-first200.bin");
}

#[test]
fn tflite_reference_double_rounding_matches_the_reference_on_both_cores() {
    tflite_reference_matches(Rounding::Double, "logits-test-first200-double-rounding.bin");
}

/// The tiny model with `rounding` on 16 int8 vectors, on both cores and
/// through both entries: the host's outputs, and the predicted cost (the
/// smallest model: the fixed part of the formula matters most).
fn tiny_vectors_match(rounding: Rounding) {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = parity::tiny_model(rounding);
    let model_file = dir.path().join("tiny.stitch");
    std::fs::write(&model_file, &bytes).expect("write model");
    let vectors_file = dir.path().join("tiny.vectors");
    std::fs::write(&vectors_file, parity::tiny_vectors(&bytes)).expect("write vectors");
    // Through both entries: int8 (the default) and bytes, each predicted.
    for (target, bytes_entry) in [
        (&CORTEX_M4, false),
        (&CORTEX_M0, false),
        (&CORTEX_M4, true),
        (&CORTEX_M0, true),
    ] {
        let report = build_and_run_through(
            target,
            &model_file,
            Some(&vectors_file),
            bytes_entry,
            &format!("firmware-tiny-{}", rounding.name()),
        );
        assert_eq!(
            report.vectors.len(),
            parity::TINY_VECTORS,
            "{}: vector lines",
            target.triple
        );
        assert!(
            report.vectors.iter().all(|line| line.ok),
            "{}: {:?}",
            target.triple,
            report.vectors
        );
        check_summary(target, &report, &model_file);
    }
}

#[test]
fn tiny_model_single_rounding_matches_on_both_cores() {
    tiny_vectors_match(Rounding::Single);
}

#[test]
fn tiny_model_double_rounding_matches_on_both_cores() {
    tiny_vectors_match(Rounding::Double);
}

/// Builds the Cortex-M4 firmware that must be refused: `model`, and
/// `STITCH_MAX_WIDTH` if given; the build's stderr. Both refusal tests share
/// one target directory, so the build script is compiled once.
fn refused_build(model: &Path, max_width: Option<usize>) -> String {
    let out = Build {
        target: &CORTEX_M4,
        model,
        vectors: None,
        bytes_entry: false,
        max_width,
        features: &[],
        bin: "stitch-firmware",
        target_dir: Path::new(env!("CARGO_TARGET_TMPDIR")).join("firmware-refused"),
    }
    .output();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "the build must fail:\n{stderr}");
    stderr
}

#[test]
fn corrupted_model_is_refused_by_the_build() {
    let model_file = model_path();
    let mut bytes = std::fs::read(&model_file).expect("read model");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    let host_error = Model::from_bytes(&bytes).expect_err("the host rejects the flipped byte");

    let dir = tempfile::tempdir().expect("temp dir");
    let corrupted = dir.path().join("corrupted.stitch");
    std::fs::write(&corrupted, &bytes).expect("write corrupted model");
    let stderr = refused_build(&corrupted, None);
    let expected = format!("not a valid stitch model: {host_error}");
    assert!(
        stderr
            .lines()
            .any(|l| l.contains(&expected) && l.contains("corrupted.stitch")),
        "expected one line with {expected:?} in:\n{stderr}"
    );
}

#[test]
fn engine_narrower_than_the_model_is_refused_by_the_build() {
    let stderr = refused_build(&model_path(), Some(32));
    let expected = "STITCH_MAX_WIDTH=32 is smaller than the 64 values";
    assert!(
        stderr.lines().any(|l| l.contains(expected)),
        "expected one line with {expected:?} in:\n{stderr}"
    );
}
