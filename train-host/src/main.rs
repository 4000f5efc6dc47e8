//! `stitch`: parse the command line, run the command, and turn any error into
//! one line on stderr with a non-zero exit status.

use std::process::ExitCode;

use clap::Parser;
use stitch_train::cli::Cli;

fn main() -> ExitCode {
    // candle sizes its matmul parallelism from RAYON_NUM_THREADS; one thread
    // is no slower than two for a model this small (measured) and keeps the
    // other core free.
    // Set before any thread exists, and only if the user has not chosen.
    if std::env::var_os("RAYON_NUM_THREADS").is_none() {
        std::env::set_var("RAYON_NUM_THREADS", "1");
    }
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
