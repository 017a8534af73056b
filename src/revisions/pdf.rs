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
    pdf::charter_pdf(&CharterPdf {
        association: &hb.site.association.name,
        title: title(&hb.site.language.value),
        revision: id,
        date,
        approved_by,
        source_sha256: &source,
        language: &hb.site.language.value,
        sections: &sections,
        signature_fields: SIGNATURE_FIELDS,
    })
    .map_err(|e| e.to_string())
}
