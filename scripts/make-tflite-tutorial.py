#!/usr/bin/env python3
"""Make the test data in tests/data/tflite-tutorial/ (TensorFlow is not needed by `make test`).

Trains the TensorFlow Keras beginner-tutorial classifier on Fashion-MNIST
(Flatten -> Dense(64, relu) -> Dense(64, relu) -> Dense(10)), converts it to a
full-integer (int8) .tflite with post-training quantization, runs it with LiteRT's
reference kernels and writes, for the first 200 test images, the int8 input produced
by the model's QUANTIZE op and the int8 logits of its last FULLY_CONNECTED op.
Prints the operator list, quantization parameters, accuracies and the model's sha256.

Fashion-MNIST is read from the Debian package dataset-fashion-mnist
(/usr/share/datasets/fashion-mnist); nothing is downloaded.

    python3 -m venv venv && venv/bin/pip install tensorflow ai-edge-litert
    CUDA_VISIBLE_DEVICES= TF_CPP_MIN_LOG_LEVEL=2 venv/bin/python scripts/make-tflite-tutorial.py
"""
import gzip
import hashlib
import importlib.metadata
import pathlib

import numpy as np
import tensorflow as tf
from tensorflow import keras
from ai_edge_litert import schema_py_generated as schema
from ai_edge_litert.interpreter import Interpreter, OpResolverType

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "tflite-tutorial"
DATA = pathlib.Path("/usr/share/datasets/fashion-mnist")
N_RECORDED = 200


def load_idx(name):
    """Reads a gzipped IDX file (ubyte data) into a numpy array."""
    raw = gzip.open(DATA / name, "rb").read()
    ndim = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(raw, np.uint8, offset=4 + 4 * ndim).reshape(dims)


def scaled(images):
    return (images / 255.0).astype(np.float32)


def main():
    train_x = scaled(load_idx("train-images-idx3-ubyte.gz"))
    train_y = load_idx("train-labels-idx1-ubyte.gz")
    test_x = scaled(load_idx("t10k-images-idx3-ubyte.gz"))
    test_y = load_idx("t10k-labels-idx1-ubyte.gz")

    keras.utils.set_random_seed(0)
    tf.config.experimental.enable_op_determinism()
    model = keras.Sequential([
        keras.layers.Flatten(input_shape=(28, 28)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(10),
    ])
    model.compile(optimizer="adam",
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=["accuracy"])
    model.fit(train_x, train_y, epochs=5, verbose=2)
    float_acc = np.mean(np.argmax(model.predict(test_x, verbose=0), axis=1) == test_y)

    def representative():
        for image in train_x[:500]:
            yield [image[None]]

    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.representative_dataset = representative
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    tflite = converter.convert()
    OUT.mkdir(parents=True, exist_ok=True)
    model_path = OUT / "fashion-mnist-keras-int8.tflite"
    model_path.write_bytes(tflite)

    interp = Interpreter(model_path=str(model_path),
                         experimental_op_resolver_type=OpResolverType.BUILTIN_REF,
                         experimental_preserve_all_tensors=True)
    inp = interp.get_input_details()[0]
    out = interp.get_output_details()[0]
    if -1 in inp["shape_signature"]:
        interp.resize_tensor_input(inp["index"], [1, 28, 28])
    interp.allocate_tensors()
    tensors = {t["index"]: t for t in interp.get_tensor_details()}
    ops = interp._get_ops_details()
    produced = {i for op in ops for i in op["outputs"]}

    def describe(ids):  # dtype[shape signature], plus the value of small int32 constants
        parts = []
        for t in (tensors[i] for i in ids if i >= 0):
            text = f"{t['dtype'].__name__}{list(map(int, t['shape_signature']))}"
            if t["dtype"] == np.int32 and np.prod(t["shape"]) <= 4 and t["index"] not in produced:
                text += "=" + str(interp.get_tensor(t["index"]).tolist())
            parts.append(text)
        return ", ".join(parts)

    print("operators:")
    for op in ops:
        print(f"  {op['index']:2} {op['op_name']:16} ({describe(op['inputs'])}) -> ({describe(op['outputs'])})")
    names = [op["op_name"] for op in ops]
    for flatten_op in ("SHAPE", "STRIDED_SLICE", "PACK", "RESHAPE"):
        assert flatten_op in names, f"no {flatten_op}: Flatten was not lowered as expected"
    assert names[0] == "QUANTIZE" and names[-1] == "DEQUANTIZE", names

    quantized_in = ops[0]["outputs"][0]
    fcs = [op for op in ops if op["op_name"] == "FULLY_CONNECTED"]
    logits = fcs[-1]["outputs"][0]
    for i in (quantized_in, logits):
        assert tensors[i]["dtype"] == np.int8, tensors[i]

    # Fused activations are only in the flatbuffer, not in the interpreter's details.
    fb = schema.ModelT.InitFromObj(schema.Model.GetRootAsModel(tflite, 0))
    activation = {v: k for k, v in vars(schema.ActivationFunctionType).items() if not k.startswith("_")}
    fb_ops = fb.subgraphs[0].operators

    def quant(i):
        q = tensors[i]["quantization_parameters"]
        return q["scales"], q["zero_points"]

    s, z = quant(quantized_in)
    print(f"input quantization (QUANTIZE output): scale={float(s[0])!r} zero_point={int(z[0])}")
    s, z = quant(logits)
    print(f"output quantization (last FULLY_CONNECTED): scale={float(s[0])!r} zero_point={int(z[0])}")
    for op in fcs:
        weights = tensors[op["inputs"][1]]
        s, _ = quant(weights["index"])
        kind = "per-channel" if len(s) > 1 else "per-tensor"
        act = activation[fb_ops[op["index"]].builtinOptions.fusedActivationFunction]
        print(f"FULLY_CONNECTED {op['index']}: weights {weights['shape'].tolist()} {weights['dtype'].__name__}, "
              f"{kind} ({len(s)} scales), fused activation {act}")

    inputs, outputs, correct = [], [], 0
    for n, (image, label) in enumerate(zip(test_x, test_y)):
        interp.set_tensor(inp["index"], image[None])
        interp.invoke()
        correct += int(np.argmax(interp.get_tensor(out["index"])) == label)
        if n < N_RECORDED:
            inputs.append(interp.get_tensor(quantized_in).copy())
            outputs.append(interp.get_tensor(logits).copy())
    inputs, outputs = np.stack(inputs).reshape(N_RECORDED, 784), np.stack(outputs).reshape(N_RECORDED, 10)
    (OUT / "quantized-inputs-test-first200.bin").write_bytes(inputs.astype(np.int8).tobytes())
    (OUT / "logits-test-first200.bin").write_bytes(outputs.astype(np.int8).tobytes())

    print(f"float Keras test accuracy: {float_acc:.4f}")
    print(f"int8 LiteRT (reference kernels) test accuracy: {correct / len(test_y):.4f}")
    print(f"argmax of the recorded int8 logits matches labels on {np.mean(outputs.argmax(1) == test_y[:N_RECORDED]):.3f} "
          f"of the first {N_RECORDED}")
    print(f"sha256 {hashlib.sha256(tflite).hexdigest()}  {model_path.relative_to(ROOT)} ({len(tflite)} bytes)")
    print(f"tensorflow {tf.__version__}, keras {keras.__version__}, "
          f"ai-edge-litert {importlib.metadata.version('ai-edge-litert')}, numpy {np.__version__}")


if __name__ == "__main__":
    main()
