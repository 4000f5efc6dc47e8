//! The panic-free device path: the firmware's `stitch-panic-never` binary
//! (feature `panic-never`) links only if no panic is reachable in it, since
//! its panic handler calls a symbol nothing defines. Built here and run in
//! QEMU (netduinoplus2: Cortex-M4F, DSP kernel, 256 images; microbit:
//! Cortex-M0, armv6m kernel, 128 images), it must print the host's
//! prediction for every embedded image (one byte each, `b'0' + class`) and
//! exit with the host's number of correct predictions.
//!
//! The model is `models/fashion-mnist.stitch`, or `$STITCH_TEST_MODEL`. The
//! firmware is built in this test's own target directory, and run as
//! firmware/.cargo/config.toml's runners run it (with their `-icount`). Needs
//! `qemu-system-arm` and the two rustup targets (`make setup`).

use std::path::{Path, PathBuf};
use std::process::Command;

use stitch_core::samples::Samples;
use stitch_core::{Engine, Model};
use stitch_tests::firmware::{self, Build, Target, CORTEX_M0, CORTEX_M4};
use stitch_tests::model::model_path;
use stitch_tests::samples::test_images;

const BINARY: &str = "stitch-panic-never";

/// `cargo build --release --features panic-never`: a link error here means a
/// panic path is reachable (the linker names `stitch_panic_is_reachable`).
fn build(target: &Target, model: &Path) -> PathBuf {
    let build = Build {
        target,
        model,
        vectors: None,
        bytes_entry: false,
        max_width: None,
        features: &["panic-never"],
        bin: BINARY,
        target_dir: Path::new(env!("CARGO_TARGET_TMPDIR")).join("panic-never"),
    };
    let out = build.output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("stitch_panic_is_reachable"),
        "a panic is reachable on the device path (find it with arm-none-eabi-objdump -d):\n{stderr}"
    );
    assert!(
        out.status.success(),
        "panic-never build for {} failed (`rustup target add {0}` if it is missing):\n{stderr}",
        target.triple
    );
    build.elf()
}

/// `images`: how many test images the build embeds for this target.
fn links_and_counts_what_the_host_counts(target: &Target, images: usize) {
    let model_path = model_path();
    let bytes = std::fs::read(&model_path).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    let records = test_images();
    let samples = Samples::new(&records, model.input_len()).unwrap();
    let mut engine = Engine::<1024>::new();
    let (mut predictions, mut correct) = (Vec::new(), 0);
    for sample in samples.iter().take(images) {
        let class = engine.infer(&model, sample.input).unwrap().class();
        predictions.push(b'0' + class as u8);
        correct += usize::from(class == usize::from(sample.label));
    }
    predictions.push(b'\n');

    let elf = build(target, &model_path);
    // No formatting machinery either: nothing of core::fmt is linked in.
    let nm = Command::new("arm-none-eabi-nm")
        .arg("-C")
        .arg(&elf)
        .output()
        .expect("run arm-none-eabi-nm (apt-get install -y binutils-arm-none-eabi, or make setup)");
    let symbols = String::from_utf8_lossy(&nm.stdout);
    let formatting: Vec<&str> = symbols
        .lines()
        .filter(|l| l.contains("core::fmt"))
        .collect();
    assert!(
        formatting.is_empty(),
        "core::fmt is linked: {formatting:#?}"
    );

    let run = firmware::run_qemu(&elf);
    let code = run.code.expect("qemu exited with a status");
    assert_eq!(
        run.stdout,
        String::from_utf8_lossy(&predictions),
        "per-image predictions (b'0' + class) differ from the host's"
    );
    // An exit status is 8 bits: 256 correct would read 0 (the output above
    // already tells a run apart from an error exit).
    assert_eq!(code, (correct % 256) as i32, "correct predictions");
}

#[test]
fn cortex_m4_panic_never_build_links_and_counts_what_the_host_counts() {
    links_and_counts_what_the_host_counts(&CORTEX_M4, 256);
}

#[test]
fn cortex_m0_panic_never_build_links_and_counts_what_the_host_counts() {
    links_and_counts_what_the_host_counts(&CORTEX_M0, 128);
}
