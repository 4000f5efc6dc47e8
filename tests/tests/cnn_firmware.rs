//! Firmware parity for the committed CNN (`models/fashion-mnist-cnn.stitch`,
//! a graph: convolutions, max pools, fully connected layers): the first 32
//! test images and the logits `stitch-core` computes of them on the host
//! (`stitch export-vectors --test-images`), built into `stitch-graph` for
//! both cores and run in QEMU. Every logit must match, byte for byte; the
//! arena is the model's (at most 8 KB); the stack and the instructions stay
//! within what `stitch inspect --target` states before flashing.

use std::path::Path;

use stitch_core::Model;
use stitch_tests::cli::{path_str, run_ok};
use stitch_tests::firmware::{self, get, CORTEX_M0, CORTEX_M4};
use stitch_tests::model::committed_cnn;

/// Test images checked on the chip.
const IMAGES: usize = 32;
/// The CNN's budget for activations: its arena fits 8 KB of RAM.
const ARENA_BUDGET: usize = 8 * 1024;

#[test]
fn committed_cnn_matches_the_host_on_both_cores() {
    let model = committed_cnn();
    let dir = tempfile::tempdir().unwrap();
    let vectors = dir.path().join("cnn.vectors");
    run_ok(&[
        "export-vectors",
        "--model",
        path_str(&model),
        "--test-images",
        "--count",
        &IMAGES.to_string(),
        "--out",
        path_str(&vectors),
    ]);
    let arena = Model::from_bytes(&std::fs::read(&model).unwrap())
        .unwrap()
        .arena_bytes();
    assert!(arena <= ARENA_BUDGET, "arena {arena} B");
    for target in [&CORTEX_M4, &CORTEX_M0] {
        let report = firmware::run_graph(
            target,
            &model,
            &vectors,
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("cnn-firmware"),
        );
        assert_eq!(get::<usize>(&report.summary, "vectors"), IMAGES);
        assert_eq!(get::<usize>(&report.summary, "arena_bytes"), arena);
        firmware::check_graph_cost(target, &model, &report, 0.02);
    }
}
