//! The Cortex-M firmware: QEMU targets, tool checks, builds, QEMU runs, and
//! the lines the firmware prints.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::model::workspace;

/// Longest a QEMU run may take (a run takes well under a second).
pub const QEMU_TIMEOUT: Duration = Duration::from_secs(60);

/// A firmware build: target triple, QEMU machine, icount shift, images
/// embedded, kernel.
pub struct Target {
    /// Rust target triple.
    pub triple: &'static str,
    /// QEMU `-machine`.
    pub machine: &'static str,
    /// QEMU `-icount shift=`, as in firmware/.cargo/config.toml's runner.
    pub icount_shift: u32,
    /// How many test images the firmware embeds for this target.
    pub images: usize,
    /// The kernel the firmware reports (`kernel=` in its summary).
    pub kernel: &'static str,
}

/// Cortex-M4F: QEMU netduinoplus2, one TIM2 tick per instruction, DSP kernel.
pub const CORTEX_M4: Target = Target {
    triple: "thumbv7em-none-eabihf",
    machine: "netduinoplus2",
    icount_shift: 0,
    images: 256,
    kernel: "dsp",
};

/// Cortex-M0: QEMU microbit, portable kernel.
pub const CORTEX_M0: Target = Target {
    triple: "thumbv6m-none-eabi",
    machine: "microbit",
    icount_shift: 7,
    images: 128,
    kernel: "armv6m",
};

/// Fails loudly, with the command that fixes it, when QEMU or the Rust
/// target is missing (the tests never skip).
pub fn require_tools(target: &Target) {
    let qemu = Command::new("qemu-system-arm")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    assert!(
        matches!(qemu, Ok(s) if s.success()),
        "qemu-system-arm is not installed: run `apt-get install -y qemu-system-arm` (or `make setup`)"
    );
    // Without rustup (a distribution toolchain) the build reports a missing target itself.
    if let Ok(out) = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
    {
        let installed = String::from_utf8_lossy(&out.stdout);
        assert!(
            installed.lines().any(|t| t.trim() == target.triple),
            "the Rust target {0} is not installed: run `rustup target add {0}` (or `make setup`)",
            target.triple
        );
    }
}

/// What to build: `cargo build --release` in `firmware/` for one target,
/// with a model embedded, into its own target directory.
pub struct Build<'a> {
    /// The target to build for.
    pub target: &'a Target,
    /// The model file to embed (`STITCH_MODEL`; absolute).
    pub model: &'a Path,
    /// `STITCH_MAX_WIDTH`, or `None` to leave it unset (the firmware's default).
    pub max_width: Option<usize>,
    /// Cargo features to enable.
    pub features: &'a [&'a str],
    /// The binary to build.
    pub bin: &'a str,
    /// `CARGO_TARGET_DIR` for the build: somewhere under the test's
    /// `CARGO_TARGET_TMPDIR` (`target/tmp`), never `firmware/target`.
    pub target_dir: PathBuf,
}

impl Build<'_> {
    /// Checks the tools, then runs the build and returns its output, whether
    /// it succeeded or not. Only the firmware's own configuration applies:
    /// nothing from the outer build (RUSTFLAGS, a build target) leaks in.
    pub fn output(&self) -> Output {
        require_tools(self.target);
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut build = Command::new(cargo);
        build
            .args(["build", "--release", "--target", self.target.triple])
            .args(["--bin", self.bin])
            .current_dir(workspace().join("firmware"))
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env_remove("CARGO_BUILD_RUSTFLAGS")
            .env_remove("CARGO_BUILD_TARGET")
            .env("CARGO_TARGET_DIR", &self.target_dir)
            .env("STITCH_MODEL", self.model);
        if !self.features.is_empty() {
            build.args(["--features", &self.features.join(",")]);
        }
        match self.max_width {
            Some(width) => build.env("STITCH_MAX_WIDTH", width.to_string()),
            None => build.env_remove("STITCH_MAX_WIDTH"),
        };
        build.output().expect("run cargo build for the firmware")
    }

    /// The ELF file a successful build wrote; fails if it is not there.
    pub fn elf(&self) -> PathBuf {
        let elf = self
            .target_dir
            .join(self.target.triple)
            .join("release")
            .join(self.bin);
        assert!(elf.is_file(), "{} was not built", elf.display());
        elf
    }

    /// Builds; fails with the compiler's messages if the build fails.
    /// Returns the ELF file.
    pub fn run(&self) -> PathBuf {
        let out = self.output();
        assert!(
            out.status.success(),
            "firmware build for {} failed:\n{}",
            self.target.triple,
            String::from_utf8_lossy(&out.stderr)
        );
        self.elf()
    }
}

/// Output and exit status of one QEMU run.
pub struct Run {
    /// What the firmware wrote to stdout (semihosting), lossily decoded.
    pub stdout: String,
    /// QEMU's stderr.
    pub stderr: String,
    /// The exit status, `None` if QEMU was killed by a signal.
    pub code: Option<i32>,
}

/// Runs `elf` in QEMU as firmware/.cargo/config.toml's runners do (machine,
/// semihosting, icount); fails if it takes longer than [`QEMU_TIMEOUT`].
pub fn run_qemu(target: &Target, elf: &Path) -> Run {
    let mut child = Command::new("qemu-system-arm")
        .args(["-machine", target.machine, "-nographic"])
        .args(["-semihosting-config", "enable=on,target=native"])
        .args(["-icount", &format!("shift={}", target.icount_shift)])
        .arg("-kernel")
        .arg(elf)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start qemu-system-arm (apt-get install -y qemu-system-arm, or make setup)");
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = drain(Box::new(child.stdout.take().expect("stdout")));
    let stderr = drain(Box::new(child.stderr.take().expect("stderr")));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for qemu") {
            break status;
        }
        if start.elapsed() > QEMU_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "{} on QEMU {} did not finish within {QEMU_TIMEOUT:?}",
                elf.display(),
                target.machine
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
        code: status.code(),
    }
}

/// `key=value key=value ...` after a leading word.
fn fields(rest: &str) -> HashMap<&str, &str> {
    rest.split_whitespace()
        .map(|kv| {
            kv.split_once('=')
                .unwrap_or_else(|| panic!("not key=value: {kv:?} in {rest:?}"))
        })
        .collect()
}

fn number<T: std::str::FromStr>(fields: &HashMap<&str, &str>, key: &str) -> T {
    let text = fields
        .get(key)
        .unwrap_or_else(|| panic!("missing {key}= in {fields:?}"));
    text.parse()
        .unwrap_or_else(|_| panic!("{key}={text} is not a number"))
}

/// One `image=... label=... pred=... logits=...` line.
#[derive(Debug)]
pub struct ImageLine {
    /// `image=`: the index in the test set.
    pub index: usize,
    /// `label=`: the true class.
    pub label: u8,
    /// `pred=`: the predicted class.
    pub pred: usize,
    /// `logits=`: the ten int8 logits.
    pub logits: Vec<i8>,
}

/// What the firmware printed: one line per image, a `counts` line and a
/// `summary` line (each `key=value` pairs).
pub struct Report {
    /// The `image=` lines, in order.
    pub images: Vec<ImageLine>,
    /// The fields of the `counts` line.
    pub counts: HashMap<String, String>,
    /// The fields of the `summary` line.
    pub summary: HashMap<String, String>,
}

/// Parses the firmware's stdout; fails on a malformed line, or on a missing
/// or repeated `counts` / `summary` line.
pub fn parse(stdout: &str) -> Report {
    let mut images = Vec::new();
    let (mut counts, mut summary) = (None, None);
    for line in stdout.lines() {
        if line.starts_with("image=") {
            let f = fields(line);
            let logits = f
                .get("logits")
                .unwrap_or_else(|| panic!("no logits in {line:?}"))
                .split(',')
                .map(|v| {
                    v.parse()
                        .unwrap_or_else(|_| panic!("bad logit in {line:?}"))
                })
                .collect();
            images.push(ImageLine {
                index: number(&f, "image"),
                label: number(&f, "label"),
                pred: number(&f, "pred"),
                logits,
            });
        } else if let Some(rest) = line.strip_prefix("counts ") {
            assert!(counts.is_none(), "two counts lines");
            counts = Some(owned(fields(rest)));
        } else if let Some(rest) = line.strip_prefix("summary ") {
            assert!(summary.is_none(), "two summary lines");
            summary = Some(owned(fields(rest)));
        }
    }
    Report {
        images,
        counts: counts.unwrap_or_else(|| panic!("no counts line in:\n{stdout}")),
        summary: summary.unwrap_or_else(|| panic!("no summary line in:\n{stdout}")),
    }
}

fn owned(map: HashMap<&str, &str>) -> HashMap<String, String> {
    map.into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The number `key=` in a parsed line; fails if it is missing or not a number.
pub fn get<T: std::str::FromStr>(map: &HashMap<String, String>, key: &str) -> T {
    let borrowed: HashMap<&str, &str> = map.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    number(&borrowed, key)
}
