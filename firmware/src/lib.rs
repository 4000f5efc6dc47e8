//! The stitch firmware's parts, shared by its binaries: what the build
//! embedded, line output and exit over semihosting (or defmt on a board), the
//! instruction counter and the stack measurement.
#![no_std]

pub mod counter;
pub mod embedded;
#[cfg(not(any(feature = "board", feature = "panic-never")))]
pub mod fault;
pub mod output;
#[cfg(not(feature = "board"))]
pub mod semihosting;
pub mod stack;
