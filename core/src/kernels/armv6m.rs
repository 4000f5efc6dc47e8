//! Cortex-M0/M0+/M1 (ARMv6-M): the dot products of one weight group with
//! `MULS`, in inline assembly.
//!
//! The `asm!` loop reads only within the weight group and the input slice
//! (checked right before it), writes only registers, and touches no stack.
#![allow(unsafe_code)]

use core::arch::asm;

use super::{tail_block, BLOCK_BYTES};
use crate::format::{COLUMNS_PER_BLOCK, ROWS_PER_GROUP};

// ---------------------------------------------------------------------------
// Cortex-M0/M0+/M1 (ARMv6-M): no DSP, no multiply-accumulate, and only r0-r5
// are free low registers (`LDRSB` has no immediate form; `MULS` wants low
// registers). Per input column the loop loads the input byte once and, for
// each of the four rows, one signed weight byte, multiplies (`MULS`) and adds
// into an accumulator kept in a high register (`ADD` r8-r11): rows 1-3 load
// with `LDRSB [wp, #4/8/12 in registers]`, row 0 with `LDRB` + `SXTB`. The
// weight pointer steps one column at a time.
//
// Per block of four inputs and four rows (16 multiply-accumulates): 4 x
// (`MOV` + `LDRB` for the input, `LDRB` + `SXTB` + 3 `LDRSB` for the weights,
// 4 `MULS`, 4 `ADD`, `ADDS` to step) + `ADD`, `CMP`, `BNE` = 67 instructions,
// 4.19 per MAC.
// ---------------------------------------------------------------------------

/// One input column `$c` of a block: four multiply-accumulates.
macro_rules! v6_column {
    ($c:literal, $step:literal) => {
        concat!(
            "mov {x}, r12\n",
            "ldrb {x}, [{x}, #",
            $c,
            "]\n",
            "ldrb {w}, [{wp}, #0]\n",
            "sxtb {w}, {w}\n",
            "muls {w}, {x}, {w}\n",
            "add r8, {w}\n",
            "ldrsb {w}, [{wp}, {o4}]\n",
            "muls {w}, {x}, {w}\n",
            "add r9, {w}\n",
            "ldrsb {w}, [{wp}, {o8}]\n",
            "muls {w}, {x}, {w}\n",
            "add r10, {w}\n",
            "ldrsb {w}, [{wp}, {o12}]\n",
            "muls {w}, {x}, {w}\n",
            "add r11, {w}\n",
            "adds {wp}, #",
            $step,
            "\n",
        )
    };
}

/// Dot products over the whole blocks `[wp, wend)` of one group and the
/// inputs at `xp` (four per block), from zero; returns them and the weight
/// pointer after the last block.
///
/// Thumb-1 `asm!` may name only r0-r7 as operands, so the accumulators
/// (r8-r11), the input pointer (r12) and the end (lr) are clobbers, loaded
/// and read back through the low operands.
#[inline(always)]
fn v6_blocks(
    mut wp: *const u8,
    wend: *const u8,
    xp: *const u8,
) -> ([i32; ROWS_PER_GROUP], *const u8) {
    let (a0, a1, a2, a3): (i32, i32, i32, i32);
    // SAFETY: the caller checked that `wend > wp`, that `[wp, wend)` (16
    // bytes per block) lies within the weight group and that the matching
    // 4 bytes per block from `xp` lie within a live slice; the loop reads
    // only those, writes only registers, and uses no stack.
    unsafe {
        asm!(
            "mov r12, {o4}",
            "mov lr, {o8}",
            "movs {w}, #0",
            "mov r8, {w}",
            "mov r9, {w}",
            "mov r10, {w}",
            "mov r11, {w}",
            "movs {o4}, #4",
            "movs {o8}, #8",
            "movs {o12}, #12",
            "2:",
            v6_column!("0", "1"),
            v6_column!("1", "1"),
            v6_column!("2", "1"),
            v6_column!("3", "13"),
            "add r12, {o4}",
            "cmp {wp}, lr",
            "bne 2b",
            "mov {o4}, r8",
            "mov {o8}, r9",
            "mov {o12}, r10",
            "mov {x}, r11",
            wp = inout(reg) wp,
            o4 = inout(reg) xp => a0,
            o8 = inout(reg) wend => a1,
            o12 = out(reg) a2,
            x = out(reg) a3,
            w = out(reg) _,
            out("r8") _,
            out("r9") _,
            out("r10") _,
            out("r11") _,
            out("r12") _,
            out("lr") _,
            options(nostack, readonly),
        );
    }
    ([a0, a1, a2, a3], wp)
}

/// The four dot products of one weight group (four rows, blocked layout)
/// with the input bytes; a last partial block of inputs runs from a
/// zero-padded copy.
#[inline(always)]
pub(crate) fn dot_group(group: &[u8], input: &[u8]) -> [i32; ROWS_PER_GROUP] {
    let mut sums = [0i32; ROWS_PER_GROUP];
    let blocks = (input.len() / COLUMNS_PER_BLOCK).min(group.len() / BLOCK_BYTES);
    let mut wp = group.as_ptr();
    // Reads: `blocks * 16 <= group.len()` weight bytes, `blocks * 4 <=
    // input.len()` input bytes.
    if blocks > 0 {
        (sums, wp) = v6_blocks(wp, wp.wrapping_add(blocks * BLOCK_BYTES), input.as_ptr());
    }
    if !input.len().is_multiple_of(COLUMNS_PER_BLOCK) && group.len() >= (blocks + 1) * BLOCK_BYTES {
        let tail = tail_block(input);
        let (last, _) = v6_blocks(wp, wp.wrapping_add(BLOCK_BYTES), tail.as_ptr());
        for (sum, last) in sums.iter_mut().zip(last) {
            *sum += last;
        }
    }
    sums
}
