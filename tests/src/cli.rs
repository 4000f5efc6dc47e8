//! The `stitch` binary, run as a user would run it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::Value;

/// The `stitch` binary beside the running test's profile directory
/// (`target/<profile>/stitch`), built once per test process with a nested
/// `cargo build -p stitch-train --bin stitch` for the same profile.
pub fn stitch() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().expect("test executable path");
        // target/<profile>/deps/<test>-<hash>
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("target/<profile>")
            .to_path_buf();
        let profile = profile_dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("debug")
            .to_string();
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut build = Command::new(cargo);
        build.args(["build", "--quiet", "-p", "stitch-train", "--bin", "stitch"]);
        match profile.as_str() {
            "debug" => {}
            "release" => {
                build.arg("--release");
            }
            other => {
                build.args(["--profile", other]);
            }
        }
        let status = build
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("run cargo build");
        assert!(status.success(), "cargo build -p stitch-train failed");
        let bin = profile_dir.join(format!("stitch{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.is_file(), "{} was not built", bin.display());
        bin
    })
}

/// Runs `stitch args...` and returns its output, whatever the exit status.
pub fn run(args: &[&str]) -> Output {
    Command::new(stitch())
        .args(args)
        .output()
        .expect("run stitch")
}

/// Runs a command that must succeed (its stderr is the failure message);
/// returns its output.
pub fn run_ok(args: &[&str]) -> Output {
    let out = run(args);
    assert!(
        out.status.success(),
        "stitch {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Runs a command that must succeed and print exactly one JSON object (and
/// nothing else) on stdout; returns the object and stderr.
pub fn run_json_stderr(args: &[&str]) -> (Value, String) {
    let out = run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "stitch {args:?} failed: {stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let value: Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|e| {
        panic!("stitch {args:?}: stdout is not one JSON object ({e}):\n{stdout}")
    });
    assert!(
        value.is_object(),
        "stitch {args:?}: stdout is not a JSON object:\n{stdout}"
    );
    (value, stderr)
}

/// [`run_json_stderr`] without the stderr: the one JSON object on stdout.
pub fn run_json(args: &[&str]) -> Value {
    run_json_stderr(args).0
}

/// Runs a command that must fail cleanly: a non-zero exit, no panic or
/// backtrace hint, and a message saying "error". Returns its stderr.
pub fn run_fails(args: &[&str]) -> String {
    let out = run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "{args:?} should fail");
    assert!(!stderr.contains("panicked"), "{args:?} panicked: {stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{args:?}: {stderr}");
    assert!(
        stderr.to_lowercase().contains("error"),
        "{args:?}: {stderr}"
    );
    stderr
}

/// `path` as a `&str` argument (test paths are UTF-8).
pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}
