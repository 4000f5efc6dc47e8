//! Derives `stitch_dsp` from the target: stable Rust sets no `target_feature`
//! cfg for the Arm DSP extension, so `cfg(target_feature = "dsp")` would
//! silently never hold. Cortex-M4/M7 (thumbv7em) and Cortex-M33/M55
//! (thumbv8m.main) have `SXTB16` and `SMLAD`; every other target gets the
//! portable kernel.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(stitch_dsp)");
    println!("cargo::rustc-check-cfg=cfg(stitch_thumbv6)");
    println!("cargo::rerun-if-changed=build.rs");
    let target = std::env::var("TARGET").unwrap_or_default();
    if target.starts_with("thumbv7em") || target.starts_with("thumbv8m.main") {
        println!("cargo::rustc-cfg=stitch_dsp");
    } else if target.starts_with("thumbv6m") {
        println!("cargo::rustc-cfg=stitch_thumbv6");
    }
}
