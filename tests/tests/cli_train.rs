//! End-to-end tests of the `stitch` binary on the real Fashion-MNIST data:
//! train -> quantize -> evaluate with stitch-core, and the CLI's error paths.
//!
//! The binary is run as a user would run it: `target/<profile>/stitch`,
//! built once first with the same cargo and profile (`stitch_tests::cli`).

use serde_json::Value;
use stitch_tests::cli::{path_str, run, run_fails, run_json};

fn num(v: &Value, key: &str) -> f64 {
    v[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{key} is not a number in {v}"))
}

fn check_report_shape(v: &Value) {
    assert_eq!(v["test_images"], 10_000);
    assert_eq!(
        v["per_class_int8_accuracy"].as_array().map(Vec::len),
        Some(10)
    );
    let confusion = v["confusion"].as_array().expect("confusion");
    assert_eq!(confusion.len(), 10);
    let total: u64 = confusion
        .iter()
        .flat_map(|row| row.as_array().expect("row").iter())
        .map(|c| c.as_u64().expect("count"))
        .sum();
    assert_eq!(total, 10_000);
    assert!(num(v, "model_bytes") > 0.0);
    assert!(num(v, "seconds") >= 0.0);
}

#[test]
fn short_training_run_quantizes_faithfully() {
    let dir = tempfile::tempdir().expect("tempdir");
    let model = dir.path().join("m.stitch");
    let plots = dir.path().join("plots");
    let v = run_json(&[
        "train",
        "--epochs",
        "2",
        "--json",
        "--out",
        path_str(&model),
        "--plots",
        path_str(&plots),
    ]);
    check_report_shape(&v);
    let float = num(&v, "float_accuracy");
    let int8 = num(&v, "int8_accuracy");
    let agreement = num(&v, "agreement");
    assert!(float >= 0.85, "float accuracy {float}");
    assert!(
        (int8 - float).abs() <= 0.005,
        "int8 {int8} vs float {float}"
    );
    assert!(agreement >= 0.98, "agreement {agreement}");

    // The weights and the model card are written beside the model.
    let weights = dir.path().join("m.safetensors");
    assert!(weights.is_file());
    let card: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("m.json")).expect("card"))
            .expect("model card is JSON");
    assert_eq!(card["seed"], 0);
    assert_eq!(card["int8_test_accuracy"], v["int8_accuracy"]);
    assert!(card["command"]
        .as_str()
        .is_some_and(|c| c.starts_with("stitch train")));
    assert_eq!(card["history"].as_array().map(Vec::len), Some(2));
    // The three pictures, in --plots, named after the model.
    for what in ["curves", "confusion", "misclassified"] {
        let png = std::fs::read(plots.join(format!("m-{what}.png"))).expect(what);
        assert!(
            png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 10_000,
            "{what}"
        );
    }

    // eval reproduces the int8 figure (stitch-core) and, from the weights
    // beside the model, the float figure and the agreement (candle).
    let e = run_json(&["eval", "--model", path_str(&model), "--json"]);
    check_report_shape(&e);
    assert_eq!(e["int8_accuracy"], v["int8_accuracy"]);
    assert_eq!(e["float_accuracy"], v["float_accuracy"]);
    assert_eq!(e["agreement"], v["agreement"]);
    // Without --plots, eval's pictures go beside the model.
    assert!(dir.path().join("m-confusion.png").is_file());
    assert!(dir.path().join("m-misclassified.png").is_file());

    // Re-quantizing the saved weights with the same calibration gives the same
    // file (the model's name is the file stem, so keep it); the other
    // calibration also stays close to float.
    let again_dir = tempfile::tempdir().expect("tempdir");
    let again = again_dir.path().join("m.stitch");
    let q = run_json(&[
        "quantize",
        "--weights",
        path_str(&weights),
        "--out",
        path_str(&again),
        "--json",
    ]);
    let same = std::fs::read(&again).expect("again") == std::fs::read(&model).expect("model");
    assert!(same, "re-quantizing gave a different file");
    assert_eq!(q["float_accuracy"], v["float_accuracy"]);
    assert_eq!(q["int8_accuracy"], v["int8_accuracy"]);
    let pct = dir.path().join("pct.stitch");
    let p = run_json(&[
        "quantize",
        "--weights",
        path_str(&weights),
        "--calibration",
        "percentile",
        "--out",
        path_str(&pct),
        "--json",
    ]);
    assert!((num(&p, "int8_accuracy") - float).abs() <= 0.01);
}

/// The CNN (`--arch cnn`): one epoch on the real data, quantized through
/// the graph writer, stays within 0.5 pp of its float network; `eval`,
/// `quantize --weights`, `predict` and `inspect --target` take it as they
/// take the MLP.
#[test]
fn short_cnn_training_run_quantizes_faithfully() {
    let dir = tempfile::tempdir().expect("tempdir");
    let model = dir.path().join("c.stitch");
    let v = run_json(&[
        "train",
        "--arch",
        "cnn",
        "--epochs",
        "1",
        "--json",
        "--out",
        path_str(&model),
    ]);
    check_report_shape(&v);
    let float = num(&v, "float_accuracy");
    let int8 = num(&v, "int8_accuracy");
    assert!(float >= 0.8, "float accuracy {float}");
    assert!(
        (int8 - float).abs() <= 0.005,
        "int8 {int8} vs float {float}"
    );
    assert!(num(&v, "agreement") >= 0.98, "{v}");
    let card: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("c.json")).expect("card"))
            .expect("model card is JSON");
    assert_eq!(card["config"]["channels"], serde_json::json!([8, 16]));
    assert!(card["command"]
        .as_str()
        .is_some_and(|c| c.starts_with("stitch train --arch cnn --channels 8,16 ")));

    let e = run_json(&["eval", "--model", path_str(&model), "--json"]);
    assert_eq!(e["int8_accuracy"], v["int8_accuracy"]);
    assert_eq!(e["float_accuracy"], v["float_accuracy"]);
    let again = dir.path().join("again.stitch");
    let q = run_json(&[
        "quantize",
        "--weights",
        path_str(&dir.path().join("c.safetensors")),
        "--out",
        path_str(&again),
        "--json",
    ]);
    assert_eq!(q["int8_accuracy"], v["int8_accuracy"]);
    let p = run_json(&[
        "predict",
        "--model",
        path_str(&model),
        "--index",
        "3",
        "--json",
    ]);
    assert!(p.to_string().contains("Trouser"), "{p}");
    let i = run_json(&[
        "inspect",
        path_str(&model),
        "--target",
        "cortex-m4",
        "--json",
    ]);
    assert_eq!(i["kind"], "graph");
    assert!(num(&i, "instructions_per_inference") > 100_000.0, "{i}");
    assert!(num(&i, "arena_bytes") <= 8192.0, "{i}");
}

#[test]
fn other_hidden_layouts_quantize_and_run() {
    for hidden in ["32", "32,32,32"] {
        let dir = tempfile::tempdir().expect("tempdir");
        let model = dir.path().join("h.stitch");
        let v = run_json(&[
            "train",
            "--epochs",
            "1",
            "--hidden",
            hidden,
            "--json",
            "--out",
            path_str(&model),
        ]);
        check_report_shape(&v);
        assert!(num(&v, "int8_accuracy") > 0.7, "--hidden {hidden}: {v}");
        assert!(num(&v, "agreement") > 0.95, "--hidden {hidden}: {v}");
        let e = run_json(&["eval", "--model", path_str(&model), "--json"]);
        assert_eq!(e["int8_accuracy"], v["int8_accuracy"]);
    }
}

#[test]
fn export_samples_writes_label_then_pixels() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("s.bin");
    let status = run(&["export-samples", "--count", "3", "--out", path_str(&out)]);
    assert!(status.status.success());
    let bytes = std::fs::read(&out).expect("samples");
    assert_eq!(bytes.len(), 3 * 785);
    // The first three Fashion-MNIST test labels: ankle boot, pullover, trouser.
    assert_eq!([bytes[0], bytes[785], bytes[2 * 785]], [9, 2, 1]);
}

#[test]
fn bad_flags_fail_with_a_message() {
    for args in [
        &["train", "--hidden", "0"][..],
        &["train", "--hidden", "64,abc"],
        &["train", "--arch", "rnn"],
        &["train", "--arch", "cnn", "--channels", "0"],
        &["train", "--epochs", "-3"],
        &["train", "--schedule", "linear"],
        &["train", "--calibration", "kl"],
        &["train", "--no-such-flag"],
        &["export-samples", "--count", "0", "--out", "x.bin"],
        &["export-samples", "--count", "10001", "--out", "x.bin"],
        &["eval"],
        &["frobnicate"],
    ] {
        let err = run_fails(args);
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: usage errors exit 2");
    }
}

#[test]
fn missing_inputs_fail_with_a_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let nowhere = dir.path().join("nowhere");
    let err = run_fails(&["eval", "--model", path_str(&nowhere.join("m.stitch"))]);
    assert!(err.contains("m.stitch"), "{err}");
    let err = run_fails(&[
        "quantize",
        "--weights",
        path_str(&nowhere.join("w.safetensors")),
    ]);
    assert!(err.contains("w.safetensors"), "{err}");
    let err = run_fails(&[
        "train",
        "--data-dir",
        path_str(&nowhere),
        "--out",
        path_str(&dir.path().join("m.stitch")),
    ]);
    assert!(
        err.contains("apt-get install -y dataset-fashion-mnist"),
        "{err}"
    );
    // A model file that is not a model.
    let junk = dir.path().join("junk.stitch");
    std::fs::write(&junk, b"definitely not a model").expect("write");
    let err = run_fails(&["eval", "--model", path_str(&junk)]);
    assert!(err.contains("junk.stitch"), "{err}");
    // Every error is a single line.
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[test]
fn unwritable_output_fails_before_work() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"x").expect("write");
    // A path "inside" a regular file can never be created, even as root.
    let bad = file.join("m.stitch");
    let err = run_fails(&["train", "--epochs", "1", "--out", path_str(&bad)]);
    assert!(err.contains("cannot write"), "{err}");
    assert!(!err.contains("epoch"), "should fail before training: {err}");
    let err = run_fails(&["export-samples", "--count", "1", "--out", path_str(&bad)]);
    assert!(err.contains("cannot write"), "{err}");
    // A CNN's shape is checked before training too.
    let out = path_str(&dir.path().join("m.stitch")).to_string();
    let err = run_fails(&["train", "--channels", "8", "--out", &out]);
    assert!(err.contains("--arch cnn"), "{err}");
    let err = run_fails(&[
        "train",
        "--arch",
        "cnn",
        "--channels",
        "4,4,4",
        "--out",
        &out,
    ]);
    assert!(err.contains("at most 2"), "{err}");
}
