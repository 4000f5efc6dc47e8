//! `stitch predict`: classify one image with stitch-core and show why: the
//! image, the predicted class and the ten softmax probabilities.

use crate::cli::PredictArgs;
use crate::data::COLS;
use crate::error::Error;
use crate::int8::PixelInput;
use crate::picture::preview::{self, Style};

/// The `--json` output: exactly one object.
#[derive(Debug, serde::Serialize)]
struct Prediction<'a> {
    /// Data-set index, or null for `--image`.
    index: Option<usize>,
    /// `"test"`/`"train"`, or null for `--image`.
    split: Option<&'static str>,
    /// The image file, or null for `--index`.
    image: Option<String>,
    /// Conversion steps applied to `--image` (empty: used as is).
    conversion: Vec<String>,
    /// Predicted class index.
    class: usize,
    class_name: &'a str,
    /// True class for `--index`, null for `--image`.
    label: Option<u8>,
    label_name: Option<&'a str>,
    /// Softmax of the logits (stitch-core's), sums to 1.
    probabilities: Vec<f32>,
    /// The int8 logits from stitch-core.
    logits: Vec<i8>,
    /// Output quantization scale used for the softmax.
    logit_scale: f32,
}

/// The image to classify and where it came from.
struct Picture {
    pixels: Vec<u8>,
    /// The true class, for a data-set image.
    label: Option<u8>,
    /// Conversion steps applied to `--image` (empty: used as is).
    conversion: Vec<String>,
    /// `test image 3`, or the file with its format, size and colour type.
    origin: String,
}

impl Picture {
    /// `--index N` from the data set, or `--image FILE` converted.
    fn from_args(args: &PredictArgs) -> Result<Picture, Error> {
        match (&args.index, &args.image) {
            (Some(index), _) => {
                let (pixels, label) = args.source.image(*index)?;
                Ok(Picture {
                    pixels,
                    label: Some(label),
                    conversion: Vec::new(),
                    origin: format!("{} image {index}", args.source.split.name()),
                })
            }
            (None, Some(path)) => {
                let input = crate::image_input::load(path)?;
                let origin = format!(
                    "{} ({} {}x{} {})",
                    path.display(),
                    input.format,
                    input.original_size.0,
                    input.original_size.1,
                    input.original_color
                );
                Ok(Picture {
                    pixels: input.pixels,
                    label: None,
                    conversion: input.steps,
                    origin,
                })
            }
            (None, None) => Err(Error::Usage("give --index N or --image FILE".into())),
        }
    }
}

pub fn run(args: &PredictArgs) -> Result<(), Error> {
    let bytes = crate::int8::read(&args.model)?;
    let model = crate::int8::parse(&bytes, &args.model)?;
    let input = PixelInput::for_classifier(&model, &args.model)?;
    let picture = Picture::from_args(args)?;

    // A chain or a graph: the same path as `stitch eval`.
    let logits = crate::int8::evaluate::run(&model, &[&input.bytes(&picture.pixels)], &args.model)?;
    let class = stitch_core::softmax::argmax(&logits).unwrap_or(0);
    let scale = model.output_quantization().scale;
    let mut probabilities = vec![0.0f32; logits.len()];
    stitch_core::softmax::softmax(&logits, scale, &mut probabilities)
        .map_err(|e| Error::model(&args.model, e.to_string()))?;
    let names: Vec<&str> = model.class_names().collect();
    let label = picture.label;
    let prediction = Prediction {
        index: args.index,
        split: args.index.map(|_| args.source.split.name()),
        image: args.image.as_ref().map(|p| p.display().to_string()),
        conversion: picture.conversion.clone(),
        class,
        class_name: names.get(class).copied().unwrap_or("?"),
        label,
        label_name: label.and_then(|l| names.get(usize::from(l)).copied()),
        probabilities,
        logits,
        logit_scale: scale,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&prediction)?);
    } else {
        print!("{}", human(&picture, &prediction, &names));
    }
    Ok(())
}

/// The picture, the prediction against the label, and the probability bars.
fn human(picture: &Picture, prediction: &Prediction<'_>, names: &[&str]) -> String {
    let style = Style::for_stdout();
    let mut out = String::new();
    out.push_str(&format!("{}\n", picture.origin));
    if prediction.image.is_some() {
        if picture.conversion.is_empty() {
            out.push_str("  used as is (28x28 greyscale)\n");
        }
        for step in &picture.conversion {
            out.push_str(&format!("  {step}\n"));
        }
    }
    out.push('\n');
    out.push_str(&preview::image(&picture.pixels, COLS, style));
    out.push('\n');
    let class = prediction.class;
    let confidence = prediction.probabilities.get(class).copied().unwrap_or(0.0);
    out.push_str(&format!(
        "prediction: {} (class {class}, {:.1}%)",
        prediction.class_name,
        100.0 * confidence
    ));
    if let (Some(label), Some(label_name)) = (prediction.label, prediction.label_name) {
        let verdict = if usize::from(label) == class {
            "correct"
        } else {
            "WRONG"
        };
        out.push_str(&format!(
            "; true label: {label_name} (class {label}): {verdict}"
        ));
    }
    out.push_str("\n\n");
    out.push_str(&preview::probability_bars(
        names,
        &prediction.probabilities,
        class,
        style,
    ));
    out
}
