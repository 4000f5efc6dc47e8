//! [`Layer`]: one layer of a model as it sits in RAM, read from its file
//! record ([`LayerRecord`]).
//!
//! A model holds up to [`MAX_LAYERS`](super::MAX_LAYERS) of them, so the
//! layout is compact and shared by every kind: the per-channel data (dense
//! and convolutional layers have the same four slices), the lengths read
//! and written, and a small [`Op`] with what only a graph layer has. The
//! dense engine then reads every field it needs with no branch on the kind.

use serde::Deserialize;

use super::records::{
    ChannelsRecord, LayerRecord, MapRecord, OpRecord, WindowRecord, WindowedRecord, WiringRecord,
};
use super::{Activation, Rounding};
use crate::conv::{FeatureMap, Window};

/// One layer of a [`crate::Model`]: what it computes and how its outputs are
/// requantized. Its accessors are documented with the model
/// (`core/src/model/layer.rs` and `operator.rs`); a `Layer` exists only
/// inside a validated model.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(from = "LayerRecord<'a>", bound(deserialize = "'de: 'a"))]
pub struct Layer<'a> {
    pub(crate) rounding: Rounding,
    pub(crate) activation: Activation,
    pub(crate) output_scale: f32,
    pub(crate) output_zero_point: i8,
    /// The activation as a clamp of the int8 outputs: `min..=max`.
    pub(crate) output_min: i8,
    pub(crate) output_max: i8,
    /// The zero bytes before the weights in the file (validated 0..=3).
    pub(crate) padding: u8,
    /// Values read (from each input, for `ADD`) and written; 0 where the
    /// stored shape gives none or overflows (validation refuses those).
    pub(crate) in_len: u32,
    pub(crate) out_len: u32,
    /// Weights and per-output-channel data (empty for pools and `ADD`).
    pub(crate) channels: ChannelData<'a>,
    pub(crate) op: Op,
}

/// A layer's weights, and per output channel its int32 LE bias, int32 LE
/// Q31 multiplier and int8 shift, borrowed from the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ChannelData<'a> {
    pub weights: &'a [u8],
    pub biases: &'a [u8],
    pub multipliers: &'a [u8],
    pub shifts: &'a [u8],
}

/// What a layer computes, with what only its kind has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    /// A chain's fully connected layer (its data in the weight layout of
    /// [`super::weight_index`], offset binary).
    Dense,
    Conv2d(WindowedRecord),
    DepthwiseConv2d(WindowedRecord),
    FullyConnected(WiringRecord),
    AveragePool2d(WindowedRecord),
    MaxPool2d(WindowedRecord),
    /// The wiring's input plus tensor `other`.
    Add {
        wiring: WiringRecord,
        other: u8,
    },
}

const NO_CHANNELS: ChannelData<'static> = ChannelData {
    weights: &[],
    biases: &[],
    multipliers: &[],
    shifts: &[],
};

impl<'a> From<ChannelsRecord<'a>> for ChannelData<'a> {
    fn from(r: ChannelsRecord<'a>) -> Self {
        ChannelData {
            weights: r.weights,
            biases: r.biases,
            multipliers: r.multipliers,
            shifts: r.shifts,
        }
    }
}

impl<'a> From<LayerRecord<'a>> for Layer<'a> {
    fn from(r: LayerRecord<'a>) -> Self {
        let Parts {
            op,
            channels,
            padding,
            lengths,
        } = Parts::of(r.op);
        Layer {
            rounding: r.rounding,
            activation: r.activation,
            output_scale: r.output_scale,
            output_zero_point: r.output_zero_point,
            output_min: r.output_min,
            output_max: r.output_max,
            padding,
            in_len: lengths.0,
            out_len: lengths.1,
            channels,
            op,
        }
    }
}

/// What a layer record's operation becomes in a [`Layer`].
struct Parts<'a> {
    op: Op,
    channels: ChannelData<'a>,
    padding: u8,
    /// Values read and written.
    lengths: (u32, u32),
}

impl<'a> Parts<'a> {
    fn of(record: OpRecord<'a>) -> Self {
        let padding_of = |padding: &[u8]| u8::try_from(padding.len()).unwrap_or(u8::MAX);
        let with_channels = |op, c: ChannelsRecord<'a>, lengths| Parts {
            op,
            channels: c.into(),
            padding: padding_of(c.padding),
            lengths,
        };
        let without_channels = |op, lengths| Parts {
            op,
            channels: NO_CHANNELS,
            padding: 0,
            lengths,
        };
        match record {
            OpRecord::Dense(d) => Parts {
                op: Op::Dense,
                channels: ChannelData {
                    weights: d.weights,
                    biases: d.biases,
                    multipliers: d.multipliers,
                    shifts: d.shifts,
                },
                padding: padding_of(d.padding),
                lengths: (d.in_len, d.out_len),
            },
            OpRecord::Conv2d(c) => {
                let lengths = windowed_lengths(c.windowed, c.channels.shifts.len());
                with_channels(Op::Conv2d(c.windowed), c.channels, lengths)
            }
            OpRecord::DepthwiseConv2d(c) => {
                let depth = usize::from(c.windowed.input.channels);
                let lengths = windowed_lengths(c.windowed, depth);
                with_channels(Op::DepthwiseConv2d(c.windowed), c.channels, lengths)
            }
            OpRecord::FullyConnected(f) => {
                let lengths = (f.inputs, to_u32(Some(f.channels.shifts.len())));
                with_channels(Op::FullyConnected(f.wiring), f.channels, lengths)
            }
            OpRecord::AveragePool2d(p) => {
                let lengths = windowed_lengths(p, usize::from(p.input.channels));
                without_channels(Op::AveragePool2d(p), lengths)
            }
            OpRecord::MaxPool2d(p) => {
                let lengths = windowed_lengths(p, usize::from(p.input.channels));
                without_channels(Op::MaxPool2d(p), lengths)
            }
            OpRecord::Add(a) => {
                let op = Op::Add {
                    wiring: a.wiring,
                    other: a.other,
                };
                without_channels(op, (a.len, a.len))
            }
        }
    }
}

/// A windowed layer's input and output lengths, the output of
/// `out_channels` per position.
fn windowed_lengths(r: WindowedRecord, out_channels: usize) -> (u32, u32) {
    let input = FeatureMap::from(r.input);
    let output = Window::from(r.window).place(&input).ok().and_then(|p| {
        FeatureMap {
            height: p.out_height,
            width: p.out_width,
            channels: out_channels,
        }
        .checked_len()
    });
    (to_u32(input.checked_len()), to_u32(output))
}

/// A length as stored in a layer: 0 for none or one past `u32`.
fn to_u32(len: Option<usize>) -> u32 {
    len.and_then(|n| u32::try_from(n).ok()).unwrap_or(0)
}

impl Op {
    /// A graph layer's wiring; `None` for a dense layer.
    pub(crate) fn wiring(&self) -> Option<WiringRecord> {
        match *self {
            Op::Dense => None,
            Op::Conv2d(w) | Op::DepthwiseConv2d(w) | Op::AveragePool2d(w) | Op::MaxPool2d(w) => {
                Some(w.wiring)
            }
            Op::FullyConnected(wiring) | Op::Add { wiring, .. } => Some(wiring),
        }
    }

    /// A windowed layer's input shape and window.
    pub(crate) fn windowed(&self) -> Option<(MapRecord, WindowRecord)> {
        match *self {
            Op::Conv2d(w) | Op::DepthwiseConv2d(w) | Op::AveragePool2d(w) | Op::MaxPool2d(w) => {
                Some((w.input, w.window))
            }
            _ => None,
        }
    }
}
