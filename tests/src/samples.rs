//! The labelled test images the firmware embeds: `firmware/data/test-images.bin`.

use crate::model::workspace;

/// One record of `firmware/data/test-images.bin`: label byte + 28 x 28 pixels.
pub const RECORD: usize = 1 + 28 * 28;

/// The bytes of `firmware/data/test-images.bin` (before any per-target cut),
/// checked to be a non-empty whole number of [`RECORD`]s.
pub fn test_images() -> Vec<u8> {
    let path = workspace().join("firmware/data/test-images.bin");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        !bytes.is_empty() && bytes.chunks_exact(RECORD).remainder().is_empty(),
        "{}: {} bytes is not a whole number of records",
        path.display(),
        bytes.len()
    );
    bytes
}
