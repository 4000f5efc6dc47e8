//! Compares activation calibrations on the VALIDATION split (never the test
//! set): quantizes saved float weights with each method and scores the int8
//! model with stitch-core.
//!
//! `cargo run --release -p stitch-train --example calibration -- W.safetensors`

use stitch_train::data::{self, Split, VALIDATION_COUNT};
use stitch_train::float::{accuracy, FloatNet, Net};
use stitch_train::quantize::Calibration;
use stitch_train::quantize::{quantize, CALIBRATION_IMAGES};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: calibration W.safetensors")?;
    let mlp = FloatNet::load(path.as_ref())?;
    let dir = data::resolve_data_dir(None);
    let (train, val) = data::load_split(&dir, Split::Train)?.split_last(VALIDATION_COUNT);
    let calibration = train.head(CALIBRATION_IMAGES);
    let float = Net::from_float(&mlp)?.predict(&val)?;
    println!(
        "float val accuracy {:.2}%",
        100.0 * accuracy(&float, &val.labels)
    );
    for method in [Calibration::Minmax, Calibration::Percentile] {
        let bytes = quantize(&mlp, &calibration, method, "cmp").to_bytes()?;
        let int8 = stitch_train::int8::predict(&bytes, &val, path.as_ref())?;
        println!(
            "{method:?}: int8 val accuracy {:.2}%, agreement {:.2}%",
            100.0 * accuracy(&int8, &val.labels),
            100.0 * accuracy(&int8, &float)
        );
    }
    Ok(())
}
