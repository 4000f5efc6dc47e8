//! A graph's `ADD` on the Cortex-M4, once each input's rescaled values are
//! in tables ([`crate::conv::Add`]): per value two byte loads, two table
//! loads, the sum, the output's double-rounding rescale (`SMMULR`), the zero
//! point, the clamp and the store: 21 instructions ([`add_tabled_asm`]),
//! where the compiler's loop spills its eleven live values.

/// The output's rescaling, zero point and clamp, as [`add_tabled`] applies
/// them to each sum `s` of table values: `clamp(zp + (((2t - [t < 0]) >>
/// exponent) + 1) >> 1)`, `t = SMMULR(2 s, multiplier)`.
pub(crate) struct TabledOutput {
    pub multiplier: i32,
    pub exponent: u32,
    pub zero_point: i32,
    pub min: i32,
    pub max: i32,
}

/// Each `out[i]` from `first[i]` (or, with `first` `None`, from `out[i]`
/// itself, read before it is written) and `b[i]`: the table values of both
/// bytes, summed, then `output` applied; as many values as the shortest
/// slice holds. The sums must stay below 2^29 in magnitude (an `ADD`'s do).
pub(crate) fn add_tabled(
    first: Option<&[i8]>,
    out: &mut [i8],
    b: &[i8],
    tables: (&[i32; 256], &[i32; 256]),
    output: &TabledOutput,
) {
    let len = first
        .map_or(out.len(), |a| a.len().min(out.len()))
        .min(b.len());
    let out_start = out.as_mut_ptr();
    let call = Call {
        first: first.map_or(out_start.cast_const(), <[i8]>::as_ptr).cast(),
        b: b.as_ptr().cast(),
        out: out_start.cast(),
        end: out_start.wrapping_add(len).cast(),
        tables: [tables.0.as_ptr(), tables.1.as_ptr()],
        multiplier: output.multiplier,
        exponent: output.exponent,
        zero_point: output.zero_point,
        clamp: [output.min, output.max],
    };
    // SAFETY: `len` bytes of `first` (or `out`), `b` and `out` are in their
    // slices; each table index is a byte, below 256; `out`'s bytes are
    // written after the same byte of `first` is read, so reading through
    // `out`'s own pointer is sound.
    unsafe { add_tabled_asm(&call) };
}

/// [`add_tabled_asm`]'s arguments.
#[repr(C)]
struct Call {
    first: *const u8,
    b: *const u8,
    out: *mut u8,
    end: *mut u8,
    tables: [*const i32; 2],
    multiplier: i32,
    exponent: u32,
    zero_point: i32,
    clamp: [i32; 2],
}

/// Registers: r0 the first input, r1 the second, r2 the output, r3 its end,
/// r4/r5 the tables, r6 the multiplier, r7 the exponent, r8 the zero point,
/// r9/r10 the clamp, r11/r12 the values.
///
/// # Safety
/// `call.first` and `call.b` readable and `call.out` writable up to
/// `call.end - call.out` bytes; the tables readable for 256 words each.
#[unsafe(naked)]
unsafe extern "C" fn add_tabled_asm(call: *const Call) {
    core::arch::naked_asm!(
        "push {{r4-r11, lr}}",
        "ldm r0, {{r0-r10}}",
        "cmp r2, r3",
        "beq 9f",
        "1:",
        "ldrb r11, [r0], #1",
        "ldrb r12, [r1], #1",
        "ldr r11, [r4, r11, lsl #2]",
        "ldr r12, [r5, r12, lsl #2]",
        "add r11, r11, r12",
        "lsl r11, r11, #1",
        "smmulr r11, r11, r6",
        "lsl r12, r11, #1",
        "add r11, r12, r11, asr #31",
        "asr r11, r11, r7",
        "add r11, r11, #1",
        "add r11, r8, r11, asr #1",
        "cmp r11, r9",
        "it lt",
        "movlt r11, r9",
        "cmp r11, r10",
        "it gt",
        "movgt r11, r10",
        "strb r11, [r2], #1",
        "cmp r2, r3",
        "bne 1b",
        "9:",
        "pop {{r4-r11, pc}}",
    )
}
