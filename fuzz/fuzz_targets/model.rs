//! Fuzzes the model reader and the engine with arbitrary model bodies.
//!
//! Random bytes almost never carry a valid CRC-32, so the input is taken as
//! a postcard BODY: the target puts the real header before it and a correct
//! CRC after it, and the validator and the engine see everything the fuzzer
//! makes. The raw input is also read as a whole file, so the header and CRC
//! checks are exercised too. Any model that loads must run through inference
//! (on an all-0 and an all-255 image) and softmax without panicking, and the
//! row-major `Prepared` kernel and the four-image `Batch` kernel must give the
//! same logits as the blocked one.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stitch_core::format::{HEADER_LEN, MAGIC, VERSION};
use stitch_core::{softmax, Batch, Engine, Model, Prepared};

const CRC32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

/// The widest layer the target's engine holds; wider models are `TooWide`.
const MAX_WIDTH: usize = 256;

/// Largest row-major weight copy made for the differential check.
const MAX_PREPARED: usize = 1 << 20;

fn sealed(body: &[u8]) -> Vec<u8> {
    let mut file = Vec::with_capacity(HEADER_LEN + body.len() + 4);
    file.extend_from_slice(&MAGIC);
    file.extend_from_slice(&VERSION.to_le_bytes());
    file.extend_from_slice(body);
    let crc = CRC32.checksum(&file);
    file.extend_from_slice(&crc.to_le_bytes());
    file
}

fn exercise(bytes: &[u8]) {
    let Ok(model) = Model::from_bytes(bytes) else {
        return;
    };
    // Everything the accessors report must be consistent with validation.
    assert!(!model.layers().is_empty());
    assert_eq!(model.class_names().len(), model.output_len());
    let mut engine = Engine::<MAX_WIDTH>::new();
    let mut probabilities = vec![0.0f32; model.output_len()];
    let mut buffer = vec![0u8; Prepared::buffer_len(&model).min(MAX_PREPARED)];
    let prepared = Prepared::new(&model, &mut buffer).ok();
    for pixel in [0u8, 255] {
        let image = vec![pixel; model.input_len()];
        let row_major = prepared.as_ref().map(|prepared| {
            let mut engine = Engine::<MAX_WIDTH>::new();
            engine
                .infer_prepared(prepared, &image)
                .map(|inference| inference.logits().to_vec())
        });
        match engine.infer(&model, &image) {
            Ok(inference) => {
                if let Some(row_major) = row_major {
                    assert_eq!(row_major.as_deref(), Ok(inference.logits()));
                }
                assert_eq!(inference.logits().len(), model.output_len());
                assert!(inference.class() < model.output_len());
                let scale = model.output_quantization().0;
                softmax::softmax(inference.logits(), scale, &mut probabilities).unwrap();
                let sum: f32 = probabilities.iter().sum();
                assert!((sum - 1.0).abs() < 1e-3, "softmax sums to {sum}");
            }
            Err(stitch_core::Error::TooWide { .. }) => assert!(model.max_width() > MAX_WIDTH),
            Err(error) => panic!("a validated model failed inference: {error:?}"),
        }
    }
    // The four-image batch kernel gives each image the blocked kernel's logits.
    if let Some(prepared) = prepared {
        let (zeros, full) = (vec![0u8; model.input_len()], vec![255u8; model.input_len()]);
        let images = [&zeros[..], &full[..], &full[..], &zeros[..]];
        let mut batch = Batch::<MAX_WIDTH>::new();
        if let Ok(batched) = batch.infer(&prepared, images) {
            for (inference, image) in batched.iter().zip(images) {
                let single = engine.infer(&model, image).map(|i| i.logits().to_vec());
                assert_eq!(single.as_deref(), Ok(inference.logits()));
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    exercise(data);
    exercise(&sealed(data));
});
