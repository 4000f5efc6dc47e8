//! Build script:
//! - picks the memory layout for the target and links with cortex-m-rt's `link.x`
//!   (plus `defmt.x` for the `board` feature);
//! - embeds the model (`../models/fashion-mnist.stitch`, or `$STITCH_MODEL`) and the
//!   test images (`data/test-images.bin`: 256 on Cortex-M4, the first 128 on the
//!   16 KB-RAM / 256 KB-flash Cortex-M0) by copying them into `OUT_DIR`;
//! - sizes the engine: `$STITCH_MAX_WIDTH` (default 64) = widest layer supported.

use std::{env, fs, path::PathBuf};

/// One test record: a label byte and 28 x 28 pixel bytes.
const RECORD: usize = 1 + 28 * 28;

fn main() {
    let target = env::var("TARGET").unwrap();
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());

    // Cortex-M0 (thumbv6m) = nRF51 on QEMU microbit; everything else = STM32F405.
    let armv6m = target.starts_with("thumbv6m");
    println!("cargo::rustc-check-cfg=cfg(armv6m)");
    if armv6m {
        println!("cargo::rustc-cfg=armv6m");
    }

    // Memory layout and link scripts.
    let memory = if armv6m {
        "memory/nrf51.x"
    } else {
        "memory/stm32f405.x"
    };
    fs::copy(manifest.join(memory), out.join("memory.x")).unwrap();
    println!("cargo::rerun-if-changed=memory/nrf51.x");
    println!("cargo::rerun-if-changed=memory/stm32f405.x");
    println!("cargo::rustc-link-search={}", out.display());
    println!("cargo::rustc-link-arg-bins=--nmagic");
    println!("cargo::rustc-link-arg-bins=-Tlink.x");
    if env::var_os("CARGO_FEATURE_BOARD").is_some() {
        println!("cargo::rustc-link-arg-bins=-Tdefmt.x");
    }

    // The model, copied as is: the firmware validates it at boot.
    println!("cargo::rerun-if-env-changed=STITCH_MODEL");
    let model = match env::var_os("STITCH_MODEL") {
        Some(path) => PathBuf::from(path),
        None => manifest.join("../models/fashion-mnist.stitch"),
    };
    println!("cargo::rerun-if-changed={}", model.display());
    if let Err(e) = fs::copy(&model, out.join("model.stitch")) {
        panic!(
            "cannot read the model {}: {e}\n\
             train one with the `stitch` CLI, or point STITCH_MODEL at a model file",
            model.display()
        );
    }

    // The test images: the first 256 (Cortex-M4) or 128 (Cortex-M0) records.
    let images = manifest.join("data/test-images.bin");
    println!("cargo::rerun-if-changed={}", images.display());
    let bytes = fs::read(&images).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}\nproduce it with `stitch export-samples`",
            images.display()
        )
    });
    assert!(
        !bytes.is_empty() && bytes.len() % RECORD == 0,
        "{}: {} bytes is not a whole number of {RECORD}-byte records",
        images.display(),
        bytes.len()
    );
    let wanted = if armv6m { 128 } else { 256 };
    let count = wanted.min(bytes.len() / RECORD);
    fs::write(out.join("test-images.bin"), &bytes[..count * RECORD]).unwrap();

    // The engine's size.
    println!("cargo::rerun-if-env-changed=STITCH_MAX_WIDTH");
    let max_width: usize = env::var("STITCH_MAX_WIDTH")
        .map(|s| s.parse().expect("STITCH_MAX_WIDTH must be a number"))
        .unwrap_or(64);
    fs::write(
        out.join("config.rs"),
        format!("/// Widest layer the engine holds (`STITCH_MAX_WIDTH`).\npub const MAX_WIDTH: usize = {max_width};\n"),
    )
    .unwrap();
}
