//! The two Arm semihosting calls the QEMU build needs: write a string, exit with a code.
//!
//! QEMU must run with `-semihosting-config enable=on,target=native`; without a
//! debugger or QEMU attached, `bkpt 0xab` halts or faults the core.

/// `SYS_WRITE0`: write a NUL-terminated string to the host's stdout.
const SYS_WRITE0: u32 = 0x04;
/// `SYS_EXIT_EXTENDED`: stop the target and hand an exit code to the host.
const SYS_EXIT_EXTENDED: u32 = 0x20;
/// `ADP_Stopped_ApplicationExit`, the reason code that carries an exit status.
const ADP_STOPPED_APPLICATION_EXIT: u32 = 0x20026;

/// Issue one semihosting call.
///
/// # Safety
/// `arg` must be what the operation `op` expects (a pointer to valid memory here).
unsafe fn call(op: u32, arg: *const u8) -> u32 {
    let ret: u32;
    // Safety: the caller guarantees `arg`; the host reads memory but leaves the
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

/// Write `text`, which must end in a NUL byte, to the host's stdout.
pub fn write0(text: &[u8]) {
    assert_eq!(
        text.last(),
        Some(&0),
        "write0 needs a NUL-terminated string"
    );
    // Safety: `text` is a valid, NUL-terminated string for the whole call.
    unsafe { call(SYS_WRITE0, text.as_ptr()) };
}

/// Stop QEMU; `code` becomes the exit status of `qemu-system-arm` (and so of `cargo run`).
pub fn exit(code: u32) -> ! {
    let block = [ADP_STOPPED_APPLICATION_EXIT, code];
    loop {
        // Safety: the parameter block is two words, as SYS_EXIT_EXTENDED expects.
        unsafe { call(SYS_EXIT_EXTENDED, block.as_ptr().cast()) };
    }
}
