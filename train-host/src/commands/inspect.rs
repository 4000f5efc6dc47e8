//! `stitch inspect`: what is in a .stitch model file, read by stitch-core.

use stitch_core::conv::Padding;
use stitch_core::{Layer, LayerKind, Model, OutputMeaning};

use crate::cli::InspectArgs;
use crate::error::Error;
use crate::int8::pixels::shape;

/// How `ram_bytes` is defined (also printed, so nobody has to guess).
pub const RAM_DEFINITION: &str = "the two activation buffers of stitch_core::Engine<N> for N = the widest layer output: 2 * N bytes (stack not included; a chip's figure, with the Cortex-M4 kernel's scratch and the stack: stitch inspect --target)";
/// How `ram_bytes` is defined for a graph model.
pub const ARENA_DEFINITION: &str = "the arena stitch_core::graph::infer runs in, planned when the model was written: tensors alive together never share bytes (the input is the caller's; stack not included)";

#[derive(Debug, serde::Serialize)]
struct Report<'a> {
    file: String,
    version: u16,
    crc: u32,
    crc_hex: String,
    name: &'a str,
    /// The source file of an imported model, null for a trained one.
    origin: Option<OriginReport<'a>>,
    input_shape: Vec<u32>,
    input_scale: f32,
    input_zero_point: i8,
    /// `classes` or `values`.
    output: &'static str,
    output_scale: f32,
    output_zero_point: i8,
    classes: usize,
    class_names: Vec<&'a str>,
    /// `single`, `double`, or `mixed` when layers differ.
    rounding: &'static str,
    /// `chain` (dense layers, run on an Engine) or `graph` (run in an arena).
    kind: &'static str,
    layers: Vec<LayerReport>,
    parameters: usize,
    macs: usize,
    max_width: usize,
    model_bytes: u64,
    ram_bytes: usize,
    ram_bytes_definition: &'static str,
    /// A graph's arena (0 for a chain).
    arena_bytes: usize,
}

#[derive(Debug, serde::Serialize)]
struct OriginReport<'a> {
    source: &'a str,
    sha256: String,
}

#[derive(Debug, serde::Serialize)]
struct LayerReport {
    kind: &'static str,
    #[serde(rename = "in")]
    in_len: usize,
    out: usize,
    activation: &'static str,
    rounding: &'static str,
    output_scale: f32,
    output_zero_point: i8,
    output_min: i8,
    output_max: i8,
    /// Q31 requantization multipliers, smallest and largest.
    multiplier_min: i32,
    multiplier_max: i32,
    /// Requantization shifts (positive: left), smallest and largest.
    shift_min: i8,
    shift_max: i8,
    weight_bytes: usize,
    bias_bytes: usize,
    /// Weights and biases.
    parameters: usize,
    /// A graph layer's input tensors (0 the model's input, k layer k - 1's output).
    reads: Option<Vec<usize>>,
    /// A convolution's or pool's output, `[height, width, channels]`.
    output_shape: Option<[usize; 3]>,
    /// A convolution's or pool's window: `3x3/2 same`.
    window: Option<String>,
    /// Where a graph layer's output starts in the arena.
    arena_offset: Option<usize>,
}

fn layer_report(layer: &Layer<'_>) -> LayerReport {
    let dense = layer.kind() == LayerKind::Dense;
    let channels: Vec<_> = (0..layer.out_len())
        .filter_map(|c| layer.channel(c))
        .collect();
    let multipliers = channels.iter().map(|c| c.multiplier);
    let shifts = channels.iter().map(|c| c.shift);
    let output = layer.output_quantization();
    LayerReport {
        kind: layer.kind().name(),
        in_len: layer.in_len(),
        out: layer.out_len(),
        activation: layer.activation().name(),
        rounding: layer.rounding().name(),
        output_scale: output.scale,
        output_zero_point: output.zero_point,
        output_min: *layer.output_range().start(),
        output_max: *layer.output_range().end(),
        multiplier_min: multipliers.clone().min().unwrap_or(0),
        multiplier_max: multipliers.max().unwrap_or(0),
        shift_min: shifts.clone().min().unwrap_or(0),
        shift_max: shifts.max().unwrap_or(0),
        weight_bytes: layer.weight_bytes().len(),
        bias_bytes: layer.bias_bytes().len(),
        parameters: if dense {
            layer.macs() + layer.out_len()
        } else {
            layer.weight_bytes().len() + layer.bias_bytes().len() / 4
        },
        reads: layer
            .reads()
            .map(|(first, second)| [first].into_iter().chain(second).collect()),
        output_shape: layer.output_map().map(|m| [m.height, m.width, m.channels]),
        window: layer.window().map(|w| {
            let padding = match w.padding {
                Padding::Same => "same",
                Padding::Valid => "valid",
            };
            let stride = if w.stride_height == w.stride_width {
                w.stride_height.to_string()
            } else {
                format!("{}x{}", w.stride_height, w.stride_width)
            };
            format!("{}x{}/{stride} {padding}", w.height, w.width)
        }),
        arena_offset: layer.arena_offset(),
    }
}

/// `single` or `double` if every layer rounds so, else `mixed`.
fn rounding(model: &Model<'_>) -> &'static str {
    let mut names = model.layers().iter().map(|l| l.rounding().name());
    let first = names.next().unwrap_or("single");
    if names.all(|name| name == first) {
        first
    } else {
        "mixed"
    }
}

pub fn run(args: &InspectArgs) -> Result<(), Error> {
    let path = &args.model;
    let bytes = crate::int8::read(path)?;
    let model = crate::int8::parse(&bytes, path)?;
    if let Some(target) = args.target {
        if model.is_graph() {
            return super::inspect_target::graph(path, &model, bytes.len(), target, args.json);
        }
        let chip = (target, args.entry);
        return super::inspect_target::run(path, &model, bytes.len(), chip, args.json);
    }
    let layers: Vec<LayerReport> = model.layers().iter().map(layer_report).collect();
    let input = model.input_quantization();
    let output = model.output_quantization();
    let report = Report {
        file: path.display().to_string(),
        version: stitch_core::format::version(&bytes).unwrap_or(0),
        crc: model.crc(),
        crc_hex: format!("{:08x}", model.crc()),
        name: model.name(),
        origin: model.origin().map(|origin| OriginReport {
            source: origin.source,
            sha256: origin.sha256.iter().map(|b| format!("{b:02x}")).collect(),
        }),
        input_shape: model.input_shape().to_vec(),
        input_scale: input.scale,
        input_zero_point: input.zero_point,
        output: match model.output_meaning() {
            OutputMeaning::Classes => "classes",
            OutputMeaning::Values => "values",
        },
        output_scale: output.scale,
        output_zero_point: output.zero_point,
        classes: model.class_names().len(),
        class_names: model.class_names().collect(),
        rounding: rounding(&model),
        kind: if model.is_graph() { "graph" } else { "chain" },
        parameters: layers.iter().map(|l| l.parameters).sum(),
        macs: model.layers().iter().map(Layer::macs).sum(),
        layers,
        max_width: model.max_width(),
        model_bytes: bytes.len() as u64,
        ram_bytes: if model.is_graph() {
            model.arena_bytes()
        } else {
            model.ram_bytes()
        },
        ram_bytes_definition: if model.is_graph() {
            ARENA_DEFINITION
        } else {
            RAM_DEFINITION
        },
        arena_bytes: model.arena_bytes(),
    };
    if args.json {
        let text = serde_json::to_string_pretty(&report)?;
        println!("{text}");
        return Ok(());
    }
    print!("{}", human(&report));
    Ok(())
}

fn human(r: &Report<'_>) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(s, "{}", r.file);
    let _ = writeln!(s, "  format version  {}", r.version);
    let _ = writeln!(s, "  CRC-32          0x{} (verified)", r.crc_hex);
    let _ = writeln!(s, "  name            {}", r.name);
    if let Some(origin) = &r.origin {
        let _ = writeln!(
            s,
            "  imported from   {} (SHA-256 {})",
            origin.source, origin.sha256
        );
    }
    let pixel_input = crate::quantize::INPUT;
    let pixels =
        if r.input_scale == pixel_input.scale && r.input_zero_point == pixel_input.zero_point {
            ", pixel p is p - 128"
        } else {
            ""
        };
    let _ = writeln!(
        s,
        "  input           {} int8, scale {} zero point {}{pixels}",
        shape(&r.input_shape),
        r.input_scale,
        r.input_zero_point
    );
    let outputs = r.layers.last().map_or(0, |l| l.out);
    match r.output {
        "classes" => {
            let _ = writeln!(
                s,
                "  output          {} classes: {}",
                r.classes,
                r.class_names.join(", ")
            );
        }
        _ => {
            let _ = writeln!(
                s,
                "  output          {outputs} values, scale {} zero point {}",
                r.output_scale, r.output_zero_point
            );
        }
    }
    let _ = writeln!(s, "  rounding        {}", r.rounding);
    let kinds = if r.kind == "graph" {
        "graph layers".to_string()
    } else {
        "dense".to_string()
    };
    let _ = writeln!(
        s,
        "  layers          {} {kinds}, {} parameters, {} multiply-accumulates",
        r.layers.len(),
        r.parameters,
        r.macs
    );
    if r.kind == "graph" {
        graph_table(&mut s, r);
    } else {
        layer_table(&mut s, r);
    }
    let _ = writeln!(s, "  model_bytes     {} (file size)", r.model_bytes);
    let _ = writeln!(
        s,
        "  ram_bytes       {} ({})",
        r.ram_bytes, r.ram_bytes_definition
    );
    s
}

/// One row per layer under a header: widths, activation, rounding, output
/// quantization, requantization ranges and bytes.
fn layer_table(s: &mut String, r: &Report<'_>) {
    use std::fmt::Write as _;
    let _ = writeln!(
        s,
        "    {:<2} {:>5} {:>5}  {:<12} {:<6} {:>12} {:>5}  {:>23}  {:>9}  {:>9} {:>9}",
        "#",
        "in",
        "out",
        "activation",
        "round",
        "out scale",
        "zp",
        "multiplier (Q31) range",
        "shifts",
        "weights B",
        "biases B"
    );
    for (i, l) in r.layers.iter().enumerate() {
        let _ = writeln!(
            s,
            "    {i:<2} {:>5} {:>5}  {:<12} {:<6} {:>12.6} {:>5}  {:>23}  {:>9}  {:>9} {:>9}",
            l.in_len,
            l.out,
            l.activation,
            l.rounding,
            l.output_scale,
            l.output_zero_point,
            format!("{}..{}", l.multiplier_min, l.multiplier_max),
            format!("{}..{}", l.shift_min, l.shift_max),
            l.weight_bytes,
            l.bias_bytes
        );
    }
}

/// A graph's layers: kind, the tensors read, output shape, window,
/// activation, rounding, output quantization, bytes, arena offset.
fn graph_table(s: &mut String, r: &Report<'_>) {
    use std::fmt::Write as _;
    let _ = writeln!(
        s,
        "    {:<2} {:<18} {:>6} {:>12} {:>13}  {:<12} {:<6} {:>10} {:>5} {:>9} {:>8}",
        "#",
        "kind",
        "reads",
        "out",
        "window",
        "activation",
        "round",
        "out scale",
        "zp",
        "weights B",
        "arena @"
    );
    for (i, l) in r.layers.iter().enumerate() {
        let reads = l.reads.as_deref().unwrap_or(&[]);
        let reads: Vec<String> = reads.iter().map(usize::to_string).collect();
        let out = l
            .output_shape
            .map_or(l.out.to_string(), |[h, w, c]| format!("{h}x{w}x{c}"));
        let _ = writeln!(
            s,
            "    {i:<2} {:<18} {:>6} {:>12} {:>13}  {:<12} {:<6} {:>10.6} {:>5} {:>9} {:>8}",
            l.kind,
            reads.join(","),
            out,
            l.window.as_deref().unwrap_or("-"),
            l.activation,
            l.rounding,
            l.output_scale,
            l.output_zero_point,
            l.weight_bytes,
            l.arena_offset.unwrap_or(0)
        );
    }
}
