//! Firmware parity for the committed CNN (`models/fashion-mnist-cnn.stitch`,
//! a graph: convolutions, max pools, fully connected layers): the first 32
//! test images and the logits `stitch-core` computes of them on the host
//! (`stitch export-vectors --test-images`), built into `stitch-graph` for
//! both cores and run in QEMU. Every logit must match, byte for byte; the
//! arena is the model's (at most 8 KB); the stack and the instructions stay
//! within what `stitch inspect --target` states before flashing.

use std::path::Path;

use stitch_core::{cost, Model};
use stitch_tests::cli::{path_str, run};
use stitch_tests::firmware::{self, get, Build, Target, CORTEX_M0, CORTEX_M4};
use stitch_tests::model::committed_cnn;

/// Test images checked on the chip.
const IMAGES: usize = 32;
/// The CNN's budget for activations: its arena fits 8 KB of RAM.
const ARENA_BUDGET: usize = 8 * 1024;

fn matches_the_host_on(target: &Target, model: &Path, vectors: &Path) {
    firmware::require_tools(target);
    let elf = Build {
        target,
        model,
        vectors: Some(vectors),
        bytes_entry: false,
        max_width: None,
        features: &[],
        bin: "stitch-graph",
        target_dir: Path::new(env!("CARGO_TARGET_TMPDIR")).join("cnn-firmware"),
    }
    .run();
    let run = firmware::run_qemu(&elf);
    assert_eq!(
        run.code,
        Some(0),
        "{}:\n{}{}",
        target.triple,
        run.stdout,
        run.stderr
    );
    let report = firmware::parse(&run.stdout);
    assert_eq!(get::<usize>(&report.summary, "vectors"), IMAGES);
    assert_eq!(get::<usize>(&report.summary, "mismatches"), 0);

    let bytes = std::fs::read(model).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    let arena: usize = get(&report.summary, "arena_bytes");
    assert_eq!(arena, model.arena_bytes());
    assert!(arena <= ARENA_BUDGET, "arena {arena} B");
    let chip = match target.triple {
        "thumbv6m-none-eabi" => cost::Target::CortexM0,
        _ => cost::Target::CortexM4,
    };
    let cost = chip.graph_cost(&model).unwrap();
    let stack: usize = get(&report.summary, "stack_bytes");
    assert!(
        stack <= cost.stack_bytes,
        "{}: stack {stack} B, above the stated {}",
        target.triple,
        cost.stack_bytes
    );
    let measured: u64 = get(&report.summary, "instructions_per_inference");
    let slack = cost.instructions as f64 / measured as f64 - 1.0;
    assert!(
        (0.0..=0.02).contains(&slack),
        "{}: measured {measured} instructions, predicted {} ({:+.3} %)",
        target.triple,
        cost.instructions,
        100.0 * slack
    );
}

#[test]
fn committed_cnn_matches_the_host_on_both_cores() {
    let model = committed_cnn();
    let dir = tempfile::tempdir().unwrap();
    let vectors = dir.path().join("cnn.vectors");
    let out = run(&[
        "export-vectors",
        "--model",
        path_str(&model),
        "--test-images",
        "--count",
        &IMAGES.to_string(),
        "--out",
        path_str(&vectors),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for target in [&CORTEX_M4, &CORTEX_M0] {
        matches_the_host_on(target, &model, &vectors);
    }
}
