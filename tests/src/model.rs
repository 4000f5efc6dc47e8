//! The workspace and the model the tests run on.

use std::path::{Path, PathBuf};

/// The workspace root (the parent of `tests/`).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// `models/fashion-mnist.stitch`, the committed model (with its float
/// weights and model card beside it), ignoring `$STITCH_TEST_MODEL`.
pub fn committed_model() -> PathBuf {
    workspace().join("models/fashion-mnist.stitch")
}

/// `models/fashion-mnist-cnn.stitch`, the committed CNN (a graph model,
/// with its float weights and model card beside it).
pub fn committed_cnn() -> PathBuf {
    workspace().join("models/fashion-mnist-cnn.stitch")
}

/// The model to test: `$STITCH_TEST_MODEL` if set, else [`committed_model`].
/// Fails with a hint when the file is missing. The path is absolute, as the
/// firmware's build script resolves it from another directory.
pub fn model_path() -> PathBuf {
    let path = std::env::var_os("STITCH_TEST_MODEL").map_or_else(committed_model, PathBuf::from);
    assert!(
        path.is_file(),
        "{} is missing: train it with `stitch train` (or set STITCH_TEST_MODEL)",
        path.display()
    );
    std::fs::canonicalize(&path).expect("canonical model path")
}
