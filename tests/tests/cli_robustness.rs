//! What a hostile or careless user gets from the `stitch` command: one error
//! line and a non-zero exit, never a panic, a hang or damage to what an
//! argument points at (docs/ROBUSTNESS.md lists every case).

use std::process::{Command, Stdio};

use stitch_tests::cli::{path_str, run, run_fails, stitch};
use stitch_tests::model::committed_model;

/// A reader that closes early (`stitch inspect M | head -c 1`): the command
/// ends quietly, killed by `SIGPIPE` as other tools are, without a panic.
#[cfg(unix)]
#[test]
fn closed_stdout_ends_quietly() {
    use std::os::unix::process::ExitStatusExt;
    // The shell waits before `exec`: by then this side has closed the pipe,
    // so the first write finds no reader.
    let mut child = Command::new("sh")
        .args(["-c", "sleep 0.3; exec \"$0\" inspect \"$1\""])
        .arg(stitch())
        .arg(committed_model())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.signal(), Some(13), "SIGPIPE; stderr: {stderr}");
}

/// With `--json`, a failure still prints exactly one object on stdout.
#[test]
fn json_failure_is_one_error_object() {
    let out = run(&["inspect", "/no/such/model.stitch", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let value: serde_json::Value = serde_json::from_str(stdout.trim())
        .unwrap_or_else(|e| panic!("stdout is not one JSON object ({e}): {stdout}"));
    let message = value["error"].as_str().expect("an error string");
    assert!(message.contains("/no/such/model.stitch"), "{message}");
}

/// `--out` naming a pipe (or a device) is refused, and the pipe stays one;
/// `--out` naming a symbolic link writes its target and keeps the link.
#[cfg(unix)]
#[test]
fn out_follows_links_and_refuses_special_files() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("out.bin");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo")
        .success());
    let stderr = run_fails(&["export-samples", "--count", "1", "--out", path_str(&fifo)]);
    assert!(stderr.contains("not a regular file"), "{stderr}");
    assert!(std::fs::symlink_metadata(&fifo)
        .expect("fifo")
        .file_type()
        .is_fifo());

    let target = dir.path().join("samples.bin");
    let link = dir.path().join("link.bin");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    let out = run(&["export-samples", "--count", "1", "--out", path_str(&link)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::symlink_metadata(&link)
        .expect("link")
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read(&target).expect("target").len(), 1 + 784);
}

/// A learning rate that makes the loss overflow stops training at once,
/// naming the epoch and the rate, and writes nothing.
#[test]
fn diverged_training_stops_with_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("model.stitch");
    let stderr = run_fails(&[
        "train",
        "--epochs",
        "1",
        "--lr",
        "1e300",
        "--out",
        path_str(&out),
    ]);
    assert!(
        stderr.contains("training diverged") && stderr.contains("epoch 1"),
        "{stderr}"
    );
    assert!(stderr.contains("--lr"), "{stderr}");
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("dir").count(),
        0,
        "nothing written"
    );
}

/// Every file argument given `/dev/zero` (endless, and reporting no size):
/// refused after a bounded read, naming the file, never a hang.
#[cfg(unix)]
#[test]
fn endless_inputs_are_refused_in_bounded_time() {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().expect("tempdir");
    let model = committed_model();
    let model = path_str(&model);
    let out = dir.path().join("out.bin");
    let out = path_str(&out);
    let zero = dir.path().join("zero.bin");
    std::os::unix::fs::symlink("/dev/zero", &zero).expect("symlink");
    let zero_bin = path_str(&zero);
    let cases: [&[&str]; 6] = [
        &["predict", "--model", model, "--image", "/dev/zero"],
        &["predict", "--model", "/dev/zero", "--index", "0"],
        &["inspect", "/dev/zero"],
        &["eval", "--model", "/dev/zero"],
        &[
            "run", "--model", model, "--input", zero_bin, "--output", out,
        ],
        &["import", "/dev/zero", "--out", out],
    ];
    for args in cases {
        let started = Instant::now();
        let mut child = Command::new(stitch())
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            if started.elapsed() > Duration::from_secs(60) {
                child.kill().expect("kill");
                panic!("stitch {args:?} still reading after 60 s");
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        let mut stderr = String::new();
        std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut stderr)
            .expect("stderr");
        assert!(!status.success(), "{args:?} accepted /dev/zero");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(
            stderr.contains("zero"),
            "{args:?} does not name the file: {stderr}"
        );
    }
}

/// A model beside float weights that are not its own (another shape, or the
/// card naming other weights or another model): `eval` says so and reports
/// no float figures, instead of a meaningless agreement.
#[test]
fn eval_refuses_to_compare_with_weights_that_are_not_the_models() {
    use stitch_train::float::{FloatLayer, FloatNet};
    let dir = tempfile::tempdir().expect("tempdir");
    let committed = committed_model();
    let model = dir.path().join("m.stitch");
    std::fs::copy(&committed, &model).expect("copy model");
    let eval = |model: &std::path::Path| {
        let (v, stderr) =
            stitch_tests::cli::run_json_stderr(&["eval", "--model", path_str(model), "--json"]);
        (
            v["float_accuracy"].is_null() && v["agreement"].is_null(),
            stderr,
        )
    };

    // 784-16-10 beside 784-64-64-10.
    let layer = |in_len: usize, out_len: usize| FloatLayer {
        in_len,
        out_len,
        weight: vec![0.01; in_len * out_len],
        bias: vec![0.0; out_len],
    };
    let other = FloatNet {
        convs: vec![],
        layers: vec![layer(784, 16), layer(16, 10)],
    };
    other.save(&dir.path().join("m.safetensors")).expect("save");
    let (no_float, stderr) = eval(&model);
    assert!(no_float, "float figures from another network: {stderr}");
    assert!(
        stderr.contains("784-16-10") && stderr.contains("784-64-64-10"),
        "{stderr}"
    );

    // The right weights, but the card names another model.
    std::fs::copy(
        committed.with_extension("safetensors"),
        dir.path().join("m.safetensors"),
    )
    .expect("copy");
    let card = std::fs::read_to_string(committed.with_extension("json")).expect("card");
    let crc = serde_json::from_str::<serde_json::Value>(&card).expect("json")["model_crc"]
        .as_str()
        .expect("the committed card records the model's CRC")
        .to_string();
    std::fs::write(dir.path().join("m.json"), card.replace(&crc, "00000000")).expect("card");
    let (no_float, stderr) = eval(&model);
    assert!(no_float && stderr.contains("CRC 00000000"), "{stderr}");

    // The committed set, whole: float figures.
    std::fs::write(dir.path().join("m.json"), &card).expect("card");
    let (no_float, stderr) = eval(&model);
    assert!(!no_float, "{stderr}");
}

/// Checks that come before the work, each naming the problem.
#[test]
fn early_checks_name_the_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("file");
    std::fs::write(&file, b"x").expect("write");
    let model = committed_model();
    let deep = dir.path().join("new").join("m.stitch");
    let widths = vec!["8"; 32].join(",");
    let cases: [(&[&str], &str); 5] = [
        (
            &["train", "--hidden", &widths, "--out", path_str(&deep)],
            "at most 32",
        ),
        (&["train", "--epochs", "1", "--out", "/"], "is a directory"),
        (&["train", "--epochs", "1", "--out", ".."], "is a directory"),
        (
            &[
                "eval",
                "--model",
                path_str(&model),
                "--plots",
                path_str(&file),
            ],
            "is a file",
        ),
        (
            &[
                "eval",
                "--model",
                path_str(&model),
                "--data-dir",
                path_str(&file),
            ],
            "is not a directory",
        ),
    ];
    for (args, expected) in cases {
        let stderr = run_fails(args);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    assert!(
        !dir.path().join("new").exists(),
        "a failed command left a directory"
    );
}
