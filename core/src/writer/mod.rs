//! Writing model files (feature `alloc`): the host's only way to make one.
//!
//! A [`ModelSpec`] holds a model in TFLite's terms (biases at scale
//! `input_scale * weight_scale`, not yet folded); [`to_bytes`] folds the input
//! zero points into the biases, encodes the file and reads it back through
//! [`Model::from_bytes`], so it never returns a file the reader rejects.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::error::Error;
use crate::format::{
    self, Activation, Body, LayerRecord, CRC32, HEADER_LEN, MAGIC, MAX_CLASSES, MAX_LAYERS, VERSION,
};
use crate::model::{Layer, Model};

mod upgrade;
pub use upgrade::upgrade;

/// A whole model, owned, in the terms a quantizer produces.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelSpec {
    /// A name for people (shown by `stitch inspect`).
    pub name: String,
    /// Input image rows.
    pub input_rows: u16,
    /// Input image columns.
    pub input_cols: u16,
    /// Input scale: 1/255 for pixels.
    pub input_scale: f32,
    /// Input zero point of the int8 input `pixel - 128`: -128 for pixels / 255.
    pub input_zero_point: i8,
    /// The dense layers, first to last.
    pub layers: Vec<LayerSpec>,
    /// One name per output of the last layer.
    pub class_names: Vec<String>,
}

/// One dense layer, owned.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerSpec {
    /// Number of inputs.
    pub in_len: usize,
    /// Number of outputs.
    pub out_len: usize,
    /// Symmetric int8 weights (-127..=127), row-major `[out][in]`.
    pub weights: Vec<i8>,
    /// int32 biases at scale `input_scale * weight_scale[o]`, as TFLite stores them.
    pub biases: Vec<i32>,
    /// Q31 requantization multipliers, one per output.
    pub multipliers: Vec<i32>,
    /// Requantization shifts (positive: left), one per output.
    pub shifts: Vec<i8>,
    /// Scale of the int8 outputs.
    pub output_scale: f32,
    /// Zero point of the int8 outputs.
    pub output_zero_point: i8,
    /// Activation after requantization.
    pub activation: Activation,
}

/// What the stored bias of a layer absorbs per unit of `sum(weights of a row)`.
///
/// Every layer reads bytes `x = q + 128` (0..=255): raw pixels for the first
/// (pixel `p` is the int8 value `p - 128`), and for later ones the previous
/// layer's int8 outputs, which the engine stores offset by 128. So
/// `q - zero_point = x - (128 + zero_point)` for every layer.
pub(super) fn input_offset(input_zero_point: i8) -> i64 {
    128 + i64::from(input_zero_point)
}

/// Encodes `spec` as a model file: header, postcard body, CRC-32.
///
/// Fails with the reader's precise error if the spec is not a valid model
/// (shapes, ranges, a bias that would not fit once the zero point is folded).
pub fn to_bytes(spec: &ModelSpec) -> Result<Vec<u8>, Error> {
    let mut input_zero_point = spec.input_zero_point;
    let mut folded = Vec::with_capacity(spec.layers.len());
    for (index, layer) in spec.layers.iter().enumerate() {
        // The blocked layout would hide a short weight list: check it here.
        let expected = layer.in_len.saturating_mul(layer.out_len);
        if layer.weights.len() != expected {
            return Err(Error::SliceLength {
                layer: index,
                field: "weights",
                expected,
                found: layer.weights.len(),
            });
        }
        let offset = input_offset(input_zero_point);
        let mut biases = Vec::with_capacity(4 * layer.biases.len());
        for (channel, &bias) in layer.biases.iter().enumerate() {
            let bias = i32::try_from(i64::from(bias) - offset * row_sum(row(layer, channel)))
                .map_err(|_| Error::BiasRange {
                    layer: index,
                    channel,
                })?;
            biases.extend_from_slice(&bias.to_le_bytes());
        }
        let multipliers: Vec<u8> = layer
            .multipliers
            .iter()
            .flat_map(|m| m.to_le_bytes())
            .collect();
        folded.push((biases, multipliers));
        input_zero_point = layer.output_zero_point;
    }
    let weights: Vec<Vec<u8>> = spec.layers.iter().map(blocked_weights).collect();
    let shifts: Vec<Vec<u8>> = spec
        .layers
        .iter()
        .map(|l| l.shifts.iter().map(|&s| s as u8).collect())
        .collect();

    let too_many = Error::LayerCount {
        found: MAX_LAYERS + 1,
    };
    let mut layers = heapless::Vec::<LayerRecord<'_>, MAX_LAYERS>::new();
    // postcard writes a struct as its fields in order, so the file offset of
    // each layer's weights is the sum of the encoded sizes before them.
    let mut offset = HEADER_LEN
        + encoded_len(&(&spec.name, spec.input_rows, spec.input_cols))?
        + encoded_len(&(spec.input_scale, spec.input_zero_point))?
        + encoded_len(&(spec.layers.len() as u64))?;
    for (i, layer) in spec.layers.iter().enumerate() {
        let mut record = LayerRecord {
            in_len: u32::try_from(layer.in_len).unwrap_or(u32::MAX),
            out_len: u32::try_from(layer.out_len).unwrap_or(u32::MAX),
            activation: layer.activation,
            output_scale: layer.output_scale,
            output_zero_point: layer.output_zero_point,
            padding: &[],
            weights: &weights[i],
            biases: &folded[i].0,
            multipliers: &folded[i].1,
            shifts: &shifts[i],
        };
        let head = encoded_len(&(
            record.in_len,
            record.out_len,
            record.activation,
            record.output_scale,
            record.output_zero_point,
        ))?;
        // One byte encodes the padding's length (0..=3), then the padding,
        // then the weights' length.
        let unpadded = offset + head + 1 + encoded_len(&(record.weights.len() as u64))?;
        record.padding = &[0; 3][..unpadded.wrapping_neg() % 4];
        offset += encoded_len(&record)?;
        layers.push(record).map_err(|_| too_many)?;
    }
    let mut class_names = heapless::Vec::<&str, MAX_CLASSES>::new();
    for name in &spec.class_names {
        class_names.push(name).map_err(|_| Error::ClassCount {
            names: spec.class_names.len(),
            outputs: MAX_CLASSES,
        })?;
    }
    let body = Body {
        name: &spec.name,
        input_rows: spec.input_rows,
        input_cols: spec.input_cols,
        input_scale: spec.input_scale,
        input_zero_point: spec.input_zero_point,
        layers,
        class_names,
    };

    let mut bytes = Vec::new();
    bytes.extend_from_slice(&MAGIC);
    bytes.extend_from_slice(&VERSION.to_le_bytes());
    let body = postcard::to_allocvec(&body).map_err(|_| Error::Malformed)?;
    bytes.extend_from_slice(&body);
    let crc = CRC32.checksum(&bytes);
    bytes.extend_from_slice(&crc.to_le_bytes());
    Model::from_bytes(&bytes)?;
    Ok(bytes)
}

/// The sum of a row's weights: what a folded bias absorbs per unit of offset.
fn row_sum(row: &[i8]) -> i64 {
    row.iter().map(|&w| i64::from(w)).sum()
}

/// The TFLite bias a stored (folded) bias came from: `stored + offset * sum(row)`.
pub(super) fn unfold(stored: i32, offset: i64, row: &[i8]) -> i32 {
    (i64::from(stored) + offset * row_sum(row)) as i32
}

/// Encoded size of `value` in postcard.
fn encoded_len<T: serde::Serialize>(value: &T) -> Result<usize, Error> {
    postcard::to_allocvec(value)
        .map(|bytes| bytes.len())
        .map_err(|_| Error::Malformed)
}

/// A layer's row-major weights in the file's blocked layout
/// ([`format::weight_index`]), zero-padded; missing weights stay zero and the
/// reader reports the spec's wrong length.
fn blocked_weights(layer: &LayerSpec) -> Vec<u8> {
    let mut blocked = alloc::vec![0u8; format::weight_len(layer.in_len, layer.out_len)];
    for (index, &w) in layer.weights.iter().enumerate() {
        let (row, col) = (index / layer.in_len.max(1), index % layer.in_len.max(1));
        if let Some(slot) = blocked.get_mut(format::weight_index(layer.in_len, row, col)) {
            *slot = w as u8;
        }
    }
    blocked
}

/// Weights of one output row (empty if the spec is short: the reader will say so).
fn row(layer: &LayerSpec, channel: usize) -> &[i8] {
    let start = channel.saturating_mul(layer.in_len);
    layer
        .weights
        .get(start..start.saturating_add(layer.in_len))
        .unwrap_or(&[])
}

impl ModelSpec {
    /// The spec a model was written from: biases are unfolded again, so
    /// `ModelSpec::from_model(&Model::from_bytes(&to_bytes(&spec)?)?) == spec`.
    pub fn from_model(model: &Model<'_>) -> ModelSpec {
        let (input_scale, mut input_zero_point) = model.input_quantization();
        let (input_rows, input_cols) = model.input_shape();
        let layers = model
            .layers()
            .iter()
            .map(|layer| {
                let spec = LayerSpec::from_layer(layer, input_offset(input_zero_point));
                input_zero_point = layer.output_zero_point();
                spec
            })
            .collect();
        ModelSpec {
            name: model.name().to_string(),
            input_rows,
            input_cols,
            input_scale,
            input_zero_point: model.input_quantization().1,
            layers,
            class_names: model.class_names().iter().map(|s| s.to_string()).collect(),
        }
    }
}

impl LayerSpec {
    fn from_layer(layer: &Layer<'_>, offset: i64) -> LayerSpec {
        let weights: Vec<i8> = (0..layer.out_len())
            .flat_map(|row| (0..layer.in_len()).map(move |col| (row, col)))
            .map(|(row, col)| layer.weight(row, col).unwrap_or(0))
            .collect();
        let channels = (0..layer.out_len()).map(|c| layer.channel(c));
        let mut spec = LayerSpec {
            in_len: layer.in_len(),
            out_len: layer.out_len(),
            weights,
            biases: Vec::new(),
            multipliers: channels.clone().map(|(_, m, _)| m).collect(),
            shifts: channels.clone().map(|(_, _, s)| s).collect(),
            output_scale: layer.output_scale(),
            output_zero_point: layer.output_zero_point(),
            activation: layer.activation(),
        };
        spec.biases = channels
            .enumerate()
            .map(|(c, (bias, _, _))| unfold(bias, offset, row(&spec, c)))
            .collect();
        spec
    }
}
