//! The smallest firmware that runs a stitch model: what you would write for
//! your own board, with `stitch-core` as its one stitch dependency.
//!
//! The model comes from `stitch train` or `stitch import model.tflite`;
//! `stitch inspect model.stitch --target cortex-m4` says what it costs
//! (instructions, flash, RAM) before you build this. `make test` builds it
//! for both cores:
//!
//! ```text
//! cd firmware
//! cargo build --release --example minimal                               # Cortex-M4F
//! cargo build --release --example minimal --target thumbv6m-none-eabi   # Cortex-M0
//! ```
#![no_std]
#![no_main]

use core::panic::PanicInfo;

use cortex_m_rt::entry;
use stitch_core::{Engine, Model};

/// The model file in flash, at the 4-aligned address the format needs.
static MODEL: &[u8] = stitch_core::include_model!("../../models/fashion-mnist.stitch");

/// The engine's buffers for the widest layer (64 values for this model):
/// the only RAM inference needs besides the stack.
type Buffers = Engine<64>;

#[entry]
fn main() -> ! {
    // Validate once at boot; a bad model is an error, not undefined behaviour.
    let Ok(model) = Model::from_bytes(MODEL) else {
        halt()
    };
    let mut engine = Buffers::new();
    // One 28x28 greyscale image from your camera (here: blank).
    let pixels = [0u8; 784];
    if let Ok(inference) = engine.infer(&model, &pixels) {
        // The class index, and its name from the model file.
        let class = inference.class();
        let _name = model.class_name(class);
    }
    halt()
}

/// Waits forever (where a real application would sleep or reset).
fn halt() -> ! {
    loop {
        cortex_m::asm::wfi();
    }
}

#[panic_handler]
fn panic(_: &PanicInfo) -> ! {
    halt()
}
