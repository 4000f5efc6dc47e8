//! The postcard records of a model file, in the order they are stored.
//!
//! Slices borrow from the file: a model in flash is read in place. Fields are
//! encoded in declaration order (postcard has no field names), so the order
//! here is the format; `FORMAT.md` lists it byte by byte.

use serde::{Deserialize, Serialize};

use super::{MAX_INPUT_RANK, MAX_LAYERS};

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

/// The postcard body of a model file.
#[derive(Serialize, Deserialize)]
pub(crate) struct Body<'a> {
    #[serde(borrow)]
    pub name: &'a str,
    #[serde(borrow)]
    pub origin: Option<OriginRecord<'a>>,
    pub input: InputRecord,
    #[serde(borrow)]
    pub output: OutputRecord<'a>,
    #[serde(borrow)]
    pub layers: heapless::Vec<Layer<'a>, MAX_LAYERS>,
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

/// One layer of a [`crate::Model`]: what it computes and how its outputs are
/// requantized. Its accessors are documented with the model
/// (`core/src/model/layer.rs`); a `Layer` exists only inside a validated model.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Layer<'a> {
    pub(crate) rounding: Rounding,
    pub(crate) activation: Activation,
    pub(crate) output_scale: f32,
    pub(crate) output_zero_point: i8,
    /// The activation as a clamp of the int8 outputs: `min..=max`.
    pub(crate) output_min: i8,
    pub(crate) output_max: i8,
    #[serde(borrow)]
    pub(crate) op: OpRecord<'a>,
}

/// The operation of a layer. Kinds are added at the end: a postcard enum is
/// its variant index, then the variant's fields.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub(crate) enum OpRecord<'a> {
    /// A fully connected layer.
    Dense(#[serde(borrow)] DenseRecord<'a>),
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
