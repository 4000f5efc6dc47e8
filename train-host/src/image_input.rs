//! `stitch predict --image`: turning a PNG or PGM file into the 28x28
//! light-on-dark greyscale pixels the model was trained on.
//!
//! A 28x28 greyscale image is used exactly as it is. Anything else is
//! converted, and every step is recorded in [`InputImage::steps`] so the CLI
//! can say exactly what it did: flattened to greyscale (alpha composited over
//! white), inverted if the picture is dark-on-light (the median of its border
//! is brighter than mid-grey; Fashion-MNIST items are light on black),
//! resized so that the longer side is 28 pixels (aspect ratio kept), and
//! padded to 28x28 with the background value.
//!
//! Hostile or broken files are refused with an error naming the file, never a
//! panic: empty files, files that are not PNG/PGM, truncated or corrupt data,
//! and absurd sizes (checked from the header BEFORE decoding, and again by
//! the decoder's own limits).

use std::io::{Cursor, ErrorKind};
use std::path::Path;

use image::{DynamicImage, GrayImage, ImageFormat, ImageReader, Limits};

use crate::data::{COLS, PIXELS, ROWS};
use crate::error::Error;

/// Largest accepted width or height, in pixels.
pub const MAX_SIDE: u32 = 8192;
/// Largest accepted number of pixels (64 Mpixel).
pub const MAX_PIXELS: u64 = 64 * 1024 * 1024;
/// Largest accepted file size: reading stops there (a device or a pipe
/// reports no size, so the cap is on what is read).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// Most bytes the decoder may allocate.
const MAX_ALLOC: u64 = 512 * 1024 * 1024;
/// A border brighter than this (median, 0..=255) means dark-on-light: invert.
pub const INVERT_THRESHOLD: f64 = 127.0;

/// An image ready for the model, and what was done to get it.
#[derive(Debug, Clone, PartialEq)]
pub struct InputImage {
    /// 784 pixels, row-major, 0 = black background.
    pub pixels: Vec<u8>,
    /// The file's format (`"PNG"` or `"PGM"`/`"PNM"`).
    pub format: &'static str,
    /// Width and height of the file's image.
    pub original_size: (u32, u32),
    /// The file's colour type, e.g. `"L8"`, `"Rgb8"`, `"Rgba16"`.
    pub original_color: String,
    /// Human-readable conversion steps; empty if the image was used as is.
    pub steps: Vec<String>,
    /// Whether the image was inverted (dark-on-light input).
    pub inverted: bool,
}

impl InputImage {
    /// True if the file was already a 28x28 8-bit greyscale image.
    pub fn used_as_is(&self) -> bool {
        self.steps.is_empty()
    }
}

fn refuse(path: &Path, problem: impl Into<String>) -> Error {
    Error::read(
        path,
        std::io::Error::new(ErrorKind::InvalidData, problem.into()),
    )
}

/// Reads `path` (PNG or PGM/PNM) and converts it to model input.
pub fn load(path: &Path) -> Result<InputImage, Error> {
    let meta = std::fs::metadata(path).map_err(|e| Error::read(path, e))?;
    if meta.is_dir() {
        return Err(Error::read(
            path,
            std::io::Error::other("it is a directory"),
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(refuse(
            path,
            format!(
                "file is {} bytes; images larger than {} MiB are refused",
                meta.len(),
                MAX_FILE_BYTES >> 20
            ),
        ));
    }
    let bytes = crate::files::read_capped(path, MAX_FILE_BYTES)?;
    decode(path, &bytes)
}

/// [`load`] on bytes already in memory; `path` is only used in messages.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<InputImage, Error> {
    if bytes.is_empty() {
        return Err(refuse(
            path,
            "the file is empty (expected a PNG or PGM image)",
        ));
    }
    // The decoder enforces the same limits again (and caps its allocations),
    // but only after `check_size` has given the clearer message.
    let reader = || -> Result<ImageReader<Cursor<&[u8]>>, Error> {
        let mut reader = ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|e| Error::read(path, e))?;
        let mut limits = Limits::default();
        limits.max_alloc = Some(MAX_ALLOC);
        reader.limits(limits);
        Ok(reader)
    };
    let format = match reader()?.format() {
        Some(ImageFormat::Png) => "PNG",
        Some(ImageFormat::Pnm) => "PGM/PNM",
        Some(other) => {
            return Err(refuse(
                path,
                format!("{other:?} images are not supported (use PNG or PGM)"),
            ))
        }
        None => return Err(refuse(path, "not a PNG or PGM image")),
    };
    // The header alone: refuse absurd sizes before allocating anything.
    let (width, height) = reader()?
        .into_dimensions()
        .map_err(|e| refuse(path, format!("not a readable {format} image: {e}")))?;
    check_size(path, width, height)?;
    let mut decoder = reader()?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    decoder.limits(limits);
    let decoded = decoder
        .decode()
        .map_err(|e| refuse(path, format!("cannot decode {format} image: {e}")))?;
    let mut out = convert(&decoded);
    out.format = format;
    Ok(out)
}

/// Fewest pixels per side of a picture worth classifying.
pub const MIN_SIDE: u32 = 8;

fn check_size(path: &Path, width: u32, height: u32) -> Result<(), Error> {
    if width == 0 || height == 0 {
        return Err(refuse(path, format!("image is {width}x{height}: empty")));
    }
    if width < MIN_SIDE || height < MIN_SIDE {
        return Err(refuse(
            path,
            format!(
                "image is {width}x{height}: too small to show a {COLS}x{ROWS} item (at least {MIN_SIDE} pixels per side)"
            ),
        ));
    }
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(refuse(
            path,
            format!(
                "image is {width}x{height}; at most {MAX_SIDE} pixels per side and {} Mpixel are accepted",
                MAX_PIXELS >> 20
            ),
        ));
    }
    Ok(())
}

/// Converts a decoded image to model input (see the module documentation).
pub fn convert(image: &DynamicImage) -> InputImage {
    let (width, height) = (image.width(), image.height());
    let color = format!("{:?}", image.color());
    let mut steps = Vec::new();
    // One rule for every colour type and size: flatten to grey, invert a
    // dark-on-light picture, fit, pad (a 28x28 light-on-dark greyscale
    // image, a Fashion-MNIST one, goes through unchanged).
    let mut grey = to_grey(image, &mut steps);
    let border = border_median(&grey);
    let inverted = f64::from(border) > INVERT_THRESHOLD;
    if inverted {
        image::imageops::invert(&mut grey);
        steps.push(format!(
            "inverted: dark-on-light (border median {border} > {INVERT_THRESHOLD:.0}), Fashion-MNIST is light-on-dark"
        ));
    }
    let background = border_median(&grey);

    // Fit the longer side to 28, keep the aspect ratio.
    let longer = width.max(height);
    let fit = |side: u32| -> u32 {
        ((u64::from(side) * ROWS as u64 + u64::from(longer) / 2) / u64::from(longer))
            .clamp(1, ROWS as u64) as u32
    };
    let (new_w, new_h) = (fit(width), fit(height));
    if (new_w, new_h) != (width, height) {
        grey = image::imageops::resize(&grey, new_w, new_h, image::imageops::FilterType::Triangle);
        steps.push(format!(
            "resized {width}x{height} to {new_w}x{new_h} (longer side to {ROWS}, aspect ratio kept, bilinear/area filter)"
        ));
    }
    if (new_w as usize, new_h as usize) != (COLS, ROWS) {
        let mut canvas = GrayImage::from_pixel(COLS as u32, ROWS as u32, image::Luma([background]));
        let x = (COLS as u32 - new_w) / 2;
        let y = (ROWS as u32 - new_h) / 2;
        image::imageops::replace(&mut canvas, &grey, i64::from(x), i64::from(y));
        grey = canvas;
        steps.push(format!(
            "padded {new_w}x{new_h} to {COLS}x{ROWS}, centred, with the background value {background}"
        ));
    }
    let pixels = grey.into_raw();
    debug_assert_eq!(pixels.len(), PIXELS);
    InputImage {
        pixels,
        format: "",
        original_size: (width, height),
        original_color: color,
        steps,
        inverted,
    }
}

/// Flattens any colour type to 8-bit greyscale, recording what it did.
fn to_grey(image: &DynamicImage, steps: &mut Vec<String>) -> GrayImage {
    let color = image.color();
    if color.has_alpha() {
        // Composite over white: transparent areas become background.
        let rgba = image.to_rgba8();
        let mut flat = GrayImage::new(image.width(), image.height());
        for (dst, src) in flat.pixels_mut().zip(rgba.pixels()) {
            let [r, g, b, a] = src.0;
            let luma = luma_u8(r, g, b);
            let a = f32::from(a) / 255.0;
            dst.0[0] = (f32::from(luma) * a + 255.0 * (1.0 - a)).round() as u8;
        }
        steps.push(format!("composited {color:?} over white (alpha dropped)"));
        if color.has_color() {
            steps.push("converted colour to greyscale (Rec. 709 luma)".into());
        }
        return flat;
    }
    if color.has_color() {
        steps.push(format!("converted {color:?} to greyscale (Rec. 709 luma)"));
    } else if color != image::ColorType::L8 {
        steps.push(format!("converted {color:?} to 8-bit greyscale"));
    }
    image.to_luma8()
}

/// The same weights `image`'s own `to_luma8` uses (Rec. 709).
fn luma_u8(r: u8, g: u8, b: u8) -> u8 {
    let l = 0.2126 * f32::from(r) + 0.7152 * f32::from(g) + 0.0722 * f32::from(b);
    l.round().clamp(0.0, 255.0) as u8
}

/// Median of the outermost ring of pixels: the background, even where the
/// item touches the edge.
fn border_median(image: &GrayImage) -> u8 {
    let (w, h) = image.dimensions();
    let mut histogram = [0u64; 256];
    let mut n = 0u64;
    for (x, y, p) in image.enumerate_pixels() {
        if x == 0 || y == 0 || x + 1 == w || y + 1 == h {
            histogram[usize::from(p.0[0])] += 1;
            n += 1;
        }
    }
    let mut seen = 0u64;
    for (value, &count) in histogram.iter().enumerate() {
        seen += count;
        if 2 * seen > n {
            return value as u8;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageEncoder, Rgb, RgbImage};

    fn png(image: &DynamicImage) -> Vec<u8> {
        let mut out = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .expect("encode png");
        out
    }

    fn item() -> GrayImage {
        // A light rectangle on black, like a Fashion-MNIST item.
        GrayImage::from_fn(28, 28, |x, y| {
            image::Luma([if (6..22).contains(&x) && (2..26).contains(&y) {
                200
            } else {
                0
            }])
        })
    }

    #[test]
    fn grey_28x28_is_used_as_is() {
        let g = item();
        let out = decode(
            Path::new("a.png"),
            &png(&DynamicImage::ImageLuma8(g.clone())),
        )
        .unwrap();
        assert!(out.used_as_is());
        assert_eq!(out.pixels, g.into_raw());
        assert_eq!(out.format, "PNG");
    }

    #[test]
    fn rgb_and_upscaled_and_dark_on_light_are_converted() {
        let g = item();
        let rgb = RgbImage::from_fn(28, 28, |x, y| {
            let v = g.get_pixel(x, y).0[0];
            Rgb([v, v, v])
        });
        let out = convert(&DynamicImage::ImageRgb8(rgb));
        assert_eq!(out.pixels, g.clone().into_raw());
        assert_eq!(out.steps.len(), 1, "{:?}", out.steps);

        let big = image::imageops::resize(&g, 56, 56, image::imageops::FilterType::Nearest);
        let out = convert(&DynamicImage::ImageLuma8(big));
        assert_eq!(out.pixels.len(), PIXELS);
        assert!(
            out.steps[0].starts_with("resized 56x56 to 28x28"),
            "{:?}",
            out.steps
        );

        let mut light = g.clone();
        image::imageops::invert(&mut light);
        let wide = image::imageops::resize(&light, 56, 28, image::imageops::FilterType::Nearest);
        let out = convert(&DynamicImage::ImageLuma8(wide));
        assert!(out.inverted);
        assert_eq!(out.pixels.len(), PIXELS);
        // 56x28 fits to 28x14, padded with black top and bottom.
        assert_eq!(out.pixels[0], 0);
        assert_eq!(out.pixels[PIXELS - 1], 0);
        assert!(
            out.steps.iter().any(|s| s.starts_with("padded 28x14")),
            "{:?}",
            out.steps
        );
    }

    /// The same dark-on-light 28x28 picture, greyscale or RGB: the same
    /// rule, the same pixels (inverted either way).
    #[test]
    fn one_rule_for_every_colour_type() {
        let mut light = item();
        image::imageops::invert(&mut light);
        let rgb = RgbImage::from_fn(28, 28, |x, y| {
            let v = light.get_pixel(x, y).0[0];
            Rgb([v, v, v])
        });
        let grey = convert(&DynamicImage::ImageLuma8(light.clone()));
        let colour = convert(&DynamicImage::ImageRgb8(rgb));
        assert!(grey.inverted && colour.inverted);
        assert_eq!(grey.pixels, colour.pixels);
        assert_eq!(grey.pixels, item().into_raw());
    }

    /// 1x1 or 28x1 pictures mean nothing at 28x28: refused with the reason.
    #[test]
    fn too_small_pictures_are_refused() {
        for (w, h) in [(1, 1), (28, 1), (7, 28)] {
            let tiny = GrayImage::from_pixel(w, h, image::Luma([200]));
            let err = decode(Path::new("tiny.png"), &png(&DynamicImage::ImageLuma8(tiny)))
                .expect_err("too small");
            assert!(err.to_string().contains("too small"), "{err}");
        }
    }

    #[test]
    fn broken_files_are_refused_naming_the_file() {
        let p = Path::new("dir/bad.png");
        let full = png(&DynamicImage::ImageLuma8(item()));
        for (bytes, needle) in [
            (&b""[..], "empty"),
            (b"hello, world\n", "not a PNG or PGM"),
            (&full[..full.len() / 2], "decode"),
            (&full[..20], "PNG"),
        ] {
            let err = decode(p, bytes).expect_err("must refuse").to_string();
            assert!(err.contains("dir/bad.png") && err.contains(needle), "{err}");
        }
    }

    #[test]
    fn absurd_sizes_are_refused_before_decoding() {
        // A valid PNG header claiming 100000x1 pixels, with no pixel data.
        let mut header = Vec::new();
        image::codecs::png::PngEncoder::new(&mut header)
            .write_image(&[0u8; 9000], 9000, 1, image::ExtendedColorType::L8)
            .expect("encode");
        let err = decode(Path::new("wide.png"), &header)
            .expect_err("too wide")
            .to_string();
        assert!(err.contains("9000x1") && err.contains("wide.png"), "{err}");
        // PGM header only: 8000x8000 = 64 Mpixel minus a bit is fine by side,
        // but 8192x8193 exceeds the side limit.
        let pgm = b"P5\n8192 8193\n255\n";
        let err = decode(Path::new("big.pgm"), pgm)
            .expect_err("too big")
            .to_string();
        assert!(err.contains("8192x8193"), "{err}");
    }
}
