//! Smaller things readers meet on the built site, each checked on a fixture handbook: a prompt field
//! that asks for one item per line, the prompt's instructions without JavaScript, an indicator whose
//! target is a ceiling, a decision-tree leaf that names its category once, the passage a search
//! result shows, the 404 page under a sub-path and the changes page's words in its own language.

mod common;

use std::fs;
use std::path::Path;

use common::{build, copy_fixture, copy_minimal_with};

fn read(site: &Path, path: &str) -> String {
    fs::read_to_string(site.join(path)).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

fn write(root: &Path, path: &str, text: &str) {
    let file = root.join(path);
    fs::create_dir_all(file.parent().expect("a parent folder")).expect("create folder");
    fs::write(&file, text).expect("write fixture file");
}

/// The minimal handbook with a prompt asking for tasks one per line, an indicator that must stay
/// at most 0 and one watched without a target, built; returns the output folder.
fn minimal_site(tmp: &Path) -> std::path::PathBuf {
    let root = tmp.join("hb");
    copy_minimal_with("minimal", &root);
    write(
        &root,
        "content/prompts/002-mission.md",
        "---\nid: PROMPT-002\ntitle: \"Fiche de mission\"\ntags: [bénévolat]\nuse_case: \"Décrire une mission.\"\n---\n## Contexte\n\nNous cherchons un bénévole pour [mission].\n\n## Prompt\n\nRédige la fiche avec ces tâches :\n[tâches, une par ligne]\n",
    );
    write(
        &root,
        "content/indicators.yaml",
        "periods: [\"T1 2026\", \"T2 2026\"]\nindicators:\n  - id: incidents\n    label: \"Incidents déclarés\"\n    group: security\n    unit: count\n    target: 0\n    direction: at_most\n    values: [2, 0]\n  - id: reports\n    label: \"Signalements reçus\"\n    group: security\n    unit: count\n    direction: watch\n    values: [3, 5]\n",
    );
    let out = tmp.join("out");
    build(&root, &out, &[]).assert_success();
    out
}

#[test]
fn a_field_asking_for_one_item_per_line_is_a_multi_line_box() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let out = minimal_site(tmp.path());
    let html = read(&out, "prompts/prompt-002/index.html");
    let field = |name: &str| {
        let at = html
            .find(&format!("data-placeholder=\"{name}\""))
            .unwrap_or_else(|| panic!("no field for [{name}] in {html}"));
        let start = html[..at].rfind('<').expect("the field's tag");
        html[start..at].to_string()
    };
    assert!(
        field("tâches, une par ligne").starts_with("<textarea"),
        "{html}"
    );
    assert!(field("mission").starts_with("<input"), "{html}");
}

#[test]
fn a_prompt_says_how_to_use_it_without_javascript() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let out = minimal_site(tmp.path());
    let html = read(&out, "prompts/prompt-002/index.html");
    // Visible without scripts (no `hidden`), hidden by the copy script when the buttons appear.
    let note = html
        .split("<p class=\"note\" data-no-js>")
        .nth(1)
        .unwrap_or_else(|| panic!("no instructions for readers without JavaScript in {html}"));
    let note = &note[..note.find("</p>").expect("end of the note")];
    assert!(note.contains("Ctrl+C"), "{note}");
    let copy = fs::read_dir(out.join("assets"))
        .expect("assets")
        .map(|e| e.expect("entry").path())
        .find(|p| p.to_string_lossy().contains("copy."))
        .expect("the copy script");
    assert!(fs::read_to_string(copy)
        .expect("copy script")
        .contains("[data-no-js]"));
}

#[test]
fn an_indicator_with_a_ceiling_is_judged_and_drawn_as_one() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let out = minimal_site(tmp.path());
    let html = read(&out, "indicators/index.html");
    // Last value 0 for "at most 0": met, and the page and the chart say the target is a ceiling.
    assert!(html.contains("class=\"met\""), "{html}");
    assert!(!html.contains("class=\"not-met\""), "{html}");
    assert!(
        html.contains("aria-label=\"Incidents déclarés — objectif au plus 0\""),
        "{html}"
    );
    assert!(html.contains(">≤ 0</text>"), "{html}");
    let missed = html
        .find("chart-bar chart-bar-missed")
        .expect("2 is over the ceiling");
    let met = html
        .find("chart-bar chart-bar-met")
        .expect("0 is at the ceiling");
    assert!(missed < met, "{html}");
}

#[test]
fn a_watched_indicator_is_shown_without_a_verdict() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let out = minimal_site(tmp.path());
    let html = read(&out, "indicators/index.html");
    let article = html
        .split("<article class=\"indicator\" aria-labelledby=\"reports\">")
        .nth(1)
        .expect("the watched indicator's article");
    let article = &article[..article.find("</article>").expect("end of article")];
    // No target, no met/not-met, neutral bars, and the page and chart say it is followed only.
    assert!(!article.contains("class=\"met\""), "{article}");
    assert!(!article.contains("class=\"not-met\""), "{article}");
    assert!(article.contains("Suivi sans objectif"), "{article}");
    assert!(
        article.contains("aria-label=\"Signalements reçus — suivi sans objectif\""),
        "{article}"
    );
    assert_eq!(
        article.matches("chart-bar chart-bar-watch").count(),
        2,
        "{article}"
    );
    assert!(!article.contains("chart-target"), "{article}");
    for (period, value) in [("T1 2026", "3"), ("T2 2026", "5")] {
        assert!(
            article.contains(&format!("<th scope=\"col\">{period}</th>")),
            "{article}"
        );
        assert!(article.contains(&format!("<td>{value}</td>")), "{article}");
    }
}

#[test]
fn a_leaf_and_its_search_result_name_the_category_once() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let out = minimal_site(tmp.path());
    let html = read(&out, "decision-tree/index.html");
    // minimal's leaf is titled "Catégorie 3 : donnée personnelle"; its badge says "Catégorie 3".
    let heading = html
        .split("id=\"cat-3-t\">")
        .nth(1)
        .expect("the leaf's heading");
    let heading = &heading[..heading.find("</h2>").expect("end of heading")];
    assert_eq!(heading.matches("Catégorie 3").count(), 1, "{heading}");
    assert!(heading.contains("donnée personnelle"), "{heading}");
    let docs: String = fs::read_dir(out.join("search/d"))
        .expect("search documents")
        .map(|e| fs::read_to_string(e.expect("entry").path()).expect("document"))
        .collect();
    assert!(!docs.contains("Catégorie 3 Catégorie 3"), "{docs}");
}

#[test]
fn a_search_result_can_show_the_matching_passage_of_its_section() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let out = minimal_site(tmp.path());
    // Each heading of a result file carries the start of its section's text, where the browser
    // finds the sentence that matched (tests/e2e/search.mjs checks it is shown).
    let docs: Vec<serde_json::Value> = fs::read_dir(out.join("search/d"))
        .expect("search documents")
        .map(|e| {
            serde_json::from_slice(&fs::read(e.expect("entry").path()).expect("document"))
                .expect("JSON")
        })
        .collect();
    let headings: Vec<&serde_json::Value> = docs
        .iter()
        .flat_map(|d| d["h"].as_array().expect("headings"))
        .collect();
    assert!(!headings.is_empty());
    assert!(headings
        .iter()
        .all(|h| h.as_array().is_some_and(|h| h.len() == 3)));
    assert!(
        headings
            .iter()
            .any(|h| h[2].as_str().is_some_and(|p| !p.is_empty())),
        "{headings:?}"
    );
}

#[test]
fn the_404_page_works_under_a_sub_path() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("revised", &root);
    let yaml = fs::read_to_string(root.join("handbook.yaml")).expect("handbook.yaml");
    let line = yaml
        .lines()
        .find(|l| l.starts_with("base_url:"))
        .expect("a base_url");
    fs::write(
        root.join("handbook.yaml"),
        yaml.replace(line, "base_url: \"https://example.org/manuel/\""),
    )
    .expect("write handbook.yaml");
    let out = tmp.path().join("out");
    build(&root, &out, &["--drafts"]).assert_success();
    let html = read(&out, "404.html");
    let mut links = 0;
    for attr in ["href=\"", "src=\"", "data-search=\""] {
        for part in html.split(attr).skip(1) {
            let url = &part[..part.find('"').expect("end of attribute")];
            links += 1;
            assert!(
                url.starts_with("/manuel/") || url.starts_with('#') || url.starts_with("https://"),
                "{attr}{url}\" in 404.html would break at another depth"
            );
        }
    }
    assert!(links > 5, "{html}");
}

#[test]
fn the_changes_page_marks_changes_in_its_own_language() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("revised", &root);
    let out = tmp.path().join("out");
    build(&root, &out, &["--drafts"]).assert_success();
    let en = read(&out, "en/changes/index.html");
    let fr = read(&out, "changes/index.html");
    assert!(en.contains("<span class=\"vh\">[added: </span>"), "{en}");
    assert!(en.contains("<span class=\"vh\">[removed: </span>"), "{en}");
    assert!(
        !en.contains("[ajout") && !en.contains("[suppression"),
        "{en}"
    );
    assert!(fr.contains("<span class=\"vh\">[ajout : </span>"), "{fr}");
}
