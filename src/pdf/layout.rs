//! Page layout: the document's elements become positioned text runs, rules and boxes on A4 pages.
//!
//! krilla draws but does not lay out, so this module does it, in two steps:
//!
//! 1. every element is set into a column as a list of [`Laid`] blocks, each a stack of chunks
//!    (usually one chunk per line) with the spacing and the keep rules of the block;
//! 2. [`paginate`] stacks the chunks onto pages: a heading is kept with the first two lines of
//!    what follows, a paragraph never leaves a single line alone at the bottom or top of a page
//!    (orphans and widows), title and signature rows are never split, and an explicit page break
//!    starts a new page. A block taller than a page is split anyway, so layout always ends.
//!
//! The footer, which needs the final page count, is added last. Coordinates are in points from the
//! top-left corner of the page, as krilla expects; only the signature pass converts to PDF space.

use super::fonts::{FontStyle, Fonts};
use super::markdown::{Block, Span};
use super::text::{self, Line, Rgb, TextRun, TextStyle};

/// Near-black for body text: softer than pure black on paper, still high contrast.
pub const INK: Rgb = Rgb(0x1b, 0x1f, 0x23);
pub const MUTED: Rgb = Rgb(0x58, 0x60, 0x68);
pub const ACCENT: Rgb = Rgb(0x1d, 0x5c, 0x4d);
pub const RULE: Rgb = Rgb(0xb4, 0xbc, 0xc0);
pub const PANEL: Rgb = Rgb(0xee, 0xf3, 0xf1);
const CODE: Rgb = Rgb(0x7a, 0x2e, 0x12);

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
    fn shift_y(&mut self, dy: f32) {
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

/// The block of the first page that identifies the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleBlock {
    /// Small line above the title (the association).
    pub kicker: String,
    pub title: String,
    /// Label/value rows (revision, date, approval, hash…).
    pub rows: Vec<TitleRow>,
}

/// One row of the title block's panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleRow {
    pub label: String,
    pub value: String,
    /// Set in a smaller size, so that a 64-digit hash stays on one line.
    pub small: bool,
}

/// The signers' table: one row per signer, the last column holding a signature box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureTable {
    /// Column headings: name, role, date, signature.
    pub columns: [String; 4],
    pub rows: usize,
}

/// What the document is made of, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    Title(TitleBlock),
    /// A section heading, e.g. "3. Données interdites"; it also becomes a PDF bookmark.
    Section(String),
    Blocks(Vec<Block>),
    /// Blocks set in a smaller, muted style (notes).
    Note(Vec<Block>),
    PageBreak,
    Signatures(SignatureTable),
}

/// The footer printed on every page: `lines` on the left, the page label on the right, where
/// `{page}` and `{pages}` are replaced by the page number and the page count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Footer {
    pub lines: Vec<String>,
    pub page_label: String,
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
    fn height(&self) -> f32 {
        self.chunks.iter().map(|c| c.height).sum()
    }
}

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

fn style(size: f32, leading: f32, color: Rgb, bold: bool) -> TextStyle {
    TextStyle {
        size,
        leading,
        color,
        bold,
        justify: false,
        ..body_style()
    }
}

/// Lays the whole document out.
pub fn layout(fonts: &Fonts, elements: &[Element], footer: &Footer, geo: &Geometry) -> Layout {
    let x = geo.margin_left;
    let width = geo.content_width();
    let mut laid = Vec::new();
    for element in elements {
        match element {
            Element::Title(title) => laid.push(title_block(fonts, title, x, width)),
            Element::Section(label) => laid.push(section_heading(fonts, label, x, width)),
            Element::Blocks(blocks) => {
                laid.extend(set_blocks(fonts, blocks, x, width, &body_style(), 0))
            }
            Element::Note(blocks) => {
                let note = style(8.5, 12.0, MUTED, false);
                laid.extend(set_blocks(fonts, blocks, x, width, &note, 0));
            }
            Element::PageBreak => laid.push(Laid {
                page_break: true,
                ..Laid::default()
            }),
            Element::Signatures(table) => laid.extend(signature_table(fonts, table, x, width)),
        }
    }
    let mut layout = paginate(laid, geo);
    add_footer(fonts, &mut layout, footer, geo);
    layout
}

/// Where the baseline of a line of `style` sits below the top of its line box: the glyphs' cap
/// height and descenders are centred in the line height.
fn baseline(style: &TextStyle) -> f32 {
    (style.leading - style.size) / 2.0 + 0.84 * style.size
}

/// Sets one line of text as a chunk of height `style.leading`.
fn line_chunk(line: &Line, x: f32, width: f32, style: &TextStyle) -> Chunk {
    Chunk {
        height: style.leading,
        items: text::runs(line, x, baseline(style), width, style)
            .into_iter()
            .map(Item::Text)
            .collect(),
    }
}

/// Sets spans as a paragraph: one chunk per line.
pub fn paragraph(
    fonts: &Fonts,
    spans: &[Span],
    x: f32,
    width: f32,
    style: &TextStyle,
) -> Vec<Chunk> {
    text::break_lines(fonts, spans, style, width, width, false)
        .iter()
        .map(|line| line_chunk(line, x, width, style))
        .collect()
}

/// Sets Markdown blocks in a column starting at `x`; `depth` is the list nesting level.
pub fn set_blocks(
    fonts: &Fonts,
    blocks: &[Block],
    x: f32,
    width: f32,
    base: &TextStyle,
    depth: usize,
) -> Vec<Laid> {
    let gap = if depth > 0 { 2.5 } else { base.size * 0.7 };
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph(spans) => out.push(Laid {
                chunks: paragraph(fonts, spans, x, width, base),
                after: gap,
                ..Laid::default()
            }),
            Block::Heading { level, spans } => {
                let (size, color) = if *level <= 2 {
                    (base.size + 2.0, ACCENT)
                } else {
                    (base.size + 0.5, INK)
                };
                let heading = style(size, size * 1.3, color, true);
                out.push(Laid {
                    chunks: paragraph(fonts, spans, x, width, &heading),
                    before: base.size * 0.6,
                    after: 2.0,
                    keep_with_next: true,
                    keep_together: true,
                    ..Laid::default()
                });
            }
            Block::List { start, items } => {
                out.extend(list(fonts, *start, items, x, width, base, depth));
                if let Some(last) = out.last_mut() {
                    last.after = last.after.max(gap);
                }
            }
            Block::Quote(inner) => {
                let quoted = TextStyle {
                    color: MUTED,
                    italic: true,
                    ..*base
                };
                let mut inner = set_blocks(fonts, inner, x + 14.0, width - 14.0, &quoted, depth);
                for laid in &mut inner {
                    for chunk in &mut laid.chunks {
                        chunk.items.push(Item::Rect {
                            x: x + 2.0,
                            y: 0.0,
                            w: 2.2,
                            h: chunk.height,
                            fill: Some(RULE),
                            stroke: None,
                        });
                    }
                    // The bar runs through the gaps between the quote's paragraphs.
                    if laid.after > 0.0 {
                        if let Some(chunk) = laid.chunks.last_mut() {
                            chunk.height += laid.after;
                            if let Some(Item::Rect { h, .. }) = chunk.items.last_mut() {
                                *h += laid.after;
                            }
                            laid.after = 0.0;
                        }
                    }
                }
                if let Some(last) = inner.last_mut() {
                    last.after = gap;
                }
                out.extend(inner);
            }
            Block::Code(code) => {
                let code_style = style(base.size - 1.0, (base.size - 1.0) * 1.4, CODE, false);
                let mut chunks = Vec::new();
                for source_line in code.split('\n') {
                    let spans = [Span::plain(source_line)];
                    for line in text::break_lines(
                        fonts,
                        &spans,
                        &code_style,
                        width - 12.0,
                        width - 12.0,
                        true,
                    ) {
                        let mut chunk = line_chunk(&line, x + 6.0, width - 12.0, &code_style);
                        chunk.items.insert(
                            0,
                            Item::Rect {
                                x,
                                y: 0.0,
                                w: width,
                                h: chunk.height,
                                fill: Some(PANEL),
                                stroke: None,
                            },
                        );
                        chunks.push(chunk);
                    }
                }
                out.push(Laid {
                    chunks,
                    after: gap,
                    ..Laid::default()
                });
            }
            Block::Table { rows, header_rows } => {
                out.extend(table(fonts, rows, *header_rows, x, width, base));
                if let Some(last) = out.last_mut() {
                    last.after = gap;
                }
            }
            Block::Rule => out.push(Laid {
                chunks: vec![Chunk {
                    height: base.leading,
                    items: vec![Item::Line {
                        x1: x,
                        y1: base.leading / 2.0,
                        x2: x + width,
                        y2: base.leading / 2.0,
                        width: 0.6,
                        color: RULE,
                    }],
                }],
                after: gap,
                ..Laid::default()
            }),
        }
    }
    out
}

/// Sets a list: each item's blocks are indented, and its bullet or number is placed on the
/// baseline of the item's first line.
fn list(
    fonts: &Fonts,
    start: Option<u64>,
    items: &[Vec<Block>],
    x: f32,
    width: f32,
    base: &TextStyle,
    depth: usize,
) -> Vec<Laid> {
    let label_style = TextStyle {
        justify: false,
        ..*base
    };
    let labels: Vec<String> = (0..items.len())
        .map(|i| match start {
            Some(n) => format!("{}.", n.saturating_add(i as u64)),
            None if depth == 0 => "•".to_string(),
            None => "–".to_string(),
        })
        .collect();
    let widest = labels
        .iter()
        .map(|l| fonts.width(FontStyle::Regular, base.size, l))
        .fold(0.0_f32, f32::max);
    let indent = (widest + base.size * 0.6).max(base.size * 1.5);
    let mut out = Vec::new();
    for (item, label) in items.iter().zip(&labels) {
        let mut laid = set_blocks(fonts, item, x + indent, width - indent, base, depth + 1);
        if laid.is_empty() || laid[0].chunks.is_empty() {
            laid.insert(
                0,
                Laid {
                    chunks: vec![Chunk {
                        height: base.leading,
                        items: Vec::new(),
                    }],
                    ..Laid::default()
                },
            );
        }
        let shaped_label = text::break_lines(
            fonts,
            &[Span::plain(label.as_str())],
            &label_style,
            width,
            width,
            false,
        );
        if let (Some(line), Some(first)) = (shaped_label.first(), laid[0].chunks.first_mut()) {
            let label_width = line.width;
            // Numbers are right-aligned against the text, bullets sit at the indent's start.
            let label_x = if start.is_some() {
                x + indent - base.size * 0.4 - label_width
            } else {
                x + base.size * 0.3
            };
            for run in text::runs(line, label_x, baseline(base), width, &label_style) {
                first.items.push(Item::Text(TextRun {
                    color: if start.is_some() { base.color } else { ACCENT },
                    ..run
                }));
            }
        }
        if let Some(last) = laid.last_mut() {
            last.after = last.after.min(3.0);
        }
        out.extend(laid);
    }
    out
}

/// Sets a table as rows of wrapped cells with horizontal rules; the header row is bold, shaded and
/// kept with the first row. Rows are not split unless taller than a page.
fn table(
    fonts: &Fonts,
    rows: &[Vec<Vec<Span>>],
    header_rows: usize,
    x: f32,
    width: f32,
    base: &TextStyle,
) -> Vec<Laid> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    if columns == 0 {
        return Vec::new();
    }
    let pad = 4.0;
    let cell_style = TextStyle {
        size: base.size - 0.5,
        leading: (base.size - 0.5) * 1.35,
        justify: false,
        ..*base
    };
    // Column widths follow the natural width of their content, within limits.
    let mut natural = vec![0.0_f32; columns];
    for row in rows {
        for (c, cell) in row.iter().enumerate() {
            let w = text::break_lines(fonts, cell, &cell_style, f32::MAX, f32::MAX, false)
                .iter()
                .map(|l| l.width)
                .fold(0.0, f32::max);
            natural[c] = natural[c].max(w + 2.0 * pad);
        }
    }
    let total: f32 = natural.iter().sum::<f32>().max(1.0);
    let floor = width / (2.0 * columns as f32);
    let mut widths: Vec<f32> = natural
        .iter()
        .map(|n| (n * width / total).max(n.min(floor)))
        .collect();
    let sum: f32 = widths.iter().sum::<f32>().max(1.0);
    for w in &mut widths {
        *w *= width / sum;
    }
    let mut out = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let header = r < header_rows;
        let style = TextStyle {
            bold: header,
            ..cell_style
        };
        let cells: Vec<Vec<Line>> = (0..columns)
            .map(|c| {
                let spans = row.get(c).map(Vec::as_slice).unwrap_or(&[]);
                text::break_lines(
                    fonts,
                    spans,
                    &style,
                    widths[c] - 2.0 * pad,
                    widths[c] - 2.0 * pad,
                    false,
                )
            })
            .collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let mut chunks = Vec::new();
        for i in 0..height {
            let mut chunk = Chunk {
                height: style.leading,
                items: Vec::new(),
            };
            let mut cx = x;
            for (c, lines) in cells.iter().enumerate() {
                if let Some(line) = lines.get(i) {
                    chunk
                        .items
                        .extend(line_chunk(line, cx + pad, widths[c] - 2.0 * pad, &style).items);
                }
                cx += widths[c];
            }
            chunks.push(chunk);
        }
        // Padding above and below the row's text.
        if let Some(first) = chunks.first_mut() {
            first.height += 3.0;
            first.items.iter_mut().for_each(|i| i.shift_y(3.0));
        }
        if let Some(last) = chunks.last_mut() {
            last.height += 3.0;
        }
        if header {
            for chunk in &mut chunks {
                chunk.items.insert(
                    0,
                    Item::Rect {
                        x,
                        y: 0.0,
                        w: width,
                        h: chunk.height,
                        fill: Some(PANEL),
                        stroke: None,
                    },
                );
            }
        }
        if r == 0 {
            if let Some(first) = chunks.first_mut() {
                first.items.push(hline(x, width, 0.0, 0.8, INK));
            }
        }
        if let Some(last) = chunks.last_mut() {
            let (w, color) = if header || r + 1 == rows.len() {
                (0.8, INK)
            } else {
                (0.4, RULE)
            };
            last.items.push(hline(x, width, last.height, w, color));
        }
        out.push(Laid {
            chunks,
            keep_with_next: header,
            keep_together: true,
            ..Laid::default()
        });
    }
    out
}

fn hline(x: f32, width: f32, y: f32, line_width: f32, color: Rgb) -> Item {
    Item::Line {
        x1: x,
        y1: y,
        x2: x + width,
        y2: y,
        width: line_width,
        color,
    }
}

/// The title block of the first page: association, title, then a shaded panel of
/// label/value rows (revision, date, approval, hash).
fn title_block(fonts: &Fonts, title: &TitleBlock, x: f32, width: f32) -> Laid {
    let mut chunks = paragraph(
        fonts,
        &[Span::bold(title.kicker.as_str())],
        x,
        width,
        &style(10.5, 14.0, ACCENT, true),
    );
    chunks.push(Chunk {
        height: 4.0,
        items: Vec::new(),
    });
    chunks.extend(paragraph(
        fonts,
        &[Span::bold(title.title.as_str())],
        x,
        width,
        &style(22.0, 27.0, INK, true),
    ));
    chunks.push(Chunk {
        height: 12.0,
        items: Vec::new(),
    });
    let label_width = 146.0;
    let pad = 10.0;
    let label_style = style(8.5, 13.0, MUTED, true);
    let value_x = x + pad + label_width;
    let value_width = width - label_width - 2.0 * pad;
    let mut panel = Vec::new();
    for row in &title.rows {
        let value_style = style(if row.small { 8.0 } else { 9.5 }, 13.0, INK, false);
        let labels = text::break_lines(
            fonts,
            &[Span::plain(row.label.as_str())],
            &label_style,
            label_width - 8.0,
            label_width - 8.0,
            false,
        );
        let values = text::break_lines(
            fonts,
            &[Span::plain(row.value.as_str())],
            &value_style,
            value_width,
            value_width,
            false,
        );
        for i in 0..labels.len().max(values.len()) {
            let mut chunk = Chunk {
                height: value_style.leading,
                items: Vec::new(),
            };
            if let Some(line) = labels.get(i) {
                // Labels are smaller than values: put them on the same baseline.
                let mut label = line_chunk(line, x + pad, label_width, &label_style);
                let shift = baseline(&value_style) - baseline(&label_style);
                label.items.iter_mut().for_each(|i| i.shift_y(shift));
                chunk.items.extend(label.items);
            }
            if let Some(line) = values.get(i) {
                chunk
                    .items
                    .extend(line_chunk(line, value_x, value_width, &value_style).items);
            }
            panel.push(chunk);
        }
        if let Some(last) = panel.last_mut() {
            last.height += 3.0;
        }
    }
    if let Some(first) = panel.first_mut() {
        first.height += 7.0;
        first.items.iter_mut().for_each(|i| i.shift_y(7.0));
    }
    if let Some(last) = panel.last_mut() {
        last.height += 4.0;
    }
    for chunk in &mut panel {
        chunk.items.insert(
            0,
            Item::Rect {
                x,
                y: 0.0,
                w: width,
                h: chunk.height,
                fill: Some(PANEL),
                stroke: None,
            },
        );
        chunk.items.insert(
            1,
            Item::Rect {
                x,
                y: 0.0,
                w: 3.0,
                h: chunk.height,
                fill: Some(ACCENT),
                stroke: None,
            },
        );
    }
    chunks.extend(panel);
    Laid {
        chunks,
        after: 6.0,
        keep_together: true,
        ..Laid::default()
    }
}

/// A section heading in the accent colour, underlined by a thin rule.
fn section_heading(fonts: &Fonts, label: &str, x: f32, width: f32) -> Laid {
    let heading = style(14.0, 18.5, ACCENT, true);
    let mut chunks = paragraph(fonts, &[Span::bold(label)], x, width, &heading);
    if let Some(last) = chunks.last_mut() {
        last.height += 5.0;
        last.items
            .push(hline(x, width, last.height - 1.5, 0.6, RULE));
    }
    Laid {
        chunks,
        before: 16.0,
        after: 7.0,
        keep_with_next: true,
        keep_together: true,
        anchor: Some(label.to_string()),
        ..Laid::default()
    }
}

/// The signers' table: a header row and one row per signer, with name, role and date cells to
/// fill in by hand and a signature box that is also where the digital signature field is placed.
fn signature_table(fonts: &Fonts, table: &SignatureTable, x: f32, width: f32) -> Vec<Laid> {
    let fractions = [0.28, 0.22, 0.16, 0.34];
    let widths: Vec<f32> = fractions.iter().map(|f| f * width).collect();
    let border = (0.6, MUTED);
    let header_style = style(8.5, 12.0, MUTED, true);
    let mut header = Chunk {
        height: 20.0,
        items: Vec::new(),
    };
    let mut cx = x;
    for (label, w) in table.columns.iter().zip(&widths) {
        header.items.push(Item::Rect {
            x: cx,
            y: 0.0,
            w: *w,
            h: 20.0,
            fill: Some(PANEL),
            stroke: Some(border),
        });
        if let Some(line) = text::break_lines(
            fonts,
            &[Span::bold(label.as_str())],
            &header_style,
            w - 10.0,
            w - 10.0,
            false,
        )
        .first()
        {
            let mut chunk = line_chunk(line, cx + 6.0, w - 12.0, &header_style);
            chunk.items.iter_mut().for_each(|i| i.shift_y(4.0));
            header.items.extend(chunk.items);
        }
        cx += w;
    }
    let mut out = vec![Laid {
        chunks: vec![header],
        keep_with_next: true,
        keep_together: true,
        ..Laid::default()
    }];
    let row_height = 62.0;
    for index in 0..table.rows {
        let mut row = Chunk {
            height: row_height,
            items: Vec::new(),
        };
        let mut cx = x;
        for w in &widths {
            row.items.push(Item::Rect {
                x: cx,
                y: 0.0,
                w: *w,
                h: row_height,
                fill: None,
                stroke: Some(border),
            });
            cx += w;
        }
        let sig_x = cx - widths[3] + 6.0;
        let (sig_w, sig_h) = (widths[3] - 12.0, row_height - 12.0);
        row.items.push(Item::Rect {
            x: sig_x,
            y: 6.0,
            w: sig_w,
            h: sig_h,
            fill: Some(Rgb(0xfa, 0xfb, 0xfb)),
            stroke: Some((0.5, RULE)),
        });
        row.items.push(Item::SignatureField {
            index,
            x: sig_x,
            y: 6.0,
            w: sig_w,
            h: sig_h,
        });
        out.push(Laid {
            chunks: vec![row],
            keep_together: true,
            ..Laid::default()
        });
    }
    if let Some(last) = out.last_mut() {
        last.after = 10.0;
    }
    out
}

/// How much room block `i` needs at the bottom of a page before it may start there: the whole
/// block if it is kept together, its first two lines otherwise, plus — for a heading — what the
/// next block needs.
fn needed(laid: &[Laid], i: usize) -> f32 {
    let Some(block) = laid.get(i) else {
        return 0.0;
    };
    let own = if block.keep_together {
        block.height()
    } else {
        block.chunks.iter().take(2).map(|c| c.height).sum()
    };
    if block.keep_with_next {
        match laid.get(i + 1) {
            Some(next) if !next.page_break => own + next.before + needed(laid, i + 1),
            _ => own,
        }
    } else {
        own
    }
}

/// Stacks laid blocks onto pages (see the module documentation for the rules).
pub fn paginate(laid: Vec<Laid>, geo: &Geometry) -> Layout {
    let top = geo.margin_top;
    let bottom = geo.body_bottom();
    let mut layout = Layout {
        pages: vec![Page::default()],
        anchors: Vec::new(),
    };
    let mut y = top;
    let mut empty = true;
    for (i, block) in laid.iter().enumerate() {
        if block.page_break {
            if !empty {
                layout.pages.push(Page::default());
                y = top;
                empty = true;
            }
            continue;
        }
        if !empty {
            y += block.before;
        }
        if !empty && y + needed(&laid, i) > bottom + 0.01 {
            layout.pages.push(Page::default());
            y = top;
            empty = true;
        }
        let mut k = 0;
        let n = block.chunks.len();
        while k < n {
            let mut fit = 0;
            let mut h = 0.0;
            while k + fit < n && y + h + block.chunks[k + fit].height <= bottom + 0.01 {
                h += block.chunks[k + fit].height;
                fit += 1;
            }
            let remaining = n - k;
            let mut take = fit;
            if fit < remaining {
                if block.keep_together {
                    take = 0;
                } else {
                    if take < 2 {
                        take = 0; // orphan: do not leave a single line at the bottom
                    }
                    if remaining - take == 1 && take >= 3 {
                        take -= 1; // widow: do not carry a single line to the next page
                    }
                }
                if take == 0 && empty {
                    take = fit.max(1); // taller than a page: split it anyway
                }
            }
            let page = layout.pages.len() - 1;
            for (j, chunk) in block.chunks[k..k + take].iter().enumerate() {
                if k + j == 0 {
                    if let Some(title) = &block.anchor {
                        layout.anchors.push(Anchor {
                            title: title.clone(),
                            page,
                            y,
                        });
                    }
                }
                for item in &chunk.items {
                    let mut item = item.clone();
                    item.shift_y(y);
                    layout.pages[page].items.push(item);
                }
                y += chunk.height;
                empty = false;
            }
            k += take;
            if k < n {
                layout.pages.push(Page::default());
                y = top;
                empty = true;
            }
        }
        y += block.after;
    }
    layout
}

/// Adds the footer to every page: a rule, the identification lines and "Page n / N".
fn add_footer(fonts: &Fonts, layout: &mut Layout, footer: &Footer, geo: &Geometry) {
    let pages = layout.pages.len();
    let x = geo.margin_left;
    let width = geo.content_width();
    let rule_y = geo.body_bottom() + 16.0;
    let line_style = style(7.5, 10.0, MUTED, false);
    let page_style = style(8.5, 10.0, INK, false);
    for (p, page) in layout.pages.iter_mut().enumerate() {
        page.items.push(hline(x, width, rule_y, 0.5, RULE));
        let label = footer
            .page_label
            .replace("{page}", &(p + 1).to_string())
            .replace("{pages}", &pages.to_string());
        let label_lines = text::break_lines(
            fonts,
            &[Span::plain(label)],
            &page_style,
            width,
            width,
            false,
        );
        let mut label_width = 0.0;
        if let Some(line) = label_lines.first() {
            label_width = line.width;
            let run_x = x + width - line.width;
            for run in text::runs(line, run_x, rule_y + 12.0, width, &page_style) {
                page.items.push(Item::Text(run));
            }
        }
        let text_width = width - label_width - 12.0;
        let mut baseline = rule_y + 12.0;
        for source in &footer.lines {
            for line in text::break_lines(
                fonts,
                &[Span::plain(source.as_str())],
                &line_style,
                text_width,
                text_width,
                false,
            ) {
                for run in text::runs(&line, x, baseline, text_width, &line_style) {
                    page.items.push(Item::Text(run));
                }
                baseline += line_style.leading;
            }
        }
    }
}
