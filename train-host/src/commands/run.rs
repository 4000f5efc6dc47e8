//! `stitch run`: a .stitch model on a batch of inputs, through stitch-core,
//! written as an array file.

use std::time::Instant;

use stitch_core::softmax::Int8Softmax;
use stitch_core::{Model, OutputMeaning};

use crate::arrays::{self, Array, Values};
use crate::cli::RunArgs;
use crate::error::Error;
use crate::int8::PixelInput;

/// The `--json` output.
#[derive(Debug, serde::Serialize)]
struct Report {
    model: String,
    input: String,
    output: String,
    inputs: usize,
    input_dtype: &'static str,
    outputs_per_input: usize,
    /// `int8` or `float32` (dequantized).
    output_dtype: &'static str,
    /// The outputs are TFLite's int8 softmax of the logits.
    softmax: bool,
    seconds: f64,
}

pub fn run(args: &RunArgs) -> Result<(), Error> {
    let started = Instant::now();
    let bytes = crate::int8::read(&args.model)?;
    let model = crate::int8::parse(&bytes, &args.model)?;
    arrays::kind(&args.output)?;
    crate::atomic::ensure_writable(&args.output)?;
    let array = arrays::read(&args.input)?;
    let count = batch_len(&model, &array).map_err(|problem| Error::input(&args.input, problem))?;
    let inputs =
        input_bytes(&model, &array.values).map_err(|problem| Error::input(&args.input, problem))?;
    let inputs: Vec<&[u8]> = inputs.chunks_exact(model.input_len()).collect();
    let mut outputs = crate::int8::evaluate::run(&model, &inputs, &args.model)?;
    let shape = [count, model.output_len()];
    if args.softmax {
        outputs =
            softmax(&model, &outputs).map_err(|problem| Error::model(&args.model, problem))?;
    }
    if args.dequantize {
        let q = model.output_quantization();
        let values: Vec<f32> = outputs.iter().map(|&v| q.dequantize(v)).collect();
        arrays::write_f32(&args.output, &values, &shape)?;
    } else {
        arrays::write_int8(&args.output, &outputs, &shape)?;
    }
    let report = Report {
        model: args.model.display().to_string(),
        input: args.input.display().to_string(),
        output: args.output.display().to_string(),
        inputs: count,
        input_dtype: array.values.dtype(),
        outputs_per_input: model.output_len(),
        output_dtype: if args.dequantize { "float32" } else { "int8" },
        softmax: args.softmax,
        seconds: started.elapsed().as_secs_f64(),
    };
    eprintln!(
        "ran {} on {} {} inputs from {}: wrote {} x {} {}{} to {} ({:.3} s)",
        report.model,
        report.inputs,
        report.input_dtype,
        report.input,
        report.inputs,
        report.outputs_per_input,
        report.output_dtype,
        if report.softmax {
            " probabilities (softmax)"
        } else {
            ""
        },
        report.output,
        report.seconds
    );
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    }
    Ok(())
}

/// TFLite's int8 softmax (beta 1) of every row of a classifier's `logits`.
fn softmax(model: &Model<'_>, logits: &[i8]) -> Result<Vec<i8>, String> {
    if model.output_meaning() != OutputMeaning::Classes {
        return Err(
            "its outputs are values, not class logits: --softmax is for classifiers".into(),
        );
    }
    let softmax = Int8Softmax::new(model.output_quantization().scale, 1.0)
        .map_err(|e| format!("no int8 softmax for its output scale: {e}"))?;
    let mut probabilities = vec![0i8; logits.len()];
    for (row, out) in logits
        .chunks(model.output_len())
        .zip(probabilities.chunks_mut(model.output_len()))
    {
        softmax.apply(row, out).map_err(|e| e.to_string())?;
    }
    Ok(probabilities)
}

/// How many inputs the array holds: `[N, ...input shape]` or `[N, input
/// length]` for a `.npy`, a whole number of inputs for a `.bin`.
pub fn batch_len(model: &Model<'_>, array: &Array) -> Result<usize, String> {
    let input_len = model.input_len();
    let shape = model.input_shape();
    let count = match &array.shape[..] {
        [len] if array.values.dtype() == "int8" && len % input_len == 0 => len / input_len,
        [len] => {
            return Err(format!(
                "{len} values are not a whole number of inputs of {input_len}"
            ))
        }
        [n, rest @ ..] => {
            let same_shape =
                rest.len() == shape.len() && rest.iter().zip(shape).all(|(&a, &b)| a == b as usize);
            if !(same_shape || rest == [input_len]) {
                return Err(format!(
                    "shape {:?}: the model takes [N, {}] (or [N, {input_len}])",
                    array.shape,
                    shape
                        .iter()
                        .map(u32::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            *n
        }
        [] => return Err("a scalar, not a batch of inputs".into()),
    };
    if count == 0 {
        return Err("no inputs".into());
    }
    Ok(count)
}

/// The bytes `q + 128` the engine reads, for every value of the array.
pub fn input_bytes(model: &Model<'_>, values: &Values) -> Result<Vec<u8>, String> {
    Ok(match values {
        Values::Int8(v) => v.iter().map(|&q| (q as u8) ^ 0x80).collect(),
        Values::Uint8(v) => {
            let pixels = PixelInput::new(model);
            pixels.bytes(v).into_owned()
        }
        Values::Float32(v) => {
            let q = model.input_quantization();
            if let Some(at) = v.iter().position(|x| !x.is_finite()) {
                return Err(format!("value {at} is {}, not a finite number", v[at]));
            }
            v.iter().map(|&x| (q.quantize(x) as u8) ^ 0x80).collect()
        }
    })
}
