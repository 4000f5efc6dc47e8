//! Host speed on the real test set, in one run: `stitch-core` int8 (one
//! thread, one image at a time) against candle's f32 forward pass of the same
//! model on the same 10,000 images (one batch, candle's best case).
//!
//! `cargo bench -p stitch-train --bench host_inference`

use std::hint::black_box;
use std::path::Path;

use candle_core::{Device, Tensor};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use stitch_core::{Engine, Model, Prepared};
use stitch_train::data::{load_split, resolve_data_dir, Split, PIXELS};
use stitch_train::model::{FloatMlp, Net};

const MODEL: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../models/fashion-mnist.stitch"
);
const WEIGHTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../models/fashion-mnist.safetensors"
);

fn host_inference(c: &mut Criterion) {
    let test =
        load_split(&resolve_data_dir(None), Split::Test).expect("the Fashion-MNIST test set");
    let bytes = std::fs::read(MODEL).expect("the committed model");
    let model = Model::from_bytes(&bytes).expect("a valid model");
    let mut buffer = vec![0u8; Prepared::buffer_len(&model)];
    let prepared = Prepared::new(&model, &mut buffer).expect("buffer large enough");
    let mut engine = Engine::<64>::new();

    let net = Net::from_mlp(&FloatMlp::load(Path::new(WEIGHTS)).expect("float weights")).unwrap();
    let pixels: Vec<f32> = test.images.iter().map(|&p| f32::from(p) / 255.0).collect();
    let batch = Tensor::from_vec(pixels, (test.len(), PIXELS), &Device::Cpu).unwrap();

    let mut single = c.benchmark_group("single image");
    single.bench_function("stitch-core int8", |b| {
        b.iter(|| {
            engine
                .infer_prepared(&prepared, black_box(test.image(3)))
                .unwrap()
                .class()
        })
    });
    single.finish();

    let mut all = c.benchmark_group("10,000 test images");
    all.throughput(Throughput::Elements(test.len() as u64));
    all.sample_size(20);
    all.bench_function("stitch-core int8, one thread", |b| {
        b.iter(|| {
            (0..test.len())
                .map(|i| {
                    engine
                        .infer_prepared(&prepared, black_box(test.image(i)))
                        .unwrap()
                        .class()
                })
                .sum::<usize>()
        })
    });
    all.bench_function("candle f32, one batch", |b| {
        b.iter(|| {
            net.forward(black_box(&batch))
                .unwrap()
                .argmax(1)
                .unwrap()
                .to_vec1::<u32>()
                .unwrap()
        })
    });
    all.finish();
}

criterion_group!(benches, host_inference);
criterion_main!(benches);
