//! The signers' table of the signature page. Its signature boxes are where the empty digital
//! signature fields are placed, so the same page serves a pen and a PAdES tool.

use crate::pdf::fonts::Fonts;
use crate::pdf::markdown::Span;
use crate::pdf::text::{self, Rgb};
use crate::pdf::typeset::style::{line_chunk, style, MUTED, PANEL, RULE};
use crate::pdf::typeset::{Chunk, Item, Laid};

/// The signers' table: one row per signer, the last column holding a signature box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureTable {
    /// Column headings: name, role, date, signature.
    pub columns: [String; 4],
    pub rows: usize,
}

/// The signers' table: a header row and one row per signer, with name, role and date cells to
/// fill in by hand and a signature box that is also where the digital signature field is placed.
pub(crate) fn signature_table(
    fonts: &Fonts,
    table: &SignatureTable,
    x: f32,
    width: f32,
) -> Vec<Laid> {
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
