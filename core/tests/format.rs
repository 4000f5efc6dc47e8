//! The model file: round trips, the golden file, and corrupt inputs.
#![cfg(feature = "alloc")]

mod common;

use stitch_core::format::{CRC_LEN, HEADER_LEN, VERSION};
use stitch_core::writer::{to_bytes, ModelSpec, OutputSpec};
use stitch_core::{Engine, Error, Model};

#[test]
fn golden_file_is_what_the_writer_writes() {
    let bytes = to_bytes(&common::tiny_spec()).unwrap();
    if std::env::var_os("STITCH_UPDATE_GOLDEN").is_some() {
        std::fs::write(common::TINY_PATH, &bytes).unwrap();
    }
    let golden = std::fs::read(common::TINY_PATH).unwrap();
    assert_eq!(
        bytes, golden,
        "format changed: rerun with STITCH_UPDATE_GOLDEN=1 and bump VERSION"
    );
}

#[test]
fn write_then_read_round_trips() {
    let spec = common::tiny_spec();
    let bytes = to_bytes(&spec).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    assert_eq!(ModelSpec::from_model(&model), spec);
    assert_eq!(to_bytes(&ModelSpec::from_model(&model)).unwrap(), bytes);
    assert_eq!(model.name(), "tiny");
    assert_eq!(model.input_shape(), [2, 2]);
    assert_eq!(model.max_width(), 3);
}

#[test]
fn classes_are_limited_only_by_the_width() {
    // Format version 2 held at most 64 class names; 65 (or 640) are a model
    // like any other now.
    for classes in [65usize, 640] {
        let mut spec = common::tiny_spec();
        let last = &mut spec.layers[1];
        last.out_len = classes;
        last.weights = (0..3 * classes).map(|i| (i % 7) as i8 - 3).collect();
        last.biases = vec![0; classes];
        last.multipliers = vec![1 << 30; classes];
        last.shifts = vec![-3; classes];
        let names: Vec<String> = (0..classes).map(|i| format!("class {i}")).collect();
        spec.output = OutputSpec::Classes(names.clone());
        let bytes = to_bytes(&spec).unwrap();
        let model = Model::from_bytes(&bytes).unwrap();
        assert_eq!(model.class_names().collect::<Vec<_>>(), names);
        let mut engine = Engine::<640>::new();
        let inference = engine.infer(&model, &[1, 2, 3, 4]).unwrap();
        assert_eq!(inference.logits().len(), classes);
    }
}

#[test]
fn tiny_model_computes_hand_checked_logits() {
    let bytes = to_bytes(&common::tiny_spec()).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    let mut engine = Engine::<4>::new();
    // Pixels p feed int8 p - 128 with zero point -128: the layer sees p itself.
    // Row 0: -255 + 2*255 + 10 = 265; * 0.5 * 2^-5 = 4.14 -> 4, -128 + 4 = -124.
    // Row 1: -127*255 + 3*255 - 20 < 0 -> ReLU clamps at the zero point, -128.
    // Row 2: 7*255 = 1785; * 0.75 * 2^-6 = 20.9 -> 21, -107.
    // Layer 2 sees q - (-128): 4, 0, 21.
    // Out 0: 5*4 + 20*21 - 100 = 340; * (1.5e9 / 2^31) * 2^-3 = 29.7 -> 30, + 10 = 40.
    // Out 1: -3*4 + 100*21 + 250 = 2338; * 0.5 * 2^-2 = 292 -> saturates at 127.
    let inference = engine.infer(&model, &[0, 255, 255, 0]).unwrap();
    assert_eq!(inference.logits(), &[40, 127]);
    assert_eq!(inference.class(), 1);
}

#[test]
fn engine_too_narrow_and_wrong_image_size_are_errors() {
    let bytes = to_bytes(&common::tiny_spec()).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    assert_eq!(
        Engine::<2>::new().infer(&model, &[0; 4]),
        Err(Error::Capacity {
            needed: 3,
            capacity: 2
        })
    );
    assert_eq!(
        Engine::<4>::new().infer(&model, &[0; 5]),
        Err(Error::Length {
            expected: 4,
            found: 5
        })
    );
}

#[test]
fn header_errors_are_precise() {
    let bytes = to_bytes(&common::tiny_spec()).unwrap();
    let mut bad = bytes.clone();
    bad[0] = b'X';
    assert_eq!(Model::from_bytes(&bad).unwrap_err(), Error::BadMagic);
    let mut old = bytes.clone();
    old[4..6].copy_from_slice(&(VERSION + 1).to_le_bytes());
    assert_eq!(
        Model::from_bytes(&old).unwrap_err(),
        Error::UnsupportedVersion {
            found: VERSION + 1,
            supported: VERSION
        }
    );
    assert!(Model::from_bytes(&old)
        .unwrap_err()
        .to_string()
        .contains("newer"));
    assert!(matches!(
        Model::from_bytes(&bytes[..HEADER_LEN + CRC_LEN]),
        Err(Error::Truncated { .. })
    ));
}

#[test]
fn every_truncation_is_rejected() {
    let bytes = to_bytes(&common::tiny_spec()).unwrap();
    for len in 0..bytes.len() {
        let error = Model::from_bytes(&bytes[..len]).unwrap_err();
        assert!(
            matches!(
                error,
                Error::Truncated { .. } | Error::Checksum { .. } | Error::BadMagic
            ),
            "length {len}: {error:?}"
        );
    }
}

#[test]
fn every_bit_flip_is_caught_by_the_crc() {
    let bytes = to_bytes(&common::tiny_spec()).unwrap();
    for bit in 0..bytes.len() * 8 {
        let mut flipped = bytes.clone();
        flipped[bit / 8] ^= 1 << (bit % 8);
        let error = Model::from_bytes(&flipped).unwrap_err();
        assert!(
            matches!(
                error,
                Error::Checksum { .. } | Error::BadMagic | Error::UnsupportedVersion { .. }
            ),
            "bit {bit}: {error:?}"
        );
    }
}

#[test]
fn older_versions_are_refused_by_the_reader_and_upgraded_by_the_writer() {
    for (version, file) in [(1, "tiny-v1.stitch"), (2, "tiny-v2.stitch")] {
        let old =
            std::fs::read(format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let error = Model::from_bytes(&old).unwrap_err();
        assert_eq!(
            error,
            Error::UnsupportedVersion {
                found: version,
                supported: VERSION
            }
        );
        assert!(error.to_string().contains("older"), "{error}");
        let upgraded = stitch_core::writer::upgrade(&old).unwrap();
        assert_eq!(upgraded, to_bytes(&common::tiny_spec()).unwrap(), "{file}");
        assert_eq!(stitch_core::writer::upgrade(&upgraded).unwrap(), upgraded);
    }
}

#[test]
fn every_layer_starts_its_weights_at_a_4_aligned_offset() {
    let bytes = to_bytes(&common::tiny_spec()).unwrap();
    let model = Model::from_bytes(&bytes).unwrap();
    for layer in model.layers() {
        let offset = layer.weight_bytes().as_ptr() as usize - bytes.as_ptr() as usize;
        assert_eq!(offset % 4, 0);
    }
}

#[test]
fn writer_rejects_inconsistent_specs() {
    let mut spec = common::tiny_spec();
    spec.layers[1].in_len = 4;
    spec.layers[1].weights.extend([0, 0]);
    assert_eq!(
        to_bytes(&spec).unwrap_err(),
        Error::LayerShape {
            layer: 1,
            expected_in: 3,
            found_in: 4
        }
    );
    let mut spec = common::tiny_spec();
    spec.output = OutputSpec::Classes(vec!["only".into()]);
    assert_eq!(
        to_bytes(&spec).unwrap_err(),
        Error::ClassCount {
            names: 1,
            outputs: 2
        }
    );
    let mut spec = common::tiny_spec();
    spec.layers[0].shifts[2] = 31;
    assert_eq!(
        to_bytes(&spec).unwrap_err(),
        Error::Requantization {
            layer: 0,
            channel: 2
        }
    );
    let mut spec = common::tiny_spec();
    spec.layers[0].weights.pop();
    assert!(matches!(
        to_bytes(&spec).unwrap_err(),
        Error::SliceLength {
            layer: 0,
            field: "weights",
            ..
        }
    ));
}

/// The checks without a dedicated test elsewhere, one spec each: the writer
/// runs the reader's validation, so the error is the one a file would get.
/// A change to the tiny spec, and the error it must bring.
type Case = (fn(&mut ModelSpec), Error);

#[test]
fn writer_rejects_each_range_with_its_own_error() {
    let cases: [Case; 8] = [
        (|s| s.input.shape.clear(), Error::InputRank { found: 0 }),
        (
            |s| s.input.shape = vec![1, 1, 2, 1, 2],
            Error::InputRank { found: 5 },
        ),
        (
            |s| s.input.quantization.scale = f32::NAN,
            Error::Scale { layer: None },
        ),
        (
            |s| s.layers[1].output.scale = -0.2,
            Error::Scale { layer: Some(1) },
        ),
        (
            |s| s.layers[1].biases[1] = (1 << 29) + 1,
            Error::BiasRange {
                layer: 1,
                channel: 1,
            },
        ),
        (
            |s| s.layers[0].multipliers[1] = -1,
            Error::Requantization {
                layer: 0,
                channel: 1,
            },
        ),
        (
            |s| s.name = "tiny\u{1b}[2J".into(),
            Error::ControlCharacter {
                field: "model name",
            },
        ),
        (
            |s| s.output = OutputSpec::Classes(vec!["no".into(), "y\u{7}es".into()]),
            Error::ControlCharacter {
                field: "class names",
            },
        ),
    ];
    for (change, expected) in cases {
        let mut spec = common::tiny_spec();
        change(&mut spec);
        assert_eq!(to_bytes(&spec).unwrap_err(), expected);
    }
}
