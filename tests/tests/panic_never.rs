//! The panic-free device path: the firmware's `stitch-panic-never` binary
//! (feature `panic-never`) links only if no panic is reachable in it, since
//! its panic handler calls a symbol nothing defines. Built here and run in
//! QEMU (netduinoplus2: Cortex-M4F, DSP kernel, 256 images; microbit:
//! Cortex-M0, armv6m kernel, 128 images), it must print the host's
//! prediction for every embedded image (one byte each, `b'0' + class`) and
//! exit with the host's number of correct predictions.
//!
//! The model is `models/fashion-mnist.stitch`, or `$STITCH_TEST_MODEL`. The
//! firmware is built in this test's own target directory. Needs
//! `qemu-system-arm` and the two rustup targets (`make setup`).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use stitch_core::{Engine, Model};

/// One record of `firmware/data/test-images.bin`: label byte + 28 x 28 pixels.
const RECORD: usize = 1 + 28 * 28;
const BINARY: &str = "stitch-panic-never";
/// Longest the QEMU run may take (it takes well under a second).
const QEMU_TIMEOUT: Duration = Duration::from_secs(60);

/// A firmware build: target triple, QEMU machine, images it embeds.
struct Target {
    triple: &'static str,
    machine: &'static str,
    images: usize,
}

const CORTEX_M4: Target = Target {
    triple: "thumbv7em-none-eabihf",
    machine: "netduinoplus2",
    images: 256,
};

const CORTEX_M0: Target = Target {
    triple: "thumbv6m-none-eabi",
    machine: "microbit",
    images: 128,
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
    std::fs::canonicalize(&path).expect("canonical model path")
}

/// `cargo build --release --features panic-never`: a link error here means a
/// panic path is reachable (the linker names `stitch_panic_is_reachable`).
fn build(target: &Target, model: &Path) -> PathBuf {
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("panic-never");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args(["build", "--release", "--features", "panic-never"])
        .args(["--target", target.triple, "--bin", BINARY])
        .current_dir(workspace().join("firmware"))
        // Only the firmware's own configuration: nothing from the outer build.
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("CARGO_BUILD_TARGET")
        .env_remove("STITCH_MAX_WIDTH")
        .env("CARGO_TARGET_DIR", &target_dir)
        .env("STITCH_MODEL", model)
        .output()
        .expect(
            "run cargo build for the firmware (is the thumbv7em-none-eabihf target installed?)",
        );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("stitch_panic_is_reachable"),
        "a panic is reachable on the device path (find it with arm-none-eabi-objdump -d):\n{stderr}"
    );
    assert!(
        out.status.success(),
        "panic-never build for {} failed (`rustup target add {0}` if it is missing):\n{stderr}",
        target.triple
    );
    let elf = target_dir.join(target.triple).join("release").join(BINARY);
    assert!(elf.is_file(), "{} was not built", elf.display());
    elf
}

/// Runs `elf` in QEMU; returns stdout and the exit status.
fn run(target: &Target, elf: &Path) -> (Vec<u8>, i32) {
    let mut child = Command::new("qemu-system-arm")
        .args(["-machine", target.machine, "-nographic"])
        .args(["-semihosting-config", "enable=on,target=native"])
        .arg("-kernel")
        .arg(elf)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start qemu-system-arm (apt-get install -y qemu-system-arm, or make setup)");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut bytes).map(|_| bytes)
    });
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
    let stdout = reader.join().expect("stdout reader").expect("read stdout");
    (stdout, status.code().expect("qemu exited with a status"))
}

fn links_and_counts_what_the_host_counts(target: &Target) {
    let model_path = model_path();
    let bytes = std::fs::read(&model_path).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    let samples = std::fs::read(workspace().join("firmware/data/test-images.bin")).unwrap();
    let mut engine = Engine::<1024>::new();
    let (mut predictions, mut correct) = (Vec::new(), 0);
    for record in samples.chunks_exact(RECORD).take(target.images) {
        let class = engine.infer(&model, &record[1..]).unwrap().class();
        predictions.push(b'0' + class as u8);
        correct += usize::from(class == usize::from(record[0]));
    }
    predictions.push(b'\n');

    let elf = build(target, &model_path);
    // No formatting machinery either: nothing of core::fmt is linked in.
    let nm = Command::new("arm-none-eabi-nm")
        .arg("-C")
        .arg(&elf)
        .output()
        .expect("run arm-none-eabi-nm (apt-get install -y binutils-arm-none-eabi, or make setup)");
    let symbols = String::from_utf8_lossy(&nm.stdout);
    let formatting: Vec<&str> = symbols
        .lines()
        .filter(|l| l.contains("core::fmt"))
        .collect();
    assert!(
        formatting.is_empty(),
        "core::fmt is linked: {formatting:#?}"
    );

    let (stdout, code) = run(target, &elf);
    assert_eq!(
        String::from_utf8_lossy(&stdout),
        String::from_utf8_lossy(&predictions),
        "per-image predictions (b'0' + class) differ from the host's"
    );
    // An exit status is 8 bits: 256 correct would read 0 (the output above
    // already tells a run apart from an error exit).
    assert_eq!(code, (correct % 256) as i32, "correct predictions");
}

#[test]
fn cortex_m4_panic_never_build_links_and_counts_what_the_host_counts() {
    links_and_counts_what_the_host_counts(&CORTEX_M4);
}

#[test]
fn cortex_m0_panic_never_build_links_and_counts_what_the_host_counts() {
    links_and_counts_what_the_host_counts(&CORTEX_M0);
}
