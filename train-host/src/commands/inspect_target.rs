//! `stitch inspect --target`: what a model costs on a chip, predicted by
//! `stitch_core::cost` before anything is flashed.

use std::path::Path;

use stitch_core::Model;

use crate::cli::{EntryArg, TargetArg};
use crate::error::Error;

/// The prediction, as `--json` prints it.
#[derive(Debug, serde::Serialize)]
struct Report {
    file: String,
    target: &'static str,
    kernel: &'static str,
    /// `bytes` (`Engine::infer`) or `int8` (`Engine::infer_int8`).
    entry: &'static str,
    instructions_per_inference: u64,
    /// Model file + inference code.
    flash_bytes: usize,
    model_bytes: usize,
    code_bytes: usize,
    /// Engine (activation buffers, scratch) + stack.
    ram_bytes: usize,
    engine_bytes: usize,
    stack_bytes: usize,
}

/// Prints the prediction for `model` (the file `path`, `model_bytes` long)
/// on `target`, the input going in through `entry`.
pub fn run(
    path: &Path,
    model: &Model<'_>,
    model_bytes: usize,
    (target, entry): (TargetArg, EntryArg),
    json: bool,
) -> Result<(), Error> {
    let cost = target
        .target()
        .cost(model, entry.entry())
        .ok_or_else(|| Error::Usage(format!("no cost model for {}", target.name())))?;
    let report = Report {
        file: path.display().to_string(),
        target: target.name(),
        kernel: target.target().kernel(),
        entry: entry.name(),
        instructions_per_inference: cost.instructions,
        flash_bytes: cost.flash_bytes(model_bytes),
        model_bytes,
        code_bytes: cost.code_bytes,
        ram_bytes: cost.ram_bytes(),
        engine_bytes: cost.engine_bytes,
        stack_bytes: cost.stack_bytes,
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", human(&report));
    }
    Ok(())
}

fn human(r: &Report) -> String {
    let entry = match r.entry {
        "bytes" => "bytes read in place, Engine::infer",
        _ => "int8 input, Engine::infer_int8",
    };
    format!(
        "{} on {} (kernel {}, {entry}), predicted before flashing:\n\
         \x20 instructions per inference  {}\n\
         \x20 flash                       {} B = model {} B + inference code {} B\n\
         \x20 RAM                         {} B = engine {} B (buffers and scratch) + stack {} B\n",
        r.file,
        r.target,
        r.kernel,
        r.instructions_per_inference,
        r.flash_bytes,
        r.model_bytes,
        r.code_bytes,
        r.ram_bytes,
        r.engine_bytes,
        r.stack_bytes
    )
}

/// A graph model's cost, as `--json` prints it.
#[derive(Debug, serde::Serialize)]
struct GraphReport {
    file: String,
    target: &'static str,
    kind: &'static str,
    instructions_per_inference: u64,
    /// Model file + the graph path's code.
    flash_bytes: usize,
    model_bytes: usize,
    code_bytes: usize,
    /// Arena + stack.
    ram_bytes: usize,
    arena_bytes: usize,
    stack_bytes: usize,
}

/// Prints what the graph `model` costs on `target`, known before flashing:
/// instructions, flash and RAM.
pub fn graph(
    path: &Path,
    model: &Model<'_>,
    model_bytes: usize,
    target: TargetArg,
    json: bool,
) -> Result<(), Error> {
    let cost = target
        .target()
        .graph_cost(model)
        .ok_or_else(|| Error::Usage(format!("no cost model for {}", target.name())))?;
    let report = GraphReport {
        file: path.display().to_string(),
        target: target.name(),
        kind: "graph",
        instructions_per_inference: cost.instructions,
        flash_bytes: cost.flash_bytes(model_bytes),
        model_bytes,
        code_bytes: cost.code_bytes,
        ram_bytes: cost.ram_bytes(),
        arena_bytes: cost.arena_bytes,
        stack_bytes: cost.stack_bytes,
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    print!(
        "{} on {} (a graph: stitch_core::graph in its arena), before flashing:\n\
         \x20 instructions per inference  {} (at most; stitch-graph measures every layer's)\n\
         \x20 flash                       {} B = model {} B + graph code {} B\n\
         \x20 RAM                         {} B = arena {} B + stack {} B\n",
        report.file,
        report.target,
        report.instructions_per_inference,
        report.flash_bytes,
        report.model_bytes,
        report.code_bytes,
        report.ram_bytes,
        report.arena_bytes,
        report.stack_bytes
    );
    Ok(())
}
