//! Int8 evaluation, done ONLY by stitch-core (the engine the firmware runs):
//! the host never re-implements int8 inference, so the accuracy it reports is
//! the accuracy the device gets.
//!
//! The host runs stitch-core's [`Prepared`] path, four images at a time
//! ([`Batch`]): the same integers as [`Engine::infer`] (bit-identical,
//! property-tested in stitch-core), with the weights copied row-major once so
//! that the compiler's wide SIMD applies, and each weight loaded once per four
//! images.

use std::path::Path;

use stitch_core::{Batch, Engine, Model, Prepared};

use crate::data::Dataset;
use crate::error::Error;

/// Widest layer the host engine accepts (stitch-core's buffers are sized at
/// compile time; two buffers of this many bytes).
pub const MAX_WIDTH: usize = 1024;

/// Predicted class of every image of `data`, in order, by the model in
/// `bytes`. `path` only names the model in errors.
pub fn predict(bytes: &[u8], data: &Dataset, path: &Path) -> Result<Vec<u8>, Error> {
    let model_error = |e: stitch_core::Error| Error::model(path, e.to_string());
    let model = Model::from_bytes(bytes).map_err(model_error)?;
    let mut engine = Engine::<MAX_WIDTH>::new();
    engine.check(&model).map_err(model_error)?;
    let mut buffer = vec![0u8; Prepared::buffer_len(&model)];
    let prepared = Prepared::new(&model, &mut buffer).map_err(model_error)?;
    let mut batch = Batch::<MAX_WIDTH>::new();
    let mut predictions = Vec::with_capacity(data.len());
    let fours = data.len() / 4 * 4;
    for i in (0..fours).step_by(4) {
        let images = [i, i + 1, i + 2, i + 3].map(|i| data.image(i));
        let inferences = batch.infer(&prepared, images).map_err(model_error)?;
        predictions.extend(inferences.map(|inference| inference.class() as u8));
    }
    for i in fours..data.len() {
        let inference = engine
            .infer_prepared(&prepared, data.image(i))
            .map_err(model_error)?;
        predictions.push(inference.class() as u8);
    }
    Ok(predictions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::PIXELS;

    /// The batched, prepared path predicts exactly what the plain `infer`
    /// does (51 images: twelve batches of four and three single ones).
    #[test]
    fn prepared_matches_plain_inference() {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../models/fashion-mnist.stitch"
        ))
        .expect("committed model");
        let data = Dataset {
            images: (0..51 * PIXELS).map(|i| (i * 37 % 251) as u8).collect(),
            labels: vec![0; 51],
        };
        let fast = predict(&bytes, &data, "m".as_ref()).expect("predict");
        let model = Model::from_bytes(&bytes).expect("model");
        let mut engine = Engine::<MAX_WIDTH>::new();
        for (i, &class) in fast.iter().enumerate() {
            let plain = engine.infer(&model, data.image(i)).expect("infer").class();
            assert_eq!(usize::from(class), plain, "image {i}");
        }
    }
}
