//! What a panic or a HardFault does on QEMU: one line saying what happened,
//! then an exit status that tells them apart. Shared by the firmware's
//! binaries; the panic-never binary has its own handler (one that cannot
//! link), and on a board panic-probe handles panics and probe-rs reports a
//! HardFault with a backtrace.

use crate::output;

/// Exit status for a panic (as Rust's `std` uses).
const EXIT_PANIC: u32 = 101;

/// Exit status for a HardFault.
const EXIT_HARD_FAULT: u32 = 3;

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    output::print_line(format_args!("{info}"));
    output::exit(EXIT_PANIC)
}

#[cortex_m_rt::exception]
unsafe fn HardFault(frame: &cortex_m_rt::ExceptionFrame) -> ! {
    output::print_line(format_args!(
        "hard fault: pc={:#010x} lr={:#010x} xpsr={:#010x}",
        frame.pc(),
        frame.lr(),
        frame.xpsr()
    ));
    output::exit(EXIT_HARD_FAULT)
}
