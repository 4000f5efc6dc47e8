//! A graph model's instructions: per layer, the repetitions of each of its
//! kernel's code paths (its [`Terms`]: positions, window taps on the image
//! and in the padding, channel groups, outputs) times that path's
//! instructions, plus, for `CONV_2D` and `FULLY_CONNECTED`, the dense
//! kernel's exact count ([`super::dsp`], [`super::armv6m`]) for each pixel.
//!
//! The instructions per path are calibrated, not read off the code: least
//! squares over every layer `stitch-graph` measured (MLPerf Tiny's three
//! networks both ways and `scripts/calibrate-graph-cost.sh`'s synthetic
//! graphs, which hold every kind, odd channel counts and both paddings), in
//! sixteenths of an instruction, then each kind's largest shortfall added
//! to its fixed part so that no measured layer is above its prediction.
//! On the Cortex-M0 a clamp and a pool's rounding branch on the data; the
//! calibration's vectors are random, and the bound covers them.

use super::Target;
use crate::conv::{FeatureMap, Window};
use crate::format::{Op, Rounding, WindowedRecord};
use crate::model::Model;

/// How many times one layer runs each code path its kind has: up to ten
/// counts, in the order of that kind's coefficients ([`Path`]). "Single"
/// counts outputs rounded once (the coefficients' base is double rounding).
pub type Terms = [u64; TERMS];

/// Terms per layer.
pub const TERMS: usize = 10;

/// The code a layer runs: one per kind, two for `CONV_2D` (gathering a
/// window, or a pointwise layer written over its input) and for
/// `DEPTHWISE_CONV_2D` (the Cortex-M4's four-channel loop, or the portable
/// one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Path {
    /// Terms: 1, positions, outputs, window rows gathered, taps on the
    /// image, those times whole words of input channels, times the
    /// channels left over, taps in the padding, those times the input
    /// channels, taps on the image times blocks of 16 input channels (the
    /// copy's unrolled loop). The dense kernel's count has the rounding.
    Convolution,
    /// Terms: 1, pixels, outputs, pixels times whole words of input
    /// channels, times the channels left over, single.
    PointwiseInPlace,
    /// Terms: 1, outputs, whole words of input, inputs left over, single.
    FullyConnected,
    /// Terms: 1, positions, window rows on the image, taps on the image,
    /// those times groups of four channels, positions times groups,
    /// outputs, single, channels (the layer's checks).
    DepthwiseGroups,
    /// Terms (this and the pools): 1, positions, positions times chunks of
    /// 16 channels, window rows on the image times chunks, taps on the
    /// image times chunks, taps times channels, outputs, single, channels.
    DepthwisePortable,
    /// As [`Path::DepthwisePortable`].
    AveragePool,
    /// As [`Path::DepthwisePortable`].
    MaxPool,
    /// Terms: 1, values, single.
    Add,
}

/// Channels the portable depthwise and pooling loops take at a time.
const CHUNK: u64 = 16;

/// The path and terms of layer `index` of the graph `model` on `target`,
/// and the dense kernel's instructions it runs besides (0 for a layer
/// without); `None` for a chain's layer or an index past the last.
pub fn layer_terms(model: &Model<'_>, index: usize, target: Target) -> Option<(Path, Terms, u64)> {
    let layer = model.layers().get(index)?;
    let dense = |pixels: u64| {
        let view = layer.dense_view()?;
        let per_pixel = super::dense_layer(target, &view)?;
        Some(pixels * per_pixel)
    };
    let outputs = layer.out_len() as u64;
    let single = if layer.rounding() == Rounding::Single {
        outputs
    } else {
        0
    };
    Some(match layer.op {
        Op::Conv2d(w) => {
            let taps = Taps::of(w)?;
            let (pixels, depth) = (taps.positions, u64::from(w.input.channels));
            if crate::graph::runs_in_place(model, layer) {
                let terms = [
                    1,
                    pixels,
                    outputs,
                    pixels * (depth / 4),
                    pixels * (depth % 4),
                    single,
                    0,
                    0,
                    0,
                    0,
                ];
                (Path::PointwiseInPlace, terms, dense(pixels)?)
            } else {
                let terms = [
                    1,
                    pixels,
                    outputs,
                    pixels * u64::from(w.window.height),
                    taps.inside,
                    taps.inside * (depth / 4),
                    taps.inside * (depth % 4),
                    taps.padded,
                    taps.padded * depth,
                    taps.inside * (depth / 16),
                ];
                (Path::Convolution, terms, dense(pixels)?)
            }
        }
        Op::FullyConnected(_) => {
            let inputs = layer.in_len() as u64;
            let terms = [1, outputs, inputs / 4, inputs % 4, single, 0, 0, 0, 0, 0];
            (Path::FullyConnected, terms, dense(1)?)
        }
        Op::DepthwiseConv2d(w) => {
            let taps = Taps::of(w)?;
            let depth = u64::from(w.input.channels);
            let per_position = u64::from(w.window.height) * u64::from(w.window.width);
            let groups_fit =
                target == Target::CortexM4 && depth % 4 == 0 && depth <= 256 && per_position <= 25;
            if groups_fit {
                let groups = depth / 4;
                let terms = [
                    1,
                    taps.positions,
                    taps.rows,
                    taps.inside,
                    taps.inside * groups,
                    taps.positions * groups,
                    outputs,
                    single,
                    depth,
                    0,
                ];
                (Path::DepthwiseGroups, terms, 0)
            } else {
                (Path::DepthwisePortable, taps.chunked(depth, single), 0)
            }
        }
        Op::AveragePool2d(w) => (
            Path::AveragePool,
            Taps::of(w)?.chunked(u64::from(w.input.channels), 0),
            0,
        ),
        Op::MaxPool2d(w) => (
            Path::MaxPool,
            Taps::of(w)?.chunked(u64::from(w.input.channels), 0),
            0,
        ),
        Op::Add { .. } => (Path::Add, [1, outputs, single, 0, 0, 0, 0, 0, 0, 0], 0),
        Op::Dense => return None,
    })
}

/// A windowed layer's output positions and, over all of them, its window
/// rows on the image, its taps on the image and in the padding: rows and
/// columns are independent, so a count on the image is a product of the
/// rows' and the columns'.
struct Taps {
    positions: u64,
    rows: u64,
    inside: u64,
    padded: u64,
}

impl Taps {
    fn of(w: WindowedRecord) -> Option<Taps> {
        let window = Window::from(w.window);
        let map = FeatureMap::from(w.input);
        let placement = window.place(&map).ok()?;
        let covered =
            |outputs: usize, stride: usize, pad: usize, size: usize, extent: usize| -> u64 {
                (0..outputs)
                    .map(|out| {
                        let origin = (out * stride) as i64 - pad as i64;
                        let end = (origin + size as i64).min(extent as i64);
                        (end - origin.max(0)).max(0) as u64
                    })
                    .sum()
            };
        let (height, width) = (placement.out_height as u64, placement.out_width as u64);
        let rows = covered(
            placement.out_height,
            window.stride_height,
            placement.pad_top,
            window.height,
            map.height,
        );
        let columns = covered(
            placement.out_width,
            window.stride_width,
            placement.pad_left,
            window.width,
            map.width,
        );
        let positions = height * width;
        let inside = rows * columns;
        Some(Taps {
            positions,
            rows: rows * width,
            inside,
            padded: (positions * (window.height * window.width) as u64).saturating_sub(inside),
        })
    }

    /// The portable loops' terms over `depth` channels.
    fn chunked(&self, depth: u64, single: u64) -> Terms {
        let chunks = depth.div_ceil(CHUNK);
        [
            1,
            self.positions,
            self.positions * chunks,
            self.rows * chunks,
            self.inside * chunks,
            self.inside * depth,
            self.positions * depth,
            single,
            depth,
            0,
        ]
    }
}

/// Per path, each term's instructions in sixteenths.
pub(super) struct Coefficients {
    pub convolution: [i64; TERMS],
    pub pointwise_in_place: [i64; TERMS],
    pub fully_connected: [i64; TERMS],
    pub depthwise_groups: [i64; TERMS],
    pub depthwise_portable: [i64; TERMS],
    pub average_pool: [i64; TERMS],
    pub max_pool: [i64; TERMS],
    pub add: [i64; TERMS],
    /// `graph::infer`'s own instructions: per inference, and per layer
    /// (its step, less what `infer_layer`'s call, as measured, adds).
    pub inference: i64,
    pub per_layer: i64,
}

impl Coefficients {
    fn of(&self, path: Path) -> &[i64; TERMS] {
        match path {
            Path::Convolution => &self.convolution,
            Path::PointwiseInPlace => &self.pointwise_in_place,
            Path::FullyConnected => &self.fully_connected,
            Path::DepthwiseGroups => &self.depthwise_groups,
            Path::DepthwisePortable => &self.depthwise_portable,
            Path::AveragePool => &self.average_pool,
            Path::MaxPool => &self.max_pool,
            Path::Add => &self.add,
        }
    }

    /// One layer's instructions, as `infer_layer` runs it.
    pub(super) fn layer(&self, path: Path, terms: &Terms, dense: u64) -> u64 {
        let sixteenths: i64 = self
            .of(path)
            .iter()
            .zip(terms)
            .map(|(&c, &t)| c.saturating_mul(t as i64))
            .fold(0i64, i64::saturating_add);
        (sixteenths.max(0) as u64).div_ceil(16) + dense
    }

    /// The graph `model`'s instructions per inference on `target`.
    pub(super) fn instructions(&self, model: &Model<'_>, target: Target) -> Option<u64> {
        let layers = model.layers().len();
        let mut total = self.inference + self.per_layer * layers as i64;
        for index in 0..layers {
            let (path, terms, dense) = layer_terms(model, index, target)?;
            total += self.layer(path, &terms, dense) as i64;
        }
        Some(total.max(0) as u64)
    }
}
