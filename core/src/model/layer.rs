//! The accessors of a [`Layer`] of a validated model.

use core::ops::RangeInclusive;

use super::Quantization;
use crate::format::{
    self, le_i32, padded_columns, Activation, DenseRecord, Layer, OpRecord, Rounding,
    MAX_INPUT_WIDTH,
};

/// One output channel's requantization: `bias + sum(w * x)`, scaled by
/// `multiplier * 2^shift / 2^31`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Channel {
    /// The stored bias, with the input zero point folded in (`FORMAT.md`).
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
    /// The dense layer's data (every layer kind this version stores).
    #[inline(always)]
    pub(crate) fn dense(&self) -> &DenseRecord<'a> {
        match &self.op {
            OpRecord::Dense(dense) => dense,
        }
    }

    /// Number of inputs.
    pub fn in_len(&self) -> usize {
        validated_width(self.dense().in_len)
    }

    /// Number of outputs.
    pub fn out_len(&self) -> usize {
        validated_width(self.dense().out_len)
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

    /// The stored weights as raw bytes (offset binary, [`format::weight_of`]),
    /// in the blocked layout of [`format::weight_index`], padding included.
    pub fn weight_bytes(&self) -> &'a [u8] {
        self.dense().weights
    }

    /// The weight of output `row` for input `col`, if both are in range.
    pub fn weight(&self, row: usize, col: usize) -> Option<i8> {
        if row >= self.out_len() || col >= self.in_len() {
            return None;
        }
        let index = format::weight_index(self.in_len(), row, col)?;
        self.dense()
            .weights
            .get(index)
            .map(|&w| format::weight_of(w))
    }

    /// Bytes of bias data (int32 little-endian, one per output).
    pub fn bias_bytes(&self) -> &'a [u8] {
        self.dense().biases
    }

    /// One output channel's bias, multiplier and shift, if `index` is one.
    pub fn channel(&self, index: usize) -> Option<Channel> {
        let dense = self.dense();
        let word = |data: &[u8]| data.chunks_exact(4).nth(index).map(le_i32);
        Some(Channel {
            bias: word(dense.biases)?,
            multiplier: word(dense.multipliers)?,
            shift: *dense.shifts.get(index)? as i8,
        })
    }

    /// Multiply-accumulates of one inference: `in_len * out_len`.
    pub fn macs(&self) -> usize {
        self.in_len() * self.out_len()
    }

    /// Bytes of one group of four rows of weights in the blocked layout:
    /// nonzero, as a type, so that a walk over the groups always advances.
    #[inline(always)]
    pub(crate) fn group_len(&self) -> core::num::NonZeroUsize {
        let len = format::ROWS_PER_GROUP * padded_columns(self.in_len());
        core::num::NonZeroUsize::new(len).unwrap_or(core::num::NonZeroUsize::MIN)
    }
}
