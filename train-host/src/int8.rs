//! Int8 evaluation, done ONLY by stitch-core (the engine the firmware runs):
//! the host never re-implements int8 inference, so the accuracy it reports is
//! the accuracy the device gets.

use std::path::Path;

use stitch_core::{Engine, Model};

use crate::data::Dataset;
use crate::error::Error;

/// Widest layer the host engine accepts (stitch-core's buffers are sized at
/// compile time; two buffers of this many bytes).
pub const MAX_WIDTH: usize = 1024;

/// Predicted class of every image of `data`, in order, by the model in
/// `bytes`. `path` only names the model in errors.
pub fn predict(bytes: &[u8], data: &Dataset, path: &Path) -> Result<Vec<u8>, Error> {
    let model = Model::from_bytes(bytes).map_err(|e| Error::model(path, e.to_string()))?;
    let mut engine = Engine::<MAX_WIDTH>::new();
    engine
        .check(&model)
        .map_err(|e| Error::model(path, e.to_string()))?;
    let mut predictions = Vec::with_capacity(data.len());
    for i in 0..data.len() {
        let inference = engine
            .infer(&model, data.image(i))
            .map_err(|e| Error::model(path, e.to_string()))?;
        predictions.push(inference.class() as u8);
    }
    Ok(predictions)
}
