//! Sources written by a careless contributor or an attacker: symbolic links that lead outside the
//! handbook, and Markdown nested deep enough to overflow a recursive walk. Nothing outside the
//! handbook may be published, and no input may abort the process or leave half-made output.

mod common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use common::{assert_no_panic, build, copy_dir, fixtures, handbook, snapshot, validate};

/// A copy of the minimal fixture handbook in `tmp/hb`, and a secret file beside it (outside).
fn handbook_with_secret(tmp: &Path) -> (PathBuf, PathBuf) {
    let root = tmp.join("hb");
    copy_dir(&fixtures().join("minimal"), &root);
    let secret = tmp.join("secret.txt");
    fs::write(&secret, "SECRET-OF-THE-BUILD-MACHINE\n").expect("write secret");
    (root, secret)
}

fn cut(root: &Path, id: &str) -> common::Run {
    handbook([
        "revision",
        "cut",
        id,
        "--date",
        "2026-03-01",
        "--approved-by",
        "Conseil d'administration",
        "--summary",
        "Une révision de test.",
        "--root",
        root.to_str().expect("utf-8 path"),
    ])
}

/// Every way the build could read a file: a page, the checker page, a static file, a template, a
/// folder of pages, a whole theme.
#[test]
fn links_leading_outside_the_handbook_are_refused_everywhere_and_nothing_is_published() {
    let cases: &[(&str, bool)] = &[
        ("content/index.md", false),
        ("content/checker.md", false),
        ("content/method/passwd.md", false),
        ("static/x.txt", false),
        ("templates/base.html", false),
        ("content/method/etc", true),
        ("static", true),
    ];
    for &(link, is_dir) in cases {
        let tmp = tempfile::tempdir().expect("temporary folder");
        let (root, secret) = handbook_with_secret(tmp.path());
        let target = if is_dir {
            let dir = tmp.path().join("outside");
            fs::create_dir_all(&dir).expect("mkdir");
            fs::copy(&secret, dir.join("leak.md")).expect("copy");
            dir
        } else {
            secret.clone()
        };
        let path = root.join(link);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        let _ = fs::remove_file(&path);
        symlink(&target, &path).expect("symlink");

        let out = tmp.path().join("public");
        for run in [validate(&root), build(&root, &out, &["--drafts"])] {
            assert_no_panic(&run);
            assert_ne!(run.code, Some(0), "{link}: a link outside was accepted");
            assert!(
                run.stderr.contains(link) && run.stderr.contains("outside the handbook"),
                "{link}: the error must name the link:\n{}",
                run.stderr
            );
        }
        assert!(!out.exists(), "{link}: nothing may be written");
        let run = cut(&root, "2026");
        assert_ne!(run.code, Some(0), "{link}: cut accepted a link outside");
        assert!(
            !root.join("revisions/2026").exists(),
            "{link}: the cut left a revision"
        );
    }
}

#[test]
fn links_inside_the_handbook_are_followed_by_the_build_and_the_cut() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let (root, _) = handbook_with_secret(tmp.path());
    // A method page shared under a second name, by a relative link.
    fs::create_dir_all(root.join("shared")).expect("mkdir");
    let page = fs::read_to_string(root.join("content/method/categories.md")).expect("read");
    let shared = page.replacen("title:", "title: Copie —", 1);
    fs::write(root.join("shared/copie.md"), &shared).expect("write");
    symlink(
        "../../shared/copie.md",
        root.join("content/method/copie.md"),
    )
    .expect("symlink");

    let out = tmp.path().join("public");
    build(&root, &out, &[]).assert_success();
    assert!(out.join("method/copie/index.html").is_file());

    cut(&root, "2026").assert_success();
    let frozen = root.join("revisions/2026/content/method/copie.md");
    let meta = fs::symlink_metadata(&frozen).expect("frozen copy");
    assert!(
        meta.is_file(),
        "the revision holds the file's content, not a link"
    );
    assert_eq!(fs::read_to_string(&frozen).expect("read"), shared);
    handbook(["revision", "list", "--root", root.to_str().expect("utf-8")]).assert_success();
}

#[test]
fn a_link_loop_inside_the_handbook_is_reported_not_walked() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let (root, _) = handbook_with_secret(tmp.path());
    symlink("..", root.join("content/method/again")).expect("symlink");
    let run = validate(&root);
    assert_no_panic(&run);
    assert_ne!(run.code, Some(0));
    assert!(
        run.stderr.contains("content/method/again") && run.stderr.contains("loop"),
        "{}",
        run.stderr
    );
}

fn nested_blockquote(levels: usize) -> String {
    format!("{}profond\n", "> ".repeat(levels))
}

fn nested_list(levels: usize) -> String {
    format!("{}profond\n", "- ".repeat(levels))
}

#[test]
fn deep_nesting_is_an_error_in_validate_build_and_cut_and_leaves_nothing_behind() {
    for body in [nested_blockquote(20_000), nested_list(20_000)] {
        let tmp = tempfile::tempdir().expect("temporary folder");
        let (root, _) = handbook_with_secret(tmp.path());
        let section = root.join("content/charter/01-preambule.md");
        let text = fs::read_to_string(&section).expect("read");
        fs::write(&section, format!("{text}\n\n{body}")).expect("write");

        let out = tmp.path().join("public");
        for run in [
            validate(&root),
            build(&root, &out, &["--drafts"]),
            cut(&root, "2026"),
        ] {
            assert_no_panic(&run);
            assert!(!run.stderr.contains("overflow"), "aborted:\n{}", run.stderr);
            assert!(
                matches!(run.code, Some(1) | Some(2)),
                "expected an error exit, got {:?}:\n{}",
                run.code,
                run.stderr
            );
            assert!(
                run.stderr.contains("content/charter/01-preambule.md:")
                    && run.stderr.contains("nesting deeper than"),
                "{}",
                run.stderr
            );
        }
        assert!(!out.exists());
        let revisions = root.join("revisions");
        let left: Vec<String> = fs::read_dir(&revisions)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        assert!(left.is_empty(), "the failed cut left {left:?}");
    }
}

#[test]
fn nesting_up_to_the_limit_builds_every_output_including_the_pdf() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let (root, _) = handbook_with_secret(tmp.path());
    let section = root.join("content/charter/01-preambule.md");
    let text = fs::read_to_string(&section).expect("read");
    // 63 quotes inside each other, and the paragraph inside them: 64 levels, the limit.
    let deep = nested_blockquote(63);
    fs::write(&section, format!("{text}\n\n{deep}")).expect("write");
    cut(&root, "2026").assert_success();
    let out = tmp.path().join("public");
    build(&root, &out, &["--drafts"]).assert_success();
    let site = snapshot(&out);
    assert!(site.keys().any(|k| k.ends_with(".pdf")));
}

#[test]
fn a_folder_left_by_an_interrupted_cut_is_named_and_staging_leftovers_are_removed() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let (root, _) = handbook_with_secret(tmp.path());
    // What a cut killed after its rename, before recording the revision, leaves; and the staging
    // folder of a cut killed earlier (its process is gone).
    fs::create_dir_all(root.join("revisions/2026/content")).expect("mkdir");
    fs::create_dir_all(root.join("revisions/.2027.staging-4199999")).expect("mkdir");
    let run = cut(&root, "2026");
    assert_ne!(run.code, Some(0));
    assert!(
        run.stderr.contains("revisions/2026/") && run.stderr.contains("interrupted cut"),
        "{}",
        run.stderr
    );
    cut(&root, "2027").assert_success();
    assert!(!root.join("revisions/.2027.staging-4199999").exists());
}
