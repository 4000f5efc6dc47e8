//! Hyperparameter exploration on the VALIDATION split (never the test set).
//!
//! `cargo run --release -p stitch-train --example tune -- EPOCHS BATCH LR
//! SCHEDULE SMOOTHING FLIP SHIFT [SEED [WEIGHT_DECAY [CHANNELS [HIDDEN [DROPOUT]]]]]`
//! (CHANNELS and HIDDEN comma-separated, `-` for none) prints the per-epoch
//! validation accuracy and the time taken. Used to choose `stitch train`'s
//! defaults.

use std::time::Instant;

use stitch_train::augment::Augment;
use stitch_train::data::{self, Split, VALIDATION_COUNT};
use stitch_train::train::Schedule;
use stitch_train::train::{train, TrainConfig, Verbosity};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize, d: &str| a.get(i).cloned().unwrap_or_else(|| d.to_string());
    let widths = |i: usize, d: &str| -> Result<Vec<usize>, std::num::ParseIntError> {
        match arg(i, d).as_str() {
            "-" => Ok(vec![]),
            list => list.split(',').map(str::parse).collect(),
        }
    };
    let cfg = TrainConfig {
        epochs: arg(0, "20").parse()?,
        batch_size: arg(1, "128").parse()?,
        lr: arg(2, "0.002").parse()?,
        schedule: if arg(3, "cosine") == "cosine" {
            Schedule::Cosine
        } else {
            Schedule::Constant
        },
        weight_decay: arg(8, "0").parse()?,
        dropout: arg(11, "0").parse()?,
        channels: widths(9, "-")?,
        hidden: widths(10, "64,64")?,
        seed: arg(7, "0").parse()?,
        label_smoothing: arg(4, "0").parse()?,
        augment: Augment {
            flip: arg(5, "0").parse()?,
            max_shift: arg(6, "0").parse()?,
        },
    };
    let dir = data::resolve_data_dir(None);
    let (train_split, val) = data::load_split(&dir, Split::Train)?.split_last(VALIDATION_COUNT);
    let started = Instant::now();
    let (_, hist) = train(&cfg, &train_split, &val, Verbosity::Silent)?;
    let accs: Vec<String> = hist
        .iter()
        .map(|h| format!("{:.2}", 100.0 * h.val_accuracy))
        .collect();
    println!(
        "{a:?}: final val {:.2}% best {:.2}% in {:.1} s; per epoch {}",
        100.0 * hist.last().map_or(0.0, |h| h.val_accuracy),
        100.0 * hist.iter().map(|h| h.val_accuracy).fold(0.0, f64::max),
        started.elapsed().as_secs_f64(),
        accs.join(" ")
    );
    Ok(())
}
