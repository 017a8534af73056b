//! Markdown tables: columns sized from their content, cells wrapped, one [`Laid`] block per row so
//! that a long table breaks between rows rather than through them.

use super::page::{Chunk, Item, Laid};
use super::style::{hline, line_chunk, INK, PANEL, RULE};
use crate::pdf::fonts::Fonts;
use crate::pdf::markdown::Span;
use crate::pdf::text::{self, Line, TextStyle};

/// Sets a table as rows of wrapped cells with horizontal rules; the header row is bold, shaded and
/// kept with the first row. Rows are not split unless taller than a page.
pub(super) fn table(
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
