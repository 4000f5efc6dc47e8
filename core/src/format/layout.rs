//! Where a dense layer's weights sit in the file: 4-row groups of 4-column
//! blocks, so that one group is one pass over the input for four outputs and
//! every 4-byte word is one row's four consecutive weights.

/// Output rows stored together, and computed together by the kernels.
pub const ROWS_PER_GROUP: usize = 4;
/// Input columns per block: one 32-bit word of int8 weights per row.
pub const COLUMNS_PER_BLOCK: usize = 4;

/// `value` rounded up to a multiple of 4, or `None` if that overflows.
///
/// ```
/// use stitch_core::format::round_up4;
/// assert_eq!(round_up4(5), Some(8));
/// assert_eq!(round_up4(usize::MAX), None);
/// ```
pub const fn round_up4(value: usize) -> Option<usize> {
    match value.checked_add(3) {
        Some(v) => Some(v & !3),
        None => None,
    }
}

/// [`round_up4`] for a width validation has bounded to `1..=MAX_INPUT_WIDTH`:
/// written as `value` plus what is missing, so that the optimizer sees a
/// result at least as large as `value`, nonzero (the kernels' `chunks_exact`
/// then has no panic path; a wrapping add would hide that).
#[inline(always)]
pub(crate) const fn padded4(value: usize) -> usize {
    value + (value.wrapping_neg() & 3)
}

/// Bytes of stored weights for a layer: rows and columns padded to multiples
/// of 4, or `None` if that overflows.
///
/// ```
/// assert_eq!(stitch_core::format::weight_len(784, 10), Some(784 * 12));
/// assert_eq!(stitch_core::format::weight_len(usize::MAX, 0), None);
/// ```
pub const fn weight_len(in_len: usize, out_len: usize) -> Option<usize> {
    match (round_up4(in_len), round_up4(out_len)) {
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
/// is ready for Cortex-M4's `SXTB16`/`SMLAD`. Padding rows and columns are 0.
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
    let Some(columns) = round_up4(in_len) else {
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
