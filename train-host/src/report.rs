//! The figures every evaluating command reports, and their two renderings:
//! human text (stderr) and ONE JSON object (stdout, with `--json`).

use serde::Serialize;

use crate::data::{CLASSES, CLASS_NAMES};
use crate::float::accuracy;

/// What `train`, `quantize` and `eval` print. Accuracies are fractions 0..=1.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Float model's test accuracy, if the float weights are known.
    pub float_accuracy: Option<f64>,
    pub int8_accuracy: f64,
    /// Fraction of test images where float and int8 predict the same class.
    pub agreement: Option<f64>,
    pub test_images: usize,
    /// Int8 accuracy on each true class.
    pub per_class_int8_accuracy: Vec<f64>,
    /// Int8 confusion matrix: `confusion[true][predicted]`.
    pub confusion: [[u32; CLASSES]; CLASSES],
    /// Wall time of the whole command.
    pub seconds: f64,
    /// The .stitch model evaluated (or written).
    pub model: String,
    pub model_bytes: usize,
}

impl Report {
    /// Builds the report from int8 (and optionally float) predictions.
    pub fn new(
        labels: &[u8],
        int8: &[u8],
        float: Option<&[u8]>,
        model: &std::path::Path,
        model_bytes: usize,
        seconds: f64,
    ) -> Report {
        let mut confusion = [[0u32; CLASSES]; CLASSES];
        for (&t, &p) in labels.iter().zip(int8) {
            confusion[t as usize][p as usize] += 1;
        }
        let per_class_int8_accuracy = confusion
            .iter()
            .enumerate()
            .map(|(c, row)| {
                let total: u32 = row.iter().sum();
                if total == 0 {
                    0.0
                } else {
                    row[c] as f64 / total as f64
                }
            })
            .collect();
        Report {
            float_accuracy: float.map(|f| accuracy(f, labels)),
            int8_accuracy: accuracy(int8, labels),
            agreement: float.map(|f| accuracy(f, int8)),
            test_images: labels.len(),
            per_class_int8_accuracy,
            confusion,
            seconds,
            model: model.display().to_string(),
            model_bytes,
        }
    }

    /// Human-readable summary for stderr.
    pub fn print_human(&self) {
        let pct = |x: f64| format!("{:.2}%", 100.0 * x);
        eprintln!("model: {} ({} bytes)", self.model, self.model_bytes);
        if let Some(f) = self.float_accuracy {
            eprintln!("float test accuracy: {}", pct(f));
        }
        eprintln!(
            "int8 test accuracy:  {} ({} images, stitch-core)",
            pct(self.int8_accuracy),
            self.test_images
        );
        if let Some(a) = self.agreement {
            eprintln!("float/int8 agreement: {}", pct(a));
        }
        let per_class: Vec<String> = CLASS_NAMES
            .iter()
            .zip(&self.per_class_int8_accuracy)
            .map(|(n, a)| format!("{n} {:.1}", 100.0 * a))
            .collect();
        eprintln!("per class (int8): {}", per_class.join(", "));
        eprintln!("took {:.1} s", self.seconds);
    }

    /// The single JSON object for stdout.
    pub fn print_json(&self) -> Result<(), crate::Error> {
        let text = serde_json::to_string(self)?;
        println!("{text}");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_from_predictions() {
        let labels = [0, 0, 1, 1];
        let int8 = [0, 1, 1, 1];
        let float = [0, 0, 1, 0];
        let r = Report::new(&labels, &int8, Some(&float), "m".as_ref(), 10, 1.0);
        assert_eq!(r.int8_accuracy, 0.75);
        assert_eq!(r.float_accuracy, Some(0.75));
        assert_eq!(r.agreement, Some(0.5));
        assert_eq!(r.confusion[0][1], 1);
        assert_eq!(r.per_class_int8_accuracy[0], 0.5);
        assert_eq!(r.per_class_int8_accuracy[1], 1.0);
        let json = serde_json::to_value(&r).expect("json");
        assert_eq!(json["confusion"].as_array().map(|a| a.len()), Some(10));
        assert!(json["float_accuracy"].is_number());
    }
}
