//! Writing model files (feature `alloc`): the host's only way to make one.
//!
//! A [`ModelSpec`] holds a model in TFLite's terms (biases at scale
//! `input_scale * weight_scale`, not yet folded; activations by name);
//! [`to_bytes`] folds the zero points into the biases, derives each
//! activation's clamp, lays the weights out in blocks, encodes the file and
//! reads it back through [`Model::from_bytes`], so it never returns a file
//! the reader rejects.

mod arena;
mod encode;
mod fold;
mod graph;
mod plan;
mod upgrade;

pub use arena::{peak_live_bytes, plan_arena, ArenaPlan, Lifetime, ARENA_ALIGN};
pub use graph::{graph_to_bytes, ChannelsSpec, GraphLayerSpec, GraphSpec, OpSpec};
pub use upgrade::upgrade;

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::error::Error;
use crate::format::{Activation, Rounding};
use crate::model::{Model, OutputMeaning, Quantization};

/// A whole model, owned, in the terms a quantizer or an importer produces.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelSpec {
    /// A name for people (shown by `stitch inspect`).
    pub name: String,
    /// The file the model was imported from, if any.
    pub origin: Option<OriginSpec>,
    /// The int8 input.
    pub input: InputSpec,
    /// What the last layer's outputs mean.
    pub output: OutputSpec,
    /// The layers, first to last.
    pub layers: Vec<LayerSpec>,
}

/// The file a model was imported from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OriginSpec {
    /// The source file's name, without its directory.
    pub source: String,
    /// SHA-256 of the source file's bytes.
    pub sha256: [u8; 32],
}

/// The model's int8 input.
#[derive(Debug, Clone, PartialEq)]
pub struct InputSpec {
    /// The shape, read flattened: `[28, 28]` for an image.
    pub shape: Vec<usize>,
    /// Scale and zero point: 1/255 and -128 for pixels / 255.
    pub quantization: Quantization,
}

/// What the last layer's outputs mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputSpec {
    /// Logits of classes, one name per output.
    Classes(Vec<String>),
    /// Values, read dequantized.
    Values,
}

/// One dense layer, owned.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerSpec {
    /// Number of inputs.
    pub in_len: usize,
    /// Number of outputs.
    pub out_len: usize,
    /// Symmetric int8 weights (-127..=127), row-major `[out][in]`.
    pub weights: Vec<i8>,
    /// int32 biases at scale `input_scale * weight_scale[o]`, as TFLite stores them.
    pub biases: Vec<i32>,
    /// Q31 requantization multipliers, one per output.
    pub multipliers: Vec<i32>,
    /// Requantization shifts (positive: left), one per output.
    pub shifts: Vec<i8>,
    /// Quantization of the int8 outputs.
    pub output: Quantization,
    /// Activation after requantization.
    pub activation: Activation,
    /// How the accumulator is scaled back to int8.
    pub rounding: Rounding,
}

/// Encodes `spec` as a model file: header, postcard body, CRC-32.
///
/// Fails with the reader's precise error if the spec is not a valid model
/// (shapes, ranges, names, a bias that would not fit once the zero point is
/// folded).
pub fn to_bytes(spec: &ModelSpec) -> Result<Vec<u8>, Error> {
    let bytes = encode::file(spec)?;
    Model::from_bytes(&bytes)?;
    Ok(bytes)
}

/// The output clamp of `activation` for outputs quantized as `output`:
/// TFLite's `CalculateActivationRangeQuantized`.
///
/// ```
/// use stitch_core::{writer::activation_range, Activation, Quantization};
/// let output = Quantization { scale: 0.05, zero_point: -100 };
/// assert_eq!(activation_range(Activation::Relu, output), -100..=127);
/// assert_eq!(activation_range(Activation::Relu6, output), -100..=20);
/// assert_eq!(activation_range(Activation::ReluN1To1, output), -120..=-80);
/// ```
pub fn activation_range(
    activation: Activation,
    output: Quantization,
) -> core::ops::RangeInclusive<i8> {
    match activation {
        Activation::None => i8::MIN..=i8::MAX,
        Activation::Relu => output.quantize(0.0)..=i8::MAX,
        Activation::Relu6 => output.quantize(0.0)..=output.quantize(6.0),
        Activation::ReluN1To1 => output.quantize(-1.0)..=output.quantize(1.0),
    }
}

impl ModelSpec {
    /// The spec a model was written from: biases are unfolded again, so
    /// `ModelSpec::from_model(&Model::from_bytes(&to_bytes(&spec)?)?) == spec`.
    pub fn from_model(model: &Model<'_>) -> ModelSpec {
        let mut input_zero_point = model.input_quantization().zero_point;
        let layers = model
            .layers()
            .iter()
            .map(|layer| {
                let spec = fold::unfolded_layer(layer, input_zero_point);
                input_zero_point = layer.output_quantization().zero_point;
                spec
            })
            .collect();
        ModelSpec {
            name: model.name().to_string(),
            origin: model.origin().map(|origin| OriginSpec {
                source: origin.source.to_string(),
                sha256: origin.sha256,
            }),
            input: InputSpec {
                shape: model.input_shape().iter().map(|&d| d as usize).collect(),
                quantization: model.input_quantization(),
            },
            output: match model.output_meaning() {
                OutputMeaning::Classes => {
                    OutputSpec::Classes(model.class_names().map(ToString::to_string).collect())
                }
                OutputMeaning::Values => OutputSpec::Values,
            },
            layers,
        }
    }
}
