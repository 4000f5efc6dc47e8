//! A trained model's three files, tied together: the int8 model (`M.stitch`),
//! its float weights (`M.safetensors`) and its card (`M.json`). `stitch
//! train` writes them as one set (`atomic::write_set`); the card records the
//! model's CRC and the weights' SHA-256, so that `stitch eval` compares float
//! and int8 only when the three belong together.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use stitch_core::Model;

use crate::float::FloatNet;

/// `M.safetensors` beside the model `M.stitch`.
pub fn weights_path(model: &Path) -> PathBuf {
    model.with_extension("safetensors")
}

/// `M.json` beside the model `M.stitch`.
pub fn card_path(model: &Path) -> PathBuf {
    model.with_extension("json")
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The model's CRC as the card records it.
pub fn crc_hex(model: &Model<'_>) -> String {
    format!("{:08x}", model.crc())
}

/// Why the float `weights` (the file's bytes: `weights_bytes`) do not belong
/// with `model` and its `card` (the parsed `M.json`, if there is one), or
/// `None` if they do: the layer shapes must match, and the card, when
/// present, must name this model's CRC and these weights' SHA-256.
pub fn mismatch(
    model: &Model<'_>,
    weights: &FloatNet,
    weights_bytes: &[u8],
    card: Option<&serde_json::Value>,
) -> Option<String> {
    let shape = |dims: Vec<(usize, usize)>| {
        let mut widths: Vec<String> = dims.first().map(|d| d.0.to_string()).into_iter().collect();
        widths.extend(dims.iter().map(|d| d.1.to_string()));
        widths.join("-")
    };
    let int8 = shape(
        model
            .layers()
            .iter()
            .map(|l| (l.in_len(), l.out_len()))
            .collect(),
    );
    let float = shape(weights.int8_lengths());
    if int8 != float {
        return Some(format!("the weights are {float}, the model {int8}"));
    }
    let card = card?;
    let recorded = |key: &str| card.get(key).and_then(serde_json::Value::as_str);
    if let Some(sha) = recorded("weights_sha256") {
        let found = sha256_hex(weights_bytes);
        if sha != found {
            return Some(format!("the card records weights {sha}, these are {found}"));
        }
    }
    if let Some(crc) = recorded("model_crc") {
        let found = crc_hex(model);
        if crc != found {
            return Some(format!(
                "the card records int8 model CRC {crc}, this model's is {found}"
            ));
        }
    }
    None
}
