//! `stitch predict`, `stitch show` and `stitch inspect`, run as the built
//! binary on the committed model (models/fashion-mnist.stitch, or the model
//! named by $STITCH_TEST_MODEL).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use image::{DynamicImage, GrayImage, ImageFormat, RgbImage};
use serde_json::Value;
use stitch_core::{Engine, Model};
use stitch_train::data::{self, Split};

/// The `stitch` binary, built once per test run with the same profile as
/// this test (`target/<profile>/stitch`).
fn stitch() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().expect("test executable path");
        // target/<profile>/deps/cli_predict-<hash>
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

fn model_path() -> PathBuf {
    let path = std::env::var_os("STITCH_TEST_MODEL").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../models/fashion-mnist.stitch"),
        PathBuf::from,
    );
    assert!(
        path.is_file(),
        "{} is missing: train it with `stitch train` (or set STITCH_TEST_MODEL)",
        path.display()
    );
    path
}

fn run(args: &[&str]) -> Output {
    Command::new(stitch())
        .args(args)
        .output()
        .expect("run stitch")
}

/// Runs a command that must succeed and print one JSON object.
fn json(args: &[&str]) -> Value {
    let out = run(args);
    assert!(
        out.status.success(),
        "stitch {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stitch {args:?}: stdout is not one JSON object ({e}):\n{}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

fn predict_json(extra: &[&str]) -> Value {
    let model = model_path();
    let mut args = vec![
        "predict",
        "--model",
        model.to_str().expect("utf-8 path"),
        "--json",
    ];
    args.extend_from_slice(extra);
    json(&args)
}

fn logits(v: &Value) -> Vec<i64> {
    v["logits"]
        .as_array()
        .expect("logits array")
        .iter()
        .map(|x| x.as_i64().expect("integer logit"))
        .collect()
}

fn test_image(index: usize) -> GrayImage {
    let dir = data::resolve_data_dir(None);
    let test = data::load_split(&dir, Split::Test).expect("Fashion-MNIST test split");
    GrayImage::from_raw(28, 28, test.image(index).to_vec()).expect("28x28")
}

fn save(image: &DynamicImage, path: &Path, format: ImageFormat) {
    image
        .save_with_format(path, format)
        .expect("write test image");
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

#[test]
fn predict_index_3_is_a_trouser_with_probabilities_summing_to_1() {
    let v = predict_json(&["--index", "3"]);
    for key in [
        "index",
        "class",
        "class_name",
        "label",
        "probabilities",
        "logits",
    ] {
        assert!(v.get(key).is_some(), "missing key {key}: {v}");
    }
    assert_eq!(v["index"], 3);
    assert_eq!(v["class"], 1, "{v}");
    assert_eq!(v["class_name"], "Trouser");
    assert_eq!(v["label"], 1);
    let p: Vec<f64> = v["probabilities"]
        .as_array()
        .expect("array")
        .iter()
        .map(|x| x.as_f64().expect("number"))
        .collect();
    assert_eq!(p.len(), 10);
    assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-5, "{p:?}");
    assert!(p.iter().all(|&x| (0.0..=1.0).contains(&x)));
    let best = (0..10).max_by(|&a, &b| p[a].total_cmp(&p[b])).expect("10");
    assert_eq!(best, 1);
    assert_eq!(logits(&v).len(), 10);
}

#[test]
fn predict_image_gives_the_same_logits_as_index_and_converts_other_images() {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = 3;
    let grey = test_image(index);
    let by_index = predict_json(&["--index", &index.to_string()]);

    // The same 28x28 greyscale image as PNG and as PGM: used as is.
    for (name, format) in [
        ("item.png", ImageFormat::Png),
        ("item.pgm", ImageFormat::Pnm),
    ] {
        let path = dir.path().join(name);
        save(&DynamicImage::ImageLuma8(grey.clone()), &path, format);
        let v = predict_json(&["--image", path_str(&path)]);
        assert_eq!(logits(&v), logits(&by_index), "{name}");
        assert_eq!(v["index"], Value::Null);
        assert_eq!(v["label"], Value::Null);
        assert_eq!(v["conversion"].as_array().map(Vec::len), Some(0), "{v}");
    }

    // 56x56, RGB, and dark-on-light versions are converted and still a trouser.
    let big = image::imageops::resize(&grey, 56, 56, image::imageops::FilterType::Nearest);
    let rgb = RgbImage::from_fn(28, 28, |x, y| {
        let v = grey.get_pixel(x, y).0[0];
        image::Rgb([v, v, v])
    });
    let mut negative = big.clone();
    image::imageops::invert(&mut negative);
    let cases = [
        (
            "big.png",
            DynamicImage::ImageLuma8(big),
            "resized 56x56 to 28x28",
        ),
        ("rgb.png", DynamicImage::ImageRgb8(rgb), "to greyscale"),
        (
            "negative.png",
            DynamicImage::ImageLuma8(negative),
            "inverted",
        ),
    ];
    for (name, image, step) in cases {
        let path = dir.path().join(name);
        save(&image, &path, ImageFormat::Png);
        let v = predict_json(&["--image", path_str(&path)]);
        assert_eq!(v["class"], 1, "{name}: {v}");
        let steps = v["conversion"].as_array().expect("conversion steps");
        assert!(
            steps
                .iter()
                .any(|s| s.as_str().is_some_and(|s| s.contains(step))),
            "{name}: expected a step mentioning {step:?}: {v}"
        );
        // The text output says what was done too.
        let model = model_path();
        let out = run(&[
            "predict",
            "--model",
            path_str(&model),
            "--image",
            path_str(&path),
        ]);
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(step) && text.contains("Trouser"), "{text}");
    }
}

#[test]
fn broken_images_are_refused_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let full = {
        let mut png = Vec::new();
        DynamicImage::ImageLuma8(test_image(0))
            .write_to(&mut std::io::Cursor::new(&mut png), ImageFormat::Png)
            .expect("encode");
        png
    };
    let cases: [(&str, &[u8]); 4] = [
        ("empty.png", b""),
        (
            "notes.txt",
            b"these are not the pixels you are looking for\n",
        ),
        ("truncated.png", &full[..full.len() / 2]),
        ("huge.pgm", b"P5\n100000 100000\n255\n"),
    ];
    let model = model_path();
    for (name, bytes) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let out = run(&[
            "predict",
            "--model",
            path_str(&model),
            "--image",
            path_str(&path),
        ]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{name} was accepted");
        assert!(stderr.contains(path_str(&path)), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
    // A missing file too.
    let gone = dir.path().join("gone.png");
    let out = run(&[
        "predict",
        "--model",
        path_str(&model),
        "--image",
        path_str(&gone),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("gone.png"));
}

#[test]
fn predict_rejects_bad_indices_and_models() {
    let model = model_path();
    let out = run(&["predict", "--model", path_str(&model), "--index", "10000"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("out of range"));
    // The training split has 60,000 images.
    let v = predict_json(&["--index", "59999", "--split", "train"]);
    assert_eq!(v["index"], 59999);
    // Neither --index nor --image, or both: a usage error.
    assert!(!run(&["predict", "--model", path_str(&model)])
        .status
        .success());
    let both = run(&[
        "predict",
        "--model",
        path_str(&model),
        "--index",
        "1",
        "--image",
        "x.png",
    ]);
    assert!(!both.status.success());

    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.stitch");
    std::fs::write(&bad, b"STCH not really").expect("write");
    let out = run(&["predict", "--model", path_str(&bad), "--index", "0"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.stitch"));
}

#[test]
fn plain_text_output_has_preview_and_bars() {
    let model = model_path();
    let out = run(&["predict", "--model", path_str(&model), "--index", "3"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    // Not a terminal: no escape sequences, an ASCII preview of 28 lines of 56.
    assert!(!text.contains('\x1b'), "{text}");
    assert!(text.is_ascii(), "{text}");
    assert_eq!(text.lines().filter(|l| l.len() == 56).count(), 28, "{text}");
    assert!(text.contains("prediction: Trouser"), "{text}");
    assert_eq!(
        text.lines().filter(|l| l.contains("% |")).count(),
        10,
        "{text}"
    );
}

#[test]
fn show_writes_a_png_of_the_stated_size() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_path = dir.path().join("sub").join("item.png");
    let out = run(&["show", "--index", "0", "--out", path_str(&out_path)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Ankle boot"), "{text}");
    let (w, h) = image::ImageReader::open(&out_path)
        .expect("open")
        .with_guessed_format()
        .expect("format")
        .into_dimensions()
        .expect("a PNG");
    assert!(text.contains(&format!("({w}x{h} PNG)")), "{text}");
    // At least the 10x upscaled image, plus title, ticks and colour bar.
    assert!(w > 280 + 40 && h > 280 + 40, "{w}x{h}");
    let decoded = image::open(&out_path).expect("decodes");
    assert_eq!((decoded.width(), decoded.height()), (w, h));
    // Default name when --out is not given.
    let out = Command::new(stitch())
        .args(["show", "--index", "7"])
        .current_dir(dir.path())
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(dir.path().join("show-test-7.png").is_file());
}

/// `size_of::<Engine<N>>()` for the widths a model may plausibly have.
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

#[test]
fn inspect_reports_file_size_and_engine_ram() {
    let model = model_path();
    let v = json(&["inspect", path_str(&model), "--json"]);
    for key in ["version", "crc", "layers", "model_bytes", "ram_bytes"] {
        assert!(v.get(key).is_some(), "missing key {key}: {v}");
    }
    let bytes = std::fs::read(&model).expect("read model");
    let parsed = Model::from_bytes(&bytes).expect("valid model");
    assert_eq!(v["model_bytes"].as_u64(), Some(bytes.len() as u64));
    assert_eq!(v["version"], stitch_core::format::VERSION);
    assert_eq!(v["crc"].as_u64(), Some(u64::from(parsed.crc())));
    let layers = v["layers"].as_array().expect("layers");
    assert_eq!(layers.len(), parsed.layers().len());
    for (json, layer) in layers.iter().zip(parsed.layers()) {
        assert_eq!(json["in"].as_u64(), Some(layer.in_len() as u64));
        assert_eq!(json["out"].as_u64(), Some(layer.out_len() as u64));
        assert!(json["activation"].is_string());
    }
    let widest = layers
        .iter()
        .map(|l| l["out"].as_u64().expect("out") as usize)
        .max()
        .expect("a layer");
    assert_eq!(widest, parsed.max_width());
    assert_eq!(v["ram_bytes"].as_u64(), Some(engine_size(widest) as u64));

    // The human form names the same figures.
    let out = run(&["inspect", path_str(&model)]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!("model_bytes     {}", bytes.len())),
        "{text}"
    );
}
