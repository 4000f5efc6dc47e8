//! `stitch predict`, `stitch show` and `stitch inspect`, run as the built
//! binary on the committed model (models/fashion-mnist.stitch, or the model
//! named by $STITCH_TEST_MODEL).

use std::path::Path;
use std::process::{Command, Output};

use image::{DynamicImage, GrayImage, ImageFormat, RgbImage};
use serde_json::Value;
use stitch_core::Model;
use stitch_tests::cli::{path_str, run, run_json, stitch};
use stitch_tests::model::model_path;
use stitch_train::data::{self, Split};

/// `stitch predict --model <model> extra...`, whatever its exit status.
fn predict(extra: &[&str]) -> Output {
    let model = model_path();
    let mut args = vec!["predict", "--model", path_str(&model)];
    args.extend_from_slice(extra);
    run(&args)
}

/// `stitch predict --model <model> --json extra...`: must succeed; its JSON object.
fn predict_json(extra: &[&str]) -> Value {
    let model = model_path();
    let mut args = vec!["predict", "--model", path_str(&model), "--json"];
    args.extend_from_slice(extra);
    run_json(&args)
}

/// A command that must have failed with `needle` in its stderr.
fn assert_fails_naming(out: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "should fail: {stderr}");
    assert!(stderr.contains(needle), "expected {needle:?} in: {stderr}");
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
        let out = predict(&["--image", path_str(&path)]);
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
    for (name, bytes) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let out = predict(&["--image", path_str(&path)]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{name} was accepted");
        assert!(stderr.contains(path_str(&path)), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
    // A missing file too.
    let gone = dir.path().join("gone.png");
    assert_fails_naming(&predict(&["--image", path_str(&gone)]), "gone.png");
}

#[test]
fn predict_rejects_bad_indices_and_models() {
    assert_fails_naming(&predict(&["--index", "10000"]), "out of range");
    // The training split has 60,000 images.
    let v = predict_json(&["--index", "59999", "--split", "train"]);
    assert_eq!(v["index"], 59999);
    // Neither --index nor --image, or both: a usage error.
    assert!(!predict(&[]).status.success());
    let both = predict(&["--index", "1", "--image", "x.png"]);
    assert!(!both.status.success());

    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.stitch");
    std::fs::write(&bad, b"STCH not really").expect("write");
    let out = run(&["predict", "--model", path_str(&bad), "--index", "0"]);
    assert_fails_naming(&out, "bad.stitch");
}

#[test]
fn plain_text_output_has_preview_and_bars() {
    let out = predict(&["--index", "3"]);
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

#[test]
fn inspect_reports_file_size_and_engine_ram() {
    let model = model_path();
    let v = run_json(&["inspect", path_str(&model), "--json"]);
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
    assert_eq!(
        v["ram_bytes"].as_u64(),
        Some(stitch_core::engine_ram_bytes(widest) as u64)
    );

    // The human form names the same figures.
    let out = run(&["inspect", path_str(&model)]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!("model_bytes     {}", bytes.len())),
        "{text}"
    );
}
