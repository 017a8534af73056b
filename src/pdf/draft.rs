//! What makes a charter PDF a draft's: a text the committee has not approved yet must never pass
//! for the charter to sign. Every page carries a band saying so in the document's language, the
//! title block gives its status and the revision in force it amends (not a date of approval it does
//! not have), the footer and the document properties say "draft", and there is no signature page
//! and no signature field.

use std::collections::BTreeMap;

use super::fonts::Fonts;
use super::labels::fill;
use super::markdown::Span;
use super::text::{self, Rgb};
use super::typeset::style::style;
use super::typeset::{Geometry, Item, Layout};
use super::ui_strings;
use super::PdfError;

/// Dark red on pale red: the band reads as a warning in print and on screen (contrast above 7:1).
const BAND_INK: Rgb = Rgb(0x8a, 0x1c, 0x12);
const BAND_FILL: Rgb = Rgb(0xfd, 0xec, 0xea);

/// The draft's printed words (keys `pdf_draft_*` of the built-in theme's UI strings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftLabels {
    /// The band at the top of every page.
    pub band: String,
    /// Title block rows: the status, then the revision in force (`{revision}`, `{date}`).
    pub status: String,
    pub status_value: String,
    pub based_on: String,
    pub based_on_value: String,
    /// Footer: `{association}`, `{title}`, `{revision}`.
    pub footer: String,
    /// The Subject property: `{association}`, `{revision}`, `{date}`, `{hash}`.
    pub subject: String,
}

impl DraftLabels {
    /// The labels for `language`, with the fallbacks of [`super::labels::Labels::for_language`].
    pub fn for_language(language: &str) -> Result<DraftLabels, PdfError> {
        let strings = ui_strings::built_in(language).map_err(PdfError::Labels)?;
        DraftLabels::from_strings(&strings)
    }

    fn from_strings(strings: &BTreeMap<String, String>) -> Result<DraftLabels, PdfError> {
        let get = |key: &str| {
            strings.get(key).cloned().ok_or_else(|| {
                PdfError::Labels(format!(
                    "no UI string `{key}` in {}/ (add it to every LANG.yaml there)",
                    ui_strings::UI_STRINGS_DIR
                ))
            })
        };
        Ok(DraftLabels {
            band: get("pdf_draft_band")?,
            status: get("pdf_draft_status")?,
            status_value: get("pdf_draft_status_value")?,
            based_on: get("pdf_draft_based_on")?,
            based_on_value: get("pdf_draft_based_on_value")?,
            footer: get("pdf_draft_footer")?,
            subject: get("pdf_draft_subject")?,
        })
    }

    /// The title block's rows of a draft: (label, value, set small), the hash last as for a revision.
    pub fn title_rows(
        &self,
        revision: &str,
        long_date: &str,
        hash_label: &str,
        hash: &str,
    ) -> Vec<(String, String, bool)> {
        vec![
            (self.status.clone(), self.status_value.clone(), false),
            (
                self.based_on.clone(),
                fill(
                    &self.based_on_value,
                    &[("revision", revision), ("date", long_date)],
                ),
                false,
            ),
            (hash_label.to_string(), hash.to_string(), true),
        ]
    }
}

/// Adds the band to the top margin of every page: a framed strip with the warning in bold.
pub fn add_band(fonts: &Fonts, layout: &mut Layout, band: &str, geo: &Geometry) {
    let x = geo.margin_left;
    let width = geo.content_width();
    let band_style = style(10.0, 12.0, BAND_INK, true);
    let (top, height) = (geo.margin_top - 40.0, 24.0);
    let lines = text::break_lines(
        fonts,
        &[Span::plain(band)],
        &band_style,
        width - 16.0,
        width - 16.0,
        false,
    );
    for page in &mut layout.pages {
        page.items.push(Item::Rect {
            x,
            y: top,
            w: width,
            h: height,
            fill: Some(BAND_FILL),
            stroke: Some((1.0, BAND_INK)),
        });
        if let Some(line) = lines.first() {
            let run_x = x + (width - line.width).max(0.0) / 2.0;
            for run in text::runs(line, run_x, top + 16.0, width - 16.0, &band_style) {
                page.items.push(Item::Text(run));
            }
        }
    }
}
