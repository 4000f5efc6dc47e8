//! Host speed on the real test set, in one run: `stitch-core` int8 (one
//! thread, one image at a time and four at a time) against candle's f32
//! forward pass of the same model on the same 10,000 images (one batch,
//! candle's best case, and one image at a time), candle also on one thread.
//!
//! `cargo bench -p stitch-train --bench host_inference`

use std::hint::black_box;
use std::path::Path;

use candle_core::{Device, Tensor};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use stitch_core::{Batch, Engine, Model, Prepared};
use stitch_train::data::{load_split, pixel_values, resolve_data_dir, Split, PIXELS};
use stitch_train::float::{FloatNet, Net};

const MODEL: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../models/fashion-mnist.stitch"
);
const WEIGHTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../models/fashion-mnist.safetensors"
);

fn host_inference(c: &mut Criterion) {
    // One thread on both sides: candle sizes its matmul parallelism from
    // rayon's pool, which reads this before its first use.
    if std::env::var_os("RAYON_NUM_THREADS").is_none() {
        std::env::set_var("RAYON_NUM_THREADS", "1");
    }
    let test =
        load_split(&resolve_data_dir(None), Split::Test).expect("the Fashion-MNIST test set");
    let bytes = std::fs::read(MODEL).expect("the committed model");
    let model = Model::from_bytes(&bytes).expect("a valid model");
    let mut buffer = vec![0u8; Prepared::buffer_len(&model)];
    let prepared = Prepared::new(&model, &mut buffer).expect("buffer large enough");
    let mut engine = Engine::<64>::new();

    let net = Net::from_float(&FloatNet::load(Path::new(WEIGHTS)).expect("float weights")).unwrap();
    let pixels = pixel_values(&test.images);
    let all_images = Tensor::from_vec(pixels, (test.len(), PIXELS), &Device::Cpu).unwrap();

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
    let mut batch = Batch::<64>::new();
    all.bench_function("stitch-core int8, four at a time, one thread", |b| {
        b.iter(|| {
            let mut classes = 0;
            for i in (0..test.len()).step_by(4) {
                let four = [i, i + 1, i + 2, i + 3].map(|i| black_box(test.image(i)));
                classes += batch
                    .infer(&prepared, four)
                    .unwrap()
                    .map(|inference| inference.class())
                    .iter()
                    .sum::<usize>();
            }
            classes
        })
    });
    all.bench_function("candle f32, one batch", |b| {
        b.iter(|| {
            net.forward(black_box(&all_images))
                .unwrap()
                .argmax(1)
                .unwrap()
                .to_vec1::<u32>()
                .unwrap()
        })
    });
    all.finish();

    let mut one_by_one = c.benchmark_group("10,000 test images, one at a time");
    one_by_one.sample_size(10);
    one_by_one.bench_function("candle f32", |b| {
        b.iter(|| {
            (0..test.len())
                .map(|i| {
                    let x = batch_row(&all_images, i);
                    net.forward(black_box(&x))
                        .unwrap()
                        .argmax(1)
                        .unwrap()
                        .to_vec1::<u32>()
                        .unwrap()[0]
                })
                .sum::<u32>()
        })
    });
    one_by_one.finish();
}

/// Image `i` of the test images as a `[1, 784]` tensor.
fn batch_row(images: &Tensor, i: usize) -> Tensor {
    images.narrow(0, i, 1).unwrap()
}

criterion_group!(benches, host_inference);
criterion_main!(benches);
