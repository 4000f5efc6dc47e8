//! `stitch eval`: a .stitch model on the 10,000 test images, with stitch-core.
//! Only the int8 model is known here, so float accuracy and agreement are null.

use std::time::Instant;

use crate::cli::EvalArgs;
use crate::data::{self, Split};
use crate::error::Error;
use crate::report::Report;

pub fn run(args: &EvalArgs) -> Result<(), Error> {
    let started = Instant::now();
    let bytes = std::fs::read(&args.model).map_err(|e| Error::read(&args.model, e))?;
    // Reject a bad model before spending time on the data.
    stitch_core::Model::from_bytes(&bytes).map_err(|e| Error::model(&args.model, e.to_string()))?;
    let dir = data::resolve_data_dir(args.data.data_dir.as_deref());
    let test = data::load_split(&dir, Split::Test)?;
    let int8 = crate::int8::predict(&bytes, &test, &args.model)?;
    let report = Report::new(
        &test.labels,
        &int8,
        None,
        &args.model,
        bytes.len(),
        started.elapsed().as_secs_f64(),
    );
    report.print_human();
    if args.json {
        report.print_json()?;
    }
    Ok(())
}
