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
    #[cfg(unix)]
    default_sigpipe();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // --help and --version go to stdout with status 0, as clap does.
        Err(e) if !e.use_stderr() => e.exit(),
        // `stitch` alone: the full help is the useful answer (status 2).
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            e.exit()
        }
        // A usage error is ONE line (clap's message up to its usage block,
        // joined), status 2 like clap's.
        Err(e) => {
            let text = e.render().to_string();
            let message: Vec<&str> = text
                .lines()
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            eprintln!("{} (see --help)", message.join(" "));
            return ExitCode::from(2);
        }
    };
    match stitch_train::commands::run(&cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            if cli.command.json() {
                // The promised one object on stdout, the same message.
                println!("{}", serde_json::json!({ "error": e.to_string() }));
            }
            ExitCode::FAILURE
        }
    }
}

/// Lets a closed stdout (`stitch inspect M | head -c 1`) end the process
/// quietly, as it does other command-line tools: Rust ignores `SIGPIPE`, so
/// the next `println!` would panic instead.
#[cfg(unix)]
fn default_sigpipe() {
    // SAFETY: sets the default action of one signal, before any thread
    // exists; no handler runs Rust code.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
