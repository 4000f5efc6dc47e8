//! The PNG pictures: one image with a colour bar (`stitch show`, the Keras
//! tutorial's `plt.imshow` + `plt.colorbar()`), training curves, a confusion
//! matrix heat map, and a grid of misclassified images.
//!
//! Every function writes its PNG atomically and returns the picture's size.

use std::path::Path;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::png::{self, grey, text, Canvas, DrawResult};
use crate::data::CLASSES;
use crate::error::Error;
use crate::history::EpochStats;

fn anchored(style: TextStyle<'static>, h: HPos, v: VPos) -> TextStyle<'static> {
    style.pos(Pos::new(h, v))
}

/// Draws `pixels` (row-major, `width` per row, 0 = black) with `scale` x
/// `scale` squares per pixel, top left at `(x, y)`.
fn draw_pixels(
    area: &Canvas<'_>,
    pixels: &[u8],
    width: usize,
    (x, y): (i32, i32),
    scale: i32,
) -> DrawResult {
    for (i, &v) in pixels.iter().enumerate() {
        let (col, row) = ((i % width) as i32, (i / width) as i32);
        let (px, py) = (x + col * scale, y + row * scale);
        area.draw(&Rectangle::new(
            [(px, py), (px + scale, py + scale)],
            grey(v).filled(),
        ))?;
    }
    Ok(())
}

/// `stitch show`: the image upscaled `scale` times (nearest neighbour), with
/// pixel-coordinate ticks, the class name as a title, and a greyscale colour
/// bar with ticks 0..250 beside it. Returns the PNG's `(width, height)`.
pub fn show_image(
    pixels: &[u8],
    width: usize,
    title: &str,
    path: &Path,
) -> Result<(u32, u32), Error> {
    const SCALE: i32 = 10;
    let width = width.max(1);
    let height = pixels.len().div_ceil(width);
    let (img_w, img_h) = (width as i32 * SCALE, height as i32 * SCALE);
    let (left, top) = (44, 44);
    let bar_x = left + img_w + 24;
    let bar_w = 18;
    let size = ((bar_x + bar_w + 48) as u32, (top + img_h + 40) as u32);
    png::write(path, size.0, size.1, |area| {
        let black = text(13.0, &BLACK);
        area.draw_text(
            title,
            &anchored(text(20.0, &BLACK), HPos::Center, VPos::Center),
            (left + img_w / 2, top / 2),
        )?;
        draw_pixels(area, pixels, width, (left, top), SCALE)?;
        area.draw(&frame(left - 1, top - 1, left + img_w, top + img_h))?;
        // Ticks at pixel centres every 5 pixels, as matplotlib's imshow does.
        for col in (0..width).step_by(5) {
            let x = left + col as i32 * SCALE + SCALE / 2;
            area.draw(&PathElement::new(
                [(x, top + img_h), (x, top + img_h + 4)],
                BLACK,
            ))?;
            area.draw_text(
                &col.to_string(),
                &anchored(black.clone(), HPos::Center, VPos::Top),
                (x, top + img_h + 7),
            )?;
        }
        for row in (0..height).step_by(5) {
            let y = top + row as i32 * SCALE + SCALE / 2;
            area.draw(&PathElement::new([(left - 5, y), (left - 1, y)], BLACK))?;
            area.draw_text(
                &row.to_string(),
                &anchored(black.clone(), HPos::Right, VPos::Center),
                (left - 8, y),
            )?;
        }
        colour_bar(area, (bar_x, top), (bar_w, img_h))
    })?;
    Ok(size)
}

/// A one-pixel black frame from `(x0, y0)` to `(x1, y1)`.
fn frame(x0: i32, y0: i32, x1: i32, y1: i32) -> Rectangle<(i32, i32)> {
    Rectangle::new([(x0, y0), (x1, y1)], BLACK.stroke_width(1))
}

/// The grey levels from 0 at the bottom to 255 at the top, framed, with a
/// tick every 50.
fn colour_bar(area: &Canvas<'_>, (x, top): (i32, i32), (width, height): (i32, i32)) -> DrawResult {
    let level_y = |v: i32| top + height - 1 - (v * (height - 1)) / 255;
    for v in 0..=255 {
        let (y0, y1) = (level_y(v + 1).max(top), level_y(v));
        area.draw(&Rectangle::new(
            [(x, y0), (x + width, y1 + 1)],
            grey(v as u8).filled(),
        ))?;
    }
    area.draw(&frame(x - 1, top - 1, x + width, top + height))?;
    for v in (0..=250).step_by(50) {
        let y = level_y(v);
        area.draw(&PathElement::new(
            [(x + width, y), (x + width + 4, y)],
            BLACK,
        ))?;
        area.draw_text(
            &v.to_string(),
            &anchored(text(13.0, &BLACK), HPos::Left, VPos::Center),
            (x + width + 7, y),
        )?;
    }
    Ok(())
}

/// One line of a panel: legend text, colour, and its points.
type Series = (&'static str, RGBColor, Vec<(f64, f64)>);

/// Draws a legend row (a line sample and a name per series), centred at
/// `(x, y)`, outside the plot so it never hides data.
fn legend_row(area: &Canvas<'_>, series: &[Series], (x, y): (i32, i32)) -> DrawResult {
    let style = text(13.0, &BLACK);
    let widths: Vec<i32> = series
        .iter()
        .map(|(name, _, _)| {
            let (w, _) = area.estimate_text_size(name, &style)?;
            Ok(28 + w as i32 + 24)
        })
        .collect::<Result<_, Box<dyn std::error::Error>>>()?;
    let mut left = x - widths.iter().sum::<i32>() / 2;
    for ((name, color, _), w) in series.iter().zip(widths) {
        area.draw(&PathElement::new(
            [(left, y), (left + 22, y)],
            color.stroke_width(3),
        ))?;
        area.draw_text(
            name,
            &anchored(style.clone(), HPos::Left, VPos::Center),
            (left + 28, y),
        )?;
        left += w;
    }
    Ok(())
}

/// One panel of the training curves: title, legend row, then the chart.
fn curve_panel(
    area: &Canvas<'_>,
    title: &str,
    y_desc: &str,
    y_range: std::ops::Range<f64>,
    y_format: &dyn Fn(&f64) -> String,
    last_epoch: usize,
    series: &[Series],
) -> DrawResult {
    let area = area.titled(title, text(20.0, &BLACK))?;
    let (width, _) = area.dim_in_pixel();
    legend_row(&area, series, (width as i32 / 2, 10))?;
    let area = area.margin(26, 0, 0, 0);
    let last = last_epoch.max(1) as f64;
    let integers = |v: &f64| {
        if (v - v.round()).abs() < 1e-9 {
            format!("{v:.0}")
        } else {
            String::new()
        }
    };
    let mut chart = ChartBuilder::on(&area)
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(0.5..last + 0.5, y_range)?;
    chart
        .configure_mesh()
        .x_desc("epoch")
        .y_desc(y_desc)
        .x_labels(last_epoch.clamp(2, 12))
        .x_label_formatter(&integers)
        .y_label_formatter(y_format)
        .label_style(text(13.0, &BLACK))
        .axis_desc_style(text(14.0, &BLACK))
        .light_line_style(RGBColor(238, 238, 238))
        .draw()?;
    for (_, color, points) in series {
        chart.draw_series(LineSeries::new(
            points.iter().copied(),
            color.stroke_width(2),
        ))?;
        chart.draw_series(points.iter().map(|&p| Circle::new(p, 3, color.filled())))?;
    }
    Ok(())
}

/// Training curves from `stitch train`'s per-epoch history: the mean training
/// loss on the left; training and validation accuracy on the right.
pub fn plot_training_curves(history: &[EpochStats], path: &Path) -> Result<(u32, u32), Error> {
    let size = (1000u32, 440u32);
    let blue = RGBColor(31, 119, 180);
    let orange = RGBColor(255, 127, 14);
    let points = |f: fn(&EpochStats) -> f64| -> Vec<(f64, f64)> {
        history.iter().map(|h| (h.epoch as f64, f(h))).collect()
    };
    let last_epoch = history.iter().map(|h| h.epoch).max().unwrap_or(1);
    let max_loss = history.iter().map(|h| h.train_loss).fold(0.0, f64::max);
    let accuracies = || {
        history
            .iter()
            .flat_map(|h| [h.train_accuracy, h.val_accuracy])
    };
    // Whole percent steps with a little room below and above the data.
    let low = ((accuracies().fold(1.0, f64::min) * 100.0 - 1.0).floor() / 100.0).clamp(0.0, 0.99);
    let high =
        ((accuracies().fold(0.0, f64::max) * 100.0 + 1.0).ceil() / 100.0).clamp(low + 0.01, 1.0);
    // Narrow ranges get sub-percent ticks, which need a decimal.
    let decimals = if high - low <= 0.06 { 1 } else { 0 };
    png::write(path, size.0, size.1, |area| {
        let (left, right) = area.split_horizontally(size.0 / 2);
        curve_panel(
            &left,
            "Training loss",
            "mean cross-entropy",
            0.0..(max_loss * 1.1).max(1e-3),
            &|v| format!("{v:.2}"),
            last_epoch,
            &[("training loss", blue, points(|h| h.train_loss))],
        )?;
        curve_panel(
            &right,
            "Accuracy",
            "accuracy",
            low..high,
            &|v| format!("{:.*}%", decimals, 100.0 * v),
            last_epoch,
            &[
                (
                    "training (running, over the epoch's batches)",
                    blue,
                    points(|h| h.train_accuracy),
                ),
                ("validation", orange, points(|h| h.val_accuracy)),
            ],
        )
    })?;
    Ok(size)
}

/// A white-to-blue colour for `t` in 0..=1 (like matplotlib's "Blues").
fn blues(t: f64) -> RGBColor {
    let t = t.clamp(0.0, 1.0);
    let lerp = |a: f64, b: f64| (a + (b - a) * t).round() as u8;
    RGBColor(lerp(247.0, 8.0), lerp(251.0, 48.0), lerp(255.0, 107.0))
}

/// The confusion matrix as a heat map with counts: rows are true classes,
/// columns predicted ones; colour is the share of the row (its recall on the
/// diagonal), so classes of different sizes compare fairly.
pub fn plot_confusion(
    confusion: &[[u32; CLASSES]; CLASSES],
    class_names: &[&str],
    path: &Path,
) -> Result<(u32, u32), Error> {
    const CELL: i32 = 58;
    let n = CLASSES as i32;
    let (left, top) = (120, 60);
    let grid = CELL * n;
    let size = ((left + grid + 30) as u32, (top + grid + 110) as u32);
    let total: u64 = confusion.iter().flatten().map(|&c| u64::from(c)).sum();
    let correct: u64 = (0..CLASSES).map(|i| u64::from(confusion[i][i])).sum();
    let name = |i: usize| class_names.get(i).copied().unwrap_or("?");
    png::write(path, size.0, size.1, |area| {
        let title = if total > 0 {
            format!(
                "Confusion matrix ({} images, accuracy {:.2}%)",
                total,
                100.0 * correct as f64 / total as f64
            )
        } else {
            "Confusion matrix".to_string()
        };
        area.draw_text(
            &title,
            &anchored(text(18.0, &BLACK), HPos::Center, VPos::Center),
            (left + grid / 2, top / 2 - 4),
        )?;
        confusion_cells(area, confusion, (left, top), CELL)?;
        area.draw(&Rectangle::new(
            [(left, top), (left + grid, top + grid)],
            BLACK.stroke_width(1),
        ))?;
        for i in 0..CLASSES {
            let mid = i as i32 * CELL + CELL / 2;
            area.draw_text(
                name(i),
                &anchored(text(13.0, &BLACK), HPos::Right, VPos::Center),
                (left - 6, top + mid),
            )?;
            // Predicted-class names, rotated to read bottom to top.
            area.draw_text(
                name(i),
                &anchored(text(13.0, &BLACK), HPos::Right, VPos::Center)
                    .transform(FontTransform::Rotate270),
                (left + mid, top + grid + 6),
            )?;
        }
        area.draw_text(
            "predicted class",
            &anchored(text(15.0, &BLACK), HPos::Center, VPos::Bottom),
            (left + grid / 2, size.1 as i32 - 6),
        )?;
        area.draw_text(
            "true class",
            &anchored(text(15.0, &BLACK), HPos::Center, VPos::Top)
                .transform(FontTransform::Rotate270),
            (6, top + grid / 2),
        )?;
        Ok(())
    })?;
    Ok(size)
}

/// One square per (true, predicted) pair from `(left, top)`, shaded by its
/// share of the true class's images, with its count.
fn confusion_cells(
    area: &Canvas<'_>,
    confusion: &[[u32; CLASSES]; CLASSES],
    (left, top): (i32, i32),
    cell: i32,
) -> DrawResult {
    for (r, row) in confusion.iter().enumerate() {
        let row_total: u64 = row.iter().map(|&c| u64::from(c)).sum();
        for (c, &count) in row.iter().enumerate() {
            let share = if row_total > 0 {
                f64::from(count) / row_total as f64
            } else {
                0.0
            };
            let (x, y) = (left + c as i32 * cell, top + r as i32 * cell);
            area.draw(&Rectangle::new(
                [(x, y), (x + cell, y + cell)],
                blues(share).filled(),
            ))?;
            let ink = if share > 0.5 { WHITE } else { BLACK };
            area.draw_text(
                &count.to_string(),
                &anchored(text(14.0, &ink), HPos::Center, VPos::Center),
                (x + cell / 2, y + cell / 2),
            )?;
        }
    }
    Ok(())
}

/// A grid of misclassified images (at most 36, in the order given), each
/// captioned "true → predicted". `images[i]` is a 28x28 image whose true
/// class is `labels[i]` and predicted class `predicted[i]`.
pub fn plot_misclassified(
    images: &[&[u8]],
    labels: &[u8],
    predicted: &[u8],
    class_names: &[&str],
    path: &Path,
) -> Result<(u32, u32), Error> {
    const MAX: usize = 36;
    const COLS: usize = 6;
    const SCALE: i32 = 4;
    const CELL_W: i32 = 170;
    const CELL_H: i32 = 28 * SCALE + 34;
    let count = images.len().min(labels.len()).min(predicted.len()).min(MAX);
    let rows = count.div_ceil(COLS).max(1);
    let top = 44;
    let size = (
        (CELL_W * COLS as i32) as u32,
        (top + CELL_H * rows as i32 + 8) as u32,
    );
    let name = |i: u8| class_names.get(usize::from(i)).copied().unwrap_or("?");
    png::write(path, size.0, size.1, |area| {
        let title = if count == 0 {
            "No misclassified images".to_string()
        } else if images.len() > count {
            format!(
                "Misclassified test images, true \u{2192} predicted (first {count} of {})",
                images.len()
            )
        } else {
            format!("Misclassified test images, true \u{2192} predicted ({count})")
        };
        area.draw_text(
            &title,
            &anchored(text(18.0, &BLACK), HPos::Center, VPos::Center),
            (size.0 as i32 / 2, top / 2),
        )?;
        for i in 0..count {
            let (col, row) = ((i % COLS) as i32, (i / COLS) as i32);
            let x = col * CELL_W + (CELL_W - 28 * SCALE) / 2;
            let y = top + row * CELL_H;
            draw_pixels(area, images[i], 28, (x, y), SCALE)?;
            area.draw_text(
                &format!("{} \u{2192} {}", name(labels[i]), name(predicted[i])),
                &anchored(text(13.0, &BLACK), HPos::Center, VPos::Top),
                (col * CELL_W + CELL_W / 2, y + 28 * SCALE + 6),
            )?;
        }
        Ok(())
    })?;
    Ok(size)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dims(path: &Path) -> (u32, u32) {
        image::ImageReader::open(path)
            .expect("open")
            .with_guessed_format()
            .expect("format")
            .into_dimensions()
            .expect("png")
    }

    #[test]
    fn every_picture_is_a_png_of_the_stated_size() {
        // STITCH_KEEP_PICTURES=DIR keeps the pictures there, to look at them.
        let tmp = tempfile::tempdir().expect("tempdir");
        let kept = std::env::var_os("STITCH_KEEP_PICTURES").map(std::path::PathBuf::from);
        let dir = kept.as_deref().unwrap_or(tmp.path());
        let pixels: Vec<u8> = (0..784).map(|i| (i % 256) as u8).collect();
        let p = dir.join("show.png");
        assert_eq!(show_image(&pixels, 28, "Trouser", &p).unwrap(), dims(&p));

        let history: Vec<EpochStats> = (1..=3)
            .map(|e| EpochStats {
                epoch: e,
                lr: 0.001,
                train_loss: 1.0 / e as f64,
                train_accuracy: 0.8 + 0.03 * e as f64,
                val_accuracy: 0.79 + 0.03 * e as f64,
                seconds: 1.0,
            })
            .collect();
        let p = dir.join("curves.png");
        assert_eq!(plot_training_curves(&history, &p).unwrap(), dims(&p));
        let p = dir.join("one.png");
        assert_eq!(plot_training_curves(&history[..1], &p).unwrap(), dims(&p));

        let mut confusion = [[0u32; CLASSES]; CLASSES];
        for (r, row) in confusion.iter_mut().enumerate() {
            for (c, v) in row.iter_mut().enumerate() {
                *v = if r == c { 900 } else { (r * c % 17) as u32 };
            }
        }
        let names = crate::data::CLASS_NAMES;
        let p = dir.join("confusion.png");
        assert_eq!(plot_confusion(&confusion, &names, &p).unwrap(), dims(&p));

        let images: Vec<&[u8]> = vec![&pixels; 8];
        let p = dir.join("wrong.png");
        let size = plot_misclassified(&images, &[0; 8], &[6; 8], &names, &p).unwrap();
        assert_eq!(size, dims(&p));
        let p = dir.join("none.png");
        assert!(plot_misclassified(&[], &[], &[], &names, &p).is_ok());
    }
}
