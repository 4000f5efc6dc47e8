//! One module per subcommand.

pub mod export_samples;

use crate::cli::Command;
use crate::error::Error;

/// Runs the parsed command.
pub fn run(command: &Command) -> Result<(), Error> {
    match command {
        Command::ExportSamples(args) => export_samples::run(args),
        _ => Err(Error::Usage("not implemented yet".into())),
    }
}
