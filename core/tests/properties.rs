//! Property tests: every host kernel against a plain i64 reference of
//! TFLite's int8 fully connected layer, in both roundings and with every
//! activation, and mutated model bodies (CRC re-sealed) against the
//! validator.
#![cfg(feature = "alloc")]

mod common;

use proptest::prelude::*;
use stitch_core::conv::{self, FeatureMap, Padding, Requantization, Window};
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

/// A convolution problem: image, window, channels, weights, requantization.
#[derive(Debug, Clone)]
struct ConvCase {
    image: FeatureMap,
    window: Window,
    out_channels: usize,
    input: Vec<i8>,
    filters: Vec<i8>,
    biases: Vec<i32>,
    multipliers: Vec<i32>,
    shifts: Vec<i8>,
    /// `biases`, `multipliers` and `shifts` as the kernels read them.
    bytes: (Vec<u8>, Vec<u8>, Vec<u8>),
    rounding: Rounding,
    zero_points: (i8, i8),
    clamp: (i8, i8),
}

/// `values` as the little-endian words a model file (and the kernels) hold.
fn words(values: &[i32]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_le_bytes()).collect()
}

impl ConvCase {
    /// The per-channel values as the kernels read them.
    fn bytes_of(biases: &[i32], multipliers: &[i32], shifts: &[i8]) -> (Vec<u8>, Vec<u8>, Vec<u8>) {
        (
            words(biases),
            words(multipliers),
            shifts.iter().map(|&s| s as u8).collect(),
        )
    }

    fn requantization(&self) -> Requantization<'_> {
        Requantization {
            biases: &self.bytes.0,
            multipliers: &self.bytes.1,
            shifts: &self.bytes.2,
            rounding: self.rounding,
            input_zero_point: self.zero_points.0,
            output_zero_point: self.zero_points.1,
            clamp: self.clamp,
        }
    }
}

/// Odd sizes, strides 1 to 3, both paddings, channel counts not multiples of 4.
fn conv_case() -> impl Strategy<Value = ConvCase> {
    (
        1usize..8,
        1usize..8,
        1usize..6,
        1usize..6,
        1usize..4,
        1usize..4,
        1usize..4,
        any::<bool>(),
    )
        .prop_flat_map(|(h, w, cin, cout, kh, kw, stride, same)| {
            let n_in = h * w * cin;
            let n_filter = kh * kw * cin * cout;
            (
                prop::collection::vec(any::<i8>(), n_in),
                prop::collection::vec(any::<i8>(), n_filter),
                prop::collection::vec(-(1i32 << 16)..(1 << 16), cout),
                prop::collection::vec((1i32 << 30)..i32::MAX, cout),
                prop::collection::vec(-12i8..2, cout),
                (any::<bool>(), any::<i8>(), any::<i8>(), any::<i8>()),
            )
                .prop_map(
                    move |(input, filters, biases, multipliers, shifts, (double, zi, zo, low))| {
                        ConvCase {
                            image: FeatureMap {
                                height: h,
                                width: w,
                                channels: cin,
                            },
                            window: Window {
                                height: kh,
                                width: kw,
                                stride_height: stride,
                                stride_width: stride,
                                padding: if same { Padding::Same } else { Padding::Valid },
                            },
                            out_channels: cout,
                            input,
                            filters,
                            bytes: ConvCase::bytes_of(&biases, &multipliers, &shifts),
                            biases,
                            multipliers,
                            shifts,
                            rounding: if double {
                                Rounding::Double
                            } else {
                                Rounding::Single
                            },
                            zero_points: (zi, zo),
                            clamp: (low.min(zo), 127),
                        }
                    },
                )
        })
}

/// The convolution written the other way round: pad the image explicitly
/// with its zero point, then slide a window over the padded image.
fn conv_reference(case: &ConvCase) -> Option<Vec<i8>> {
    let placement = case.window.place(&case.image).ok()?;
    let (h, w, c) = (case.image.height, case.image.width, case.image.channels);
    let (kh, kw) = (case.window.height, case.window.width);
    let padded_h = (placement.out_height - 1) * case.window.stride_height + kh;
    let padded_w = (placement.out_width - 1) * case.window.stride_width + kw;
    let mut padded =
        vec![
            case.zero_points.0;
            padded_h.max(h + placement.pad_top) * padded_w.max(w + placement.pad_left) * c
        ];
    let pw = padded_w.max(w + placement.pad_left);
    for y in 0..h {
        for x in 0..w {
            for k in 0..c {
                padded[((y + placement.pad_top) * pw + x + placement.pad_left) * c + k] =
                    case.input[(y * w + x) * c + k];
            }
        }
    }
    let mut out = Vec::new();
    for oy in 0..placement.out_height {
        for ox in 0..placement.out_width {
            for o in 0..case.out_channels {
                let mut acc = 0i64;
                for fy in 0..kh {
                    for fx in 0..kw {
                        for k in 0..c {
                            let y = oy * case.window.stride_height + fy;
                            let x = ox * case.window.stride_width + fx;
                            let v = i64::from(padded[(y * pw + x) * c + k])
                                - i64::from(case.zero_points.0);
                            acc += v * i64::from(case.filters[((o * kh + fy) * kw + fx) * c + k]);
                        }
                    }
                }
                out.push(stitch_core::requant::to_int8(
                    (acc as i32).wrapping_add(case.biases[o]),
                    case.multipliers[o],
                    case.shifts[o],
                    case.rounding,
                    case.zero_points.1,
                    case.clamp.0,
                    case.clamp.1,
                ));
            }
        }
    }
    Some(out)
}

proptest! {
    #[test]
    fn conv2d_matches_the_padded_reference(case in conv_case()) {
        let want = conv_reference(&case);
        let mut out = vec![0i8; want.as_ref().map_or(0, Vec::len)];
        let got = conv::conv2d(&case.input, case.image, &case.filters, case.window, &case.requantization(), &mut out);
        match want {
            Some(want) => {
                prop_assert!(got.is_ok(), "{got:?}");
                prop_assert_eq!(out, want);
            }
            None => prop_assert_eq!(got, Err(stitch_core::Error::Window)),
        }
    }

    #[test]
    fn depthwise_is_conv2d_with_diagonal_filters(case in conv_case()) {
        // One filter per channel: the case's first `channels` filters' own taps.
        let c = case.image.channels;
        let taps = case.window.height * case.window.width;
        let mut case = case;
        case.out_channels = c;
        case.biases.resize(c, 7);
        case.multipliers.resize(c, 1 << 30);
        case.shifts.resize(c, -3);
        case.bytes = ConvCase::bytes_of(&case.biases, &case.multipliers, &case.shifts);
        let depthwise: Vec<i8> = (0..taps * c).map(|i| case.filters[i % case.filters.len()]).collect();
        let mut diagonal = vec![0i8; c * taps * c];
        for o in 0..c {
            for t in 0..taps {
                diagonal[(o * taps + t) * c + o] = depthwise[t * c + o];
            }
        }
        let Ok(placement) = case.window.place(&case.image) else {
            return Ok(());
        };
        let len = placement.out_height * placement.out_width * c;
        let (mut a, mut b) = (vec![0i8; len], vec![0i8; len]);
        conv::depthwise_conv2d(&case.input, case.image, &depthwise, case.window, &case.requantization(), &mut a).unwrap();
        conv::conv2d(&case.input, case.image, &diagonal, case.window, &case.requantization(), &mut b).unwrap();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn conv_kernels_never_panic_on_any_shape(
        (h, w, c) in (0usize..6, 0usize..6, 0usize..4),
        (kh, kw, sh, sw, same) in (0usize..5, 0usize..5, 0usize..4, 0usize..4, any::<bool>()),
        lengths in (0usize..80, 0usize..80, 0usize..80, 0usize..4),
        values in prop::collection::vec(any::<i8>(), 80),
    ) {
        let image = FeatureMap { height: h, width: w, channels: c };
        let window = Window {
            height: kh,
            width: kw,
            stride_height: sh,
            stride_width: sw,
            padding: if same { Padding::Same } else { Padding::Valid },
        };
        let (input, filters, output_len, channels) = (&values[..lengths.0], &values[..lengths.1], lengths.2, lengths.3);
        let per_channel = words(&vec![1i32 << 30; channels]);
        let requantization = Requantization {
            biases: &per_channel,
            multipliers: &per_channel,
            shifts: &vec![1u8; channels],
            rounding: Rounding::Double,
            input_zero_point: values[0],
            output_zero_point: values[1],
            clamp: (values[2], values[3]),
        };
        let mut output = vec![0i8; output_len];
        let _ = conv::conv2d(input, image, filters, window, &requantization, &mut output);
        let _ = conv::depthwise_conv2d(input, image, filters, window, &requantization, &mut output);
        let _ = conv::average_pool2d(input, image, window, (values[2], values[3]), &mut output);
        let _ = conv::max_pool2d(input, image, window, (values[2], values[3]), &mut output);
    }
}
