//! The charter's title block on the first page: the association, the title, and a shaded panel of
//! label/value rows that identify the revision.

use crate::pdf::fonts::Fonts;
use crate::pdf::markdown::Span;
use crate::pdf::text;
use crate::pdf::typeset::style::{baseline, line_chunk, style, ACCENT, INK, MUTED, PANEL};
use crate::pdf::typeset::{paragraph, Chunk, Item, Laid};

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

/// The title block of the first page: association, title, then a shaded panel of
/// label/value rows (revision, date, approval, hash).
pub(crate) fn title_block(fonts: &Fonts, title: &TitleBlock, x: f32, width: f32) -> Laid {
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
