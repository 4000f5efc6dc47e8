//! Cortex-M4/M7/M33: the inner loop of a depthwise convolution, four
//! channels over one output position's taps, the sums held in registers.
//!
//! Per tap ([`position_sums`], a naked function that owns every register): one
//! `LDRD` fetches the tap's weight and pixel offsets from the [`Taps`] list,
//! two `LDR` the four channels' weights and values, four `SXTB16`/`SXTAB16`
//! widen them to 16-bit halves (the input's zero point subtracted by
//! `SXTAB16`), and `SMLABB`/`SMLATT` add one product to each channel's sum:
//! 13 instructions for 4 multiply-accumulates. Taps in the padding are not
//! in the list, so they add nothing, as TFLite's reference kernel skips them.
//!
//! The assembly reads only offsets that [`Taps::push`] checked against the
//! lengths of the slices [`position_sums`] is then given.
#![allow(unsafe_code)]

/// Most taps of one position: a 5x5 window (a larger one runs the portable
/// loop).
pub(crate) const MAX_TAPS: usize = 25;

/// One output position's taps on the image, as byte offsets of their
/// weights and of their pixel, each checked to leave room for every channel.
pub(crate) struct Taps {
    offsets: [[u32; 2]; MAX_TAPS],
    len: usize,
    /// Channels per pixel: a multiple of 4.
    depth: usize,
    /// The lengths the offsets were checked against.
    weights_len: usize,
    values_len: usize,
}

impl Taps {
    /// No taps yet, for `depth` channels (a multiple of 4) over
    /// `weights_len` bytes of filters and `values_len` of input.
    pub(crate) const fn new(depth: usize, weights_len: usize, values_len: usize) -> Taps {
        Taps {
            offsets: [[0; 2]; MAX_TAPS],
            len: 0,
            depth: depth & !3,
            weights_len,
            values_len,
        }
    }

    /// Forgets the taps, for the next position.
    pub(crate) fn clear(&mut self) {
        self.len = 0;
    }

    /// Adds the tap whose `depth` weights start at byte `weights` and whose
    /// pixel's `depth` values start at `values`; `false` (nothing added) if
    /// either run leaves its slice, an offset does not fit 32 bits or the
    /// list is full.
    pub(crate) fn push(&mut self, weights: usize, values: usize) -> bool {
        let fits = |at: usize, len: usize| at.checked_add(self.depth).is_some_and(|end| end <= len);
        let (Ok(w), Ok(v)) = (u32::try_from(weights), u32::try_from(values)) else {
            return false;
        };
        let Some(slot) = self.offsets.get_mut(self.len) else {
            return false;
        };
        if !fits(weights, self.weights_len) || !fits(values, self.values_len) {
            return false;
        }
        *slot = [w, v];
        self.len += 1;
        true
    }
}

/// Every channel's sum over the taps, `sums[c] = sum(w * (x - zero_point))`
/// for the first `4 * (sums.len() / 4)` channels (at most the depth),
/// four at a time; `false` (the sums untouched) unless `weights` and
/// `values` are at least as long as the slices `taps` was made for and
/// there are taps and sums.
#[inline(always)]
#[must_use]
pub(crate) fn position_sums(
    taps: &Taps,
    (weights, values): (&[u8], &[u8]),
    zero_point: i8,
    sums: &mut [i32],
) -> bool {
    let channels = (sums.len() & !3).min(taps.depth);
    let (Some(listed), Some(sums)) = (taps.offsets.get(..taps.len), sums.get_mut(..channels))
    else {
        return false;
    };
    if weights.len() < taps.weights_len
        || values.len() < taps.values_len
        || listed.is_empty()
        || sums.is_empty()
    {
        return false;
    }
    // Both halves `-zero_point`: `SXTAB16` adds it to each widened byte.
    let minus = u32::from((-i16::from(zero_point)) as u16);
    let call = Call {
        taps: listed.as_ptr(),
        end: listed.as_ptr_range().end,
        weights: weights.as_ptr(),
        values: values.as_ptr(),
        minus_zero_points: minus | minus << 16,
        sums: sums.as_mut_ptr(),
        sums_end: sums.as_mut_ptr_range().end,
    };
    // SAFETY: at least one tap; each offset plus `taps.depth` is within
    // `taps.weights_len <= weights.len()` (or `values`), and the groups read
    // are the first `channels / 4 <= taps.depth / 4`, so every word read
    // lies in its slice (`LDR` takes any alignment on ARMv7-M); the sums
    // written are `sums`, a non-empty multiple of four.
    unsafe { position_sums_asm(&call) };
    true
}

/// [`position_sums_asm`]'s arguments.
#[repr(C)]
struct Call {
    taps: *const [u32; 2],
    end: *const [u32; 2],
    weights: *const u8,
    values: *const u8,
    minus_zero_points: u32,
    sums: *mut i32,
    sums_end: *mut i32,
}

/// For each group of four sums from `call.sums` to `call.sums_end` (at least
/// one group), the four channels' products over every `[w, v]` from
/// `call.taps` to `call.end` (at least one): the weights at `call.weights +
/// w` times the values at `call.values + v` less the zero point; the
/// weights and values then move on four bytes for the next group.
///
/// Registers: r0 the taps, r1 their end, r2 the weights, r3 the values, r4
/// `-zero_point` in both halves, r5-r8 the sums of channels 0, 1, 2, 3,
/// r9/r10 a tap's offsets then its weight and value words, r11/r12 their
/// even bytes widened, lr the next sums; the stack keeps `call`.
///
/// # Safety
/// `call.taps..call.end` must be a non-empty run of readable, 8-byte
/// aligned entries, each offset's four bytes readable for every group, and
/// `call.sums..call.sums_end` a non-empty, word-aligned and writable run
/// of whole groups.
#[unsafe(naked)]
unsafe extern "C" fn position_sums_asm(call: *const Call) {
    core::arch::naked_asm!(
        "push {{r4-r11, lr}}",
        "push {{r0}}",
        "ldrd r1, r2, [r0, #4]",
        "ldrd r3, r4, [r0, #12]",
        "ldr lr, [r0, #20]",
        "1:",
        "ldr r0, [sp]",
        "ldr r0, [r0]",
        "mov r5, #0",
        "mov r6, #0",
        "mov r7, #0",
        "mov r8, #0",
        "2:",
        "ldrd r9, r10, [r0], #8",
        "ldr r9, [r2, r9]",
        "ldr r10, [r3, r10]",
        "sxtb16 r11, r9",
        "sxtb16 r9, r9, ror #8",
        "sxtab16 r12, r4, r10",
        "sxtab16 r10, r4, r10, ror #8",
        "smlabb r5, r11, r12, r5",
        "smlatt r7, r11, r12, r7",
        "smlabb r6, r9, r10, r6",
        "smlatt r8, r9, r10, r8",
        "cmp r0, r1",
        "bne 2b",
        "stm lr!, {{r5-r8}}",
        "add r2, r2, #4",
        "add r3, r3, #4",
        "ldr r9, [sp]",
        "ldr r9, [r9, #24]",
        "cmp lr, r9",
        "bne 1b",
        "add sp, sp, #4",
        "pop {{r4-r11, pc}}",
    );
}
