//! Firmware parity: the Cortex-M firmware, built for both targets and run in
//! QEMU, prints for every embedded test image the same ten int8 logits that
//! `stitch_core` computes here on the host, and a plausible summary.
//!
//! - Cortex-M4F (`thumbv7em-none-eabihf`, QEMU netduinoplus2, `-icount shift=0`):
//!   256 images, DSP kernel.
//! - Cortex-M0 (`thumbv6m-none-eabi`, QEMU microbit, `-icount shift=7`):
//!   128 images, portable kernel.
//! - A model with one flipped byte is rejected at boot: `error: ...`, exit 1.
//!
//! The model is `models/fashion-mnist.stitch`, or `$STITCH_TEST_MODEL`. The
//! firmware is built in `target/tmp/` (one directory for the normal builds,
//! another for the corrupted model), never in `firmware/target`.
//! Needs `qemu-system-arm` and the two rustup targets: the test fails (never
//! skips) with the install command when one is missing.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;
use stitch_core::{Engine, Model};

/// One test record in `firmware/data/test-images.bin`: label byte + 28 x 28 pixels.
const RECORD: usize = 1 + 28 * 28;

/// Longest a QEMU run may take (a run takes well under a second).
const QEMU_TIMEOUT: Duration = Duration::from_secs(60);

/// Exit status the firmware uses when the model or an inference fails.
const EXIT_ERROR: i32 = 1;

/// Widest engine the host side instantiates (any width >= the model's gives the same integers).
type HostEngine = Engine<1024>;

/// A firmware build: target triple, QEMU machine, icount shift, images embedded, kernel.
struct Target {
    triple: &'static str,
    machine: &'static str,
    icount_shift: u32,
    images: usize,
    kernel: &'static str,
}

const CORTEX_M4: Target = Target {
    triple: "thumbv7em-none-eabihf",
    machine: "netduinoplus2",
    icount_shift: 0,
    images: 256,
    kernel: "dsp",
};

const CORTEX_M0: Target = Target {
    triple: "thumbv6m-none-eabi",
    machine: "microbit",
    icount_shift: 7,
    images: 128,
    kernel: "armv6m",
};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn model_path() -> PathBuf {
    let path = std::env::var_os("STITCH_TEST_MODEL").map_or_else(
        || workspace().join("models/fashion-mnist.stitch"),
        PathBuf::from,
    );
    assert!(
        path.is_file(),
        "{} is missing: train it with `stitch train` (or set STITCH_TEST_MODEL)",
        path.display()
    );
    // Absolute, as the firmware's build script resolves it from another directory.
    std::fs::canonicalize(&path).expect("canonical model path")
}

/// Fails loudly, with the command that fixes it, when QEMU or a target is missing.
fn require_tools(target: &Target) {
    let qemu = Command::new("qemu-system-arm")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    assert!(
        matches!(qemu, Ok(s) if s.success()),
        "qemu-system-arm is not installed: run `apt-get install -y qemu-system-arm` (or `make setup`)"
    );
    // Without rustup (a distribution toolchain) the build below reports a missing target itself.
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

/// Builds the firmware for `target` with `model` embedded, in `target_dir`;
/// returns the ELF file.
fn build_firmware(target: &Target, model: &Path, max_width: usize, target_dir: &Path) -> PathBuf {
    require_tools(target);
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args(["build", "--release", "--target", target.triple])
        .current_dir(workspace().join("firmware"))
        // Only the firmware's own configuration: nothing from the outer build.
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("CARGO_BUILD_TARGET")
        .env("CARGO_TARGET_DIR", target_dir)
        .env("STITCH_MODEL", model)
        .env("STITCH_MAX_WIDTH", max_width.to_string())
        .output()
        .expect("run cargo build for the firmware");
    assert!(
        out.status.success(),
        "firmware build for {} failed:\n{}",
        target.triple,
        String::from_utf8_lossy(&out.stderr)
    );
    let elf = target_dir
        .join(target.triple)
        .join("release")
        .join("stitch-firmware");
    assert!(elf.is_file(), "{} was not built", elf.display());
    elf
}

/// Output and exit status of one QEMU run.
struct Run {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

/// Runs `elf` in QEMU (as firmware/.cargo/config.toml's runners do), killed after [`QEMU_TIMEOUT`].
fn run_qemu(target: &Target, elf: &Path) -> Run {
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
        .expect("start qemu-system-arm");
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

/// One `image=...` line.
#[derive(Debug)]
struct ImageLine {
    index: usize,
    label: u8,
    pred: usize,
    logits: Vec<i8>,
}

/// What the firmware printed.
struct Report {
    images: Vec<ImageLine>,
    counts: HashMap<String, String>,
    summary: HashMap<String, String>,
}

fn parse(stdout: &str) -> Report {
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

fn get<T: std::str::FromStr>(map: &HashMap<String, String>, key: &str) -> T {
    let borrowed: HashMap<&str, &str> = map.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    number(&borrowed, key)
}

/// The `stitch` binary, built once with this test's profile (as cli_predict.rs does).
fn stitch() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().expect("test executable path");
        // target/<profile>/deps/firmware_parity-<hash>
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

/// `stitch inspect --json` on the model.
fn inspect(model: &Path) -> Value {
    let out = Command::new(stitch())
        .arg("inspect")
        .arg(model)
        .arg("--json")
        .output()
        .expect("run stitch inspect");
    assert!(
        out.status.success(),
        "stitch inspect failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("inspect --json prints one JSON object")
}

/// The labelled test images the firmware embeds (before the per-target cut).
fn test_images() -> Vec<u8> {
    let path = workspace().join("firmware/data/test-images.bin");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        !bytes.is_empty() && bytes.chunks_exact(RECORD).remainder().is_empty(),
        "{}: {} bytes is not a whole number of records",
        path.display(),
        bytes.len()
    );
    bytes
}

/// `size_of::<Engine<n>>()` for the widths a model may have.
fn engine_size(n: usize) -> usize {
    macro_rules! sizes {
        ($($n:literal)*) => {
            match n {
                $($n => std::mem::size_of::<Engine<$n>>(),)*
                _ => panic!("add {n} to engine_size's list"),
            }
        };
    }
    sizes!(8 10 16 24 32 48 64 96 100 128 192 200 256 300 384 512 768 1024)
}

/// Directory for firmware builds, beside other test scratch files in `target/tmp`.
fn build_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

fn check_target(target: &Target) {
    let model_file = model_path();
    let bytes = std::fs::read(&model_file).expect("read model");
    let model = Model::from_bytes(&bytes).expect("the model file is valid");
    let macs: usize = model
        .layers()
        .iter()
        .map(|l| l.in_len() * l.out_len())
        .sum();

    // Built with the engine exactly as wide as the model, so `ram_bytes` is the model's need.
    let elf = build_firmware(
        target,
        &model_file,
        model.max_width(),
        &build_dir("firmware-parity"),
    );
    let run = run_qemu(target, &elf);
    assert_eq!(
        run.code,
        Some(0),
        "firmware on {} failed:\n{}{}",
        target.machine,
        run.stdout,
        run.stderr
    );
    let report = parse(&run.stdout);

    // Every image: bit-identical logits, the same class, in test-set order.
    let records = test_images();
    assert!(
        records.len() / RECORD >= target.images,
        "too few test images"
    );
    assert_eq!(
        report.images.len(),
        target.images,
        "image lines on {}",
        target.machine
    );
    let mut engine = HostEngine::new();
    let mut host_correct = 0;
    for (i, (line, record)) in report
        .images
        .iter()
        .zip(records.chunks_exact(RECORD))
        .enumerate()
    {
        assert_eq!(line.index, i, "image lines out of order");
        assert_eq!(line.label, record[0], "label of image {i}");
        let host = engine.infer(&model, &record[1..]).expect("host inference");
        assert_eq!(
            line.logits,
            host.logits(),
            "{}: logits of image {i} differ from the host's",
            target.triple
        );
        assert_eq!(
            line.pred,
            host.class(),
            "{}: class of image {i}",
            target.triple
        );
        host_correct += usize::from(host.class() == usize::from(record[0]));
    }

    // The summary.
    let s = &report.summary;
    let images: usize = get(s, "images");
    let correct: usize = get(s, "correct");
    let instructions: u64 = get(s, "instructions_per_inference");
    let stack: usize = get(s, "stack_bytes");
    let ram: usize = get(s, "ram_bytes");
    let model_bytes: usize = get(s, "model_bytes");
    let kernel = s.get("kernel").expect("kernel=").as_str();
    assert_eq!(images, target.images, "summary images");
    assert_eq!(correct, host_correct, "summary correct vs the host's count");
    assert!(
        correct > images / 2,
        "accuracy {correct}/{images} is implausible"
    );
    assert_eq!(model_bytes, bytes.len(), "model_bytes vs the file size");
    assert_eq!(kernel, target.kernel, "kernel on {}", target.triple);
    assert!(
        stack > 0 && stack < 8 * 1024,
        "stack_bytes={stack} is implausible"
    );

    // RAM: what `stitch inspect` reports, which is the engine's two buffers.
    let inspected = inspect(&model_file);
    assert_eq!(inspected["model_bytes"].as_u64(), Some(bytes.len() as u64));
    assert_eq!(
        inspected["ram_bytes"].as_u64(),
        Some(ram as u64),
        "ram_bytes: firmware vs `stitch inspect`"
    );
    assert_eq!(ram, 2 * model.max_width(), "ram_bytes vs 2 * max_width");
    assert_eq!(ram, engine_size(model.max_width()));

    // Instructions: the median minus the empty call; at least a quarter
    // instruction per MAC (SMLAD does two), at most a few dozen.
    let c = &report.counts;
    assert_eq!(c.get("unit").map(String::as_str), Some("instructions"));
    let (empty, min, median, max): (u64, u64, u64, u64) = (
        get(c, "empty_call"),
        get(c, "min"),
        get(c, "median"),
        get(c, "max"),
    );
    assert!(min <= median && median <= max, "counts {c:?}");
    assert_eq!(instructions, median - empty, "instructions vs counts {c:?}");
    let macs = macs as u64;
    assert!(
        instructions >= macs / 4 && instructions <= 40 * macs,
        "{instructions} instructions for {macs} MACs is implausible"
    );
    eprintln!(
        "{}: {images} images, {correct} correct, {instructions} instructions/inference, \
         stack {stack} B, RAM {ram} B, model {model_bytes} B, kernel {kernel}",
        target.triple
    );
}

#[test]
fn cortex_m4_logits_match_the_host_bit_for_bit() {
    check_target(&CORTEX_M4);
}

#[test]
fn cortex_m0_logits_match_the_host_bit_for_bit() {
    check_target(&CORTEX_M0);
}

#[test]
fn corrupted_model_is_rejected_at_boot() {
    let model_file = model_path();
    let mut bytes = std::fs::read(&model_file).expect("read model");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    let host_error = Model::from_bytes(&bytes).expect_err("the host rejects the flipped byte");

    let dir = tempfile::tempdir().expect("temp dir");
    let corrupted = dir.path().join("corrupted.stitch");
    std::fs::write(&corrupted, &bytes).expect("write corrupted model");

    // Its own build directory: the normal builds stay valid.
    let target = &CORTEX_M4;
    let elf = build_firmware(target, &corrupted, 64, &build_dir("firmware-corrupted"));
    let run = run_qemu(target, &elf);
    assert_eq!(
        run.code,
        Some(EXIT_ERROR),
        "exit status for a corrupted model:\n{}{}",
        run.stdout,
        run.stderr
    );
    let expected = format!("error: {host_error}");
    assert!(
        run.stdout.lines().any(|l| l == expected),
        "expected {expected:?} in:\n{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("image=") && !run.stdout.contains("summary "),
        "no inference may run on a corrupted model:\n{}",
        run.stdout
    );
}
