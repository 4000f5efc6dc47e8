//! The one error type of `stitch-core`.

use core::fmt;

/// Everything that can go wrong when reading a model or running it.
///
/// Each variant says precisely what was wrong; layer indices count from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The bytes end before the model does.
    Truncated {
        /// Bytes a complete model needs at the least.
        needed: usize,
        /// Bytes that were given.
        found: usize,
    },
    /// The file does not start with [`MAGIC`](crate::format::MAGIC).
    BadMagic,
    /// The format version is not the one this reader understands.
    UnsupportedVersion {
        /// The version written in the file.
        found: u16,
        /// The version this reader reads.
        supported: u16,
    },
    /// The CRC-32 stored at the end does not match the bytes before it.
    Checksum {
        /// The CRC stored in the file.
        stored: u32,
        /// The CRC of the bytes actually present.
        computed: u32,
    },
    /// The body between header and CRC is not a valid postcard encoding of a model.
    Malformed,
    /// A layer's weights do not start at a 4-aligned offset in the file.
    Misaligned {
        /// The layer.
        layer: usize,
    },
    /// The body decodes but bytes are left over before the CRC.
    TrailingBytes,
    /// The model has no layers, or more than [`MAX_LAYERS`](crate::format::MAX_LAYERS).
    LayerCount {
        /// Layers in the file.
        found: usize,
    },
    /// The input shape has no dimension, or more than
    /// [`MAX_INPUT_RANK`](crate::format::MAX_INPUT_RANK).
    InputRank {
        /// Dimensions in the file.
        found: usize,
    },
    /// A layer's input width does not match what feeds it.
    LayerShape {
        /// The layer.
        layer: usize,
        /// Width of the previous layer's output (or the model input).
        expected_in: usize,
        /// The layer's declared input width.
        found_in: usize,
    },
    /// A layer's weight, bias, multiplier or shift data has the wrong length.
    SliceLength {
        /// The layer.
        layer: usize,
        /// Which field: `"weights"`, `"biases"`, `"multipliers"` or `"shifts"`.
        field: &'static str,
        /// Bytes its widths require.
        expected: usize,
        /// Bytes present.
        found: usize,
    },
    /// A layer width is zero or exceeds the format's limit.
    TooWide {
        /// The layer.
        layer: usize,
        /// The offending width.
        width: usize,
        /// The largest width allowed.
        max: usize,
    },
    /// A requantization parameter is out of range, so the arithmetic would not be exact.
    Requantization {
        /// The layer.
        layer: usize,
        /// The output channel.
        channel: usize,
    },
    /// A bias is outside the range that keeps the int32 accumulator from overflowing.
    BiasRange {
        /// The layer.
        layer: usize,
        /// The output channel.
        channel: usize,
    },
    /// A scale in the file is not a finite positive number.
    Scale {
        /// The layer, or `None` for the model input.
        layer: Option<usize>,
    },
    /// A layer's output clamp is not the one its activation makes.
    Clamp {
        /// The layer.
        layer: usize,
    },
    /// The number of class names differs from the last layer's width.
    ClassCount {
        /// Class names in the file.
        names: usize,
        /// Width of the last layer.
        outputs: usize,
    },
    /// A name in the file contains a control character (names are printed).
    ControlCharacter {
        /// Which name: `"model name"`, `"class names"` or `"origin file name"`.
        field: &'static str,
    },
    /// The engine's buffers are smaller than the model needs.
    Capacity {
        /// Values the model needs a buffer to hold.
        needed: usize,
        /// Values the engine's buffers hold.
        capacity: usize,
    },
    /// A convolution or pooling window that gives no output (a zero size or
    /// stride, no channels, a `Valid` window larger than the image), or
    /// shapes whose sizes overflow `usize`.
    Window,
    /// A buffer handed to a function has the wrong length.
    Length {
        /// Length required.
        expected: usize,
        /// Length given.
        found: usize,
    },
    /// A scale handed to a function is not a finite positive number, or
    /// gives a factor outside what TFLite accepts for that operator.
    InvalidScale,
    /// A model mixes a chain's dense layers with a graph's layers.
    LayerKind {
        /// The first layer of the other kind.
        layer: usize,
    },
    /// A graph layer reads a tensor that is not the input or an earlier layer's output.
    TensorIndex {
        /// The layer.
        layer: usize,
        /// The tensor it names.
        tensor: usize,
    },
    /// A graph layer's window gives no output, or its channels do not fit
    /// its input (no channels, a depthwise layer's count, a filter longer than
    /// [`MAX_INPUT_WIDTH`](crate::format::MAX_INPUT_WIDTH)).
    LayerWindow {
        /// The layer.
        layer: usize,
    },
    /// A pool's output quantization differs from its input's (TFLite requires them equal).
    PoolQuantization {
        /// The layer.
        layer: usize,
    },
    /// A graph layer's output overlaps, in the arena, a tensor still to be read.
    ArenaOverlap {
        /// The layer.
        layer: usize,
    },
    /// The arena handed to [`crate::graph::infer`] is smaller than the model's.
    ArenaSize {
        /// Bytes the model's plan needs.
        needed: usize,
        /// Bytes given.
        found: usize,
    },
    /// A graph model was given to [`crate::Engine`]: it runs with an arena
    /// of [`Model::arena_bytes`](crate::Model::arena_bytes) ([`crate::graph::infer`]).
    GraphModel,
    /// A chain of dense layers was given to [`crate::graph::infer`]: it runs on an [`crate::Engine`].
    ChainModel,
    /// A layer asked for by index that the model does not have.
    LayerIndex {
        /// The index asked for.
        index: usize,
        /// Layers the model has.
        layers: usize,
    },
}

impl Error {
    /// [`Error::Length`] unless a buffer of `found` values holds the
    /// `expected` ones.
    pub(crate) fn expect_len(expected: usize, found: usize) -> Result<(), Error> {
        if expected == found {
            Ok(())
        } else {
            Err(Error::Length { expected, found })
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Error::Truncated { needed, found } => {
                write!(f, "truncated: needs at least {needed} bytes, found {found}")
            }
            Error::BadMagic => f.write_str("not a stitch model (bad magic)"),
            Error::UnsupportedVersion { found, supported } if found < supported => write!(
                f,
                "format version {found} is older than this reader's {supported}"
            ),
            Error::UnsupportedVersion { found, supported } => write!(
                f,
                "format version {found} is newer than this reader's {supported}"
            ),
            Error::Checksum { stored, computed } => write!(
                f,
                "checksum mismatch: stored {stored:#010x}, computed {computed:#010x}"
            ),
            Error::Malformed => f.write_str("malformed model body"),
            Error::Misaligned { layer } => {
                write!(f, "layer {layer}: weights do not start at a 4-aligned offset")
            }
            Error::TrailingBytes => f.write_str("unexpected bytes after the model body"),
            Error::LayerCount { found } => write!(
                f,
                "{found} layers: a model has 1 to {} layers",
                crate::format::MAX_LAYERS
            ),
            Error::InputRank { found } => write!(
                f,
                "input shape has {found} dimensions: a model's input has 1 to {}",
                crate::format::MAX_INPUT_RANK
            ),
            Error::LayerShape { layer, expected_in, found_in } => write!(
                f,
                "layer {layer}: input width {found_in} does not match the {expected_in} values feeding it"
            ),
            Error::SliceLength { layer, field, expected, found } => write!(
                f,
                "layer {layer}: {field} hold {found} bytes, its widths need {expected}"
            ),
            Error::TooWide { layer, width, max } => {
                write!(f, "layer {layer}: width {width} is outside 1..={max}")
            }
            Error::Requantization { layer, channel } => write!(
                f,
                "layer {layer}, channel {channel}: requantization multiplier or shift out of range"
            ),
            Error::BiasRange { layer, channel } => write!(
                f,
                "layer {layer}, channel {channel}: bias outside +-2^29, the accumulator could overflow"
            ),
            Error::Scale { layer: Some(layer) } => {
                write!(f, "layer {layer}: output scale is not finite and positive")
            }
            Error::Scale { layer: None } => f.write_str("input scale is not finite and positive"),
            Error::Clamp { layer } => write!(
                f,
                "layer {layer}: output clamp does not match the layer's activation"
            ),
            Error::ClassCount { names, outputs } => {
                write!(f, "{names} class names for {outputs} outputs")
            }
            Error::ControlCharacter { field } => {
                write!(f, "{field}: a control character")
            }
            Error::Capacity { needed, capacity } => write!(
                f,
                "the model needs buffers of {needed} values, the engine's hold {capacity}"
            ),
            Error::Length { expected, found } => {
                write!(f, "buffer holds {found} values, expected {expected}")
            }
            Error::InvalidScale => f.write_str("scale is not finite and positive"),
            Error::Window => f.write_str(
                "window gives no output: zero size, stride or channels, or larger than the image",
            ),
            Error::LayerKind { layer } => write!(
                f,
                "layer {layer}: a model is a chain of dense layers or a graph of the other kinds, not both"
            ),
            Error::TensorIndex { layer, tensor } => write!(
                f,
                "layer {layer}: reads tensor {tensor}, which is not the input or an earlier layer's output"
            ),
            Error::LayerWindow { layer } => write!(
                f,
                "layer {layer}: its window or channels do not fit its input"
            ),
            Error::PoolQuantization { layer } => write!(
                f,
                "layer {layer}: a pool's output quantization must be its input's"
            ),
            Error::ArenaOverlap { layer } => write!(
                f,
                "layer {layer}: its output overlaps a tensor still to be read, or leaves 32-bit range"
            ),
            Error::ArenaSize { needed, found } => {
                write!(f, "the model needs an arena of {needed} bytes, got {found}")
            }
            Error::GraphModel => {
                f.write_str("a graph model runs with an arena (graph::infer), not on an Engine")
            }
            Error::ChainModel => {
                f.write_str("a chain of dense layers runs on an Engine, not with graph::infer")
            }
            Error::LayerIndex { index, layers } => {
                write!(f, "layer {index}: the model has {layers} layers")
            }
        }
    }
}

impl core::error::Error for Error {}
