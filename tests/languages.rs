//! Languages: the default handbook in French at the root and in English under `en/`, translated
//! twins where they exist, the default language as a marked fallback elsewhere.

mod common;

use common::{build, repo_root, snapshot, text};

#[test]
fn english_edition_with_twins_fallbacks_hreflang_and_switcher() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let public = tmp.path().join("public");
    build(&repo_root(), &public, &[]).assert_success();
    let site = snapshot(&public);

    let fr = text(&site, "charter/index.html");
    let en = text(&site, "en/charter/index.html");
    assert!(fr.contains("<html lang=\"fr\">") && en.contains("<html lang=\"en\">"));
    assert!(en.contains("<h1>Charter</h1>"), "UI strings in English");
    assert!(
        en.contains("id=\"preambule\""),
        "anchors are the same in every language"
    );
    assert!(
        !en.contains("class=\"notice\""),
        "a translated page has no fallback notice"
    );
    assert!(
        en.contains("hreflang=\"fr\" href=\"../../charter/\""),
        "{}",
        &en[..600]
    );
    assert!(fr.contains("hreflang=\"en\" href=\"../en/charter/\""));
    assert!(
        text(&site, "en/index.html").contains("AI handbook of Les Ateliers du Pont-Vert"),
        "handbook.en.yaml twin"
    );

    // A prompt without an English twin is shown in French, marked as such.
    let fallback = text(&site, "en/prompts/prompt-009/index.html");
    assert!(fallback.contains("class=\"notice\""));
    assert!(fallback.contains("<main id=\"main\" tabindex=\"-1\" lang=\"fr\""));
    let translated = text(&site, "en/prompts/prompt-001/index.html");
    assert!(
        translated.contains("## Context") || translated.contains(">Context<"),
        "English prompt sections"
    );

    // Older revisions exist in English too (falling back to French where they had no twins).
    assert!(site.contains_key("revisions/2025/en/charter/index.html"));
    assert!(text(&site, "revisions/2025/en/charter/index.html").contains("class=\"notice\""));
    // The English revision switcher stays in English.
    assert!(
        en.contains("href=\"../../revisions/2025/en/charter/\""),
        "switcher keeps the language"
    );
}
