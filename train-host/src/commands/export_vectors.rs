//! `stitch export-vectors`: inputs and the outputs expected of them, packed
//! into the file a firmware built with `STITCH_VECTORS` checks itself against
//! (`stitch_core::vectors`): given as files (a reference runtime's outputs),
//! or the first test images with the outputs stitch-core computes of them
//! on the host.

use std::path::Path;

use stitch_core::Model;

use crate::arrays::{self, Values};
use crate::cli::VectorsArgs;
use crate::data::{self, Split};
use crate::error::Error;

/// Test images `--test-images` takes without `--count`.
const DEFAULT_TEST_IMAGES: usize = 20;

/// Inputs and expected outputs, int8, one after the other.
struct Pairs {
    inputs: Vec<i8>,
    expected: Vec<i8>,
}

pub fn run(args: &VectorsArgs) -> Result<(), Error> {
    let bytes = crate::int8::read(&args.model)?;
    let model = crate::int8::parse(&bytes, &args.model)?;
    crate::atomic::ensure_writable(&args.out)?;
    let pairs = match (&args.input, &args.expected) {
        (Some(input), Some(expected)) => from_files(&model, input, expected)?,
        _ => from_test_images(&model, args)?,
    };
    let outputs = model.output_len();
    let count = pairs.expected.len() / outputs.max(1);
    let count = args.count.map_or(count, |n| (n as usize).min(count));
    let pairs: Vec<(&[i8], &[i8])> = pairs
        .inputs
        .chunks_exact(model.input_len())
        .zip(pairs.expected.chunks_exact(outputs))
        .take(count)
        .collect();
    let file = stitch_core::vectors::to_bytes(model.input_len(), outputs, &pairs);
    crate::atomic::write_bytes(&args.out, &file)?;
    eprintln!(
        "wrote {count} vectors ({} inputs, {outputs} outputs each, {} bytes) to {}",
        model.input_len(),
        file.len(),
        args.out.display()
    );
    Ok(())
}

/// `--input` and `--expected`: checked against the model and each other.
fn from_files(model: &Model<'_>, input: &Path, expected: &Path) -> Result<Pairs, Error> {
    let array = arrays::read(input)?;
    let count = super::run::batch_len(model, &array).map_err(|p| Error::input(input, p))?;
    let inputs: Vec<i8> = super::run::input_bytes(model, &array.values)
        .map_err(|p| Error::input(input, p))?
        .into_iter()
        .map(|x| (x ^ 0x80) as i8)
        .collect();
    let outputs = arrays::read(expected)?;
    let Values::Int8(outputs) = outputs.values else {
        return Err(Error::input(
            expected,
            format!(
                "{} values; the expected outputs are int8",
                outputs.values.dtype()
            ),
        ));
    };
    let per_input = model.output_len();
    if outputs.len() != count * per_input {
        return Err(Error::input(
            expected,
            format!(
                "{} values for {count} inputs of {per_input} outputs each ({})",
                outputs.len(),
                count * per_input
            ),
        ));
    }
    Ok(Pairs {
        inputs,
        expected: outputs,
    })
}

/// `--test-images`: the first test images, and the model's outputs of them
/// computed by stitch-core on the host.
fn from_test_images(model: &Model<'_>, args: &VectorsArgs) -> Result<Pairs, Error> {
    let pixels = crate::int8::PixelInput::for_classifier(model, &args.model)?;
    let dir = data::resolve_data_dir(args.data.data_dir.as_deref());
    let test = data::load_split(&dir, Split::Test)?;
    let count = args
        .count
        .map_or(DEFAULT_TEST_IMAGES, |n| n as usize)
        .min(test.len());
    let images: Vec<std::borrow::Cow<'_, [u8]>> =
        (0..count).map(|i| pixels.bytes(test.image(i))).collect();
    let images: Vec<&[u8]> = images.iter().map(|image| &image[..]).collect();
    let expected = crate::int8::evaluate::run(model, &images, &args.model)?;
    let inputs = images
        .concat()
        .into_iter()
        .map(|x| (x ^ 0x80) as i8)
        .collect();
    Ok(Pairs { inputs, expected })
}
