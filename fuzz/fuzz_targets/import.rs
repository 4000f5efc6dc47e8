//! Fuzzes the TFLite importer with arbitrary files. A `.tflite` is untrusted
//! input: every byte string must be imported or refused with an error, never
//! panic, and an imported model must load and run in stitch-core.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stitch_core::writer::OriginSpec;
use stitch_core::{graph, Engine, Model};
use stitch_import::{import, Match, Request};

fuzz_target!(|data: &[u8]| {
    for matching in [Match::Litert, Match::Tflm] {
        let request = Request {
            name: "fuzz".into(),
            origin: OriginSpec {
                source: "fuzz.tflite".into(),
                sha256: [0; 32],
            },
            matching,
            class_names: None,
        };
        let Ok(imported) = import(data, request) else {
            continue;
        };
        let model = Model::from_bytes(&imported.bytes).expect("the importer wrote a valid model");
        let input = vec![0i8; model.input_len()];
        if model.is_graph() {
            // Its arena as the importer planned it (capped: a fuzzed graph
            // may ask for gigabytes).
            if model.arena_bytes() <= 1 << 24 {
                let mut arena = vec![0u32; model.arena_bytes() / 4];
                graph::infer(&model, &input, &mut arena).expect("an imported graph runs");
            }
            continue;
        }
        let mut engine = Box::new(Engine::<16_384>::new());
        if model.input_len() <= 16_384 {
            engine.infer_int8(&model, &input).expect("an imported model runs");
        }
    }
});
