//! The charter PDF of a revision: what people print and sign, built from the frozen snapshot.

use crate::content::Handbook;
use crate::pdf::{self, CharterPdf, CharterSectionInput};

/// Signer rows (and empty digital signature fields) on the signature page.
pub const SIGNATURE_FIELDS: usize = 4;

/// The charter's title in the handbook's language.
pub fn title(language: &str) -> &'static str {
    if language.starts_with("en") {
        "Charter for the use of artificial intelligence"
    } else {
        "Charte d'utilisation de l'intelligence artificielle"
    }
}

/// File name of a revision's charter PDF at the site root.
pub fn file_name(id: &str) -> String {
    format!("charter-{id}.pdf")
}

/// Builds the PDF of `hb`'s charter as revision `id`.
pub fn build(hb: &Handbook, id: &str, date: &str, approved_by: &str) -> Result<Vec<u8>, String> {
    let sections: Vec<CharterSectionInput<'_>> =
        hb.charter.iter().map(CharterSectionInput::from).collect();
    let source = pdf::source_hash(&sections);
    pdf::charter_pdf(&document(hb, id, date, approved_by, &source, &sections))
        .map_err(|e| e.to_string())
}

/// Builds the PDF of `hb`'s charter as a draft amending revision `in_force` of `date` (the one in
/// force): marked on every page as not approved, in its language, with no signature field, so
/// nobody signs a text the committee has not voted.
pub fn build_draft(hb: &Handbook, in_force: &str, date: &str) -> Result<Vec<u8>, String> {
    let sections: Vec<CharterSectionInput<'_>> =
        hb.charter.iter().map(CharterSectionInput::from).collect();
    let source = pdf::source_hash(&sections);
    pdf::draft_charter_pdf(&document(hb, in_force, date, "", &source, &sections))
        .map_err(|e| e.to_string())
}

/// The charter sources' SHA-256 that [`build`] prints in the PDF (labelled "SHA-256 des
/// sources"), for the pages and `revision list` to show beside the PDF.
pub fn charter_hash(hb: &Handbook) -> String {
    let sections: Vec<CharterSectionInput<'_>> =
        hb.charter.iter().map(CharterSectionInput::from).collect();
    pdf::source_hash(&sections)
}

/// The charter hash printed in the PDF of frozen revision `revision` of the handbook at `root`.
pub fn frozen_charter_hash(
    root: &std::path::Path,
    revision: &super::Revision,
) -> Result<String, crate::diagnostics::Diagnostics> {
    let hb = crate::content::load(&root.join(&revision.dir))
        .map_err(|d| d.with_prefix(&revision.dir))?;
    Ok(charter_hash(&hb))
}

/// A SHA-256 of everything [`build`] puts in the PDF, for the build cache: the PDF is the same
/// whenever this is (for one version of the generator), and costs far less to compute.
pub fn fingerprint(hb: &Handbook, id: &str, date: &str, approved_by: &str) -> String {
    let sections: Vec<CharterSectionInput<'_>> =
        hb.charter.iter().map(CharterSectionInput::from).collect();
    let source = pdf::source_hash(&sections);
    let doc = document(hb, id, date, approved_by, &source, &sections);
    let mut text = String::new();
    for field in [
        doc.association,
        doc.title,
        doc.revision,
        doc.date,
        doc.approved_by,
        doc.source_sha256,
        doc.language,
    ] {
        text.push_str(&format!("{}:{field}\n", field.len()));
    }
    text.push_str(&doc.signature_fields.to_string());
    crate::digest::sha256_hex(text.as_bytes())
}

fn document<'a>(
    hb: &'a Handbook,
    id: &'a str,
    date: &'a str,
    approved_by: &'a str,
    source: &'a str,
    sections: &'a [CharterSectionInput<'a>],
) -> CharterPdf<'a> {
    CharterPdf {
        association: &hb.site.association.name,
        title: title(&hb.site.language.value),
        revision: id,
        date,
        approved_by,
        source_sha256: source,
        language: &hb.site.language.value,
        sections,
        signature_fields: SIGNATURE_FIELDS,
    }
}
