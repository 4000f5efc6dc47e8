//! `stitch quantize`: float weights (.safetensors) -> int8 .stitch model,
//! evaluated on the test set (float with candle, int8 with stitch-core).

use std::time::Instant;

use super::common;
use crate::cli::QuantizeArgs;
use crate::data::{self, Split};
use crate::error::Error;
use crate::model::FloatMlp;
use crate::report::Report;

pub fn run(args: &QuantizeArgs) -> Result<(), Error> {
    let started = Instant::now();
    let mlp = FloatMlp::load(&args.weights)?;
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| args.weights.with_extension("stitch"));
    if out == args.weights {
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
        &mlp,
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
