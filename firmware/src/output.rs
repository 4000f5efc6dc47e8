//! Line output and program exit: semihosting on QEMU, defmt over RTT with the
//! `board` feature. Both backends format with `core::fmt` into one fixed line
//! buffer, so the printed lines are identical.

use core::fmt::{self, Write};

/// Longest line printed; longer output is cut (never the case for the report lines).
const LINE_CAPACITY: usize = 256;

/// A line being built; two bytes are kept for the newline and the NUL.
struct Line {
    buf: [u8; LINE_CAPACITY],
    len: usize,
}

impl Write for Line {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let room = LINE_CAPACITY - 2 - self.len;
        let n = s.len().min(room);
        self.buf[self.len..self.len + n].copy_from_slice(&s.as_bytes()[..n]);
        self.len += n;
        if n == s.len() {
            Ok(())
        } else {
            Err(fmt::Error)
        }
    }
}

/// Print one line (a newline is added). Use through [`outln!`].
pub fn print_line(args: fmt::Arguments) {
    let mut line = Line {
        buf: [0; LINE_CAPACITY],
        len: 0,
    };
    // A line too long is cut, not lost.
    let _ = line.write_fmt(args);
    emit(&mut line);
}

#[cfg(not(feature = "board"))]
fn emit(line: &mut Line) {
    let end = line.len; // at most LINE_CAPACITY - 2: write_str keeps room for "\n\0"
    line.buf[end] = b'\n';
    line.buf[end + 1] = 0;
    crate::semihosting::write(&line.buf[..end + 2]);
}

#[cfg(feature = "board")]
fn emit(line: &mut Line) {
    let text = core::str::from_utf8(&line.buf[..line.len]).unwrap_or("<invalid utf-8>");
    defmt::println!("{=str}", text);
}

/// Print a formatted line, like `println!`.
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::output::print_line(format_args!($($arg)*))
    };
}

/// Finish the run: exit QEMU with `code`.
#[cfg(not(feature = "board"))]
pub fn exit(code: u32) -> ! {
    crate::semihosting::exit(code)
}

/// Finish the run on a real board: a breakpoint ends `probe-rs run` with success,
/// a failure goes through panic-probe (which ends it with an error).
#[cfg(feature = "board")]
pub fn exit(code: u32) -> ! {
    if code == 0 {
        loop {
            cortex_m::asm::bkpt();
        }
    }
    defmt::panic!("exit code {=u32}", code)
}

// On a board, panic-probe handles panics, and probe-rs reports a HardFault with a backtrace.
#[cfg(feature = "board")]
use {defmt_rtt as _, panic_probe as _};
