//! Setting Markdown blocks (paragraphs, headings, lists, quotes, code, rules, tables) into a
//! column: each becomes one or more [`Laid`] blocks whose chunks are usually one line each, with
//! the spacing and keep rules pagination needs.

use super::page::{Chunk, Item, Laid};
use super::style::{baseline, line_chunk, style, ACCENT, CODE, INK, MUTED, PANEL, RULE};
use super::table::table;
use crate::pdf::fonts::{FontStyle, Fonts};
use crate::pdf::markdown::{Block, Span};
use crate::pdf::text::{self, TextRun, TextStyle};

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
