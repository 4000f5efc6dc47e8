//! What the build script embedded: the model, the data it runs on, the
//! engine's width and the machine (see `build.rs`).

include!(concat!(env!("OUT_DIR"), "/config.rs"));

/// The model file's bytes, 4-aligned in flash.
pub fn model() -> &'static [u8] {
    stitch_core::include_model!(concat!(env!("OUT_DIR"), "/model.stitch"))
}

/// The data file: labelled samples, or vectors with `STITCH_VECTORS`.
pub fn data() -> &'static [u8] {
    include_bytes!(concat!(env!("OUT_DIR"), "/data.bin"))
}
