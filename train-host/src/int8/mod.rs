//! The int8 model on the host, always through stitch-core (the engine the
//! firmware runs): reading model files, feeding them data-set images, and
//! evaluating them. The host never re-implements int8 inference, so the
//! accuracy it reports is the accuracy the device gets.

pub mod evaluate;
pub mod file;
pub mod pixels;

pub use evaluate::{predict, MAX_WIDTH};
pub use file::{parse, read};
pub use pixels::PixelInput;
