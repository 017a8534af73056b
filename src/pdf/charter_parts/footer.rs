//! The footer on every page, which identifies the revision and its sources on each sheet, so a
//! loose page still says what it belongs to. It is added after pagination, because it prints the
//! page count.

use crate::pdf::fonts::Fonts;
use crate::pdf::markdown::Span;
use crate::pdf::text;
use crate::pdf::typeset::style::{hline, style, INK, MUTED, RULE};
use crate::pdf::typeset::{Geometry, Item, Layout};

/// The footer printed on every page: `lines` on the left, the page label on the right, where
/// `{page}` and `{pages}` are replaced by the page number and the page count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Footer {
    pub lines: Vec<String>,
    pub page_label: String,
}

/// Adds the footer to every page: a rule, the identification lines and "Page n / N".
pub(crate) fn add_footer(fonts: &Fonts, layout: &mut Layout, footer: &Footer, geo: &Geometry) {
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
