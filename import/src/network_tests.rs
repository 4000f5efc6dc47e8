//! The importer on MLPerf Tiny's keyword-spotting network (a graph of
//! convolutions), and that network changed in each way stitch refuses.

use planus::ReadAsRoot;
use stitch_core::{LayerKind, Model, Rounding};

use super::tflite_schema::tflite::{self, BuiltinOptions};
use super::{import, Match, Request};

const KWS: &[u8] = include_bytes!("../../tests/data/mlperf-tiny/kws-ds-cnn-int8.tflite");

fn request(matching: Match) -> Request {
    Request {
        name: "kws".into(),
        origin: stitch_core::writer::OriginSpec {
            source: "kws.tflite".into(),
            sha256: [1; 32],
        },
        matching,
        class_names: None,
    }
}

/// KWS as an owned model, to change and encode again.
fn kws() -> tflite::Model {
    let root = tflite::ModelRef::read_as_root(KWS).unwrap();
    tflite::Model::try_from(root).unwrap()
}

fn operators(model: &mut tflite::Model) -> &mut Vec<tflite::Operator> {
    model.subgraphs.as_mut().unwrap()[0]
        .operators
        .as_mut()
        .unwrap()
}

fn refusal(model: &tflite::Model) -> String {
    match import(&super::tests::encode(model), request(Match::Litert)) {
        Ok(_) => panic!("imported a model stitch must refuse"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn kws_imports_as_a_graph_with_each_runtimes_rounding() {
    use LayerKind::*;
    for (matching, fully_connected, others) in [
        (Match::Litert, Rounding::Single, Rounding::Double),
        (Match::Tflm, Rounding::Double, Rounding::Double),
        (
            Match::Everywhere(Rounding::Single),
            Rounding::Single,
            Rounding::Single,
        ),
    ] {
        let imported = import(KWS, request(matching)).unwrap();
        let model = Model::from_bytes(&imported.bytes).unwrap();
        assert!(model.is_graph() && imported.ending.softmax);
        let kinds: Vec<LayerKind> = model.layers().iter().map(|l| l.kind()).collect();
        assert_eq!(
            kinds,
            [
                Conv2d,
                DepthwiseConv2d,
                Conv2d,
                DepthwiseConv2d,
                Conv2d,
                DepthwiseConv2d,
                Conv2d,
                DepthwiseConv2d,
                Conv2d,
                AveragePool2d,
                FullyConnected
            ]
        );
        for layer in model.layers() {
            let expected = match layer.kind() {
                FullyConnected => fully_connected,
                _ => others,
            };
            assert_eq!(
                layer.rounding(),
                expected,
                "{matching:?} {:?}",
                layer.kind()
            );
        }
        assert_eq!(model.input_shape(), [49, 10, 1]);
        assert_eq!(model.class_names().count(), 12);
    }
}

#[test]
fn dilation_and_depth_multipliers_are_refused() {
    let mut model = kws();
    let Some(BuiltinOptions::Conv2DOptions(options)) =
        &mut operators(&mut model)[0].builtin_options
    else {
        panic!("KWS starts with a CONV_2D")
    };
    options.dilation_h_factor = 2;
    assert_eq!(
        refusal(&model),
        "operator 0 (CONV_2D): has dilation (2, 1); stitch imports dilation 1"
    );
    let mut model = kws();
    let Some(BuiltinOptions::DepthwiseConv2DOptions(options)) =
        &mut operators(&mut model)[1].builtin_options
    else {
        panic!("a DEPTHWISE_CONV_2D follows")
    };
    options.depth_multiplier = 2;
    assert!(refusal(&model).starts_with("operator 1 (DEPTHWISE_CONV_2D): has filters"));
}

#[test]
fn an_operator_stitch_does_not_run_is_refused_by_name() {
    let mut model = kws();
    model.operator_codes.as_mut().unwrap()[0].builtin_code = 28; // TANH
    model.operator_codes.as_mut().unwrap()[0].deprecated_builtin_code = 28;
    let why = refusal(&model);
    assert!(why.contains("(TANH): not supported"), "{why}");
}

#[test]
fn a_pool_that_changes_the_quantization_is_refused() {
    let mut model = kws();
    let pool = operators(&mut model)
        .iter()
        .position(|op| matches!(op.builtin_options, Some(BuiltinOptions::Pool2DOptions(_))))
        .unwrap();
    let output = operators(&mut model)[pool].outputs.as_ref().unwrap()[0] as usize;
    let tensors = model.subgraphs.as_mut().unwrap()[0]
        .tensors
        .as_mut()
        .unwrap();
    let q = tensors[output].quantization.as_mut().unwrap();
    q.zero_point.as_mut().unwrap()[0] += 1;
    let why = refusal(&model);
    assert!(
        why.contains("(AVERAGE_POOL_2D): changes the quantization"),
        "{why}"
    );
}
