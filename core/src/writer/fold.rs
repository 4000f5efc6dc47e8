//! What the writer does to a layer's data before encoding it: the input zero
//! point folded into the biases, and the weights in the blocked layout.

use alloc::vec::Vec;

use super::LayerSpec;
use crate::error::Error;
use crate::format::{self, Layer};

/// What the stored bias of a layer absorbs per unit of `sum(weights of a row)`.
///
/// Every layer reads bytes `x = q + 128` (0..=255): the caller's input for the
/// first, and for later ones the previous layer's int8 outputs, which the
/// engine stores offset by 128. So `q - zero_point = x - (128 + zero_point)`.
pub(super) fn input_offset(input_zero_point: i8) -> i64 {
    128 + i64::from(input_zero_point)
}

/// The stored biases of layer `index`: TFLite's, minus `offset * sum(row)`.
pub(super) fn folded_biases(
    index: usize,
    layer: &LayerSpec,
    offset: i64,
) -> Result<Vec<i32>, Error> {
    layer
        .biases
        .iter()
        .enumerate()
        .map(|(channel, &bias)| {
            i32::try_from(i64::from(bias) - offset * row_sum(row(layer, channel))).map_err(|_| {
                Error::BiasRange {
                    layer: index,
                    channel,
                }
            })
        })
        .collect()
}

/// The sum of a row's weights: what a folded bias absorbs per unit of offset.
fn row_sum(row: &[i8]) -> i64 {
    row.iter().map(|&w| i64::from(w)).sum()
}

/// The TFLite bias a stored (folded) bias came from: `stored + offset * sum(row)`.
pub(super) fn unfold(stored: i32, offset: i64, row: &[i8]) -> i32 {
    (i64::from(stored) + offset * row_sum(row)) as i32
}

/// Weights of one output row (empty if the spec is short: the reader will say so).
pub(super) fn row(layer: &LayerSpec, channel: usize) -> &[i8] {
    let start = channel.saturating_mul(layer.in_len);
    layer
        .weights
        .get(start..start.saturating_add(layer.in_len))
        .unwrap_or(&[])
}

/// A layer's row-major weights in the file's blocked layout
/// ([`format::weight_index`]), offset by 128, padded with zero weights.
pub(super) fn blocked_weights(index: usize, layer: &LayerSpec) -> Result<Vec<u8>, Error> {
    let expected = layer.in_len.checked_mul(layer.out_len);
    let too_wide = Error::TooWide {
        layer: index,
        width: layer.in_len.max(layer.out_len),
        max: format::MAX_INPUT_WIDTH,
    };
    // The blocked layout would hide a short weight list: check it here.
    if expected != Some(layer.weights.len()) {
        return Err(Error::SliceLength {
            layer: index,
            field: "weights",
            expected: expected.unwrap_or(usize::MAX),
            found: layer.weights.len(),
        });
    }
    if layer.in_len > format::MAX_INPUT_WIDTH || layer.out_len > format::MAX_INPUT_WIDTH {
        return Err(too_wide);
    }
    let len = format::weight_len(layer.in_len, layer.out_len).ok_or(too_wide)?;
    // Offset binary: weight `w` is stored as the byte `w + 128`, padding as 128 (0).
    let mut blocked = alloc::vec![format::WEIGHT_OFFSET; len];
    // Row by row, four columns (one word of the layout) at a time: the same
    // places as `weight_index`, without computing it per weight.
    for (row, weights) in layer.weights.chunks(layer.in_len.max(1)).enumerate() {
        for (block, word) in weights.chunks(format::COLUMNS_PER_BLOCK).enumerate() {
            let start = format::weight_index(layer.in_len, row, block * format::COLUMNS_PER_BLOCK);
            if let Some(slots) = start.and_then(|s| blocked.get_mut(s..s + word.len())) {
                for (slot, &w) in slots.iter_mut().zip(word) {
                    *slot = format::stored_weight(w);
                }
            }
        }
    }
    Ok(blocked)
}

/// The spec of a stored layer, its biases unfolded for `input_zero_point`.
pub(super) fn unfolded_layer(layer: &Layer<'_>, input_zero_point: i8) -> LayerSpec {
    let weights: Vec<i8> = (0..layer.out_len())
        .flat_map(|row| (0..layer.in_len()).map(move |col| (row, col)))
        .map(|(row, col)| layer.weight(row, col).unwrap_or(0))
        .collect();
    let channels: Vec<_> = (0..layer.out_len())
        .filter_map(|c| layer.channel(c))
        .collect();
    let mut spec = LayerSpec {
        in_len: layer.in_len(),
        out_len: layer.out_len(),
        weights,
        biases: Vec::new(),
        multipliers: channels.iter().map(|c| c.multiplier).collect(),
        shifts: channels.iter().map(|c| c.shift).collect(),
        output: layer.output_quantization(),
        activation: layer.activation(),
        rounding: layer.rounding(),
    };
    let offset = input_offset(input_zero_point);
    spec.biases = channels
        .iter()
        .enumerate()
        .map(|(c, channel)| unfold(channel.bias, offset, row(&spec, c)))
        .collect();
    spec
}
