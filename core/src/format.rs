//! The model file format: constants, limits and the postcard records.
//!
//! `core/FORMAT.md` describes the bytes; this module is the code that matches
//! it. The same records are used to read ([`crate::Model::from_bytes`]) and,
//! behind the `alloc` feature, to write ([`crate::writer::to_bytes`]).

use serde::{Deserialize, Serialize};

/// The first four bytes of every model file.
pub const MAGIC: [u8; 4] = *b"STCH";
/// The format version this crate reads and writes.
///
/// Version 1 stored weights row-major and unaligned; version 2 stores them in
/// 4-aligned, 4-row interleaved blocks (see [`weight_index`]).
pub const VERSION: u16 = 2;
/// Output rows stored together, and computed together by the kernels.
pub const ROWS_PER_GROUP: usize = 4;
/// Input columns per block: one 32-bit word of int8 weights per row.
pub const COLUMNS_PER_BLOCK: usize = 4;
/// Bytes before the postcard body: magic and little-endian version.
pub const HEADER_LEN: usize = MAGIC.len() + 2;
/// Bytes of the CRC-32 trailer.
pub const CRC_LEN: usize = 4;
/// Most dense layers a model may have.
pub const MAX_LAYERS: usize = 8;
/// Most classes a model may name.
pub const MAX_CLASSES: usize = 64;
/// Widest input any layer may have.
///
/// With |weight| <= 128 and |input| <= 255, a dot product over this many
/// values stays below 2^29 in magnitude; with |bias| <= [`MAX_BIAS`] the int32
/// accumulator can never overflow.
pub const MAX_INPUT_WIDTH: usize = 16_384;
/// Largest bias magnitude (after the input zero point is folded in).
pub const MAX_BIAS: i32 = 1 << 30;
/// Smallest legal requantization shift (a right shift by 31).
pub const MIN_SHIFT: i8 = -31;
/// Largest legal requantization shift (a left shift by 30).
pub const MAX_SHIFT: i8 = 30;

/// CRC-32/ISO-HDLC, the zlib CRC.
pub(crate) const CRC32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

/// What a layer applies after requantization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Activation {
    /// Identity: the full int8 range.
    None,
    /// ReLU, fused as a clamp at the output zero point.
    Relu,
}

/// The postcard body of a model file.
#[derive(Serialize, Deserialize)]
pub(crate) struct Body<'a> {
    #[serde(borrow)]
    pub name: &'a str,
    pub input_rows: u16,
    pub input_cols: u16,
    pub input_scale: f32,
    pub input_zero_point: i8,
    #[serde(borrow)]
    pub layers: heapless::Vec<LayerRecord<'a>, MAX_LAYERS>,
    #[serde(borrow)]
    pub class_names: heapless::Vec<&'a str, MAX_CLASSES>,
}

/// One dense layer as stored: widths, parameters and borrowed data.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub(crate) struct LayerRecord<'a> {
    pub in_len: u32,
    pub out_len: u32,
    pub activation: Activation,
    pub output_scale: f32,
    pub output_zero_point: i8,
    /// 0 to 3 bytes that make `weights` start at a 4-aligned file offset.
    #[serde(borrow)]
    pub padding: &'a [u8],
    /// int8 weights in the blocked layout of [`weight_index`].
    #[serde(borrow)]
    pub weights: &'a [u8],
    /// int32 little-endian, one per output, input zero point folded in.
    #[serde(borrow)]
    pub biases: &'a [u8],
    /// int32 little-endian Q31 multipliers, one per output.
    #[serde(borrow)]
    pub multipliers: &'a [u8],
    /// int8 shifts, one per output (positive: left).
    #[serde(borrow)]
    pub shifts: &'a [u8],
}

/// `value` rounded up to a multiple of 4.
///
/// Written as `value` plus what is missing, so that the optimizer sees a
/// result at least as large as `value` (for a validated width, nonzero: the
/// kernels' `chunks_exact` then has no panic path).
pub const fn round_up4(value: usize) -> usize {
    value + (value.wrapping_neg() & 3)
}

/// Bytes of stored weights for a layer: rows and columns padded to multiples of 4.
pub const fn weight_len(in_len: usize, out_len: usize) -> usize {
    round_up4(in_len) * round_up4(out_len)
}

/// Where weight `(row, col)` of a layer with `in_len` inputs is stored.
///
/// Rows come in groups of [`ROWS_PER_GROUP`]; a group holds, for each block of
/// [`COLUMNS_PER_BLOCK`] columns, one 4-byte word per row, so a kernel that
/// computes four rows at once reads one group front to back, and each word
/// is ready for Cortex-M4's `SXTB16`/`SMLAD`. Padding rows and columns are 0.
///
/// ```
/// use stitch_core::format::weight_index;
/// // 8 inputs: row 1's columns 0..4 follow row 0's; column 4 starts the next block.
/// assert_eq!(weight_index(8, 1, 0), 4);
/// assert_eq!(weight_index(8, 0, 4), 16);
/// assert_eq!(weight_index(8, 4, 0), 32);
/// ```
pub const fn weight_index(in_len: usize, row: usize, col: usize) -> usize {
    let group = row / ROWS_PER_GROUP;
    let block = col / COLUMNS_PER_BLOCK;
    group * ROWS_PER_GROUP * round_up4(in_len)
        + block * ROWS_PER_GROUP * COLUMNS_PER_BLOCK
        + (row % ROWS_PER_GROUP) * COLUMNS_PER_BLOCK
        + col % COLUMNS_PER_BLOCK
}

/// Reads a little-endian i32 from a 4-byte chunk (0 for a shorter one, which
/// validated data never has).
#[inline(always)]
pub(crate) fn le_i32(chunk: &[u8]) -> i32 {
    match chunk {
        [a, b, c, d] => i32::from_le_bytes([*a, *b, *c, *d]),
        _ => 0,
    }
}
