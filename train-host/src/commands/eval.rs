//! `stitch eval`: a .stitch model on the 10,000 test images, with stitch-core.
//! If the float weights FILE.safetensors lie beside the model, the float model
//! (candle) is evaluated too: float accuracy and float/int8 agreement, null
//! only when there are no float weights. Writes the confusion matrix and the
//! misclassified test images as PNGs (beside the model, or in `--plots DIR`).

use std::time::Instant;

use super::common::{self, Pictures};
use crate::cli::EvalArgs;
use crate::data::{self, Split};
use crate::error::Error;
use crate::float::{FloatNet, Net};
use crate::report::Report;
use crate::siblings;

/// The float weights at `weights_path`, if they belong with `model` (same
/// shape, and the card beside, if any, names both); otherwise a warning
/// saying why, and no float figures.
fn belonging_weights(
    model_path: &std::path::Path,
    model: &stitch_core::Model<'_>,
    weights_path: &std::path::Path,
) -> Result<Option<FloatNet>, Error> {
    let mlp = FloatNet::load(weights_path)?;
    let weights_bytes = crate::files::read_capped(weights_path, 1 << 30)?;
    let card_path = siblings::card_path(model_path);
    let card = match crate::files::read_capped(&card_path, 64 << 20) {
        Ok(text) => serde_json::from_slice::<serde_json::Value>(&text).ok(),
        Err(_) => None,
    };
    match siblings::mismatch(model, &mlp, &weights_bytes, card.as_ref()) {
        None => Ok(Some(mlp)),
        Some(reason) => {
            eprintln!(
                "warning: not comparing with {}: it does not belong with this model ({reason})",
                weights_path.display()
            );
            Ok(None)
        }
    }
}

pub fn run(args: &EvalArgs) -> Result<(), Error> {
    let started = Instant::now();
    // Reject a bad model (or float weights) before spending time on the data.
    let bytes = crate::int8::read(&args.model)?;
    let model = crate::int8::parse(&bytes, &args.model)?;
    crate::int8::PixelInput::for_classifier(&model, &args.model)?;
    let weights_path = siblings::weights_path(&args.model);
    let float_net = if weights_path != args.model && weights_path.is_file() {
        belonging_weights(&args.model, &model, &weights_path)?
            .map(|mlp| Net::from_float(&mlp))
            .transpose()?
    } else {
        None
    };
    // Evaluating needs no write access: pictures beside the model are
    // skipped, with a note, where they cannot be written; asked for with
    // --plots, they must be.
    let pictures = Pictures::new(&args.model, args.plots.as_deref());
    let wanted = ["confusion", "misclassified"];
    let pictures = match (pictures.ensure_writable(&wanted), &args.plots) {
        (Ok(()), _) => Some(pictures),
        (Err(e), Some(_)) => return Err(e),
        (Err(e), None) => {
            eprintln!("note: no pictures ({e}); pass --plots DIR to write them elsewhere");
            None
        }
    };

    let dir = data::resolve_data_dir(args.data.data_dir.as_deref());
    let test = data::load_split(&dir, Split::Test)?;
    let int8 = crate::int8::predict(&bytes, &test, &args.model)?;
    let float = float_net.map(|net| net.predict(&test)).transpose()?;
    let report = Report::new(
        &test.labels,
        &int8,
        float.as_deref(),
        &args.model,
        bytes.len(),
        started.elapsed().as_secs_f64(),
    );
    if float.is_some() {
        eprintln!("float weights: {}", weights_path.display());
    }
    report.print_human();
    if let Some(pictures) = pictures {
        let written = pictures.write_evaluation(&test, &int8, &report)?;
        common::print_pictures(&written);
    }
    if args.json {
        report.print_json()?;
    }
    Ok(())
}
