//! A dense layer over two inputs at once: a convolution's two output
//! pixels, which share every weight. Each weight word is loaded and
//! unpacked once for both, so a block of four inputs and two rows for two
//! pixels (16 multiply-accumulates) takes 16 instructions ([`accumulate_pair`]:
//! one `LDRD` of two rows' weight words, one `LDM` of both pixels'
//! unpacked inputs, four `UXTB16`, eight `SMLAD`, a compare and branch),
//! against 19.5 for one pixel and four rows ([`super::accumulate`]).
//!
//! The inputs are unpacked [`PAIR_CHUNK`] at a time, interleaved: per block
//! the first input's two words, then the second's.

use super::requant::{store_fast, FastStore};
use super::{unpack, ScratchMut, BLOCK_BYTES, CHUNK};
use crate::format::{Layer, ROWS_PER_GROUP, WEIGHT_OFFSET};

/// Inputs of each of the two unpacked at a time: the unpacked chunk holds
/// as many words as for one input of [`CHUNK`].
const PAIR_CHUNK: usize = CHUNK / 2;

/// What [`accumulate_pair`] runs over: one chunk of both inputs, every group.
#[repr(C)]
struct PairPlan {
    /// Blocks of four inputs in the chunk (at least one).
    blocks: usize,
    /// Pairs of rows: twice the groups (at least one group).
    halves: usize,
    /// Bytes of one group's weights.
    group_len: usize,
    /// The second input's partial sums, as the first's.
    second: *mut i32,
}

/// One dense layer over `inputs` (the same length), storing each one's
/// outputs in its `outputs` slice, as two calls of [`super::dense`] would
/// (or of [`super::dense_fast`], with `fast`).
#[inline(never)]
pub(in crate::kernels) fn dense_pair<const WIDE: bool>(
    layer: &Layer<'_>,
    inputs: [&[u8]; 2],
    outputs: [&mut [u8]; 2],
    last: bool,
    scratch: &mut ScratchMut<'_>,
    fast: Option<&FastStore<'_>>,
) {
    let group_len = layer.group_len().get();
    let weights = layer.channels.weights;
    let groups = weights.len() / group_len;
    let sums = groups * ROWS_PER_GROUP;
    // `LDRD` faults on unaligned weights (`Model::from_bytes` refuses them on
    // this target); the partial sums must hold both inputs' four per group.
    let aligned = (weights.as_ptr() as usize).is_multiple_of(4);
    let [first, second] = inputs;
    if !aligned || groups == 0 || first.len() != second.len() || 2 * sums > scratch.partials.len() {
        return;
    }
    // Both inputs' sums start at zero, four per group, padding rows too.
    // SAFETY: `2 * sums` words of the partial sums (checked above),
    // word-aligned; `groups >= 1`.
    unsafe { super::zero_groups(scratch.partials.as_mut_ptr(), 2 * groups) };
    let Some((partials, rest)) = scratch.partials.split_at_mut_checked(sums) else {
        return;
    };
    let second_partials = rest.get_mut(..sums).unwrap_or(&mut []);
    let (mut sum_first, mut sum_second) = (0u32, 0u32);
    let mut start = weights.as_ptr();
    for (a, b) in first.chunks(PAIR_CHUNK).zip(second.chunks(PAIR_CHUNK)) {
        let unpacked = &mut scratch.unpacked[..];
        let (blocks, sum) = unpack::<4>(a, unpacked);
        sum_first += sum;
        let (_, sum) = unpack::<4>(b, unpacked.get_mut(2..).unwrap_or(&mut []));
        sum_second += sum;
        let plan = PairPlan {
            blocks,
            halves: 2 * groups,
            group_len,
            second: second_partials.as_mut_ptr(),
        };
        // SAFETY: as `accumulate` in `dense`: each group's part for this
        // chunk, `16 * blocks` bytes from `start` (word-aligned), lies within
        // the group; `4 * blocks` unpacked words were just written (a chunk
        // of at most `PAIR_CHUNK` inputs, `blocks >= 1`); both partial
        // slices hold `4 * groups` i32, `groups >= 1`.
        unsafe {
            accumulate_pair(
                start,
                scratch.unpacked.as_ptr(),
                partials.as_mut_ptr(),
                &plan,
            )
        };
        start = start.wrapping_add(blocks * BLOCK_BYTES);
    }
    // Every stored weight is `w + 128`: the sums hold `128 * sum(x)` too much.
    let correction = |sum: u32| (sum as i32).wrapping_mul(i32::from(WEIGHT_OFFSET));
    let [out_first, out_second] = outputs;
    let (first, second) = (correction(sum_first), correction(sum_second));
    match fast {
        Some(store) => {
            store_fast(store, partials, first, out_first);
            store_fast(store, second_partials, second, out_second);
        }
        None => {
            store_all::<WIDE>(layer, last, out_first, partials, first);
            store_all::<WIDE>(layer, last, out_second, second_partials, second);
        }
    }
}

/// [`crate::kernels::store_all`] in a function of its own: inlined above,
/// its loop would reload five values from the stack per output.
#[inline(never)]
fn store_all<const WIDE: bool>(
    layer: &Layer<'_>,
    last: bool,
    output: &mut [u8],
    sums: &[i32],
    correction: i32,
) {
    crate::kernels::store_all::<WIDE>(layer, last, output, sums, correction);
}

/// Adds, for every pair of rows (`plan.halves`: rows 0-1 then 2-3 of each
/// group, the group's weights `plan.group_len` bytes apart, its part for
/// this chunk from `weights`), the dot products of the rows' `plan.blocks`
/// weight blocks with both inputs' unpacked blocks to their partial sums
/// (`partials` for the first input, `plan.second` for the second; two per
/// pair of rows, in order).
///
/// Registers: r0 the weights, r1 the unpacked inputs, r2 their end, r3 an
/// unpacked weight pair, r4/r5 the two rows' sums for the first input,
/// r6/r7 for the second, r8/r9 the two rows' weight words, r10/r11 the
/// first input's unpacked pair, r12/lr the second's; the stack holds the
/// chunk's start and end, the pairs of rows left, the group length, both
/// partial pointers and this pair of rows' weights.
///
/// # Safety
/// `weights` word-aligned and readable for `plan.halves / 2` parts of
/// `16 * plan.blocks` bytes `plan.group_len` apart; `unpacked` word-aligned
/// and readable for `4 * plan.blocks` words; `partials` and `plan.second`
/// word-aligned, readable and writable for `2 * plan.halves` i32 each;
/// `plan.blocks` and `plan.halves` at least 1.
#[unsafe(naked)]
unsafe extern "C" fn accumulate_pair(
    weights: *const u8,
    unpacked: *const u32,
    partials: *mut i32,
    plan: *const PairPlan,
) {
    core::arch::naked_asm!(
        "push {{r4-r11, lr}}",
        "ldm r3, {{r4-r7}}",
        "sub sp, #32",
        "str r1, [sp, #0]",
        "add r1, r1, r4, lsl #4",
        "str r1, [sp, #4]",
        "str r5, [sp, #8]",
        "str r6, [sp, #12]",
        "str r2, [sp, #16]",
        "str r7, [sp, #20]",
        "1:",
        "str r0, [sp, #24]",
        "ldr r3, [sp, #16]",
        "ldrd r4, r5, [r3]",
        "ldr r3, [sp, #20]",
        "ldrd r6, r7, [r3]",
        "ldrd r1, r2, [sp, #0]",
        "2:",
        "ldrd r8, r9, [r0], #16",
        "ldm r1!, {{r10, r11, r12, lr}}",
        "uxtb16 r3, r8",
        "uxtb16 r8, r8, ror #8",
        "smlad r4, r3, r10, r4",
        "smlad r4, r8, r11, r4",
        "smlad r6, r3, r12, r6",
        "smlad r6, r8, lr, r6",
        "uxtb16 r3, r9",
        "uxtb16 r9, r9, ror #8",
        "smlad r5, r3, r10, r5",
        "smlad r5, r9, r11, r5",
        "smlad r7, r3, r12, r7",
        "smlad r7, r9, lr, r7",
        "cmp r1, r2",
        "bne 2b",
        "ldr r3, [sp, #16]",
        "strd r4, r5, [r3], #8",
        "str r3, [sp, #16]",
        "ldr r3, [sp, #20]",
        "strd r6, r7, [r3], #8",
        "str r3, [sp, #20]",
        // The next pair of rows: rows 2-3 of this group, 8 bytes on, or
        // rows 0-1 of the next group, a group on from rows 0-1.
        "ldr r0, [sp, #24]",
        "ldr r3, [sp, #8]",
        "ldr r12, [sp, #12]",
        "add r0, r0, #8",
        "tst r3, #1",
        "itt ne",
        "addne r0, r0, r12",
        "subne r0, r0, #16",
        "subs r3, r3, #1",
        "str r3, [sp, #8]",
        "bne 1b",
        "add sp, #32",
        "pop {{r4-r11, pc}}",
    )
}
