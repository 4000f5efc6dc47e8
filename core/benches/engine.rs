//! Host speed of `stitch-core`: one image, and the 10,000-image test-set
//! workload (the 256 embedded test images cycled), on the 784-64-64-10
//! TFLite reference model.

#[path = "../tests/common/tflite.rs"]
mod tflite;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use stitch_core::{Batch, Engine, Model, Prepared};

fn engine(c: &mut Criterion) {
    let bytes = tflite::tflite_model();
    let model = Model::from_bytes(&bytes).unwrap();
    let images = tflite::sample_images();
    let mut buffer = vec![0u8; Prepared::buffer_len(&model)];
    let prepared = Prepared::new(&model, &mut buffer).unwrap();
    let mut engine = Engine::<64>::new();

    let mut single = c.benchmark_group("stitch-core single image");
    single.bench_function("prepared (host layout)", |b| {
        b.iter(|| {
            engine
                .infer_prepared(&prepared, black_box(&images[3]))
                .unwrap()
                .class()
        })
    });
    single.bench_function("file layout", |b| {
        b.iter(|| engine.infer(&model, black_box(&images[3])).unwrap().class())
    });
    single.finish();

    let mut all = c.benchmark_group("stitch-core 10,000 images");
    all.throughput(Throughput::Elements(10_000));
    all.sample_size(20);
    all.bench_function(BenchmarkId::from_parameter("prepared, one thread"), |b| {
        b.iter(|| {
            let mut classes = 0usize;
            for pixels in images.iter().cycle().take(10_000) {
                classes += engine
                    .infer_prepared(&prepared, black_box(pixels))
                    .unwrap()
                    .class();
            }
            classes
        })
    });
    let mut batch = Batch::<64>::new();
    all.bench_function(BenchmarkId::from_parameter("batch of 4, one thread"), |b| {
        b.iter(|| {
            let mut classes = 0usize;
            for chunk in images.chunks_exact(4).cycle().take(2_500) {
                let four = [&chunk[0][..], &chunk[1][..], &chunk[2][..], &chunk[3][..]];
                for inference in batch.infer(&prepared, black_box(four)).unwrap() {
                    classes += inference.class();
                }
            }
            classes
        })
    });
    all.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
