//! [`Model`]: a validated, zero-copy view of a model file.

mod graph;
mod io;
mod layer;
mod operator;
mod validate;

pub use io::{ClassNames, Origin, OutputMeaning, Quantization};
pub use layer::Channel;
pub use operator::LayerKind;

use crate::error::Error;
use crate::format::{self, Head, InputRecord, Layer, OriginRecord, OutputRecord, MAX_LAYERS};
use operator::LayerKind as Kind;

/// A model read from bytes: every slice borrows from them, nothing is copied.
///
/// The only way to get one is [`Model::from_bytes`], which checks everything
/// the engine relies on, so inference on a `Model` cannot fail on its data.
///
/// ```
/// # let bytes: &[u8] = stitch_core::include_model!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tiny.stitch"));
/// let model = stitch_core::Model::from_bytes(&bytes)?;
/// assert_eq!(model.input_len(), 4);
/// assert_eq!(model.class_names().collect::<Vec<_>>(), ["no", "yes"]);
/// # Ok::<(), stitch_core::Error>(())
/// ```
#[derive(Debug, Clone)]
// In this order (`repr(C)`): what every inference reads sits before the
// layers, at offsets a Cortex-M load encodes in one instruction.
#[repr(C)]
pub struct Model<'a> {
    /// What an [`Engine`](crate::Engine) must hold: the widest layer for a
    /// chain, `usize::MAX` (no engine) for a graph.
    engine_width: usize,
    /// The widest layer output, found once by validation.
    max_width: usize,
    /// Bytes of arena a graph model's plan needs; 0 for a chain.
    arena_bytes: usize,
    crc: u32,
    name: &'a str,
    origin: Option<OriginRecord<'a>>,
    input: InputRecord,
    output: OutputRecord<'a>,
    layers: heapless::Vec<Layer<'a>, MAX_LAYERS>,
}

impl<'a> Model<'a> {
    /// Reads and validates a model file: magic, version, CRC, body, then every
    /// shape and range the engine relies on.
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Self, Error> {
        let (body, crc) = format::checked_body(bytes, format::VERSION)?;
        let (head, mut rest) =
            postcard::take_from_bytes::<Head<'a>>(body).map_err(|_| Error::Malformed)?;
        if head.layer_count > MAX_LAYERS as u64 {
            return Err(Error::LayerCount {
                found: usize::try_from(head.layer_count).unwrap_or(usize::MAX),
            });
        }
        // Built once, its layers read into it one by one, completed in
        // place: a model is kilobytes (32 layers), and each copy would sit on
        // a small chip's stack.
        let mut model = Model {
            crc,
            name: head.name,
            origin: head.origin,
            input: head.input,
            output: head.output,
            layers: heapless::Vec::new(),
            max_width: 0,
            arena_bytes: 0,
            engine_width: 0,
        };
        for _ in 0..head.layer_count {
            let (layer, next) =
                postcard::take_from_bytes::<Layer<'a>>(rest).map_err(|_| Error::Malformed)?;
            model.layers.push(layer).map_err(|_| Error::Malformed)?;
            rest = next;
        }
        if !rest.is_empty() {
            return Err(Error::TrailingBytes);
        }
        validate::alignment(bytes, &model.layers)?;
        model.arena_bytes = validate::model(&model)?;
        model.max_width = model.layers.iter().map(Layer::out_len).max().unwrap_or(0);
        model.engine_width = if model.is_graph() {
            usize::MAX
        } else {
            model.max_width
        };
        Ok(model)
    }

    /// Whether the model is a graph of convolutional (and pooling, `ADD`,
    /// fully connected) layers, run with an arena by
    /// [`graph::infer`](crate::graph::infer); otherwise it is a chain of
    /// dense layers, run on an [`Engine`](crate::Engine).
    pub fn is_graph(&self) -> bool {
        self.layers
            .first()
            .is_some_and(|first| first.kind() != Kind::Dense)
    }

    /// Bytes of the arena a graph model runs in: every tensor at the offset
    /// the file records, planned when it was written so that tensors alive
    /// at the same time never share bytes. 0 for a chain.
    pub fn arena_bytes(&self) -> usize {
        self.arena_bytes
    }

    /// The model's name.
    pub fn name(&self) -> &'a str {
        self.name
    }

    /// The CRC-32 stored in (and checked against) the file.
    pub fn crc(&self) -> u32 {
        self.crc
    }

    /// The file the model was imported from, if it was imported.
    pub fn origin(&self) -> Option<Origin<'a>> {
        self.origin.map(|o| Origin {
            source: o.source,
            sha256: o.sha256,
        })
    }

    /// The input's shape, read flattened (row-major): `[28, 28]` for an image.
    pub fn input_shape(&self) -> &[u32] {
        &self.input.shape
    }

    /// Number of int8 input values: the product of the shape.
    pub fn input_len(&self) -> usize {
        self.layers.first().map_or(0, Layer::in_len)
    }

    /// The input's quantization: value `q` means `scale * (q - zero_point)`.
    /// For pixels / 255 it is scale 1/255, zero point -128: pixel `p` is `p - 128`.
    pub fn input_quantization(&self) -> Quantization {
        Quantization {
            scale: self.input.scale,
            zero_point: self.input.zero_point,
        }
    }

    /// [`Model::input_len`] of a chain, as the engine reads it (see
    /// [`Layer::dense_in_len`]).
    #[inline(always)]
    pub(crate) fn chain_input_len(&self) -> usize {
        self.layers.first().map_or(0, Layer::dense_in_len)
    }

    /// The layers, first to last.
    pub fn layers(&self) -> &[Layer<'a>] {
        &self.layers
    }

    /// Number of outputs of the last layer.
    pub fn output_len(&self) -> usize {
        self.layers.last().map_or(0, Layer::out_len)
    }

    /// The last layer's output quantization.
    pub fn output_quantization(&self) -> Quantization {
        self.layers
            .last()
            .map_or(Quantization::default(), Layer::output_quantization)
    }

    /// What the outputs mean: logits of named classes, or values.
    pub fn output_meaning(&self) -> OutputMeaning {
        match self.output {
            OutputRecord::Classes { .. } => OutputMeaning::Classes,
            OutputRecord::Values => OutputMeaning::Values,
        }
    }

    /// The class names, one per output; none for a model of values.
    pub fn class_names(&self) -> ClassNames<'a> {
        match self.output {
            OutputRecord::Classes { names } => ClassNames::new(names, self.output_len()),
            OutputRecord::Values => ClassNames::new("", 0),
        }
    }

    /// The name of class `index`, if the model has classes and `index` is one.
    pub fn class_name(&self, index: usize) -> Option<&'a str> {
        self.class_names().nth(index)
    }

    /// The widest layer output: for a chain, the `MAX_WIDTH` an
    /// [`Engine`](crate::Engine) needs to run it on input it reads in place
    /// ([`Engine::infer`](crate::Engine::infer)).
    pub fn max_width(&self) -> usize {
        self.max_width
    }

    /// The width an [`Engine`](crate::Engine) must hold to run the model:
    /// [`Model::max_width`] for a chain, `usize::MAX` for a graph.
    pub(crate) fn engine_width(&self) -> usize {
        self.engine_width
    }

    /// Bytes of RAM the activation buffers of an [`Engine`](crate::Engine)
    /// sized for this chain occupy ([`crate::engine_ram_bytes`] of
    /// [`Model::max_width`]); the stack comes on top. A graph runs in
    /// [`Model::arena_bytes`] instead.
    pub fn ram_bytes(&self) -> usize {
        crate::engine_ram_bytes(self.max_width())
    }
}
