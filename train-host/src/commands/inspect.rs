//! `stitch inspect`: what is in a .stitch model file, read by stitch-core.

use stitch_core::{Activation, Layer, Model};

use crate::cli::InspectArgs;
use crate::error::Error;

/// How `ram_bytes` is defined (also printed, so nobody has to guess).
pub const RAM_DEFINITION: &str = "activation buffers of stitch_core::Engine<N> for N = the widest layer output: 2 * N bytes = size_of::<Engine<N>>() (stack not included)";

#[derive(Debug, serde::Serialize)]
struct Report<'a> {
    file: String,
    version: u16,
    crc: u32,
    crc_hex: String,
    name: &'a str,
    input_shape: [u16; 2],
    input_scale: f32,
    input_zero_point: i8,
    classes: usize,
    class_names: Vec<&'a str>,
    layers: Vec<LayerReport>,
    parameters: usize,
    max_width: usize,
    model_bytes: u64,
    ram_bytes: usize,
    ram_bytes_definition: &'static str,
}

#[derive(Debug, serde::Serialize)]
struct LayerReport {
    #[serde(rename = "in")]
    in_len: usize,
    out: usize,
    activation: &'static str,
    output_scale: f32,
    output_zero_point: i8,
    /// Q31 requantization multipliers, smallest and largest.
    multiplier_min: i32,
    multiplier_max: i32,
    /// Requantization shifts (positive: left), smallest and largest.
    shift_min: i8,
    shift_max: i8,
    weight_bytes: usize,
    bias_bytes: usize,
}

fn activation_name(a: Activation) -> &'static str {
    match a {
        Activation::Relu => "relu",
        Activation::None => "none",
    }
}

fn layer_report(layer: &Layer<'_>) -> LayerReport {
    let channels: Vec<(i32, i32, i8)> = (0..layer.out_len()).map(|c| layer.channel(c)).collect();
    let range = |f: fn(&(i32, i32, i8)) -> i64| {
        let values = channels.iter().map(f);
        (values.clone().min().unwrap_or(0), values.max().unwrap_or(0))
    };
    let (multiplier_min, multiplier_max) = range(|c| i64::from(c.1));
    let (shift_min, shift_max) = range(|c| i64::from(c.2));
    LayerReport {
        in_len: layer.in_len(),
        out: layer.out_len(),
        activation: activation_name(layer.activation()),
        output_scale: layer.output_scale(),
        output_zero_point: layer.output_zero_point(),
        multiplier_min: multiplier_min as i32,
        multiplier_max: multiplier_max as i32,
        shift_min: shift_min as i8,
        shift_max: shift_max as i8,
        weight_bytes: layer.weight_bytes().len(),
        bias_bytes: layer.bias_bytes().len(),
    }
}

pub fn run(args: &InspectArgs) -> Result<(), Error> {
    let path = &args.model;
    let bytes = super::predict::read_model(path)?;
    let model = Model::from_bytes(&bytes).map_err(|e| Error::model(path, e.to_string()))?;
    // The reader accepted the header, so these bytes exist.
    let version = u16::from_le_bytes([bytes[4], bytes[5]]);
    let layers: Vec<LayerReport> = model.layers().iter().map(layer_report).collect();
    let (input_scale, input_zero_point) = model.input_quantization();
    let report = Report {
        file: path.display().to_string(),
        version,
        crc: model.crc(),
        crc_hex: format!("{:08x}", model.crc()),
        name: model.name(),
        input_shape: [model.input_shape().0, model.input_shape().1],
        input_scale,
        input_zero_point,
        classes: model.class_names().len(),
        class_names: model.class_names().to_vec(),
        parameters: model
            .layers()
            .iter()
            .map(|l| l.in_len() * l.out_len() + l.out_len())
            .sum(),
        layers,
        max_width: model.max_width(),
        model_bytes: bytes.len() as u64,
        ram_bytes: 2 * model.max_width(),
        ram_bytes_definition: RAM_DEFINITION,
    };
    if args.json {
        let text = serde_json::to_string_pretty(&report)
            .map_err(|e| Error::Usage(format!("cannot encode JSON: {e}")))?;
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
    let _ = writeln!(
        s,
        "  input           {}x{} pixels, int8 = pixel - 128, scale {} zero point {}",
        r.input_shape[0], r.input_shape[1], r.input_scale, r.input_zero_point
    );
    let _ = writeln!(
        s,
        "  classes         {}: {}",
        r.classes,
        r.class_names.join(", ")
    );
    let _ = writeln!(
        s,
        "  layers          {} dense, {} parameters",
        r.layers.len(),
        r.parameters
    );
    let _ = writeln!(
        s,
        "    {:<2} {:>5} {:>5}  {:<10} {:>12} {:>5}  {:>23}  {:>9}  {:>9} {:>9}",
        "#",
        "in",
        "out",
        "activation",
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
            "    {i:<2} {:>5} {:>5}  {:<10} {:>12.6} {:>5}  {:>23}  {:>9}  {:>9} {:>9}",
            l.in_len,
            l.out,
            l.activation,
            l.output_scale,
            l.output_zero_point,
            format!("{}..{}", l.multiplier_min, l.multiplier_max),
            format!("{}..{}", l.shift_min, l.shift_max),
            l.weight_bytes,
            l.bias_bytes
        );
    }
    let _ = writeln!(s, "  model_bytes     {} (file size)", r.model_bytes);
    let _ = writeln!(
        s,
        "  ram_bytes       {} ({})",
        r.ram_bytes, r.ram_bytes_definition
    );
    s
}
