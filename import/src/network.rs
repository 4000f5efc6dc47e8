//! A TFLite graph of convolutions as a stitch graph model: `CONV_2D`,
//! `DEPTHWISE_CONV_2D` (depth multiplier 1), `AVERAGE_POOL_2D`,
//! `MAX_POOL_2D`, `ADD`, `RESHAPE` (no layer: the next one reads the same
//! bytes), `FULLY_CONNECTED`, and an optional trailing `SOFTMAX` and
//! `DEQUANTIZE`, with a leading `QUANTIZE` from a float input.

use std::collections::HashMap;

use stitch_core::conv::{FeatureMap, Padding, Window};
use stitch_core::requant::{effective_scale, quantize_multiplier};
use stitch_core::writer::{ChannelsSpec, GraphLayerSpec, InputSpec, OpSpec};
use stitch_core::{LayerKind, Quantization};

use super::chain::{
    activation_of, at, beta_is_one, biases, elements, endpoints, input_shape, int8, int8_constant,
    int8_input, matrix_shape, same_values, tensor, unsupported, weight_scales, Ending,
};
use super::graph::{self, BuiltinOperator as Op, Code, Graph, Operator, Options, Tensor};
use super::{ImportError, Match};

/// The input, the layers and the ending of a graph, in TFLite's terms.
pub struct Network {
    pub input: InputSpec,
    pub layers: Vec<GraphLayerSpec>,
    pub ending: Ending,
}

/// Whether `graph` has an operator only a graph model holds.
pub fn is_network(graph: &Graph<'_>) -> bool {
    graph.operators.iter().any(|op| {
        [
            Op::Conv2d,
            Op::DepthwiseConv2d,
            Op::AveragePool2d,
            Op::MaxPool2d,
            Op::Add,
        ]
        .iter()
        .any(|&kind| op.is(kind))
    })
}

/// The walk: which stitch tensor each TFLite tensor is.
struct Walk<'g, 'b> {
    graph: &'g Graph<'b>,
    /// TFLite tensor index -> stitch tensor (0 the input, k layer k - 1's output).
    ids: HashMap<usize, usize>,
    /// The quantization of each stitch tensor.
    quantizations: Vec<Quantization>,
    layers: Vec<GraphLayerSpec>,
    matching: Match,
}

/// Matches `graph` against the operators a stitch graph holds.
pub fn network(graph: &Graph<'_>, matching: Match) -> Result<Network, ImportError> {
    let (input, output) = endpoints(graph)?;
    let input_tensor = tensor(graph, input);
    let shape = input_shape(input_tensor)?;
    let mut walk = Walk {
        graph,
        ids: HashMap::from([(input, 0)]),
        quantizations: Vec::new(),
        layers: Vec::new(),
        matching,
    };
    let mut ops = graph.operators.iter().peekable();
    let input_quantization = match ops.peek() {
        Some(op) if op.is(Op::Quantize) => {
            let q = walk.quantize(op)?;
            ops.next();
            q
        }
        _ => int8_input(input_tensor)?,
    };
    walk.quantizations.push(input_quantization);
    let mut ending = Ending::default();
    // The output of the trailing SOFTMAX or DEQUANTIZE, if any.
    let mut ending_output = None;
    for op in ops {
        walk.operator(op, &mut ending, &mut ending_output)?;
    }
    if walk.layers.is_empty() {
        return Err(unsupported("the model has no layer".into()));
    }
    let last_layer = walk.ids.get(&output) == Some(&walk.layers.len());
    if !(last_layer || ending_output == Some(output)) {
        return Err(unsupported(format!(
            "the model's output is tensor {output}, not the last layer's output"
        )));
    }
    Ok(Network {
        input: InputSpec {
            shape,
            quantization: walk.quantizations[0],
        },
        layers: walk.layers,
        ending,
    })
}

impl Walk<'_, '_> {
    /// One operator after the leading `QUANTIZE`: a layer, a `RESHAPE`, or
    /// the trailing `SOFTMAX` and `DEQUANTIZE` (recorded in `ending`, the
    /// last one's output in `ending_output`).
    fn operator(
        &mut self,
        op: &Operator,
        ending: &mut Ending,
        ending_output: &mut Option<usize>,
    ) -> Result<(), ImportError> {
        let Code::Builtin(kind) = op.code else {
            return Err(at(op, "not supported: a custom or unknown operator".into()));
        };
        let after_ending = ending.dequantize || (ending.softmax && kind != Op::Dequantize);
        if after_ending {
            return Err(at(
                op,
                "follows the model's SOFTMAX or DEQUANTIZE; stitch imports those only at the end"
                    .into(),
            ));
        }
        if matches!(kind, Op::Softmax | Op::Dequantize) {
            self.follows_last_layer(op, *ending_output)?;
            *ending_output = Some(self.output(op)?.0);
        }
        match kind {
            Op::Conv2d | Op::DepthwiseConv2d => self.convolution(op),
            Op::AveragePool2d | Op::MaxPool2d => self.pool(op),
            Op::Add => self.add(op),
            Op::FullyConnected => self.fully_connected(op),
            Op::Reshape => self.reshape(op),
            Op::Softmax => {
                ending.softmax = true;
                self.softmax(op)
            }
            Op::Dequantize => {
                ending.dequantize = true;
                Ok(())
            }
            _ => Err(at(op, "not supported: stitch imports CONV_2D, DEPTHWISE_CONV_2D, AVERAGE_POOL_2D, MAX_POOL_2D, ADD, RESHAPE, FULLY_CONNECTED (with QUANTIZE, SOFTMAX, DEQUANTIZE around them)".into())),
        }
    }

    /// The stitch tensor `op` reads as input `i`.
    fn read(&self, op: &Operator, i: usize) -> Result<(usize, &Tensor<'_>), ImportError> {
        let index = op
            .input(i)
            .ok_or_else(|| at(op, format!("has no input {i}")))?;
        let id = self.ids.get(&index).copied().ok_or_else(|| {
            at(
                op,
                format!("reads tensor {index}, which no imported operator writes"),
            )
        })?;
        Ok((id, tensor(self.graph, index)))
    }

    /// `op`'s one output tensor.
    fn output(&self, op: &Operator) -> Result<(usize, &Tensor<'_>), ImportError> {
        let [output] = op.outputs[..] else {
            return Err(at(
                op,
                format!("has {} outputs; one expected", op.outputs.len()),
            ));
        };
        Ok((output, tensor(self.graph, output)))
    }

    /// A leading `QUANTIZE` from float32: the input's quantization.
    fn quantize(&mut self, op: &Operator) -> Result<Quantization, ImportError> {
        let (_, from) = self.read(op, 0)?;
        if from.dtype != graph::TensorType::Float32 {
            return Err(at(
                op,
                format!(
                    "quantizes {:?} input; stitch imports float32 or int8 inputs",
                    from.dtype
                ),
            ));
        }
        let (index, to) = self.output(op)?;
        let q = int8(op, to, "output")?;
        self.ids.insert(index, 0);
        Ok(q)
    }

    /// Adds a layer writing `op`'s output.
    fn push(
        &mut self,
        op: &Operator,
        spec: OpSpec,
        fused: graph::Fused,
        kind: LayerKind,
    ) -> Result<(), ImportError> {
        let (index, to) = self.output(op)?;
        let output = int8(op, to, "output")?;
        let layer = GraphLayerSpec {
            op: spec,
            output,
            activation: activation_of(op, fused)?,
            rounding: self.matching.rounding(kind),
        };
        let written = layer.op.out_len().map_err(|e| at(op, format!("{e}")))?;
        if elements(&to.shape) != Some(written) {
            return Err(at(
                op,
                format!("writes {:?}, stitch computes {written} values", to.shape),
            ));
        }
        self.layers.push(layer);
        self.quantizations.push(output);
        self.ids.insert(index, self.layers.len());
        Ok(())
    }

    /// `CONV_2D` or `DEPTHWISE_CONV_2D`.
    fn convolution(&mut self, op: &Operator) -> Result<(), ImportError> {
        let (padding, stride, fused, multiplier) = convolution_options(op)?;
        let depthwise = op.is(Op::DepthwiseConv2d);
        let (input, from) = self.read(op, 0)?;
        let map = feature_map(op, from)?;
        let weights = tensor(
            self.graph,
            op.input(1).ok_or_else(|| at(op, "has no weights".into()))?,
        );
        let [outer, height, width, inner] = filter_shape(op, weights)?;
        let (channels, scale_dimension) = if depthwise { (inner, 3) } else { (outer, 0) };
        let fits = match depthwise {
            true => outer == 1 && inner == map.channels && multiplier == 1,
            false => inner == map.channels,
        };
        if !fits {
            let why = match depthwise {
                true => "; stitch imports depth multiplier 1",
                false => "",
            };
            let shape = &weights.shape;
            let channels = map.channels;
            return Err(at(
                op,
                format!("has filters {shape:?} for {channels} input channels{why}"),
            ));
        }
        let window = window(padding, stride, (height, width))
            .ok_or_else(|| at(op, format!("has stride {stride:?}")))?;
        let data = self.channels(op, input, (weights, channels, scale_dimension), false)?;
        let (spec, kind) = if depthwise {
            (
                OpSpec::DepthwiseConv2d {
                    input,
                    map,
                    window,
                    channels: data,
                },
                LayerKind::DepthwiseConv2d,
            )
        } else {
            (
                OpSpec::Conv2d {
                    input,
                    map,
                    window,
                    channels: data,
                },
                LayerKind::Conv2d,
            )
        };
        self.push(op, spec, fused, kind)
    }

    /// `FULLY_CONNECTED`: its input read flattened.
    fn fully_connected(&mut self, op: &Operator) -> Result<(), ImportError> {
        let fused = match op.options {
            Options::FullyConnected {
                shuffled_weights: true,
                ..
            } => {
                return Err(at(
                    op,
                    "stores its weights shuffled (SHUFFLED4x16INT8)".into(),
                ));
            }
            Options::FullyConnected { activation, .. } => activation,
            Options::None => graph::Fused::None,
            _ => return Err(at(op, "has options of another operator".into())),
        };
        let (input, from) = self.read(op, 0)?;
        let weights = tensor(
            self.graph,
            op.input(1).ok_or_else(|| at(op, "has no weights".into()))?,
        );
        let [out_len, in_len] = matrix_shape(op, weights)?;
        if elements(&from.shape) != Some(in_len) {
            return Err(at(
                op,
                format!("reads {:?} values into {in_len} inputs", from.shape),
            ));
        }
        // One weight scale for the whole tensor: TFLite rounds the scales'
        // product to f32 in FULLY_CONNECTED (and only there).
        let per_tensor = weights
            .quantization
            .as_ref()
            .is_some_and(|q| q.scales.len() == 1);
        let data = self.channels(op, input, (weights, out_len, 0), per_tensor)?;
        self.push(
            op,
            OpSpec::FullyConnected {
                input,
                channels: data,
            },
            fused,
            LayerKind::FullyConnected,
        )
    }

    /// A layer's weights (`weights`, with `channels` scales along
    /// `dimension`), biases and per-channel requantization.
    fn channels(
        &self,
        op: &Operator,
        input: usize,
        (weights, channels, dimension): (&Tensor<'_>, usize, i32),
        f32_product: bool,
    ) -> Result<ChannelsSpec, ImportError> {
        let data = int8_constant(op, weights)?;
        let scales = weight_scales(op, weights, channels, dimension)?;
        let biases = biases(op, self.graph, op.input(2), channels)?;
        let input_scale = self.quantizations[input].scale;
        let (_, to) = self.output(op)?;
        let output_scale = int8(op, to, "output")?.scale;
        let (multipliers, shifts) = scales
            .iter()
            .map(|&w| {
                quantize_multiplier(effective_scale(input_scale, w, output_scale, f32_product))
            })
            .unzip();
        Ok(ChannelsSpec {
            weights: data.iter().map(|&b| b as i8).collect(),
            biases,
            multipliers,
            shifts,
        })
    }

    /// `AVERAGE_POOL_2D` or `MAX_POOL_2D`: the output keeps the input's quantization.
    fn pool(&mut self, op: &Operator) -> Result<(), ImportError> {
        let Options::Pool2d {
            padding,
            stride,
            filter,
            activation,
        } = op.options
        else {
            return Err(at(op, "has options of another operator".into()));
        };
        let (input, from) = self.read(op, 0)?;
        let map = feature_map(op, from)?;
        let size = (
            usize::try_from(filter.0).unwrap_or(0),
            usize::try_from(filter.1).unwrap_or(0),
        );
        let window = window(padding, stride, size)
            .ok_or_else(|| at(op, format!("has stride {stride:?}")))?;
        let (_, to) = self.output(op)?;
        if int8(op, to, "output")? != self.quantizations[input] {
            return Err(at(
                op,
                "changes the quantization of its input (TFLite requires it kept)".into(),
            ));
        }
        let (spec, kind) = if op.is(Op::AveragePool2d) {
            (
                OpSpec::AveragePool2d { input, map, window },
                LayerKind::AveragePool2d,
            )
        } else {
            (
                OpSpec::MaxPool2d { input, map, window },
                LayerKind::MaxPool2d,
            )
        };
        self.push(op, spec, activation, kind)
    }

    /// `ADD` of two tensors of one shape (no broadcasting).
    fn add(&mut self, op: &Operator) -> Result<(), ImportError> {
        let Options::Add { activation } = op.options else {
            return Err(at(op, "has options of another operator".into()));
        };
        let (a, ta) = self.read(op, 0)?;
        let (b, tb) = self.read(op, 1)?;
        if ta.shape != tb.shape {
            return Err(at(
                op,
                format!(
                    "adds {:?} and {:?}; stitch imports ADD of one shape (no broadcasting)",
                    ta.shape, tb.shape
                ),
            ));
        }
        let len =
            elements(&ta.shape).ok_or_else(|| at(op, format!("has input shape {:?}", ta.shape)))?;
        self.push(
            op,
            OpSpec::Add {
                inputs: [a, b],
                len,
            },
            activation,
            LayerKind::Add,
        )
    }

    /// `RESHAPE`: no layer; its output is its input's bytes.
    fn reshape(&mut self, op: &Operator) -> Result<(), ImportError> {
        let (id, from) = self.read(op, 0)?;
        let (index, to) = self.output(op)?;
        same_values(op, from, to)?;
        self.ids.insert(index, id);
        Ok(())
    }

    /// The trailing `SOFTMAX`: int8, beta 1 (the model records classes).
    fn softmax(&mut self, op: &Operator) -> Result<(), ImportError> {
        beta_is_one(op)?;
        let (_, to) = self.output(op)?;
        int8(op, to, "output")?;
        Ok(())
    }

    /// A trailing `SOFTMAX` or `DEQUANTIZE` reads the last layer's output
    /// (a `DEQUANTIZE` may read the `SOFTMAX`'s, `ending_output`).
    fn follows_last_layer(
        &self,
        op: &Operator,
        ending_output: Option<usize>,
    ) -> Result<(), ImportError> {
        let index = op.input(0);
        let of_last_layer = index.and_then(|i| self.ids.get(&i)) == Some(&self.layers.len());
        if of_last_layer || (index.is_some() && index == ending_output) {
            Ok(())
        } else {
            Err(at(
                op,
                "does not read the last layer's output; stitch imports it only at the end".into(),
            ))
        }
    }
}

/// A convolution's padding, stride, activation and depth multiplier (1 for
/// `CONV_2D`); dilation must be 1.
fn convolution_options(
    op: &Operator,
) -> Result<(graph::Padding, (i32, i32), graph::Fused, i32), ImportError> {
    let (padding, stride, dilation, fused, multiplier) = match op.options {
        Options::Conv2d {
            padding,
            stride,
            dilation,
            activation,
        } => (padding, stride, dilation, activation, 1),
        Options::DepthwiseConv2d {
            padding,
            stride,
            dilation,
            depth_multiplier,
            activation,
        } => (padding, stride, dilation, activation, depth_multiplier),
        _ => return Err(at(op, "has options of another operator".into())),
    };
    if dilation != (1, 1) {
        return Err(at(
            op,
            format!("has dilation {dilation:?}; stitch imports dilation 1"),
        ));
    }
    Ok((padding, stride, fused, multiplier))
}

/// An NHWC tensor `[1, h, w, c]` as a feature map.
fn feature_map(op: &Operator, t: &Tensor<'_>) -> Result<FeatureMap, ImportError> {
    match t.shape[..] {
        [1, h, w, c] if h > 0 && w > 0 && c > 0 => Ok(FeatureMap {
            height: h as usize,
            width: w as usize,
            channels: c as usize,
        }),
        _ => Err(at(
            op,
            format!(
                "reads {:?}; stitch imports images [1, height, width, channels]",
                t.shape
            ),
        )),
    }
}

/// A filter tensor's four positive dimensions.
fn filter_shape(op: &Operator, weights: &Tensor<'_>) -> Result<[usize; 4], ImportError> {
    match weights.shape[..] {
        [a, b, c, d] if [a, b, c, d].iter().all(|&n| n > 0) => {
            Ok([a as usize, b as usize, c as usize, d as usize])
        }
        _ => Err(at(
            op,
            format!(
                "has filters of shape {:?}; four dimensions expected",
                weights.shape
            ),
        )),
    }
}

/// A window from TFLite's options; `None` for a stride below 1.
fn window(
    padding: graph::Padding,
    stride: (i32, i32),
    (height, width): (usize, usize),
) -> Option<Window> {
    let positive = |s: i32| usize::try_from(s).ok().filter(|&s| s > 0);
    Some(Window {
        height,
        width,
        stride_height: positive(stride.0)?,
        stride_width: positive(stride.1)?,
        padding: match padding {
            graph::Padding::Same => Padding::Same,
            _ => Padding::Valid,
        },
    })
}
