//! `stitch`: parse the command line, run the command, and turn any error into
//! one line on stderr with a non-zero exit status.

use std::process::ExitCode;

use clap::Parser;
use stitch_train::cli::{Cli, Command};
use stitch_train::train::Arch;

fn main() -> ExitCode {
    #[cfg(unix)]
    default_sigpipe();
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    keep_freed_memory();
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
    // candle sizes its parallelism from RAYON_NUM_THREADS. One thread is no
    // slower than two for the MLP (measured) and keeps the other core free;
    // the CNN trains 1.15x faster on two (an epoch: 26.7 s against 30.7 s).
    // Set before any thread exists (parsing starts none), and only if the
    // user has not chosen.
    if std::env::var_os("RAYON_NUM_THREADS").is_none() {
        let threads = match &cli.command {
            Command::Train(args) if args.arch == Arch::Cnn => "2",
            _ => "1",
        };
        std::env::set_var("RAYON_NUM_THREADS", threads);
    }
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

/// Keeps freed memory in the process: training frees and allocates tensors
/// of megabytes every step, which glibc would otherwise hand back to the
/// system (`mmap`, then trim) and fault in again, page by page: 10 to 25 %
/// of a CNN's training step (measured on one step of batch 128). Thresholds
/// of 256 MB keep them.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn keep_freed_memory() {
    const KEEP: libc::c_int = 256 << 20;
    // SAFETY: `mallopt` only sets two of glibc's allocator thresholds; it is
    // called before any other thread exists, as glibc asks.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, KEEP);
        libc::mallopt(libc::M_TRIM_THRESHOLD, KEEP);
    }
}
