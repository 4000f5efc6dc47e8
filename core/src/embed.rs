//! [`include_model!`](crate::include_model): a model file in flash at the
//! alignment the format requires.

/// Embeds a model file in the binary at a 4-aligned address, as `&'static [u8]`.
///
/// The format places each layer's weights at a 4-aligned offset from the
/// start of the file, so that kernels may load words; the file itself must
/// then start at a 4-aligned address, which `include_bytes!` alone does not
/// promise.
///
/// ```
/// static MODEL: &[u8] = stitch_core::include_model!("../tests/data/tiny.stitch");
/// assert_eq!(MODEL.as_ptr() as usize % 4, 0);
/// let model = stitch_core::Model::from_bytes(MODEL)?;
/// # Ok::<(), stitch_core::Error>(())
/// ```
#[macro_export]
macro_rules! include_model {
    ($path:expr) => {{
        #[repr(C, align(4))]
        struct Aligned<T: ?Sized>(T);
        static ALIGNED: &Aligned<[u8]> = &Aligned(*include_bytes!($path));
        &ALIGNED.0
    }};
}
