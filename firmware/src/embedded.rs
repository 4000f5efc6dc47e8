//! What the build script embedded: the model, the test images, the engine width.

include!(concat!(env!("OUT_DIR"), "/config.rs"));

/// Pixels of one image (28 x 28).
pub const PIXELS: usize = 28 * 28;

/// One record: the label byte, then the pixels.
const RECORD: usize = 1 + PIXELS;

/// Test images in test-set order (256 on Cortex-M4, 128 on Cortex-M0).
const IMAGES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/test-images.bin"));

/// How many test images are embedded.
pub const IMAGE_COUNT: usize = IMAGES.len() / RECORD;

/// Forces 4-byte alignment on its contents.
#[repr(C, align(4))]
struct Aligned<T: ?Sized>(T);

/// The model file, 4-aligned so word loads of its weights stay aligned.
static MODEL: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/model.stitch")));

/// The model file's bytes (in flash).
pub fn model() -> &'static [u8] {
    &MODEL.0
}

/// One labelled test image.
pub struct Sample {
    /// The true class.
    pub label: u8,
    /// `PIXELS` raw pixels, 0..=255.
    pub pixels: &'static [u8],
}

/// The embedded test images, in order.
pub fn samples() -> impl Iterator<Item = Sample> {
    IMAGES.chunks_exact(RECORD).map(|record| Sample {
        label: record[0],
        pixels: &record[1..],
    })
}
