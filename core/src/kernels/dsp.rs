//! Cortex-M4/M7/M33 (ARMv7E-M, ARMv8-M Mainline with DSP): the dot products
//! of one weight group with `SXTB16` and `SMLAD`, two multiply-accumulates
//! per `SMLAD`, in inline assembly.
//!
//! The `asm!` loops read only within the weight group and the input slice
//! (checked right before each loop), write only their register operands,
//! and touch no stack.
#![allow(unsafe_code)]

use core::arch::asm;

use super::{tail_block, BLOCK_BYTES};
use crate::format::{COLUMNS_PER_BLOCK, ROWS_PER_GROUP};

// ---------------------------------------------------------------------------
// Cortex-M4/M7/M33: SXTB16 and SMLAD, two multiply-accumulates per SMLAD.
//
// Per block of four inputs and four rows (16 multiply-accumulates) the main
// loop runs 21 instructions, plus a compare and branch per eight blocks: one
// `LDR` and two `UXTB16` unpack the inputs into even and odd 16-bit pairs,
// two `LDRD` fetch the rows' four weight words (the file layout puts them
// side by side), eight `SXTB16` unpack the weights the same way and eight
// `SMLAD` add two products each: 1.33 instructions per MAC.
// ---------------------------------------------------------------------------

/// One block after the input word is unpacked: `$lo`/`$hi` fetch two rows'
/// weight words each.
macro_rules! dsp_block {
    ($lo:expr, $hi:expr) => {
        concat!(
            "ldr {xe}, [{xp}], #4\n",
            "uxtb16 {xo}, {xe}, ror #8\n",
            "uxtb16 {xe}, {xe}\n",
            $lo,
            "sxtb16 {t}, {w0}, ror #8\n",
            "sxtb16 {w0}, {w0}\n",
            "smlad {a0}, {w0}, {xe}, {a0}\n",
            "smlad {a0}, {t}, {xo}, {a0}\n",
            "sxtb16 {t}, {w1}, ror #8\n",
            "sxtb16 {w1}, {w1}\n",
            "smlad {a1}, {w1}, {xe}, {a1}\n",
            "smlad {a1}, {t}, {xo}, {a1}\n",
            $hi,
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

/// A block whose weights are word-aligned: two `LDRD`.
macro_rules! aligned_block {
    () => {
        dsp_block!(
            "ldrd {w0}, {w1}, [{wp}], #8\n",
            "ldrd {w0}, {w1}, [{wp}], #8\n"
        )
    };
}

/// A block at any address: four `LDR` (unaligned `LDR` is fine on ARMv7-M;
/// `LDRD` would fault).
macro_rules! any_block {
    () => {
        dsp_block!(
            "ldr {w0}, [{wp}], #4\nldr {w1}, [{wp}], #4\n",
            "ldr {w0}, [{wp}], #4\nldr {w1}, [{wp}], #4\n"
        )
    };
}

/// Runs `$body` while `$xp != $xend`, accumulating into `$sums`.
macro_rules! dsp_loop {
    ($sums:ident, $wp:ident, $xp:ident, $xend:expr, $($body:expr),+) => {{
        let [mut a0, mut a1, mut a2, mut a3] = $sums;
        // SAFETY: the caller checked that the loop body runs at least once
        // and reads only `[$wp, $wp + 16 * steps)` and `[$xp, $xend)`, both
        // within live slices; only register operands are written.
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
        $sums = [a0, a1, a2, a3];
    }};
}

/// The four dot products of one weight group (four rows, blocked layout)
/// with the input bytes.
///
/// Blocks run eight at a time with `LDRD` when the weights are word-aligned
/// (the firmware aligns the model), the rest one at a time with `LDR`; a last
/// partial block of inputs runs from a zero-padded copy.
#[inline(always)]
pub(crate) fn dot_group(group: &[u8], input: &[u8]) -> [i32; ROWS_PER_GROUP] {
    /// Blocks per iteration of the main loop.
    const UNROLL: usize = 8;
    let mut sums = [0i32; ROWS_PER_GROUP];
    let blocks = (input.len() / COLUMNS_PER_BLOCK).min(group.len() / BLOCK_BYTES);
    let mut wp = group.as_ptr();
    let mut xp = input.as_ptr();
    // Reads below: `blocks * 16 <= group.len()` weight bytes and
    // `blocks * 4 <= input.len()` input bytes.
    let unrolled = if (wp as usize).is_multiple_of(4) {
        blocks / UNROLL * UNROLL
    } else {
        0
    };
    if unrolled > 0 {
        let xend = xp.wrapping_add(unrolled * COLUMNS_PER_BLOCK);
        dsp_loop!(
            sums,
            wp,
            xp,
            xend,
            aligned_block!(),
            aligned_block!(),
            aligned_block!(),
            aligned_block!(),
            aligned_block!(),
            aligned_block!(),
            aligned_block!(),
            aligned_block!()
        );
    }
    if blocks > unrolled {
        let xend = input.as_ptr().wrapping_add(blocks * COLUMNS_PER_BLOCK);
        dsp_loop!(sums, wp, xp, xend, any_block!());
    }
    // A partial last block: its four weight words are in `group` (padded to
    // whole blocks), its inputs come from a zero-padded copy.
    if !input.len().is_multiple_of(COLUMNS_PER_BLOCK) && group.len() >= (blocks + 1) * BLOCK_BYTES {
        let tail = tail_block(input);
        let mut xp = tail.as_ptr();
        let xend = xp.wrapping_add(COLUMNS_PER_BLOCK);
        dsp_loop!(sums, wp, xp, xend, any_block!());
        let _ = xp;
    }
    let _ = (wp, xp);
    sums
}
