//! Steps shared by `train`, `quantize` and `eval`.

use std::path::Path;

use crate::cli::Calibration;
use crate::data::{self, Dataset, Split};
use crate::error::Error;
use crate::model::{FloatMlp, Net};
use crate::quantize::{self, CALIBRATION_IMAGES};

/// A quantized model and the predictions that judge it.
pub struct Quantized {
    pub bytes: Vec<u8>,
    pub float_predictions: Vec<u8>,
    pub int8_predictions: Vec<u8>,
}

/// The model's name inside the file: the output's file stem.
pub fn model_name(out: &Path) -> String {
    out.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stitch".to_string())
}

/// The training images quantization calibrates on: the first
/// [`CALIBRATION_IMAGES`] of the training split (never validation or test).
pub fn calibration_set(train: &Dataset) -> Dataset {
    train.head(CALIBRATION_IMAGES)
}

/// Loads the training split without its validation tail, for calibration.
pub fn load_training_split(dir: &Path) -> Result<Dataset, Error> {
    let (train, _val) = data::load_split(dir, Split::Train)?.split_last(data::VALIDATION_COUNT);
    Ok(train)
}

/// Quantizes `mlp`, then predicts `eval_set` with the float model (candle)
/// and the int8 model (stitch-core, from the encoded bytes).
pub fn quantize_and_predict(
    mlp: &FloatMlp,
    calibration: &Dataset,
    method: Calibration,
    eval_set: &Dataset,
    out: &Path,
) -> Result<Quantized, Error> {
    let spec = quantize::quantize(mlp, calibration, method, &model_name(out));
    let bytes = stitch_core::writer::to_bytes(&spec)
        .map_err(|e| Error::model(out, format!("quantized model rejected: {e}")))?;
    let float_predictions = Net::from_mlp(mlp)?.predict(eval_set)?;
    let int8_predictions = crate::int8::predict(&bytes, eval_set, out)?;
    Ok(Quantized {
        bytes,
        float_predictions,
        int8_predictions,
    })
}
