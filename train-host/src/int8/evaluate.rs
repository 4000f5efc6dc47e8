//! Int8 evaluation of a data set, through stitch-core's [`Prepared`] path,
//! four images at a time ([`Batch`]): the same integers as [`Engine::infer`]
//! (bit-identical, property-tested in stitch-core), with the weights copied
//! row-major once so that the compiler's wide SIMD applies, and each weight
//! loaded once per four images.

use std::path::Path;

use stitch_core::{Batch, Engine, Model, Prepared};

use super::PixelInput;
use crate::data::Dataset;
use crate::error::Error;

/// Widest layer the host engine accepts (stitch-core's buffers are sized at
/// compile time; two buffers of this many bytes).
pub const MAX_WIDTH: usize = 16_384;

/// Predicted class of every image of `data`, in order, by the model in
/// `bytes` (a Fashion-MNIST classifier). `path` only names the model in errors.
pub fn predict(bytes: &[u8], data: &Dataset, path: &Path) -> Result<Vec<u8>, Error> {
    let model = super::parse(bytes, path)?;
    let pixels = PixelInput::for_classifier(&model, path)?;
    let inputs: Vec<std::borrow::Cow<'_, [u8]>> = (0..data.len())
        .map(|i| pixels.bytes(data.image(i)))
        .collect();
    let inputs: Vec<&[u8]> = inputs.iter().map(|input| &input[..]).collect();
    let outputs = run(&model, &inputs, path)?;
    Ok(outputs
        .chunks(model.output_len().max(1))
        .map(|logits| stitch_core::softmax::argmax(logits).unwrap_or(0) as u8)
        .collect())
}

/// The last layer's int8 outputs for every input (bytes `q + 128`), one
/// after the other. `path` only names the model in errors.
pub fn run(model: &Model<'_>, inputs: &[&[u8]], path: &Path) -> Result<Vec<i8>, Error> {
    let model_error = |e: stitch_core::Error| Error::model(path, e.to_string());
    if model.is_graph() {
        return run_graph(model, inputs).map_err(model_error);
    }
    let mut buffer = vec![0u8; Prepared::buffer_len(model)];
    let prepared = Prepared::new(model, &mut buffer).map_err(model_error)?;
    let mut engine = Box::new(Engine::<MAX_WIDTH>::new());
    let mut batch = Box::new(Batch::<MAX_WIDTH>::new());
    let mut outputs = Vec::with_capacity(inputs.len() * model.output_len());
    let mut fours = inputs.chunks_exact(4);
    for four in fours.by_ref() {
        let four = [four[0], four[1], four[2], four[3]];
        for inference in batch.infer(&prepared, four).map_err(model_error)? {
            outputs.extend_from_slice(inference.logits());
        }
    }
    for input in fours.remainder() {
        let inference = engine
            .infer_prepared(&prepared, input)
            .map_err(model_error)?;
        outputs.extend_from_slice(inference.logits());
    }
    Ok(outputs)
}

/// [`run`] for a graph model: one inference at a time in an arena of the
/// model's size, the inputs flipped back to int8.
fn run_graph(model: &Model<'_>, inputs: &[&[u8]]) -> Result<Vec<i8>, stitch_core::Error> {
    let mut arena = vec![0u32; model.arena_bytes().div_ceil(4)];
    let mut outputs = Vec::with_capacity(inputs.len() * model.output_len());
    let mut input = vec![0i8; model.input_len()];
    for bytes in inputs {
        for (q, &x) in input.iter_mut().zip(*bytes) {
            *q = (x ^ 0x80) as i8;
        }
        outputs.extend_from_slice(stitch_core::graph::infer(model, &input, &mut arena)?);
    }
    Ok(outputs)
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
        let mut engine = Box::new(Engine::<MAX_WIDTH>::new());
        for (i, &class) in fast.iter().enumerate() {
            let plain = engine.infer(&model, data.image(i)).expect("infer").class();
            assert_eq!(usize::from(class), plain, "image {i}");
        }
    }
}
