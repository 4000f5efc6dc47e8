//! stitch-train: the host side of stitch. Loads Fashion-MNIST, trains a float
//! MLP with candle, quantizes it to int8 and evaluates the int8 model with
//! stitch-core (the same engine the firmware runs).
//!
//! A library so that the end-to-end tests can call it; `src/main.rs` is thin.

pub mod arrays;
pub mod atomic;
pub mod augment;
pub mod cli;
pub mod commands;
pub mod data;
pub mod error;
pub mod files;
pub mod float;
pub mod history;
pub mod image_input;
pub mod int8;
pub mod picture;
pub mod quantize;
pub mod report;
pub mod siblings;
pub mod train;

pub use error::Error;
