//! End-to-end tests of stitch, and the helpers they share.
//!
//! - [`cli`]: the `stitch` binary (built once per test process) and ways to run it.
//! - [`model`]: the workspace, the committed model (or `$STITCH_TEST_MODEL`),
//!   and the RAM an engine needs.
//! - [`samples`]: the labelled test images the firmware embeds.
//! - [`firmware`]: QEMU targets, tool checks, firmware builds, QEMU runs and
//!   the parsing of what the firmware prints.
//! - [`parity`]: the generated models the firmware parity test runs.

pub mod cli;
pub mod firmware;
pub mod model;
pub mod parity;
pub mod samples;
