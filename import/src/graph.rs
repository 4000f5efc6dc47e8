//! A TFLite file read into plain Rust: the one subgraph's tensors and
//! operators, every index checked. Everything the importer knows about the
//! flatbuffer goes through planus's generated, bounds-checked accessors
//! (`tflite_schema.rs`); a malformed buffer is an error, never a panic.

use planus::ReadAsRoot;

use super::operator_names::BUILTIN_OPERATORS;
use super::tflite_schema::tflite;
use super::ImportError;

pub use tflite::{ActivationFunctionType as Fused, BuiltinOperator, Padding, TensorType};

/// The one subgraph of a model.
#[derive(Debug)]
pub struct Graph<'b> {
    pub tensors: Vec<Tensor<'b>>,
    pub operators: Vec<Operator>,
    pub inputs: Vec<usize>,
    pub outputs: Vec<usize>,
}

/// A tensor: shape, type, quantization and, for a constant, its data.
#[derive(Debug)]
pub struct Tensor<'b> {
    pub name: String,
    /// The shape with the batch size TFLite allocates (1).
    pub shape: Vec<i32>,
    pub dtype: TensorType,
    /// The bytes of a constant tensor (weights, biases, shapes).
    pub data: Option<&'b [u8]>,
    pub quantization: Option<Quantization>,
}

/// A tensor's affine quantization: one scale and zero point, or one per
/// channel along `dimension`.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantization {
    pub scales: Vec<f32>,
    pub zero_points: Vec<i64>,
    pub dimension: i32,
}

/// An operator: what it is, its options, and the tensors it reads and writes.
#[derive(Debug)]
pub struct Operator {
    /// Position in the subgraph's execution order.
    pub index: usize,
    pub code: Code,
    /// Input tensors; `None` for an optional input left out (index -1).
    pub inputs: Vec<Option<usize>>,
    pub outputs: Vec<usize>,
    pub options: Options,
}

/// Which operator: a builtin one, a builtin code this schema does not know,
/// or a custom one.
#[derive(Debug, Clone, PartialEq)]
pub enum Code {
    Builtin(BuiltinOperator),
    Unknown(i32),
    Custom(String),
}

/// The builtin options stitch reads.
#[derive(Debug, Clone, PartialEq)]
pub enum Options {
    None,
    FullyConnected {
        activation: Fused,
        shuffled_weights: bool,
    },
    Conv2d {
        padding: Padding,
        stride: (i32, i32),
        dilation: (i32, i32),
        activation: Fused,
    },
    DepthwiseConv2d {
        padding: Padding,
        stride: (i32, i32),
        dilation: (i32, i32),
        depth_multiplier: i32,
        activation: Fused,
    },
    Pool2d {
        padding: Padding,
        stride: (i32, i32),
        filter: (i32, i32),
        activation: Fused,
    },
    Add {
        activation: Fused,
    },
    Softmax {
        beta: f32,
    },
    /// Options of another operator, not read.
    Other,
}

/// The activation stitch runs for a fused TFLite one; `None` for those it
/// does not (TANH, SIGN_BIT).
pub fn activation(fused: Fused) -> Option<stitch_core::Activation> {
    use stitch_core::Activation;
    Some(match fused {
        Fused::None => Activation::None,
        Fused::Relu => Activation::Relu,
        Fused::Relu6 => Activation::Relu6,
        Fused::ReluN1To1 => Activation::ReluN1To1,
        _ => return None,
    })
}

impl Operator {
    /// `operator 3 (CONV_2D)`: how errors name an operator.
    pub fn label(&self) -> String {
        format!("operator {} ({})", self.index, self.code.name())
    }

    /// Whether it is the builtin `op`.
    pub fn is(&self, op: BuiltinOperator) -> bool {
        self.code == Code::Builtin(op)
    }

    /// Input `i`, if present.
    pub fn input(&self, i: usize) -> Option<usize> {
        self.inputs.get(i).copied().flatten()
    }
}

impl Code {
    /// TFLite's name: `FULLY_CONNECTED`, `code 250`, `custom "MyOp"`.
    pub fn name(&self) -> String {
        match self {
            Code::Builtin(op) => {
                let code = i32::from(*op);
                BUILTIN_OPERATORS
                    .iter()
                    .find(|(c, _)| *c == code)
                    .map_or_else(|| format!("code {code}"), |(_, name)| name.to_string())
            }
            Code::Unknown(code) => format!("builtin code {code}, unknown to stitch"),
            Code::Custom(name) => format!("custom operator {name:?}"),
        }
    }
}

/// What a planus error becomes: the flatbuffer is malformed at `what`.
fn malformed(what: &str) -> impl Fn(planus::Error) -> ImportError + '_ {
    move |error| ImportError::Malformed(format!("{what}: {error}"))
}

/// Reads the model's single subgraph.
pub fn read(bytes: &[u8]) -> Result<Graph<'_>, ImportError> {
    if bytes.get(4..8) != Some(b"TFL3".as_slice()) {
        return Err(ImportError::NotTflite);
    }
    let model = tflite::ModelRef::read_as_root(bytes).map_err(malformed("model"))?;
    let version = model.version().map_err(malformed("model version"))?;
    if version != 3 {
        return Err(ImportError::Unsupported(format!(
            "schema version {version}; stitch reads version 3"
        )));
    }
    let subgraphs = model
        .subgraphs()
        .map_err(malformed("subgraphs"))?
        .ok_or_else(|| ImportError::Unsupported("no subgraph".into()))?;
    if subgraphs.len() != 1 {
        return Err(ImportError::Unsupported(format!(
            "{} subgraphs; stitch imports a model of one",
            subgraphs.len()
        )));
    }
    let subgraph = subgraphs
        .get(0)
        .ok_or_else(|| ImportError::Unsupported("no subgraph".into()))?
        .map_err(malformed("subgraph 0"))?;
    let codes = operator_codes(&model)?;
    let buffers = model.buffers().map_err(malformed("buffers"))?;
    let mut tensors = Vec::new();
    if let Some(list) = subgraph.tensors().map_err(malformed("tensors"))? {
        for (index, tensor) in list.iter().enumerate() {
            let tensor = tensor.map_err(malformed("a tensor"))?;
            tensors.push(read_tensor(index, &tensor, buffers)?);
        }
    }
    let count = tensors.len();
    let indices =
        |what: &str, list: Option<planus::Vector<'_, i32>>| -> Result<Vec<usize>, ImportError> {
            list.map_or(Ok(Vec::new()), |list| {
                list.iter()
                    .map(|i| tensor_index(i, count).ok_or_else(|| bad_index(what, i, count)))
                    .collect()
            })
        };
    let inputs = indices(
        "subgraph input",
        subgraph.inputs().map_err(malformed("inputs"))?,
    )?;
    let outputs = indices(
        "subgraph output",
        subgraph.outputs().map_err(malformed("outputs"))?,
    )?;
    let mut operators = Vec::new();
    if let Some(list) = subgraph.operators().map_err(malformed("operators"))? {
        for (index, op) in list.iter().enumerate() {
            let op = op.map_err(malformed("an operator"))?;
            operators.push(read_operator(index, &op, &codes, count)?);
        }
    }
    Ok(Graph {
        tensors,
        operators,
        inputs,
        outputs,
    })
}

/// The operator codes: builtin (the larger of the two code fields, as TFLite
/// reads them), unknown, or custom.
fn operator_codes(model: &tflite::ModelRef<'_>) -> Result<Vec<Code>, ImportError> {
    let mut codes = Vec::new();
    let Some(list) = model
        .operator_codes()
        .map_err(malformed("operator codes"))?
    else {
        return Ok(codes);
    };
    for code in list.iter() {
        let code = code.map_err(malformed("an operator code"))?;
        let builtin = code
            .builtin_code()
            .map_err(malformed("an operator code"))?
            .max(i32::from(
                code.deprecated_builtin_code()
                    .map_err(malformed("an operator code"))?,
            ));
        let custom = code.custom_code().map_err(malformed("an operator code"))?;
        codes.push(match (BuiltinOperator::try_from(builtin), custom) {
            (Ok(BuiltinOperator::Custom), Some(name)) => Code::Custom(name.to_string()),
            (Ok(op), _) => Code::Builtin(op),
            (Err(_), _) => Code::Unknown(builtin),
        });
    }
    Ok(codes)
}

fn tensor_index(i: i32, count: usize) -> Option<usize> {
    usize::try_from(i).ok().filter(|&i| i < count)
}

fn bad_index(what: &str, index: i32, count: usize) -> ImportError {
    ImportError::Malformed(format!(
        "{what} refers to tensor {index}; the subgraph has {count}"
    ))
}

fn read_tensor<'b>(
    index: usize,
    tensor: &tflite::TensorRef<'b>,
    buffers: Option<planus::Vector<'b, planus::Result<tflite::BufferRef<'b>>>>,
) -> Result<Tensor<'b>, ImportError> {
    let what = format!("tensor {index}");
    let bad = |error: planus::Error| ImportError::Malformed(format!("{what}: {error}"));
    let name = tensor.name().map_err(bad)?.unwrap_or("").to_string();
    if tensor.sparsity().map_err(bad)?.is_some() {
        return Err(ImportError::Unsupported(format!(
            "{what} ({name}) is sparse"
        )));
    }
    if tensor.external_buffer().map_err(bad)? != 0 {
        return Err(ImportError::Unsupported(format!(
            "{what} ({name}) keeps its data in an external file"
        )));
    }
    let shape = tensor
        .shape()
        .map_err(bad)?
        .map(|s| s.iter().collect())
        .unwrap_or_default();
    let dtype = tensor.type_().map_err(bad)?;
    let buffer_index = tensor.buffer().map_err(bad)? as usize;
    let mut data = None;
    if buffer_index != 0 {
        let buffer = buffers
            .and_then(|b| b.get(buffer_index))
            .ok_or_else(|| {
                ImportError::Malformed(format!("{what} refers to a missing buffer {buffer_index}"))
            })?
            .map_err(bad)?;
        if buffer.offset().map_err(bad)? > 1 {
            return Err(ImportError::Unsupported(format!(
                "{what} ({name}) keeps its data outside the flatbuffer (buffer offset)"
            )));
        }
        data = buffer.data().map_err(bad)?.filter(|d| !d.is_empty());
    }
    let quantization = match tensor.quantization().map_err(bad)? {
        None => None,
        Some(q) => {
            if q.details().map_err(bad)?.is_some() {
                return Err(ImportError::Unsupported(format!(
                    "{what} ({name}) uses custom, blockwise or multi-axis quantization"
                )));
            }
            let scales: Vec<f32> = q
                .scale()
                .map_err(bad)?
                .map(|v| v.iter().collect())
                .unwrap_or_default();
            let zero_points: Vec<i64> = q
                .zero_point()
                .map_err(bad)?
                .map(|v| v.iter().collect())
                .unwrap_or_default();
            let dimension = q.quantized_dimension().map_err(bad)?;
            (!scales.is_empty()).then_some(Quantization {
                scales,
                zero_points,
                dimension,
            })
        }
    };
    Ok(Tensor {
        name,
        shape,
        dtype,
        data,
        quantization,
    })
}

fn read_operator(
    index: usize,
    op: &tflite::OperatorRef<'_>,
    codes: &[Code],
    tensor_count: usize,
) -> Result<Operator, ImportError> {
    let what = format!("operator {index}");
    let bad = |error: planus::Error| ImportError::Malformed(format!("{what}: {error}"));
    let opcode = op.opcode_index().map_err(bad)? as usize;
    let code = codes.get(opcode).cloned().ok_or_else(|| {
        ImportError::Malformed(format!(
            "{what} has operator code {opcode}; the model has {}",
            codes.len()
        ))
    })?;
    let mut inputs = Vec::new();
    if let Some(list) = op.inputs().map_err(bad)? {
        for i in list.iter() {
            inputs.push(match i {
                -1 => None,
                i => Some(
                    tensor_index(i, tensor_count)
                        .ok_or_else(|| bad_index(&what, i, tensor_count))?,
                ),
            });
        }
    }
    let mut outputs = Vec::new();
    if let Some(list) = op.outputs().map_err(bad)? {
        for i in list.iter() {
            outputs.push(
                tensor_index(i, tensor_count).ok_or_else(|| bad_index(&what, i, tensor_count))?,
            );
        }
    }
    let options = match &code {
        Code::Builtin(_) => options(op).map_err(bad)?,
        _ => Options::Other,
    };
    Ok(Operator {
        index,
        code,
        inputs,
        outputs,
        options,
    })
}

/// The builtin options stitch reads; others are not looked at (their union
/// tag may be one this schema subset does not declare).
fn options(op: &tflite::OperatorRef<'_>) -> planus::Result<Options> {
    use tflite::BuiltinOptionsRef as O;
    let Some(options) = op
        .builtin_options()
        .or_else(|error| match error.error_kind {
            planus::errors::ErrorKind::UnknownUnionTag { .. } => Ok(None),
            _ => Err(error),
        })?
    else {
        return Ok(Options::None);
    };
    Ok(match options {
        O::FullyConnectedOptions(o) => Options::FullyConnected {
            activation: o.fused_activation_function()?,
            shuffled_weights: o.weights_format()?
                != tflite::FullyConnectedOptionsWeightsFormat::Default,
        },
        O::Conv2DOptions(o) => Options::Conv2d {
            padding: o.padding()?,
            stride: (o.stride_h()?, o.stride_w()?),
            dilation: (o.dilation_h_factor()?, o.dilation_w_factor()?),
            activation: o.fused_activation_function()?,
        },
        O::DepthwiseConv2DOptions(o) => Options::DepthwiseConv2d {
            padding: o.padding()?,
            stride: (o.stride_h()?, o.stride_w()?),
            dilation: (o.dilation_h_factor()?, o.dilation_w_factor()?),
            depth_multiplier: o.depth_multiplier()?,
            activation: o.fused_activation_function()?,
        },
        O::Pool2DOptions(o) => Options::Pool2d {
            padding: o.padding()?,
            stride: (o.stride_h()?, o.stride_w()?),
            filter: (o.filter_height()?, o.filter_width()?),
            activation: o.fused_activation_function()?,
        },
        O::AddOptions(o) => Options::Add {
            activation: o.fused_activation_function()?,
        },
        O::SoftmaxOptions(o) => Options::Softmax { beta: o.beta()? },
        _ => Options::Other,
    })
}
