//! The one module of `stitch-core` allowed `unsafe`: a byte view of int8
//! activations, and on Arm the dense kernel's inner loops in inline assembly.
//!
//! Every layer reads its input as bytes `x = q + 128` (0..=255); the kernels
//! take one group of weights (four rows, [`crate::format::weight_index`]) and
//! the input bytes as slices and return the four dot products. The `asm!`
//! loops read only within those slices (checked right before each loop),
//! write only their register operands, and touch no stack.
#![allow(unsafe_code)]

#[cfg(any(stitch_dsp, stitch_thumbv6))]
use core::arch::asm;

#[cfg(any(stitch_dsp, stitch_thumbv6))]
use crate::format::{COLUMNS_PER_BLOCK, ROWS_PER_GROUP};

/// The bytes of int8 values (the engine stores hidden activations as
/// `q ^ 0x80`, which read as `u8` is `q + 128`).
#[inline(always)]
pub(crate) fn bytes_of(values: &[i8]) -> &[u8] {
    // SAFETY: `i8` and `u8` have the same size, alignment and validity (every
    // bit pattern), so the same memory read as `u8` for the same lifetime is
    // a valid shared slice.
    unsafe { core::slice::from_raw_parts(values.as_ptr().cast::<u8>(), values.len()) }
}

/// Bytes of weights per block: one word of four columns per row.
#[cfg(any(stitch_dsp, stitch_thumbv6))]
const BLOCK_BYTES: usize = ROWS_PER_GROUP * COLUMNS_PER_BLOCK;

/// The input's last `len % 4` bytes, zero-padded to a block: the weights'
/// padding columns are zero, so the extra products vanish.
#[cfg(any(stitch_dsp, stitch_thumbv6))]
#[inline(always)]
fn tail_block(input: &[u8]) -> [u8; COLUMNS_PER_BLOCK] {
    // Built as a word, not copied: a copy would call `memcpy`.
    let rest = input.chunks_exact(COLUMNS_PER_BLOCK).remainder();
    let mut word = 0u32;
    for (byte, &x) in rest.iter().enumerate() {
        word |= u32::from(x) << (8 * byte);
    }
    word.to_le_bytes()
}

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
#[cfg(stitch_dsp)]
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
#[cfg(stitch_dsp)]
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
#[cfg(stitch_dsp)]
macro_rules! any_block {
    () => {
        dsp_block!(
            "ldr {w0}, [{wp}], #4\nldr {w1}, [{wp}], #4\n",
            "ldr {w0}, [{wp}], #4\nldr {w1}, [{wp}], #4\n"
        )
    };
}

/// Runs `$body` while `$xp != $xend`, accumulating into `$sums`.
#[cfg(stitch_dsp)]
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
#[cfg(stitch_dsp)]
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
#[cfg(stitch_thumbv6)]
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
#[cfg(stitch_thumbv6)]
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
#[cfg(stitch_thumbv6)]
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
