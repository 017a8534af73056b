//! The document's colours and text styles, and the few helpers that turn a broken line or a rule
//! into page items. One place for them, so the body, the tables and the charter's own parts share
//! one look.

use super::page::{Chunk, Item};
use crate::pdf::text::{self, Line, Rgb, TextStyle};

/// Near-black for body text: softer than pure black on paper, still high contrast.
pub const INK: Rgb = Rgb(0x1b, 0x1f, 0x23);
pub const MUTED: Rgb = Rgb(0x58, 0x60, 0x68);
pub const ACCENT: Rgb = Rgb(0x1d, 0x5c, 0x4d);
pub const RULE: Rgb = Rgb(0xb4, 0xbc, 0xc0);
pub const PANEL: Rgb = Rgb(0xee, 0xf3, 0xf1);
/// Inline and block code: a warm brown that stands apart from the accent without shouting.
pub(crate) const CODE: Rgb = Rgb(0x7a, 0x2e, 0x12);

/// Body text style.
pub fn body_style() -> TextStyle {
    TextStyle {
        size: 10.0,
        leading: 14.2,
        color: INK,
        code_color: CODE,
        bold: false,
        italic: false,
        justify: true,
    }
}

/// A ragged-right style of the body's family: headings, labels, notes and the footer.
pub(crate) fn style(size: f32, leading: f32, color: Rgb, bold: bool) -> TextStyle {
    TextStyle {
        size,
        leading,
        color,
        bold,
        justify: false,
        ..body_style()
    }
}

/// Where the baseline of a line of `style` sits below the top of its line box: the glyphs' cap
/// height and descenders are centred in the line height.
pub(crate) fn baseline(style: &TextStyle) -> f32 {
    (style.leading - style.size) / 2.0 + 0.84 * style.size
}

/// Sets one line of text as a chunk of height `style.leading`.
pub(crate) fn line_chunk(line: &Line, x: f32, width: f32, style: &TextStyle) -> Chunk {
    Chunk {
        height: style.leading,
        items: text::runs(line, x, baseline(style), width, style)
            .into_iter()
            .map(Item::Text)
            .collect(),
    }
}

/// A horizontal rule across `width` at height `y` (table rules, heading and footer rules).
pub(crate) fn hline(x: f32, width: f32, y: f32, line_width: f32, color: Rgb) -> Item {
    Item::Line {
        x1: x,
        y1: y,
        x2: x + width,
        y2: y,
        width: line_width,
        color,
    }
}
