//! What running a model costs on a target, known before flashing: RAM of
//! the engine (and, in later sections, instructions per inference).

/// A target stitch-core has a kernel for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Target {
    /// Cortex-M4/M7/M33 with the DSP extension: the `dsp` kernel.
    CortexM4,
    /// Cortex-M0/M0+: the `armv6m` kernel.
    CortexM0,
    /// Anything else: the portable Rust kernel.
    Portable,
}

/// Inputs the Cortex-M4 kernel unpacks at a time (`kernels/dsp.rs`).
const DSP_CHUNK: usize = 128;

impl Target {
    /// The target this crate is compiled for.
    pub const THIS: Target = if cfg!(stitch_dsp) {
        Target::CortexM4
    } else if cfg!(stitch_thumbv6) {
        Target::CortexM0
    } else {
        Target::Portable
    };

    /// Bytes of RAM an [`Engine`](crate::Engine) `max_width` wide occupies on
    /// this target: two activation buffers of `max_width` bytes, plus, on a
    /// Cortex-M4, the unpacked input chunk (256 bytes) and one partial sum per
    /// output and three for a last group's padding rows (`4 * max_width + 12`).
    ///
    /// ```
    /// use stitch_core::cost::Target;
    /// assert_eq!(Target::CortexM0.ram_bytes(64), 128);
    /// assert_eq!(Target::CortexM4.ram_bytes(64), 128 + 256 + 256 + 12);
    /// ```
    pub const fn ram_bytes(self, max_width: usize) -> usize {
        let buffers = max_width.saturating_mul(2);
        match self {
            Target::CortexM4 => buffers
                .saturating_add(DSP_CHUNK * 2)
                .saturating_add(max_width.saturating_mul(4))
                .saturating_add(12),
            Target::CortexM0 | Target::Portable => buffers,
        }
    }
}
