//! Instructions per multiply-accumulate of stitch-core's convolution kernels
//! (`stitch_core::conv`, the portable Rust ones) on layers shaped like MLPerf
//! Tiny's keyword-spotting network, scaled down in channels or rows to fit
//! the nRF51's 16 KB of RAM (per MAC, the cost does not depend on the size).
//! Random weights and inputs, double rounding (TensorFlow Lite Micro's). One
//! line per layer:
//!
//! ```text
//! layer=<name> macs=<M> instructions=<I> per_mac=<I/M, two decimals>
//! ```
//!
//! `macs` counts every window position of the filter, padding included, as
//! CMSIS-NN's figures do. Run by `make bench-mcu`; exit status 0, or 1 when
//! a kernel returns an error.
#![no_std]
#![no_main]

use cortex_m_rt::entry;
use stitch_core::conv::{
    average_pool2d, conv2d, depthwise_conv2d, FeatureMap, Padding, Requantization, Window,
};
use stitch_core::Rounding;
use stitch_firmware::counter::Counter;
use stitch_firmware::{outln, output};

/// Output channels of the first convolution (KWS has 64: eight keep the
/// output within the nRF51's RAM).
const FIRST_CHANNELS: usize = 8;
/// Channels of the depthwise and pointwise layers, as in KWS.
const CHANNELS: usize = 64;
/// Rows and columns of their feature maps (KWS: 25 x 5).
const SIDE: usize = 5;
const MAP: usize = SIDE * SIDE * CHANNELS;

/// A fixed-seed xorshift: the same data on every run and core.
struct Rng(u32);

impl Rng {
    fn fill(&mut self, values: &mut [i8]) {
        for v in values {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 17;
            self.0 ^= self.0 << 5;
            *v = self.0 as i8;
        }
    }
}

/// The count of `f`, minus that of an empty closure measured the same way.
fn count(counter: &Counter, f: impl FnOnce() -> Result<FeatureMap, stitch_core::Error>) -> u32 {
    let ((), empty) = counter.measure(|| ());
    let (result, total) = counter.measure(f);
    if result.is_err() {
        outln!("error: a kernel refused its layer");
        output::exit(1);
    }
    total.saturating_sub(empty)
}

fn report(name: &str, macs: usize, instructions: u32) {
    let hundredths = instructions as usize * 100 / macs;
    outln!(
        "layer={name} macs={macs} instructions={instructions} per_mac={}.{:02}",
        hundredths / 100,
        hundredths % 100
    );
}

/// A square window with `stride`, SAME padding.
fn same(height: usize, width: usize, stride: usize) -> Window {
    Window {
        height,
        width,
        stride_height: stride,
        stride_width: stride,
        padding: Padding::Same,
    }
}

/// The first `channels` of a requantization the same for every channel.
fn requantization(channels: usize) -> Requantization<'static> {
    /// Little-endian words, as a model file holds them.
    const fn words(value: i32) -> [u8; 4 * CHANNELS] {
        let bytes = value.to_le_bytes();
        let mut words = [0; 4 * CHANNELS];
        let mut i = 0;
        while i < words.len() {
            words[i] = bytes[i % 4];
            i += 1;
        }
        words
    }
    const BIASES: [u8; 4 * CHANNELS] = words(1000);
    const MULTIPLIERS: [u8; 4 * CHANNELS] = words(1 << 30);
    const SHIFTS: [u8; CHANNELS] = [-8i8 as u8; CHANNELS];
    Requantization {
        biases: &BIASES[..4 * channels],
        multipliers: &MULTIPLIERS[..4 * channels],
        shifts: &SHIFTS[..channels],
        rounding: Rounding::Double,
        input_zero_point: 3,
        output_zero_point: -128,
        clamp: (-128, 127),
    }
}

/// KWS's first layer: 49 x 10 x 1, a 10 x 4 filter, stride 2, SAME.
fn first_layer(counter: &Counter, rng: &mut Rng) {
    let Some(audio) = cortex_m::singleton!(: [i8; 490] = [0; 490]) else {
        output::exit(1)
    };
    let Some(filters) =
        cortex_m::singleton!(: [i8; FIRST_CHANNELS * 40] = [0; FIRST_CHANNELS * 40])
    else {
        output::exit(1)
    };
    let Some(out) =
        cortex_m::singleton!(: [i8; 25 * 5 * FIRST_CHANNELS] = [0; 25 * 5 * FIRST_CHANNELS])
    else {
        output::exit(1)
    };
    rng.fill(audio);
    rng.fill(filters);
    let shape = FeatureMap {
        height: 49,
        width: 10,
        channels: 1,
    };
    let first = requantization(FIRST_CHANNELS);
    let instructions = count(counter, || {
        conv2d(
            &audio[..],
            shape,
            &filters[..],
            same(10, 4, 2),
            &first,
            &mut out[..],
        )
    });
    report(
        "conv2d_10x4_stride2",
        25 * 5 * FIRST_CHANNELS * 40,
        instructions,
    );
}

/// A depthwise 3 x 3, a pointwise 1 x 1 and the average pool over the whole
/// map, 64 channels.
fn depthwise_pointwise_pool(counter: &Counter, rng: &mut Rng) {
    let Some(map) = cortex_m::singleton!(: [i8; MAP] = [0; MAP]) else {
        output::exit(1)
    };
    let Some(out) = cortex_m::singleton!(: [i8; MAP] = [0; MAP]) else {
        output::exit(1)
    };
    let Some(depthwise) = cortex_m::singleton!(: [i8; 9 * CHANNELS] = [0; 9 * CHANNELS]) else {
        output::exit(1)
    };
    let Some(pointwise) =
        cortex_m::singleton!(: [i8; CHANNELS * CHANNELS] = [0; CHANNELS * CHANNELS])
    else {
        output::exit(1)
    };
    rng.fill(map);
    rng.fill(depthwise);
    rng.fill(pointwise);
    let shape = FeatureMap {
        height: SIDE,
        width: SIDE,
        channels: CHANNELS,
    };
    let all = requantization(CHANNELS);
    let instructions = count(counter, || {
        depthwise_conv2d(
            &map[..],
            shape,
            &depthwise[..],
            same(3, 3, 1),
            &all,
            &mut out[..],
        )
    });
    report("depthwise_3x3", SIDE * SIDE * CHANNELS * 9, instructions);
    let instructions = count(counter, || {
        conv2d(
            &map[..],
            shape,
            &pointwise[..],
            same(1, 1, 1),
            &all,
            &mut out[..],
        )
    });
    report(
        "conv2d_1x1",
        SIDE * SIDE * CHANNELS * CHANNELS,
        instructions,
    );
    let whole = Window {
        padding: Padding::Valid,
        ..same(SIDE, SIDE, SIDE)
    };
    let instructions = count(counter, || {
        average_pool2d(&map[..], shape, whole, (-128, 127), &mut out[..CHANNELS])
    });
    report("average_pool_5x5", MAP, instructions);
}

#[entry]
fn main() -> ! {
    let Some(mut core) = cortex_m::Peripherals::take() else {
        output::exit(1)
    };
    let counter = Counter::start(&mut core);
    let mut rng = Rng(0x5eed_c0de);
    first_layer(&counter, &mut rng);
    depthwise_pointwise_pool(&counter, &mut rng);
    output::exit(0)
}
