//! `stitch export-vectors`: inputs and the outputs expected of them, packed
//! into the file a firmware built with `STITCH_VECTORS` checks itself against
//! (`stitch_core::vectors`).

use crate::arrays::{self, Values};
use crate::cli::VectorsArgs;
use crate::error::Error;

pub fn run(args: &VectorsArgs) -> Result<(), Error> {
    let bytes = crate::int8::read(&args.model)?;
    let model = crate::int8::parse(&bytes, &args.model)?;
    crate::atomic::ensure_writable(&args.out)?;
    let input = arrays::read(&args.input)?;
    let count = super::run::batch_len(&model, &input).map_err(|p| Error::input(&args.input, p))?;
    let inputs: Vec<i8> = super::run::input_bytes(&model, &input.values)
        .map_err(|p| Error::input(&args.input, p))?
        .into_iter()
        .map(|x| (x ^ 0x80) as i8)
        .collect();
    let expected = arrays::read(&args.expected)?;
    let Values::Int8(expected) = expected.values else {
        return Err(Error::input(
            &args.expected,
            format!(
                "{} values; the expected outputs are int8",
                expected.values.dtype()
            ),
        ));
    };
    let outputs = model.output_len();
    if expected.len() != count * outputs {
        return Err(Error::input(
            &args.expected,
            format!(
                "{} values for {count} inputs of {outputs} outputs each ({})",
                expected.len(),
                count * outputs
            ),
        ));
    }
    let count = args.count.map_or(count, |n| (n as usize).min(count));
    let pairs: Vec<(&[i8], &[i8])> = inputs
        .chunks_exact(model.input_len())
        .zip(expected.chunks_exact(outputs))
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
