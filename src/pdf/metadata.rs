//! Document metadata derived from the revision only — never from the clock or the machine — so
//! that rebuilding a revision gives the same bytes.
//!
//! The creation and modification dates are the revision date at 00:00 UTC; the PDF document id is
//! krilla's stable hash of a string naming the association, the charter and the revision (the same
//! for every rebuild of that revision), and the instance id is krilla's hash of the content.

use krilla::metadata::{DateTime, Metadata};

use super::PdfError;

/// A calendar date read from `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Parses a `YYYY-MM-DD` date and checks that the day exists.
pub fn parse_date(text: &str) -> Result<Date, PdfError> {
    let invalid = || PdfError::InvalidDate(text.to_string());
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return Err(invalid());
    }
    let number = |range: std::ops::Range<usize>| -> Result<u16, PdfError> {
        let part = text.get(range).ok_or_else(invalid)?;
        if !part.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        part.parse().map_err(|_| invalid())
    };
    let year = number(0..4)?;
    let month = u8::try_from(number(5..7)?).map_err(|_| invalid())?;
    let day = u8::try_from(number(8..10)?).map_err(|_| invalid())?;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(invalid()),
    };
    if year == 0 || day == 0 || day > days {
        return Err(invalid());
    }
    Ok(Date { year, month, day })
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
