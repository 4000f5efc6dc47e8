//! The bytes of a model file, written field by field in the order of the
//! records in `format/records.rs`, so that each layer's weights can be padded
//! to a 4-aligned file offset as they are written.

use alloc::string::String;
use alloc::vec::Vec;
use serde::Serialize;

use super::fold::{blocked_weights, folded_biases, input_offset};
use super::{activation_range, InputSpec, ModelSpec, OriginSpec, OutputSpec};
use crate::error::Error;
use crate::format::{
    self, InputRecord, OriginRecord, OutputRecord, CLASS_NAME_SEPARATOR, HEADER_LEN,
    MAX_INPUT_RANK, VERSION,
};
use crate::model::LayerKind;

/// A byte slice written with `serialize_bytes`: the same bytes postcard
/// writes for a `&[u8]` (a varint length, then the bytes), in one copy
/// instead of one call per byte.
pub(super) struct Bytes<'a>(pub &'a [u8]);

impl Serialize for Bytes<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(self.0)
    }
}

/// The whole file: header, body, CRC.
pub(super) fn file(spec: &ModelSpec) -> Result<Vec<u8>, Error> {
    let mut body = Vec::new();
    head(
        (&spec.name, spec.origin.as_ref()),
        &spec.input,
        &spec.output,
        spec.layers.len(),
        &mut body,
    )?;
    let mut zero_point = spec.input.quantization.zero_point;
    for (index, layer) in spec.layers.iter().enumerate() {
        let weights = blocked_weights(index, layer)?;
        let biases = folded_biases(index, layer, input_offset(zero_point))?;
        let range = activation_range(layer.activation, layer.output);
        let width = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        push(
            &mut body,
            &(
                layer.rounding,
                layer.activation,
                layer.output.scale,
                layer.output.zero_point,
                *range.start(),
                *range.end(),
                LayerKind::Dense.file_tag(),
                width(layer.in_len),
                width(layer.out_len),
            ),
        )?;
        channels(
            &mut body,
            &weights,
            &biases,
            &layer.multipliers,
            &layer.shifts,
        )?;
        zero_point = layer.output.zero_point;
    }
    Ok(format::seal(VERSION, &body))
}

/// A layer's weights and per-channel data, the weights padded to a
/// 4-aligned file offset.
pub(super) fn channels(
    body: &mut Vec<u8>,
    weights: &[u8],
    biases: &[i32],
    multipliers: &[i32],
    shifts: &[i8],
) -> Result<(), Error> {
    // Next come the padding (a one-byte length, then up to 3 zeros) and
    // the weights' length: the weights start right after.
    let unpadded = HEADER_LEN + body.len() + 1 + varint_len(weights.len());
    let padding = &[0u8; 3][..unpadded.wrapping_neg() % 4];
    let words =
        |values: &[i32]| -> Vec<u8> { values.iter().flat_map(|v| v.to_le_bytes()).collect() };
    let shifts: Vec<u8> = shifts.iter().map(|&s| s as u8).collect();
    push(
        body,
        &(
            Bytes(padding),
            Bytes(weights),
            Bytes(&words(biases)),
            Bytes(&words(multipliers)),
            Bytes(&shifts),
        ),
    )
}

/// Everything before the layers (name and origin, input, output), and the
/// layer count.
pub(super) fn head(
    (name, origin): (&str, Option<&OriginSpec>),
    input: &InputSpec,
    output: &OutputSpec,
    layer_count: usize,
    body: &mut Vec<u8>,
) -> Result<(), Error> {
    let origin = origin.map(|origin| OriginRecord {
        source: &origin.source,
        sha256: origin.sha256,
    });
    let mut shape = heapless::Vec::<u32, MAX_INPUT_RANK>::new();
    for &dimension in &input.shape {
        let dimension = u32::try_from(dimension).unwrap_or(u32::MAX);
        shape.push(dimension).map_err(|_| Error::InputRank {
            found: input.shape.len(),
        })?;
    }
    let input = InputRecord {
        shape,
        scale: input.quantization.scale,
        zero_point: input.quantization.zero_point,
    };
    let joined: String;
    let output = match output {
        OutputSpec::Classes(names) => {
            if names.iter().any(|name| name.contains(CLASS_NAME_SEPARATOR)) {
                return Err(Error::ControlCharacter {
                    field: "class names",
                });
            }
            joined = names.join(&String::from(CLASS_NAME_SEPARATOR));
            OutputRecord::Classes { names: &joined }
        }
        OutputSpec::Values => OutputRecord::Values,
    };
    push(body, &(name, origin, input, output, layer_count as u64))
}

/// Appends the postcard encoding of `value`.
pub(super) fn push<T: Serialize>(body: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    let encoded = core::mem::take(body);
    *body = postcard::to_extend(value, encoded).map_err(|_| Error::Malformed)?;
    Ok(())
}

/// Bytes of postcard's varint for `n`: 7 bits per byte.
fn varint_len(n: usize) -> usize {
    (usize::BITS - n.leading_zeros()).div_ceil(7).max(1) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varint_len_is_postcards() {
        for n in [0usize, 1, 127, 128, 16_383, 16_384, 50_176, usize::MAX] {
            let encoded = postcard::to_allocvec(&(n as u64)).unwrap();
            assert_eq!(varint_len(n), encoded.len(), "{n}");
        }
    }
}
