//! Firmware parity: the Cortex-M firmware, built for both targets and run in
//! QEMU, prints for every embedded test image the same ten int8 logits that
//! `stitch_core` computes here on the host, and a plausible summary.
//!
//! - Cortex-M4F (`thumbv7em-none-eabihf`, QEMU netduinoplus2, `-icount shift=0`):
//!   256 images, DSP kernel.
//! - Cortex-M0 (`thumbv6m-none-eabi`, QEMU microbit, `-icount shift=7`):
//!   128 images, portable kernel.
//! - A model with one flipped byte is rejected at boot: `error: ...`, exit 1.
//!
//! The model is `models/fashion-mnist.stitch`, or `$STITCH_TEST_MODEL`. The
//! firmware is built in `target/tmp/` (one directory for the normal builds,
//! another for the corrupted model), never in `firmware/target`.
//! Needs `qemu-system-arm` and the two rustup targets: the test fails (never
//! skips) with the install command when one is missing.

use std::path::{Path, PathBuf};

use stitch_core::{Engine, Model};
use stitch_tests::cli::{path_str, run_json};
use stitch_tests::firmware::{self, get, Build, Target, CORTEX_M0, CORTEX_M4};
use stitch_tests::model::{engine_size, model_path};
use stitch_tests::samples::{test_images, RECORD};

/// Exit status the firmware uses when the model or an inference fails.
const EXIT_ERROR: i32 = 1;

/// Widest engine the host side instantiates (any width >= the model's gives the same integers).
type HostEngine = Engine<1024>;

/// Builds the normal firmware (`stitch-firmware`) for `target` with `model`
/// embedded and an engine `max_width` wide, in `target/tmp/<dir>`; returns the ELF file.
fn build_firmware(target: &Target, model: &Path, max_width: usize, dir: &str) -> PathBuf {
    Build {
        target,
        model,
        max_width: Some(max_width),
        features: &[],
        bin: "stitch-firmware",
        target_dir: Path::new(env!("CARGO_TARGET_TMPDIR")).join(dir),
    }
    .run()
}

fn check_target(target: &Target) {
    let model_file = model_path();
    let bytes = std::fs::read(&model_file).expect("read model");
    let model = Model::from_bytes(&bytes).expect("the model file is valid");
    let macs: usize = model
        .layers()
        .iter()
        .map(|l| l.in_len() * l.out_len())
        .sum();

    // Built with the engine exactly as wide as the model, so `ram_bytes` is the model's need.
    let elf = build_firmware(target, &model_file, model.max_width(), "firmware-parity");
    let run = firmware::run_qemu(target, &elf);
    assert_eq!(
        run.code,
        Some(0),
        "firmware on {} failed:\n{}{}",
        target.machine,
        run.stdout,
        run.stderr
    );
    let report = firmware::parse(&run.stdout);

    // Every image: bit-identical logits, the same class, in test-set order.
    let records = test_images();
    assert!(
        records.len() / RECORD >= target.images,
        "too few test images"
    );
    assert_eq!(
        report.images.len(),
        target.images,
        "image lines on {}",
        target.machine
    );
    let mut engine = HostEngine::new();
    let mut host_correct = 0;
    for (i, (line, record)) in report
        .images
        .iter()
        .zip(records.chunks_exact(RECORD))
        .enumerate()
    {
        assert_eq!(line.index, i, "image lines out of order");
        assert_eq!(line.label, record[0], "label of image {i}");
        let host = engine.infer(&model, &record[1..]).expect("host inference");
        assert_eq!(
            line.logits,
            host.logits(),
            "{}: logits of image {i} differ from the host's",
            target.triple
        );
        assert_eq!(
            line.pred,
            host.class(),
            "{}: class of image {i}",
            target.triple
        );
        host_correct += usize::from(host.class() == usize::from(record[0]));
    }

    // The summary.
    let s = &report.summary;
    let images: usize = get(s, "images");
    let correct: usize = get(s, "correct");
    let instructions: u64 = get(s, "instructions_per_inference");
    let stack: usize = get(s, "stack_bytes");
    let ram: usize = get(s, "ram_bytes");
    let model_bytes: usize = get(s, "model_bytes");
    let kernel = s.get("kernel").expect("kernel=").as_str();
    assert_eq!(images, target.images, "summary images");
    assert_eq!(correct, host_correct, "summary correct vs the host's count");
    assert!(
        correct > images / 2,
        "accuracy {correct}/{images} is implausible"
    );
    assert_eq!(model_bytes, bytes.len(), "model_bytes vs the file size");
    assert_eq!(kernel, target.kernel, "kernel on {}", target.triple);
    assert!(
        stack > 0 && stack < 8 * 1024,
        "stack_bytes={stack} is implausible"
    );

    // RAM: what `stitch inspect` reports, which is the engine's two buffers.
    let inspected = run_json(&["inspect", path_str(&model_file), "--json"]);
    assert_eq!(inspected["model_bytes"].as_u64(), Some(bytes.len() as u64));
    assert_eq!(
        inspected["ram_bytes"].as_u64(),
        Some(ram as u64),
        "ram_bytes: firmware vs `stitch inspect`"
    );
    assert_eq!(ram, 2 * model.max_width(), "ram_bytes vs 2 * max_width");
    assert_eq!(ram, engine_size(model.max_width()));

    // Instructions: the median minus the empty call; at least a quarter
    // instruction per MAC (SMLAD does two), at most a few dozen.
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
    let macs = macs as u64;
    assert!(
        instructions >= macs / 4 && instructions <= 40 * macs,
        "{instructions} instructions for {macs} MACs is implausible"
    );
    eprintln!(
        "{}: {images} images, {correct} correct, {instructions} instructions/inference, \
         stack {stack} B, RAM {ram} B, model {model_bytes} B, kernel {kernel}",
        target.triple
    );
}

#[test]
fn cortex_m4_logits_match_the_host_bit_for_bit() {
    check_target(&CORTEX_M4);
}

#[test]
fn cortex_m0_logits_match_the_host_bit_for_bit() {
    check_target(&CORTEX_M0);
}

#[test]
fn corrupted_model_is_rejected_at_boot() {
    let model_file = model_path();
    let mut bytes = std::fs::read(&model_file).expect("read model");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    let host_error = Model::from_bytes(&bytes).expect_err("the host rejects the flipped byte");

    let dir = tempfile::tempdir().expect("temp dir");
    let corrupted = dir.path().join("corrupted.stitch");
    std::fs::write(&corrupted, &bytes).expect("write corrupted model");

    // Its own build directory: the normal builds stay valid.
    let target = &CORTEX_M4;
    let elf = build_firmware(target, &corrupted, 64, "firmware-corrupted");
    let run = firmware::run_qemu(target, &elf);
    assert_eq!(
        run.code,
        Some(EXIT_ERROR),
        "exit status for a corrupted model:\n{}{}",
        run.stdout,
        run.stderr
    );
    let expected = format!("error: {host_error}");
    assert!(
        run.stdout.lines().any(|l| l == expected),
        "expected {expected:?} in:\n{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("image=") && !run.stdout.contains("summary "),
        "no inference may run on a corrupted model:\n{}",
        run.stdout
    );
}
