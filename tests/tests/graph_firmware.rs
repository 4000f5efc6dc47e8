//! Every code path of the graph kernels on both cores: the synthetic graphs
//! the graph cost model is calibrated on (`core/examples/graph_cost_models.rs`:
//! every layer kind, channel counts that are not multiples of 4, windows
//! from 1x1 to 5x5, strides 1 and 2, both paddings, layers written over
//! their input, `ADD`s with and without tables), built into `stitch-graph`
//! with four random inputs and the outputs `stitch-core` computes on the
//! host, and run in QEMU: every output must match, byte for byte, and the
//! stack and the instructions must not pass what `stitch inspect --target`
//! states. (The
//! Cortex-M4's assembly kernels run nowhere else but on the chip; the
//! MLPerf networks, `mlperf_firmware.rs`, cover only their shapes.)

use std::path::Path;
use std::process::Command;

use stitch_tests::firmware::{self, get, Target, CORTEX_M0, CORTEX_M4};
use stitch_tests::model::workspace;

/// The calibration graphs written to `dir` by the example; their names.
fn write_graphs(dir: &Path) -> Vec<String> {
    let out = Command::new(env!("CARGO"))
        .current_dir(workspace())
        .args([
            "run",
            "--quiet",
            "--release",
            "-p",
            "stitch-core",
            "--features",
            "alloc",
        ])
        .args(["--example", "graph_cost_models", "--", "write"])
        .arg(dir)
        .output()
        .expect("run cargo");
    assert!(
        out.status.success(),
        "graph_cost_models write failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// Runs graph `name` from `dir` on `target`: every vector matches, and the
/// count is within the predicted bound.
fn run(dir: &Path, name: &str, target: &Target) {
    let model = dir.join(format!("{name}.stitch"));
    let vectors = dir.join(format!("{name}.vectors"));
    let report = firmware::run_graph(
        target,
        &model,
        &vectors,
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("graph-firmware"),
    );
    assert_eq!(get::<usize>(&report.summary, "vectors"), 4, "{name}");
    // A bound, however loose on these small graphs (BENCHMARKS.md).
    firmware::check_graph_cost(target, &model, &report, f64::INFINITY);
}

#[test]
fn every_graph_kernel_path_is_bit_exact_on_both_cores() {
    let dir = tempfile::tempdir().unwrap();
    let names = write_graphs(dir.path());
    assert!(names.len() >= 10, "{names:?}");
    for target in [&CORTEX_M4, &CORTEX_M0] {
        firmware::require_tools(target);
        for name in &names {
            run(dir.path(), name, target);
        }
    }
}
