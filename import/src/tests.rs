//! The importer on TFLite files built here with planus's generated writers:
//! a small dense chain, and that chain changed in each way stitch refuses.
//! Every refusal is one line naming the operator (or the file) and why.

use planus::ReadAsRoot;
use stitch_core::requant::quantize_multiplier;
use stitch_core::{Activation, Model};

use super::tflite_schema::tflite::{
    self, ActivationFunctionType as Fused, BuiltinOptions, TensorType,
};
use super::{import, ImportError, Match, Request};

fn request() -> Request {
    Request {
        name: "test".into(),
        origin: stitch_core::writer::OriginSpec {
            source: "test.tflite".into(),
            sha256: [7; 32],
        },
        matching: Match::Litert,
        class_names: None,
    }
}

fn quantization(
    scales: Vec<f32>,
    zero_points: Vec<i64>,
) -> Option<Box<tflite::QuantizationParameters>> {
    Some(Box::new(tflite::QuantizationParameters {
        scale: Some(scales),
        zero_point: Some(zero_points),
        ..Default::default()
    }))
}

fn tensor(
    shape: &[i32],
    type_: TensorType,
    buffer: u32,
    q: Option<Box<tflite::QuantizationParameters>>,
) -> tflite::Tensor {
    tflite::Tensor {
        shape: Some(shape.to_vec()),
        type_,
        buffer,
        name: Some(format!("t{buffer}")),
        quantization: q,
        ..Default::default()
    }
}

fn fully_connected(inputs: [i32; 3], output: i32, fused: Fused) -> tflite::Operator {
    tflite::Operator {
        opcode_index: 0,
        inputs: Some(inputs.to_vec()),
        outputs: Some(vec![output]),
        builtin_options: Some(BuiltinOptions::FullyConnectedOptions(Box::new(
            tflite::FullyConnectedOptions {
                fused_activation_function: fused,
                ..Default::default()
            },
        ))),
        custom_options: None,
    }
}

/// int8 [1, 4] -> FULLY_CONNECTED 3 (RELU, per-channel) -> FULLY_CONNECTED 2
/// (per-tensor, no bias): tensors 0 input, 1-2 weights and bias, 3 hidden,
/// 4 weights, 5 output.
fn chain() -> tflite::Model {
    let weights0: Vec<u8> = (0..12).map(|i| (i * 7 % 11) as u8).collect();
    let bias0: Vec<u8> = [100i32, -50, 7]
        .iter()
        .flat_map(|b| b.to_le_bytes())
        .collect();
    let weights1: Vec<u8> = (0..6).map(|i| (i as i8 - 3) as u8).collect();
    let buffer = |data: Option<Vec<u8>>| tflite::Buffer {
        data,
        offset: 0,
        size: 0,
    };
    tflite::Model {
        version: 3,
        operator_codes: Some(vec![tflite::OperatorCode {
            builtin_code: 9, // FULLY_CONNECTED
            deprecated_builtin_code: 9,
            version: 1,
            custom_code: None,
        }]),
        subgraphs: Some(vec![tflite::SubGraph {
            tensors: Some(vec![
                tensor(
                    &[1, 4],
                    TensorType::Int8,
                    0,
                    quantization(vec![0.5], vec![3]),
                ),
                tensor(
                    &[3, 4],
                    TensorType::Int8,
                    1,
                    quantization(vec![0.01, 0.03, 0.07], vec![0, 0, 0]),
                ),
                tensor(&[3], TensorType::Int32, 2, None),
                tensor(
                    &[1, 3],
                    TensorType::Int8,
                    0,
                    quantization(vec![0.1], vec![-128]),
                ),
                tensor(
                    &[2, 3],
                    TensorType::Int8,
                    3,
                    quantization(vec![0.05], vec![0]),
                ),
                tensor(
                    &[1, 2],
                    TensorType::Int8,
                    0,
                    quantization(vec![0.2], vec![5]),
                ),
            ]),
            inputs: Some(vec![0]),
            outputs: Some(vec![5]),
            operators: Some(vec![
                fully_connected([0, 1, 2], 3, Fused::Relu),
                fully_connected([3, 4, -1], 5, Fused::None),
            ]),
            name: None,
        }]),
        description: None,
        buffers: Some(vec![
            buffer(None),
            buffer(Some(weights0)),
            buffer(Some(bias0)),
            buffer(Some(weights1)),
        ]),
    }
}

/// The model as a TFLite file: the root offset, the file identifier "TFL3",
/// the tables. (planus 1.3 writes an identifier before the root offset, not
/// after it, so the file is written without one and the identifier inserted:
/// every other offset in a flatbuffer is relative, so only the root's moves.)
pub(super) fn encode(model: &tflite::Model) -> Vec<u8> {
    let mut builder = planus::Builder::new();
    let body = builder.finish(model, None);
    let root = u32::from_le_bytes([body[0], body[1], body[2], body[3]]) + 4;
    [&root.to_le_bytes()[..], b"TFL3", &body[4..]].concat()
}

fn subgraph(model: &mut tflite::Model) -> &mut tflite::SubGraph {
    &mut model.subgraphs.as_mut().unwrap()[0]
}

/// Adds builtin operator `code` to the model's operator codes.
fn add_operator_code(model: &mut tflite::Model, code: i32) {
    model
        .operator_codes
        .as_mut()
        .unwrap()
        .push(tflite::OperatorCode {
            builtin_code: code,
            deprecated_builtin_code: code as i8,
            version: 1,
            custom_code: None,
        });
}

fn refusal(model: &tflite::Model) -> String {
    match import(&encode(model), request()) {
        Ok(_) => panic!("imported a model stitch must refuse"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn the_chain_imports_with_its_activations_and_zero_biases() {
    let imported = import(&encode(&chain()), request()).expect("import");
    let model = Model::from_bytes(&imported.bytes).unwrap();
    assert_eq!(model.input_shape(), [4]);
    assert_eq!(model.input_quantization().zero_point, 3);
    let layers = model.layers();
    assert_eq!(layers.len(), 2);
    assert_eq!(layers[0].activation(), Activation::Relu);
    assert_eq!(layers[1].activation(), Activation::None);
    assert_eq!(imported.chain().unwrap().layers[1].biases, [0, 0]);
    // Per tensor: one multiplier for every channel; per channel: one each.
    assert_eq!(
        imported.chain().unwrap().layers[1].multipliers[0],
        imported.chain().unwrap().layers[1].multipliers[1]
    );
    assert_ne!(
        imported.chain().unwrap().layers[0].multipliers[0],
        imported.chain().unwrap().layers[0].multipliers[1]
    );
    assert!(
        model.class_names().next().is_none(),
        "no SOFTMAX, no names: values"
    );
    assert_eq!(model.origin().map(|o| o.source), Some("test.tflite"));
}

#[test]
fn every_fused_activation_stitch_runs_is_imported_and_the_others_refused() {
    for (fused, activation) in [
        (Fused::Relu6, Some(Activation::Relu6)),
        (Fused::ReluN1To1, Some(Activation::ReluN1To1)),
        (Fused::Tanh, None),
        (Fused::SignBit, None),
    ] {
        let mut model = chain();
        subgraph(&mut model).operators.as_mut().unwrap()[0] = fully_connected([0, 1, 2], 3, fused);
        match activation {
            Some(activation) => {
                let imported = import(&encode(&model), request()).expect("import");
                assert_eq!(imported.chain().unwrap().layers[0].activation, activation);
            }
            None => assert_eq!(
                refusal(&model),
                format!("operator 0 (FULLY_CONNECTED): has fused activation {fused:?}; stitch imports NONE, RELU, RELU6 and RELU_N1_TO_1")
            ),
        }
    }
}

#[test]
fn an_operator_outside_chains_and_graphs_is_refused_by_name() {
    let mut model = chain();
    add_operator_code(&mut model, 28); // TANH
    subgraph(&mut model).operators.as_mut().unwrap()[1].opcode_index = 1;
    assert_eq!(
        refusal(&model),
        "operator 1 (TANH): not supported: stitch imports chains of FULLY_CONNECTED layers (with QUANTIZE, RESHAPE, SOFTMAX, DEQUANTIZE around them), and graphs with convolutions"
    );
}

/// A convolution makes the model a graph: the importer reads it as one,
/// and names what is wrong with it there.
#[test]
fn a_convolution_is_imported_as_a_graph() {
    let mut model = chain();
    add_operator_code(&mut model, 3); // CONV_2D
    subgraph(&mut model).operators.as_mut().unwrap()[1].opcode_index = 1;
    assert_eq!(
        refusal(&model),
        "operator 1 (CONV_2D): has options of another operator"
    );
}

#[test]
fn an_operator_code_newer_than_the_schema_is_refused_by_number() {
    let mut model = chain();
    model.operator_codes.as_mut().unwrap()[0].builtin_code = 250;
    model.operator_codes.as_mut().unwrap()[0].deprecated_builtin_code = 127;
    assert!(refusal(&model)
        .starts_with("operator 0 (builtin code 250, unknown to stitch): not supported"));
}

#[test]
fn float_and_int16_tensors_are_refused() {
    let mut model = chain();
    subgraph(&mut model).tensors.as_mut().unwrap()[4].type_ = TensorType::Float32;
    assert_eq!(
        refusal(&model),
        "operator 1 (FULLY_CONNECTED): has Float32 weights; stitch imports int8 weights"
    );
    let mut model = chain();
    subgraph(&mut model).tensors.as_mut().unwrap()[3].type_ = TensorType::Int16;
    assert_eq!(
        refusal(&model),
        "operator 0 (FULLY_CONNECTED): has a Int16 output; stitch imports int8 activations"
    );
    let mut model = chain();
    subgraph(&mut model).tensors.as_mut().unwrap()[0].type_ = TensorType::Float32;
    assert_eq!(
        refusal(&model),
        "operator 0 (FULLY_CONNECTED): has a Float32 input; stitch imports int8 activations"
    );
}

#[test]
fn two_subgraphs_are_refused() {
    let mut model = chain();
    let copy = model.subgraphs.as_ref().unwrap()[0].clone();
    model.subgraphs.as_mut().unwrap().push(copy);
    assert_eq!(
        refusal(&model),
        "2 subgraphs; stitch imports a model of one"
    );
}

#[test]
fn a_branch_is_refused() {
    // The second layer reads the model's input, not the first layer's output.
    let mut model = chain();
    subgraph(&mut model).operators.as_mut().unwrap()[1].inputs = Some(vec![0, 4, -1]);
    assert_eq!(
        refusal(&model),
        "operator 1 (FULLY_CONNECTED): reads tensor 0 where the chain is at tensor 3 (t0): the graph is not one chain"
    );
}

#[test]
fn shapes_that_do_not_chain_are_refused() {
    // The second layer's weights take 2 inputs; the first layer gives 3.
    let mut model = chain();
    subgraph(&mut model).tensors.as_mut().unwrap()[4].shape = Some(vec![3, 2]);
    assert_eq!(
        refusal(&model),
        "operator 1 (FULLY_CONNECTED): reads [1, 3] values into 2 inputs: the shapes do not chain"
    );
    let mut model = chain();
    subgraph(&mut model).tensors.as_mut().unwrap()[1].shape = Some(vec![3, 5]);
    assert_eq!(
        refusal(&model),
        "operator 0 (FULLY_CONNECTED): has 12 weight bytes for a 3x5 matrix"
    );
}

#[test]
fn asymmetric_or_misplaced_weight_quantization_is_refused() {
    let mut model = chain();
    subgraph(&mut model).tensors.as_mut().unwrap()[4].quantization =
        quantization(vec![0.05], vec![3]);
    assert_eq!(
        refusal(&model),
        "operator 1 (FULLY_CONNECTED): has asymmetric weights (a nonzero zero point)"
    );
    let mut model = chain();
    subgraph(&mut model).tensors.as_mut().unwrap()[1].quantization =
        quantization(vec![0.1, 0.2], vec![0, 0]);
    assert_eq!(
        refusal(&model),
        "operator 0 (FULLY_CONNECTED): has 2 weight scales along dimension 0 for 3 outputs"
    );
}

#[test]
fn an_output_that_is_not_the_end_of_the_chain_is_refused() {
    let mut model = chain();
    subgraph(&mut model).outputs = Some(vec![3]);
    assert_eq!(
        refusal(&model),
        "the model's output is tensor 3, not the end of the chain (tensor 5)"
    );
}

#[test]
fn class_names_must_match_the_outputs() {
    let mut wrong = request();
    wrong.class_names = Some(vec!["a".into()]);
    let error = import(&encode(&chain()), wrong)
        .err()
        .map(|e| e.to_string());
    assert_eq!(
        error.as_deref(),
        Some("--class-names gives 1 names; the model has 2 outputs")
    );
    let mut named = request();
    named.class_names = Some(vec!["yes".into(), "no".into()]);
    let imported = import(&encode(&chain()), named).expect("import");
    let model = Model::from_bytes(&imported.bytes).unwrap();
    assert_eq!(model.class_names().collect::<Vec<_>>(), ["yes", "no"]);
}

#[test]
fn files_that_are_not_tflite_are_refused() {
    assert!(matches!(
        import(b"", request()),
        Err(ImportError::NotTflite)
    ));
    assert!(matches!(
        import(b"STCH\x03\x00", request()),
        Err(ImportError::NotTflite)
    ));
    let mut bytes = encode(&chain());
    bytes[0] = 0xff; // the root offset now points past the end
    assert!(matches!(
        import(&bytes, request()),
        Err(ImportError::Malformed(_))
    ));
}

/// MLPerf Tiny's autoencoder: a real converter's file.
const AUTOENCODER: &[u8] =
    include_bytes!("../../tests/data/mlperf-tiny-ad/ad01-toycar-int8.tflite");

/// The file ranges of the autoencoder's weight and bias data.
fn data_ranges(bytes: &[u8]) -> Vec<std::ops::Range<usize>> {
    let model = tflite::ModelRef::read_as_root(bytes).unwrap();
    model
        .buffers()
        .unwrap()
        .unwrap()
        .iter()
        .filter_map(|b| b.unwrap().data().unwrap())
        .filter(|d| d.len() > 64)
        .map(|d| {
            let start = d.as_ptr() as usize - bytes.as_ptr() as usize;
            start..start + d.len()
        })
        .collect()
}

/// Every truncation of the autoencoder is refused, or (when only bytes the
/// model never refers to are cut) imports exactly the whole file's model;
/// every bit flip outside its weight and bias data, and of every 61st byte
/// inside it, imports or is refused: none panics. (A flip inside the data
/// changes one weight or bias: the walk over the file is the same for all.)
#[test]
fn the_importer_survives_every_truncation_and_bit_flip_of_the_autoencoder() {
    let bytes = AUTOENCODER;
    let imported = import(bytes, request()).expect("the autoencoder imports");
    let whole = imported.chain().unwrap().clone();
    let mut unreferenced_tail = 0;
    for len in 0..bytes.len() {
        if let Ok(imported) = import(&bytes[..len], request()) {
            // Only the origin's SHA-256 (of the cut file) may differ.
            let same = imported.chain().unwrap().layers == whole.layers
                && imported.chain().unwrap().input == whole.input;
            assert!(same, "truncated to {len} bytes, imported a different model");
            unreferenced_tail += 1;
        }
    }
    assert!(
        unreferenced_tail < 1024,
        "{unreferenced_tail} truncations imported"
    );
    let data = data_ranges(bytes);
    let data_bytes: usize = data.iter().map(|r| r.len()).sum();
    assert!(
        data_bytes > 250_000,
        "the weights are found: {data_bytes} bytes"
    );
    let offsets: Vec<usize> = (0..bytes.len())
        .filter(|&offset| offset % 61 == 0 || !data.iter().any(|r| r.contains(&offset)))
        .collect();
    // Both cores: the flips that import run the whole writer (about a millisecond).
    let (imported, refused) = std::thread::scope(|scope| {
        let workers: Vec<_> = offsets
            .chunks(offsets.len().div_ceil(2))
            .map(|part| {
                scope.spawn(move || {
                    let mut flipped = bytes.to_vec();
                    let (mut imported, mut refused) = (0, 0);
                    for &offset in part {
                        for bit in 0..8 {
                            flipped[offset] ^= 1 << bit;
                            match import(&flipped, request()) {
                                Ok(_) => imported += 1,
                                Err(_) => refused += 1,
                            }
                            flipped[offset] ^= 1 << bit;
                        }
                    }
                    (imported, refused)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("no flip panics"))
            .fold((0, 0), |(a, b), (c, d)| (a + c, b + d))
    });
    eprintln!("autoencoder bit flips: {imported} imported, {refused} refused");
    assert!(imported > 0 && refused > 0);
}

/// The chain with a trailing `SOFTMAX` of `beta` (tensor 6, TFLite's 1/256
/// output quantization).
fn chain_with_softmax(beta: f32) -> tflite::Model {
    let mut model = chain();
    add_operator_code(&mut model, 25); // SOFTMAX
    let graph = subgraph(&mut model);
    graph.tensors.as_mut().unwrap().push(tensor(
        &[1, 2],
        TensorType::Int8,
        0,
        quantization(vec![1.0 / 256.0], vec![-128]),
    ));
    graph.operators.as_mut().unwrap().push(tflite::Operator {
        opcode_index: 1,
        inputs: Some(vec![5]),
        outputs: Some(vec![6]),
        builtin_options: Some(BuiltinOptions::SoftmaxOptions(Box::new(
            tflite::SoftmaxOptions { beta },
        ))),
        custom_options: None,
    });
    graph.outputs = Some(vec![6]);
    model
}

#[test]
fn a_trailing_softmax_makes_classes_and_must_have_beta_1() {
    let imported = import(&encode(&chain_with_softmax(1.0)), request()).unwrap();
    assert!(imported.ending.softmax);
    assert_eq!(
        refusal(&chain_with_softmax(0.5)),
        "operator 2 (SOFTMAX): has beta 0.5; stitch imports a SOFTMAX with beta 1"
    );
}

#[test]
fn a_per_tensor_layer_rounds_its_scales_product_to_f32_as_tflite_does() {
    // Scales for which the two formulas give different multipliers.
    let (input, weight, output) = (0.027738485_f32, 0.04244797_f32, 0.38424957_f32);
    let mut model = chain();
    let tensors = subgraph(&mut model).tensors.as_mut().unwrap();
    tensors[3].quantization = quantization(vec![input], vec![-128]);
    tensors[4].quantization = quantization(vec![weight], vec![0]);
    tensors[5].quantization = quantization(vec![output], vec![5]);
    let imported = import(&encode(&model), request()).unwrap();
    let f32_product = quantize_multiplier(f64::from(input * weight) / f64::from(output));
    let double = quantize_multiplier(f64::from(input) * f64::from(weight) / f64::from(output));
    assert_ne!(f32_product, double);
    let layer = &imported.chain().unwrap().layers[1];
    assert!(layer
        .multipliers
        .iter()
        .zip(&layer.shifts)
        .all(|(&m, &s)| (m, s) == f32_product));
}
