//! Re-encoding files of older format versions in the current one.
//!
//! The reader in [`crate::Model`] reads only the current version; this is the
//! one place that still knows versions 1 and 2. Both stored a pixel model
//! (rows x columns, scale 1/255), ReLU or no activation, single rounding and
//! class names; version 1 stored weights row-major and folded the input zero
//! point differently into the biases of layers after the first; version 2
//! stored them as version 3 does.

use alloc::string::ToString;
use alloc::vec::Vec;
use serde::Deserialize;

use super::fold::unfold;
use super::{to_bytes, InputSpec, LayerSpec, ModelSpec, OutputSpec};
use crate::error::Error;
use crate::format::{self, checked_body, le_i32, Activation, Rounding, VERSION};
use crate::model::{Model, Quantization};

/// Most layers and class names versions 1 and 2 allowed.
const OLD_MAX_LAYERS: usize = 8;
const OLD_MAX_CLASSES: usize = 64;

#[derive(Deserialize)]
struct OldBody<'a, L> {
    #[serde(borrow)]
    name: &'a str,
    input_rows: u16,
    input_cols: u16,
    input_scale: f32,
    input_zero_point: i8,
    layers: heapless::Vec<L, OLD_MAX_LAYERS>,
    #[serde(borrow)]
    class_names: heapless::Vec<&'a str, OLD_MAX_CLASSES>,
}

#[derive(Deserialize)]
enum OldActivation {
    None,
    Relu,
}

#[derive(Deserialize)]
struct LayerV1<'a> {
    in_len: u32,
    out_len: u32,
    activation: OldActivation,
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

#[derive(Deserialize)]
struct LayerV2<'a> {
    in_len: u32,
    out_len: u32,
    activation: OldActivation,
    output_scale: f32,
    output_zero_point: i8,
    #[serde(borrow)]
    _padding: &'a [u8],
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
/// A current file is validated and returned as it is; a version 1 or 2 file
/// is checked (magic, CRC), decoded and written again; anything else is the
/// reader's error.
pub fn upgrade(bytes: &[u8]) -> Result<Vec<u8>, Error> {
    match format::version(bytes)? {
        1 => to_bytes(&old_spec::<LayerV1<'_>>(bytes, 1)?),
        2 => to_bytes(&old_spec::<LayerV2<'_>>(bytes, 2)?),
        _ => Model::from_bytes(bytes).map(|_| bytes.to_vec()),
    }
}

/// What an old layer record holds, in the current spec's terms.
trait OldLayer {
    /// The layer, its biases unfolded (`zero_point` is its input's).
    fn spec(&self, index: usize, zero_point: i8) -> LayerSpec;
    /// Its output zero point.
    fn output_zero_point(&self) -> i8;
}

fn old_spec<'a, L: OldLayer + Deserialize<'a>>(
    bytes: &'a [u8],
    version: u16,
) -> Result<ModelSpec, Error> {
    let (body, _crc) = checked_body(bytes, version).map_err(|error| match error {
        Error::UnsupportedVersion { found, .. } => Error::UnsupportedVersion {
            found,
            supported: VERSION,
        },
        other => other,
    })?;
    let body: OldBody<'a, L> = postcard::from_bytes(body).map_err(|_| Error::Malformed)?;
    let mut zero_point = body.input_zero_point;
    let mut layers = Vec::new();
    for (index, layer) in body.layers.iter().enumerate() {
        layers.push(layer.spec(index, zero_point));
        zero_point = layer.output_zero_point();
    }
    Ok(ModelSpec {
        name: body.name.to_string(),
        origin: None,
        input: InputSpec {
            shape: alloc::vec![usize::from(body.input_rows), usize::from(body.input_cols)],
            quantization: Quantization {
                scale: body.input_scale,
                zero_point: body.input_zero_point,
            },
        },
        output: OutputSpec::Classes(body.class_names.iter().map(|s| s.to_string()).collect()),
        layers,
    })
}

/// The parts every old layer shares, with its row-major weights and the
/// offset its biases were folded with.
#[allow(clippy::too_many_arguments)]
fn layer_spec(
    (in_len, out_len): (u32, u32),
    activation: &OldActivation,
    output: Quantization,
    weights: Vec<i8>,
    (biases, multipliers, shifts): (&[u8], &[u8], &[u8]),
    offset: i64,
) -> LayerSpec {
    let in_len = in_len as usize;
    let biases = biases
        .chunks_exact(4)
        .zip(weights.chunks(in_len.max(1)))
        .map(|(bias, row)| unfold(le_i32(bias), offset, row))
        .collect();
    LayerSpec {
        in_len,
        out_len: out_len as usize,
        weights,
        biases,
        multipliers: multipliers.chunks_exact(4).map(le_i32).collect(),
        shifts: shifts.iter().map(|&s| s as i8).collect(),
        output,
        activation: match activation {
            OldActivation::None => Activation::None,
            OldActivation::Relu => Activation::Relu,
        },
        rounding: Rounding::Single,
    }
}

impl OldLayer for LayerV1<'_> {
    fn spec(&self, index: usize, zero_point: i8) -> LayerSpec {
        // Version 1 fed later layers plain int8 values, not offset by 128.
        let offset = i64::from(zero_point) + if index == 0 { 128 } else { 0 };
        layer_spec(
            (self.in_len, self.out_len),
            &self.activation,
            Quantization {
                scale: self.output_scale,
                zero_point: self.output_zero_point,
            },
            self.weights.iter().map(|&w| w as i8).collect(),
            (self.biases, self.multipliers, self.shifts),
            offset,
        )
    }

    fn output_zero_point(&self) -> i8 {
        self.output_zero_point
    }
}

impl OldLayer for LayerV2<'_> {
    fn spec(&self, _index: usize, zero_point: i8) -> LayerSpec {
        let (in_len, out_len) = (self.in_len as usize, self.out_len as usize);
        let weights = (0..out_len)
            .flat_map(|row| (0..in_len).map(move |col| (row, col)))
            .map(|(row, col)| {
                format::weight_index(in_len, row, col)
                    .and_then(|i| self.weights.get(i))
                    .map_or(0, |&w| w as i8)
            })
            .collect();
        layer_spec(
            (self.in_len, self.out_len),
            &self.activation,
            Quantization {
                scale: self.output_scale,
                zero_point: self.output_zero_point,
            },
            weights,
            (self.biases, self.multipliers, self.shifts),
            128 + i64::from(zero_point),
        )
    }

    fn output_zero_point(&self) -> i8 {
        self.output_zero_point
    }
}
