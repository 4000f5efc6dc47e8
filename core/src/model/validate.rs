//! Everything [`Model::from_bytes`](super::Model::from_bytes) checks after
//! the header and CRC: that the body decodes, the data is aligned, and every
//! shape and range the engine relies on holds.

use super::Model;
use crate::error::Error;
use crate::format::{
    self, Activation, Layer, Op, OutputRecord, CLASS_NAME_SEPARATOR, MAX_BIAS, MAX_INPUT_RANK,
    MAX_INPUT_WIDTH, MAX_SHIFT, MIN_SHIFT,
};

/// Every layer's weights start at a 4-aligned offset from the start of the
/// file: the writer pads them so that kernels may load words.
pub(super) fn alignment(file: &[u8], layers: &[Layer<'_>]) -> Result<(), Error> {
    for (index, layer) in layers.iter().enumerate() {
        let weights = layer.channels.weights;
        if weights.is_empty() {
            continue;
        }
        let offset = (weights.as_ptr() as usize).wrapping_sub(file.as_ptr() as usize);
        if !offset.is_multiple_of(4) || layer.padding > 3 {
            return Err(Error::Misaligned { layer: index });
        }
    }
    Ok(())
}

/// The model's shapes, ranges and names; returns the bytes of arena a graph
/// model needs (0 for a chain).
pub(super) fn model(model: &Model<'_>) -> Result<usize, Error> {
    text("model name", model.name)?;
    if let Some(origin) = model.origin {
        text("origin file name", origin.source)?;
    }
    let shape = &model.input.shape;
    if shape.is_empty() || shape.len() > MAX_INPUT_RANK {
        return Err(Error::InputRank { found: shape.len() });
    }
    if !(model.input.scale.is_finite() && model.input.scale > 0.0) {
        return Err(Error::Scale { layer: None });
    }
    if model.layers.is_empty() {
        return Err(Error::LayerCount { found: 0 });
    }
    // The product saturates: an absurd shape is then a mismatch with layer 0.
    let input_len = shape
        .iter()
        .fold(1usize, |n, &d| n.saturating_mul(d as usize));
    let mut width = input_len;
    let chain = model
        .layers
        .first()
        .is_some_and(|first| first.op == Op::Dense);
    for (index, layer) in model.layers.iter().enumerate() {
        if chain {
            dense(index, layer, width)?;
        }
        if !(layer.output_scale.is_finite() && layer.output_scale > 0.0) {
            return Err(Error::Scale { layer: Some(index) });
        }
        clamp(index, layer)?;
        width = layer.out_len();
    }
    let arena_bytes = if chain {
        0
    } else {
        super::graph::arena_bytes(model, input_len)?
    };
    if let OutputRecord::Classes { names } = model.output {
        text("class names", names)?;
        // Counted in bytes (the separator is ASCII): `str::split` would bring
        // a panic path into the firmware.
        let separators = names.bytes().filter(|&b| b == CLASS_NAME_SEPARATOR as u8);
        let count = separators.count() + 1;
        if count != width {
            return Err(Error::ClassCount {
                names: count,
                outputs: width,
            });
        }
    }
    Ok(arena_bytes)
}

/// Names are printed to terminals: no control characters (the separator
/// between class names aside).
fn text(field: &'static str, value: &str) -> Result<(), Error> {
    let control = |c: char| c.is_control() && c != CLASS_NAME_SEPARATOR;
    if value.chars().any(control) || (field != "class names" && value.contains('\n')) {
        return Err(Error::ControlCharacter { field });
    }
    Ok(())
}

/// A dense layer: widths, slice lengths, requantization parameters.
fn dense(layer: usize, record: &Layer<'_>, expected_in: usize) -> Result<(), Error> {
    if record.op != Op::Dense {
        return Err(Error::LayerKind { layer });
    }
    let r = &record.channels;
    // The stored widths, not the accessors' (which assume this check).
    let (in_len, out_len) = (record.in_len as usize, record.out_len as usize);
    if in_len != expected_in {
        return Err(Error::LayerShape {
            layer,
            expected_in,
            found_in: in_len,
        });
    }
    for width in [in_len, out_len] {
        if width == 0 || width > MAX_INPUT_WIDTH {
            return Err(Error::TooWide {
                layer,
                width,
                max: MAX_INPUT_WIDTH,
            });
        }
    }
    let lengths = [
        (
            "weights",
            r.weights.len(),
            format::weight_len(in_len, out_len).unwrap_or(usize::MAX),
        ),
        ("biases", r.biases.len(), 4 * out_len),
        ("multipliers", r.multipliers.len(), 4 * out_len),
        ("shifts", r.shifts.len(), out_len),
    ];
    for (field, found, expected) in lengths {
        if found != expected {
            return Err(Error::SliceLength {
                layer,
                field,
                expected,
                found,
            });
        }
    }
    channel_ranges(layer, record, out_len, true)
}

/// Each of the first `count` channels' multiplier and shift is in range,
/// and with `bounded_bias` its bias too (a dense layer's bound keeps its
/// accumulator from overflowing, which its kernels rely on; a graph
/// layer's kernels wrap in int32 as TFLite's do, so any bias is exact).
pub(super) fn channel_ranges(
    layer: usize,
    record: &Layer<'_>,
    count: usize,
    bounded_bias: bool,
) -> Result<(), Error> {
    for channel in 0..count {
        let Some(c) = record.channel(channel) else {
            return Err(Error::Malformed);
        };
        if bounded_bias && !(-MAX_BIAS..=MAX_BIAS).contains(&c.bias) {
            return Err(Error::BiasRange { layer, channel });
        }
        if c.multiplier < 0 || !(MIN_SHIFT..=MAX_SHIFT).contains(&c.shift) {
            return Err(Error::Requantization { layer, channel });
        }
    }
    Ok(())
}

/// The output clamp is the one the activation makes (TFLite's
/// `CalculateActivationRangeQuantized`): ReLU and ReLU6 clamp below at the
/// zero point, ReLU_N1_TO_1 around it, none not at all.
fn clamp(layer: usize, record: &Layer<'_>) -> Result<(), Error> {
    let (min, max, zero_point) = (
        record.output_min,
        record.output_max,
        record.output_zero_point,
    );
    let consistent = match record.activation {
        Activation::None => min == i8::MIN && max == i8::MAX,
        Activation::Relu => min == zero_point && max == i8::MAX,
        Activation::Relu6 => min == zero_point && max >= min,
        Activation::ReluN1To1 => min <= zero_point && zero_point <= max,
    };
    if consistent {
        Ok(())
    } else {
        Err(Error::Clamp { layer })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_refused_but_the_separator_only_between_class_names() {
        assert_eq!(text("model name", "fashion"), Ok(()));
        assert_eq!(text("class names", "a\nb"), Ok(()));
        assert!(text("model name", "a\nb").is_err());
        assert!(text("class names", "a\u{1b}[31m").is_err());
    }

    #[test]
    fn clamps_must_be_the_activations() {
        use crate::format::{ChannelData, Rounding};
        let layer = |activation, output_min, output_max| Layer {
            rounding: Rounding::Single,
            activation,
            output_scale: 0.1,
            output_zero_point: -10,
            output_min,
            output_max,
            padding: 0,
            in_len: 1,
            out_len: 1,
            channels: ChannelData {
                weights: &[],
                biases: &[],
                multipliers: &[],
                shifts: &[],
            },
            op: Op::Dense,
        };
        let cases = [
            (Activation::None, i8::MIN, i8::MAX, true),
            (Activation::None, -10, i8::MAX, false),
            (Activation::Relu, -10, i8::MAX, true),
            (Activation::Relu, i8::MIN, i8::MAX, false),
            (Activation::Relu6, -10, 50, true),
            (Activation::Relu6, -11, 50, false),
            (Activation::ReluN1To1, -20, 0, true),
            (Activation::ReluN1To1, -5, 0, false),
        ];
        for (activation, min, max, ok) in cases {
            let expected = if ok {
                Ok(())
            } else {
                Err(Error::Clamp { layer: 3 })
            };
            assert_eq!(
                clamp(3, &layer(activation, min, max)),
                expected,
                "{activation:?} {min}..={max}"
            );
        }
    }

    #[test]
    #[cfg(feature = "alloc")]
    fn too_many_layers_are_counted() {
        use crate::format::{InputRecord, OriginRecord};
        // The head of a body: a name, no origin, an input, values, 40 layers.
        let head = (
            "m",
            None::<OriginRecord<'_>>,
            InputRecord {
                shape: heapless::Vec::from_slice(&[4]).unwrap(),
                scale: 1.0,
                zero_point: 0,
            },
            OutputRecord::Values,
            40u64,
        );
        let bytes = crate::format::seal(
            crate::format::VERSION,
            &postcard::to_allocvec(&head).unwrap(),
        );
        let read = Model::from_bytes(&bytes).map(|_| ());
        assert_eq!(read, Err(Error::LayerCount { found: 40 }));
    }
}
