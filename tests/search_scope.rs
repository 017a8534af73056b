//! Search per revision: an older revision and the draft search themselves by default and offer the
//! revision in force, in a fieldset the script reads (`name="in"`, `data-index`, `data-label`); the
//! revision in force offers no choice. The behaviour in a browser is in `tests/e2e/search.mjs`.
//!
//! Built on the fixture `tests/fixtures/revised/` (revisions 2025 and 2026, French and English, a
//! draft), so the labels below are the fixture's, not those of the default handbook's revisions.

mod common;

use common::{build, copy_fixture, snapshot, text};

#[test]
fn older_revisions_and_the_draft_offer_to_search_the_revision_in_force() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("revised", &root);
    let public = tmp.path().join("public");
    build(&root, &public, &["--drafts"]).assert_success();
    let site = snapshot(&public);

    let older = text(&site, "revisions/2025/search/index.html");
    assert!(older.contains("<fieldset class=\"scope\"><legend>Où chercher</legend>"));
    assert!(
        older.contains("<label><input type=\"radio\" name=\"in\" value=\"here\" data-index=\"./\" data-label=\"Révision 2025\" checked> Dans cette révision (2025)</label>"),
        "{older}"
    );
    assert!(older.contains("<label><input type=\"radio\" name=\"in\" value=\"newest\" data-index=\"../../../search/\" data-label=\"Révision 2026\"> Dans la révision en vigueur (2026)</label>"));
    assert!(
        older.contains("data-label=\"Révision 2025\" hidden>"),
        "the form's own scope"
    );

    let english = text(&site, "revisions/2025/en/search/index.html");
    assert!(english.contains("<legend>Where to search</legend>"));
    assert!(english.contains("value=\"newest\" data-index=\"../../../../en/search/\" data-label=\"Revision 2026\"> In the revision in force (2026)"));
    // The English pages of an older revision point to the English revision in force.
    assert!(english.contains("class=\"banner\""), "banner in English");

    let draft = text(&site, "draft/search/index.html");
    assert!(draft.contains("value=\"here\" data-index=\"./\" data-label=\"Brouillon\" checked> Dans ce brouillon</label>"));
    assert!(draft
        .contains("value=\"newest\" data-index=\"../../search/\" data-label=\"Révision 2026\">"));

    for newest in [
        "search/index.html",
        "en/search/index.html",
        "revisions/2026/search/index.html",
    ] {
        let html = text(&site, newest);
        assert!(!html.contains("<fieldset"), "{newest} offers no choice");
        assert!(
            html.contains("Revision 2026\" hidden>") || html.contains("Révision 2026\" hidden>"),
            "{newest} labels its results"
        );
    }
}
