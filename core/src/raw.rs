//! The Cortex-M4/M7/M33 dense kernel: `SXTB16` and `SMLAD` through inline
//! assembly, two multiply-accumulates per `SMLAD`.
//!
//! This is the only module of `stitch-core` allowed `unsafe`. The `asm!`
//! loops read `blocks * 16` weight bytes and `blocks * 4` input bytes from
//! ranges checked right before them, write only their register operands, and
//! touch no stack. Every layer's input bytes are `q + 128` (0..=255), so one
//! loop with `UXTB16` serves pixels and hidden activations alike.
//!
//! Per block of four inputs and four rows (16 multiply-accumulates) the loop
//! runs 21 instructions, plus a compare and branch per four blocks: one `LDR`
//! and two `UXTB16` unpack the inputs into even and odd 16-bit
//! pairs, two `LDRD` fetch the rows' four weight words (the file layout puts
//! them side by side), eight `SXTB16` unpack the weights the same way and
//! eight `SMLAD` add two products each: 1.34 instructions per MAC.
#![allow(unsafe_code)]

use core::arch::asm;

use crate::format::{COLUMNS_PER_BLOCK, ROWS_PER_GROUP};

/// Bytes of weights per block: one word per row.
const BLOCK_BYTES: usize = ROWS_PER_GROUP * COLUMNS_PER_BLOCK;

/// Blocks per loop iteration: the compare and branch are paid once for four.
const UNROLL: usize = 4;

/// One block: four inputs times four rows, 21 instructions.
macro_rules! block {
    () => {
        concat!(
            "ldr {xe}, [{xp}], #4\n",
            "uxtb16 {xo}, {xe}, ror #8\n",
            "uxtb16 {xe}, {xe}\n",
            "ldrd {w0}, {w1}, [{wp}], #8\n",
            "sxtb16 {t}, {w0}, ror #8\n",
            "sxtb16 {w0}, {w0}\n",
            "smlad {a0}, {w0}, {xe}, {a0}\n",
            "smlad {a0}, {t}, {xo}, {a0}\n",
            "sxtb16 {t}, {w1}, ror #8\n",
            "sxtb16 {w1}, {w1}\n",
            "smlad {a1}, {w1}, {xe}, {a1}\n",
            "smlad {a1}, {t}, {xo}, {a1}\n",
            "ldrd {w0}, {w1}, [{wp}], #8\n",
            "sxtb16 {t}, {w0}, ror #8\n",
            "sxtb16 {w0}, {w0}\n",
            "smlad {a2}, {w0}, {xe}, {a2}\n",
            "smlad {a2}, {t}, {xo}, {a2}\n",
            "sxtb16 {t}, {w1}, ror #8\n",
            "sxtb16 {w1}, {w1}\n",
            "smlad {a3}, {w1}, {xe}, {a3}\n",
            "smlad {a3}, {t}, {xo}, {a3}\n",
        )
    };
}

/// Runs `$body` once per step from `$xp` to `$xend` over the weights at
/// `$wp`, accumulating into the four sums.
macro_rules! dsp_loop {
    ($sums:ident, $wp:ident, $xp:ident, $xend:expr, $($body:expr),+) => {{
        let [mut a0, mut a1, mut a2, mut a3] = *$sums;
        // SAFETY: see `dot_blocks`: every read stays within the ranges it
        // checked, only register operands are written, and the loop runs at
        // least once because the caller ensured `$xend > $xp`.
        unsafe {
            asm!(
                "2:",
                $($body,)+
                "cmp {xp}, {xend}",
                "bne 2b",
                wp = inout(reg) $wp,
                xp = inout(reg) $xp,
                xend = in(reg) $xend,
                a0 = inout(reg) a0,
                a1 = inout(reg) a1,
                a2 = inout(reg) a2,
                a3 = inout(reg) a3,
                w0 = out(reg) _,
                w1 = out(reg) _,
                xe = out(reg) _,
                xo = out(reg) _,
                t = out(reg) _,
                options(nostack, readonly),
            );
        }
        *$sums = [a0, a1, a2, a3];
    }};
}

/// Adds the full four-input blocks of one weight group times the input
/// bytes at `input` (`len` of them, each `q + 128`) to `sums`; returns how
/// many inputs it consumed (a multiple of 4), or 0 when the weights are not
/// word-aligned and the caller must do the work.
#[inline(always)]
pub(crate) fn dot_blocks(
    sums: &mut [i32; ROWS_PER_GROUP],
    group: &[u8],
    input: *const u8,
    len: usize,
) -> usize {
    let blocks = len / COLUMNS_PER_BLOCK;
    // LDRD faults on unaligned addresses; the firmware aligns the model, and
    // anything else takes the portable path.
    if group.len() < blocks * BLOCK_BYTES || !(group.as_ptr() as usize).is_multiple_of(4) {
        return 0;
    }
    // The caller passes `input` and `len` from one slice, so the loops read
    // `blocks * 4 <= len` bytes from it (LDR allows unaligned addresses on
    // ARMv7-M) and `blocks * 16` bytes from `group`, checked above.
    let mut wp = group.as_ptr();
    let mut xp = input;
    let unrolled = blocks / UNROLL * UNROLL;
    if unrolled > 0 {
        let xend = input.wrapping_add(unrolled * COLUMNS_PER_BLOCK);
        dsp_loop!(sums, wp, xp, xend, block!(), block!(), block!(), block!());
    }
    if blocks > unrolled {
        let xend = input.wrapping_add(blocks * COLUMNS_PER_BLOCK);
        dsp_loop!(sums, wp, xp, xend, block!());
    }
    // Both loops advance the pointers; after the last one they are spent.
    let _ = (wp, xp);
    blocks * COLUMNS_PER_BLOCK
}
