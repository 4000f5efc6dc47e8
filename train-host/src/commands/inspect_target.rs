//! `stitch inspect --target`: what a model costs on a chip, predicted by
//! `stitch_core::cost` before anything is flashed.

use std::path::Path;

use stitch_core::cost::{Cost, Entry};
use stitch_core::Model;

use crate::cli::TargetArg;
use crate::error::Error;

/// The prediction, as `--json` prints it.
#[derive(Debug, serde::Serialize)]
struct Report {
    file: String,
    target: &'static str,
    kernel: &'static str,
    /// `Engine::infer`: the input's bytes (`q + 128`, an image's pixels) read in place.
    instructions_per_inference: u64,
    /// `Engine::infer_int8`: int8 input, flipped into a buffer first.
    instructions_per_inference_int8: u64,
    /// Model file + inference code.
    flash_bytes: usize,
    model_bytes: usize,
    code_bytes: usize,
    /// Engine (activation buffers, scratch) + stack.
    ram_bytes: usize,
    engine_bytes: usize,
    stack_bytes: usize,
}

/// Prints the prediction for `model` (the file `path`, `model_bytes` long) on `target`.
pub fn run(
    path: &Path,
    model: &Model<'_>,
    model_bytes: usize,
    target: TargetArg,
    json: bool,
) -> Result<(), Error> {
    let cost = |entry| {
        target
            .target()
            .cost(model, entry)
            .ok_or_else(|| Error::Usage(format!("no cost model for {}", target.name())))
    };
    let (bytes, int8): (Cost, Cost) = (cost(Entry::Bytes)?, cost(Entry::Int8)?);
    // A firmware calls one entry or the other: flash and stack bound both.
    let code_bytes = bytes.code_bytes.max(int8.code_bytes);
    let stack_bytes = bytes.stack_bytes.max(int8.stack_bytes);
    let report = Report {
        file: path.display().to_string(),
        target: target.name(),
        kernel: target.target().kernel(),
        instructions_per_inference: bytes.instructions,
        instructions_per_inference_int8: int8.instructions,
        flash_bytes: model_bytes + code_bytes,
        model_bytes,
        code_bytes,
        ram_bytes: bytes.engine_bytes + stack_bytes,
        engine_bytes: bytes.engine_bytes,
        stack_bytes,
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", human(&report));
    }
    Ok(())
}

fn human(r: &Report) -> String {
    format!(
        "{} on {} (kernel {}), predicted before flashing:\n\
         \x20 instructions per inference  {} (bytes read in place, Engine::infer), {} (int8 input, Engine::infer_int8)\n\
         \x20 flash                       {} B = model {} B + inference code {} B\n\
         \x20 RAM                         {} B = engine {} B (buffers and scratch) + stack {} B\n",
        r.file,
        r.target,
        r.kernel,
        r.instructions_per_inference,
        r.instructions_per_inference_int8,
        r.flash_bytes,
        r.model_bytes,
        r.code_bytes,
        r.ram_bytes,
        r.engine_bytes,
        r.stack_bytes
    )
}
