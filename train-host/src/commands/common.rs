//! Steps shared by `train`, `quantize` and `eval`.

use std::path::{Path, PathBuf};

use crate::data::{self, Dataset, Split, CLASS_NAMES};
use crate::error::Error;
use crate::float::{FloatNet, Net};
use crate::quantize::Calibration;
use crate::quantize::{self, CALIBRATION_IMAGES};
use crate::report::Report;

/// A quantized model and the predictions that judge it.
pub struct Quantized {
    pub bytes: Vec<u8>,
    pub float_predictions: Vec<u8>,
    pub int8_predictions: Vec<u8>,
}

/// The model's name inside the file: the output's file stem.
pub fn model_name(out: &Path) -> String {
    out.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stitch".to_string())
}

/// The training images quantization calibrates on: the first
/// [`CALIBRATION_IMAGES`] of the training split (never validation or test).
pub fn calibration_set(train: &Dataset) -> Dataset {
    train.head(CALIBRATION_IMAGES)
}

/// Loads the training split without its validation tail, for calibration.
pub fn load_training_split(dir: &Path) -> Result<Dataset, Error> {
    let (train, _val) = data::load_split(dir, Split::Train)?.split_last(data::VALIDATION_COUNT);
    Ok(train)
}

/// Quantizes `float`, then predicts `eval_set` with the float model (candle)
/// and the int8 model (stitch-core, from the encoded bytes).
pub fn quantize_and_predict(
    float: &FloatNet,
    calibration: &Dataset,
    method: Calibration,
    eval_set: &Dataset,
    out: &Path,
) -> Result<Quantized, Error> {
    let spec = quantize::quantize(float, calibration, method, &model_name(out));
    let bytes = spec
        .to_bytes()
        .map_err(|e| Error::model(out, format!("quantized model rejected: {e}")))?;
    let float_predictions = Net::from_float(float)?.predict(eval_set)?;
    let int8_predictions = crate::int8::predict(&bytes, eval_set, out)?;
    Ok(Quantized {
        bytes,
        float_predictions,
        int8_predictions,
    })
}

/// Where the pictures of the model at `model` go: `--plots DIR`, else beside
/// the model. Each is named `<model stem>-<what>.png`.
pub struct Pictures {
    dir: PathBuf,
    stem: String,
}

impl Pictures {
    pub fn new(model: &Path, plots: Option<&Path>) -> Pictures {
        let dir = plots
            .map(Path::to_path_buf)
            .unwrap_or_else(|| model.parent().map(Path::to_path_buf).unwrap_or_default());
        Pictures {
            dir,
            stem: model_name(model),
        }
    }

    /// The path of picture `what`.
    pub fn path(&self, what: &str) -> PathBuf {
        self.dir.join(format!("{}-{what}.png", self.stem))
    }

    /// Fails now (creating the directory if needed) when a picture could
    /// not be written, so that no work is lost later.
    pub fn ensure_writable(&self, pictures: &[&str]) -> Result<(), Error> {
        if self.dir.exists() && !self.dir.is_dir() {
            return Err(Error::Usage(format!(
                "{} is a file: the pictures go into a directory",
                self.dir.display()
            )));
        }
        pictures
            .iter()
            .try_for_each(|what| crate::atomic::ensure_writable(&self.path(what)))
    }

    /// The confusion matrix and the misclassified test images (int8
    /// predictions); returns the files written.
    pub fn write_evaluation(
        &self,
        test: &Dataset,
        int8_predictions: &[u8],
        report: &Report,
    ) -> Result<Vec<PathBuf>, Error> {
        let confusion_path = self.path("confusion");
        crate::picture::plot_confusion(&report.confusion, &CLASS_NAMES, &confusion_path)?;

        let wrong: Vec<usize> = (0..test.len())
            .filter(|&i| int8_predictions.get(i) != test.labels.get(i))
            .collect();
        let images: Vec<&[u8]> = wrong.iter().map(|&i| test.image(i)).collect();
        let labels: Vec<u8> = wrong.iter().map(|&i| test.labels[i]).collect();
        let predicted: Vec<u8> = wrong.iter().map(|&i| int8_predictions[i]).collect();
        let misclassified_path = self.path("misclassified");
        crate::picture::plot_misclassified(
            &images,
            &labels,
            &predicted,
            &CLASS_NAMES,
            &misclassified_path,
        )?;
        Ok(vec![confusion_path, misclassified_path])
    }
}

/// Reports the pictures written (on stderr, so `--json` keeps stdout clean).
pub fn print_pictures(paths: &[PathBuf]) {
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    eprintln!("pictures: {}", names.join(", "));
}
