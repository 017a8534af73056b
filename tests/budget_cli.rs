//! The page budget through `handbook build`: the summary is printed, a tightened budget stops the
//! build naming the pages over it, and a budget cannot be loosened.

mod common;

use std::fs;

use common::{build, copy_dir, fixtures};

fn minimal_with(extra_config: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_dir(&fixtures().join("minimal"), &root);
    let config = root.join("handbook.yaml");
    let mut text = fs::read_to_string(&config).expect("config");
    text.push_str(extra_config);
    fs::write(&config, text).expect("write config");
    (tmp, root)
}

#[test]
fn the_build_prints_page_weights_and_co2_per_view() {
    let (tmp, root) = minimal_with("");
    let run = build(&root, &tmp.path().join("public"), &[]);
    run.assert_success();
    assert!(run.stderr.contains("median page"), "{}", run.stderr);
    assert!(
        run.stderr.contains("148.2 g per GB"),
        "the model's constants are stated"
    );
    // The service worker's download after a first visit is counted too, file for file as its
    // published list says: the shared files and the home page's language.
    let manifest: serde_json::Value = serde_json::from_slice(
        &fs::read(tmp.path().join("public/sw-precache.json")).expect("the worker's list"),
    )
    .expect("JSON");
    let language = manifest["default"].as_str().expect("a default language");
    let count = manifest["urls"].as_array().expect("shared files").len()
        + manifest["languages"][language]
            .as_array()
            .expect("the language's files")
            .len();
    assert!(
        run.stderr.contains(&format!(
            "once per reader and build: the offline copy saved after a first visit ({language}, {count} files,"
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn a_site_not_saved_offline_reports_no_offline_copy() {
    let (tmp, root) = minimal_with("offline: false\n");
    let run = build(&root, &tmp.path().join("public"), &[]);
    run.assert_success();
    assert!(run.stderr.contains("median page"), "{}", run.stderr);
    assert!(!run.stderr.contains("offline copy"), "{}", run.stderr);
}

#[test]
fn a_tightened_budget_stops_the_build_and_names_the_page() {
    let (tmp, root) = minimal_with("budget:\n  max_page_kb: 2\n");
    let public = tmp.path().join("public");
    let run = build(&root, &public, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("charter/index.html:1:1: error:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("budget.max_page_kb"),
        "the hint names the key: {}",
        run.stderr
    );
    assert!(!public.exists(), "nothing was written");
}

#[test]
fn a_budget_cannot_be_loosened() {
    let (tmp, root) = minimal_with("budget:\n  max_page_kb: 500\n");
    let run = build(&root, &tmp.path().join("public"), &[]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("handbook.yaml:"), "{}", run.stderr);
}

#[test]
fn a_build_over_its_budget_leaves_the_published_site_as_it_was() {
    // The site is weighed while its files are written beside the output: a site over budget must
    // never be put in place, and what was written for it must not stay behind.
    let (tmp, root) = minimal_with("");
    let public = tmp.path().join("public");
    build(&root, &public, &[]).assert_success();
    let before = fs::read(public.join("charter/index.html")).expect("the charter");
    let config = root.join("handbook.yaml");
    let mut text = fs::read_to_string(&config).expect("config");
    text.push_str("budget:\n  max_page_kb: 2\n");
    fs::write(&config, text).expect("write config");
    let preamble = root.join("content/charter/01-preambule.md");
    let mut text = fs::read_to_string(&preamble).expect("the preamble");
    text.push_str("\nUne phrase de plus, que le site publié ne doit pas montrer.\n");
    fs::write(&preamble, text).expect("write the preamble");
    let run = build(&root, &public, &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains("budget.max_page_kb"), "{}", run.stderr);
    assert_eq!(
        fs::read(public.join("charter/index.html")).expect("the charter is still there"),
        before,
        "the published site is the previous one"
    );
    let leftovers: Vec<String> = fs::read_dir(tmp.path())
        .expect("the output's folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("staging") || name.contains("previous-"))
        .collect();
    assert!(leftovers.is_empty(), "left behind: {leftovers:?}");
}
