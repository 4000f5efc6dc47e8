//! `stitch train`: load -> train (float, candle) -> quantize (int8) ->
//! evaluate both on the test set -> write FILE (.stitch), FILE.safetensors
//! (float weights) and FILE.json (model card), each atomically; then the
//! pictures: training curves, confusion matrix, misclassified test images.

use std::time::Instant;

use serde::Serialize;

use super::common::{self, Pictures};
use crate::cli::TrainArgs;
use crate::data::{self, Dataset, Split, VALIDATION_COUNT};
use crate::error::Error;
use crate::history::EpochStats;
use crate::quantize::Calibration;
use crate::report::Report;
use crate::siblings;
use crate::train::{self, Arch, TrainConfig};

/// Most convolution blocks: two pools take 28x28 to 7x7. A third would pool
/// an odd size, where candle's max-pool gradient is wrong (it upsamples 3x3
/// back to 7x7 by nearest neighbour, not by window): such a network trains
/// to 80 % where two blocks reach 91 % (measured on the validation split).
const MAX_BLOCKS: usize = 2;

/// The model card written beside the model: how it was made and how it scores.
#[derive(Serialize)]
struct ModelCard<'a> {
    /// A command line that reproduces the model bit for bit.
    command: String,
    seed: u64,
    config: &'a TrainConfig,
    calibration: Calibration,
    calibration_images: usize,
    float_test_accuracy: Option<f64>,
    int8_test_accuracy: f64,
    agreement: Option<f64>,
    final_val_accuracy: Option<f64>,
    test_images: usize,
    model_bytes: usize,
    seconds: f64,
    /// Tensor names in the .safetensors file.
    weights_layout: &'static str,
    /// The int8 model's CRC-32 and the float weights' SHA-256: what ties the
    /// three files together (`stitch eval` checks them).
    model_crc: String,
    weights_sha256: String,
    history: &'a [EpochStats],
}

/// `widths` as the comma-separated list the flags take.
fn list(widths: &[usize]) -> String {
    let widths: Vec<String> = widths.iter().map(|w| w.to_string()).collect();
    widths.join(",")
}

/// The equivalent command line with every training flag explicit.
fn canonical_command(args: &TrainArgs) -> String {
    let schedule = format!("{:?}", args.schedule).to_lowercase();
    let calibration = format!("{:?}", args.calibration).to_lowercase();
    let arch = match args.arch {
        Arch::Dense => String::new(),
        Arch::Cnn => format!("--arch cnn --channels {} ", list(&args.channels)),
    };
    format!(
        "stitch train {arch}--epochs {} --batch-size {} --lr {} --schedule {} --weight-decay {} --hidden {} --calibration {} --seed {} --out {}",
        args.epochs,
        args.batch_size,
        args.lr,
        schedule,
        args.weight_decay,
        list(&args.hidden),
        calibration,
        args.seed,
        args.out.display()
    )
}

/// Everything that would make the run fail after training, checked before
/// it: the network's shape, and every file it writes.
fn check_before_training(args: &TrainArgs, pictures: &Pictures) -> Result<(), Error> {
    if args.arch == Arch::Dense && !args.channels.is_empty() {
        return Err(Error::Usage(
            "--channels gives a CNN's convolution blocks: add --arch cnn".into(),
        ));
    }
    if args.channels.len() > MAX_BLOCKS {
        return Err(Error::Usage(format!(
            "--channels gives {} blocks; stitch trains at most {MAX_BLOCKS} (each pool halves 28x28, and candle's max-pool gradient needs an even size)",
            args.channels.len()
        )));
    }
    // A block is two layers of the model: its convolution and its pool.
    let layers = 2 * args.channels.len() + args.hidden.len() + 1;
    if layers > stitch_core::format::MAX_LAYERS {
        return Err(Error::Usage(format!(
            "--channels and --hidden give {layers} layers, and a model has at most {}",
            stitch_core::format::MAX_LAYERS
        )));
    }
    let named = args
        .out
        .file_name()
        .is_some_and(|name| name != "." && name != "..");
    if !named || args.out.is_dir() {
        return Err(Error::Usage(format!(
            "--out {} is a directory: give the model's file name, such as {}",
            args.out.display(),
            args.out.join("fashion-mnist.stitch").display()
        )));
    }
    let weights_path = siblings::weights_path(&args.out);
    let card_path = siblings::card_path(&args.out);
    if weights_path == args.out || card_path == args.out {
        return Err(Error::Usage(format!(
            "--out {} must not end in .safetensors or .json (those are written beside it)",
            args.out.display()
        )));
    }
    for path in [&args.out, &weights_path, &card_path] {
        crate::atomic::ensure_writable(path)?;
    }
    pictures.ensure_writable(&["curves", "confusion", "misclassified"])
}

/// The training split without its last [`VALIDATION_COUNT`] images, those
/// images, and the test split.
fn load_data(args: &TrainArgs) -> Result<(Dataset, Dataset, Dataset), Error> {
    let dir = data::resolve_data_dir(args.data.data_dir.as_deref());
    let (train_split, val) = data::load_split(&dir, Split::Train)?.split_last(VALIDATION_COUNT);
    let test = data::load_split(&dir, Split::Test)?;
    eprintln!(
        "data: {} training, {} validation, {} test images from {}",
        train_split.len(),
        val.len(),
        test.len(),
        dir.display()
    );
    Ok((train_split, val, test))
}

/// The flags as a training configuration, with the defaults chosen on the
/// validation split for what has no flag.
fn train_config(args: &TrainArgs) -> TrainConfig {
    TrainConfig {
        epochs: args.epochs as usize,
        batch_size: args.batch_size as usize,
        lr: args.lr,
        schedule: args.schedule,
        weight_decay: args.weight_decay,
        channels: args.channels.clone(),
        hidden: args.hidden.clone(),
        seed: args.seed,
        label_smoothing: match args.arch {
            Arch::Dense => train::DEFAULT_LABEL_SMOOTHING,
            Arch::Cnn => train::CNN_LABEL_SMOOTHING,
        },
        augment: train::DEFAULT_AUGMENT,
        dropout: 0.0,
    }
}

pub fn run(args: &TrainArgs) -> Result<(), Error> {
    let started = Instant::now();
    let weights_path = siblings::weights_path(&args.out);
    let card_path = siblings::card_path(&args.out);
    let pictures = Pictures::new(&args.out, args.plots.as_deref());
    check_before_training(args, &pictures)?;

    let (train_split, val, test) = load_data(args)?;
    let config = train_config(args);
    // With --json the bar is hidden but the per-epoch lines still go to stderr.
    let verbosity = if args.json {
        train::Verbosity::Epochs
    } else {
        train::Verbosity::Progress
    };
    let (float, history) = train::train(&config, &train_split, &val, verbosity)?;

    let q = common::quantize_and_predict(
        &float,
        &common::calibration_set(&train_split),
        args.calibration,
        &test,
        &args.out,
    )?;
    let report = Report::new(
        &test.labels,
        &q.int8_predictions,
        Some(&q.float_predictions),
        &args.out,
        q.bytes.len(),
        started.elapsed().as_secs_f64(),
    );
    let weights_bytes = float.safetensors_bytes()?;
    let card = ModelCard {
        command: canonical_command(args),
        seed: args.seed,
        config: &config,
        calibration: args.calibration,
        calibration_images: crate::quantize::CALIBRATION_IMAGES,
        float_test_accuracy: report.float_accuracy,
        int8_test_accuracy: report.int8_accuracy,
        agreement: report.agreement,
        final_val_accuracy: history.last().map(|h| h.val_accuracy),
        test_images: report.test_images,
        model_bytes: report.model_bytes,
        seconds: report.seconds,
        weights_layout: match args.arch {
            Arch::Dense => "layers.{i}.weight [out, in] f32, layers.{i}.bias [out] f32; ReLU after every layer but the last",
            Arch::Cnn => "convs.{i}.weight [out, in, 3, 3] f32, convs.{i}.bias [out] f32: 3x3 convolution (padding 1), ReLU, 2x2 max pool; flattened NHWC; then layers.{i}.weight [out, in] f32, layers.{i}.bias [out] f32, ReLU after every layer but the last",
        },
        model_crc: siblings::crc_hex(&crate::int8::parse(&q.bytes, &args.out)?),
        weights_sha256: siblings::sha256_hex(&weights_bytes),
        history: &history,
    };
    let card_json = serde_json::to_vec_pretty(&card)?;

    // One set: a failure while writing leaves the previous three whole.
    crate::atomic::write_set(&[
        (&weights_path, &weights_bytes),
        (&card_path, &card_json),
        (&args.out, &q.bytes),
    ])?;
    eprintln!(
        "wrote {}, {} and {}",
        args.out.display(),
        weights_path.display(),
        card_path.display()
    );
    report.print_human();
    let curves = pictures.path("curves");
    crate::picture::plot_training_curves(&history, &curves)?;
    let mut written = vec![curves];
    written.extend(pictures.write_evaluation(&test, &q.int8_predictions, &report)?);
    common::print_pictures(&written);
    if args.json {
        report.print_json()?;
    }
    Ok(())
}
