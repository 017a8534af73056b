//! The draft's charter PDF says on every page, in the document's language, that it is not approved
//! and must not be signed, and it has no signature field: nobody can take it for the charter to sign.
//!
//! `write_draft_charter_pdf` writes a draft PDF of the default charter (several pages) and the
//! facts it must show (to `$DRAFT_PDF_OUT` when set) for `tests/pdf/check.sh`, which reads every
//! page back with poppler.

use std::path::Path;

use handbook::revisions;
use lopdf::Document;

fn load(root: &Path) -> handbook::content::Handbook {
    handbook::content::load(root)
        .unwrap_or_else(|d| panic!("{} does not load: {d:?}", root.display()))
}

fn fixture(name: &str) -> handbook::content::Handbook {
    load(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
}

/// The band of `language`, as the built-in theme's UI strings give it.
fn band(language: &str) -> String {
    handbook::pdf::ui_strings::built_in(language)
        .expect("UI strings")
        .get("pdf_draft_band")
        .cloned()
        .expect("a draft band in every language")
}

fn signature_fields(bytes: &[u8]) -> usize {
    let doc = Document::load_mem(bytes).expect("lopdf reads the PDF");
    doc.catalog()
        .ok()
        .and_then(|c| c.get(b"AcroForm").ok())
        .and_then(|f| f.as_dict().ok())
        .and_then(|f| f.get(b"Fields").ok())
        .and_then(|f| f.as_array().ok())
        .map_or(0, Vec::len)
}

#[test]
fn a_draft_pdf_has_no_signature_field_and_a_revision_pdf_keeps_them() {
    let hb = fixture("revised");
    let draft = revisions::pdf::build_draft(&hb, "2026", "2026-03-12").expect("a draft PDF");
    assert_eq!(
        draft,
        revisions::pdf::build_draft(&hb, "2026", "2026-03-12").expect("again")
    );
    assert!(draft.starts_with(b"%PDF-1.7"));
    assert_eq!(signature_fields(&draft), 0);
    let signed = revisions::pdf::build(&hb, "2026", "2026-03-12", "Le bureau").expect("a PDF");
    assert_eq!(signature_fields(&signed), revisions::pdf::SIGNATURE_FIELDS);
    assert_ne!(draft, signed);
}

#[test]
fn every_language_has_its_own_draft_band() {
    let (fr, en, nl) = (band("fr"), band("en"), band("nl"));
    assert!(fr.to_lowercase().contains("brouillon"), "{fr}");
    assert!(en.to_lowercase().contains("draft"), "{en}");
    assert!(fr != en && en != nl && fr != nl);
}

#[test]
fn write_draft_charter_pdf() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let out = std::env::var("DRAFT_PDF_OUT")
        .unwrap_or_else(|_| tmp.path().join("draft.pdf").to_string_lossy().into_owned());
    let hb = load(Path::new(env!("CARGO_MANIFEST_DIR")));
    let bytes = revisions::pdf::build_draft(&hb, "2026", "2026-03-12").expect("a draft PDF");
    std::fs::write(&out, &bytes).expect("PDF written");
    let pages = Document::load_mem(&bytes)
        .expect("lopdf reads the PDF")
        .get_pages()
        .len();
    assert!(pages >= 1);
    let facts = format!(
        "band={}\npages={pages}\nrevision=2026\nnot=Révision draft\n",
        band(&hb.site.language.value)
    );
    std::fs::write(format!("{out}.facts"), facts).expect("facts written");
    let written = std::fs::read(&out).expect("PDF read back");
    assert_eq!(written, bytes);
}
