//! Re-exporting files of older format versions.
//!
//! Version 1 stored each layer's weights row-major with no alignment padding,
//! and folded the input zero point differently into the biases of layers
//! after the first; everything else is as in version 2. The reader in [`crate::Model`] reads
//! only the current version; this is the one place that still knows version 1.

use alloc::string::ToString;
use alloc::vec::Vec;
use serde::Deserialize;

use super::{to_bytes, unfold, LayerSpec, ModelSpec};
use crate::error::Error;
use crate::format::{le_i32, Activation, MAX_CLASSES, MAX_LAYERS};
use crate::model::{checked_body, Model};

#[derive(Deserialize)]
struct BodyV1<'a> {
    #[serde(borrow)]
    name: &'a str,
    input_rows: u16,
    input_cols: u16,
    input_scale: f32,
    input_zero_point: i8,
    #[serde(borrow)]
    layers: heapless::Vec<LayerV1<'a>, MAX_LAYERS>,
    #[serde(borrow)]
    class_names: heapless::Vec<&'a str, MAX_CLASSES>,
}

#[derive(Deserialize)]
struct LayerV1<'a> {
    in_len: u32,
    out_len: u32,
    activation: Activation,
    output_scale: f32,
    output_zero_point: i8,
    #[serde(borrow)]
    weights: &'a [u8],
    #[serde(borrow)]
    biases: &'a [u8],
    #[serde(borrow)]
    multipliers: &'a [u8],
    #[serde(borrow)]
    shifts: &'a [u8],
}

/// Re-encodes a model file of any version this crate knows in the current one.
///
/// A current file is validated and returned as it is; a version 1 file is
/// checked (magic, CRC), decoded and written again; anything else is the
/// reader's error.
pub fn upgrade(bytes: &[u8]) -> Result<Vec<u8>, Error> {
    match Model::from_bytes(bytes) {
        Ok(_) => Ok(bytes.to_vec()),
        Err(Error::UnsupportedVersion { found: 1 }) => to_bytes(&spec_from_v1(bytes)?),
        Err(error) => Err(error),
    }
}

fn spec_from_v1(bytes: &[u8]) -> Result<ModelSpec, Error> {
    let (body, _crc) = checked_body(bytes, 1)?;
    let body: BodyV1<'_> = postcard::from_bytes(body).map_err(|_| Error::Malformed)?;
    let mut input_zero_point = body.input_zero_point;
    let mut layers = Vec::new();
    for (index, layer) in body.layers.iter().enumerate() {
        let in_len = layer.in_len as usize;
        let weights: Vec<i8> = layer.weights.iter().map(|&w| w as i8).collect();
        // Version 1 fed later layers plain int8 values, not offset by 128.
        let offset = i64::from(input_zero_point) + if index == 0 { 128 } else { 0 };
        let biases = layer
            .biases
            .chunks_exact(4)
            .zip(weights.chunks(in_len.max(1)))
            .map(|(bias, row)| unfold(le_i32(bias), offset, row))
            .collect();
        layers.push(LayerSpec {
            in_len,
            out_len: layer.out_len as usize,
            weights,
            biases,
            multipliers: layer.multipliers.chunks_exact(4).map(le_i32).collect(),
            shifts: layer.shifts.iter().map(|&s| s as i8).collect(),
            output_scale: layer.output_scale,
            output_zero_point: layer.output_zero_point,
            activation: layer.activation,
        });
        input_zero_point = layer.output_zero_point;
    }
    Ok(ModelSpec {
        name: body.name.to_string(),
        input_rows: body.input_rows,
        input_cols: body.input_cols,
        input_scale: body.input_scale,
        input_zero_point: body.input_zero_point,
        layers,
        class_names: body.class_names.iter().map(|s| s.to_string()).collect(),
    })
}
