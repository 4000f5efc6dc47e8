//! One module per subcommand.

mod common;
pub mod eval;
pub mod export_samples;
pub mod export_vectors;
pub mod import;
pub mod inspect;
mod inspect_target;
pub mod predict;
pub mod quantize;
pub mod run;
pub mod show;
pub mod train;

use crate::cli::Command;
use crate::error::Error;

/// Runs the parsed command.
pub fn run(command: &Command) -> Result<(), Error> {
    match command {
        Command::Train(args) => train::run(args),
        Command::Quantize(args) => quantize::run(args),
        Command::Eval(args) => eval::run(args),
        Command::ExportSamples(args) => export_samples::run(args),
        Command::Predict(args) => predict::run(args),
        Command::Show(args) => show::run(args),
        Command::Inspect(args) => inspect::run(args),
        Command::Import(args) => import::run(args),
        Command::Run(args) => run::run(args),
        Command::ExportVectors(args) => export_vectors::run(args),
    }
}
