//! `stitch import`, `stitch run` and `stitch export-vectors` as a user runs
//! them: the tutorial network as TensorFlow's converter made it, imported and
//! run on every input type `run` takes, its logits equal to LiteRT's; the
//! imported model evaluated like a trained one; and the refusals, one line
//! each, with nothing written.

use std::path::{Path, PathBuf};

use stitch_tests::cli::{path_str, run_fails, run_json, run_json_stderr};
use stitch_tests::model::workspace;
use stitch_tests::samples::test_images;

const CLASS_NAMES: &str =
    "T-shirt/top,Trouser,Pullover,Dress,Coat,Sandal,Shirt,Sneaker,Bag,Ankle boot";

fn data(path: &str) -> PathBuf {
    workspace().join("tests/data").join(path)
}

/// The Keras tutorial model imported into `dir`, with the class names.
fn imported_tutorial(dir: &Path) -> PathBuf {
    let out = dir.join("keras.stitch");
    let tflite = data("tflite-tutorial/fashion-mnist-keras-int8.tflite");
    let (v, stderr) = run_json_stderr(&[
        "import",
        path_str(&tflite),
        "--out",
        path_str(&out),
        "--class-names",
        CLASS_NAMES,
        "--json",
    ]);
    assert_eq!(v["layers"], 3, "{v}");
    assert_eq!(v["input_shape"], serde_json::json!([28, 28]));
    assert_eq!(v["output"], "classes");
    assert_eq!(
        v["dequantize"], true,
        "the converter's float output ends in DEQUANTIZE"
    );
    assert_eq!(
        v["sha256"],
        "330e9525688e4566fa7f8856b4d32353bcc8b4d2b5d51bd1e333548939a98f39"
    );
    assert!(stderr.contains("imported"), "{stderr}");
    out
}

/// LiteRT's int8 logits of the first 200 test images.
fn litert_logits() -> Vec<u8> {
    std::fs::read(data("tflite-tutorial/logits-test-first200.bin")).unwrap()
}

/// The first 200 test images' pixels, 784 each.
fn pixels() -> Vec<u8> {
    let records = test_images();
    records
        .chunks_exact(785)
        .take(200)
        .flat_map(|r| r[1..].to_vec())
        .collect()
}

fn write_npy<T: npyz::AutoSerialize + Copy>(path: &Path, values: &[T], shape: &[u64]) {
    use npyz::WriterBuilder;
    let mut file = std::fs::File::create(path).unwrap();
    let mut writer = npyz::WriteOptions::new()
        .default_dtype()
        .shape(shape)
        .writer(&mut file)
        .begin_nd()
        .unwrap();
    writer.extend(values.iter().copied()).unwrap();
    writer.finish().unwrap();
}

/// The arguments of `stitch run` on `model`, `input` and `output`, then `extra`.
fn run_args<'a>(
    model: &'a Path,
    input: &'a Path,
    output: &'a Path,
    extra: &[&'a str],
) -> Vec<&'a str> {
    let mut args = vec![
        "run",
        "--model",
        path_str(model),
        "--input",
        path_str(input),
        "--output",
        path_str(output),
    ];
    args.extend_from_slice(extra);
    args
}

/// `stitch run --json` that must succeed: its report.
fn run_model(model: &Path, input: &Path, output: &Path, extra: &[&str]) -> serde_json::Value {
    let mut args = run_args(model, input, output, extra);
    args.push("--json");
    run_json(&args)
}

/// `stitch run` that must fail: its stderr.
fn run_model_fails(model: &Path, input: &Path, output: &Path, extra: &[&str]) -> String {
    run_fails(&run_args(model, input, output, extra))
}

fn read_npy_i8(path: &Path) -> (Vec<i8>, Vec<u64>) {
    let bytes = std::fs::read(path).unwrap();
    let file = npyz::NpyFile::new(&bytes[..]).unwrap();
    let shape = file.shape().to_vec();
    (file.into_vec::<i8>().unwrap(), shape)
}

#[test]
fn the_converters_tutorial_model_reproduces_litert_from_every_input_type() {
    let dir = tempfile::tempdir().unwrap();
    let model = imported_tutorial(dir.path());
    let want = litert_logits();

    // The int8 inputs LiteRT's QUANTIZE made, as a raw .bin.
    let out = dir.path().join("from-bin.bin");
    let quantized = data("tflite-tutorial/quantized-inputs-test-first200.bin");
    let v = run_model(&model, &quantized, &out, &[]);
    assert_eq!(v["inputs"], 200);
    assert_eq!(std::fs::read(&out).unwrap(), want, "int8 .bin input");

    // Float pixels / 255, quantized by stitch as TFLite's QUANTIZE does.
    let floats = stitch_train::data::pixel_values(&pixels());
    let input = dir.path().join("float.npy");
    write_npy(&input, &floats, &[200, 28, 28]);
    let out = dir.path().join("from-float.npy");
    run_model(&model, &input, &out, &[]);
    let (logits, shape) = read_npy_i8(&out);
    assert_eq!(shape, [200, 10]);
    assert_eq!(
        logits.iter().map(|&q| q as u8).collect::<Vec<_>>(),
        want,
        "float32 .npy input"
    );

    // uint8 pixels, flattened.
    let input = dir.path().join("pixels.npy");
    write_npy(&input, &pixels(), &[200, 784]);
    let out = dir.path().join("from-pixels.npy");
    run_model(&model, &input, &out, &[]);
    let (logits, _) = read_npy_i8(&out);
    assert_eq!(
        logits.iter().map(|&q| q as u8).collect::<Vec<_>>(),
        want,
        "uint8 .npy input"
    );

    // Dequantized: scale * (q - zero point) of the same logits.
    let out = dir.path().join("dequantized.npy");
    let v = run_model(&model, &input, &out, &["--dequantize"]);
    assert_eq!(v["output_dtype"], "float32");
    let bytes = std::fs::read(&out).unwrap();
    let values = npyz::NpyFile::new(&bytes[..])
        .unwrap()
        .into_vec::<f32>()
        .unwrap();
    let inspected = run_json(&["inspect", path_str(&model), "--json"]);
    let (scale, zero_point) = (
        inspected["output_scale"].as_f64().unwrap() as f32,
        inspected["output_zero_point"].as_i64().unwrap() as i16,
    );
    for (value, &q) in values.iter().zip(&want) {
        assert_eq!(*value, scale * f32::from(i16::from(q as i8) - zero_point));
    }
}

#[test]
fn an_imported_classifier_is_inspected_evaluated_and_predicted_like_a_trained_one() {
    let dir = tempfile::tempdir().unwrap();
    let model = imported_tutorial(dir.path());
    let inspected = run_json(&["inspect", path_str(&model), "--json"]);
    assert_eq!(
        inspected["origin"]["source"],
        "fashion-mnist-keras-int8.tflite"
    );
    assert_eq!(inspected["rounding"], "single");
    assert_eq!(inspected["output"], "classes");
    assert_eq!(inspected["class_names"][1], "Trouser");
    // LiteRT's reference kernels get 8,659 of the 10,000 test images right.
    let v = run_json(&[
        "eval",
        "--model",
        path_str(&model),
        "--plots",
        path_str(dir.path()),
        "--json",
    ]);
    assert_eq!(v["int8_accuracy"].as_f64(), Some(0.8659), "{v}");
    let v = run_json(&[
        "predict",
        "--model",
        path_str(&model),
        "--index",
        "3",
        "--json",
    ]);
    assert_eq!(v["class_name"], "Trouser");
}

#[test]
fn import_refuses_what_stitch_does_not_run_in_one_line_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kws.stitch");
    // A TFLite file cut short: the flatbuffer does not hold together.
    let kws = std::fs::read(data("mlperf-tiny/kws-ds-cnn-int8.tflite")).unwrap();
    let cut = dir.path().join("kws-cut.tflite");
    std::fs::write(&cut, &kws[..kws.len() / 2]).unwrap();
    let stderr = run_fails(&["import", path_str(&cut), "--out", path_str(&out)]);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("kws-cut.tflite") && stderr.contains("malformed TFLite flatbuffer"),
        "{stderr}"
    );
    assert!(!out.exists());
    // Not a TFLite file at all.
    let stderr = run_fails(&[
        "import",
        path_str(&workspace().join("models/fashion-mnist.stitch")),
        "--out",
        path_str(&out),
    ]);
    assert!(stderr.contains("not a TFLite model"), "{stderr}");
    assert!(!out.exists());
    // Class names that do not match the outputs.
    let tflite = data("tflite-tutorial/fashion-mnist-keras-int8.tflite");
    let stderr = run_fails(&[
        "import",
        path_str(&tflite),
        "--out",
        path_str(&out),
        "--class-names",
        "a,b",
    ]);
    assert!(
        stderr.contains("--class-names gives 2 names; the model has 10 outputs"),
        "{stderr}"
    );
    // A rounding or a runtime that does not exist, or both at once.
    let stderr = run_fails(&["import", path_str(&tflite), "--rounding", "triple"]);
    assert!(stderr.contains("triple"), "{stderr}");
    let stderr = run_fails(&["import", path_str(&tflite), "--match", "onnx"]);
    assert!(stderr.contains("onnx"), "{stderr}");
    let both = [
        "import",
        path_str(&tflite),
        "--match",
        "tflm",
        "--rounding",
        "single",
    ];
    assert!(run_fails(&both).contains("cannot be used with"));
}

/// MLPerf Tiny's keyword-spotting network from `.tflite` to logits through
/// the CLI, matching each runtime: `stitch import --match`, then `stitch
/// run` (logits) and `stitch run --softmax`, byte for byte the runtime's.
#[test]
fn keyword_spotting_imports_and_runs_as_each_runtime_computes() {
    let dir = tempfile::tempdir().unwrap();
    let kws = data("mlperf-tiny/kws-ds-cnn-int8.tflite");
    let inputs = data("mlperf-tiny/kws-inputs-first20.bin");
    for (matching, reference) in [("litert", "litert"), ("tflm", "cmsis-nn-double")] {
        let model = dir.path().join(format!("kws-{matching}.stitch"));
        let v = run_json(&[
            "import",
            path_str(&kws),
            "--out",
            path_str(&model),
            "--match",
            matching,
            "--json",
        ]);
        assert_eq!(
            (v["kind"].as_str(), v["arena_bytes"].as_u64()),
            (Some("graph"), Some(16_000))
        );
        assert_eq!(v["match"], matching);
        // Before flashing: the instructions, flash and RAM a graph needs.
        let chip = run_json(&[
            "inspect",
            path_str(&model),
            "--target",
            "cortex-m4",
            "--json",
        ]);
        assert_eq!(chip["arena_bytes"], 16_000);
        assert!(chip["instructions_per_inference"].as_u64().unwrap() > 1_000_000);
        assert_eq!(
            chip["ram_bytes"].as_u64(),
            Some(16_000 + chip["stack_bytes"].as_u64().unwrap())
        );
        for (output, extra) in [("logits", None), ("softmax", Some("--softmax"))] {
            let out = dir.path().join(format!("{output}.bin"));
            let mut args = vec![
                "run",
                "--model",
                path_str(&model),
                "--input",
                path_str(&inputs),
            ];
            args.extend(["--output", path_str(&out)]);
            args.extend(extra);
            run_json(&[&args[..], &["--json"]].concat());
            let want = data(&format!("mlperf-tiny/kws-{output}-{reference}-first20.bin"));
            assert_eq!(
                std::fs::read(&out).unwrap(),
                std::fs::read(want).unwrap(),
                "{matching} {output}"
            );
        }
    }
}

#[test]
fn run_refuses_wrong_dtypes_shapes_and_lengths_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let model = imported_tutorial(dir.path());
    let out = dir.path().join("out.npy");
    /// A file name, how to write it, and the problem its error names.
    type Case<'a> = (&'a str, Box<dyn Fn(&Path)>, &'a str);
    let cases: [Case; 4] = [
        (
            "doubles.npy",
            Box::new(|p| write_npy(p, &[0.5f64; 784], &[1, 784])),
            "dtype",
        ),
        (
            "wrong-shape.npy",
            Box::new(|p| write_npy(p, &[0i8; 784], &[1, 28, 28, 1])),
            "shape [1, 28, 28, 1]",
        ),
        (
            "short.bin",
            Box::new(|p| std::fs::write(p, [0u8; 700]).unwrap()),
            "700 values are not a whole number of inputs of 784",
        ),
        (
            "nan.npy",
            Box::new(|p| write_npy(p, &[f32::NAN; 784], &[1, 784])),
            "not a finite number",
        ),
    ];
    for (name, write, problem) in cases {
        let input = dir.path().join(name);
        write(&input);
        let stderr = run_model_fails(&model, &input, &out, &[]);
        assert!(
            stderr.contains(name) && stderr.contains(problem),
            "{name}: {stderr}"
        );
        assert!(!out.exists(), "{name}: an output was written");
    }
    let input = data("tflite-tutorial/quantized-inputs-test-first200.bin");
    let stderr = run_fails(&[
        "run",
        "--model",
        path_str(&model),
        "--input",
        path_str(&input),
        "--output",
        "out.csv",
    ]);
    assert!(stderr.contains("expected a .npy or .bin file"), "{stderr}");
}

#[test]
fn run_softmax_writes_tflites_int8_probabilities_for_classifiers_only() {
    let dir = tempfile::tempdir().unwrap();
    let model = imported_tutorial(dir.path());
    let input = data("tflite-tutorial/quantized-inputs-test-first200.bin");
    let out = dir.path().join("probabilities.bin");
    let v = run_model(&model, &input, &out, &["--softmax"]);
    assert_eq!(v["softmax"], true);
    // LiteRT's logits through stitch-core's int8 softmax (byte for byte
    // TFLite's: tests/mlperf_tiny.rs).
    let bytes = std::fs::read(&model).unwrap();
    let scale = stitch_core::Model::from_bytes(&bytes)
        .unwrap()
        .output_quantization()
        .scale;
    let softmax = stitch_core::softmax::Int8Softmax::new(scale, 1.0).unwrap();
    let mut want = Vec::new();
    for row in litert_logits().chunks(10) {
        let logits: Vec<i8> = row.iter().map(|&b| b as i8).collect();
        let mut p = [0i8; 10];
        softmax.apply(&logits, &mut p).unwrap();
        want.extend(p.iter().map(|&q| q as u8));
    }
    assert_eq!(std::fs::read(&out).unwrap(), want);
    // Test image 3 is a Trouser, nearly certain: 255/256 is stored as 127.
    assert_eq!(want[3 * 10 + 1] as i8, 127, "{:?}", &want[30..40]);

    let stderr = run_model_fails(&model, &input, &out, &["--softmax", "--dequantize"]);
    assert!(stderr.contains("cannot be used with"), "{stderr}");

    let autoencoder = dir.path().join("ad.stitch");
    run_json(&[
        "import",
        path_str(&data("mlperf-tiny-ad/ad01-toycar-int8.tflite")),
        "--out",
        path_str(&autoencoder),
        "--json",
    ]);
    let values = dir.path().join("values.bin");
    let ad_inputs = data("mlperf-tiny-ad/inputs-first100.bin");
    let stderr = run_model_fails(&autoencoder, &ad_inputs, &values, &["--softmax"]);
    assert!(
        stderr.contains("ad.stitch") && stderr.contains("--softmax is for classifiers"),
        "{stderr}"
    );
    assert!(!values.exists());
}
