//! PNG output for the pictures: plotters draws into an in-memory RGB buffer,
//! the `image` crate encodes it, and [`crate::atomic`] writes it, so a PNG is
//! never half-written.
//!
//! Text uses DejaVu Sans, compiled into the binary (`assets/`), so pictures
//! look the same everywhere and builds need no system fonts. It is laid out by
//! [`Backend`] with ab_glyph directly: plotters' own ab_glyph text rendering
//! ignores each glyph's side bearing, which makes letters collide.

use std::path::Path;
use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};
use image::ImageEncoder;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::FontStyle;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};

use crate::error::Error;

/// The font family every picture uses for text.
pub const FONT: &str = "sans-serif";

static FONT_BYTES: &[u8] = include_bytes!("../../assets/DejaVuSans.ttf");

/// The embedded font, parsed once.
fn font() -> Result<&'static FontRef<'static>, String> {
    static FONT_REF: OnceLock<Option<FontRef<'static>>> = OnceLock::new();
    FONT_REF
        .get_or_init(|| {
            // plotters measures some text itself, so it gets the font too.
            let registered = plotters::style::register_font(FONT, FontStyle::Normal, FONT_BYTES)
                .is_ok()
                && plotters::style::register_font(FONT, FontStyle::Bold, FONT_BYTES).is_ok();
            FontRef::try_from_slice(FONT_BYTES)
                .ok()
                .filter(|_| registered)
        })
        .as_ref()
        .ok_or_else(|| "the embedded font could not be loaded".to_string())
}

/// plotters' bitmap backend, with text drawn by ab_glyph (see module docs).
pub struct Backend<'a> {
    inner: BitMapBackend<'a>,
    font: &'static FontRef<'static>,
}

type BitmapError = <BitMapBackend<'static> as DrawingBackend>::ErrorType;

/// Lays out `text` at pixel size `size`: calls `glyph(x, y, coverage)` for
/// every covered pixel, with (0, 0) the top left of the line box; returns
/// the box's width and height.
fn layout(
    font: &FontRef<'static>,
    size: f64,
    text: &str,
    mut glyph: impl FnMut(i32, i32, f32),
) -> (i32, i32) {
    let scaled = font.as_scaled(PxScale::from(size as f32));
    let ascent = scaled.ascent();
    let mut caret = 0.0f32;
    let mut previous = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(previous) = previous {
            caret += scaled.kern(previous, id);
        }
        previous = Some(id);
        let positioned = id.with_scale_and_position(scaled.scale(), ab_glyph::point(caret, ascent));
        if let Some(outline) = scaled.outline_glyph(positioned) {
            let bounds = outline.px_bounds();
            outline.draw(|x, y, coverage| {
                glyph(
                    bounds.min.x as i32 + x as i32,
                    bounds.min.y as i32 + y as i32,
                    coverage,
                )
            });
        }
        caret += scaled.h_advance(id);
    }
    (
        caret.ceil() as i32,
        (ascent - scaled.descent()).ceil() as i32,
    )
}

impl DrawingBackend for Backend<'_> {
    type ErrorType = BitmapError;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.inner.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.inner.fill_polygon(vert, style)
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        (iw, ih): (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        self.inner.blit_bitmap(pos, (iw, ih), src)
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<BitmapError>> {
        let (w, h) = layout(self.font, style.size(), text, |_, _, _| {});
        Ok((w.max(0) as u32, h.max(0) as u32))
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<BitmapError>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let mut pixels = Vec::new();
        let (width, height) = layout(self.font, style.size(), text, |x, y, coverage| {
            pixels.push((x, y, coverage))
        });
        let anchor = style.anchor();
        let dx = match anchor.h_pos {
            HPos::Left => 0,
            HPos::Center => -width / 2,
            HPos::Right => -width,
        };
        let dy = match anchor.v_pos {
            VPos::Top => 0,
            VPos::Center => -height / 2,
            VPos::Bottom => -height,
        };
        let transform = style.transform();
        for (x, y, coverage) in pixels {
            let (x, y) = transform.transform(x + dx, y + dy);
            let alpha = color.alpha * f64::from(coverage.clamp(0.0, 1.0));
            if alpha > 0.0 {
                self.inner.draw_pixel(
                    (pos.0 + x, pos.1 + y),
                    BackendColor {
                        alpha,
                        rgb: color.rgb,
                    },
                )?;
            }
        }
        Ok(())
    }
}

/// A drawing area over an in-memory RGB bitmap.
pub type Canvas<'a> = DrawingArea<Backend<'a>, Shift>;

/// What drawing code returns; plotters' errors become text.
pub type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// Draws a `width` x `height` picture on white with `draw` and returns it as
/// PNG bytes.
pub fn render<F>(width: u32, height: u32, draw: F) -> Result<Vec<u8>, String>
where
    F: FnOnce(&Canvas<'_>) -> DrawResult,
{
    let font = font()?;
    let mut rgb = vec![255u8; width as usize * height as usize * 3];
    {
        let inner = BitMapBackend::with_buffer(&mut rgb, (width, height));
        let root = Backend { inner, font }.into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        draw(&root).map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    encode_rgb(&rgb, width, height)
}

/// Encodes 8-bit RGB pixels as PNG.
pub fn encode_rgb(rgb: &[u8], width: u32, height: u32) -> Result<Vec<u8>, String> {
    let mut png = Vec::new();
    image::codecs::png::PngEncoder::new(&mut png)
        .write_image(rgb, width, height, image::ExtendedColorType::Rgb8)
        .map_err(|e| e.to_string())?;
    Ok(png)
}

/// [`render`]s a picture and writes it to `path` atomically.
pub fn write<F>(path: &Path, width: u32, height: u32, draw: F) -> Result<(), Error>
where
    F: FnOnce(&Canvas<'_>) -> DrawResult,
{
    // Fail on a bad destination before drawing anything.
    crate::atomic::ensure_writable(path)?;
    let png = render(width, height, draw)
        .map_err(|e| Error::write(path, std::io::Error::other(format!("drawing failed: {e}"))))?;
    crate::atomic::write_bytes(path, &png)
}

/// A text style in the embedded font.
pub fn text(size: f64, color: &RGBColor) -> TextStyle<'static> {
    TextStyle {
        color: color.to_backend_color(),
        ..TextStyle::from((FONT, size).into_font())
    }
}

/// Grey level `v` as a colour.
pub fn grey(v: u8) -> RGBColor {
    RGBColor(v, v, v)
}
