//! Build script: decides what the firmware embeds and where it runs, and
//! reports a bad input as one error line.
//!
//! - The model: `$STITCH_MODEL`, else `../models/fashion-mnist.stitch`, read
//!   and validated by stitch-core here, so a bad model fails the build with
//!   stitch-core's reason instead of at boot.
//! - What it runs on: `$STITCH_VECTORS` (a `stitch export-vectors` file:
//!   inputs with their expected outputs), else the labelled test images in
//!   `data/test-images.bin` (256 on the STM32F405, the first 128 on the nRF51).
//! - Which entry the vectors go through: `$STITCH_ENTRY`, `int8`
//!   (`Engine::infer_int8`, the default) or `bytes` (`Engine::infer`, each
//!   input flipped to bytes `q + 128` before the measured call).
//! - The engine's width: `$STITCH_MAX_WIDTH`, else what the model needs.
//! - The machine: thumbv7em builds for the STM32F405 (QEMU netduinoplus2);
//!   thumbv6m for the nRF51 (QEMU microbit) when the model and data fit its
//!   256 KB of flash and 16 KB of RAM, else for the STM32F405 too (an ARMv6-M
//!   binary runs unchanged on a Cortex-M4, with the same instruction counts).
//!   `qemu-run.sh` starts QEMU for whichever the ELF was linked for.

use std::path::{Path, PathBuf};
use std::{env, fs};

use stitch_core::samples::{record_len, Samples};
use stitch_core::vectors::Vectors;
use stitch_core::{engine_ram_bytes, Model};

/// A chip the firmware can be linked for.
struct Machine {
    /// QEMU's name for the board.
    name: &'static str,
    /// The linker's memory layout.
    memory: &'static str,
    flash: usize,
    ram: usize,
    /// Labelled test images embedded by default.
    images: usize,
}

const STM32F405: Machine = Machine {
    name: "netduinoplus2",
    memory: "memory/stm32f405.x",
    flash: 1024 * 1024,
    ram: 128 * 1024,
    images: 256,
};

const NRF51: Machine = Machine {
    name: "microbit",
    memory: "memory/nrf51.x",
    flash: 256 * 1024,
    ram: 16 * 1024,
    images: 128,
};

/// Flash kept for the firmware's code and constants besides the model and data.
const CODE_RESERVE: usize = 48 * 1024;
/// RAM kept for the stack (the stack measurement paints 4 KB) and statics.
const RAM_RESERVE: usize = 8 * 1024;

fn main() {
    if let Err(message) = run() {
        // One line, shown by cargo as this build's error.
        println!("cargo::error={message}");
    }
}

fn run() -> Result<(), String> {
    let var =
        |name: &str| env::var(name).map_err(|_| format!("{name} is not set (run through cargo)"));
    let target = var("TARGET")?;
    let out = PathBuf::from(var("OUT_DIR")?);
    let manifest = PathBuf::from(var("CARGO_MANIFEST_DIR")?);
    declare_inputs();

    let model_path = env::var_os("STITCH_MODEL").map_or_else(
        || manifest.join("../models/fashion-mnist.stitch"),
        PathBuf::from,
    );
    let model_bytes = read(&model_path, "STITCH_MODEL")?;
    let model = Model::from_bytes(&model_bytes)
        .map_err(|e| format!("{}: not a valid stitch model: {e}", model_path.display()))?;
    let data = Data::read(&model, &manifest)?;
    let max_width = max_width(data.needed_width)?;
    // A graph model runs in its arena (stitch-graph); a chain on an engine.
    let ram = if model.is_graph() {
        model.arena_bytes()
    } else {
        engine_ram_bytes(max_width)
    } + RAM_RESERVE;
    let armv6m = target.starts_with("thumbv6m");
    if armv6m && env::var_os("CARGO_FEATURE_BOARD").is_some() {
        return Err("the `board` feature targets the STM32F405 (thumbv7em-none-eabihf): a Cortex-M0 has no DWT cycle counter".into());
    }
    let (machine, note) = machine(armv6m, model_bytes.len(), &data, ram)
        .map_err(|e| format!("{}: {e}", model_path.display()))?;
    link(machine, &manifest, &out)?;

    write(&out.join("model.stitch"), &model_bytes)?;
    write(&out.join("data.bin"), data.on(machine))?;
    let config = format!(
        "/// Widest buffer the engine holds (`STITCH_MAX_WIDTH`, else what the model needs).\n\
         pub const MAX_WIDTH: usize = {max_width};\n\
         /// Bytes of a graph model's arena (0 for a chain).\n\
         pub const ARENA_BYTES: usize = {};\n\
         /// Values of one input.\n\
         pub const INPUT_LEN: usize = {};\n\
         /// The QEMU machine the firmware is linked for.\n\
         pub const MACHINE: &str = \"{}\";\n\
         /// Why a Cortex-M0 build runs on another machine, or empty.\n\
         pub const MACHINE_NOTE: &str = \"{note}\";\n",
        model.arena_bytes(),
        model.input_len(),
        machine.name
    );
    write(&out.join("config.rs"), config.as_bytes())
}

/// The environment variables and cfgs this script reads and sets.
fn declare_inputs() {
    for name in [
        "STITCH_MODEL",
        "STITCH_VECTORS",
        "STITCH_ENTRY",
        "STITCH_MAX_WIDTH",
    ] {
        println!("cargo::rerun-if-env-changed={name}");
    }
    println!("cargo::rustc-check-cfg=cfg(stitch_vectors)");
    println!("cargo::rustc-check-cfg=cfg(stitch_bytes_entry)");
    println!("cargo::rustc-check-cfg=cfg(stitch_microbit)");
}

/// The data the firmware runs on.
struct Data {
    bytes: Vec<u8>,
    /// The widest buffer the engine needs for this data's entry.
    needed_width: usize,
    /// Bytes per labelled image (test images, which a machine may take fewer
    /// of), or `None` for vectors (taken whole).
    image_record: Option<usize>,
}

impl Data {
    /// `$STITCH_VECTORS` through `$STITCH_ENTRY`, else the test images
    /// through `Engine::infer`; checked against `model`.
    fn read(model: &Model<'_>, manifest: &Path) -> Result<Data, String> {
        let Some(path) = env::var_os("STITCH_VECTORS").map(PathBuf::from) else {
            if model.is_graph() {
                return Err(
                    "a graph model runs on vectors: set STITCH_VECTORS (stitch export-vectors)"
                        .into(),
                );
            }
            let path = manifest.join("data/test-images.bin");
            let bytes = read(&path, "the test images")?;
            Samples::new(&bytes, model.input_len()).map_err(|e| {
                format!(
                    "{}: not whole records of 1 label byte + {} input bytes for this model: {e}",
                    path.display(),
                    model.input_len()
                )
            })?;
            return Ok(Data {
                bytes,
                needed_width: model.max_width(),
                image_record: Some(record_len(model.input_len())),
            });
        };
        let bytes = read(&path, "STITCH_VECTORS")?;
        let vectors = Vectors::from_bytes(&bytes)
            .map_err(|e| format!("{}: not a stitch vectors file: {e}", path.display()))?;
        if (vectors.input_len(), vectors.output_len()) != (model.input_len(), model.output_len()) {
            return Err(format!(
                "{}: vectors of {} inputs and {} outputs, the model has {} and {}",
                path.display(),
                vectors.input_len(),
                vectors.output_len(),
                model.input_len(),
                model.output_len()
            ));
        }
        println!("cargo::rustc-cfg=stitch_vectors");
        if model.is_graph() {
            // No engine: stitch-firmware refuses the model and says so.
            return Ok(Data {
                bytes,
                needed_width: 1,
                image_record: None,
            });
        }
        let needed_width = match env::var("STITCH_ENTRY").as_deref() {
            Ok("bytes") => {
                println!("cargo::rustc-cfg=stitch_bytes_entry");
                model.max_width()
            }
            // int8 inputs are copied into the engine's buffers.
            Ok("int8") | Err(_) => model.max_width().max(model.input_len()),
            Ok(other) => return Err(format!("STITCH_ENTRY={other}: expected bytes or int8")),
        };
        Ok(Data {
            bytes,
            needed_width,
            image_record: None,
        })
    }

    /// What `machine` embeds: the vectors, or as many images as it takes.
    fn on(&self, machine: &Machine) -> &[u8] {
        let len = self.image_record.map_or(self.bytes.len(), |record| {
            self.bytes.len().min(machine.images * record)
        });
        &self.bytes[..len]
    }
}

/// `$STITCH_MAX_WIDTH`, else `needed`; never less than `needed`.
fn max_width(needed: usize) -> Result<usize, String> {
    let Ok(text) = env::var("STITCH_MAX_WIDTH") else {
        return Ok(needed);
    };
    let width: usize = text
        .parse()
        .map_err(|_| format!("STITCH_MAX_WIDTH={text} is not a number"))?;
    if width < needed {
        return Err(format!(
            "STITCH_MAX_WIDTH={width} is smaller than the {needed} values the model's buffers must hold"
        ));
    }
    Ok(width)
}

/// The machine to link for: the nRF51 if an ARMv6-M build fits it, else the
/// STM32F405; with the note the firmware prints when a Cortex-M0 build moved.
fn machine(
    armv6m: bool,
    model_len: usize,
    data: &Data,
    ram: usize,
) -> Result<(&'static Machine, &'static str), String> {
    let fits = |machine: &Machine| {
        model_len + data.on(machine).len() + CODE_RESERVE <= machine.flash && ram <= machine.ram
    };
    let machine = if armv6m && fits(&NRF51) {
        &NRF51
    } else {
        &STM32F405
    };
    if !fits(machine) {
        return Err(format!(
            "{} bytes of model, {} of data and {} of RAM do not fit the {} ({} KB flash, {} KB RAM)",
            model_len,
            data.on(machine).len(),
            ram,
            machine.name,
            machine.flash / 1024,
            machine.ram / 1024
        ));
    }
    if std::ptr::eq(machine, &NRF51) {
        println!("cargo::rustc-cfg=stitch_microbit");
    }
    if armv6m && std::ptr::eq(machine, &STM32F405) {
        println!(
            "cargo::warning=the model and data do not fit the nRF51 (microbit): the Cortex-M0 build is linked for the STM32F405 (netduinoplus2)"
        );
        return Ok((machine, "Cortex-M0 build on netduinoplus2: the model does not fit the nRF51's memory; ARMv6-M code runs unchanged on the Cortex-M4, same instruction counts"));
    }
    Ok((machine, ""))
}

/// The linker script for `machine`, and the arguments every binary and
/// example links with.
fn link(machine: &Machine, manifest: &Path, out: &Path) -> Result<(), String> {
    fs::copy(manifest.join(machine.memory), out.join("memory.x"))
        .map_err(|e| format!("{}: {e}", machine.memory))?;
    println!("cargo::rerun-if-changed=memory/nrf51.x");
    println!("cargo::rerun-if-changed=memory/stm32f405.x");
    println!("cargo::rustc-link-search={}", out.display());
    // The binaries and `examples/minimal.rs` link the same way.
    println!("cargo::rustc-link-arg-bins=--nmagic");
    println!("cargo::rustc-link-arg-bins=-Tlink.x");
    println!("cargo::rustc-link-arg-examples=--nmagic");
    println!("cargo::rustc-link-arg-examples=-Tlink.x");
    if env::var_os("CARGO_FEATURE_BOARD").is_some() {
        println!("cargo::rustc-link-arg-bins=-Tdefmt.x");
    }
    Ok(())
}

fn read(path: &Path, what: &str) -> Result<Vec<u8>, String> {
    println!("cargo::rerun-if-changed={}", path.display());
    fs::read(path).map_err(|e| format!("cannot read {what} {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
