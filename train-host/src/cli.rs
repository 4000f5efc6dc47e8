//! Command-line interface (clap derive). Only parsing lives here; each command
//! runs in its own module under `commands/`.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};

use crate::quantize::{Calibration, DEFAULT_CALIBRATION};
use crate::train::{Arch, Schedule};

#[derive(Debug, Parser)]
#[command(
    name = "stitch",
    version,
    about = "Train Fashion-MNIST with candle, quantize to int8, evaluate with stitch-core."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Train a float network (the tutorial's MLP, or a small CNN), quantize it to int8 and evaluate both on the test set.
    Train(TrainArgs),
    /// Quantize saved float weights (.safetensors) to a .stitch int8 model, or
    /// re-export an older .stitch model in the current format version.
    Quantize(QuantizeArgs),
    /// Evaluate a .stitch model on the 10,000 test images with stitch-core.
    Eval(EvalArgs),
    /// Write the first N test images as (label byte, 784 pixel bytes) records.
    ExportSamples(ExportArgs),
    /// Classify one image (from the data set or a PNG/PGM file) with stitch-core.
    Predict(PredictArgs),
    /// Draw one data-set image as a PNG (with class name and colour bar).
    Show(ShowArgs),
    /// Describe a .stitch model: format, layers, quantization, sizes.
    Inspect(InspectArgs),
    /// Import an int8 TFLite model (.tflite) as a .stitch model.
    Import(ImportArgs),
    /// Run a .stitch model on a batch of inputs (.npy or .bin) and write its outputs.
    Run(RunArgs),
    /// Pack inputs and the outputs expected of them into a vectors file for the firmware.
    ExportVectors(VectorsArgs),
}

impl Command {
    /// Whether `--json` was asked for: stdout then carries exactly one JSON
    /// object, `{"error": ...}` when the command fails.
    pub fn json(&self) -> bool {
        match self {
            Command::Train(a) => a.json,
            Command::Quantize(a) => a.json,
            Command::Eval(a) => a.json,
            Command::Predict(a) => a.json,
            Command::Inspect(a) => a.json,
            Command::Import(a) => a.json,
            Command::Run(a) => a.json,
            Command::ExportSamples(_) | Command::Show(_) | Command::ExportVectors(_) => false,
        }
    }
}

/// `--data-dir`, shared by every command.
#[derive(Debug, Args)]
pub struct DataArgs {
    /// Directory with the four IDX files (.gz or raw) [default: $STITCH_DATA,
    /// else /usr/share/datasets/fashion-mnist]
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TrainArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// The network: the tutorial's MLP (dense), or a CNN: blocks of 3x3
    /// convolution, ReLU and 2x2 max pool (--channels), then the dense layers.
    #[arg(long, value_enum, default_value_t = Arch::Dense)]
    pub arch: Arch,
    /// Passes over the training split [default: 30, cnn: 15]
    #[arg(
        long,
        default_value = "30",
        default_value_if("arch", "cnn", Some("15")),
        hide_default_value = true,
        value_parser = clap::value_parser!(u32).range(1..=10_000)
    )]
    pub epochs: u32,
    /// Images per optimiser step [default: 128, cnn: 64]
    #[arg(
        long,
        default_value = "128",
        default_value_if("arch", "cnn", Some("64")),
        hide_default_value = true,
        value_parser = clap::value_parser!(u32).range(1..=55_000)
    )]
    pub batch_size: u32,
    /// Peak learning rate (Adam) [default: 0.001, cnn: 0.005]
    #[arg(
        long,
        default_value = "0.001",
        default_value_if("arch", "cnn", Some("0.005")),
        hide_default_value = true,
        value_parser = positive_f64
    )]
    pub lr: f64,
    /// Learning-rate schedule.
    #[arg(long, value_enum, default_value_t = Schedule::Cosine)]
    pub schedule: Schedule,
    /// Decoupled weight decay (AdamW); 0 is plain Adam.
    #[arg(long, default_value_t = 0.0, value_parser = non_negative_f64)]
    pub weight_decay: f64,
    /// Hidden dense layer widths, comma-separated (e.g. 64,64 or 32)
    /// [default: 64,64, cnn: 32]
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "64,64",
        default_value_if("arch", "cnn", Some("32")),
        hide_default_value = true,
        value_parser = hidden_width
    )]
    pub hidden: Vec<usize>,
    /// Output channels of the CNN's convolution blocks, comma-separated
    /// (at most 2 blocks) [default for --arch cnn: 8,16]
    #[arg(
        long,
        value_delimiter = ',',
        default_value_if("arch", "cnn", Some("8,16")),
        value_parser = channel_count
    )]
    pub channels: Vec<usize>,
    /// Activation calibration for int8 quantization.
    #[arg(long, value_enum, default_value_t = DEFAULT_CALIBRATION)]
    pub calibration: Calibration,
    /// Seed for weight initialisation, shuffling and augmentation.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Output model; FILE.safetensors (float weights) and FILE.json (model
    /// card) are written beside it [default: models/fashion-mnist.stitch,
    /// cnn: models/fashion-mnist-cnn.stitch]
    #[arg(
        long,
        value_name = "FILE",
        default_value = "models/fashion-mnist.stitch",
        default_value_if("arch", "cnn", Some("models/fashion-mnist-cnn.stitch")),
        hide_default_value = true
    )]
    pub out: PathBuf,
    /// Directory for the PNG pictures (training curves, confusion matrix,
    /// misclassified test images) [default: beside the model]
    #[arg(long, value_name = "DIR")]
    pub plots: Option<PathBuf>,
    /// Print one JSON object on stdout (human output goes to stderr).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("source").required(true).args(["weights", "model"])))]
pub struct QuantizeArgs {
    /// Float weights written by `stitch train`.
    #[arg(long, value_name = "FILE.safetensors")]
    pub weights: Option<PathBuf>,
    /// A .stitch model of an older format version, to re-export in the
    /// current one (written to --out; a current model is copied as it is).
    #[arg(
        long,
        value_name = "FILE.stitch",
        requires = "out",
        conflicts_with = "calibration"
    )]
    pub model: Option<PathBuf>,
    #[command(flatten)]
    pub data: DataArgs,
    /// Activation calibration for int8 quantization.
    #[arg(long, value_enum, default_value_t = DEFAULT_CALIBRATION)]
    pub calibration: Calibration,
    /// Output model [default: the weights path with extension .stitch]
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Print one JSON object on stdout (human output goes to stderr).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// A .stitch model; FILE.safetensors beside it, if there, is evaluated too
    /// (float accuracy and float/int8 agreement).
    #[arg(long, value_name = "FILE")]
    pub model: PathBuf,
    #[command(flatten)]
    pub data: DataArgs,
    /// Directory for the PNG pictures (confusion matrix, misclassified
    /// test images) [default: beside the model]
    #[arg(long, value_name = "DIR")]
    pub plots: Option<PathBuf>,
    /// Print one JSON object on stdout (human output goes to stderr).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// How many test images, from the start of the test set (1..=10000).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub count: u32,
    /// Output file.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    #[command(flatten)]
    pub data: DataArgs,
}

/// Which data-set split `--index` counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SplitArg {
    /// The 10,000 test images.
    Test,
    /// The 60,000 training images (validation included).
    Train,
}

impl SplitArg {
    pub fn split(self) -> crate::data::Split {
        match self {
            SplitArg::Test => crate::data::Split::Test,
            SplitArg::Train => crate::data::Split::Train,
        }
    }

    pub fn name(self) -> &'static str {
        self.split().name()
    }
}

/// One data-set image: `--index N [--split test|train] [--data-dir D]`.
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Which split `--index` counts in.
    #[arg(long, value_enum, default_value_t = SplitArg::Test)]
    pub split: SplitArg,
    #[command(flatten)]
    pub data: DataArgs,
}

impl IndexArgs {
    /// Image `index` of the chosen split, and its label; an index out of
    /// range is an error naming the split's size.
    pub fn image(&self, index: usize) -> Result<(Vec<u8>, u8), crate::Error> {
        let split = self.split.split();
        if index >= split.count() {
            return Err(crate::Error::Usage(format!(
                "--index {index} is out of range: the {} split has {} images (0..={})",
                split.name(),
                split.count(),
                split.count() - 1
            )));
        }
        let dir = crate::data::resolve_data_dir(self.data.data_dir.as_deref());
        let set = crate::data::load_split(&dir, split)?;
        Ok((set.image(index).to_vec(), set.labels[index]))
    }
}

#[derive(Debug, Args)]
pub struct PredictArgs {
    /// A .stitch model.
    #[arg(long, value_name = "FILE")]
    pub model: PathBuf,
    /// Image number in the data set (0-based).
    #[arg(
        long,
        value_name = "N",
        required_unless_present = "image",
        conflicts_with = "image"
    )]
    pub index: Option<usize>,
    /// A PNG or PGM image; converted to 28x28 light-on-dark greyscale if needed.
    #[arg(long, value_name = "FILE")]
    pub image: Option<PathBuf>,
    #[command(flatten)]
    pub source: IndexArgs,
    /// Print one JSON object on stdout instead of the pictures.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Image number in the data set (0-based).
    #[arg(long, value_name = "N")]
    pub index: usize,
    #[command(flatten)]
    pub source: IndexArgs,
    /// Output PNG [default: show-<split>-<index>.png in the current directory]
    #[arg(long, value_name = "FILE.png")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// A .stitch model.
    #[arg(value_name = "FILE")]
    pub model: PathBuf,
    /// Predict what the model costs on this chip instead: instructions per
    /// inference, flash and RAM (stitch_core::cost).
    #[arg(long, value_enum, value_name = "CHIP")]
    pub target: Option<TargetArg>,
    /// With --target: how the input reaches the engine.
    #[arg(long, value_enum, default_value_t = EntryArg::Bytes, requires = "target")]
    pub entry: EntryArg,
    /// Print one JSON object on stdout.
    #[arg(long)]
    pub json: bool,
}

/// A chip `stitch inspect --target` predicts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TargetArg {
    /// Cortex-M4/M7/M33 with the DSP extension (the `dsp` kernel).
    CortexM4,
    /// Cortex-M0/M0+ (the `armv6m` kernel).
    CortexM0,
}

/// How the input reaches the engine (`stitch inspect --target --entry`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EntryArg {
    /// Bytes `q + 128` read in place (`Engine::infer`): an image's pixels.
    Bytes,
    /// int8 values, flipped into the engine's buffer (`Engine::infer_int8`).
    Int8,
}

impl EntryArg {
    /// stitch-core's name for the entry.
    pub fn entry(self) -> stitch_core::cost::Entry {
        match self {
            EntryArg::Bytes => stitch_core::cost::Entry::Bytes,
            EntryArg::Int8 => stitch_core::cost::Entry::Int8,
        }
    }

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            EntryArg::Bytes => "bytes",
            EntryArg::Int8 => "int8",
        }
    }
}

impl TargetArg {
    /// stitch-core's name for the target.
    pub fn target(self) -> stitch_core::cost::Target {
        match self {
            TargetArg::CortexM4 => stitch_core::cost::Target::CortexM4,
            TargetArg::CortexM0 => stitch_core::cost::Target::CortexM0,
        }
    }

    /// The name on the command line (`cortex-m4`).
    pub fn name(self) -> &'static str {
        match self {
            TargetArg::CortexM4 => "cortex-m4",
            TargetArg::CortexM0 => "cortex-m0",
        }
    }
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A full-integer int8 TFLite model.
    #[arg(value_name = "MODEL.tflite")]
    pub model: PathBuf,
    /// Output model [default: MODEL.stitch beside the .tflite]
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Which runtime's integers to reproduce: `litert` (TFLite on a desktop,
    /// its reference kernels: convolutions and ADD round twice, fully
    /// connected layers once) or `tflm` (TensorFlow Lite Micro and CMSIS-NN
    /// on a chip: twice everywhere) [default: litert]
    #[arg(long = "match", value_name = "litert|tflm", value_parser = runtime, conflicts_with = "rounding")]
    pub matching: Option<stitch_import::Match>,
    /// One rounding for every layer instead: for a dense model `single` is
    /// `--match litert` and `double` is `--match tflm`.
    #[arg(long, value_name = "single|double", value_parser = rounding)]
    pub rounding: Option<stitch_core::Rounding>,
    /// Class names, one per output, comma-separated [default: class 0, class
    /// 1, ... for a model that ends in SOFTMAX; none (values) otherwise]
    #[arg(long, value_name = "A,B,...", value_delimiter = ',')]
    pub class_names: Option<Vec<String>>,
    /// Print one JSON object on stdout (human output goes to stderr).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// A .stitch model.
    #[arg(long, value_name = "FILE")]
    pub model: PathBuf,
    /// Inputs: .npy of shape [N, ...input shape] (int8; uint8 pixels, read
    /// as pixel / 255; float32, quantized like TFLite's QUANTIZE) or raw int8 .bin.
    #[arg(long, value_name = "X.npy|X.bin")]
    pub input: PathBuf,
    /// Outputs: .npy of shape [N, outputs] or raw .bin, the last layer's int8
    /// values (the logits of a classifier), or float32 with --dequantize.
    #[arg(long, value_name = "Y.npy|Y.bin")]
    pub output: PathBuf,
    /// Write the outputs dequantized, as float32.
    #[arg(long, conflicts_with = "softmax")]
    pub dequantize: bool,
    /// Write TFLite's int8 softmax of a classifier's logits instead (scale
    /// 1/256, zero point -128): what a model's trailing SOFTMAX writes.
    #[arg(long)]
    pub softmax: bool,
    /// Print one JSON object on stdout.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct VectorsArgs {
    /// The .stitch model the vectors are for (checks the sizes).
    #[arg(long, value_name = "FILE")]
    pub model: PathBuf,
    /// Inputs, as `stitch run --input` takes them.
    #[arg(
        long,
        value_name = "X.npy|X.bin",
        required_unless_present = "test_images"
    )]
    pub input: Option<PathBuf>,
    /// The int8 outputs expected of them: `stitch run --output`'s, or a
    /// reference runtime's.
    #[arg(
        long,
        value_name = "Y.npy|Y.bin",
        required_unless_present = "test_images"
    )]
    pub expected: Option<PathBuf>,
    /// Instead of --input and --expected: the first test images (--count,
    /// default 20) and the outputs stitch-core computes of them on the host,
    /// so that the firmware checks it computes the same integers.
    #[arg(long, conflicts_with_all = ["input", "expected"])]
    pub test_images: bool,
    #[command(flatten)]
    pub data: DataArgs,
    /// Output vectors file (firmware/data's format).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Only the first N vectors.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub count: Option<u32>,
}

impl ImportArgs {
    /// What `--match` or `--rounding` asks for.
    pub fn matching(&self) -> stitch_import::Match {
        match (self.matching, self.rounding) {
            (Some(matching), _) => matching,
            (None, Some(rounding)) => stitch_import::Match::Everywhere(rounding),
            (None, None) => stitch_import::Match::Litert,
        }
    }
}

fn runtime(s: &str) -> Result<stitch_import::Match, String> {
    match s {
        "litert" => Ok(stitch_import::Match::Litert),
        "tflm" => Ok(stitch_import::Match::Tflm),
        _ => Err(format!(
            "`{s}` is not a runtime stitch matches (litert or tflm)"
        )),
    }
}

fn rounding(s: &str) -> Result<stitch_core::Rounding, String> {
    match s {
        "single" => Ok(stitch_core::Rounding::Single),
        "double" => Ok(stitch_core::Rounding::Double),
        _ => Err(format!("`{s}` is not a rounding (single or double)")),
    }
}

/// Widest hidden layer `stitch train` accepts.
pub const MAX_HIDDEN: usize = 1024;

fn hidden_width(s: &str) -> Result<usize, String> {
    let n: usize = s
        .trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a layer width (expected e.g. 64,64)"))?;
    if n == 0 || n > MAX_HIDDEN {
        return Err(format!("layer width must be 1..={MAX_HIDDEN}, got {n}"));
    }
    Ok(n)
}

/// Most channels a convolution block may have.
pub const MAX_CHANNELS: usize = 256;

fn channel_count(s: &str) -> Result<usize, String> {
    let n: usize = s
        .trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a channel count (expected e.g. 8,16)"))?;
    if n == 0 || n > MAX_CHANNELS {
        return Err(format!("channel count must be 1..={MAX_CHANNELS}, got {n}"));
    }
    Ok(n)
}

fn positive_f64(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if x.is_finite() && x > 0.0 => Ok(x),
        _ => Err(format!("`{s}` is not a positive number")),
    }
}

fn non_negative_f64(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if x.is_finite() && x >= 0.0 => Ok(x),
        _ => Err(format!("`{s}` is not a non-negative number")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn tutorial_flags_parse() {
        let cli = Cli::try_parse_from([
            "stitch",
            "train",
            "--epochs",
            "5",
            "--batch-size",
            "32",
            "--lr",
            "0.001",
            "--schedule",
            "constant",
        ])
        .expect("tutorial flags");
        match cli.command {
            Command::Train(a) => {
                assert_eq!((a.epochs, a.batch_size, a.lr), (5, 32, 0.001));
                assert_eq!(a.schedule, Schedule::Constant);
                assert_eq!(a.hidden, vec![64, 64]);
            }
            _ => panic!("expected train"),
        }
    }

    #[test]
    fn bad_values_are_rejected() {
        for args in [
            &["stitch", "train", "--hidden", "0"][..],
            &["stitch", "train", "--hidden", "64,x"],
            &["stitch", "train", "--lr", "-1"],
            &["stitch", "train", "--epochs", "0"],
            &["stitch", "train", "--schedule", "linear"],
            &["stitch", "export-samples", "--count", "0", "--out", "x"],
            &["stitch", "eval"],
            &["stitch", "quantize"],
            &[
                "stitch",
                "quantize",
                "--weights",
                "w",
                "--model",
                "m",
                "--out",
                "o",
            ],
            &["stitch", "quantize", "--model", "m"],
            &[
                "stitch",
                "quantize",
                "--model",
                "m",
                "--out",
                "o",
                "--calibration",
                "percentile",
            ],
        ] {
            assert!(Cli::try_parse_from(args).is_err(), "{args:?}");
        }
    }
}
