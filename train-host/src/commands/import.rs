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
    rounding: &'static str,
    layers: usize,
    input_shape: &'a [usize],
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
        rounding: args.rounding,
        class_names: args.class_names.clone(),
    };
    let imported = import::import(&bytes, request).map_err(|source| Error::Import {
        path: args.model.clone(),
        source,
    })?;
    crate::atomic::write_bytes(&out, &imported.bytes)?;
    let spec = &imported.spec;
    let classes = matches!(spec.output, stitch_core::writer::OutputSpec::Classes(_));
    let report = Report {
        source: args.model.display().to_string(),
        sha256: spec
            .origin
            .as_ref()
            .map(|o| o.sha256.iter().map(|b| format!("{b:02x}")).collect())
            .unwrap_or_default(),
        out: out.display().to_string(),
        rounding: args.rounding.name(),
        layers: spec.layers.len(),
        input_shape: &spec.input.shape,
        outputs: spec.layers.last().map_or(0, |l| l.out_len),
        output: if classes { "classes" } else { "values" },
        softmax: imported.ending.softmax,
        dequantize: imported.ending.dequantize,
        model_bytes: imported.bytes.len(),
    };
    eprintln!(
        "imported {} -> {}: {} dense layers, input {:?}, {} output {}, {} rounding, {} bytes",
        report.source,
        report.out,
        report.layers,
        report.input_shape,
        report.outputs,
        report.output,
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
