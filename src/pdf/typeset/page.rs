//! The page model every other step speaks: the page geometry, what can be drawn ([`Item`]), the
//! blocks set in a column before pagination ([`Laid`], made of [`Chunk`]s) and the pages they end
//! up on ([`Layout`]).
//!
//! Coordinates are in points from the top-left corner of the page, as krilla expects; only the
//! signature pass converts to PDF space.

use crate::pdf::text::{Rgb, TextRun};

/// Page size and margins, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub margin_left: f32,
    pub margin_right: f32,
    pub margin_top: f32,
    /// Space below the text body; the footer lives in it.
    pub margin_bottom: f32,
}

impl Geometry {
    /// ISO A4 portrait with 22 mm side margins.
    pub fn a4() -> Geometry {
        Geometry {
            width: 595.276,
            height: 841.89,
            margin_left: 62.0,
            margin_right: 62.0,
            margin_top: 58.0,
            margin_bottom: 80.0,
        }
    }

    pub fn content_width(&self) -> f32 {
        self.width - self.margin_left - self.margin_right
    }

    /// The lowest point the body text may reach.
    pub fn body_bottom(&self) -> f32 {
        self.height - self.margin_bottom
    }
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text(TextRun),
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Rgb,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<(f32, Rgb)>,
    },
    /// Where the digital signature field number `index` (from 0) goes. The box itself is drawn by
    /// a separate [`Item::Rect`], because viewers do not draw empty signature fields.
    SignatureField {
        index: usize,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
}

impl Item {
    pub(crate) fn shift_y(&mut self, dy: f32) {
        match self {
            Item::Text(run) => run.baseline += dy,
            Item::Line { y1, y2, .. } => {
                *y1 += dy;
                *y2 += dy;
            }
            Item::Rect { y, .. } | Item::SignatureField { y, .. } => *y += dy,
        }
    }
}

/// A heading's position, for the PDF outline.
#[derive(Debug, Clone, PartialEq)]
pub struct Anchor {
    pub title: String,
    pub page: usize,
    pub y: f32,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    pub pages: Vec<Page>,
    pub anchors: Vec<Anchor>,
}

/// A horizontal slice of a block: items with `y` relative to the slice's top.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Chunk {
    pub height: f32,
    pub items: Vec<Item>,
}

/// A block set in its column, before pagination.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Laid {
    pub chunks: Vec<Chunk>,
    /// Space above the block, dropped at the top of a page.
    pub before: f32,
    pub after: f32,
    /// Keep with the first lines of the next block (headings).
    pub keep_with_next: bool,
    /// Never split across pages unless taller than a page.
    pub keep_together: bool,
    pub page_break: bool,
    pub anchor: Option<String>,
}

impl Laid {
    pub(crate) fn height(&self) -> f32 {
        self.chunks.iter().map(|c| c.height).sum()
    }
}
