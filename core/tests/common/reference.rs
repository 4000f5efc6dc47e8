//! TFLite's int8 fully connected layer in plain i64 arithmetic, both
//! roundings and every activation: what the kernels are checked against.

use stitch_core::writer::{LayerSpec, ModelSpec};
use stitch_core::{Activation, Rounding};

/// TFLite's activation range, from its float formula (`round` is C's).
fn clamp_range(layer: &LayerSpec) -> (i64, i64) {
    let zp = i64::from(layer.output.zero_point);
    let q = |x: f32| (zp + (x / layer.output.scale).round() as i64).clamp(-128, 127);
    match layer.activation {
        Activation::None => (-128, 127),
        Activation::Relu => (zp.max(-128), 127),
        Activation::Relu6 => (zp.max(-128), q(6.0)),
        Activation::ReluN1To1 => (q(-1.0), q(1.0)),
    }
}

/// LiteRT: one rounding of the 64-bit product.
fn single(acc: i64, multiplier: i64, shift: i64) -> i64 {
    (acc * multiplier + (1i64 << (30 - shift))) >> (31 - shift)
}

/// gemmlowp, as TensorFlow Lite Micro writes it.
fn double(acc: i64, multiplier: i64, shift: i64) -> i64 {
    let x = i64::from((acc as i32).wrapping_mul(1 << shift.max(0)));
    let ab = x * multiplier;
    let nudge = if ab >= 0 { 1 << 30 } else { 1 - (1 << 30) };
    let high = (ab + nudge) / (1i64 << 31);
    let exponent = (-shift).max(0);
    let mask = (1i64 << exponent) - 1;
    let threshold = (mask >> 1) + i64::from(high < 0);
    (high >> exponent) + i64::from((high & mask) > threshold)
}

/// TFLite's int8 fully connected layer, written out as plainly as possible:
/// each output's accumulator (in i64: an i32 overflow would show) and value.
pub fn layer(layer: &LayerSpec, input: &[i64], input_zero_point: i64) -> Vec<(i64, i64)> {
    let (min, max) = clamp_range(layer);
    (0..layer.out_len)
        .map(|o| {
            let row = &layer.weights[o * layer.in_len..(o + 1) * layer.in_len];
            let acc: i64 = row
                .iter()
                .zip(input)
                .map(|(&w, &x)| i64::from(w) * (x - input_zero_point))
                .sum::<i64>()
                + i64::from(layer.biases[o]);
            let (m, s) = (i64::from(layer.multipliers[o]), i64::from(layer.shifts[o]));
            let scaled = match layer.rounding {
                Rounding::Single => single(acc, m, s),
                Rounding::Double => double(acc, m, s),
            };
            (
                acc,
                (scaled + i64::from(layer.output.zero_point)).clamp(min, max),
            )
        })
        .collect()
}

/// The model's int8 outputs for int8 `input`.
pub fn model(spec: &ModelSpec, input: &[i8]) -> Vec<i8> {
    let mut values: Vec<i64> = input.iter().map(|&q| i64::from(q)).collect();
    let mut zero_point = i64::from(spec.input.quantization.zero_point);
    for layer in &spec.layers {
        values = self::layer(layer, &values, zero_point)
            .into_iter()
            .map(|(_, value)| value)
            .collect();
        zero_point = i64::from(layer.output.zero_point);
    }
    values.into_iter().map(|v| v as i8).collect()
}
