//! Property tests: every host kernel against a plain i64 reference of
//! TFLite's int8 fully connected layer, in both roundings and with every
//! activation, and mutated model bodies (CRC re-sealed) against the
//! validator.
#![cfg(feature = "alloc")]

mod common;

use proptest::prelude::*;
use stitch_core::format::{self, CRC_LEN, HEADER_LEN, VERSION};
use stitch_core::softmax::Int8Softmax;
use stitch_core::writer::{to_bytes, InputSpec, LayerSpec, ModelSpec, OutputSpec};
use stitch_core::{Activation, Batch, Engine, Model, Prepared, Quantization, Rounding};

fn layer_strategy(in_len: usize, out_len: usize, last: bool) -> impl Strategy<Value = LayerSpec> {
    let activation = if last {
        Just(Activation::None).boxed()
    } else {
        prop_oneof![
            Just(Activation::Relu),
            Just(Activation::Relu6),
            Just(Activation::ReluN1To1),
            Just(Activation::None),
        ]
        .boxed()
    };
    (
        prop::collection::vec(-127i8..=127, in_len * out_len),
        prop::collection::vec(-(1i32 << 20)..(1 << 20), out_len),
        prop::collection::vec((1i32 << 30)..i32::MAX, out_len),
        prop::collection::vec(-24i8..=2, out_len),
        any::<i8>(),
        activation,
        prop_oneof![Just(Rounding::Single), Just(Rounding::Double)],
        0.01f32..1.0,
    )
        .prop_map(
            move |(
                weights,
                biases,
                multipliers,
                shifts,
                zero_point,
                activation,
                rounding,
                scale,
            )| {
                LayerSpec {
                    in_len,
                    out_len,
                    weights,
                    biases,
                    multipliers,
                    shifts,
                    output: Quantization { scale, zero_point },
                    activation,
                    rounding,
                }
            },
        )
}

/// A random model with 1 to 3 layers of random widths, and one int8 input.
fn model_and_input() -> impl Strategy<Value = (ModelSpec, Vec<i8>)> {
    (
        prop::collection::vec(1usize..=6, 1..=3),
        prop::collection::vec(1usize..=40, 1..=3),
        any::<i8>(),
    )
        .prop_flat_map(|(shape, widths, input_zero_point)| {
            let input_len: usize = shape.iter().product();
            let mut layers = Vec::new();
            let mut in_len = input_len;
            for (i, &out_len) in widths.iter().enumerate() {
                layers.push(layer_strategy(in_len, out_len, i + 1 == widths.len()));
                in_len = out_len;
            }
            let classes = in_len;
            let input = prop::collection::vec(any::<i8>(), input_len);
            (layers, input, any::<bool>()).prop_map(move |(layers, input, named)| {
                let spec = ModelSpec {
                    name: "random".into(),
                    origin: None,
                    input: InputSpec {
                        shape: shape.clone(),
                        quantization: Quantization {
                            scale: 0.02,
                            zero_point: input_zero_point,
                        },
                    },
                    output: if named {
                        OutputSpec::Classes((0..classes).map(|c| c.to_string()).collect())
                    } else {
                        OutputSpec::Values
                    },
                    layers,
                };
                (spec, input)
            })
        })
}

/// The bytes `q + 128` the engine reads in place.
fn offset_bytes(input: &[i8]) -> Vec<u8> {
    input.iter().map(|&q| (q as u8) ^ 0x80).collect()
}

proptest! {
    #[test]
    fn engine_is_bit_exact_with_reference((spec, input) in model_and_input()) {
        let bytes = to_bytes(&spec).unwrap();
        let model = Model::from_bytes(&bytes).unwrap();
        let want = common::reference::model(&spec, &input);
        let mut engine = Engine::<40>::new();
        prop_assert_eq!(engine.infer(&model, &offset_bytes(&input)).unwrap().logits(), &want[..]);
        let mut wide = Engine::<216>::new();
        prop_assert_eq!(wide.infer_int8(&model, &input).unwrap().logits(), &want[..]);
    }

    #[test]
    fn batch_of_four_is_bit_exact(
        (spec, input) in model_and_input(),
        seeds in prop::array::uniform3(any::<u8>()),
    ) {
        let bytes = to_bytes(&spec).unwrap();
        let model = Model::from_bytes(&bytes).unwrap();
        let mut buffer = vec![0u8; Prepared::buffer_len(&model)];
        let prepared = Prepared::new(&model, &mut buffer).unwrap();
        let mut inputs = vec![input.clone()];
        for seed in seeds {
            inputs.push(input.iter().map(|&q| (q as u8).wrapping_mul(seed).wrapping_add(seed) as i8).collect());
        }
        let bytes: Vec<Vec<u8>> = inputs.iter().map(|q| offset_bytes(q)).collect();
        let four = [&bytes[0][..], &bytes[1][..], &bytes[2][..], &bytes[3][..]];
        let mut batch = Batch::<40>::new();
        let inferences = batch.infer(&prepared, four).unwrap();
        for (inference, input) in inferences.iter().zip(&inputs) {
            prop_assert_eq!(inference.logits(), &common::reference::model(&spec, input)[..]);
        }
    }

    #[test]
    fn prepared_row_major_kernel_is_bit_exact((spec, input) in model_and_input()) {
        let bytes = to_bytes(&spec).unwrap();
        let model = Model::from_bytes(&bytes).unwrap();
        let mut buffer = vec![0u8; Prepared::buffer_len(&model)];
        let prepared = Prepared::new(&model, &mut buffer).unwrap();
        let mut engine = Engine::<40>::new();
        let inference = engine.infer_prepared(&prepared, &offset_bytes(&input)).unwrap();
        prop_assert_eq!(inference.logits(), &common::reference::model(&spec, &input)[..]);
    }

    #[test]
    fn resealed_body_mutations_never_panic(
        (spec, input) in model_and_input(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let bytes = to_bytes(&spec).unwrap();
        let mut body = bytes[HEADER_LEN..bytes.len() - CRC_LEN].to_vec();
        for (index, value) in edits {
            let at = index.index(body.len());
            body[at] = value;
        }
        let file = format::seal(VERSION, &body);
        let parsed = Model::from_bytes(&file);
        if let Ok(model) = &parsed {
            let mut engine = Engine::<64>::new();
            let zeros = vec![0u8; model.input_len()];
            let _ = engine.infer(model, &zeros);
            let _ = engine.infer(model, &offset_bytes(&input));
            let _ = engine.infer_int8(model, &input);
        }
    }

    #[test]
    fn int8_softmax_is_within_one_256th_of_the_float_one(
        logits in prop::collection::vec(any::<i8>(), 1..64),
        scale in 0.005f32..2.0,
    ) {
        let softmax = Int8Softmax::new(scale, 1.0).unwrap();
        let mut q = vec![0i8; logits.len()];
        softmax.apply(&logits, &mut q).unwrap();
        let max = f64::from(*logits.iter().max().unwrap());
        let exps: Vec<f64> = logits
            .iter()
            .map(|&x| (f64::from(scale) * (f64::from(x) - max)).exp())
            .collect();
        let sum: f64 = exps.iter().sum();
        for (&got, e) in q.iter().zip(&exps) {
            // Output 255/256 stands for any probability from 254.5/256 to 1.
            let want = (256.0 * e / sum).min(255.0);
            let got = f64::from(i16::from(got) + 128);
            prop_assert!((got - want).abs() <= 1.0, "{logits:?} at {scale}: {got} vs {want}");
        }
    }
}
