//! The labelled test images the firmware embeds: `firmware/data/test-images.bin`,
//! in the record format of `stitch_core::samples`.

use crate::model::workspace;

/// The bytes of `firmware/data/test-images.bin` (before any per-target cut),
/// checked to be whole records of 28 x 28 images.
pub fn test_images() -> Vec<u8> {
    let path = workspace().join("firmware/data/test-images.bin");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if let Err(e) = stitch_core::samples::Samples::new(&bytes, 28 * 28) {
        panic!("{}: {e}", path.display());
    }
    bytes
}
