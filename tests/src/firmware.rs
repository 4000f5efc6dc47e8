//! The Cortex-M firmware: QEMU targets, tool checks, builds, QEMU runs, and
//! the lines the firmware prints.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use stitch_core::{cost, Model};

use crate::model::workspace;

/// Longest a QEMU run may take (a run takes well under a second).
pub const QEMU_TIMEOUT: Duration = Duration::from_secs(60);

/// A firmware build: target triple, and what the firmware reports for it.
/// Which QEMU machine runs it is `firmware/qemu-run.sh`'s business, and which
/// chip it is linked for `firmware/build.rs`'s (the summary says `machine=`).
pub struct Target {
    /// Rust target triple.
    pub triple: &'static str,
    /// The kernel the firmware reports (`kernel=` in its summary).
    pub kernel: &'static str,
    /// The chip `stitch_core::cost` predicts for.
    pub chip: cost::Target,
}

/// Cortex-M4F (STM32F405): the DSP kernel.
pub const CORTEX_M4: Target = Target {
    triple: "thumbv7em-none-eabihf",
    kernel: "dsp",
    chip: cost::Target::CortexM4,
};

/// Cortex-M0 (nRF51, or the STM32F405 for models too big for it): the
/// ARMv6-M kernel.
pub const CORTEX_M0: Target = Target {
    triple: "thumbv6m-none-eabi",
    kernel: "armv6m",
    chip: cost::Target::CortexM0,
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
    /// A vectors file to run instead of the test images (`STITCH_VECTORS`).
    pub vectors: Option<&'a Path>,
    /// Send the vectors through `Engine::infer` (`STITCH_ENTRY=bytes`)
    /// rather than `Engine::infer_int8`.
    pub bytes_entry: bool,
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
        match self.vectors {
            Some(path) => build.env("STITCH_VECTORS", path),
            None => build.env_remove("STITCH_VECTORS"),
        };
        match self.bytes_entry {
            true => build.env("STITCH_ENTRY", "bytes"),
            false => build.env_remove("STITCH_ENTRY"),
        };
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

/// Runs `elf` in QEMU through `firmware/qemu-run.sh` (as `cargo run` does);
/// fails if it takes longer than [`QEMU_TIMEOUT`].
pub fn run_qemu(elf: &Path) -> Run {
    let mut child = Command::new(workspace().join("firmware/qemu-run.sh"))
        .arg(elf)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start firmware/qemu-run.sh");
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
            panic!("{} did not finish within {QEMU_TIMEOUT:?}", elf.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
        code: status.code(),
    }
}

/// Builds `stitch-graph` for `target` with the graph `model` and its
/// `vectors` (in `target_dir`, under the test's `CARGO_TARGET_TMPDIR`), runs
/// it in QEMU and parses what it printed; fails unless it exits with 0 and
/// every vector matched.
pub fn run_graph(target: &Target, model: &Path, vectors: &Path, target_dir: PathBuf) -> Report {
    let elf = Build {
        target,
        model,
        vectors: Some(vectors),
        bytes_entry: false,
        max_width: None,
        features: &[],
        bin: "stitch-graph",
        target_dir,
    }
    .run();
    let run = run_qemu(&elf);
    assert_eq!(
        run.code,
        Some(0),
        "{} on {}:\n{}{}",
        model.display(),
        target.triple,
        run.stdout,
        run.stderr
    );
    let report = parse(&run.stdout);
    assert_eq!(get::<usize>(&report.summary, "mismatches"), 0);
    report
}

/// Checks a graph run against what `stitch inspect --target` states before
/// flashing: the measured stack at most the stated one, and the measured
/// instructions at most the predicted ones, which exceed them by at most
/// `max_slack` (a fraction). Returns the prediction.
pub fn check_graph_cost(
    target: &Target,
    model: &Path,
    report: &Report,
    max_slack: f64,
) -> cost::GraphCost {
    let bytes = std::fs::read(model).unwrap_or_else(|e| panic!("{}: {e}", model.display()));
    let parsed = Model::from_bytes(&bytes).expect("a valid model");
    let cost = target.chip.graph_cost(&parsed).expect("a graph model");
    let stack: usize = get(&report.summary, "stack_bytes");
    assert!(
        stack <= cost.stack_bytes,
        "{} on {}: stack {stack} B, above the stated {}",
        model.display(),
        target.triple,
        cost.stack_bytes
    );
    let measured: u64 = get(&report.summary, "instructions_per_inference");
    let slack = cost.instructions as f64 / measured as f64 - 1.0;
    assert!(
        (0.0..=max_slack).contains(&slack),
        "{} on {}: measured {measured} instructions, predicted {} ({:+.3} %)",
        model.display(),
        target.triple,
        cost.instructions,
        100.0 * slack
    );
    cost
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

/// One `vector=... ok` or `vector=... mismatch ...` line.
#[derive(Debug)]
pub struct VectorLine {
    /// `vector=`: the index in the vectors file.
    pub index: usize,
    /// Whether the outputs matched the expected ones.
    pub ok: bool,
    /// The rest of the line (where they differ).
    pub detail: String,
}

/// What the firmware printed: one line per image or vector, `note:` lines,
/// a `counts` line and a `summary` line (each `key=value` pairs).
pub struct Report {
    /// The `image=` lines, in order.
    pub images: Vec<ImageLine>,
    /// The `vector=` lines, in order.
    pub vectors: Vec<VectorLine>,
    /// The `note:` lines' text.
    pub notes: Vec<String>,
    /// The fields of the `counts` line.
    pub counts: HashMap<String, String>,
    /// The fields of the `summary` line.
    pub summary: HashMap<String, String>,
}

/// Parses the firmware's stdout; fails on a malformed line, or on a missing
/// or repeated `counts` / `summary` line.
pub fn parse(stdout: &str) -> Report {
    let mut images = Vec::new();
    let mut vectors = Vec::new();
    let mut notes = Vec::new();
    let (mut counts, mut summary) = (None, None);
    for line in stdout.lines() {
        if let Some(note) = line.strip_prefix("note: ") {
            notes.push(note.to_string());
        } else if let Some(rest) = line.strip_prefix("vector=") {
            let (index, detail) = rest.split_once(' ').unwrap_or((rest, ""));
            vectors.push(VectorLine {
                index: index
                    .parse()
                    .unwrap_or_else(|_| panic!("bad vector line {line:?}")),
                ok: detail == "ok",
                detail: detail.to_string(),
            });
        } else if line.starts_with("image=") {
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
        vectors,
        notes,
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
