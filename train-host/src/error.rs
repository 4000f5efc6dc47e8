//! The CLI's error type: every failure becomes ONE line on stderr and a
//! non-zero exit, never a panic. Each variant keeps what the user needs to fix
//! the problem (usually a path) and, where there is one, its source.

use std::path::{Path, PathBuf};

use crate::data::DataError;
use stitch_import::ImportError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad or missing input data.
    #[error("{0}")]
    Data(#[from] DataError),
    /// An output file could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// An input file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// An input file (array, image) whose content is wrong.
    #[error("{}: {problem}", path.display())]
    Input { path: PathBuf, problem: String },
    /// A weights file that is not a stitch MLP (names, shapes, dtype).
    #[error("{}: not a stitch weights file: {problem}", path.display())]
    Weights { path: PathBuf, problem: String },
    /// A model file stitch-core rejected, or could not run.
    #[error("{}: {problem}", path.display())]
    Model { path: PathBuf, problem: String },
    /// A TFLite file `stitch import` cannot import.
    #[error("{}: {source}", path.display())]
    Import { path: PathBuf, source: ImportError },
    /// A flag value that parses but makes no sense (e.g. `--count 0`).
    #[error("{0}")]
    Usage(String),
    /// The JSON output could not be encoded.
    #[error("cannot encode the JSON output: {0}")]
    Json(#[from] serde_json::Error),
    /// The loss stopped being a finite number: training diverged.
    #[error(
        "training diverged: the loss is {loss} in epoch {epoch} (batch {batch}); \
         try a smaller --lr (now {lr:e}) or --weight-decay (now {weight_decay:e})"
    )]
    Diverged {
        epoch: usize,
        batch: usize,
        loss: f64,
        lr: f64,
        weight_decay: f64,
    },
    /// candle failed during training or float evaluation; its errors can
    /// span lines (backtraces), so only the first is shown.
    #[error("training failed: {}", first_line(.0))]
    Candle(#[from] candle_core::Error),
}

fn first_line(error: &candle_core::Error) -> String {
    error.to_string().lines().next().unwrap_or("").to_string()
}

impl Error {
    pub fn write(path: &Path, source: std::io::Error) -> Self {
        Error::Write {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn read(path: &Path, source: std::io::Error) -> Self {
        Error::Read {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn weights(path: &Path, problem: impl Into<String>) -> Self {
        Error::Weights {
            path: path.to_path_buf(),
            problem: problem.into(),
        }
    }

    pub fn model(path: &Path, problem: impl Into<String>) -> Self {
        Error::Model {
            path: path.to_path_buf(),
            problem: problem.into(),
        }
    }

    pub fn input(path: &Path, problem: impl Into<String>) -> Self {
        Error::Input {
            path: path.to_path_buf(),
            problem: problem.into(),
        }
    }
}
