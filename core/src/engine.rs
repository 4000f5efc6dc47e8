//! [`Engine`]: the caller-owned activation buffers, and the one walk over a
//! model's layers that every way of running it shares.

use core::hint::black_box;

use crate::error::Error;
use crate::format::Layer;
use crate::kernels;
use crate::model::Model;

/// Activation buffers for models whose layers are at most `MAX_WIDTH` wide.
///
/// Two `MAX_WIDTH`-byte buffers, used ping-pong from layer to layer: the first
/// layer reads the caller's input in place, so `size_of::<Engine<N>>()` is
/// exactly the RAM inference needs besides the stack (128 bytes for a
/// 784-64-64-10 model with `Engine<64>`).
///
/// ```
/// use stitch_core::{Engine, Model};
/// # let bytes: &[u8] = stitch_core::include_model!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tiny.stitch"));
/// let model = Model::from_bytes(&bytes)?;
/// let mut engine = Engine::<8>::new();
/// let inference = engine.infer(&model, &[0, 255, 255, 0])?;
/// assert_eq!(inference.logits().len(), 2);
/// assert!(inference.class() < 2);
/// assert_eq!(core::mem::size_of::<Engine<8>>(), Engine::<8>::RAM_BYTES);
/// # Ok::<(), stitch_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Engine<const MAX_WIDTH: usize> {
    front: [u8; MAX_WIDTH],
    back: [u8; MAX_WIDTH],
    /// What this target's kernel works in (the Cortex-M4's unpacked inputs
    /// and partial sums; nothing elsewhere).
    scratch: kernels::Scratch<MAX_WIDTH>,
}

/// The result of one inference: the last layer's int8 outputs, borrowed
/// from the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inference<'e> {
    logits: &'e [i8],
}

impl<'e> Inference<'e> {
    /// The outputs a walk left in a buffer, as int8.
    pub(crate) fn from_bytes(bytes: &'e [u8]) -> Self {
        Inference {
            logits: bytemuck::cast_slice(bytes),
        }
    }

    /// The int8 outputs at the model's output quantization: the logits of a
    /// classifier.
    pub fn logits(&self) -> &'e [i8] {
        self.logits
    }

    /// The predicted class: the index of the largest logit (lowest on ties).
    pub fn class(&self) -> usize {
        crate::softmax::argmax(self.logits).unwrap_or(0)
    }
}

impl<const MAX_WIDTH: usize> Default for Engine<MAX_WIDTH> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const MAX_WIDTH: usize> Engine<MAX_WIDTH> {
    /// Bytes of RAM the engine occupies: its two buffers and its kernel's
    /// scratch, [`engine_ram_bytes`]`(MAX_WIDTH)` on this target.
    pub const RAM_BYTES: usize = core::mem::size_of::<Self>();

    /// Zeroed buffers; `const`, so an engine can live in a `static`.
    pub const fn new() -> Self {
        Engine {
            front: [0; MAX_WIDTH],
            back: [0; MAX_WIDTH],
            scratch: kernels::Scratch::new(),
        }
    }

    /// Checks that `model` is a chain of dense layers ([`Error::GraphModel`]
    /// if not) and that every layer fits this engine's buffers.
    pub fn check(&self, model: &Model<'_>) -> Result<(), Error> {
        // A graph's engine width is `usize::MAX`: the one comparison refuses
        // it, and only the error path asks why.
        fits(model.engine_width(), capacity::<MAX_WIDTH>())
    }

    /// Runs the model on one input of `model.input_len()` bytes `q + 128`,
    /// read in place: for an image model (scale 1/255, zero point -128),
    /// the raw pixels.
    pub fn infer<'e>(
        &'e mut self,
        model: &Model<'_>,
        input: &[u8],
    ) -> Result<Inference<'e>, Error> {
        self.check(model)?;
        length(model, input.len())?;
        let (front, back, scratch) = self.opaque_parts();
        let mut kernel = FileLayout(scratch);
        let [logits] = walk(model, &mut kernel, Source::Caller([input]), [front], [back]);
        Ok(Inference::from_bytes(logits))
    }

    /// Runs the model on one int8 input of `model.input_len()` values (at the
    /// model's input quantization). The input is copied into a buffer first,
    /// so it needs `MAX_WIDTH >= model.input_len()` as well.
    pub fn infer_int8<'e>(
        &'e mut self,
        model: &Model<'_>,
        input: &[i8],
    ) -> Result<Inference<'e>, Error> {
        self.check(model)?;
        fits(model.chain_input_len(), capacity::<MAX_WIDTH>())?;
        length(model, input.len())?;
        let (front, back, scratch) = self.opaque_parts();
        to_input_bytes(input, front);
        let mut kernel = FileLayout(scratch);
        let [logits] = walk(model, &mut kernel, Source::Front, [front], [back]);
        Ok(Inference::from_bytes(logits))
    }

    /// The buffers and the scratch, their capacity hidden from the optimizer
    /// ([`capacity`]): the code that runs the layers is then the same for
    /// every `MAX_WIDTH`, and what it costs depends on the model alone, as
    /// `crate::cost` predicts.
    fn opaque_parts(&mut self) -> (&mut [u8], &mut [u8], kernels::ScratchMut<'_>) {
        let width = capacity::<MAX_WIDTH>();
        (
            self.front.get_mut(..width).unwrap_or(&mut []),
            self.back.get_mut(..width).unwrap_or(&mut []),
            self.scratch.view(width),
        )
    }

    /// Like [`Engine::infer`], with the row-major weights of a
    /// [`Prepared`](crate::Prepared) model: the same integers, faster on
    /// wide-SIMD hosts.
    #[cfg(not(target_os = "none"))]
    pub fn infer_prepared<'e>(
        &'e mut self,
        prepared: &crate::Prepared<'_, '_>,
        input: &[u8],
    ) -> Result<Inference<'e>, Error> {
        let model = prepared.model();
        self.check(model)?;
        length(model, input.len())?;
        let front = [&mut self.front[..]];
        let back = [&mut self.back[..]];
        let [logits] = walk(model, &mut &*prepared, Source::Caller([input]), front, back);
        Ok(Inference::from_bytes(logits))
    }

    /// Both activation buffers, for runners that hold several engines.
    #[cfg(not(target_os = "none"))]
    pub(crate) fn buffers(&mut self) -> (&mut [u8], &mut [u8]) {
        (&mut self.front, &mut self.back)
    }
}

/// Bytes of RAM an [`Engine`] `max_width` wide occupies on the target this
/// crate is built for: `size_of::<Engine<max_width>>()`, which is two buffers
/// of `max_width` bytes plus the kernel's scratch ([`crate::cost::Target::ram_bytes`]
/// gives the figure for any target).
///
/// ```
/// assert_eq!(stitch_core::engine_ram_bytes(64), core::mem::size_of::<stitch_core::Engine<64>>());
/// ```
pub const fn engine_ram_bytes(max_width: usize) -> usize {
    crate::cost::Target::THIS.ram_bytes(max_width)
}

/// Stores int8 `input` as the bytes the kernels read (`q + 128`, the sign
/// bit flipped). Not generic and never inlined: compiled once, whatever the
/// engine's capacity, so its cost follows from the length alone.
#[inline(never)]
fn to_input_bytes(input: &[i8], bytes: &mut [u8]) {
    let input: &[u8] = bytemuck::cast_slice(input);
    let Some(bytes) = bytes.get_mut(..input.len()) else {
        return;
    };
    // ARMv6-M has no unaligned word access: a byte at a time there; a word
    // at a time elsewhere, four sign bits in one `EOR`.
    let (input_words, input_rest) = if cfg!(stitch_thumbv6) {
        (&[][..], input)
    } else {
        input.as_chunks::<4>()
    };
    // Never panics: `input_rest` is a suffix of `input`, which is as long as
    // `bytes` (the panic-never firmware links only if the optimizer agrees).
    let (words, rest) = bytes.split_at_mut(input.len() - input_rest.len());
    for (x, q) in words.as_chunks_mut::<4>().0.iter_mut().zip(input_words) {
        *x = (u32::from_ne_bytes(*q) ^ 0x8080_8080).to_ne_bytes();
    }
    for (x, &q) in rest.iter_mut().zip(input_rest) {
        *x = q ^ 0x80;
    }
}

/// `MAX_WIDTH`, hidden from the optimizer: comparing with a register costs
/// the same for every capacity, where an immediate's encoding would vary by
/// an instruction (`crate::cost` predicts the count from the model alone).
#[inline(always)]
fn capacity<const MAX_WIDTH: usize>() -> usize {
    black_box(MAX_WIDTH)
}

/// `needed` values fit buffers of `capacity`. A graph model needs
/// `usize::MAX` ([`Model::engine_width`]): no engine holds it, and only the
/// error path tells it from a wide chain, so the check costs the inference
/// one comparison.
pub(crate) fn fits(needed: usize, capacity: usize) -> Result<(), Error> {
    if needed > capacity {
        return Err(if needed == usize::MAX {
            Error::GraphModel
        } else {
            Error::Capacity { needed, capacity }
        });
    }
    Ok(())
}

/// An input of `found` values is one of `model`.
pub(crate) fn length(model: &Model<'_>, found: usize) -> Result<(), Error> {
    // Written out rather than `Error::expect_len`: that form compiles to two
    // more instructions per inference on the Cortex-M4 (`crate::cost` counts).
    if found != model.chain_input_len() {
        return Err(Error::Length {
            expected: model.chain_input_len(),
            found,
        });
    }
    Ok(())
}

/// A way to run one dense layer on `LANES` inputs at once.
pub(crate) trait Kernel<const LANES: usize> {
    /// Runs layer `index` of the model: `inputs` are its input bytes,
    /// `outputs` as long as its output; `last` says they are the model's.
    fn dense(
        &mut self,
        index: usize,
        layer: &Layer<'_>,
        inputs: [&[u8]; LANES],
        outputs: [&mut [u8]; LANES],
        last: bool,
    );
}

/// The weights in the model file itself (the only choice on a microcontroller),
/// and the scratch this target's kernel works in.
struct FileLayout<'s>(kernels::ScratchMut<'s>);

impl Kernel<1> for FileLayout<'_> {
    #[inline(always)]
    fn dense(
        &mut self,
        _: usize,
        layer: &Layer<'_>,
        [input]: [&[u8]; 1],
        [output]: [&mut [u8]; 1],
        last: bool,
    ) {
        kernels::dense::<false>(layer, input, output, last, &mut self.0);
    }
}

/// Where the first layer's input is.
pub(crate) enum Source<'i, const LANES: usize> {
    /// In the caller's memory, read in place.
    Caller([&'i [u8]; LANES]),
    /// Already in the `front` buffers (int8 input, copied and flipped).
    Front,
}

/// Runs every layer of `model` with `kernel`: layer 0 reads `source`, each
/// layer writes `back` and the buffers swap, so each layer reads what the
/// one before wrote. Returns the last layer's outputs. The buffers must hold
/// the model's widest layer (the callers check).
#[inline(never)]
pub(crate) fn walk<'b, K: Kernel<LANES>, const LANES: usize>(
    model: &Model<'_>,
    kernel: &mut K,
    source: Source<'_, LANES>,
    mut front: [&'b mut [u8]; LANES],
    mut back: [&'b mut [u8]; LANES],
) -> [&'b [u8]; LANES] {
    let layers = model.layers();
    let mut width = model.chain_input_len();
    // The caller's input, taken by the first layer.
    let mut caller = match source {
        Source::Caller(inputs) => Some(inputs),
        Source::Front => None,
    };
    for (index, layer) in layers.iter().enumerate() {
        let out_len = layer.dense_out_len();
        let outputs = back
            .each_mut()
            .map(|buffer| buffer.get_mut(..out_len).unwrap_or(&mut []));
        let inputs = caller.take().unwrap_or_else(|| {
            front
                .each_ref()
                .map(|buffer| buffer.get(..width).unwrap_or(&[]))
        });
        kernel.dense(index, layer, inputs, outputs, index + 1 == layers.len());
        width = out_len;
        core::mem::swap(&mut front, &mut back);
    }
    front.map(|buffer: &'b mut [u8]| {
        let written: &'b [u8] = buffer;
        written.get(..width).unwrap_or(&[])
    })
}
