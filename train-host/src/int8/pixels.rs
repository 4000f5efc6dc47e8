//! Fashion-MNIST images as the input of any model that classifies them.
//!
//! The tutorial feeds its float network `pixel / 255`; a model's int8 input
//! is that value quantized with the model's input scale and zero point, as
//! TFLite's `QUANTIZE` does. For a model stitch trained (scale 1/255, zero
//! point -128) that is `pixel - 128`, and the engine reads the pixels in
//! place; an imported model may quantize its input otherwise, and then every
//! pixel goes through a 256-entry table.

use std::path::Path;

use stitch_core::Model;

use crate::data::{pixel_value, CLASSES, PIXELS};
use crate::error::Error;

/// How the pixels of an image become the bytes `q + 128` a model reads.
#[derive(Debug, Clone)]
pub struct PixelInput {
    /// `table[p]` is the input byte for pixel `p`; `None` when it is `p` itself.
    table: Option<[u8; 256]>,
}

impl PixelInput {
    /// The mapping for `model`, after checking that it classifies
    /// Fashion-MNIST images: 784 inputs and 10 classes (`path` names it in
    /// the error).
    pub fn for_classifier(model: &Model<'_>, path: &Path) -> Result<PixelInput, Error> {
        if model.input_len() != PIXELS {
            return Err(Error::model(
                path,
                format!(
                    "takes {} input values ({}); Fashion-MNIST images have {PIXELS} (28x28)",
                    model.input_len(),
                    shape(model.input_shape())
                ),
            ));
        }
        let classes = model.class_names().len();
        if classes != CLASSES {
            let what = if classes == 0 {
                format!("{} output values and no classes", model.output_len())
            } else {
                format!("{classes} classes")
            };
            return Err(Error::model(
                path,
                format!("has {what}; Fashion-MNIST has {CLASSES}"),
            ));
        }
        Ok(PixelInput::new(model))
    }

    /// The mapping for `model`'s input quantization.
    pub fn new(model: &Model<'_>) -> PixelInput {
        let quantization = model.input_quantization();
        let table: [u8; 256] = std::array::from_fn(|p| {
            let q = quantization.quantize(pixel_value(p as u8));
            (q as u8) ^ 0x80
        });
        let identity = table.iter().enumerate().all(|(p, &x)| usize::from(x) == p);
        PixelInput {
            table: (!identity).then_some(table),
        }
    }

    /// The input bytes for `pixels`: borrowed when they are the pixels themselves.
    pub fn bytes<'p>(&self, pixels: &'p [u8]) -> std::borrow::Cow<'p, [u8]> {
        match &self.table {
            None => std::borrow::Cow::Borrowed(pixels),
            Some(table) => pixels.iter().map(|&p| table[usize::from(p)]).collect(),
        }
    }

    /// Whether the pixels are read as they are.
    pub fn is_identity(&self) -> bool {
        self.table.is_none()
    }
}

/// `28x28` for a shape.
pub fn shape(dimensions: &[u32]) -> String {
    let parts: Vec<String> = dimensions.iter().map(u32::to_string).collect();
    parts.join("x")
}
