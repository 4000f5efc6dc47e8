//! Fuzzes the model reader and the engine with arbitrary model bodies.
//!
//! Random bytes almost never carry a valid CRC-32, so the input is taken as
//! a postcard BODY: the target seals it with the real header and a correct
//! CRC (`format::seal`), and the validator and the engine see everything the
//! fuzzer makes. The raw input is also read as a whole file, so the header
//! and CRC checks are exercised too. Any model that loads must run through
//! inference (all-0 and all-255 input bytes, and int8 input) and softmax
//! without panicking, and the row-major `Prepared` kernel and the four-image
//! `Batch` kernel must give the same outputs as the blocked one; a graph
//! model must run in its arena (`graph::infer`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use stitch_core::format::{seal, VERSION};
use stitch_core::{graph, softmax, Batch, Engine, Model, Prepared};

/// The widest layer the target's engine holds; wider models are `Capacity`.
const MAX_WIDTH: usize = 256;

/// Largest row-major weight copy made for the differential check.
const MAX_PREPARED: usize = 1 << 20;

/// Largest arena a graph model is run in (its plan may ask for up to 4 GB).
const MAX_ARENA: usize = 1 << 20;

/// A graph model runs in its arena on the extreme inputs, and refuses a
/// chain's engine.
fn exercise_graph(model: &Model<'_>) {
    assert_eq!(
        Engine::<MAX_WIDTH>::new().infer_int8(model, &[]).map(|_| ()),
        Err(stitch_core::Error::GraphModel)
    );
    if model.arena_bytes() > MAX_ARENA || model.input_len() > MAX_ARENA {
        return;
    }
    let mut arena = vec![0u32; model.arena_bytes() / 4];
    for value in [i8::MIN, 0, i8::MAX] {
        let input = vec![value; model.input_len()];
        let outputs = graph::infer(model, &input, &mut arena).expect("a validated graph runs");
        assert_eq!(outputs.len(), model.output_len());
    }
}

fn exercise(bytes: &[u8]) {
    let Ok(model) = Model::from_bytes(bytes) else {
        return;
    };
    // Everything the accessors report must be consistent with validation.
    assert!(!model.layers().is_empty());
    let classes = model.class_names().len();
    assert!(classes == 0 || classes == model.output_len());
    if model.is_graph() {
        exercise_graph(&model);
        return;
    }
    let mut engine = Engine::<MAX_WIDTH>::new();
    let mut probabilities = vec![0.0f32; model.output_len()];
    let mut buffer = vec![0u8; Prepared::buffer_len(&model).min(MAX_PREPARED)];
    let prepared = Prepared::new(&model, &mut buffer).ok();
    for byte in [0u8, 255] {
        let input = vec![byte; model.input_len()];
        let row_major = prepared.as_ref().map(|prepared| {
            let mut engine = Engine::<MAX_WIDTH>::new();
            engine
                .infer_prepared(prepared, &input)
                .map(|inference| inference.logits().to_vec())
        });
        match engine.infer(&model, &input) {
            Ok(inference) => {
                if let Some(row_major) = row_major {
                    assert_eq!(row_major.as_deref(), Ok(inference.logits()));
                }
                assert_eq!(inference.logits().len(), model.output_len());
                assert!(inference.class() < model.output_len());
                let scale = model.output_quantization().scale;
                softmax::softmax(inference.logits(), scale, &mut probabilities).unwrap();
                let sum: f32 = probabilities.iter().sum();
                assert!((sum - 1.0).abs() < 1e-3, "softmax sums to {sum}");
            }
            Err(stitch_core::Error::Capacity { .. }) => assert!(model.max_width() > MAX_WIDTH),
            Err(error) => panic!("a validated model failed inference: {error:?}"),
        }
        // The same input as int8 values gives the same outputs.
        let int8: Vec<i8> = input.iter().map(|&x| (x ^ 0x80) as i8).collect();
        let from_int8 = engine.infer_int8(&model, &int8).map(|i| i.logits().to_vec());
        let from_bytes = engine.infer(&model, &input).map(|i| i.logits().to_vec());
        match from_int8 {
            Ok(logits) => assert_eq!(Ok(logits), from_bytes),
            Err(stitch_core::Error::Capacity { .. }) => {
                assert!(model.input_len().max(model.max_width()) > MAX_WIDTH)
            }
            Err(error) => panic!("int8 inference failed: {error:?}"),
        }
    }
    // The four-image batch kernel gives each input the blocked kernel's outputs.
    if let Some(prepared) = prepared {
        let (zeros, full) = (vec![0u8; model.input_len()], vec![255u8; model.input_len()]);
        let inputs = [&zeros[..], &full[..], &full[..], &zeros[..]];
        let mut batch = Batch::<MAX_WIDTH>::new();
        if let Ok(batched) = batch.infer(&prepared, inputs) {
            for (inference, input) in batched.iter().zip(inputs) {
                let single = engine.infer(&model, input).map(|i| i.logits().to_vec());
                assert_eq!(single.as_deref(), Ok(inference.logits()));
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    exercise(data);
    exercise(&seal(VERSION, data));
});
