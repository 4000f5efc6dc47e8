//! `stitch import`: an int8 TFLite model as a .stitch model (`crate::import`).

use std::path::Path;

use sha2::{Digest, Sha256};
use stitch_core::writer::OriginSpec;

use crate::cli::ImportArgs;
use crate::error::Error;
use stitch_import::{self as import, Request};

/// Largest .tflite file read (the format's limits allow far less weight data).
pub const MAX_TFLITE_BYTES: u64 = 256 << 20;

/// The `--json` output.
#[derive(Debug, serde::Serialize)]
struct Report<'a> {
    source: String,
    sha256: String,
    out: String,
    /// The runtime matched: `litert`, `tflm`, or `single`/`double` everywhere.
    #[serde(rename = "match")]
    matching: &'static str,
    /// The layers' rounding: `single` or `double`, or `per layer`.
    rounding: &'static str,
    /// `chain` (dense layers) or `graph` (convolutions).
    kind: &'static str,
    layers: usize,
    /// Bytes of arena a graph needs (0 for a chain).
    arena_bytes: usize,
    input_shape: &'a [u32],
    outputs: usize,
    /// `classes` or `values`.
    output: &'static str,
    /// The graph's trailing SOFTMAX and DEQUANTIZE (not layers: the output's meaning).
    softmax: bool,
    dequantize: bool,
    model_bytes: usize,
}

pub fn run(args: &ImportArgs) -> Result<(), Error> {
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| args.model.with_extension("stitch"));
    if out == args.model {
        return Err(Error::Usage(format!(
            "--out {} would overwrite the model being imported",
            out.display()
        )));
    }
    crate::atomic::ensure_writable(&out)?;
    let bytes = crate::files::read_capped(&args.model, MAX_TFLITE_BYTES)?;
    let request = Request {
        name: file_part(&args.model, Path::file_stem),
        origin: OriginSpec {
            source: file_part(&args.model, Path::file_name),
            sha256: Sha256::digest(&bytes).into(),
        },
        matching: args.matching(),
        class_names: args.class_names.clone(),
    };
    let imported = import::import(&bytes, request).map_err(|source| Error::Import {
        path: args.model.clone(),
        source,
    })?;
    crate::atomic::write_bytes(&out, &imported.bytes)?;
    // The importer read the file back: the figures are the model's own.
    let model = stitch_core::Model::from_bytes(&imported.bytes)
        .map_err(|e| Error::model(&out, e.to_string()))?;
    let classes = model.output_meaning() == stitch_core::OutputMeaning::Classes;
    let mut roundings = model.layers().iter().map(|l| l.rounding().name());
    let first = roundings.next().unwrap_or("single");
    let report = Report {
        source: args.model.display().to_string(),
        sha256: model
            .origin()
            .map(|o| o.sha256.iter().map(|b| format!("{b:02x}")).collect())
            .unwrap_or_default(),
        out: out.display().to_string(),
        matching: args.matching().name(),
        rounding: if roundings.all(|r| r == first) {
            first
        } else {
            "per layer"
        },
        kind: if model.is_graph() { "graph" } else { "chain" },
        layers: model.layers().len(),
        arena_bytes: model.arena_bytes(),
        input_shape: model.input_shape(),
        outputs: model.output_len(),
        output: if classes { "classes" } else { "values" },
        softmax: imported.ending.softmax,
        dequantize: imported.ending.dequantize,
        model_bytes: imported.bytes.len(),
    };
    let arena = if model.is_graph() {
        format!(", arena {} bytes", report.arena_bytes)
    } else {
        String::new()
    };
    eprintln!(
        "imported {} -> {}: {} layers ({}), input {:?}, {} output {}, rounding as {} ({}), {} bytes{arena}",
        report.source,
        report.out,
        report.layers,
        report.kind,
        report.input_shape,
        report.outputs,
        report.output,
        report.matching,
        report.rounding,
        report.model_bytes
    );
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    }
    Ok(())
}

/// A part of the path's file name as text (`model` if it has none).
fn file_part(path: &Path, part: fn(&Path) -> Option<&std::ffi::OsStr>) -> String {
    part(path).map_or_else(|| "model".to_string(), |s| s.to_string_lossy().into_owned())
}
