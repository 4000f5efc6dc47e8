//! The postcard records of a model file, in the order they are stored.
//!
//! Slices borrow from the file: a model in flash is read in place. Fields are
//! encoded in declaration order (postcard has no field names), so the order
//! here is the format; `FORMAT.md` lists it byte by byte.

use serde::{Deserialize, Serialize};

use super::MAX_INPUT_RANK;
#[cfg(doc)]
use super::MAX_LAYERS;
use crate::conv::{FeatureMap, Padding, Window};

/// The activation fused into a layer, as TFLite names them. In the file it
/// is recorded beside the clamp it becomes in the quantized domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Activation {
    /// Identity: the full int8 range.
    None,
    /// ReLU: clamped below at the output zero point.
    Relu,
    /// ReLU6: clamped to the int8 values of 0.0 and 6.0.
    Relu6,
    /// ReLU_N1_TO_1: clamped to the int8 values of -1.0 and 1.0.
    ReluN1To1,
}

impl Activation {
    /// TFLite's name for it, lower case: `none`, `relu`, `relu6`, `relu_n1_to_1`.
    pub const fn name(self) -> &'static str {
        match self {
            Activation::None => "none",
            Activation::Relu => "relu",
            Activation::Relu6 => "relu6",
            Activation::ReluN1To1 => "relu_n1_to_1",
        }
    }
}

/// How a layer scales its int32 accumulator back to int8.
///
/// Both use TFLite's Q31 multiplier `M` and shift `s`
/// ([`crate::requant::quantize_multiplier`]); they differ in the last bit of
/// some outputs, so a model records which runtime's integers it reproduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rounding {
    /// One rounding of the 64-bit product, `(acc * M + 2^(30 - s)) >> (31 - s)`:
    /// LiteRT's reference kernels (desktop TFLite), and CMSIS-NN built with
    /// `CMSIS_NN_USE_SINGLE_ROUNDING`.
    Single,
    /// gemmlowp's `SaturatingRoundingDoublingHighMul` then
    /// `RoundingDivideByPOT`: TensorFlow Lite Micro and CMSIS-NN by default.
    Double,
}

impl Rounding {
    /// `single` or `double`.
    pub const fn name(self) -> &'static str {
        match self {
            Rounding::Single => "single",
            Rounding::Double => "double",
        }
    }
}

/// The postcard body of a model file up to its layers: then come
/// `layer_count` [`Layer`]s, read one at a time into the model (a model is
/// kilobytes; reading them as one `heapless::Vec` would put copies of it on
/// a small chip's stack).
#[derive(Deserialize)]
pub(crate) struct Head<'a> {
    #[serde(borrow)]
    pub name: &'a str,
    #[serde(borrow)]
    pub origin: Option<OriginRecord<'a>>,
    pub input: InputRecord,
    #[serde(borrow)]
    pub output: OutputRecord<'a>,
    /// Postcard's length prefix of the layers (at most [`MAX_LAYERS`] are read).
    pub layer_count: u64,
}

/// The file a model was imported from (absent for models `stitch` trained).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct OriginRecord<'a> {
    /// The source file's name, without its directory.
    pub source: &'a str,
    /// SHA-256 of the source file's bytes.
    pub sha256: [u8; 32],
}

/// The model's int8 input: shape (read flattened) and quantization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct InputRecord {
    pub shape: heapless::Vec<u32, MAX_INPUT_RANK>,
    pub scale: f32,
    pub zero_point: i8,
}

/// What the last layer's outputs mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum OutputRecord<'a> {
    /// Logits of classes: one name per output, separated by
    /// [`super::CLASS_NAME_SEPARATOR`].
    Classes { names: &'a str },
    /// Values (an autoencoder's reconstruction, a regressor's estimate):
    /// read dequantized with the last layer's scale and zero point.
    Values,
}

/// One layer as the file stores it; read into a [`super::Layer`].
#[derive(Deserialize)]
pub(crate) struct LayerRecord<'a> {
    pub rounding: Rounding,
    pub activation: Activation,
    pub output_scale: f32,
    pub output_zero_point: i8,
    pub output_min: i8,
    pub output_max: i8,
    #[serde(borrow)]
    pub op: OpRecord<'a>,
}

/// The operation of a layer. Kinds are added at the end: a postcard enum is
/// its variant index, then the variant's fields.
///
/// A model is a *chain* of `Dense` layers (each reads the previous one's
/// output, offset by 128, in the engine's buffers) or a *graph* of the other
/// kinds (each reads the tensors it names and writes int8 at its offset in a
/// caller-owned arena); validation refuses a mix.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub(crate) enum OpRecord<'a> {
    /// A fully connected layer of a chain.
    Dense(#[serde(borrow)] DenseRecord<'a>),
    /// `CONV_2D`: filters `[out][h][w][in]`.
    Conv2d(#[serde(borrow)] ConvRecord<'a>),
    /// `DEPTHWISE_CONV_2D`, depth multiplier 1: filters `[h][w][channels]`.
    DepthwiseConv2d(#[serde(borrow)] ConvRecord<'a>),
    /// `FULLY_CONNECTED` in a graph: weights `[out][in]`, its input read flattened.
    FullyConnected(#[serde(borrow)] FullyConnectedRecord<'a>),
    /// `AVERAGE_POOL_2D`.
    AveragePool2d(WindowedRecord),
    /// `MAX_POOL_2D`.
    MaxPool2d(WindowedRecord),
    /// `ADD` of two tensors of one length.
    Add(AddRecord),
}

/// Where a graph layer reads and writes: its (first) input tensor, the
/// arena offset of its output, and the arena offset of its scratch (a
/// convolution's window gathered, and the Cortex-M4 kernel's sums; 4-aligned;
/// 0 for a layer that needs none). Tensor 0 is the model's input (the
/// caller's slice); tensor `k` is the output of layer `k - 1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct WiringRecord {
    pub input: u8,
    pub offset: u32,
    pub scratch: u32,
}

/// A graph layer's weights and per-output-channel data: for `CONV_2D` and
/// `FULLY_CONNECTED` as a dense layer's (each output a row of its window's
/// values, in the blocked layout, offset binary, the input zero point folded
/// into the biases), for `DEPTHWISE_CONV_2D` as TFLite stores them (int8,
/// `[h][w][channels]`, biases unfolded); int32 LE biases and Q31
/// multipliers, int8 shifts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ChannelsRecord<'a> {
    /// 0 to 3 zero bytes that make `weights` start at a 4-aligned file offset.
    #[serde(borrow)]
    pub padding: &'a [u8],
    #[serde(borrow)]
    pub weights: &'a [u8],
    #[serde(borrow)]
    pub biases: &'a [u8],
    #[serde(borrow)]
    pub multipliers: &'a [u8],
    #[serde(borrow)]
    pub shifts: &'a [u8],
}

/// An image's shape as the file stores it: rows, columns, channels, each
/// below 2^16 (small, since a model holds up to 32 layers in RAM).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct MapRecord {
    pub height: u16,
    pub width: u16,
    pub channels: u16,
}

/// A window as the file stores it: size, strides, padding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct WindowRecord {
    pub height: u16,
    pub width: u16,
    pub stride_height: u16,
    pub stride_width: u16,
    pub padding: Padding,
}

impl From<MapRecord> for FeatureMap {
    fn from(r: MapRecord) -> Self {
        FeatureMap {
            height: usize::from(r.height),
            width: usize::from(r.width),
            channels: usize::from(r.channels),
        }
    }
}

impl From<WindowRecord> for Window {
    fn from(r: WindowRecord) -> Self {
        Window {
            height: usize::from(r.height),
            width: usize::from(r.width),
            stride_height: usize::from(r.stride_height),
            stride_width: usize::from(r.stride_width),
            padding: r.padding,
        }
    }
}

impl TryFrom<FeatureMap> for MapRecord {
    type Error = core::num::TryFromIntError;
    fn try_from(m: FeatureMap) -> Result<Self, Self::Error> {
        Ok(MapRecord {
            height: m.height.try_into()?,
            width: m.width.try_into()?,
            channels: m.channels.try_into()?,
        })
    }
}

impl TryFrom<Window> for WindowRecord {
    type Error = core::num::TryFromIntError;
    fn try_from(w: Window) -> Result<Self, Self::Error> {
        Ok(WindowRecord {
            height: w.height.try_into()?,
            width: w.width.try_into()?,
            stride_height: w.stride_height.try_into()?,
            stride_width: w.stride_width.try_into()?,
            padding: w.padding,
        })
    }
}

/// A windowed layer's wiring, input shape and window: a pool's whole
/// record, and a convolution's before its channels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct WindowedRecord {
    pub wiring: WiringRecord,
    pub input: MapRecord,
    pub window: WindowRecord,
}

/// `CONV_2D` or `DEPTHWISE_CONV_2D`: the input's shape, the window, the
/// channels (as many outputs as shifts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ConvRecord<'a> {
    pub windowed: WindowedRecord,
    #[serde(borrow)]
    pub channels: ChannelsRecord<'a>,
}

/// `FULLY_CONNECTED` in a graph: `inputs` values, as many as its input
/// tensor holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct FullyConnectedRecord<'a> {
    pub wiring: WiringRecord,
    pub inputs: u32,
    #[serde(borrow)]
    pub channels: ChannelsRecord<'a>,
}

/// `ADD`: the wiring's input plus tensor `other`, both of `len` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct AddRecord {
    pub wiring: WiringRecord,
    pub other: u8,
    pub len: u32,
}

/// A fully connected layer's shape and data.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub(crate) struct DenseRecord<'a> {
    pub in_len: u32,
    pub out_len: u32,
    /// 0 to 3 zero bytes that make `weights` start at a 4-aligned file offset.
    #[serde(borrow)]
    pub padding: &'a [u8],
    /// int8 weights, offset binary (`w + 128`), in the blocked layout of
    /// [`super::weight_index`].
    #[serde(borrow)]
    pub weights: &'a [u8],
    /// int32 little-endian, one per output, input zero point folded in.
    #[serde(borrow)]
    pub biases: &'a [u8],
    /// int32 little-endian Q31 multipliers, one per output.
    #[serde(borrow)]
    pub multipliers: &'a [u8],
    /// int8 shifts, one per output (positive: left).
    #[serde(borrow)]
    pub shifts: &'a [u8],
}
