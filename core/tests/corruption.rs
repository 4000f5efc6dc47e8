//! Corrupt model files, deterministically: every truncation, every bit flip
//! of the header and layer tables (CRC re-sealed, so the validator sees
//! them), fixed-seed random multi-byte mutations and random byte strings.
//! Each is rejected with an `Error` or loads and runs through inference and
//! softmax; nothing panics. Run with `--nocapture` to see the counts:
//!
//! ```text
//! cargo test -p stitch-core --features alloc --test corruption -- --nocapture
//! ```
//!
//! Also: the accumulator bound at its edge (the widest legal layer with
//! extreme weights, inputs and biases computes the exact i64 result).
#![cfg(feature = "alloc")]

mod common;

use std::collections::BTreeMap;
use std::ops::Range;

use stitch_core::format::{self, CRC_LEN, HEADER_LEN, MAX_BIAS, MAX_INPUT_WIDTH, MAX_LAYERS};
use stitch_core::writer::{to_bytes, InputSpec, LayerSpec, ModelSpec, OutputSpec};
use stitch_core::{softmax, Activation, Engine, Error, Model, Prepared, Quantization, Rounding};

/// Engine width for the corrupted models: the widest valid layer here is 64.
const MAX_WIDTH: usize = 256;

/// SplitMix64: a fixed-seed generator, so every run mutates the same bytes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn byte(&mut self) -> u8 {
        self.next() as u8
    }
}

/// How each corrupt input ended.
#[derive(Default)]
struct Outcomes {
    cases: usize,
    /// Rejected: count per `Error` variant.
    rejected: BTreeMap<String, usize>,
    /// Loaded, then inferred on every test image without error.
    inferred: usize,
    /// Loaded, but wider than the engine: `Engine::infer` said `Capacity`.
    too_wide_for_engine: usize,
}

impl Outcomes {
    /// Loads `bytes`; if they load, infers an all-0 and an all-255 image
    /// (plus `images` of the right size) and takes the softmax.
    fn run(&mut self, bytes: &[u8], images: &[Vec<u8>]) {
        self.cases += 1;
        let model = match Model::from_bytes(bytes) {
            Ok(model) => model,
            Err(error) => {
                *self.rejected.entry(variant(&error)).or_default() += 1;
                return;
            }
        };
        let mut engine = Engine::<MAX_WIDTH>::new();
        let mut probabilities = vec![0.0f32; model.output_len()];
        let constant = [vec![0u8; model.input_len()], vec![255u8; model.input_len()]];
        let fitting = images.iter().filter(|i| i.len() == model.input_len());
        for image in constant.iter().chain(fitting) {
            match engine.infer(&model, image) {
                Ok(inference) => {
                    assert_eq!(inference.logits().len(), model.output_len());
                    let scale = model.output_quantization().scale;
                    softmax::softmax(inference.logits(), scale, &mut probabilities).unwrap();
                }
                Err(Error::Capacity { .. }) if model.max_width() > MAX_WIDTH => {
                    self.too_wide_for_engine += 1;
                    return;
                }
                Err(error) => panic!("a model that loaded failed inference: {error:?}"),
            }
        }
        self.inferred += 1;
    }

    fn print(&self, what: &str) {
        println!("{what}: {} cases", self.cases);
        for (variant, count) in &self.rejected {
            println!("  rejected {variant:<22} {count}");
        }
        println!("  loaded and inferred       {}", self.inferred);
        if self.too_wide_for_engine > 0 {
            println!("  loaded, too wide (engine) {}", self.too_wide_for_engine);
        }
    }

    fn rejected_total(&self) -> usize {
        self.rejected.values().sum()
    }
}

/// The variant's name: the `Debug` text up to its fields.
fn variant(error: &Error) -> String {
    let text = format!("{error:?}");
    text.split([' ', '{', '(']).next().unwrap_or("").to_string()
}

/// Replaces the trailing CRC with the CRC of everything before it.
fn reseal(bytes: &mut [u8]) {
    let end = bytes.len() - CRC_LEN;
    let crc = format::checksum(&bytes[..end]);
    bytes[end..].copy_from_slice(&crc.to_le_bytes());
}

/// File offsets of each layer's weight block.
fn weight_ranges(bytes: &[u8]) -> Vec<Range<usize>> {
    let model = Model::from_bytes(bytes).unwrap();
    model
        .layers()
        .iter()
        .map(|layer| {
            let start = layer.weight_bytes().as_ptr() as usize - bytes.as_ptr() as usize;
            start..start + layer.weight_bytes().len()
        })
        .collect()
}

/// The body bytes that are not weight data: header fields, layer tables,
/// biases, requantization parameters and class names.
fn structural_offsets(bytes: &[u8]) -> Vec<usize> {
    let weights = weight_ranges(bytes);
    (HEADER_LEN..bytes.len() - CRC_LEN)
        .filter(|offset| !weights.iter().any(|r| r.contains(offset)))
        .collect()
}

struct Subject {
    name: &'static str,
    bytes: Vec<u8>,
    images: Vec<Vec<u8>>,
}

fn subjects() -> Vec<Subject> {
    vec![
        Subject {
            name: "tiny (4-3-2)",
            bytes: to_bytes(&common::tiny_spec()).unwrap(),
            images: vec![vec![0, 255, 255, 0], vec![17, 3, 200, 99]],
        },
        Subject {
            name: "tflite-reference (784-64-64-10)",
            bytes: common::tflite::tflite_model(),
            images: common::tflite::sample_images()
                .into_iter()
                .take(2)
                .collect(),
        },
    ]
}

#[test]
fn every_truncation_is_rejected() {
    for subject in subjects() {
        let bytes = &subject.bytes;
        let mut raw = Outcomes::default();
        for len in 0..bytes.len() {
            raw.run(&bytes[..len], &subject.images);
        }
        raw.print(&format!("{}: truncated, CRC as cut", subject.name));
        assert_eq!(raw.rejected_total(), bytes.len());

        // A truncated body with a valid CRC after it: the decoder must notice.
        // Every cut outside the weight blocks, every 61st inside them.
        let mut sealed = Outcomes::default();
        let body = &bytes[..bytes.len() - CRC_LEN];
        let weights = weight_ranges(bytes);
        let cuts = (HEADER_LEN..body.len()).filter(|cut| {
            weights
                .iter()
                .all(|w| !w.contains(cut) || (cut - w.start) % 61 == 0)
        });
        let mut file = Vec::with_capacity(bytes.len());
        for len in cuts {
            file.clear();
            file.extend_from_slice(&body[..len]);
            file.extend_from_slice(&format::checksum(&body[..len]).to_le_bytes());
            sealed.run(&file, &subject.images);
        }
        sealed.print(&format!(
            "{}: truncated body (all structural cuts, every 61st weight byte), CRC re-sealed",
            subject.name
        ));
        assert_eq!(sealed.rejected_total(), sealed.cases);
    }
}

#[test]
fn every_structural_bit_flip_is_rejected_or_runs() {
    for subject in subjects() {
        let bytes = &subject.bytes;
        let structural = structural_offsets(bytes);
        let weight_bytes: usize = weight_ranges(bytes).iter().map(|r| r.len()).sum();
        println!(
            "{}: {} bytes, {} of weights, {} structural body bytes",
            subject.name,
            bytes.len(),
            weight_bytes,
            structural.len()
        );

        // Header and CRC trailer: no re-sealing (it would undo a CRC flip).
        let mut unsealed = Outcomes::default();
        let trailer = bytes.len() - CRC_LEN..bytes.len();
        for offset in (0..HEADER_LEN).chain(trailer) {
            for bit in 0..8 {
                let mut flipped = bytes.clone();
                flipped[offset] ^= 1 << bit;
                unsealed.run(&flipped, &subject.images);
            }
        }
        unsealed.print(&format!(
            "{}: header and CRC bit flips, not re-sealed",
            subject.name
        ));
        assert_eq!(unsealed.rejected_total(), unsealed.cases);

        // Every bit of the body that is not weight data, CRC re-sealed.
        let mut sealed = Outcomes::default();
        let mut flipped = bytes.clone();
        for &offset in &structural {
            for bit in 0..8 {
                flipped[offset] ^= 1 << bit;
                reseal(&mut flipped);
                sealed.run(&flipped, &subject.images);
                flipped[offset] ^= 1 << bit;
            }
        }
        sealed.print(&format!(
            "{}: structural body bit flips, CRC re-sealed",
            subject.name
        ));
        assert_eq!(sealed.cases, structural.len() * 8);
    }
}

/// Mutations per model; half of the mutated bytes hit structural bytes.
const MUTATIONS: usize = 20_000;

#[test]
fn random_multi_byte_mutations_are_rejected_or_run() {
    let mut rng = Rng(0x5717_C4ED);
    for subject in subjects() {
        let bytes = &subject.bytes;
        let structural = structural_offsets(bytes);
        let body = HEADER_LEN..bytes.len() - CRC_LEN;
        let mut outcomes = Outcomes::default();
        let mut mutated = bytes.clone();
        for _ in 0..MUTATIONS {
            mutated.copy_from_slice(bytes);
            for _ in 0..1 + rng.below(8) {
                let offset = if rng.below(2) == 0 {
                    structural[rng.below(structural.len())]
                } else {
                    body.start + rng.below(body.len())
                };
                mutated[offset] = match rng.below(3) {
                    0 => rng.byte(),
                    1 => mutated[offset] ^ (1 << rng.below(8)),
                    _ => [0x00, 0x7f, 0x80, 0xff][rng.below(4)],
                };
            }
            reseal(&mut mutated);
            outcomes.run(&mutated, &subject.images);
        }
        outcomes.print(&format!(
            "{}: {MUTATIONS} random 1-8 byte mutations, CRC re-sealed",
            subject.name
        ));
        assert_eq!(outcomes.cases, MUTATIONS);
    }
}

#[test]
fn random_byte_strings_are_rejected_or_run() {
    let mut rng = Rng(0xB17E_5EED);
    let tiny = to_bytes(&common::tiny_spec()).unwrap();
    let mut raw = Outcomes::default();
    let mut sealed = Outcomes::default();
    for _ in 0..10_000 {
        let len = rng.below(300);
        let random: Vec<u8> = (0..len).map(|_| rng.byte()).collect();
        raw.run(&random, &[]);
        // The same bytes as a body behind a valid header, CRC sealed.
        let mut file = tiny[..HEADER_LEN].to_vec();
        file.extend_from_slice(&random);
        file.extend_from_slice(&[0; CRC_LEN]);
        reseal(&mut file);
        sealed.run(&file, &[]);
    }
    raw.print("10000 random byte strings (0..300 bytes)");
    sealed.print("10000 random bodies behind a valid header, CRC sealed");
    assert_eq!(raw.rejected_total(), raw.cases);
}

/// A one-layer model `in_len` wide whose four outputs take the extreme
/// weights (-128 or 127) and biases (+-MAX_BIAS), scaled so that each output
/// reveals its accumulator (a wrapped i32 would change sign).
fn extreme_spec(rows: u16, cols: u16) -> ModelSpec {
    let in_len = usize::from(rows) * usize::from(cols);
    let channels = [
        (-128i8, -MAX_BIAS),
        (127, MAX_BIAS),
        (-128, MAX_BIAS),
        (127, -MAX_BIAS),
    ];
    ModelSpec {
        name: "extreme".into(),
        origin: None,
        // Offset 128 + zero point = 0: the stored biases are exactly these.
        input: InputSpec {
            shape: vec![usize::from(rows), usize::from(cols)],
            quantization: common::PIXELS,
        },
        layers: vec![LayerSpec {
            in_len,
            out_len: channels.len(),
            weights: channels
                .iter()
                .flat_map(|&(w, _)| std::iter::repeat_n(w, in_len))
                .collect(),
            biases: channels.iter().map(|&(_, b)| b).collect(),
            // Factor (2^31 - 1) * 2^-56, about 2^-25: |acc| < 2^31 maps to |out| < 64.
            multipliers: vec![i32::MAX; channels.len()],
            shifts: vec![-25; channels.len()],
            output: Quantization {
                scale: 1.0,
                zero_point: 0,
            },
            activation: Activation::None,
            rounding: Rounding::Single,
        }],
        output: OutputSpec::Values,
    }
}

#[test]
fn widest_legal_layer_with_extreme_values_is_exact() {
    // 128 x 128 = MAX_INPUT_WIDTH inputs, all 255.
    assert_eq!(128 * 128, MAX_INPUT_WIDTH);
    let spec = extreme_spec(128, 128);
    let bytes = to_bytes(&spec).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    let pixels = vec![255u8; MAX_INPUT_WIDTH];
    // Input zero point -128: the layer sees `p - 128 - (-128)`, the pixel.
    let input: Vec<i64> = pixels.iter().map(|&p| i64::from(p) - 128).collect();
    let expected = common::reference::layer(&spec.layers[0], &input, -128);
    // The accumulators reach -1.07e9 and 1.07e9: just inside +-2^30.
    let accumulators: Vec<i64> = expected.iter().map(|&(acc, _)| acc).collect();
    assert_eq!(
        accumulators,
        [
            -128 * 255 * 16_384 - (1 << 29),
            127 * 255 * 16_384 + (1 << 29),
            -128 * 255 * 16_384 + (1 << 29),
            127 * 255 * 16_384 - (1 << 29),
        ]
    );
    let want: Vec<i8> = expected.iter().map(|&(_, out)| out as i8).collect();
    assert_eq!(want, [-32, 32, 0, 0]);

    let mut engine = Engine::<4>::new();
    assert_eq!(engine.infer(&model, &pixels).unwrap().logits(), &want[..]);
    let mut buffer = vec![0u8; Prepared::buffer_len(&model)];
    let prepared = Prepared::new(&model, &mut buffer).unwrap();
    assert_eq!(
        engine.infer_prepared(&prepared, &pixels).unwrap().logits(),
        &want[..]
    );
}

#[test]
fn one_input_beyond_the_limit_is_rejected() {
    // 5 x 3277 = MAX_INPUT_WIDTH + 1.
    assert_eq!(5 * 3277, MAX_INPUT_WIDTH + 1);
    assert_eq!(
        to_bytes(&extreme_spec(5, 3277)).unwrap_err(),
        Error::TooWide {
            layer: 0,
            width: MAX_INPUT_WIDTH + 1,
            max: MAX_INPUT_WIDTH
        }
    );
    // And a hidden layer of MAX_INPUT_WIDTH + 1 outputs.
    let wide = MAX_INPUT_WIDTH + 1;
    let layer = |in_len: usize, out_len: usize| LayerSpec {
        in_len,
        out_len,
        weights: vec![1; in_len * out_len],
        biases: vec![0; out_len],
        multipliers: vec![1 << 30; out_len],
        shifts: vec![0; out_len],
        output: Quantization {
            scale: 1.0,
            zero_point: 0,
        },
        activation: Activation::None,
        rounding: Rounding::Single,
    };
    let mut spec = common::tiny_spec();
    spec.layers = vec![layer(4, wide), layer(wide, 2)];
    assert_eq!(
        to_bytes(&spec).unwrap_err(),
        Error::TooWide {
            layer: 0,
            width: wide,
            max: MAX_INPUT_WIDTH
        }
    );
}

/// A model of `layers` identical 4 -> 4 layers.
fn square_spec(layers: usize) -> ModelSpec {
    let layer = LayerSpec {
        in_len: 4,
        out_len: 4,
        weights: vec![3; 16],
        biases: vec![7; 4],
        multipliers: vec![1 << 30; 4],
        shifts: vec![-4; 4],
        output: Quantization {
            scale: 0.5,
            zero_point: 0,
        },
        activation: Activation::Relu,
        rounding: Rounding::Double,
    };
    ModelSpec {
        name: "n".into(),
        origin: None,
        input: InputSpec {
            shape: vec![2, 2],
            quantization: common::PIXELS,
        },
        output: OutputSpec::Values,
        layers: vec![layer; layers],
    }
}

/// The writer encodes any number of layers; the reader takes 1 to 32 and
/// counts the others.
#[test]
fn layer_counts_outside_1_to_32_are_rejected() {
    for count in [1, 2, MAX_LAYERS] {
        assert!(to_bytes(&square_spec(count)).is_ok(), "{count}");
    }
    for count in [0, MAX_LAYERS + 1, 1000] {
        assert_eq!(
            to_bytes(&square_spec(count)).unwrap_err(),
            Error::LayerCount { found: count }
        );
    }
}
