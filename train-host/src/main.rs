//! `stitch`: parse the command line, run the command, and turn any error into
//! one line on stderr with a non-zero exit status.

use std::process::ExitCode;

use clap::Parser;
use stitch_train::cli::Cli;

fn main() -> ExitCode {
    // clap prints its own usage errors (exit status 2) and --help (0).
    let cli = Cli::parse();
    match stitch_train::commands::run(&cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
