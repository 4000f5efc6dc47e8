//! Bring-up: checks the counter and the stack meter on a known loop.
#![no_std]
#![no_main]

mod counter;
mod output;
#[cfg(not(feature = "board"))]
mod semihosting;
mod stack;

use cortex_m_rt::entry;
use counter::Counter;

/// 1 + 2 * n instructions (movs; n times subs + bne).
#[inline(never)]
fn known_loop() {
    unsafe {
        core::arch::asm!("movs {r}, #100", "2:", "subs {r}, #1", "bne 2b", r = out(reg) _);
    }
}

#[inline(never)]
fn empty() {}

#[inline(never)]
fn stacky(n: usize) -> u32 {
    let mut buf = [0u32; 64];
    for (i, b) in buf.iter_mut().enumerate() {
        *b = core::hint::black_box(i as u32 * 3);
    }
    buf[n % 64]
}

#[entry]
fn main() -> ! {
    let mut core = cortex_m::Peripherals::take().unwrap();
    let counter = Counter::start(&mut core);
    let (_, e) = counter.measure(empty);
    let (_, l) = counter.measure(known_loop);
    outln!(
        "empty={e} loop={l} diff={} expected=201 unit={}",
        l - e,
        counter::UNIT
    );
    let painted = stack::paint();
    let used0 = painted.used();
    let painted = stack::paint();
    let r = stacky(core::hint::black_box(5));
    let used = painted.used();
    outln!("stack used0={used0} stacky={used} r={r}");
    output::exit(0)
}
