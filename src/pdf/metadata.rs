//! Document metadata derived from the revision only — never from the clock or the machine — so
//! that rebuilding a revision gives the same bytes.
//!
//! The creation and modification dates are the revision date at 00:00 UTC; the PDF document id is
//! krilla's stable hash of a string naming the association, the charter and the revision (the same
//! for every rebuild of that revision), and the instance id is krilla's hash of the content.

use krilla::metadata::{DateTime, Metadata};

use super::PdfError;

pub use crate::dates::Date;

/// Parses the revision date; the PDF refuses what the handbook's one date rule refuses.
pub fn parse_date(text: &str) -> Result<Date, PdfError> {
    crate::dates::parse(text).map_err(|_| PdfError::InvalidDate(text.to_string()))
}

/// What the metadata is made of.
pub struct Info<'a> {
    pub title: &'a str,
    pub subject: String,
    pub association: &'a str,
    pub revision: &'a str,
    pub language: &'a str,
    pub date: Date,
}

/// The document information and XMP metadata of the PDF (PDF/A requires a title, a language and
/// a date; krilla writes the `pdfaid` conformance claim itself).
pub fn metadata(info: &Info<'_>) -> Metadata {
    let date = DateTime::new(info.date.year)
        .month(info.date.month)
        .day(info.date.day)
        .hour(0)
        .minute(0)
        .second(0)
        .utc_offset_hour(0)
        .utc_offset_minute(0);
    Metadata::new()
        .title(format!("{} — {}", info.title, info.revision))
        .description(info.subject.clone())
        .authors(vec![info.association.to_string()])
        .creator("handbook".to_string())
        .producer("handbook (krilla, lopdf)".to_string())
        .language(info.language.to_string())
        .creation_date(date)
        .document_id(format!(
            "handbook-charter\u{1f}{}\u{1f}{}\u{1f}{}",
            info.association, info.title, info.revision
        ))
}
