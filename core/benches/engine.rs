//! Host speed of `stitch-core`: one image, and the 10,000-image test-set
//! workload (the 256 embedded test images cycled), on the 784-64-64-10
//! TFLite reference model.

#[path = "../tests/common/tflite.rs"]
mod tflite;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use stitch_core::{Engine, Model};

fn engine(c: &mut Criterion) {
    let bytes = tflite::tflite_model();
    let model = Model::from_bytes(&bytes).unwrap();
    let images = tflite::sample_images();
    let mut engine = Engine::<64>::new();

    c.bench_function("stitch-core single image", |b| {
        b.iter(|| engine.infer(&model, black_box(&images[3])).unwrap().class())
    });
    let mut group = c.benchmark_group("stitch-core 10,000 images");
    group.throughput(Throughput::Elements(10_000));
    group.sample_size(20);
    group.bench_function(BenchmarkId::from_parameter("one thread"), |b| {
        b.iter(|| {
            let mut correct = 0usize;
            for pixels in images.iter().cycle().take(10_000) {
                correct += engine.infer(&model, black_box(pixels)).unwrap().class();
            }
            correct
        })
    });
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
