//! Calibrating the graph cost model (`stitch_core::cost`, `graph.rs`):
//!
//! ```text
//! cargo run -p stitch-core --features alloc --example graph_cost_models -- write DIR
//! cargo run -p stitch-core --features alloc --example graph_cost_models -- terms MODEL...
//! ```
//!
//! `write` writes synthetic graph models that hold every layer kind and
//! code path (odd channel counts, both paddings, strides 1 and 2, windows
//! from 1x1 to 5x5, in-place pointwise layers, residual adds), each with a
//! vectors file of four random inputs and the outputs this crate computes,
//! and prints their names. `terms` prints, for each model, target and
//! layer, `model target layer path dense term...`: what the cost model
//! counts, for `scripts/calibrate-graph-cost.sh` to fit against QEMU.

#[path = "../tests/common/graph.rs"]
#[allow(dead_code)]
mod specs;

use specs::{channels, layer, map, q, window};
use stitch_core::conv::Padding::{Same, Valid};
use stitch_core::cost::{layer_terms, Target};
use stitch_core::writer::{
    graph_to_bytes, GraphLayerSpec, GraphSpec, InputSpec, OpSpec, OutputSpec,
};
use stitch_core::{graph, vectors, Activation, Model};

#[path = "common/rng.rs"]
mod rng;

use rng::Rng;

fn conv(
    input: usize,
    (side, cin): (usize, usize),
    (size, stride, padding): (usize, usize, stitch_core::conv::Padding),
    cout: usize,
) -> GraphLayerSpec {
    layer(
        OpSpec::Conv2d {
            input,
            map: map(side, cin),
            window: window(size, stride, padding),
            channels: channels(cout * size * size * cin, cout, -7),
        },
        q(0.1, -3),
        Activation::None,
    )
}

fn depthwise(
    input: usize,
    (side, c): (usize, usize),
    (size, stride, padding): (usize, usize, stitch_core::conv::Padding),
) -> GraphLayerSpec {
    layer(
        OpSpec::DepthwiseConv2d {
            input,
            map: map(side, c),
            window: window(size, stride, padding),
            channels: channels(size * size * c, c, -5),
        },
        q(0.1, -3),
        Activation::None,
    )
}

/// A pool keeps its input's quantization: every layer here writes `q(0.1, -3)`.
fn pool(
    max: bool,
    input: usize,
    (side, c): (usize, usize),
    (size, stride, padding): (usize, usize, stitch_core::conv::Padding),
) -> GraphLayerSpec {
    let (map, window) = (map(side, c), window(size, stride, padding));
    let op = if max {
        OpSpec::MaxPool2d { input, map, window }
    } else {
        OpSpec::AveragePool2d { input, map, window }
    };
    layer(op, q(0.1, -3), Activation::None)
}

fn add(inputs: [usize; 2], len: usize) -> GraphLayerSpec {
    layer(OpSpec::Add { inputs, len }, q(0.1, -3), Activation::None)
}

fn fully_connected(input: usize, inputs: usize, outputs: usize) -> GraphLayerSpec {
    layer(
        OpSpec::FullyConnected {
            input,
            channels: channels(inputs * outputs, outputs, -6),
        },
        q(0.2, 0),
        Activation::None,
    )
}

/// The calibration graphs: name, input shape, layers.
fn graphs() -> Vec<(&'static str, [usize; 3], Vec<GraphLayerSpec>)> {
    vec![
        (
            "convolutions",
            [12, 12, 3],
            vec![
                conv(0, (12, 3), (3, 1, Same), 8),
                conv(1, (12, 8), (3, 2, Valid), 12),
                conv(2, (5, 12), (1, 1, Valid), 6),
                conv(3, (5, 6), (2, 1, Same), 5),
                conv(4, (5, 5), (3, 2, Same), 7),
                fully_connected(5, 63, 10),
            ],
        ),
        (
            "depthwise",
            [10, 10, 8],
            vec![
                depthwise(0, (10, 8), (3, 1, Same)),
                depthwise(1, (10, 8), (3, 2, Same)),
                conv(2, (5, 8), (1, 1, Valid), 12),
                depthwise(3, (5, 12), (5, 1, Same)),
                conv(4, (5, 12), (1, 1, Valid), 6),
                depthwise(5, (5, 6), (3, 1, Valid)),
                depthwise(6, (3, 6), (2, 1, Same)),
                fully_connected(7, 54, 5),
            ],
        ),
        (
            "pools",
            [8, 8, 6],
            vec![
                pool(true, 0, (8, 6), (2, 2, Valid)),
                pool(false, 1, (4, 6), (3, 1, Same)),
                add([1, 2], 96),
                pool(true, 3, (4, 6), (3, 1, Same)),
                pool(false, 4, (4, 6), (2, 2, Valid)),
                fully_connected(5, 24, 4),
            ],
        ),
        (
            "wide",
            [6, 6, 20],
            vec![
                conv(0, (6, 20), (3, 1, Same), 36),
                depthwise(1, (6, 36), (3, 1, Same)),
                add([1, 2], 6 * 6 * 36),
                pool(true, 3, (6, 36), (2, 2, Valid)),
                depthwise(4, (3, 36), (3, 1, Same)),
                pool(false, 5, (3, 36), (3, 1, Valid)),
                conv(6, (1, 36), (1, 1, Valid), 20),
                fully_connected(7, 20, 10),
            ],
        ),
        (
            "more-pools",
            [9, 9, 20],
            vec![
                pool(true, 0, (9, 20), (3, 2, Same)),
                pool(false, 1, (5, 20), (2, 1, Same)),
                pool(true, 2, (5, 20), (5, 1, Same)),
                pool(false, 3, (5, 20), (3, 2, Valid)),
                pool(true, 4, (2, 20), (2, 1, Valid)),
                fully_connected(5, 20, 3),
            ],
        ),
        (
            "thin-pools",
            [11, 11, 3],
            vec![
                pool(false, 0, (11, 3), (3, 1, Same)),
                pool(true, 1, (11, 3), (2, 2, Same)),
                pool(false, 2, (6, 3), (5, 1, Valid)),
                pool(true, 3, (2, 3), (2, 1, Same)),
                conv(4, (2, 3), (2, 1, Valid), 33),
                pool(true, 5, (1, 33), (1, 1, Valid)),
                pool(false, 6, (1, 33), (1, 1, Same)),
                fully_connected(7, 33, 2),
            ],
        ),
        (
            "more-depthwise",
            [8, 8, 10],
            vec![
                depthwise(0, (8, 10), (3, 1, Same)),
                depthwise(1, (8, 10), (5, 2, Same)),
                conv(2, (4, 10), (1, 1, Valid), 22),
                depthwise(3, (4, 22), (3, 1, Same)),
                depthwise(4, (4, 22), (2, 2, Valid)),
                conv(5, (2, 22), (1, 1, Valid), 16),
                depthwise(6, (2, 16), (3, 1, Same)),
                depthwise(7, (2, 16), (2, 1, Valid)),
                fully_connected(8, 16, 4),
            ],
        ),
        (
            "pointwise",
            [7, 7, 24],
            vec![
                conv(0, (7, 24), (1, 1, Valid), 16),
                conv(1, (7, 16), (1, 1, Valid), 16),
                conv(2, (7, 16), (1, 1, Valid), 40),
                conv(3, (7, 40), (1, 1, Valid), 8),
                depthwise(4, (7, 8), (3, 1, Same)),
                conv(5, (7, 8), (1, 1, Valid), 8),
                conv(6, (7, 8), (1, 1, Valid), 5),
                fully_connected(7, 245, 6),
            ],
        ),
        (
            "deep",
            [4, 4, 96],
            vec![
                conv(0, (4, 96), (1, 1, Valid), 80),
                conv(1, (4, 80), (3, 1, Same), 20),
                conv(2, (4, 20), (1, 1, Valid), 20),
                conv(3, (4, 20), (2, 2, Valid), 44),
                fully_connected(4, 176, 7),
            ],
        ),
        (
            "adds",
            [16, 16, 4],
            vec![
                depthwise(0, (16, 4), (3, 1, Same)),
                add([1, 0], 1024),
                conv(2, (16, 4), (1, 1, Valid), 3),
                depthwise(3, (16, 3), (3, 1, Same)),
                add([3, 4], 768),
                add([5, 3], 768),
                pool(true, 6, (16, 3), (4, 4, Valid)),
                depthwise(7, (4, 3), (3, 1, Same)),
                add([7, 8], 48),
                add([8, 9], 48),
                fully_connected(10, 48, 3),
            ],
        ),
        (
            "odd",
            [7, 7, 17],
            vec![
                depthwise(0, (7, 17), (3, 1, Same)),
                pool(false, 1, (7, 17), (2, 1, Valid)),
                pool(true, 2, (6, 17), (2, 2, Valid)),
                conv(3, (3, 17), (3, 1, Valid), 9),
                conv(4, (1, 9), (1, 1, Same), 9),
                fully_connected(5, 9, 3),
            ],
        ),
    ]
}

fn write(dir: &std::path::Path) {
    let mut rng = Rng(0x5EED_6A4F);
    for (name, shape, layers) in graphs() {
        let spec = GraphSpec {
            name: name.into(),
            origin: None,
            input: InputSpec {
                shape: shape.to_vec(),
                quantization: q(0.1, -3),
            },
            output: OutputSpec::Values,
            layers,
        };
        let bytes = graph_to_bytes(&spec).unwrap_or_else(|e| panic!("{name}: {e}"));
        let model = Model::from_bytes(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut arena = vec![0u32; model.arena_bytes() / 4];
        let inputs: Vec<Vec<i8>> = (0..4)
            .map(|_| (0..model.input_len()).map(|_| rng.next() as i8).collect())
            .collect();
        let outputs: Vec<Vec<i8>> = inputs
            .iter()
            .map(|x| graph::infer(&model, x, &mut arena).expect("runs").to_vec())
            .collect();
        let pairs: Vec<(&[i8], &[i8])> = inputs
            .iter()
            .map(Vec::as_slice)
            .zip(outputs.iter().map(Vec::as_slice))
            .collect();
        let vectors = vectors::to_bytes(model.input_len(), model.output_len(), &pairs);
        std::fs::write(dir.join(format!("{name}.stitch")), &bytes).expect("writes the model");
        std::fs::write(dir.join(format!("{name}.vectors")), vectors).expect("writes the vectors");
        println!("{name}");
    }
}

fn terms(paths: &[String]) {
    for path in paths {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let model = Model::from_bytes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        for (target, name) in [
            (Target::CortexM4, "cortex-m4"),
            (Target::CortexM0, "cortex-m0"),
        ] {
            for index in 0..model.layers().len() {
                let (path_kind, terms, dense) =
                    layer_terms(&model, index, target).expect("a graph layer");
                let terms: Vec<String> = terms.iter().map(u64::to_string).collect();
                println!(
                    "{path} {name} {index} {path_kind:?} {dense} {}",
                    terms.join(" ")
                );
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((mode, rest)) if mode == "write" && rest.len() == 1 => {
            let dir = std::path::Path::new(&rest[0]);
            std::fs::create_dir_all(dir).expect("creates the directory");
            write(dir);
        }
        Some((mode, rest)) if mode == "terms" => terms(rest),
        _ => {
            eprintln!("usage: graph_cost_models write DIR | terms MODEL...");
            std::process::exit(2);
        }
    }
}
