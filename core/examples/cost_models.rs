//! Writes synthetic models of chosen shapes, each with a vectors file of
//! four random int8 inputs and the outputs this crate computes for them, for
//! measuring what inference costs on a chip (`scripts/calibrate-cost.sh`).
//!
//! ```text
//! cargo run -p stitch-core --features alloc --example cost_models -- DIR [RANDOM]
//! ```
//!
//! Prints one line per model: `name in_len widths rounding left_shifts`,
//! widths and each layer's number of outputs with a shift >= -1 (those take
//! requantization's rare path) comma-separated.

use stitch_core::writer::{to_bytes, InputSpec, LayerSpec, ModelSpec, OutputSpec};
use stitch_core::{vectors, Activation, Engine, Model, Quantization, Rounding};

/// Shapes measured besides random ones: input length, layer widths, rounding.
const SHAPES: &[(usize, &[usize], Rounding)] = &[
    (4, &[3, 2], Rounding::Single),
    (4, &[3, 2], Rounding::Double),
    (5, &[1], Rounding::Single),
    (8, &[4], Rounding::Single),
    (12, &[5], Rounding::Double),
    (64, &[8, 8], Rounding::Single),
    (100, &[12], Rounding::Single),
    (128, &[4], Rounding::Single),
    (129, &[4], Rounding::Single),
    (131, &[9], Rounding::Double),
    (256, &[16, 3], Rounding::Single),
    (300, &[20], Rounding::Double),
    (520, &[6, 6, 6], Rounding::Single),
    (784, &[64, 64, 10], Rounding::Single),
];

#[path = "common/rng.rs"]
mod rng;

use rng::Rng;

/// Random shapes added to [`SHAPES`] unless the second argument says how many.
const RANDOM_SHAPES: usize = 24;

/// One layer of random weights and biases; a left shift on every other
/// output, when asked for; scales small enough that no output reaches the
/// int8 range's ends, so no clamp cuts a kernel's path short and the counts
/// are the worst case the cost model bounds.
fn random_layer(
    rng: &mut Rng,
    in_len: usize,
    out_len: usize,
    rounding: Rounding,
    left_shifts: bool,
) -> LayerSpec {
    let (shifts, multipliers): (Vec<i8>, Vec<i32>) = (0..out_len)
        .map(|o| {
            if left_shifts && o % 2 == 0 {
                (
                    -1 + (rng.next() % 3) as i8,
                    (1 << 10) + (rng.next() % 1024) as i32,
                )
            } else {
                (
                    -15 - (rng.next() % 3) as i8,
                    (1 << 30) + (rng.next() >> 2) as i32,
                )
            }
        })
        .unzip();
    LayerSpec {
        in_len,
        out_len,
        weights: (0..in_len * out_len)
            .map(|_| ((rng.next() % 255) as i32 - 127) as i8)
            .collect(),
        biases: (0..out_len)
            .map(|_| (rng.next() % 20_000) as i32 - 10_000)
            .collect(),
        multipliers,
        shifts,
        output: Quantization {
            scale: 0.05,
            zero_point: (rng.next() % 50) as i8 - 25,
        },
        activation: Activation::None,
        rounding,
    }
}

/// A vectors file of four random inputs to `model` and its outputs.
fn random_vectors(rng: &mut Rng, model: &Model<'_>) -> Vec<u8> {
    let in_len = model.input_len();
    let inputs: Vec<Vec<i8>> = (0..4)
        .map(|_| (0..in_len).map(|_| rng.next() as i8).collect())
        .collect();
    let mut engine = Box::new(Engine::<1024>::new());
    let outputs: Vec<Vec<i8>> = inputs
        .iter()
        .map(|input| {
            engine
                .infer_int8(model, input)
                .expect("infer")
                .logits()
                .to_vec()
        })
        .collect();
    assert!(
        outputs
            .iter()
            .flatten()
            .all(|&v| v != i8::MIN && v != i8::MAX),
        "{}: an output reached the int8 range's end",
        model.name()
    );
    let pairs: Vec<(&[i8], &[i8])> = inputs
        .iter()
        .map(Vec::as_slice)
        .zip(outputs.iter().map(Vec::as_slice))
        .collect();
    vectors::to_bytes(in_len, model.output_len(), &pairs)
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: cost_models DIR");
    std::fs::create_dir_all(&dir).expect("create DIR");
    let mut rng = Rng(0x5eed_1234);
    let mut shapes: Vec<(usize, Vec<usize>, Rounding, bool)> = SHAPES
        .iter()
        .map(|&(in_len, widths, rounding)| (in_len, widths.to_vec(), rounding, false))
        .collect();
    let random = std::env::args().nth(2).map_or(RANDOM_SHAPES, |n| {
        n.parse().expect("usage: cost_models DIR [RANDOM]")
    });
    for index in 0..random {
        let in_len = 1 + (rng.next() % 700) as usize;
        let widths = (0..1 + rng.next() % 4)
            .map(|_| 1 + (rng.next() % 70) as usize)
            .collect();
        let rounding = if rng.next().is_multiple_of(2) {
            Rounding::Single
        } else {
            Rounding::Double
        };
        shapes.push((in_len, widths, rounding, index % 3 == 0));
    }
    for (index, (in_len, widths, rounding, left_shifts)) in shapes.into_iter().enumerate() {
        let mut layers = Vec::new();
        let mut lefts = Vec::new();
        let mut width = in_len;
        for &out_len in &widths {
            let layer = random_layer(&mut rng, width, out_len, rounding, left_shifts);
            lefts.push(
                layer
                    .shifts
                    .iter()
                    .filter(|&&s| s >= -1)
                    .count()
                    .to_string(),
            );
            layers.push(layer);
            width = out_len;
        }
        let spec = ModelSpec {
            name: format!("m{index}"),
            origin: None,
            input: InputSpec {
                shape: vec![in_len],
                quantization: Quantization {
                    scale: 0.1,
                    zero_point: 3,
                },
            },
            output: OutputSpec::Values,
            layers,
        };
        let bytes = to_bytes(&spec).expect("a valid model");
        let model = Model::from_bytes(&bytes).expect("it reads back");
        let file = random_vectors(&mut rng, &model);
        std::fs::write(format!("{dir}/m{index}.stitch"), &bytes).expect("write model");
        std::fs::write(format!("{dir}/m{index}.vectors"), &file).expect("write vectors");
        let widths: Vec<String> = widths.iter().map(usize::to_string).collect();
        println!(
            "m{index} {in_len} {} {rounding:?} {}",
            widths.join(","),
            lefts.join(",")
        );
    }
}
