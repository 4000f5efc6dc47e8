//! The portable kernel: a dense layer over the file's blocked weights in
//! plain Rust, on every target without an assembly kernel (hosts, Cortex-M3).

use super::{channels, Epilogue};
use crate::format::{weight_of, Layer, COLUMNS_PER_BLOCK, ROWS_PER_GROUP};

/// The four dot products of one weight group (four rows, blocked layout)
/// with the input bytes.
///
/// Validation bounds the width so no sum can overflow an i32.
#[inline(always)]
fn dot_group(group: &[u8], input: &[u8]) -> [i32; ROWS_PER_GROUP] {
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
                .map(|(&w, &x)| i32::from(weight_of(w)) * i32::from(x))
                .sum::<i32>();
        }
    }
    sums
}

/// One dense layer: `output[o]` for every output channel, stored by [`Epilogue`].
pub(super) fn dense<const WIDE: bool>(
    layer: &Layer<'_>,
    input: &[u8],
    output: &mut [u8],
    last: bool,
) {
    let epilogue = Epilogue::<WIDE>::new(layer, last);
    let mut outputs = output.iter_mut().zip(channels(layer));
    let group_len = layer.group_len().get();
    let mut rest = layer.channels.weights;
    while let Some((group, tail)) = rest.split_at_checked(group_len) {
        // Padding rows of the last group find no output and are dropped.
        for (sum, (out, channel)) in dot_group(group, input).into_iter().zip(outputs.by_ref()) {
            *out = epilogue.store(sum, channel);
        }
        rest = tail;
    }
}
