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
