//! Fuzzes the TFLite importer with arbitrary files. A `.tflite` is untrusted
//! input: every byte string must be imported or refused with an error, never
//! panic, and an imported model must load and run in stitch-core.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stitch_core::writer::OriginSpec;
use stitch_core::{Engine, Model, Rounding};
use stitch_import::{import, Request};

fuzz_target!(|data: &[u8]| {
    for rounding in [Rounding::Single, Rounding::Double] {
        let request = Request {
            name: "fuzz".into(),
            origin: OriginSpec {
                source: "fuzz.tflite".into(),
                sha256: [0; 32],
            },
            rounding,
            class_names: None,
        };
        let Ok(imported) = import(data, request) else {
            continue;
        };
        let model = Model::from_bytes(&imported.bytes).expect("the importer wrote a valid model");
        let mut engine = Box::new(Engine::<16_384>::new());
        let input = vec![0i8; model.input_len()];
        if model.input_len() <= 16_384 {
            engine.infer_int8(&model, &input).expect("an imported model runs");
        }
    }
});
