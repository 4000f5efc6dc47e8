//! A TFLite graph that is one chain of fully connected layers, as a stitch
//! model spec: optional leading `QUANTIZE`, flatten (`RESHAPE`, or the
//! `SHAPE`/`STRIDED_SLICE`/`PACK` group that computes its shape),
//! `FULLY_CONNECTED` layers, optional trailing `SOFTMAX` and `DEQUANTIZE`.

use stitch_core::requant::{effective_scale, quantize_multiplier};
use stitch_core::writer::{InputSpec, LayerSpec, OutputSpec};
use stitch_core::{Activation, Quantization, Rounding};

use super::graph::{BuiltinOperator as Op, Fused, Graph, Operator, Options, Tensor, TensorType};
use super::ImportError;

/// What the chain ends in besides its layers.
#[derive(Debug, Default, Clone, Copy)]
pub struct Ending {
    /// A `SOFTMAX` follows the last layer: its outputs are class logits.
    pub softmax: bool,
    /// A `DEQUANTIZE` ends the graph: its output is float.
    pub dequantize: bool,
}

/// The input, the layers and the ending of a chain, in TFLite's terms.
pub struct Chain {
    pub input: InputSpec,
    pub layers: Vec<LayerSpec>,
    pub ending: Ending,
}

/// Where the walk is: the tensor the next operator must read.
struct Walk<'g, 'b> {
    graph: &'g Graph<'b>,
    current: usize,
    /// Shape operands computed by `SHAPE`/`STRIDED_SLICE`/`PACK`, for the `RESHAPE` that reads them.
    shape_tensors: Vec<usize>,
}

/// Matches `graph` against the chain stitch imports; `rounding` is recorded
/// in every layer.
pub fn chain(graph: &Graph<'_>, rounding: Rounding) -> Result<Chain, ImportError> {
    let (input, output) = endpoints(graph)?;
    let input_tensor = tensor(graph, input);
    let input_shape = input_shape(input_tensor)?;
    let mut walk = Walk {
        graph,
        current: input,
        shape_tensors: Vec::new(),
    };
    let mut layers = Vec::new();
    let mut ending = Ending::default();
    let mut input_quantization = None;
    for op in &graph.operators {
        let first = op.index == 0;
        let finished = ending.softmax || ending.dequantize;
        match &op.code {
            super::graph::Code::Builtin(Op::Quantize) if first => {
                let (from, to) = walk.step(op)?;
                if from.dtype != TensorType::Float32 {
                    return Err(at(
                        op,
                        format!(
                            "quantizes {:?} input; stitch imports float32 or int8 inputs",
                            from.dtype
                        ),
                    ));
                }
                input_quantization = Some(int8(op, to, "output")?);
            }
            super::graph::Code::Builtin(Op::Shape | Op::StridedSlice | Op::Pack) if !finished => {
                walk.shape_operation(op)?;
            }
            super::graph::Code::Builtin(Op::Reshape) if !finished => {
                walk.reshape(op)?;
            }
            super::graph::Code::Builtin(Op::FullyConnected) if !finished => {
                layers.push(walk.fully_connected(op, rounding)?);
            }
            super::graph::Code::Builtin(Op::Softmax) if !finished && !layers.is_empty() => {
                walk.softmax(op)?;
                ending.softmax = true;
            }
            super::graph::Code::Builtin(Op::Dequantize)
                if !ending.dequantize && !layers.is_empty() =>
            {
                walk.step(op)?;
                ending.dequantize = true;
            }
            _ => return Err(at(op, not_in_chain(op, &layers, &ending))),
        }
    }
    if layers.is_empty() {
        return Err(unsupported("the model has no FULLY_CONNECTED layer".into()));
    }
    if walk.current != output {
        return Err(unsupported(format!(
            "the model's output is tensor {output}, not the end of the chain (tensor {})",
            walk.current
        )));
    }
    let quantization = match input_quantization {
        Some(q) => q,
        None => int8_input(input_tensor)?,
    };
    Ok(Chain {
        input: InputSpec {
            shape: input_shape,
            quantization,
        },
        layers,
        ending,
    })
}

/// The graph's one input tensor and one output tensor.
pub(super) fn endpoints(graph: &Graph<'_>) -> Result<(usize, usize), ImportError> {
    let [input] = graph.inputs[..] else {
        return Err(unsupported(format!(
            "the model has {} inputs; stitch imports a model with one",
            graph.inputs.len()
        )));
    };
    let [output] = graph.outputs[..] else {
        return Err(unsupported(format!(
            "the model has {} outputs; stitch imports a model with one",
            graph.outputs.len()
        )));
    };
    Ok((input, output))
}

/// The quantization of an input read as int8 (no leading `QUANTIZE`).
pub(super) fn int8_input(input: &Tensor<'_>) -> Result<Quantization, ImportError> {
    if input.dtype != TensorType::Int8 {
        return Err(unsupported(format!(
            "the input is {:?}; stitch imports int8 inputs, or float32 through a leading QUANTIZE",
            input.dtype
        )));
    }
    int8_quantization(input)
        .ok_or_else(|| unsupported("the int8 input has no single scale and zero point".into()))
}

/// Why `op` cannot be where it is.
fn not_in_chain(op: &Operator, layers: &[LayerSpec], ending: &Ending) -> String {
    match &op.code {
        super::graph::Code::Builtin(Op::Quantize) => "QUANTIZE is imported only as the first operator, from a float32 input".into(),
        super::graph::Code::Builtin(Op::Softmax | Op::Dequantize) if layers.is_empty() => {
            "comes before any FULLY_CONNECTED layer".into()
        }
        _ if ending.softmax || ending.dequantize => {
            "follows the model's SOFTMAX or DEQUANTIZE; stitch imports those only at the end".into()
        }
        _ => "not supported: stitch imports chains of FULLY_CONNECTED layers (with QUANTIZE, RESHAPE, SOFTMAX, DEQUANTIZE around them), and graphs with convolutions".into(),
    }
}

impl<'g, 'b> Walk<'g, 'b> {
    /// `op` reads the current tensor as input 0 and writes one output, which
    /// becomes current; returns both tensors.
    fn step(&mut self, op: &Operator) -> Result<(&'g Tensor<'b>, &'g Tensor<'b>), ImportError> {
        if op.input(0) != Some(self.current) {
            return Err(at(
                op,
                format!(
                    "reads {} where the chain is at tensor {} ({}): the graph is not one chain",
                    op.input(0)
                        .map_or("no tensor".into(), |t| format!("tensor {t}")),
                    self.current,
                    tensor(self.graph, self.current).name
                ),
            ));
        }
        let [output] = op.outputs[..] else {
            return Err(at(
                op,
                format!("has {} outputs; one expected", op.outputs.len()),
            ));
        };
        let from = tensor(self.graph, self.current);
        self.current = output;
        Ok((from, tensor(self.graph, output)))
    }

    /// The trailing `SOFTMAX`: int8 in and out, beta 1 (the model records
    /// classes, whose softmax, float or int8, takes beta 1 as every Keras
    /// softmax has).
    fn softmax(&mut self, op: &Operator) -> Result<(), ImportError> {
        beta_is_one(op)?;
        let (from, to) = self.step(op)?;
        int8(op, from, "input")?;
        int8(op, to, "output")?;
        Ok(())
    }

    /// `SHAPE`, `STRIDED_SLICE` or `PACK`: the converter's computation of a
    /// flatten's target shape. They may read the chain's shape, never write it.
    fn shape_operation(&mut self, op: &Operator) -> Result<(), ImportError> {
        for &output in &op.outputs {
            let t = tensor(self.graph, output);
            if t.dtype != TensorType::Int32 {
                return Err(at(
                    op,
                    format!(
                        "writes {:?}; as part of a flatten it computes an int32 shape",
                        t.dtype
                    ),
                ));
            }
            self.shape_tensors.push(output);
        }
        let reads_chain_data =
            op.inputs.iter().flatten().any(|&i| i == self.current) && !op.is(Op::Shape);
        if reads_chain_data {
            return Err(at(
                op,
                "reads the chain's data; stitch imports it only as part of a flatten".into(),
            ));
        }
        Ok(())
    }

    /// `RESHAPE`: a flatten, or any reshape, that keeps every value and its quantization.
    fn reshape(&mut self, op: &Operator) -> Result<(), ImportError> {
        if let Some(shape) = op.input(1) {
            let t = tensor(self.graph, shape);
            if t.data.is_none() && !self.shape_tensors.contains(&shape) {
                return Err(at(op, format!("takes its shape from tensor {shape} ({}), which is not a constant or computed from the input's shape", t.name)));
            }
        }
        let (from, to) = self.step(op)?;
        same_values(op, from, to)
    }

    /// `FULLY_CONNECTED`: one layer.
    fn fully_connected(
        &mut self,
        op: &Operator,
        rounding: Rounding,
    ) -> Result<LayerSpec, ImportError> {
        let activation = match &op.options {
            Options::FullyConnected {
                shuffled_weights: true,
                ..
            } => {
                return Err(at(
                    op,
                    "stores its weights shuffled (SHUFFLED4x16INT8)".into(),
                ));
            }
            Options::FullyConnected { activation, .. } => activation_of(op, *activation)?,
            Options::None => Activation::None,
            _ => return Err(at(op, "has options of another operator".into())),
        };
        let weights_index = op.input(1).ok_or_else(|| at(op, "has no weights".into()))?;
        let bias_index = op.input(2);
        let (input, output) = self.step(op)?;
        let input_q = int8(op, input, "input")?;
        let output_q = int8(op, output, "output")?;
        let weights = tensor(self.graph, weights_index);
        let (out_len, in_len, data) = weight_matrix(op, weights, input, output)?;
        let weight_scales = weight_scales(op, weights, out_len, 0)?;
        let biases = biases(op, self.graph, bias_index, out_len)?;
        // One scale for the whole tensor: TFLite rounds the scales' product to f32.
        let per_tensor = weights
            .quantization
            .as_ref()
            .is_some_and(|q| q.scales.len() == 1);
        let (multipliers, shifts) = weight_scales
            .iter()
            .map(|&w| {
                quantize_multiplier(effective_scale(
                    input_q.scale,
                    w,
                    output_q.scale,
                    per_tensor,
                ))
            })
            .unzip();
        Ok(LayerSpec {
            in_len,
            out_len,
            weights: data.iter().map(|&b| b as i8).collect(),
            biases,
            multipliers,
            shifts,
            output: output_q,
            activation,
            rounding,
        })
    }
}

/// The model input's shape without its batch of 1: 1 to 4 dimensions.
pub(super) fn input_shape(input: &Tensor<'_>) -> Result<Vec<usize>, ImportError> {
    without_batch(&input.shape).ok_or_else(|| {
        unsupported(format!(
            "input shape {:?} is not [1, ...] of 1 to 4 dimensions",
            input.shape
        ))
    })
}

/// A trailing `SOFTMAX` takes beta 1: the model records classes, whose
/// softmax, float or int8, takes beta 1 as every Keras softmax has.
pub(super) fn beta_is_one(op: &Operator) -> Result<(), ImportError> {
    match op.options {
        Options::Softmax { beta } if beta != 1.0 => Err(at(
            op,
            format!("has beta {beta}; stitch imports a SOFTMAX with beta 1"),
        )),
        _ => Ok(()),
    }
}

/// A fully connected layer's weight shape `[outputs, inputs]`.
pub(super) fn matrix_shape(op: &Operator, weights: &Tensor<'_>) -> Result<[usize; 2], ImportError> {
    dims(&weights.shape).ok_or_else(|| {
        at(
            op,
            format!(
                "has weights of shape {:?}; [outputs, inputs] expected",
                weights.shape
            ),
        )
    })
}

/// A layer's weights: int8, and a constant.
pub(super) fn int8_constant<'b>(
    op: &Operator,
    weights: &Tensor<'b>,
) -> Result<&'b [u8], ImportError> {
    if weights.dtype != TensorType::Int8 {
        return Err(at(
            op,
            format!(
                "has {:?} weights; stitch imports int8 weights",
                weights.dtype
            ),
        ));
    }
    weights
        .data
        .ok_or_else(|| at(op, "has weights that are not a constant".into()))
}

/// `RESHAPE` keeps every value of its input and its quantization.
pub(super) fn same_values(
    op: &Operator,
    from: &Tensor<'_>,
    to: &Tensor<'_>,
) -> Result<(), ImportError> {
    if elements(&from.shape) != elements(&to.shape) {
        return Err(at(
            op,
            format!(
                "reshapes {:?} to {:?}: the counts differ",
                from.shape, to.shape
            ),
        ));
    }
    if from.quantization != to.quantization || from.dtype != to.dtype {
        return Err(at(op, "changes the quantization of its input".into()));
    }
    Ok(())
}

/// A layer's constant int8 weights `[outputs, inputs]`, checked against the
/// tensors the layer reads and writes: their two widths and bytes.
fn weight_matrix<'b>(
    op: &Operator,
    weights: &Tensor<'b>,
    input: &Tensor<'_>,
    output: &Tensor<'_>,
) -> Result<(usize, usize, &'b [u8]), ImportError> {
    let [out_len, in_len] = matrix_shape(op, weights)?;
    let data = int8_constant(op, weights)?;
    if data.len() != in_len * out_len {
        return Err(at(
            op,
            format!(
                "has {} weight bytes for a {out_len}x{in_len} matrix",
                data.len()
            ),
        ));
    }
    if elements(&input.shape) != Some(in_len) {
        return Err(at(
            op,
            format!(
                "reads {:?} values into {in_len} inputs: the shapes do not chain",
                input.shape
            ),
        ));
    }
    if elements(&output.shape) != Some(out_len) {
        return Err(at(
            op,
            format!("writes {:?} values from {out_len} outputs", output.shape),
        ));
    }
    Ok((out_len, in_len, data))
}

/// The weights' scales, one per output channel along `dimension` (a
/// per-tensor scale repeated).
pub(super) fn weight_scales(
    op: &Operator,
    weights: &Tensor<'_>,
    out_len: usize,
    dimension: i32,
) -> Result<Vec<f32>, ImportError> {
    let q = weights
        .quantization
        .as_ref()
        .ok_or_else(|| at(op, "has weights without quantization".into()))?;
    if q.zero_points.iter().any(|&z| z != 0) {
        return Err(at(
            op,
            "has asymmetric weights (a nonzero zero point)".into(),
        ));
    }
    let scales = match q.scales.len() {
        1 => vec![q.scales[0]; out_len],
        n if n == out_len && q.dimension == dimension => q.scales.clone(),
        n => {
            return Err(at(
                op,
                format!(
                    "has {n} weight scales along dimension {} for {out_len} outputs",
                    q.dimension
                ),
            ));
        }
    };
    if scales.iter().any(|s| !(s.is_finite() && *s > 0.0)) {
        return Err(at(
            op,
            "has a weight scale that is not finite and positive".into(),
        ));
    }
    Ok(scales)
}

/// The int32 biases, or zeros when the layer has none.
pub(super) fn biases(
    op: &Operator,
    graph: &Graph<'_>,
    index: Option<usize>,
    out_len: usize,
) -> Result<Vec<i32>, ImportError> {
    let Some(index) = index else {
        return Ok(vec![0; out_len]);
    };
    let bias = tensor(graph, index);
    if bias.dtype != TensorType::Int32 {
        return Err(at(
            op,
            format!("has {:?} biases; int32 expected", bias.dtype),
        ));
    }
    let data = bias
        .data
        .ok_or_else(|| at(op, "has biases that are not a constant".into()))?;
    if data.len() != 4 * out_len {
        return Err(at(
            op,
            format!("has {} bias bytes for {out_len} outputs", data.len()),
        ));
    }
    Ok(data
        .chunks_exact(4)
        .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect())
}

/// An int8 tensor's single scale and zero point.
pub(super) fn int8(op: &Operator, t: &Tensor<'_>, role: &str) -> Result<Quantization, ImportError> {
    if t.dtype != TensorType::Int8 {
        return Err(at(
            op,
            format!(
                "has a {:?} {role}; stitch imports int8 activations",
                t.dtype
            ),
        ));
    }
    int8_quantization(t).ok_or_else(|| {
        at(
            op,
            format!("has an {role} without one finite positive scale and an int8 zero point"),
        )
    })
}

fn int8_quantization(t: &Tensor<'_>) -> Option<Quantization> {
    let q = t.quantization.as_ref()?;
    let (&[scale], &[zero_point]) = (&q.scales[..], &q.zero_points[..]) else {
        return None;
    };
    let zero_point = i8::try_from(zero_point).ok()?;
    (scale.is_finite() && scale > 0.0).then_some(Quantization { scale, zero_point })
}

pub(super) fn activation_of(op: &Operator, fused: Fused) -> Result<Activation, ImportError> {
    super::graph::activation(fused).ok_or_else(|| {
        at(
            op,
            format!(
                "has fused activation {fused:?}; stitch imports NONE, RELU, RELU6 and RELU_N1_TO_1"
            ),
        )
    })
}

/// Number of values of a shape, if every dimension is positive.
pub(super) fn elements(shape: &[i32]) -> Option<usize> {
    shape.iter().try_fold(1usize, |n, &d| {
        n.checked_mul(usize::try_from(d).ok().filter(|&d| d > 0)?)
    })
}

/// A 2-D shape's dimensions.
fn dims(shape: &[i32]) -> Option<[usize; 2]> {
    match shape {
        [a, b] => Some([usize::try_from(*a).ok()?, usize::try_from(*b).ok()?]),
        _ => None,
    }
}

/// The input's shape without its batch dimension of 1 (kept for a 1-D
/// input), 1 to 4 positive dimensions.
fn without_batch(shape: &[i32]) -> Option<Vec<usize>> {
    let dims = match shape {
        [1, rest @ ..] if !rest.is_empty() => rest,
        other => other,
    };
    let dims: Option<Vec<usize>> = dims
        .iter()
        .map(|&d| usize::try_from(d).ok().filter(|&d| d > 0))
        .collect();
    dims.filter(|d| (1..=stitch_core::format::MAX_INPUT_RANK).contains(&d.len()))
}

pub(super) fn tensor<'g, 'b>(graph: &'g Graph<'b>, index: usize) -> &'g Tensor<'b> {
    // Indices were checked when the graph was read.
    &graph.tensors[index]
}

pub(super) fn at(op: &Operator, why: String) -> ImportError {
    ImportError::Unsupported(format!("{}: {why}", op.label()))
}

pub(super) fn unsupported(why: String) -> ImportError {
    ImportError::Unsupported(why)
}

/// What the model's `outputs` mean: the classes named by `--class-names`,
/// numbered classes after a `SOFTMAX`, else values.
pub fn output_meaning(
    outputs: usize,
    class_names: Option<Vec<String>>,
    ending: Ending,
) -> Result<OutputSpec, ImportError> {
    Ok(match class_names {
        Some(names) if names.len() != outputs => {
            return Err(ImportError::Usage(format!(
                "--class-names gives {} names; the model has {outputs} outputs",
                names.len()
            )));
        }
        Some(names) => OutputSpec::Classes(names),
        None if ending.softmax => {
            OutputSpec::Classes((0..outputs).map(|c| format!("class {c}")).collect())
        }
        None => OutputSpec::Values,
    })
}
