//! The Cortex-M4/M7/M33 dense kernel: `SXTB16` and `SMLAD` through inline
//! assembly, two multiply-accumulates per `SMLAD`.
//!
//! This is the only module of `stitch-core` allowed `unsafe`. Each `asm!`
//! block reads exactly `blocks * 16` weight bytes and `blocks * 4` input bytes
//! from slices whose lengths are checked right before it, writes only its
//! register operands, and touches no stack.
//!
//! Per block of four inputs and four rows (16 multiply-accumulates) the loop
//! runs 21 instructions, plus a compare and branch per four blocks: one `LDR`
//! and two `UXTB16`/`SXTB16` unpack the inputs into even and odd 16-bit
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
    ($unpack:literal) => {
        concat!(
            "ldr {xe}, [{xp}], #4\n",
            $unpack,
            " {xo}, {xe}, ror #8\n",
            $unpack,
            " {xe}, {xe}\n",
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

/// Generates one kernel per input type: `$unpack` widens input bytes
/// (`uxtb16` for pixels, `sxtb16` for int8 activations).
macro_rules! dot_blocks {
    ($name:ident, $input:ty, $unpack:literal) => {
        /// Adds the full four-input blocks of one weight group to `sums`;
        /// returns how many inputs it consumed (a multiple of 4), or 0 when
        /// the weights are not word-aligned and the caller must do the work.
        #[inline(always)]
        pub(crate) fn $name(sums: &mut [i32; ROWS_PER_GROUP], group: &[u8], input: &[$input]) -> usize {
            // The loop does UNROLL blocks per iteration; the caller's portable
            // code finishes any remainder.
            let blocks = input.len() / (COLUMNS_PER_BLOCK * UNROLL) * UNROLL;
            // LDRD faults on unaligned addresses; the firmware aligns the
            // model, and anything else takes the portable path.
            if blocks == 0 || group.len() < blocks * BLOCK_BYTES || group.as_ptr() as usize % 4 != 0 {
                return 0;
            }
            let [mut a0, mut a1, mut a2, mut a3] = *sums;
            // SAFETY: the loop reads `blocks * 16` bytes from `group` (checked
            // above, word-aligned for LDRD) and `blocks * 4` bytes from
            // `input` (`blocks` is at most `input.len() / 4`; LDR allows
            // unaligned addresses on ARMv7-M). It writes only its register
            // operands and runs at least once because `blocks > 0`.
            unsafe {
                asm!(
                    "2:",
                    block!($unpack),
                    block!($unpack),
                    block!($unpack),
                    block!($unpack),
                    "cmp {xp}, {xend}",
                    "bne 2b",
                    wp = inout(reg) group.as_ptr() => _,
                    xp = inout(reg) input.as_ptr() => _,
                    xend = in(reg) input.as_ptr().wrapping_add(blocks * COLUMNS_PER_BLOCK),
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
            *sums = [a0, a1, a2, a3];
            blocks * COLUMNS_PER_BLOCK
        }
    };
}

dot_blocks!(dot_blocks_u8, u8, "uxtb16");
dot_blocks!(dot_blocks_i8, i8, "sxtb16");
