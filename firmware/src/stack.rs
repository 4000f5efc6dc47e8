//! Stack high-water mark: paint the stack below the current SP with a pattern,
//! run the code, then find the lowest word that changed.
//!
//! Both steps are a few lines of assembly that touch no stack themselves, so
//! nothing but the measured code disturbs the painted region. No interrupt is
//! enabled while measuring.

/// Most bytes painted below the SP: fewer when less free RAM lies between
/// the end of the statics and the SP (a large model's frame on the nRF51).
pub const PAINT_BYTES: usize = 4096;

extern "C" {
    /// The lowest address the stack may reach: the end of the statics
    /// (cortex-m-rt's linker script).
    static _stack_end: u32;
}

/// Pattern written to every painted word.
const PATTERN: u32 = 0xC5C5_C5C5;

/// The painted region: `bytes` from its top (the SP when painted) down.
pub struct Painted {
    top: usize,
    bytes: usize,
}

/// Paint `PAINT_BYTES` below the current SP, or down to the statics' end if
/// that is nearer: painting further would overwrite them.
///
/// Inlined so that the SP is the caller's own: the measured call must start from
/// the same frame, with no call in between that would push below it.
#[inline(always)]
pub fn paint() -> Painted {
    // Only the symbol's address is taken (safe): it is never read.
    let floor = core::ptr::addr_of!(_stack_end) as usize;
    let sp: usize;
    // SAFETY: reads the SP into a register.
    unsafe { core::arch::asm!("mov {sp}, sp", sp = out(reg) sp, options(nomem, nostack)) };
    let bytes = PAINT_BYTES.min(sp.saturating_sub(floor) & !3);
    let top: usize;
    // SAFETY: writes only below the SP, into free stack: at most `bytes`, which
    // stop at the end of the statics (no interrupts are enabled).
    unsafe {
        core::arch::asm!(
            "mov {top}, sp",
            "mov {p}, {top}",
            "subs {end}, {top}, {n}",
            "2:",
            "cmp {p}, {end}",
            "bls 3f",
            "subs {p}, #4",
            "str {pat}, [{p}]",
            "b 2b",
            "3:",
            top = out(reg) top,
            p = out(reg) _,
            end = out(reg) _,
            n = in(reg) bytes,
            pat = in(reg) PATTERN,
            options(nostack),
        );
    }
    Painted { top, bytes }
}

impl Painted {
    /// Bytes of the painted region used since [`paint`]: from its top down to
    /// the lowest word that no longer holds the pattern; `None` when that is
    /// the whole region (the true figure may be larger).
    #[inline(always)]
    pub fn used(&self) -> Option<usize> {
        let first_dirty: usize;
        // SAFETY: reads only the painted region [top - bytes, top), and the
        // word at `top` when `bytes` is 0.
        unsafe {
            core::arch::asm!(
                "subs {p}, {top}, {n}",
                "2:",
                "ldr {w}, [{p}]",
                "cmp {w}, {pat}",
                "bne 3f",
                "adds {p}, #4",
                "cmp {p}, {top}",
                "blo 2b",
                "3:",
                p = out(reg) first_dirty,
                w = out(reg) _,
                top = in(reg) self.top,
                n = in(reg) self.bytes,
                pat = in(reg) PATTERN,
                options(nostack, readonly),
            );
        }
        let used = self.top - first_dirty;
        (used < self.bytes).then_some(used)
    }
}
