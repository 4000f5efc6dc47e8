//! Stack high-water mark: paint the stack below the current SP with a pattern,
//! run the code, then find the lowest word that changed.
//!
//! Both steps are a few lines of assembly that touch no stack themselves, so
//! nothing but the measured code disturbs the painted region. No interrupt is
//! enabled while measuring.

/// Bytes painted below the SP (must be below the free RAM between `.bss` and the SP).
pub const PAINT_BYTES: usize = 4096;

/// Pattern written to every painted word.
const PATTERN: u32 = 0xC5C5_C5C5;

/// The painted region, from its top (the SP when painted) down.
pub struct Painted {
    top: usize,
}

/// Paint `PAINT_BYTES` below the current SP.
///
/// Inlined so that the SP is the caller's own: the measured call must start from
/// the same frame, with no call in between that would push below it.
#[inline(always)]
pub fn paint() -> Painted {
    let top: usize;
    // SAFETY: writes only below the SP, into free stack (no interrupts, and the
    // region is checked to be free RAM by the linker layout: see PAINT_BYTES).
    unsafe {
        core::arch::asm!(
            "mov {top}, sp",
            "mov {p}, {top}",
            "subs {end}, {top}, {n}",
            "2:",
            "subs {p}, #4",
            "str {pat}, [{p}]",
            "cmp {p}, {end}",
            "bhi 2b",
            top = out(reg) top,
            p = out(reg) _,
            end = out(reg) _,
            n = in(reg) PAINT_BYTES,
            pat = in(reg) PATTERN,
            options(nostack),
        );
    }
    Painted { top }
}

impl Painted {
    /// Bytes of the painted region used since [`paint`]: from its top down to the
    /// lowest word that no longer holds the pattern. `PAINT_BYTES` means the
    /// region was too small (the true figure may be larger).
    #[inline(always)]
    pub fn used(&self) -> usize {
        let first_dirty: usize;
        // SAFETY: reads only the painted region [top - PAINT_BYTES, top).
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
                n = in(reg) PAINT_BYTES,
                pat = in(reg) PATTERN,
                options(nostack, readonly),
            );
        }
        self.top - first_dirty
    }
}
