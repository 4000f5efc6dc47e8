//! Cortex-M4/M7/M33 (ARMv7E-M, ARMv8-M Mainline with DSP): a dense layer
//! with `UXTB16` and `SMLAD`, two multiply-accumulates per `SMLAD`.
//!
//! The input is unpacked once per layer, a chunk of [`CHUNK`] values at a
//! time, into [`Scratch`]: for every four bytes `x0 x1 x2 x3`, the words
//! `(x0, x2)` and `(x1, x3)` as 16-bit halves, the operands `SMLAD` takes.
//! Then every group of four weight rows runs over the chunk ([`accumulate`],
//! a naked function that owns every register): per block of four inputs and
//! four rows (16 multiply-accumulates), one `LDRD` fetches the unpacked
//! inputs, two `LDRD` the rows' four weight words, eight `UXTB16` unpack the
//! weights and eight `SMLAD` add two products each: 19 instructions, 1.19 per
//! MAC, plus a compare and branch per four blocks. The sums carry over from
//! chunk to chunk in [`Scratch`]. Weights are offset binary (`w + 128`), so
//! the layer's sums are corrected by `128 * sum(inputs)`, which the unpacking
//! adds up with `USADA8`.
//!
//! The assembly reads only within the slices it is given (checked before
//! each call), and writes only the scratch words it is given.
#![allow(unsafe_code)]

use core::arch::asm;

mod add;
mod pair;
mod requant;

pub(crate) use add::{add_tabled, TabledOutput};
pub(super) use pair::dense_pair;
pub(crate) use requant::{store_fast, FastStore};

use crate::format::{Layer, COLUMNS_PER_BLOCK, ROWS_PER_GROUP, WEIGHT_OFFSET};

/// Inputs unpacked at a time.
pub const CHUNK: usize = 128;
/// Bytes of weights per block: one word of four columns per row.
const BLOCK_BYTES: usize = ROWS_PER_GROUP * COLUMNS_PER_BLOCK;

/// The memory the Cortex-M4 kernel works in, besides the activation buffers.
#[derive(Debug, Clone)]
#[repr(C)]
pub struct Scratch<const MAX_WIDTH: usize> {
    /// One chunk of the input, unpacked: two words per block of four.
    unpacked: [u32; CHUNK / 2],
    /// Each output's sum so far, and room for the padding rows of a last
    /// group (the assembly stores four sums per group).
    partials: Partials<MAX_WIDTH>,
}

/// One sum per output, then three more for a last group's padding rows.
#[derive(Debug, Clone)]
#[repr(C)]
struct Partials<const MAX_WIDTH: usize> {
    sums: [i32; MAX_WIDTH],
    padding: [i32; ROWS_PER_GROUP - 1],
}

impl<const MAX_WIDTH: usize> Scratch<MAX_WIDTH> {
    pub(crate) const fn new() -> Self {
        Scratch {
            unpacked: [0; CHUNK / 2],
            partials: Partials {
                sums: [0; MAX_WIDTH],
                padding: [0; ROWS_PER_GROUP - 1],
            },
        }
    }

    /// The scratch without its capacity in the type, for an engine `width`
    /// wide (`MAX_WIDTH`, which the caller hides from the optimizer: the
    /// kernel then compiles the same for every capacity, and its instruction
    /// count depends on the model alone, as `crate::cost` predicts).
    pub(crate) fn view(&mut self, width: usize) -> ScratchMut<'_> {
        let partials = &mut self.partials;
        // SAFETY: `Partials` is `repr(C)`: two arrays of `i32`, no padding
        // between them, `MAX_WIDTH + ROWS_PER_GROUP - 1` values in a row,
        // borrowed mutably for the slice's lifetime.
        let partials = unsafe {
            core::slice::from_raw_parts_mut(
                core::ptr::from_mut(partials).cast::<i32>(),
                MAX_WIDTH + ROWS_PER_GROUP - 1,
            )
        };
        let partials = partials
            .get_mut(..width.saturating_add(ROWS_PER_GROUP - 1))
            .unwrap_or(&mut []);
        ScratchMut {
            unpacked: &mut self.unpacked,
            partials,
        }
    }
}

/// A [`Scratch`] of any capacity, borrowed.
pub(crate) struct ScratchMut<'s> {
    unpacked: &'s mut [u32; CHUNK / 2],
    /// The sums, then the padding rows' (`Partials` as one slice).
    partials: &'s mut [i32],
}

impl<'s> ScratchMut<'s> {
    /// The scratch in caller-owned `words` (a graph model's arena): the
    /// unpacked chunk, then the partial sums for `words.len() - CHUNK / 2 - 3`
    /// outputs; `None` if they are fewer than the unpacked chunk's.
    pub(crate) fn from_words(words: &'s mut [u32]) -> Option<Self> {
        let (unpacked, partials) = words.split_first_chunk_mut::<{ CHUNK / 2 }>()?;
        Some(ScratchMut {
            unpacked,
            partials: bytemuck::cast_slice_mut(partials),
        })
    }
}

/// What [`accumulate`] runs over: one chunk of the input, every group.
#[repr(C)]
struct Plan {
    /// Blocks of four inputs in the chunk.
    blocks: usize,
    /// Groups of four rows.
    groups: usize,
    /// Bytes from the end of one group's part for this chunk to the start of
    /// the next group's part.
    skip: usize,
}

/// Adds, for every group of four rows, the dot products of the group's
/// `plan.blocks` weight blocks at `weights` (then `plan.skip` bytes further
/// for the next group) with the unpacked inputs, to the group's four
/// `partials` (four per group, in order).
///
/// Registers: r0 the weights, r1 the inputs, r2 the end of the blocks run
/// four at a time, r3 the end of all blocks, r4-r7 the four sums, r8/r9 two
/// weight words, r10/r11 the input pair, r12 a temporary, lr the partials;
/// the stack holds the chunk's start, `skip` and the groups left.
///
/// # Safety
/// `weights` must be word-aligned and readable for `plan.groups` parts of
/// `16 * plan.blocks` bytes `plan.skip` apart; `unpacked` word-aligned and
/// readable for `2 * plan.blocks` words; `partials` word-aligned, readable
/// and writable for `4 * plan.groups` i32.
#[unsafe(naked)]
unsafe extern "C" fn accumulate(
    weights: *const u8,
    unpacked: *const u32,
    partials: *mut i32,
    plan: *const Plan,
) {
    core::arch::naked_asm!(
        "push {{r4-r11, lr}}",
        "ldm r3, {{r4-r6}}",
        "cmp r5, #0",
        "beq 9f",
        "sub sp, #12",
        "str r1, [sp, #0]",
        "str r6, [sp, #4]",
        "str r5, [sp, #8]",
        "mov lr, r2",
        "add r3, r1, r4, lsl #3",
        "bic r4, r4, #3",
        "add r2, r1, r4, lsl #3",
        "1:",
        "ldr r1, [sp, #0]",
        "ldm lr, {{r4-r7}}",
        "cmp r1, r2",
        "beq 3f",
        "2:",
        "ldrd r10, r11, [r1], #8",
        "ldrd r8, r9, [r0], #8",
        "uxtb16 r12, r8, ror #8",
        "uxtb16 r8, r8",
        "smlad r4, r8, r10, r4",
        "smlad r4, r12, r11, r4",
        "uxtb16 r12, r9, ror #8",
        "uxtb16 r9, r9",
        "smlad r5, r9, r10, r5",
        "smlad r5, r12, r11, r5",
        "ldrd r8, r9, [r0], #8",
        "uxtb16 r12, r8, ror #8",
        "uxtb16 r8, r8",
        "smlad r6, r8, r10, r6",
        "smlad r6, r12, r11, r6",
        "uxtb16 r12, r9, ror #8",
        "uxtb16 r9, r9",
        "smlad r7, r9, r10, r7",
        "smlad r7, r12, r11, r7",
        "ldrd r10, r11, [r1], #8",
        "ldrd r8, r9, [r0], #8",
        "uxtb16 r12, r8, ror #8",
        "uxtb16 r8, r8",
        "smlad r4, r8, r10, r4",
        "smlad r4, r12, r11, r4",
        "uxtb16 r12, r9, ror #8",
        "uxtb16 r9, r9",
        "smlad r5, r9, r10, r5",
        "smlad r5, r12, r11, r5",
        "ldrd r8, r9, [r0], #8",
        "uxtb16 r12, r8, ror #8",
        "uxtb16 r8, r8",
        "smlad r6, r8, r10, r6",
        "smlad r6, r12, r11, r6",
        "uxtb16 r12, r9, ror #8",
        "uxtb16 r9, r9",
        "smlad r7, r9, r10, r7",
        "smlad r7, r12, r11, r7",
        "ldrd r10, r11, [r1], #8",
        "ldrd r8, r9, [r0], #8",
        "uxtb16 r12, r8, ror #8",
        "uxtb16 r8, r8",
        "smlad r4, r8, r10, r4",
        "smlad r4, r12, r11, r4",
        "uxtb16 r12, r9, ror #8",
        "uxtb16 r9, r9",
        "smlad r5, r9, r10, r5",
        "smlad r5, r12, r11, r5",
        "ldrd r8, r9, [r0], #8",
        "uxtb16 r12, r8, ror #8",
        "uxtb16 r8, r8",
        "smlad r6, r8, r10, r6",
        "smlad r6, r12, r11, r6",
        "uxtb16 r12, r9, ror #8",
        "uxtb16 r9, r9",
        "smlad r7, r9, r10, r7",
        "smlad r7, r12, r11, r7",
        "ldrd r10, r11, [r1], #8",
        "ldrd r8, r9, [r0], #8",
        "uxtb16 r12, r8, ror #8",
        "uxtb16 r8, r8",
        "smlad r4, r8, r10, r4",
        "smlad r4, r12, r11, r4",
        "uxtb16 r12, r9, ror #8",
        "uxtb16 r9, r9",
        "smlad r5, r9, r10, r5",
        "smlad r5, r12, r11, r5",
        "ldrd r8, r9, [r0], #8",
        "uxtb16 r12, r8, ror #8",
        "uxtb16 r8, r8",
        "smlad r6, r8, r10, r6",
        "smlad r6, r12, r11, r6",
        "uxtb16 r12, r9, ror #8",
        "uxtb16 r9, r9",
        "smlad r7, r9, r10, r7",
        "smlad r7, r12, r11, r7",
        "cmp r1, r2",
        "bne 2b",
        "3:",
        "cmp r1, r3",
        "beq 5f",
        "4:",
        "ldrd r10, r11, [r1], #8",
        "ldrd r8, r9, [r0], #8",
        "uxtb16 r12, r8, ror #8",
        "uxtb16 r8, r8",
        "smlad r4, r8, r10, r4",
        "smlad r4, r12, r11, r4",
        "uxtb16 r12, r9, ror #8",
        "uxtb16 r9, r9",
        "smlad r5, r9, r10, r5",
        "smlad r5, r12, r11, r5",
        "ldrd r8, r9, [r0], #8",
        "uxtb16 r12, r8, ror #8",
        "uxtb16 r8, r8",
        "smlad r6, r8, r10, r6",
        "smlad r6, r12, r11, r6",
        "uxtb16 r12, r9, ror #8",
        "uxtb16 r9, r9",
        "smlad r7, r9, r10, r7",
        "smlad r7, r12, r11, r7",
        "cmp r1, r3",
        "bne 4b",
        "5:",
        "stmia lr!, {{r4-r7}}",
        "ldr r12, [sp, #4]",
        "add r0, r12",
        "ldr r12, [sp, #8]",
        "subs r12, #1",
        "str r12, [sp, #8]",
        "bne 1b",
        "add sp, #12",
        "9:",
        "pop {{r4-r11, pc}}",
    )
}

/// Zeroes `groups` groups of four words from `sums`: a loop of `STM` (the
/// compiler would call `memset`, 174 bytes more code).
///
/// # Safety
/// `sums` word-aligned and writable for `4 * groups` words; `groups >= 1`.
#[inline(always)]
unsafe fn zero_groups(sums: *mut i32, groups: usize) {
    // SAFETY: as the caller promised.
    unsafe {
        asm!(
            "2:",
            "stmia {p}!, {{r0-r3}}",
            "subs {n}, #1",
            "bne 2b",
            p = inout(reg) sums => _,
            n = inout(reg) groups => _,
            in("r0") 0u32,
            in("r1") 0u32,
            in("r2") 0u32,
            in("r3") 0u32,
            options(nostack),
        );
    }
}

/// `t - 1` for a negative `t`, else `t`, in the one instruction it takes: as
/// plain Rust the compiler fuses it into a second high multiply instead.
#[inline(always)]
pub(crate) fn minus_if_negative(t: i32) -> i32 {
    let u: i32;
    // SAFETY: arithmetic on one register.
    unsafe {
        asm!("add {u}, {t}, {t}, asr #31", t = in(reg) t, u = lateout(reg) u, options(pure, nomem, nostack));
    }
    u
}

/// Unpacks `input` into `unpacked`, the two words of block `k` at word
/// `STRIDE * k` (2: one input's blocks in a row; 4: two inputs' blocks
/// interleaved, the second's unpacked from word 2); returns the number of
/// blocks (a last partial block zero-padded) and the inputs' sum. Blocks
/// that do not fit are left out.
#[inline(always)]
fn unpack<const STRIDE: usize>(input: &[u8], unpacked: &mut [u32]) -> (usize, u32) {
    let room = (unpacked.len() + STRIDE).saturating_sub(2) / STRIDE;
    let whole = (input.len() / COLUMNS_PER_BLOCK).min(room);
    let mut sum = 0u32;
    if whole > 0 {
        let mut xp = input.as_ptr();
        let mut up = unpacked.as_mut_ptr();
        // Two words per iteration, then the odd one.
        let xend = xp.wrapping_add(whole / 2 * 2 * COLUMNS_PER_BLOCK);
        // SAFETY: reads `whole * 4 <= input.len()` bytes of `input` (LDR allows
        // any alignment on ARMv7-M) and writes two words at `STRIDE * k` for
        // each `k < whole <= room`, the last ending at `STRIDE * (whole - 1)
        // + 2 <= unpacked.len()`, which is word-aligned; nothing else.
        unsafe {
            asm!(
                "cmp {xp}, {xend}",
                "beq 3f",
                "2:",
                "ldr {x}, [{xp}], #4",
                "usada8 {sum}, {x}, {zero}, {sum}",
                "uxtb16 {o}, {x}, ror #8",
                "uxtb16 {x}, {x}",
                "strd {x}, {o}, [{up}], #{stride}",
                "ldr {x}, [{xp}], #4",
                "usada8 {sum}, {x}, {zero}, {sum}",
                "uxtb16 {o}, {x}, ror #8",
                "uxtb16 {x}, {x}",
                "strd {x}, {o}, [{up}], #{stride}",
                "cmp {xp}, {xend}",
                "bne 2b",
                "3:",
                "cmp {odd}, #0",
                "beq 4f",
                "ldr {x}, [{xp}], #4",
                "usada8 {sum}, {x}, {zero}, {sum}",
                "uxtb16 {o}, {x}, ror #8",
                "uxtb16 {x}, {x}",
                "strd {x}, {o}, [{up}], #{stride}",
                "4:",
                stride = const 4 * STRIDE,
                xp = inout(reg) xp,
                up = inout(reg) up,
                xend = in(reg) xend,
                odd = in(reg) whole % 2,
                sum = inout(reg) sum,
                zero = in(reg) 0u32,
                x = out(reg) _,
                o = out(reg) _,
                options(nostack),
            );
        }
        let _ = (xp, up);
    }
    let tail = input.get(whole * COLUMNS_PER_BLOCK..).unwrap_or(&[]);
    if tail.is_empty() {
        return (whole, sum);
    }
    let mut x = [0u32; COLUMNS_PER_BLOCK];
    for (x, &byte) in x.iter_mut().zip(tail) {
        *x = u32::from(byte);
        sum += *x;
    }
    if let Some([even, odd]) = unpacked.get_mut(STRIDE * whole..STRIDE * whole + 2) {
        *even = x[0] | x[2] << 16;
        *odd = x[1] | x[3] << 16;
    }
    (whole + 1, sum)
}

/// One dense layer: every output's sum, chunk by chunk, into the scratch's
/// partial sums, then the epilogue.
#[inline(never)]
pub(super) fn dense<const WIDE: bool>(
    layer: &Layer<'_>,
    input: &[u8],
    output: &mut [u8],
    last: bool,
    scratch: &mut ScratchMut<'_>,
) {
    with_sums(layer, input, scratch, |partials, correction| {
        super::store_all::<WIDE>(layer, last, output, partials, correction);
    });
}

/// [`dense`] for a graph layer whose outputs `store` stores (its one
/// check made for the layer, [`FastStore::new`]).
#[inline(never)]
pub(super) fn dense_fast(
    layer: &Layer<'_>,
    input: &[u8],
    output: &mut [u8],
    scratch: &mut ScratchMut<'_>,
    store: &FastStore<'_>,
) {
    with_sums(layer, input, scratch, |partials, correction| {
        requant::store_fast(store, partials, correction, output);
    });
}

/// Every output's dot product with `input` into the scratch's partial
/// sums, then `store` of them and the correction they carry (`128 *
/// sum(input)`); nothing for weights the kernel cannot read (unaligned) or
/// too many outputs.
#[inline(always)]
fn with_sums(
    layer: &Layer<'_>,
    input: &[u8],
    scratch: &mut ScratchMut<'_>,
    store: impl FnOnce(&[i32], i32),
) {
    let group_len = layer.group_len().get();
    let weights = layer.channels.weights;
    let groups = weights.len() / group_len;
    // `LDRD` faults on unaligned weights (`Model::from_bytes` refuses them on
    // this target), and the partial sums must hold every group's four.
    let aligned = (weights.as_ptr() as usize).is_multiple_of(4);
    if !aligned || groups * ROWS_PER_GROUP > scratch.partials.len() {
        return;
    }
    let partials = scratch.partials.as_mut_ptr();
    // The sums start at zero: four per group, padding rows too.
    // SAFETY: `4 * groups` words at `partials`, which holds them (checked
    // above) and is word-aligned; `groups >= 1` (the weights hold a group).
    unsafe { zero_groups(partials, groups) };
    let mut sum_x = 0u32;
    let mut start = weights.as_ptr();
    for values in input.chunks(CHUNK) {
        let (blocks, sum) = unpack::<2>(values, scratch.unpacked);
        sum_x += sum;
        let plan = Plan {
            blocks,
            groups,
            skip: group_len - blocks * BLOCK_BYTES,
        };
        // SAFETY: each group is `group_len` bytes of `weights` (word-aligned,
        // checked), of which this chunk's part, `16 * blocks` bytes, starts
        // `start - weights` bytes in and lies within the group (the input has
        // `in_len` values, `group_len = 16 * round4(in_len) / 4`); `blocks`
        // unpacked pairs were just written; `partials` holds `4 * groups`
        // i32 (checked above).
        unsafe { accumulate(start, scratch.unpacked.as_ptr(), partials, &plan) };
        start = start.wrapping_add(blocks * BLOCK_BYTES);
    }
    // Every stored weight is `w + 128`: the sums hold `128 * sum(x)` too much.
    let correction = (sum_x as i32).wrapping_mul(i32::from(WEIGHT_OFFSET));
    store(scratch.partials, correction);
}
