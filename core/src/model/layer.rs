//! The accessors of a [`Layer`] of a validated model that every kind has.

use core::ops::RangeInclusive;

use super::Quantization;
use crate::format::{
    self, le_i32, padded_columns, Activation, Layer, Op, Rounding, MAX_INPUT_WIDTH,
};

/// One output channel's requantization: `bias + sum(w * x)`, scaled by
/// `multiplier * 2^shift / 2^31`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Channel {
    /// The stored bias: a dense layer's with the input zero point folded in
    /// (`FORMAT.md`), a graph layer's as TFLite stores it.
    pub bias: i32,
    /// The Q31 multiplier, in `0..2^31`.
    pub multiplier: i32,
    /// The power of two (positive: left), in `-31..=30`.
    pub shift: i8,
}

/// A width that validation has checked to be in `1..=MAX_INPUT_WIDTH`.
///
/// The clamp never changes a validated width; it states the range where the
/// optimizer can see it, so that the group length `4 * padded_columns(width)` and the
/// size arithmetic in the kernels compile without a panic path (the firmware's
/// `panic-never` build proves that at link time).
#[inline(always)]
fn validated_width(stored: u32) -> usize {
    (stored as usize).clamp(1, MAX_INPUT_WIDTH)
}

impl<'a> Layer<'a> {
    /// A dense layer's inputs, as the engine's walk over a chain reads them
    /// (no branch on the kind: every instruction there is counted).
    #[inline(always)]
    pub(crate) fn dense_in_len(&self) -> usize {
        validated_width(self.in_len)
    }

    /// A dense layer's outputs, as [`Layer::dense_in_len`].
    #[inline(always)]
    pub(crate) fn dense_out_len(&self) -> usize {
        validated_width(self.out_len)
    }

    /// Number of inputs: for a graph layer, values of its (first) input tensor.
    pub fn in_len(&self) -> usize {
        match self.op {
            Op::Dense => self.dense_in_len(),
            _ => self.in_len as usize,
        }
    }

    /// Number of outputs.
    pub fn out_len(&self) -> usize {
        match self.op {
            Op::Dense => self.dense_out_len(),
            _ => self.out_len as usize,
        }
    }

    /// How the accumulator is scaled back to int8.
    pub fn rounding(&self) -> Rounding {
        self.rounding
    }

    /// The activation fused into the layer.
    pub fn activation(&self) -> Activation {
        self.activation
    }

    /// The quantization of the int8 outputs.
    pub fn output_quantization(&self) -> Quantization {
        Quantization {
            scale: self.output_scale,
            zero_point: self.output_zero_point,
        }
    }

    /// The int8 outputs' range: the activation as a clamp.
    pub fn output_range(&self) -> RangeInclusive<i8> {
        self.output_min..=self.output_max
    }

    /// The stored weights as raw bytes: for a dense layer offset binary
    /// ([`format::weight_of`]) in the blocked layout of
    /// [`format::weight_index`], padding included; for a graph layer int8
    /// (two's complement) in TFLite's order (`FORMAT.md`); none for pools
    /// and `ADD`.
    pub fn weight_bytes(&self) -> &'a [u8] {
        self.channels.weights
    }

    /// The weight of output `row` for input `col` of a dense layer, if both
    /// are in range.
    pub fn weight(&self, row: usize, col: usize) -> Option<i8> {
        if self.op != Op::Dense || row >= self.out_len() || col >= self.in_len() {
            return None;
        }
        let index = format::weight_index(self.in_len(), row, col)?;
        self.channels
            .weights
            .get(index)
            .map(|&w| format::weight_of(w))
    }

    /// Bytes of bias data (int32 little-endian, one per output channel).
    pub fn bias_bytes(&self) -> &'a [u8] {
        self.channels.biases
    }

    /// One output channel's bias, multiplier and shift, if `index` is one.
    pub fn channel(&self, index: usize) -> Option<Channel> {
        let word = |data: &[u8]| data.chunks_exact(4).nth(index).map(le_i32);
        Some(Channel {
            bias: word(self.channels.biases)?,
            multiplier: word(self.channels.multipliers)?,
            shift: *self.channels.shifts.get(index)? as i8,
        })
    }

    /// Multiply-accumulates of one inference: `in_len * out_len` for a
    /// dense layer; for a convolution, its weights times its output pixels.
    pub fn macs(&self) -> usize {
        match self.op {
            Op::Dense => self.in_len() * self.out_len(),
            _ => self.graph_macs(),
        }
    }

    /// Bytes of one group of four rows of weights in the blocked layout:
    /// nonzero, as a type, so that a walk over the groups always advances.
    #[inline(always)]
    pub(crate) fn group_len(&self) -> core::num::NonZeroUsize {
        let len = format::ROWS_PER_GROUP * padded_columns(self.dense_in_len());
        core::num::NonZeroUsize::new(len).unwrap_or(core::num::NonZeroUsize::MIN)
    }
}
