//! Where a dense layer's weights sit in the file: 4-row groups of 4-column
//! blocks, rows padded to a multiple of 8 columns, so that one group is one
//! pass over the input for four outputs and every 4-byte word is one row's
//! four consecutive weights.

/// Output rows stored together, and computed together by the kernels.
pub const ROWS_PER_GROUP: usize = 4;
/// Input columns per block: one 32-bit word of int8 weights per row.
pub const COLUMNS_PER_BLOCK: usize = 4;
/// What is added to a weight to store it: weights are offset binary, the
/// byte `w + 128` (0..=255 for -128..=127), so that a kernel loads them as
/// unsigned bytes (ARMv6-M's `LDRB` has an immediate offset, `LDRSB` has not)
/// and subtracts `128 * sum(inputs)` once per layer.
pub const WEIGHT_OFFSET: u8 = 0x80;

/// The stored byte of weight `w`.
///
/// ```
/// use stitch_core::format::{stored_weight, weight_of};
/// assert_eq!(stored_weight(-127), 1);
/// assert_eq!(weight_of(stored_weight(42)), 42);
/// ```
pub const fn stored_weight(w: i8) -> u8 {
    (w as u8) ^ WEIGHT_OFFSET
}

/// The weight a stored byte holds.
pub const fn weight_of(stored: u8) -> i8 {
    (stored ^ WEIGHT_OFFSET) as i8
}

/// Columns a stored row is padded to a multiple of: two blocks, so that a
/// kernel may always take blocks two at a time.
pub const COLUMN_MULTIPLE: usize = 2 * COLUMNS_PER_BLOCK;

/// `value` rounded up to a multiple of `multiple` (a power of two), or `None`
/// if that overflows.
///
/// ```
/// use stitch_core::format::round_up;
/// assert_eq!(round_up(5, 4), Some(8));
/// assert_eq!(round_up(9, 8), Some(16));
/// assert_eq!(round_up(usize::MAX, 4), None);
/// ```
pub const fn round_up(value: usize, multiple: usize) -> Option<usize> {
    match value.checked_add(multiple - 1) {
        Some(v) => Some(v & !(multiple - 1)),
        None => None,
    }
}

/// The stored columns of a row with `in_len` inputs, for a width validation
/// has bounded to `1..=MAX_INPUT_WIDTH`: written as `in_len` plus what is
/// missing, so that the optimizer sees a result at least as large as
/// `in_len`, nonzero (a wrapping add would hide that).
#[inline(always)]
pub(crate) const fn padded_columns(in_len: usize) -> usize {
    in_len + (in_len.wrapping_neg() & (COLUMN_MULTIPLE - 1))
}

/// Bytes of stored weights for a layer: columns padded to a multiple of
/// [`COLUMN_MULTIPLE`], rows to one of [`ROWS_PER_GROUP`]; `None` if that
/// overflows.
///
/// ```
/// assert_eq!(stitch_core::format::weight_len(784, 10), Some(784 * 12));
/// assert_eq!(stitch_core::format::weight_len(4, 3), Some(8 * 4));
/// assert_eq!(stitch_core::format::weight_len(usize::MAX, 0), None);
/// ```
pub const fn weight_len(in_len: usize, out_len: usize) -> Option<usize> {
    match (
        round_up(in_len, COLUMN_MULTIPLE),
        round_up(out_len, ROWS_PER_GROUP),
    ) {
        (Some(columns), Some(rows)) => columns.checked_mul(rows),
        _ => None,
    }
}

/// Where weight `(row, col)` of a layer with `in_len` inputs is stored, or
/// `None` if the arithmetic overflows.
///
/// Rows come in groups of [`ROWS_PER_GROUP`]; a group holds, for each block of
/// [`COLUMNS_PER_BLOCK`] columns, one 4-byte word per row, so a kernel that
/// computes four rows at once reads one group front to back, and each word
/// is ready for Cortex-M4's `UXTB16`/`SMLAD`. Padding rows and columns hold
/// zero weights (the byte 128).
///
/// ```
/// use stitch_core::format::weight_index;
/// // 8 inputs: row 1's columns 0..4 follow row 0's; column 4 starts the next block.
/// assert_eq!(weight_index(8, 1, 0), Some(4));
/// assert_eq!(weight_index(8, 0, 4), Some(16));
/// assert_eq!(weight_index(8, 4, 0), Some(32));
/// ```
pub const fn weight_index(in_len: usize, row: usize, col: usize) -> Option<usize> {
    let group = row / ROWS_PER_GROUP;
    let block = col / COLUMNS_PER_BLOCK;
    let within = (row % ROWS_PER_GROUP) * COLUMNS_PER_BLOCK + col % COLUMNS_PER_BLOCK;
    let Some(columns) = round_up(in_len, COLUMN_MULTIPLE) else {
        return None;
    };
    let Some(group_len) = columns.checked_mul(ROWS_PER_GROUP) else {
        return None;
    };
    let Some(group_start) = group.checked_mul(group_len) else {
        return None;
    };
    let Some(block_start) = block.checked_mul(ROWS_PER_GROUP * COLUMNS_PER_BLOCK) else {
        return None;
    };
    match group_start.checked_add(block_start) {
        Some(start) => start.checked_add(within),
        None => None,
    }
}
