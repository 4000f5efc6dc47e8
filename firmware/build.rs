//! Picks the memory layout for the target and links with cortex-m-rt's `link.x`
//! (plus `defmt.x` for the `board` feature).

use std::{env, fs, path::PathBuf};

fn main() {
    let target = env::var("TARGET").unwrap();
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());

    // Cortex-M0 (thumbv6m) = nRF51 on QEMU microbit; everything else = STM32F405.
    let armv6m = target.starts_with("thumbv6m");
    println!("cargo::rustc-check-cfg=cfg(armv6m)");
    if armv6m {
        println!("cargo::rustc-cfg=armv6m");
    }

    let memory = if armv6m {
        "memory/nrf51.x"
    } else {
        "memory/stm32f405.x"
    };
    fs::copy(memory, out.join("memory.x")).unwrap();
    println!("cargo::rerun-if-changed=memory/nrf51.x");
    println!("cargo::rerun-if-changed=memory/stm32f405.x");
    println!("cargo::rustc-link-search={}", out.display());
    println!("cargo::rustc-link-arg-bins=--nmagic");
    println!("cargo::rustc-link-arg-bins=-Tlink.x");
    if env::var_os("CARGO_FEATURE_BOARD").is_some() {
        println!("cargo::rustc-link-arg-bins=-Tdefmt.x");
    }
}
