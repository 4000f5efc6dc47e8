//! A graph model's instructions: per layer, the repetitions of each of its
//! kernel's code paths (its [`Terms`]: pixels and pairs of pixels, window
//! rows and the bytes gathered or padded, chunks, groups and blocks of the
//! dense kernel, outputs) times that path's instructions, plus the dense
//! kernel's exact count ([`super::dsp`], [`super::armv6m`]) for each call
//! on one pixel (`FULLY_CONNECTED`; on the Cortex-M0 every convolution
//! pixel; on the Cortex-M4 a convolution's odd last pixel, the others going
//! two at a time through `kernels/dsp/pair.rs`).
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
use crate::format::{Layer, Op, Rounding, WindowedRecord};
use crate::model::Model;

/// How many times one layer runs each code path its kind has, in the order
/// of that kind's coefficients ([`Path`]), the rest 0. "Single" counts
/// outputs rounded once (the coefficients' base is double rounding).
pub type Terms = [u64; TERMS];

/// Terms per layer.
pub const TERMS: usize = 18;

/// The code a layer runs: one per kind, two for `CONV_2D` (gathering a
/// window, or a pointwise layer written over its input) and for
/// `DEPTHWISE_CONV_2D` (the Cortex-M4's four-channel loop, or the portable
/// one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Path {
    /// Terms: the pixels' terms (1, pairs; on the Cortex-M4 pairs times
    /// the pair kernel's chunks, chunks and groups, groups, blocks, an odd
    /// count of blocks, a last partial block; outputs, outputs of the
    /// assembly store, an odd last pixel),
    /// then window rows, rows on the
    /// image, whole words and bytes left over copied from the image, bytes
    /// of padding, runs of padding filled.
    Convolution,
    /// Terms: the pixels' terms, then pixels times whole words of input
    /// channels, times the channels left over.
    PointwiseInPlace,
    /// Terms: 1, outputs, whole words of input, inputs left over, single.
    FullyConnected,
    /// Terms: 1, positions, positions by the border (whose taps are
    /// listed), their window rows and taps on the image, positions times
    /// groups of four channels, outputs, outputs of the assembly store,
    /// single, channels (the layer's checks); the taps times groups are
    /// known.
    DepthwiseGroups,
    /// Terms (this and the pools): 1, positions, positions times chunks of
    /// 16 channels, window rows on the image times chunks, taps on the
    /// image times chunks, taps times channels, outputs, single, channels.
    DepthwisePortable,
    /// As [`Path::DepthwisePortable`].
    AveragePool,
    /// As [`Path::DepthwisePortable`].
    MaxPool,
    /// Terms: 1, values, tables built (1 or 0), values summed by the
    /// tables, values written over the first input, single.
    Add,
}

/// Channels the portable depthwise and pooling loops take at a time.
const CHUNK: u64 = 16;

/// Inputs per pixel the Cortex-M4's pair kernel unpacks at a time.
const PAIR_CHUNK: u64 = 64;
/// Its inner loop per block of four inputs and pair of rows
/// (`accumulate_pair`: `LDRD`, `LDM`, four `UXTB16`, eight `SMLAD`, `CMP`,
/// `BNE`).
const PAIR_BLOCK: u64 = 16;
/// The depthwise loop per tap and group of four channels
/// (`kernels/depthwise.rs`: `LDRD`, two `LDR`, two `SXTB16`, two `SXTAB16`,
/// four multiply-accumulates, `CMP`, `BNE`).
const DEPTHWISE_TAP: u64 = 13;

/// The path and terms of layer `index` of the graph `model` on `target`,
/// and the instructions known without calibration: the dense kernel's
/// single-pixel calls, the pair kernel's and the depthwise loop's inner
/// loops; `None` for a chain's layer or an index past the last.
pub fn layer_terms(model: &Model<'_>, index: usize, target: Target) -> Option<(Path, Terms, u64)> {
    let layer = model.layers().get(index)?;
    let outputs = layer.out_len() as u64;
    let single = if layer.rounding() == Rounding::Single {
        outputs
    } else {
        0
    };
    let row = |values: &[u64]| terms_of(&[values]);
    Some(match layer.op {
        Op::Conv2d(w) => {
            let pixels = Pixels::of(layer, target, Taps::of(w)?.positions)?;
            let depth = u64::from(w.input.channels);
            let pixel_terms = pixels.terms(outputs);
            if crate::graph::runs_in_place(model, layer) {
                let own = [pixels.count * (depth / 4), pixels.count * (depth % 4)];
                let terms = terms_of(&[&pixel_terms, &own]);
                (Path::PointwiseInPlace, terms, pixels.known)
            } else {
                let gathered = Gathered::of(w)?;
                let own = [
                    gathered.rows,
                    gathered.image_rows,
                    gathered.words,
                    gathered.bytes_left,
                    gathered.padding,
                    gathered.fills,
                ];
                let terms = terms_of(&[&pixel_terms, &own]);
                (Path::Convolution, terms, pixels.known)
            }
        }
        Op::FullyConnected(_) => {
            let inputs = layer.in_len() as u64;
            let terms = row(&[1, outputs, inputs / 4, inputs % 4, single]);
            let view = layer.dense_view()?;
            (
                Path::FullyConnected,
                terms,
                super::dense_layer(target, &view)?,
            )
        }
        Op::DepthwiseConv2d(w) => {
            let taps = Taps::of(w)?;
            let depth = u64::from(w.input.channels);
            let per_position = u64::from(w.window.height) * u64::from(w.window.width);
            let groups_fit =
                target == Target::CortexM4 && depth % 4 == 0 && depth <= 256 && per_position <= 25;
            if groups_fit {
                let groups = depth / 4;
                let fast = crate::requant::narrow_biases(layer.channels.biases)
                    && layer.rounding() == Rounding::Double
                    && crate::requant::common_path(
                        layer.channels.multipliers,
                        layer.channels.shifts,
                    );
                let terms = row(&[
                    1,
                    taps.positions,
                    taps.border,
                    taps.border_rows,
                    taps.border_taps,
                    taps.positions * groups,
                    outputs,
                    u64::from(fast) * outputs,
                    single,
                    depth,
                ]);
                let known = DEPTHWISE_TAP * taps.inside * groups;
                (Path::DepthwiseGroups, terms, known)
            } else {
                (
                    Path::DepthwisePortable,
                    row(&taps.chunked(depth, single)),
                    0,
                )
            }
        }
        Op::AveragePool2d(w) => {
            let terms = row(&Taps::of(w)?.chunked(u64::from(w.input.channels), 0));
            (Path::AveragePool, terms, 0)
        }
        Op::MaxPool2d(w) => {
            let terms = row(&Taps::of(w)?.chunked(u64::from(w.input.channels), 0));
            (Path::MaxPool, terms, 0)
        }
        Op::Add { .. } => {
            let tabled = u64::from(crate::graph::scratch_words(layer) > 0);
            let over = u64::from(crate::graph::runs_in_place(model, layer));
            let terms = row(&[1, outputs, tabled, tabled * outputs, over * outputs, single]);
            (Path::Add, terms, 0)
        }
        Op::Dense => return None,
    })
}

/// `parts` one after another as a layer's terms, the rest 0.
fn terms_of(parts: &[&[u64]]) -> Terms {
    let mut terms = [0; TERMS];
    for (term, &value) in terms.iter_mut().zip(parts.iter().copied().flatten()) {
        *term = value;
    }
    terms
}

/// A convolution's pixels as the dense kernels run them: two at a time,
/// on the Cortex-M4 through the pair kernel (`kernels/dsp/pair.rs`),
/// elsewhere as two calls; an odd last one alone.
struct Pixels {
    count: u64,
    pairs: u64,
    /// The pair kernel's chunks of inputs, groups of four output channels
    /// and blocks of four inputs (0 where it does not run), and whether a
    /// last partial block is gathered.
    chunks: u64,
    groups: u64,
    blocks: u64,
    tail: u64,
    /// Whether the outputs take the Cortex-M4's assembly store (else the
    /// wide compiled one).
    fast: u64,
    /// The dense kernel's count for the pixels it runs one by one, and the
    /// pair kernel's inner loop: 16 instructions per block and pair of rows.
    known: u64,
}

impl Pixels {
    fn of(layer: &Layer<'_>, target: Target, count: u64) -> Option<Pixels> {
        let view = layer.dense_view()?;
        let per_pixel = super::dense_layer(target, &view)?;
        let (in_len, out_len) = (view.in_len() as u64, view.out_len() as u64);
        let (pairs, alone) = match target {
            Target::CortexM4 => (count / 2, count % 2),
            _ => (count / 2, count),
        };
        let pair_kernel = u64::from(target == Target::CortexM4);
        let (chunks, groups, blocks) = (
            pair_kernel * in_len.div_ceil(PAIR_CHUNK),
            pair_kernel * out_len.div_ceil(4),
            pair_kernel * in_len.div_ceil(4),
        );
        Some(Pixels {
            count,
            pairs,
            chunks,
            groups,
            blocks,
            tail: pair_kernel * u64::from(in_len % 4 != 0),
            fast: pair_kernel
                * u64::from(
                    crate::graph::narrow(&view)
                        && view.rounding() == Rounding::Double
                        && crate::requant::common_path(
                            view.channels.multipliers,
                            view.channels.shifts,
                        ),
                ),
            known: alone * per_pixel + PAIR_BLOCK * 2 * pairs * groups * blocks,
        })
    }

    /// 1, pairs, pairs times chunks, times chunks and groups, pairs times
    /// groups, times blocks, times an odd count of blocks, times a last
    /// partial block, outputs, outputs of the assembly store, an odd last
    /// pixel.
    fn terms(&self, outputs: u64) -> [u64; 11] {
        let pairs = self.pairs;
        [
            1,
            pairs,
            pairs * self.chunks,
            pairs * self.chunks * self.groups,
            pairs * self.groups,
            pairs * self.blocks,
            pairs * (self.blocks % 2),
            pairs * self.tail,
            outputs,
            self.fast * outputs,
            self.count % 2,
        ]
    }
}

/// An image's rows, or its columns.
#[derive(Clone, Copy)]
enum Axis {
    Rows,
    Columns,
}

/// Where a windowed layer's window falls along `axis`: for each output
/// line, how many of the window's lines lie before the image and how many
/// on it (`graph::on_image`, as the kernels place it).
fn spans(w: WindowedRecord, axis: Axis) -> Option<impl Iterator<Item = (u64, u64)>> {
    let window = Window::from(w.window);
    let map = FeatureMap::from(w.input);
    let placement = window.place(&map).ok()?;
    let (outputs, stride, pad, size, extent) = match axis {
        Axis::Rows => (
            placement.out_height,
            window.stride_height,
            placement.pad_top,
            window.height,
            map.height,
        ),
        Axis::Columns => (
            placement.out_width,
            window.stride_width,
            placement.pad_left,
            window.width,
            map.width,
        ),
    };
    Some((0..outputs).map(move |out| {
        let origin = (out * stride) as isize - pad as isize;
        let (before, on) = crate::graph::on_image(origin, size, extent);
        (before as u64, on as u64)
    }))
}

/// What gathering a convolution's windows copies, over every output
/// position: window rows, those on the image, the whole words and the bytes
/// left over of their runs on the image, and the padding's bytes. Rows
/// and columns are independent, so each is a sum over rows of a sum over
/// columns.
struct Gathered {
    rows: u64,
    image_rows: u64,
    words: u64,
    bytes_left: u64,
    padding: u64,
    /// Runs of padding filled: a row off the image, or the part of a row
    /// before or after the image.
    fills: u64,
}

impl Gathered {
    fn of(w: WindowedRecord) -> Option<Gathered> {
        let depth = u64::from(w.input.channels);
        let (size_y, size_x) = (u64::from(w.window.height), u64::from(w.window.width));
        let (mut height, mut rows) = (0, 0);
        for (_, on) in spans(w, Axis::Rows)? {
            height += 1;
            rows += on;
        }
        let (mut width, mut words, mut bytes_left, mut run_bytes, mut sides) = (0, 0, 0, 0, 0);
        for (before, on) in spans(w, Axis::Columns)? {
            let run = depth * on;
            width += 1;
            words += run / 4;
            bytes_left += run % 4;
            run_bytes += run;
            sides += u64::from(before > 0) + u64::from(before + on < size_x);
        }
        Some(Gathered {
            rows: height * width * size_y,
            image_rows: rows * width,
            words: rows * words,
            bytes_left: rows * bytes_left,
            padding: height * width * size_y * size_x * depth - rows * run_bytes,
            // Each row off the image, and each side of a row on it.
            fills: height * width * size_y - rows * width + rows * sides,
        })
    }
}

/// A windowed layer's output positions and, over all of them, its window
/// rows on the image, its taps on the image and in the padding: rows and
/// columns are independent, so a count on the image is a product of the
/// rows' and the columns'.
struct Taps {
    positions: u64,
    rows: u64,
    inside: u64,
    /// Positions whose window is not wholly on the image, and their rows
    /// and taps on it (the Cortex-M4 depthwise loop lists those taps; the
    /// others share one list).
    border: u64,
    border_rows: u64,
    border_taps: u64,
}

impl Taps {
    fn of(w: WindowedRecord) -> Option<Taps> {
        let (size_y, size_x) = (u64::from(w.window.height), u64::from(w.window.width));
        // Output lines, window lines on the image, and lines wholly on it.
        let count = |axis, size| -> Option<(u64, u64, u64)> {
            let mut counts = (0, 0, 0);
            for (_, on) in spans(w, axis)? {
                counts.0 += 1;
                counts.1 += on;
                counts.2 += u64::from(on == size);
            }
            Some(counts)
        };
        let (height, rows, whole_rows) = count(Axis::Rows, size_y)?;
        let (width, columns, whole_columns) = count(Axis::Columns, size_x)?;
        let interior = whole_rows * whole_columns;
        Some(Taps {
            positions: height * width,
            rows: rows * width,
            inside: rows * columns,
            border: height * width - interior,
            border_rows: rows * width - interior * size_y,
            border_taps: rows * columns - interior * size_y * size_x,
        })
    }

    /// The portable loops' terms over `depth` channels.
    fn chunked(&self, depth: u64, single: u64) -> [u64; 9] {
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
