//! Property tests: the engine against a plain i64 reference, and mutated
//! model bodies (CRC re-sealed) against the validator.
#![cfg(feature = "alloc")]

mod common;

use proptest::prelude::*;
use stitch_core::format::{CRC_LEN, HEADER_LEN};
use stitch_core::writer::{to_bytes, LayerSpec, ModelSpec};
use stitch_core::{Activation, Batch, Engine, Model, Prepared};

/// TFLite's int8 fully-connected layer, written out as plainly as possible.
fn reference_layer(layer: &LayerSpec, input: &[i64], input_zero_point: i64) -> Vec<i64> {
    (0..layer.out_len)
        .map(|o| {
            let row = &layer.weights[o * layer.in_len..(o + 1) * layer.in_len];
            let acc: i64 = row
                .iter()
                .zip(input)
                .map(|(&w, &x)| i64::from(w) * (x - input_zero_point))
                .sum::<i64>()
                + i64::from(layer.biases[o]);
            let shift = i64::from(layer.shifts[o]);
            let product = acc * i64::from(layer.multipliers[o]);
            let scaled = (product + (1i64 << (30 - shift))) >> (31 - shift);
            let min = match layer.activation {
                Activation::Relu => i64::from(layer.output_zero_point),
                Activation::None => -128,
            };
            (scaled + i64::from(layer.output_zero_point)).clamp(min, 127)
        })
        .collect()
}

fn reference(spec: &ModelSpec, pixels: &[u8]) -> Vec<i8> {
    let mut values: Vec<i64> = pixels.iter().map(|&p| i64::from(p) - 128).collect();
    let mut zero_point = i64::from(spec.input_zero_point);
    for layer in &spec.layers {
        values = reference_layer(layer, &values, zero_point);
        zero_point = i64::from(layer.output_zero_point);
    }
    values.into_iter().map(|v| v as i8).collect()
}

fn layer_strategy(
    in_len: usize,
    out_len: usize,
    activation: Activation,
) -> impl Strategy<Value = LayerSpec> {
    (
        prop::collection::vec(-127i8..=127, in_len * out_len),
        prop::collection::vec(-(1i32 << 20)..(1 << 20), out_len),
        prop::collection::vec((1i32 << 30)..i32::MAX, out_len),
        prop::collection::vec(-24i8..=2, out_len),
        any::<i8>(),
    )
        .prop_map(
            move |(weights, biases, multipliers, shifts, output_zero_point)| LayerSpec {
                in_len,
                out_len,
                weights,
                biases,
                multipliers,
                shifts,
                output_scale: 0.1,
                output_zero_point,
                activation,
            },
        )
}

/// A random MLP with 1 to 3 layers of random widths, and one input image.
fn model_and_image() -> impl Strategy<Value = (ModelSpec, Vec<u8>)> {
    (
        1u16..=12,
        1u16..=12,
        prop::collection::vec(1usize..=40, 1..=3),
        any::<i8>(),
    )
        .prop_flat_map(|(rows, cols, widths, input_zero_point)| {
            let mut layers = Vec::new();
            let mut in_len = usize::from(rows) * usize::from(cols);
            for (i, &out_len) in widths.iter().enumerate() {
                let last = i + 1 == widths.len();
                let activation = if last {
                    Activation::None
                } else {
                    Activation::Relu
                };
                layers.push(layer_strategy(in_len, out_len, activation));
                in_len = out_len;
            }
            let classes = in_len;
            let pixels = prop::collection::vec(any::<u8>(), usize::from(rows) * usize::from(cols));
            (layers, pixels).prop_map(move |(layers, pixels)| {
                let spec = ModelSpec {
                    name: "random".into(),
                    input_rows: rows,
                    input_cols: cols,
                    input_scale: 1.0 / 255.0,
                    input_zero_point,
                    layers,
                    class_names: (0..classes).map(|c| c.to_string()).collect(),
                };
                (spec, pixels)
            })
        })
}

/// Recomputes the CRC after a mutation so the validator, not the CRC, decides.
fn reseal(bytes: &mut [u8]) {
    let end = bytes.len() - CRC_LEN;
    let crc = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC).checksum(&bytes[..end]);
    bytes[end..].copy_from_slice(&crc.to_le_bytes());
}

proptest! {
    #[test]
    fn engine_is_bit_exact_with_reference((spec, pixels) in model_and_image()) {
        let bytes = to_bytes(&spec).unwrap();
        let model = Model::from_bytes(&bytes).unwrap();
        let mut engine = Engine::<40>::new();
        let inference = engine.infer(&model, &pixels).unwrap();
        prop_assert_eq!(inference.logits(), &reference(&spec, &pixels)[..]);
    }

    #[test]
    fn batch_of_four_is_bit_exact(
        (spec, pixels) in model_and_image(),
        seeds in prop::array::uniform3(any::<u8>()),
    ) {
        let bytes = to_bytes(&spec).unwrap();
        let model = Model::from_bytes(&bytes).unwrap();
        let mut buffer = vec![0u8; Prepared::buffer_len(&model)];
        let prepared = Prepared::new(&model, &mut buffer).unwrap();
        let others: Vec<Vec<u8>> = seeds
            .iter()
            .map(|&seed| pixels.iter().map(|&p| p.wrapping_mul(seed).wrapping_add(seed)).collect())
            .collect();
        let images = [&pixels[..], &others[0][..], &others[1][..], &others[2][..]];
        let mut batch = Batch::<40>::new();
        let inferences = batch.infer(&prepared, images).unwrap();
        for (inference, image) in inferences.iter().zip(images) {
            prop_assert_eq!(inference.logits(), &reference(&spec, image)[..]);
        }
    }

    #[test]
    fn prepared_row_major_kernel_is_bit_exact((spec, pixels) in model_and_image()) {
        let bytes = to_bytes(&spec).unwrap();
        let model = Model::from_bytes(&bytes).unwrap();
        let mut buffer = vec![0u8; Prepared::buffer_len(&model)];
        let prepared = Prepared::new(&model, &mut buffer).unwrap();
        let mut engine = Engine::<40>::new();
        let inference = engine.infer_prepared(&prepared, &pixels).unwrap();
        prop_assert_eq!(inference.logits(), &reference(&spec, &pixels)[..]);
    }

    #[test]
    fn resealed_body_mutations_never_panic(
        (spec, pixels) in model_and_image(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let mut bytes = to_bytes(&spec).unwrap();
        let body = HEADER_LEN..bytes.len() - CRC_LEN;
        for (index, value) in edits {
            bytes[body.start + index.index(body.len())] = value;
        }
        reseal(&mut bytes);
        let parsed = Model::from_bytes(&bytes);
        if let Ok(model) = &parsed {
            let mut engine = Engine::<64>::new();
            let image = vec![0u8; model.input_len()];
            let _ = engine.infer(model, &image);
            let _ = engine.infer(model, &pixels);
        }
    }
}
