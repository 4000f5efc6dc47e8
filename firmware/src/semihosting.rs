//! The Arm semihosting calls the QEMU build needs: write to stdout, exit with a code.
//!
//! QEMU must run with `-semihosting-config enable=on,target=native`; without a
//! debugger or QEMU attached, `bkpt 0xab` halts or faults the core.

use core::sync::atomic::{AtomicU32, Ordering};

/// `SYS_OPEN`: open a host file; `":tt"` is the console.
const SYS_OPEN: u32 = 0x01;
/// `SYS_WRITE0`: write a NUL-terminated string to the debug console (QEMU: stderr).
const SYS_WRITE0: u32 = 0x04;
/// `SYS_WRITE`: write a buffer to an open handle.
const SYS_WRITE: u32 = 0x05;
/// `SYS_EXIT_EXTENDED`: stop the target and hand an exit code to the host.
const SYS_EXIT_EXTENDED: u32 = 0x20;
/// `ADP_Stopped_ApplicationExit`, the reason code that carries an exit status.
const ADP_STOPPED_APPLICATION_EXIT: u32 = 0x20026;
/// `SYS_OPEN` mode "w": on `":tt"`, the host's stdout.
const MODE_W: u32 = 4;
/// No handle yet (or opening failed: `SYS_OPEN` returns -1).
const NO_HANDLE: u32 = u32::MAX;

/// The handle of the host's stdout, opened on first use.
static STDOUT: AtomicU32 = AtomicU32::new(NO_HANDLE);

/// Issue one semihosting call.
///
/// # Safety
/// `arg` must be what the operation `op` expects (a pointer to valid memory here).
unsafe fn call(op: u32, arg: *const u8) -> u32 {
    let ret: u32;
    // SAFETY: the caller guarantees `arg`; the host reads memory but leaves the
    // stack and every register other than r0 alone.
    unsafe {
        core::arch::asm!(
            "bkpt #0xab",
            inout("r0") op => ret,
            in("r1") arg,
            options(nostack, preserves_flags),
        );
    }
    ret
}

/// The host's stdout handle, or `NO_HANDLE` if it cannot be opened.
fn stdout() -> u32 {
    let handle = STDOUT.load(Ordering::Relaxed);
    if handle != NO_HANDLE {
        return handle;
    }
    let name = b":tt\0";
    let block = [name.as_ptr() as u32, MODE_W, 3];
    // SAFETY: a three-word SYS_OPEN block pointing at a NUL-terminated name.
    let handle = unsafe { call(SYS_OPEN, block.as_ptr().cast()) };
    STDOUT.store(handle, Ordering::Relaxed);
    handle
}

/// Write `text`, which must end in a NUL byte (not written), to the host's
/// stdout; to the debug console if stdout cannot be opened.
pub fn write(text: &[u8]) {
    let (&last, body) = text
        .split_last()
        .expect("write needs a NUL-terminated string");
    assert_eq!(last, 0, "write needs a NUL-terminated string");
    if stdout() == NO_HANDLE {
        // SAFETY: `text` is a valid, NUL-terminated string for the whole call.
        unsafe { call(SYS_WRITE0, text.as_ptr()) };
    } else {
        write_bytes(body);
    }
}

/// Write `bytes` as they are to the host's stdout (nothing if it cannot be
/// opened). Cannot panic: the `panic-never` build uses it.
pub fn write_bytes(bytes: &[u8]) {
    let handle = stdout();
    if handle != NO_HANDLE {
        let block = [handle, bytes.as_ptr() as u32, bytes.len() as u32];
        // SAFETY: a three-word SYS_WRITE block pointing at `bytes`, valid for the call.
        unsafe { call(SYS_WRITE, block.as_ptr().cast()) };
    }
}

/// Stop QEMU; `code` becomes the exit status of `qemu-system-arm` (and so of `cargo run`).
pub fn exit(code: u32) -> ! {
    let block = [ADP_STOPPED_APPLICATION_EXIT, code];
    loop {
        // SAFETY: the parameter block is two words, as SYS_EXIT_EXTENDED expects.
        unsafe { call(SYS_EXIT_EXTENDED, block.as_ptr().cast()) };
    }
}
