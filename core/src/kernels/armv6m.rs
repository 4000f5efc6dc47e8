//! Cortex-M0/M0+/M1 (ARMv6-M): a dense layer with `MULS`, in a naked
//! function that owns every register.
//!
//! ARMv6-M has no multiply-accumulate, and most instructions name only
//! r0-r7. The weights are offset binary (`w + 128`), so they load with `LDRB`
//! and an immediate offset, and the layer's sums are corrected once by
//! `128 * sum(inputs)`. [`dot_groups`] computes two groups of four rows in
//! one pass over the input: per input column, one `LDRB` loads the input
//! byte and, for each of the eight rows, `LDRB` + `MULS` + `ADD` add one
//! product into an accumulator (r5-r7, and r8-r12, which `ADD` reaches).
//! Two blocks (8 columns, 64 multiply-accumulates) per iteration, then three
//! `ADDS`, `CMP`, `BEQ`, `B`: 206 instructions, 3.22 per MAC. Rows are stored padded
//! to 8 columns, so the blocks always come in pairs; a last partial pair of
//! inputs runs, zero-padded, as one more iteration of the same loop.
#![allow(unsafe_code)]

use super::{channels, Epilogue};
use crate::format::{Layer, COLUMN_MULTIPLE, ROWS_PER_GROUP, WEIGHT_OFFSET};

/// Weight bytes of one pair of blocks of one group.
const PAIR_BYTES: usize = ROWS_PER_GROUP * COLUMN_MULTIPLE;

/// `sums[0..8]` = the dot products of the four rows at `a` and the four at
/// `b` (each group's pairs of blocks, offset binary) with `8 * pairs` input
/// bytes, then, unless `tail` is null, with the 8 bytes at `tail` (a last
/// partial pair, zero-padded) as one more pair.
///
/// Registers: r0 and r1 the two groups' weights, r2 the input, r3 an input
/// byte, r4 a weight and product, r5-r7 and r8-r12 the eight sums, lr the
/// input's end; the fifth and sixth arguments are on the stack.
///
/// # Safety
/// `a` and `b` must be readable for `32 * (pairs + 1)` bytes (`32 * pairs`
/// if `tail` is null), `input` for `8 * pairs`, `tail` (unless null) for 8,
/// and `sums` writable for eight `i32`; `pairs > 0`.
#[unsafe(naked)]
unsafe extern "C" fn dot_groups(
    a: *const u8,
    b: *const u8,
    input: *const u8,
    pairs: usize,
    sums: *mut i32,
    tail: *const u8,
) {
    core::arch::naked_asm!(
        // r4-r11 and lr are the caller's: save them (r8-r11 through r4-r7).
        "push {{r4-r7, lr}}",
        "mov r4, r8",
        "mov r5, r9",
        "mov r6, r10",
        "mov r7, r11",
        "push {{r4-r7}}",
        // lr = the input's end; the sums start at zero.
        "lsls r3, r3, #3",
        "adds r3, r2, r3",
        "mov lr, r3",
        "movs r5, #0",
        "movs r6, #0",
        "movs r7, #0",
        "mov r8, r5",
        "mov r9, r5",
        "mov r10, r5",
        "mov r11, r5",
        "mov r12, r5",
        "1:",
        "ldrb r3, [r2, #0]",
        "ldrb r4, [r0, #0]",
        "muls r4, r3, r4",
        "adds r5, r4",
        "ldrb r4, [r0, #4]",
        "muls r4, r3, r4",
        "adds r6, r4",
        "ldrb r4, [r0, #8]",
        "muls r4, r3, r4",
        "adds r7, r4",
        "ldrb r4, [r0, #12]",
        "muls r4, r3, r4",
        "add r8, r4",
        "ldrb r4, [r1, #0]",
        "muls r4, r3, r4",
        "add r9, r4",
        "ldrb r4, [r1, #4]",
        "muls r4, r3, r4",
        "add r10, r4",
        "ldrb r4, [r1, #8]",
        "muls r4, r3, r4",
        "add r11, r4",
        "ldrb r4, [r1, #12]",
        "muls r4, r3, r4",
        "add r12, r4",
        "ldrb r3, [r2, #1]",
        "ldrb r4, [r0, #1]",
        "muls r4, r3, r4",
        "adds r5, r4",
        "ldrb r4, [r0, #5]",
        "muls r4, r3, r4",
        "adds r6, r4",
        "ldrb r4, [r0, #9]",
        "muls r4, r3, r4",
        "adds r7, r4",
        "ldrb r4, [r0, #13]",
        "muls r4, r3, r4",
        "add r8, r4",
        "ldrb r4, [r1, #1]",
        "muls r4, r3, r4",
        "add r9, r4",
        "ldrb r4, [r1, #5]",
        "muls r4, r3, r4",
        "add r10, r4",
        "ldrb r4, [r1, #9]",
        "muls r4, r3, r4",
        "add r11, r4",
        "ldrb r4, [r1, #13]",
        "muls r4, r3, r4",
        "add r12, r4",
        "ldrb r3, [r2, #2]",
        "ldrb r4, [r0, #2]",
        "muls r4, r3, r4",
        "adds r5, r4",
        "ldrb r4, [r0, #6]",
        "muls r4, r3, r4",
        "adds r6, r4",
        "ldrb r4, [r0, #10]",
        "muls r4, r3, r4",
        "adds r7, r4",
        "ldrb r4, [r0, #14]",
        "muls r4, r3, r4",
        "add r8, r4",
        "ldrb r4, [r1, #2]",
        "muls r4, r3, r4",
        "add r9, r4",
        "ldrb r4, [r1, #6]",
        "muls r4, r3, r4",
        "add r10, r4",
        "ldrb r4, [r1, #10]",
        "muls r4, r3, r4",
        "add r11, r4",
        "ldrb r4, [r1, #14]",
        "muls r4, r3, r4",
        "add r12, r4",
        "ldrb r3, [r2, #3]",
        "ldrb r4, [r0, #3]",
        "muls r4, r3, r4",
        "adds r5, r4",
        "ldrb r4, [r0, #7]",
        "muls r4, r3, r4",
        "adds r6, r4",
        "ldrb r4, [r0, #11]",
        "muls r4, r3, r4",
        "adds r7, r4",
        "ldrb r4, [r0, #15]",
        "muls r4, r3, r4",
        "add r8, r4",
        "ldrb r4, [r1, #3]",
        "muls r4, r3, r4",
        "add r9, r4",
        "ldrb r4, [r1, #7]",
        "muls r4, r3, r4",
        "add r10, r4",
        "ldrb r4, [r1, #11]",
        "muls r4, r3, r4",
        "add r11, r4",
        "ldrb r4, [r1, #15]",
        "muls r4, r3, r4",
        "add r12, r4",
        "ldrb r3, [r2, #4]",
        "ldrb r4, [r0, #16]",
        "muls r4, r3, r4",
        "adds r5, r4",
        "ldrb r4, [r0, #20]",
        "muls r4, r3, r4",
        "adds r6, r4",
        "ldrb r4, [r0, #24]",
        "muls r4, r3, r4",
        "adds r7, r4",
        "ldrb r4, [r0, #28]",
        "muls r4, r3, r4",
        "add r8, r4",
        "ldrb r4, [r1, #16]",
        "muls r4, r3, r4",
        "add r9, r4",
        "ldrb r4, [r1, #20]",
        "muls r4, r3, r4",
        "add r10, r4",
        "ldrb r4, [r1, #24]",
        "muls r4, r3, r4",
        "add r11, r4",
        "ldrb r4, [r1, #28]",
        "muls r4, r3, r4",
        "add r12, r4",
        "ldrb r3, [r2, #5]",
        "ldrb r4, [r0, #17]",
        "muls r4, r3, r4",
        "adds r5, r4",
        "ldrb r4, [r0, #21]",
        "muls r4, r3, r4",
        "adds r6, r4",
        "ldrb r4, [r0, #25]",
        "muls r4, r3, r4",
        "adds r7, r4",
        "ldrb r4, [r0, #29]",
        "muls r4, r3, r4",
        "add r8, r4",
        "ldrb r4, [r1, #17]",
        "muls r4, r3, r4",
        "add r9, r4",
        "ldrb r4, [r1, #21]",
        "muls r4, r3, r4",
        "add r10, r4",
        "ldrb r4, [r1, #25]",
        "muls r4, r3, r4",
        "add r11, r4",
        "ldrb r4, [r1, #29]",
        "muls r4, r3, r4",
        "add r12, r4",
        "ldrb r3, [r2, #6]",
        "ldrb r4, [r0, #18]",
        "muls r4, r3, r4",
        "adds r5, r4",
        "ldrb r4, [r0, #22]",
        "muls r4, r3, r4",
        "adds r6, r4",
        "ldrb r4, [r0, #26]",
        "muls r4, r3, r4",
        "adds r7, r4",
        "ldrb r4, [r0, #30]",
        "muls r4, r3, r4",
        "add r8, r4",
        "ldrb r4, [r1, #18]",
        "muls r4, r3, r4",
        "add r9, r4",
        "ldrb r4, [r1, #22]",
        "muls r4, r3, r4",
        "add r10, r4",
        "ldrb r4, [r1, #26]",
        "muls r4, r3, r4",
        "add r11, r4",
        "ldrb r4, [r1, #30]",
        "muls r4, r3, r4",
        "add r12, r4",
        "ldrb r3, [r2, #7]",
        "ldrb r4, [r0, #19]",
        "muls r4, r3, r4",
        "adds r5, r4",
        "ldrb r4, [r0, #23]",
        "muls r4, r3, r4",
        "adds r6, r4",
        "ldrb r4, [r0, #27]",
        "muls r4, r3, r4",
        "adds r7, r4",
        "ldrb r4, [r0, #31]",
        "muls r4, r3, r4",
        "add r8, r4",
        "ldrb r4, [r1, #19]",
        "muls r4, r3, r4",
        "add r9, r4",
        "ldrb r4, [r1, #23]",
        "muls r4, r3, r4",
        "add r10, r4",
        "ldrb r4, [r1, #27]",
        "muls r4, r3, r4",
        "add r11, r4",
        "ldrb r4, [r1, #31]",
        "muls r4, r3, r4",
        "add r12, r4",
        "adds r0, #32",
        "adds r1, #32",
        "adds r2, #8",
        "cmp r2, lr",
        // (A 16-bit conditional branch reaches 256 bytes back, the loop is longer.)
        "beq 2f",
        "b 1b",
        "2:",
        // The arguments on the stack sit above the 9 saved words. A tail not
        // yet read (lr is not its end) runs as one more pair.
        "ldr r3, [sp, #40]",
        "cmp r3, #0",
        "beq 3f",
        "mov r2, r3",
        "adds r3, #8",
        "cmp r3, lr",
        "beq 3f",
        "mov lr, r3",
        "b 1b",
        "3:",
        "ldr r0, [sp, #36]",
        "str r5, [r0, #0]",
        "str r6, [r0, #4]",
        "str r7, [r0, #8]",
        "mov r1, r8",
        "str r1, [r0, #12]",
        "mov r1, r9",
        "str r1, [r0, #16]",
        "mov r1, r10",
        "str r1, [r0, #20]",
        "mov r1, r11",
        "str r1, [r0, #24]",
        "mov r1, r12",
        "str r1, [r0, #28]",
        "pop {{r4-r7}}",
        "mov r8, r4",
        "mov r9, r5",
        "mov r10, r6",
        "mov r11, r7",
        "pop {{r4-r7, pc}}",
    )
}

/// One dense layer, two groups of four rows at a time (the last group with
/// itself when their number is odd): one call of [`dot_groups`] per pair of
/// groups, then each of its outputs stored.
#[inline(never)]
pub(super) fn dense<const WIDE: bool>(
    layer: &Layer<'_>,
    input: &[u8],
    output: &mut [u8],
    last: bool,
) {
    // Every stored weight is `w + 128`: each sum holds `128 * sum(x)` too much.
    let sum_x = input
        .iter()
        .fold(0u32, |sum, &x| sum.wrapping_add(u32::from(x)));
    let correction = (sum_x as i32).wrapping_mul(i32::from(WEIGHT_OFFSET));
    let epilogue = Epilogue::<WIDE>::new(layer, last);
    // The inputs in pairs of blocks, and a last partial pair zero-padded
    // (built as words: a byte copy would call `memcpy`).
    let pairs = input.len() / COLUMN_MULTIPLE;
    let rest = input.get(pairs * COLUMN_MULTIPLE..).unwrap_or(&[]);
    let mut words = [0u32; 2];
    for (byte, &x) in rest.iter().enumerate() {
        if let Some(word) = words.get_mut(byte / 4) {
            *word |= u32::from(x) << (8 * (byte % 4));
        }
    }
    let padded = [words[0].to_le_bytes(), words[1].to_le_bytes()];
    let padded = padded.as_ptr().cast::<u8>();
    let (first, pairs, tail) = match (pairs, rest.is_empty()) {
        (_, true) => (input.as_ptr(), pairs, core::ptr::null()),
        (0, false) => (padded, 1, core::ptr::null()),
        (_, false) => (input.as_ptr(), pairs, padded),
    };
    let group_len = layer.group_len().get();
    // Each group holds `padded_columns(in_len) / 8` pairs of blocks: every
    // pair read, the tail's too (the model was validated; this keeps the
    // assembly within the slices whatever the layer says).
    let read = PAIR_BYTES * (pairs + usize::from(!tail.is_null()));
    if pairs == 0 || group_len < read {
        return;
    }
    // Split off group by group (`chunks_exact` would divide, a runtime
    // library call on ARMv6-M).
    let mut rest = layer.channels.weights;
    let mut channels = channels(layer);
    for outputs in output.chunks_mut(2 * ROWS_PER_GROUP) {
        let Some((a, after_a)) = rest.split_at_checked(group_len) else {
            return;
        };
        let (b, after_b) = after_a.split_at_checked(group_len).unwrap_or((a, after_a));
        rest = after_b;
        let mut sums = [0i32; 2 * ROWS_PER_GROUP];
        // SAFETY: `a` and `b` hold `group_len >= read` bytes (checked
        // above); `first` is readable for `8 * pairs` bytes (the input's
        // whole pairs, or the 8 bytes of `padded`), `tail` null or `padded`;
        // `sums` holds eight i32.
        unsafe {
            dot_groups(
                a.as_ptr(),
                b.as_ptr(),
                first,
                pairs,
                sums.as_mut_ptr(),
                tail,
            )
        };
        // Padding rows (and a repeated last group) find no output.
        for (out, (&sum, channel)) in outputs.iter_mut().zip(sums.iter().zip(channels.by_ref())) {
            *out = epilogue.store(sum.wrapping_sub(correction), channel);
        }
    }
}
