//! The heading of a charter section (and of the signature page), which also becomes a PDF
//! bookmark.

use crate::pdf::fonts::Fonts;
use crate::pdf::markdown::Span;
use crate::pdf::typeset::style::{hline, style, ACCENT, RULE};
use crate::pdf::typeset::{paragraph, Laid};

/// A section heading in the accent colour, underlined by a thin rule.
pub(crate) fn section_heading(fonts: &Fonts, label: &str, x: f32, width: f32) -> Laid {
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
