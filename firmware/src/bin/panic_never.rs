//! The device path without a reachable panic, proven by the linker.
//!
//! This binary's panic handler calls `stitch_panic_is_reachable`, a symbol
//! nothing defines: the release build (LTO, every panic the optimizer cannot
//! remove kept as a call to the handler) links only if no panic path is left
//! in the final binary. It validates the embedded model, infers every
//! embedded image through both entries (`Engine::infer` on the pixels,
//! `Engine::infer_int8` on them as int8), takes the int8 softmax of its
//! logits, runs every `stitch_core::conv` kernel on it, reads and runs a
//! graph model (`stitch_core::graph`) on the data's first bytes, and formats nothing
//! (no `core::fmt`):
//!
//! - stdout (semihosting): one byte per image, `b'0' + predicted class`, then
//!   a newline; or `error: model` / `error: infer` / `error: int8` (the two
//!   entries disagree) / `error: softmax` (TFLite's int8 softmax of the
//!   logits does not rank the predicted class first) / `error: conv` (a
//!   convolution kernel computed something else) / `error: graph` (the
//!   graph model did not read or run) and a newline;
//! - exit status: the number of correct predictions; 255 after an error
//!   (the output tells it apart from 255 correct predictions).
//!
//! ```text
//! cargo build --release --features panic-never --bin stitch-panic-never
//! ```
#![no_std]
#![no_main]

use cortex_m_rt::entry;
use stitch_core::conv::{
    average_pool2d, conv2d, depthwise_conv2d, max_pool2d, Add, FeatureMap, Padding, Requantization,
    Window,
};
use stitch_core::samples::Samples;
use stitch_core::softmax::Int8Softmax;
use stitch_core::{graph, Engine, Model, Quantization, Rounding};
use stitch_firmware::embedded::{self, INPUT_LEN, MAX_WIDTH};
use stitch_firmware::semihosting;

/// Exit status after an error (with a message on stdout).
const EXIT_ERROR: u32 = 255;

/// Writes `message` and exits with [`EXIT_ERROR`].
fn fail(message: &[u8]) -> ! {
    semihosting::write_bytes(message);
    semihosting::exit(EXIT_ERROR)
}

/// Most images embedded (one output byte each, then a newline).
const MAX_IMAGES: usize = 256;

#[entry]
fn main() -> ! {
    // One after the other, each in its own frame: two models (kilobytes
    // each) would not fit the nRF51's stack together.
    if !graph_runs(embedded::data()) {
        fail(b"error: graph\n")
    }
    run_chain()
}

/// The embedded chain model on every embedded image, through both entries,
/// its softmax and the convolution kernels; exits with the count of correct
/// predictions.
#[inline(never)]
fn run_chain() -> ! {
    let Some(engine) = cortex_m::singleton!(: Engine<MAX_WIDTH> = Engine::new()) else {
        fail(b"error: engine\n")
    };
    let Some(predictions) = cortex_m::singleton!(: [u8; MAX_IMAGES + 1] = [b'\n'; MAX_IMAGES + 1])
    else {
        fail(b"error: engine\n")
    };
    // `infer_int8` copies the input into the engine: wide enough for it.
    let Some(engine_int8) = cortex_m::singleton!(: Engine<INPUT_LEN> = Engine::new()) else {
        fail(b"error: engine\n")
    };
    let Some(int8) = cortex_m::singleton!(: [i8; INPUT_LEN] = [0; INPUT_LEN]) else {
        fail(b"error: engine\n")
    };
    // Borrowed from the result rather than moved out of it: a model is
    // kilobytes, and a second copy would not fit the nRF51's stack.
    let read = Model::from_bytes(embedded::model());
    let Ok(model) = &read else {
        fail(b"error: model\n")
    };
    let Ok(samples) = Samples::new(embedded::data(), model.input_len()) else {
        fail(b"error: samples\n")
    };
    let Ok(softmax) = Int8Softmax::new(model.output_quantization().scale, 1.0) else {
        fail(b"error: softmax\n")
    };
    let Some(probabilities) = cortex_m::singleton!(: [i8; MAX_WIDTH] = [0; MAX_WIDTH]) else {
        fail(b"error: engine\n")
    };
    let Some(scratch) = cortex_m::singleton!(: [i8; INPUT_LEN] = [0; INPUT_LEN]) else {
        fail(b"error: engine\n")
    };
    let mut correct = 0u32;
    let mut written = 0;
    for (sample, prediction) in samples.iter().zip(predictions.iter_mut()) {
        let Ok(inference) = engine.infer(model, sample.input) else {
            fail(b"error: infer\n")
        };
        let class = inference.class();
        let logits = inference.logits();
        let Some(probabilities) = probabilities.get_mut(..logits.len()) else {
            fail(b"error: softmax\n")
        };
        if softmax.apply(logits, probabilities).is_err()
            || probabilities
                .iter()
                .any(|&p| Some(&p) > probabilities.get(class))
        {
            fail(b"error: softmax\n")
        }
        for (q, &pixel) in int8.iter_mut().zip(sample.input) {
            *q = (pixel ^ 0x80) as i8;
        }
        match engine_int8.infer_int8(model, &int8[..]) {
            Ok(other) if other.class() == class => {}
            _ => fail(b"error: int8\n"),
        }
        if !convolutions_agree(&int8[..], &mut scratch[..]) {
            fail(b"error: conv\n")
        }

        correct += u32::from(class == usize::from(sample.label));
        // The embedded classifier's classes are few: one printable byte each.
        *prediction = b'0'.wrapping_add(class as u8);
        written += 1;
    }
    // The predictions and the newline after them.
    semihosting::write_bytes(predictions.get(..=written).unwrap_or(predictions));
    semihosting::exit(correct)
}

/// stitch-core's graph test model (a layer of every graph kind, a residual
/// `ADD`): its arena is 352 bytes, its input 16 values.
static GRAPH: &[u8] = stitch_core::include_model!("../../../core/tests/data/tiny-graph.stitch");

/// The graph model read and run on the first 16 bytes of `data` as int8:
/// brings `Model::from_bytes` of graph layers and `graph::infer` into the
/// binary.
#[inline(never)]
fn graph_runs(data: &[u8]) -> bool {
    let mut input = [0i8; 16];
    for (q, &byte) in input.iter_mut().zip(data) {
        *q = byte as i8;
    }
    let mut arena = [0u32; 352 / 4];
    let read = Model::from_bytes(GRAPH);
    let Ok(model) = &read else {
        return false;
    };
    graph::infer(model, &input, &mut arena).is_ok_and(|logits| logits.len() == 3)
}

/// The convolution kernels on the image as one row of pixels, against what
/// they must compute: a 1x3 filter `[0, 1, 0]` (plain and depthwise) and an
/// `ADD` of the image to itself at twice the scale give the image back; a
/// max pool over the row gives its maximum. Brings every `stitch_core::conv`
/// kernel into the binary, so that the link proves them panic-free too.
fn convolutions_agree(image: &[i8], out: &mut [i8]) -> bool {
    let row = FeatureMap {
        height: 1,
        width: image.len(),
        channels: 1,
    };
    let window = |width, padding| Window {
        height: 1,
        width,
        stride_height: 1,
        stride_width: width.max(1),
        padding,
    };
    // A factor of exactly one: 2^30 / 2^31 * 2^1.
    let identity = Requantization {
        biases: &0i32.to_le_bytes(),
        multipliers: &(1i32 << 30).to_le_bytes(),
        shifts: &[1],
        rounding: Rounding::Double,
        input_zero_point: 0,
        output_zero_point: 0,
        clamp: (i8::MIN, i8::MAX),
    };
    let three = Window {
        width: 3,
        stride_width: 1,
        ..window(3, Padding::Same)
    };
    let mut agree = conv2d(image, row, &[0i8, 1, 0], three, &identity, out).is_ok() && out == image;
    agree &=
        depthwise_conv2d(image, row, &[0i8, 1, 0], three, &identity, out).is_ok() && out == image;
    let half = Quantization {
        scale: 0.5,
        zero_point: 0,
    };
    let one = Quantization {
        scale: 1.0,
        zero_point: 0,
    };
    agree &= Add::new(half, half, one, (i8::MIN, i8::MAX), Rounding::Double)
        .and_then(|add| add.apply(image, image, out))
        .is_ok()
        && out == image;
    let whole = window(image.len(), Padding::Valid);
    let Some(max) = out.get_mut(..1) else {
        return false;
    };
    agree &= max_pool2d(image, row, whole, (i8::MIN, i8::MAX), max).is_ok()
        && max.first() == image.iter().max();
    let Some(mean) = out.get_mut(..1) else {
        return false;
    };
    agree && average_pool2d(image, row, whole, (i8::MIN, i8::MAX), mean).is_ok()
}

extern "C" {
    /// Defined nowhere: referencing it fails the link.
    fn stitch_panic_is_reachable() -> !;
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    // SAFETY: never called; a reachable call does not link.
    unsafe { stitch_panic_is_reachable() }
}

/// A fault ends the run with a status no run of 256 images can produce
/// as a count (and no panic machinery).
#[cortex_m_rt::exception]
unsafe fn HardFault(_frame: &cortex_m_rt::ExceptionFrame) -> ! {
    semihosting::write_bytes(b"error: hard fault\n");
    semihosting::exit(EXIT_ERROR)
}
