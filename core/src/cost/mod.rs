//! What running a model costs on a chip, known before flashing: instructions
//! per inference, flash and RAM, for any valid model.
//!
//! The instruction count follows the kernels' structure: a fixed part per
//! inference, then per layer, per group of rows, per block of inputs and per
//! output, each term the instructions of one code path of the kernel
//! (`kernels/dsp.rs`, `kernels/armv6m.rs`) and its glue as compiled. The
//! Cortex-M4 kernel has no data-dependent branch, so its count is exact up to
//! the caller's few instructions around the call (how registers fall for one
//! engine capacity or another), which the fixed part bounds. On the
//! Cortex-M0 the clamp of an output branches: the formula counts the longer
//! path, an output within its range. Outputs whose shift is `>= -1` take
//! requantization's rare path, bounded from above (no model we ship has one).
//!
//! `scripts/calibrate-cost.sh` measures synthetic models of many shapes in
//! QEMU and compares with these predictions; the firmware parity test checks
//! every model it runs. A kernel change that moves a count fails that test.
//!
//! ```
//! use stitch_core::cost::{Entry, Target};
//! use stitch_core::Model;
//!
//! let model = Model::from_bytes(stitch_core::include_model!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tiny.stitch")))?;
//! let cost = Target::CortexM4.cost(&model, Entry::Bytes).expect("a Cortex-M kernel");
//! assert!(cost.instructions > 0);
//! assert_eq!(cost.engine_bytes, Target::CortexM4.ram_bytes(model.max_width()));
//! # Ok::<(), stitch_core::Error>(())
//! ```

mod armv6m;
mod dsp;
mod graph;

pub use graph::{layer_terms, Path, Terms};

use crate::format::{Layer, Rounding};
use crate::model::Model;

/// A target stitch-core has a kernel for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Target {
    /// Cortex-M4/M7/M33 with the DSP extension: the `dsp` kernel.
    CortexM4,
    /// Cortex-M0/M0+: the `armv6m` kernel.
    CortexM0,
    /// Anything else: the portable Rust kernel.
    Portable,
}

/// How the input reaches the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// Bytes `q + 128` read in place ([`Engine::infer`](crate::Engine::infer)):
    /// an image model's pixels.
    Bytes,
    /// int8 values, flipped into a buffer first
    /// ([`Engine::infer_int8`](crate::Engine::infer_int8)).
    Int8,
}

/// What one model costs on one target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cost {
    /// Instructions per inference, an upper bound (see the module docs).
    pub instructions: u64,
    /// Bytes of code one inference runs (the engine's entry, the kernel,
    /// requantization), the model file aside.
    pub code_bytes: usize,
    /// Bytes of the [`Engine`](crate::Engine) sized for the model (and, for
    /// [`Entry::Int8`], its input): buffers and scratch ([`Target::ram_bytes`]).
    pub engine_bytes: usize,
    /// Deepest stack one inference uses, from the engine's entry down.
    pub stack_bytes: usize,
}

/// What running a graph model costs on a target, known before flashing:
/// its instructions per inference ([`layer_terms`] says how they are
/// counted), the graph path's code, the arena the model records and the
/// deepest stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GraphCost {
    /// Instructions per inference, an upper bound calibrated on every
    /// layer kind (`core/src/cost/graph.rs`).
    pub instructions: u64,
    /// Bytes of the graph path's code (`graph`, `conv`, the dense kernels,
    /// requantization): every layer kind's, whichever a model has.
    pub code_bytes: usize,
    /// [`Model::arena_bytes`](crate::Model::arena_bytes).
    pub arena_bytes: usize,
    /// Deepest stack one inference uses, from `graph::infer` down.
    pub stack_bytes: usize,
}

impl GraphCost {
    /// Flash: the model file (`model_bytes` long) and the code.
    pub const fn flash_bytes(&self, model_bytes: usize) -> usize {
        model_bytes.saturating_add(self.code_bytes)
    }

    /// RAM: the arena and the stack.
    pub const fn ram_bytes(&self) -> usize {
        self.arena_bytes.saturating_add(self.stack_bytes)
    }
}

impl Cost {
    /// Flash: the model file (`model_bytes` long) and the inference code.
    pub const fn flash_bytes(&self, model_bytes: usize) -> usize {
        model_bytes.saturating_add(self.code_bytes)
    }

    /// RAM: the engine and the stack.
    pub const fn ram_bytes(&self) -> usize {
        self.engine_bytes.saturating_add(self.stack_bytes)
    }
}

/// Inputs the Cortex-M4 kernel unpacks at a time (`kernels/dsp.rs`).
const DSP_CHUNK: usize = 128;

impl Target {
    /// The target this crate is compiled for.
    pub const THIS: Target = if cfg!(stitch_dsp) {
        Target::CortexM4
    } else if cfg!(stitch_thumbv6) {
        Target::CortexM0
    } else {
        Target::Portable
    };

    /// The name of the target's kernel, as [`crate::KERNEL`] says it on the
    /// target itself.
    pub const fn kernel(self) -> &'static str {
        match self {
            Target::CortexM4 => "dsp",
            Target::CortexM0 => "armv6m",
            Target::Portable => "portable",
        }
    }

    /// Bytes of RAM an [`Engine`](crate::Engine) `max_width` wide occupies on
    /// this target: two activation buffers of `max_width` bytes, plus, on a
    /// Cortex-M4, the unpacked input chunk (256 bytes) and one partial sum per
    /// output and three for a last group's padding rows (`4 * max_width + 12`),
    /// word-aligned after the buffers.
    ///
    /// ```
    /// use stitch_core::cost::Target;
    /// assert_eq!(Target::CortexM0.ram_bytes(64), 128);
    /// assert_eq!(Target::CortexM4.ram_bytes(64), 128 + 256 + 256 + 12);
    /// assert_eq!(Target::CortexM4.ram_bytes(3), 8 + 256 + 12 + 12);
    /// ```
    pub const fn ram_bytes(self, max_width: usize) -> usize {
        let buffers = max_width.saturating_mul(2);
        match self {
            Target::CortexM4 => (buffers.saturating_add(3) & !3)
                .saturating_add(DSP_CHUNK * 2)
                .saturating_add(max_width.saturating_mul(4))
                .saturating_add(12),
            Target::CortexM0 | Target::Portable => buffers,
        }
    }

    /// What running the graph `model` costs on this target; `None` for
    /// [`Target::Portable`] and for a chain (see [`Target::cost`]).
    pub fn graph_cost(self, model: &Model<'_>) -> Option<GraphCost> {
        let ((code_bytes, stack_bytes), coefficients) = match self {
            Target::CortexM4 => (dsp::GRAPH, &dsp::GRAPH_COST),
            Target::CortexM0 => (armv6m::GRAPH, &armv6m::GRAPH_COST),
            Target::Portable => return None,
        };
        if !model.is_graph() {
            return None;
        }
        Some(GraphCost {
            instructions: coefficients.instructions(model, self)?,
            code_bytes,
            arena_bytes: model.arena_bytes(),
            stack_bytes,
        })
    }

    /// What running `model` through `entry` costs on this target; `None` for
    /// [`Target::Portable`], whose code is whatever the host compiler makes.
    pub fn cost(self, model: &Model<'_>, entry: Entry) -> Option<Cost> {
        let (instructions, code_bytes, stack_bytes) = match self {
            Target::CortexM4 => (
                dsp::instructions(model, entry),
                dsp::code_bytes(entry),
                dsp::stack_bytes(entry),
            ),
            Target::CortexM0 => (
                armv6m::instructions(model, entry),
                armv6m::code_bytes(entry),
                armv6m::stack_bytes(entry, left_shifts(model) > 0),
            ),
            Target::Portable => return None,
        };
        // `infer_int8` copies the input into the engine's buffers.
        let width = match entry {
            Entry::Bytes => model.max_width(),
            Entry::Int8 => model.max_width().max(model.input_len()),
        };
        Some(Cost {
            instructions,
            code_bytes,
            engine_bytes: self.ram_bytes(width),
            stack_bytes,
        })
    }
}

/// What the engine around a kernel costs: the same structure on every
/// target, each with its own figures.
struct EngineCost {
    /// Per inference, by [`Entry`] (bytes, int8).
    inference: [u64; 2],
    /// Saved when the model has one layer (the walk's loop is skipped).
    single_layer: u64,
    /// Per layer, by [`Entry`]: the walk's step.
    walk_step: [u64; 2],
    /// `Engine::infer_int8`'s flip of `n` int8 values into the buffer.
    to_input_bytes: fn(u64) -> u64,
}

impl EngineCost {
    /// Instructions per inference of `model` through `entry`, the kernel
    /// costing `layer` per layer.
    fn instructions(&self, model: &Model<'_>, entry: Entry, layer: fn(&Shape) -> u64) -> u64 {
        let conversion = match entry {
            Entry::Bytes => 0,
            Entry::Int8 => (self.to_input_bytes)(model.input_len() as u64),
        };
        let layers = model.layers().len() as u64;
        let kernel: u64 = shapes(model).map(|shape| layer(&shape)).sum();
        self.inference[entry as usize]
            + conversion
            + self.walk_step[entry as usize] * layers
            + kernel
            - self.single_layer * one_if(layers == 1)
    }
}

/// What the formulas need of one layer.
struct Shape {
    in_len: u64,
    out_len: u64,
    double: bool,
    /// Outputs whose shift is `>= -1`: requantization's rare path.
    left_shifts: u64,
    last: bool,
}

/// The shape of every layer of `model`.
fn shapes<'m>(model: &'m Model<'_>) -> impl Iterator<Item = Shape> + 'm {
    let layers = model.layers();
    layers
        .iter()
        .enumerate()
        .map(move |(index, layer)| Shape::of(layer, index + 1 == layers.len()))
}

impl Shape {
    /// `layer`'s shape, `last` if no layer follows it.
    fn of(layer: &Layer<'_>, last: bool) -> Shape {
        Shape {
            in_len: layer.in_len() as u64,
            out_len: layer.out_len() as u64,
            double: layer.rounding() == Rounding::Double,
            left_shifts: layer
                .channels
                .shifts
                .iter()
                .filter(|&&shift| shift as i8 >= -1)
                .count() as u64,
            last,
        }
    }
}

/// The dense kernel's instructions for one call over `view` (a graph
/// convolution's pixel or fully connected layer, the last layer's way:
/// no offset kept), on a Cortex-M target.
fn dense_layer(target: Target, view: &Layer<'_>) -> Option<u64> {
    let shape = Shape::of(view, true);
    match target {
        Target::CortexM4 => Some(dsp::layer(&shape)),
        Target::CortexM0 => Some(armv6m::layer(&shape)),
        Target::Portable => None,
    }
}

/// Outputs of `model` that take requantization's rare path.
fn left_shifts(model: &Model<'_>) -> u64 {
    shapes(model).map(|shape| shape.left_shifts).sum()
}

/// `1` if `condition`, else `0`: the formulas' indicator.
const fn one_if(condition: bool) -> u64 {
    condition as u64
}
