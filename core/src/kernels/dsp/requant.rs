//! A graph layer's outputs on the Cortex-M4 when every channel takes the
//! common path with double rounding and every accumulator is within
//! +-2^30 (checked once per layer, [`FastStore::new`]): per output four
//! loads, the correction and bias, `SMMULR` of the doubled sum, the
//! rounding right shift, the zero point, `SSAT` (the clamp, when it is the
//! whole int8 range) and the store, 17 instructions ([`store_asm`]) where
//! the compiled epilogue takes 27.

use crate::format::Rounding;

/// One layer's per-channel data and output, for [`store_fast`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct FastStore<'a> {
    biases: &'a [u8],
    multipliers: &'a [u8],
    shifts: &'a [u8],
    zero_point: i32,
    clamp: [i32; 2],
}

impl<'a> FastStore<'a> {
    /// The store of int8 outputs for channels with these little-endian
    /// `biases` and `multipliers` and `shifts` (one each per channel),
    /// rounded `rounding`, at `zero_point`, clamped to `clamp`; `None`
    /// unless the rounding is double and every channel's multiplier is
    /// non-negative and shift in `MIN_SHIFT..=-2` (then `-1 - shift` is
    /// the rounding shift, 1 to 30). The caller keeps every accumulator
    /// within +-2^30 (its sum doubled fits).
    pub(crate) fn new(
        (biases, multipliers, shifts): (&'a [u8], &'a [u8], &'a [u8]),
        rounding: Rounding,
        zero_point: i8,
        clamp: (i8, i8),
    ) -> Option<Self> {
        let common = crate::requant::common_path(multipliers, shifts);
        let lengths = biases.len() == 4 * shifts.len();
        (rounding == Rounding::Double && common && lengths).then_some(FastStore {
            biases,
            multipliers,
            shifts,
            zero_point: i32::from(zero_point),
            clamp: [
                i32::from(clamp.0),
                i32::from(clamp.1).max(i32::from(clamp.0)),
            ],
        })
    }
}

/// `out[c]` for every channel `c`: `sums[c] - correction` plus the bias,
/// requantized, at the zero point, clamped; as many as the shortest of
/// `sums`, `out` and the channels.
pub(crate) fn store_fast(store: &FastStore<'_>, sums: &[i32], correction: i32, out: &mut [u8]) {
    let len = sums.len().min(out.len()).min(store.shifts.len());
    let out_start = out.as_mut_ptr();
    let call = Call {
        sums: sums.as_ptr(),
        biases: store.biases.as_ptr(),
        multipliers: store.multipliers.as_ptr(),
        shifts: store.shifts.as_ptr(),
        out: out_start,
        end: out_start.wrapping_add(len),
        correction,
        zero_point: store.zero_point,
        clamp: store.clamp,
        whole_range: u32::from(store.clamp == [-128, 127]),
    };
    // SAFETY: `len` values of `sums` and `out`, `len` words of the biases
    // and multipliers (`4 * shifts.len()` bytes each, checked in `new`) and
    // `len` shift bytes; `LDR` takes any alignment on ARMv7-M.
    unsafe { store_asm(&call) };
}

/// [`store_asm`]'s arguments.
#[repr(C)]
struct Call {
    sums: *const i32,
    biases: *const u8,
    multipliers: *const u8,
    shifts: *const u8,
    out: *mut u8,
    end: *mut u8,
    correction: i32,
    zero_point: i32,
    clamp: [i32; 2],
    whole_range: u32,
}

/// Registers: r0 the sums, r1 the biases, r2 the multipliers, r3 the
/// shifts, r4 the output, r5 its end, r6 the correction, r7 the zero point,
/// r8/r9 the clamp, r10 the value, r11/r12/lr a bias, a shift, a multiplier.
/// Two loops: `SSAT` for a clamp to the whole int8 range, compares else.
///
/// # Safety
/// Every pointer readable (the output writable) for `call.end - call.out`
/// values.
/// One output's value before its clamp, in r10: the next sum less the
/// correction plus the next bias, doubled, `SMMULR` by the next multiplier,
/// shifted right by `-1 - shift` rounding half away from zero, plus the
/// zero point (both of [`store_asm`]'s loops).
macro_rules! requantized {
    () => {
        concat!(
            "ldr r10, [r0], #4\n",
            "ldr r11, [r1], #4\n",
            "ldr lr, [r2], #4\n",
            "ldrsb r12, [r3], #1\n",
            "sub r10, r10, r6\n",
            "add r10, r10, r11\n",
            "lsl r10, r10, #1\n",
            "smmulr r10, r10, lr\n",
            "mvn r12, r12\n",
            "add r10, r10, r10, asr #31\n",
            "asr r10, r10, r12\n",
            "add r10, r10, #1\n",
            "add r10, r7, r10, asr #1",
        )
    };
}

#[unsafe(naked)]
unsafe extern "C" fn store_asm(call: *const Call) {
    core::arch::naked_asm!(
        "push {{r4-r11, lr}}",
        "ldr r10, [r0, #40]",
        "ldm r0, {{r0-r9}}",
        "cmp r4, r5",
        "beq 9f",
        "cmp r10, #0",
        "beq 2f",
        "1:",
        requantized!(),
        "ssat r10, #8, r10",
        "strb r10, [r4], #1",
        "cmp r4, r5",
        "bne 1b",
        "b 9f",
        "2:",
        requantized!(),
        "cmp r10, r8",
        "it lt",
        "movlt r10, r8",
        "cmp r10, r9",
        "it gt",
        "movgt r10, r9",
        "strb r10, [r4], #1",
        "cmp r4, r5",
        "bne 2b",
        "9:",
        "pop {{r4-r11, pc}}",
    )
}
