//! The portable kernel: the dot products of one weight group in plain Rust,
//! on every target without an assembly kernel (hosts, Cortex-M3).

use crate::format::{COLUMNS_PER_BLOCK, ROWS_PER_GROUP};

/// The four dot products of one weight group (four rows, blocked layout)
/// with the input bytes.
///
/// Validation bounds the width so no sum can overflow an i32.
#[inline(always)]
pub(super) fn dot_group(group: &[u8], input: &[u8]) -> [i32; ROWS_PER_GROUP] {
    const BLOCK: usize = ROWS_PER_GROUP * COLUMNS_PER_BLOCK;
    let mut sums = [0i32; ROWS_PER_GROUP];
    // A short final chunk of inputs meets the zero-padded final block.
    for (block, x) in group
        .chunks_exact(BLOCK)
        .zip(input.chunks(COLUMNS_PER_BLOCK))
    {
        for (sum, word) in sums.iter_mut().zip(block.chunks_exact(COLUMNS_PER_BLOCK)) {
            *sum += word
                .iter()
                .zip(x)
                .map(|(&w, &x)| i32::from(w as i8) * i32::from(x))
                .sum::<i32>();
        }
    }
    sums
}
