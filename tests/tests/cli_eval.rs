//! `stitch eval` on the committed models (models/fashion-mnist.stitch, the
//! MLP, and models/fashion-mnist-cnn.stitch, the CNN, each with its float
//! weights and model card beside it), their pictures, and `stitch quantize
//! --model` re-exporting an older model file.

use std::path::{Path, PathBuf};

use serde_json::Value;
use stitch_tests::cli::{path_str, run, run_json, run_json_stderr};
use stitch_tests::model::{committed_cnn, committed_model, workspace};

/// `path` inside the workspace.
fn repo(path: &str) -> PathBuf {
    workspace().join(path)
}

fn assert_png(path: &Path) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "{} is not a PNG",
        path.display()
    );
    assert!(bytes.len() > 10_000, "{} is nearly empty", path.display());
    let image = image::load_from_memory(&bytes).expect("decodable PNG");
    assert!(image.width() >= 400 && image.height() >= 300);
}

/// `stitch eval` on `model` gives the figures its card records, at least
/// `min_int8` int8 accuracy, and its pictures.
fn scores_as_its_card_says(model: &Path, min_int8: f64) {
    let card: Value =
        serde_json::from_slice(&std::fs::read(model.with_extension("json")).expect("model card"))
            .expect("model card is JSON");
    let plots = tempfile::tempdir().expect("tempdir");
    let (v, stderr) = run_json_stderr(&[
        "eval",
        "--model",
        path_str(model),
        "--json",
        "--plots",
        path_str(plots.path()),
    ]);
    let int8 = v["int8_accuracy"].as_f64().expect("int8_accuracy");
    assert!(int8 >= min_int8, "int8 accuracy {int8}");
    assert_eq!(v["int8_accuracy"], card["int8_test_accuracy"]);
    // The float weights beside the model are evaluated too.
    assert_eq!(v["float_accuracy"], card["float_test_accuracy"]);
    assert_eq!(v["agreement"], card["agreement"]);
    assert_eq!(v["test_images"], 10_000);
    assert_eq!(v["confusion"].as_array().map(Vec::len), Some(10));
    assert_eq!(
        v["per_class_int8_accuracy"].as_array().map(Vec::len),
        Some(10)
    );

    // The pictures went to --plots (and nowhere near the committed model),
    // and stderr says where.
    let stem = model.file_stem().unwrap().to_string_lossy();
    for what in ["confusion", "misclassified"] {
        let png = plots.path().join(format!("{stem}-{what}.png"));
        assert_png(&png);
        assert!(stderr.contains(path_str(&png)), "{stderr}");
    }
}

#[test]
fn committed_model_scores_as_its_card_says() {
    scores_as_its_card_says(&committed_model(), 0.88);
}

#[test]
fn committed_cnn_scores_as_its_card_says() {
    scores_as_its_card_says(&committed_cnn(), 0.905);
}

#[test]
fn float_figures_are_null_without_float_weights() {
    let dir = tempfile::tempdir().expect("tempdir");
    let model = dir.path().join("alone.stitch");
    std::fs::copy(committed_model(), &model).expect("copy");
    let v = run_json(&["eval", "--model", path_str(&model), "--json"]);
    assert!(
        v["float_accuracy"].is_null() && v["agreement"].is_null(),
        "{v}"
    );
    assert!(v["int8_accuracy"].as_f64().is_some_and(|a| a >= 0.88));
    // Default: the pictures are written beside the model.
    assert_png(&dir.path().join("alone-confusion.png"));
    assert_png(&dir.path().join("alone-misclassified.png"));
}

#[test]
fn old_model_files_are_refused_then_reexported() {
    let old = repo("core/tests/data/tiny-v1.stitch");
    let old_bytes = std::fs::read(&old).expect("v1 model");
    assert!(matches!(
        stitch_core::Model::from_bytes(&old_bytes),
        Err(stitch_core::Error::UnsupportedVersion { found: 1, .. })
    ));

    // inspect refuses it and says how to fix it.
    let out = run(&["inspect", path_str(&old)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("tiny-v1.stitch"), "{stderr}");
    assert!(
        stderr.contains("re-export") && stderr.contains("stitch quantize --model"),
        "{stderr}"
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let new = dir.path().join("tiny.stitch");
    let v = run_json(&[
        "quantize",
        "--model",
        path_str(&old),
        "--out",
        path_str(&new),
        "--json",
    ]);
    assert_eq!(v["from_version"], 1);
    assert_eq!(v["version"], stitch_core::format::VERSION);
    let new_bytes = std::fs::read(&new).expect("re-exported model");
    let model = stitch_core::Model::from_bytes(&new_bytes).expect("current reader accepts it");
    assert_eq!(v["model_bytes"], new_bytes.len());
    assert_eq!(v["crc_hex"], format!("{:08x}", model.crc()));
    // The same file stitch-core's upgrade writes, and inspect reads it now.
    assert_eq!(
        new_bytes,
        stitch_core::writer::upgrade(&old_bytes).expect("upgrade")
    );
    let out = run(&["inspect", path_str(&new)]);
    assert!(out.status.success());

    // Re-exporting a current file copies it unchanged.
    let again = dir.path().join("again.stitch");
    run_json(&[
        "quantize",
        "--model",
        path_str(&new),
        "--out",
        path_str(&again),
        "--json",
    ]);
    assert_eq!(std::fs::read(&again).expect("again"), new_bytes);
}

#[test]
fn quantize_takes_weights_or_model() {
    for args in [
        &["quantize"][..],
        &[
            "quantize",
            "--weights",
            "w.safetensors",
            "--model",
            "m.stitch",
        ],
        &["quantize", "--model", "m.stitch"],
    ] {
        let out = run(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "{args:?}: {stderr}");
    }
    // A model file that is not a model is an error naming it.
    let dir = tempfile::tempdir().expect("tempdir");
    let junk = dir.path().join("junk.stitch");
    std::fs::write(&junk, b"not a model").expect("write");
    let out = run(&[
        "quantize",
        "--model",
        path_str(&junk),
        "--out",
        path_str(&dir.path().join("o.stitch")),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("junk.stitch"));
    assert!(!dir.path().join("o.stitch").exists());
}
