//! Once revisions exist, `content/` is the draft: it is published only with `--drafts`, but every
//! check runs on it in every command, so a mistake is found before the committee approves the text.
//! A translated twin whose original is missing is an error too, never a file silently left out.

mod common;

use std::path::Path;

use common::{build, copy_fixture, validate};

fn revised(tmp: &Path) -> std::path::PathBuf {
    let root = tmp.join("hb");
    copy_fixture("revised", &root);
    root
}

#[test]
fn a_dead_link_in_the_draft_fails_validate_and_build_without_drafts() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = revised(tmp.path());
    validate(&root).assert_success();
    let file = root.join("content/charter/01-preambule.md");
    let text = std::fs::read_to_string(&file).expect("charter section");
    std::fs::write(
        &file,
        format!("{text}\nVoir aussi la [page disparue](/nulle-part/).\n"),
    )
    .expect("edit");

    let run = validate(&root);
    assert_ne!(run.code, Some(0), "validate must fail:\n{}", run.stdout);
    let line = text.lines().count() + 2;
    let at = format!("content/charter/01-preambule.md:{line}:");
    assert!(
        run.stderr.contains(&at),
        "expected `{at}` in:\n{}",
        run.stderr
    );
    assert!(run.stderr.contains("/nulle-part/"), "{}", run.stderr);

    let out = tmp.path().join("site");
    let run = build(&root, &out, &[]);
    assert_ne!(run.code, Some(0), "build must fail:\n{}", run.stdout);
    assert!(run.stderr.contains(&at), "{}", run.stderr);
    assert!(!out.exists(), "nothing is published");
}

#[test]
fn a_translated_twin_without_its_original_is_an_error() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = revised(tmp.path());
    let prompts = root.join("content/prompts");
    let twin = std::fs::read_to_string(prompts.join("001-presentation.en.md")).expect("a twin");
    std::fs::write(prompts.join("030-x.en.md"), twin).expect("orphan twin");

    let run = validate(&root);
    assert_ne!(run.code, Some(0), "validate must fail:\n{}", run.stdout);
    assert!(
        run.stderr.contains("content/prompts/030-x.en.md:1:1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("030-x.md"),
        "the hint names the original: {}",
        run.stderr
    );
}
