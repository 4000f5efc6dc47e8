//! `stitch quantize`: float weights (.safetensors) -> int8 .stitch model,
//! evaluated on the test set (float with candle, int8 with stitch-core); or,
//! with `--model`, an older .stitch file re-exported in the current format
//! version (stitch-core's `writer::upgrade`).

use std::path::Path;
use std::time::Instant;

use super::common;
use crate::cli::QuantizeArgs;
use crate::data::{self, Split};
use crate::error::Error;
use crate::float::FloatNet;
use crate::report::Report;

/// The `--json` output of a re-export.
#[derive(Debug, serde::Serialize)]
struct Reexport {
    model: String,
    out: String,
    from_version: u16,
    version: u16,
    model_bytes: usize,
    crc_hex: String,
}

pub fn run(args: &QuantizeArgs) -> Result<(), Error> {
    match (&args.weights, &args.model) {
        (Some(weights), _) => from_weights(args, weights),
        (None, Some(model)) => reexport(args, model),
        (None, None) => Err(Error::Usage("give --weights FILE or --model FILE".into())),
    }
}

/// `--model OLD --out NEW`: the same model in the current format version.
fn reexport(args: &QuantizeArgs, model: &Path) -> Result<(), Error> {
    let Some(out) = &args.out else {
        return Err(Error::Usage("--model needs --out FILE".into()));
    };
    let bytes = std::fs::read(model).map_err(|e| Error::read(model, e))?;
    let from_version = bytes
        .get(4..6)
        .map_or(0, |v| u16::from_le_bytes([v[0], v[1]]));
    let upgraded = stitch_core::writer::upgrade(&bytes)
        .map_err(|e| Error::model(model, format!("cannot re-export: {e}")))?;
    // What we write must be what the reader (and the firmware) accepts.
    let current = stitch_core::Model::from_bytes(&upgraded)
        .map_err(|e| Error::model(model, format!("re-exported model rejected: {e}")))?;
    crate::atomic::write_bytes(out, &upgraded)?;
    let report = Reexport {
        model: model.display().to_string(),
        out: out.display().to_string(),
        from_version,
        version: stitch_core::format::VERSION,
        model_bytes: upgraded.len(),
        crc_hex: format!("{:08x}", current.crc()),
    };
    let how = if from_version == report.version {
        "already current, copied"
    } else {
        "re-exported"
    };
    eprintln!(
        "{how}: {} (format version {}) -> {} (format version {}, {} bytes, CRC-32 0x{})",
        report.model,
        report.from_version,
        report.out,
        report.version,
        report.model_bytes,
        report.crc_hex
    );
    if args.json {
        let text = serde_json::to_string(&report)?;
        println!("{text}");
    }
    Ok(())
}

/// `--weights FILE.safetensors`: quantize, write, and evaluate.
fn from_weights(args: &QuantizeArgs, weights: &Path) -> Result<(), Error> {
    let started = Instant::now();
    let float = FloatNet::load(weights)?;
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| weights.with_extension("stitch"));
    if out == weights {
        return Err(Error::Usage(format!(
            "--out {} would overwrite the weights",
            out.display()
        )));
    }
    crate::atomic::ensure_writable(&out)?;
    let dir = data::resolve_data_dir(args.data.data_dir.as_deref());
    let train = common::load_training_split(&dir)?;
    let test = data::load_split(&dir, Split::Test)?;
    let q = common::quantize_and_predict(
        &float,
        &common::calibration_set(&train),
        args.calibration,
        &test,
        &out,
    )?;
    crate::atomic::write_bytes(&out, &q.bytes)?;
    let report = Report::new(
        &test.labels,
        &q.int8_predictions,
        Some(&q.float_predictions),
        &out,
        q.bytes.len(),
        started.elapsed().as_secs_f64(),
    );
    report.print_human();
    if args.json {
        report.print_json()?;
    }
    Ok(())
}
