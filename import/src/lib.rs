//! stitch-import: a TFLite int8 model someone else made, as a stitch model
//! that computes the same integers.
//!
//! A `.tflite` is untrusted input. It is read with planus (a maintained
//! FlatBuffers library) through code generated from TFLite's schema
//! (`schema.fbs`, `tflite_schema.rs`), whose accessors check every offset
//! and return an error on a malformed buffer; [`graph`] turns it into plain
//! Rust, [`chain`] matches the operators stitch runs and builds the model.

mod chain;
pub mod graph;
mod operator_names;
#[cfg(test)]
mod tests;
#[allow(clippy::all, clippy::pedantic, unused, missing_docs)]
#[rustfmt::skip]
mod tflite_schema;

use stitch_core::writer::{ModelSpec, OriginSpec};
use stitch_core::Rounding;

pub use chain::Ending;

/// Why a file cannot be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file does not carry TFLite's identifier.
    #[error("not a TFLite model (no \"TFL3\" file identifier)")]
    NotTflite,
    /// The flatbuffer does not hold together.
    #[error("malformed TFLite flatbuffer: {0}")]
    Malformed(String),
    /// A valid TFLite model that stitch does not run, and why.
    #[error("{0}")]
    Unsupported(String),
    /// The model is well formed, but a flag does not fit it.
    #[error("{0}")]
    Usage(String),
    /// The model does not fit stitch's format (a limit, a range).
    #[error("the imported model is not valid for stitch: {0}")]
    Model(stitch_core::Error),
}

/// What `stitch import` was asked for besides the file.
pub struct Request {
    /// The model's name (the file's stem).
    pub name: String,
    /// The file's name and SHA-256, recorded in the model.
    pub origin: OriginSpec,
    pub rounding: Rounding,
    pub class_names: Option<Vec<String>>,
}

/// The result: the model file's bytes and what the chain ended in.
pub struct Imported {
    pub bytes: Vec<u8>,
    pub spec: ModelSpec,
    pub ending: Ending,
}

/// Imports the TFLite model in `bytes`.
pub fn import(bytes: &[u8], request: Request) -> Result<Imported, ImportError> {
    let graph = graph::read(bytes)?;
    let chain = chain::chain(&graph, request.rounding)?;
    let ending = chain.ending;
    let spec = chain::spec(chain, request.name, request.origin, request.class_names)?;
    let bytes = stitch_core::writer::to_bytes(&spec).map_err(ImportError::Model)?;
    Ok(Imported {
        bytes,
        spec,
        ending,
    })
}
