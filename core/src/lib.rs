//! # stitch-core
//!
//! Runs a quantized int8 neural network on a microcontroller, with memory
//! the caller owns and a model file read in place.
//!
//! - **No heap, no copies.** `#![no_std]` without `alloc`: a [`Model`] borrows
//!   its weights from the file's bytes (in flash on a chip), and an
//!   [`Engine<MAX_WIDTH>`](Engine) is two `MAX_WIDTH`-byte activation buffers,
//!   so `size_of::<Engine<N>>()` is the RAM inference needs besides the stack.
//! - **Checked once, then infallible in practice.** [`Model::from_bytes`]
//!   checks magic, version, CRC-32 and every shape and range, so a corrupt or
//!   hostile file is an [`Error`], never a panic or an overflow.
//! - **Chains and graphs.** A chain of dense layers runs on an [`Engine`]; a
//!   graph of convolutions, pools and `ADD`s ([`graph`]) runs in one
//!   caller-owned arena whose size, [`Model::arena_bytes`], the file records:
//!   every tensor's place was planned when the model was written.
//! - **TFLite's integers, exactly.** Layers accumulate in int32 and
//!   requantize as the runtime the model came from does ([`Rounding`], per
//!   layer): LiteRT's single rounding or TensorFlow Lite Micro's and
//!   CMSIS-NN's double rounding, byte for byte.
//! - **`unsafe` only in the assembly kernels.** `#![deny(unsafe_code)]`; the
//!   Cortex-M inner loops (`SXTB16`/`SMLAD` and the depthwise `SMLABB`/`SMLATT`
//!   on M4/M7/M33, `MULS` on M0) are
//!   inline assembly in `kernels/dsp.rs` and `kernels/armv6m.rs`, compiled
//!   only for those targets, with a `// SAFETY:` comment on every block.
//!   Hosts run safe Rust that the compiler vectorizes, fastest through
//!   [`Prepared`] and [`Batch`].
//!
//! ```
//! use stitch_core::{Engine, Model};
//! # let bytes: &[u8] = stitch_core::include_model!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tiny.stitch"));
//! let model = Model::from_bytes(&bytes)?;
//! let mut engine = Engine::<8>::new();
//! let inference = engine.infer(&model, &[0, 255, 255, 0])?;
//! let mut probabilities = [0.0f32; 2];
//! let scale = model.output_quantization().scale;
//! stitch_core::softmax::softmax(inference.logits(), scale, &mut probabilities)?;
//! let class = inference.class();
//! println!("{:?} ({:.3})", model.class_name(class), probabilities[class]);
//! # Ok::<(), stitch_core::Error>(())
//! ```
//!
//! The file format is specified in `FORMAT.md` beside this crate.
//!
//! ## Dependencies
//! postcard and serde decode the file, heapless holds the layer table without
//! a heap, micromath provides `exp` for the softmax without `std`, `crc`
//! (the crate postcard's `use-crc` uses) computes the CRC-32, which covers the
//! raw header as well as the postcard body, and bytemuck views the engine's
//! byte buffers as int8 without `unsafe`.
#![no_std]
#![deny(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod conv;
pub mod cost;
mod embed;
mod engine;
mod error;
pub mod format;
pub mod graph;
mod kernels;
mod model;
pub mod requant;
pub mod samples;
pub mod softmax;
pub mod vectors;
#[cfg(feature = "alloc")]
pub mod writer;

pub use engine::{engine_ram_bytes, Engine, Inference};
pub use error::Error;
pub use format::{Activation, Layer, Rounding};
#[cfg(not(target_os = "none"))]
pub use kernels::batch::Batch;
#[cfg(not(target_os = "none"))]
pub use kernels::prepared::Prepared;
pub use kernels::KERNEL;
pub use model::{Channel, ClassNames, LayerKind, Model, Origin, OutputMeaning, Quantization};
