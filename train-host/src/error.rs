//! The CLI's error type: every failure becomes ONE line on stderr and a
//! non-zero exit, never a panic. Each variant keeps what the user needs to fix
//! the problem (usually a path).

use std::fmt;
use std::path::{Path, PathBuf};

use crate::data::DataError;

#[derive(Debug)]
pub enum Error {
    /// Bad or missing input data.
    Data(DataError),
    /// An output file could not be written.
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// An input file (model, weights) could not be read.
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A weights file that is not a stitch MLP (names, shapes, dtype).
    Weights { path: PathBuf, problem: String },
    /// A model file stitch-core rejected, or could not run.
    Model { path: PathBuf, problem: String },
    /// A flag value that parses but makes no sense (e.g. `--count 0`).
    Usage(String),
    /// candle failed during training or float evaluation.
    Candle(candle_core::Error),
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
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Data(e) => write!(f, "{e}"),
            Error::Write { path, source } => {
                write!(f, "cannot write {}: {source}", path.display())
            }
            Error::Read { path, source } => {
                write!(f, "cannot read {}: {source}", path.display())
            }
            Error::Weights { path, problem } => {
                write!(
                    f,
                    "{}: not a stitch weights file: {problem}",
                    path.display()
                )
            }
            Error::Model { path, problem } => write!(f, "{}: {problem}", path.display()),
            Error::Usage(msg) => write!(f, "{msg}"),
            // candle errors can span lines (backtraces): keep the first line.
            Error::Candle(e) => {
                let text = e.to_string();
                write!(f, "training failed: {}", text.lines().next().unwrap_or(""))
            }
        }
    }
}

impl std::error::Error for Error {}

impl From<DataError> for Error {
    fn from(e: DataError) -> Self {
        Error::Data(e)
    }
}

impl From<candle_core::Error> for Error {
    fn from(e: candle_core::Error) -> Self {
        Error::Candle(e)
    }
}
