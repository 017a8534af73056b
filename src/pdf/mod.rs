//! The signature-ready PDF of a charter revision, produced in Rust (no browser, no LaTeX).
//!
//! [`charter_pdf`] turns the charter's sections into an A4 document: a title block (association,
//! title, revision, date, approval and the SHA-256 of the charter sources), the numbered sections,
//! then a signature page with one row per signer (name, role, date, signature). Every page has a
//! footer with the revision, the source hash and "Page n / N".
//!
//! The pipeline, one module per step:
//!
//! - [`markdown`] reduces each section body to layout blocks;
//! - [`text`] breaks lines with the real metrics of the embedded [`fonts`] (Liberation Sans, SIL
//!   Open Font License);
//! - [`layout`] sets the document into pages: Markdown through the generic [`typeset`] engine
//!   (lists, tables, keep rules, pagination), the title block, signers' table and footer through
//!   [`charter_parts`];
//! - `draw` exports the pages with krilla as PDF/A-2b (fonts embedded and subset, XMP metadata and
//!   conformance claim checked by krilla), with `metadata` derived from the revision only;
//! - `signature` adds, with lopdf, an AcroForm whose empty `/Sig` fields sit on the signature
//!   boxes, so the file can be signed with any PAdES tool.
//!
//! The output depends on nothing but the input: the same revision always gives the same bytes.
//! Signing appends to the file, so the SHA-256 of this unsigned PDF identifies every signed copy.

pub mod charter_parts;
mod draft;
mod draw;
pub mod fonts;
mod labels;
pub mod layout;
pub mod markdown;
mod metadata;
mod signature;
pub mod text;
pub mod typeset;
pub mod ui_strings;

use std::fmt;

use sha2::{Digest, Sha256};

use crate::content::charter::Section;
use labels::{fill, Labels};
use layout::{Element, Footer, Geometry, Item, SignatureTable, TitleBlock, TitleRow};
use markdown::{Block, Span};

/// At most this many signer rows and signature fields: beyond it, a sign-up sheet is the better
/// tool, and the bound keeps a typo from producing a thousand-page PDF.
pub const MAX_SIGNATURE_FIELDS: usize = 100;

/// One charter section: its number, title and Markdown body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharterSectionInput<'a> {
    pub number: u32,
    pub title: &'a str,
    pub body: &'a str,
}

impl<'a> From<&'a Section> for CharterSectionInput<'a> {
    fn from(section: &'a Section) -> Self {
        CharterSectionInput {
            number: section.number,
            title: &section.title,
            body: &section.body.text,
        }
    }
}

/// Everything printed in a charter PDF.
#[derive(Debug, Clone, Copy)]
pub struct CharterPdf<'a> {
    /// The association, e.g. "Les Ateliers du Pont-Vert".
    pub association: &'a str,
    /// The document title, e.g. "Charte d'utilisation de l'IA".
    pub title: &'a str,
    /// The revision id, e.g. "2026".
    pub revision: &'a str,
    /// The revision date, `YYYY-MM-DD`: printed, and the source of the PDF's dates and id.
    pub date: &'a str,
    /// Who approved the revision, e.g. "Conseil d'administration du 12 mars 2026".
    pub approved_by: &'a str,
    /// Hex SHA-256 of the charter sources of that revision (see [`source_hash`]).
    pub source_sha256: &'a str,
    /// Language of the document (BCP 47): it picks the printed labels from the built-in theme's
    /// UI strings (see [`labels`]), falling back to French as the site's pages do.
    pub language: &'a str,
    /// The sections, in order.
    pub sections: &'a [CharterSectionInput<'a>],
    /// Number of signer rows, each with its digital signature field (0: no signature page).
    pub signature_fields: usize,
}

/// Why a PDF could not be produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// The date is not a valid `YYYY-MM-DD` date.
    InvalidDate(String),
    /// The source hash is not 64 hexadecimal digits.
    InvalidHash(String),
    NoSections,
    TooManySignatureFields(usize),
    /// An embedded font cannot be read (a corrupt build).
    Font(String),
    /// The printed labels cannot be read from the built-in theme's UI strings; the message names
    /// the missing key or the file.
    Labels(String),
    /// krilla or lopdf failed; the message says where.
    Pdf(String),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::InvalidDate(date) => {
                write!(f, "charter PDF: date `{date}` is not a valid YYYY-MM-DD date")
            }
            PdfError::InvalidHash(hash) => write!(
                f,
                "charter PDF: source hash `{hash}` is not a SHA-256 (64 hexadecimal digits)"
            ),
            PdfError::NoSections => write!(f, "charter PDF: the charter has no sections"),
            PdfError::TooManySignatureFields(n) => write!(
                f,
                "charter PDF: {n} signature fields requested, at most {MAX_SIGNATURE_FIELDS} are supported"
            ),
            PdfError::Font(message) => write!(f, "charter PDF: {message}"),
            PdfError::Labels(message) => write!(f, "charter PDF: {message}"),
            PdfError::Pdf(message) => write!(f, "charter PDF: {message}"),
        }
    }
}

impl std::error::Error for PdfError {}

/// The SHA-256 of a charter's sources, as lowercase hex.
///
/// Definition (stable: it is published with each revision): for each section in order, the
/// decimal section number, the byte 0x1F, the title, 0x1F, the Markdown body, then 0x1E; the hash
/// is taken over the concatenation. It covers exactly what the PDF prints from the sources, and
/// the separators make the split between title and body, and between sections, unambiguous.
pub fn source_hash(sections: &[CharterSectionInput<'_>]) -> String {
    let mut hasher = Sha256::new();
    for section in sections {
        hasher.update(section.number.to_string().as_bytes());
        hasher.update([0x1F]);
        hasher.update(section.title.as_bytes());
        hasher.update([0x1F]);
        hasher.update(section.body.as_bytes());
        hasher.update([0x1E]);
    }
    crate::digest::hex(&hasher.finalize())
}

/// Builds the charter PDF (PDF/A-2b with empty signature fields). Deterministic: the same input
/// always gives the same bytes.
pub fn charter_pdf(doc: &CharterPdf<'_>) -> Result<Vec<u8>, PdfError> {
    build(doc, None)
}

/// Builds the PDF of a charter nobody approved yet (the draft): "draft, do not sign" on every page
/// in the document's language, no signature page and no signature field, whatever
/// `doc.signature_fields` says. `doc.revision` and `doc.date` are the revision in force, which the
/// draft amends; `doc.approved_by` is not printed.
pub fn draft_charter_pdf(doc: &CharterPdf<'_>) -> Result<Vec<u8>, PdfError> {
    let labels = draft::DraftLabels::for_language(doc.language)?;
    build(
        &CharterPdf {
            signature_fields: 0,
            ..*doc
        },
        Some(&labels),
    )
}

fn build(doc: &CharterPdf<'_>, draft: Option<&draft::DraftLabels>) -> Result<Vec<u8>, PdfError> {
    let date = metadata::parse_date(doc.date)?;
    let hash = doc.source_sha256.trim();
    if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(PdfError::InvalidHash(doc.source_sha256.to_string()));
    }
    let hash = hash.to_ascii_lowercase();
    if doc.sections.is_empty() {
        return Err(PdfError::NoSections);
    }
    if doc.signature_fields > MAX_SIGNATURE_FIELDS {
        return Err(PdfError::TooManySignatureFields(doc.signature_fields));
    }
    let labels = Labels::for_language(doc.language)?;
    let long_date = labels.long_date(date.year, date.month, date.day);
    let fonts = fonts::Fonts::load()?;
    let geo = Geometry::a4();

    let mut elements = elements(doc, &labels, &long_date, &hash);
    let identification = [
        ("association", doc.association),
        ("title", doc.title),
        ("revision", doc.revision),
        ("date", &long_date),
    ];
    let footer = Footer {
        lines: vec![
            match draft {
                Some(d) => fill(&d.footer, &identification),
                None => fill(&labels.footer_revision, &identification),
            },
            fill(&labels.footer_hash, &[("hash", &hash)]),
        ],
        page_label: labels.page.clone(),
    };
    if let (Some(d), Some(Element::Title(title))) = (draft, elements.first_mut()) {
        title.rows = d
            .title_rows(doc.revision, &long_date, &labels.sources_hash, &hash)
            .into_iter()
            .map(|(label, value, small)| TitleRow {
                label,
                value,
                small,
            })
            .collect();
    }
    let mut laid_out = layout::layout(&fonts, &elements, &footer, &geo);
    if let Some(d) = draft {
        draft::add_band(&fonts, &mut laid_out, &d.band, &geo);
    }

    let fields: Vec<signature::Field> = laid_out
        .pages
        .iter()
        .enumerate()
        .flat_map(|(page, p)| p.items.iter().map(move |item| (page, item)))
        .filter_map(|(page, item)| match item {
            Item::SignatureField { index, x, y, w, h } => Some(signature::Field {
                page,
                rect: [*x, geo.height - (y + h), x + w, geo.height - y],
                name: format!("Signature{}", index + 1),
                tooltip: fill(&labels.field_tooltip, &[("n", &(index + 1).to_string())]),
            }),
            _ => None,
        })
        .collect();

    let subject_values = [
        ("association", doc.association),
        ("revision_label", &labels.revision),
        ("revision", doc.revision),
        ("date", &long_date),
        ("approved_by", doc.approved_by),
        ("hash", &hash),
    ];
    let title = match draft {
        Some(d) => format!("{} — {}", d.band, doc.title),
        None => doc.title.to_string(),
    };
    let info = metadata::Info {
        title: &title,
        subject: match draft {
            Some(d) => fill(&d.subject, &subject_values),
            None => fill(&labels.subject, &subject_values),
        },
        association: doc.association,
        revision: doc.revision,
        language: doc.language,
        date,
    };
    let pdf = draw::render(&fonts, &laid_out, &geo, metadata::metadata(&info))?;
    signature::add_fields(&pdf, &fields)
}

/// The document's elements in reading order.
fn elements(doc: &CharterPdf<'_>, labels: &Labels, long_date: &str, hash: &str) -> Vec<Element> {
    let mut elements = vec![Element::Title(TitleBlock {
        kicker: doc.association.to_string(),
        title: doc.title.to_string(),
        rows: [
            (&labels.revision, doc.revision, false),
            (&labels.date, long_date, false),
            (&labels.approval, doc.approved_by, false),
            (&labels.sources_hash, hash, true),
        ]
        .into_iter()
        .map(|(label, value, small)| TitleRow {
            label: label.to_string(),
            value: value.to_string(),
            small,
        })
        .collect(),
    })];
    for section in doc.sections {
        elements.push(Element::Section(format!(
            "{}. {}",
            section.number, section.title
        )));
        elements.push(Element::Blocks(markdown::parse(section.body)));
    }
    if doc.signature_fields > 0 {
        let statement = fill(
            &labels.statement,
            &[("title", doc.title), ("revision", doc.revision)],
        );
        elements.extend([
            Element::PageBreak,
            Element::Section(labels.signatures.clone()),
            Element::Blocks(vec![Block::Paragraph(vec![Span::plain(statement)])]),
            Element::Signatures(SignatureTable {
                columns: labels.columns.clone(),
                rows: doc.signature_fields,
            }),
            Element::Note(vec![Block::Paragraph(vec![Span::plain(fill(
                &labels.note,
                &[("fields", &doc.signature_fields.to_string())],
            ))])]),
        ]);
    }
    elements
}
