//! Terminal pictures: an image preview and a probability bar chart.
//!
//! On a terminal (and unless `NO_COLOR` is set) the preview uses Unicode upper
//! half blocks, two pixel rows per line: the foreground colour is the upper
//! pixel, the background colour the lower one, both from the 256-colour
//! palette's greyscale ramp. Anywhere else (a pipe, a file, a test) it is
//! plain ASCII, one character per pixel, doubled horizontally so the picture
//! keeps roughly its aspect ratio.

use std::fmt::Write as _;
use std::io::IsTerminal;

/// Dark-to-light ASCII ramp for plain-text previews.
const RAMP: &[u8] = b" .:-=+*#%@";

/// How to draw: ANSI colours and Unicode, or plain ASCII.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// 256-colour greyscale half blocks and Unicode bars.
    Ansi,
    /// ASCII only, no escape sequences.
    Plain,
}

impl Style {
    /// [`Style::Ansi`] if stdout is a terminal and `NO_COLOR` is unset or empty.
    pub fn for_stdout() -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if std::io::stdout().is_terminal() && !no_color {
            Style::Ansi
        } else {
            Style::Plain
        }
    }
}

/// The 256-colour palette index closest to grey level `v`: palette black (16)
/// and white (231) and the 24-step ramp 232..=255 (levels 8, 18, .., 238).
fn grey_index(v: u8) -> u8 {
    let v = i32::from(v);
    let mut best = (16u8, v); // black, distance v
    if 255 - v < best.1 {
        best = (231, 255 - v);
    }
    for step in 0..24u8 {
        let level = 8 + 10 * i32::from(step);
        if (level - v).abs() < best.1 {
            best = (232 + step, (level - v).abs());
        }
    }
    best.0
}

/// Renders `pixels` (row-major, `width` per row, 0 = black) for the terminal.
/// Every line ends with a newline; ANSI lines end by resetting the colours.
pub fn image(pixels: &[u8], width: usize, style: Style) -> String {
    let width = width.max(1);
    let rows: Vec<&[u8]> = pixels.chunks(width).collect();
    let mut out = String::new();
    match style {
        Style::Ansi => {
            for pair in rows.chunks(2) {
                let top = pair[0];
                let bottom = pair.get(1).copied();
                // Colours are only sent when they change along the line.
                let (mut fg, mut bg) = (None, None);
                for (x, &t) in top.iter().enumerate() {
                    let b = bottom.and_then(|r| r.get(x).copied()).unwrap_or(0);
                    let (t, b) = (grey_index(t), grey_index(b));
                    if fg != Some(t) {
                        let _ = write!(out, "\x1b[38;5;{t}m");
                        fg = Some(t);
                    }
                    if bg != Some(b) {
                        let _ = write!(out, "\x1b[48;5;{b}m");
                        bg = Some(b);
                    }
                    out.push('\u{2580}');
                }
                out.push_str("\x1b[0m\n");
            }
        }
        Style::Plain => {
            for row in rows {
                for &v in row {
                    let c = RAMP[usize::from(v) * (RAMP.len() - 1) / 255] as char;
                    out.push(c);
                    out.push(c);
                }
                out.push('\n');
            }
        }
    }
    out
}

/// A horizontal bar chart of probabilities (0..=1), one line per class:
/// name, percentage, bar; the `highlight` line is marked with `<`.
pub fn probability_bars(
    names: &[&str],
    probabilities: &[f32],
    highlight: usize,
    style: Style,
) -> String {
    const BAR: usize = 40;
    let name_width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for (i, (name, &p)) in names.iter().zip(probabilities).enumerate() {
        let p = p.clamp(0.0, 1.0);
        let bar = match style {
            Style::Ansi => unicode_bar(p, BAR),
            Style::Plain => "#".repeat((p * BAR as f32).round() as usize),
        };
        let mark = if i == highlight { "  <" } else { "" };
        let _ = writeln!(
            out,
            "  {name:<name_width$} {:>6.2}% |{bar:<BAR$}|{mark}",
            100.0 * p
        );
    }
    out
}

/// A bar of `p * width` cells drawn with full and eighth blocks.
fn unicode_bar(p: f32, width: usize) -> String {
    const PARTIAL: [char; 8] = [
        ' ', '\u{258F}', '\u{258E}', '\u{258D}', '\u{258C}', '\u{258B}', '\u{258A}', '\u{2589}',
    ];
    let eighths = (p * (width * 8) as f32).round() as usize;
    let mut bar = "\u{2588}".repeat(eighths / 8);
    let partial = eighths % 8;
    if partial > 0 {
        bar.push(PARTIAL[partial]);
    }
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grey_levels_map_to_the_nearest_palette_entry() {
        assert_eq!(grey_index(0), 16);
        assert_eq!(grey_index(255), 231);
        assert_eq!(grey_index(8), 232);
        assert_eq!(grey_index(238), 255);
        assert_eq!(grey_index(128), 244);
    }

    #[test]
    fn plain_preview_is_ascii_with_one_line_per_row() {
        let pixels: Vec<u8> = (0..6).map(|i| (i * 51) as u8).collect();
        let text = image(&pixels, 3, Style::Plain);
        assert_eq!(text, "  ..--\n++##@@\n");
        assert!(text.is_ascii());
    }

    #[test]
    fn ansi_preview_pairs_rows_and_resets() {
        let text = image(&[0, 255, 255, 0, 128, 128], 2, Style::Ansi);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| l.ends_with("\x1b[0m")));
        assert_eq!(lines[0].matches('\u{2580}').count(), 2);
    }

    #[test]
    fn bars_scale_with_probability() {
        let text = probability_bars(&["a", "bb"], &[0.25, 0.75], 1, Style::Plain);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0].matches('#').count(), 10);
        assert_eq!(lines[1].matches('#').count(), 30);
        assert!(lines[1].ends_with('<') && !lines[0].ends_with('<'));
        let text = probability_bars(&["a"], &[0.5], 0, Style::Ansi);
        assert_eq!(text.matches('\u{2588}').count(), 20);
    }
}
