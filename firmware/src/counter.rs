//! Counts the work of one call, exactly and deterministically on QEMU.
//!
//! - STM32F405 on QEMU netduinoplus2 (`-icount shift=0`): TIM2 runs at 1 GHz of
//!   virtual time, one tick per instruction, so CNT differences are instructions.
//!   A Cortex-M0 build too large for the nRF51 runs there as well, and counts so.
//! - nRF51 on QEMU microbit (`-icount shift=7`, 128 ns per instruction): SysTick on
//!   the 16 MHz processor clock gives 2.048 ticks per instruction;
//!   instructions = round(ticks / 2.048). 24 bits wrap after about 8 M instructions.
//! - `board` feature (real STM32F405): DWT CYCCNT, core clock cycles (QEMU does not
//!   emulate CYCCNT: there it reads 0).

use core::sync::atomic::{compiler_fence, Ordering};

/// What one count means.
#[cfg(not(feature = "board"))]
pub const UNIT: &str = "instructions";
/// What one count means.
#[cfg(feature = "board")]
pub const UNIT: &str = "cycles";

/// A running counter, started by [`Counter::start`].
pub struct Counter {
    _started: (),
}

impl Counter {
    /// Count the work done by `f`, minus nothing: callers subtract the count of an
    /// empty call measured the same way.
    #[inline(always)]
    pub fn measure<R>(&self, f: impl FnOnce() -> R) -> (R, u32) {
        compiler_fence(Ordering::SeqCst);
        let start = raw();
        compiler_fence(Ordering::SeqCst);
        let result = f();
        compiler_fence(Ordering::SeqCst);
        let end = raw();
        compiler_fence(Ordering::SeqCst);
        (result, elapsed(start, end))
    }
}

#[cfg(all(not(feature = "board"), not(stitch_microbit)))]
mod imp {
    use core::ptr::{read_volatile, write_volatile};

    /// RCC APB1 peripheral clock enable register; bit 0 = TIM2EN.
    const RCC_APB1ENR: *mut u32 = 0x4002_3840 as *mut u32;
    const TIM2: usize = 0x4000_0000;
    const TIM2_CR1: *mut u32 = TIM2 as *mut u32;
    const TIM2_EGR: *mut u32 = (TIM2 + 0x14) as *mut u32;
    const TIM2_CNT: *const u32 = (TIM2 + 0x24) as *const u32;
    const TIM2_PSC: *mut u32 = (TIM2 + 0x28) as *mut u32;
    const TIM2_ARR: *mut u32 = (TIM2 + 0x2C) as *mut u32;

    impl super::Counter {
        /// Start TIM2 as a free-running 32-bit up-counter, no prescaler.
        pub fn start(_core: &mut cortex_m::Peripherals) -> Self {
            // SAFETY: fixed STM32F405 register addresses; nothing else uses RCC or TIM2.
            // QEMU ignores RCC (unimplemented device) and runs TIM2 regardless; a real
            // chip needs the clock enabled.
            unsafe {
                write_volatile(RCC_APB1ENR, read_volatile(RCC_APB1ENR) | 1);
                write_volatile(TIM2_PSC, 0);
                write_volatile(TIM2_ARR, u32::MAX);
                write_volatile(TIM2_EGR, 1); // load PSC and ARR now
                write_volatile(TIM2_CR1, 1); // CEN
            }
            Self { _started: () }
        }
    }

    #[inline(always)]
    pub fn raw() -> u32 {
        // SAFETY: a read of TIM2's counter register.
        unsafe { read_volatile(TIM2_CNT) }
    }

    #[inline(always)]
    pub fn elapsed(start: u32, end: u32) -> u32 {
        end.wrapping_sub(start)
    }
}

#[cfg(all(not(feature = "board"), stitch_microbit))]
mod imp {
    use cortex_m::peripheral::{syst::SystClkSource, SYST};

    /// SysTick is 24 bits wide.
    const MASK: u32 = 0x00FF_FFFF;

    impl super::Counter {
        /// Start SysTick free-running on the processor clock, no interrupt.
        pub fn start(core: &mut cortex_m::Peripherals) -> Self {
            let syst = &mut core.SYST;
            syst.disable_interrupt();
            syst.set_clock_source(SystClkSource::Core);
            syst.set_reload(MASK);
            syst.clear_current();
            syst.enable_counter();
            Self { _started: () }
        }
    }

    #[inline(always)]
    pub fn raw() -> u32 {
        SYST::get_current()
    }

    /// SysTick counts down: ticks = start - end (mod 2^24); instructions =
    /// round(ticks / 2.048) = round(ticks * 125 / 256). Exact for spans below 2^24 ticks.
    #[inline(always)]
    pub fn elapsed(start: u32, end: u32) -> u32 {
        let ticks = start.wrapping_sub(end) & MASK;
        (ticks * 125 + 128) >> 8
    }
}

#[cfg(feature = "board")]
mod imp {
    use cortex_m::peripheral::DWT;

    impl super::Counter {
        /// Start the DWT cycle counter.
        pub fn start(core: &mut cortex_m::Peripherals) -> Self {
            core.DCB.enable_trace();
            core.DWT.enable_cycle_counter();
            Self { _started: () }
        }
    }

    #[inline(always)]
    pub fn raw() -> u32 {
        DWT::cycle_count()
    }

    #[inline(always)]
    pub fn elapsed(start: u32, end: u32) -> u32 {
        end.wrapping_sub(start)
    }
}

use imp::{elapsed, raw};

/// Median of `values` (the mean of the middle two for an even count; 0 for
/// none), sorting them: the figure the firmware reports per inference.
pub fn median(values: &mut [u32]) -> u32 {
    values.sort_unstable();
    let n = values.len();
    match n {
        0 => 0,
        _ if n % 2 == 1 => values[n / 2],
        _ => ((u64::from(values[n / 2 - 1]) + u64::from(values[n / 2])) / 2) as u32,
    }
}
