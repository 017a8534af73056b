//! Bad input: every fixture under `tests/fixtures/bad/` is a small handbook with a defect (see
//! `tests/fixtures/README.md`). Building it must fail with exactly the diagnostics of its `expected.txt`,
//! exit code 1, no panic, and leave the previously published site untouched.

mod common;

use std::fs;
use std::path::Path;

use common::{build, entry_names, fixtures, snapshot, snapshot_diff, validate, Run};

/// Files of a fixture folder that describe the case instead of being copied into the handbook.
const CASE_FILES: [&str; 3] = ["expected.txt", "delete.txt", "setup.txt"];

/// Builds the handbook of `bad/<name>` over a previous good build and checks every promise.
fn check_case(name: &str) {
    let case = fixtures().join("bad").join(name);
    let expected = expected_lines(&case);
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    let public = tmp.path().join("public");
    prepare(&case, &root);

    // The shared fixture is built in place, so its cache goes to the temporary folder: a cache
    // written into the fixture would race with the tests that copy it.
    let cache = tmp.path().join("cache");
    build_without_touching(&fixtures().join("minimal"), &public, &cache).assert_success();
    fs::write(public.join("sentinel.txt"), "from the previous build\n").expect("write sentinel");
    let site_before = snapshot(&public);
    let siblings_before = entry_names(tmp.path());

    let run = build(&root, &public, &[]);
    assert_eq!(diagnostics(&run, &root), expected, "`build` of bad/{name}");
    let site_after = snapshot(&public);
    assert!(
        site_after == site_before,
        "bad/{name}: a failed build changed the previous site:\n{}",
        snapshot_diff(&site_before, &site_after)
    );
    assert_eq!(
        entry_names(tmp.path()),
        siblings_before,
        "bad/{name}: a failed build left files beside the output"
    );

    let run = validate(&root);
    assert_eq!(
        diagnostics(&run, &root),
        expected,
        "`validate` of bad/{name}"
    );
}

fn expected_lines(case: &Path) -> Vec<String> {
    let text = fs::read_to_string(case.join("expected.txt"))
        .unwrap_or_else(|e| panic!("{}: every case needs an expected.txt ({e})", case.display()));
    let lines: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(String::from)
        .collect();
    assert!(
        !lines.is_empty(),
        "{}: expected.txt is empty",
        case.display()
    );
    lines
}

/// `build` of a handbook kept in the repository, with its cache outside it.
fn build_without_touching(root: &Path, public: &Path, cache: &Path) -> Run {
    let cache = cache.to_str().expect("temporary paths are UTF-8");
    build(root, public, &["--cache-dir", cache])
}

/// The minimal handbook with the case's files on top, `delete.txt` and `setup.txt` applied.
fn prepare(case: &Path, root: &Path) {
    common::copy_dir(&fixtures().join("minimal"), root);
    overlay(case, case, root);
    if let Ok(list) = fs::read_to_string(case.join("delete.txt")) {
        for rel in directives(&list) {
            let path = root.join(rel);
            let removed = if path.is_dir() {
                fs::remove_dir_all(&path)
            } else {
                fs::remove_file(&path)
            };
            removed.unwrap_or_else(|e| panic!("delete.txt: cannot remove {rel}: {e}"));
        }
    }
    if let Ok(setup) = fs::read_to_string(case.join("setup.txt")) {
        for line in directives(&setup) {
            let words: Vec<&str> = line.split_whitespace().collect();
            match words.as_slice() {
                ["grow", file, bytes] => grow(
                    &root.join(file),
                    bytes.parse().expect("grow: a size in bytes"),
                ),
                ["symlink", link, target] => symlink(target, &root.join(link)),
                _ => panic!("setup.txt: unknown command `{line}`"),
            }
        }
    }
}

fn directives(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn overlay(case: &Path, dir: &Path, root: &Path) {
    for entry in fs::read_dir(dir).expect("list fixture") {
        let path = entry.expect("fixture entry").path();
        let rel = path.strip_prefix(case).expect("inside the case");
        if path.is_dir() {
            overlay(case, &path, root);
        } else if !(dir == case && CASE_FILES.iter().any(|f| rel == Path::new(f))) {
            let target = root.join(rel);
            fs::create_dir_all(target.parent().expect("parent")).expect("create folder");
            fs::copy(&path, &target).expect("copy fixture file");
        }
    }
}

/// Pads `file` with Markdown table rows up to exactly `size` bytes.
fn grow(file: &Path, size: usize) {
    let mut bytes = fs::read(file).expect("read file to grow");
    let row = "| atelier de réparation | 2026-01-15 | 12 participants |\n";
    while bytes.len() + row.len() <= size {
        bytes.extend_from_slice(row.as_bytes());
    }
    bytes.resize(size.max(bytes.len()), b'\n');
    fs::write(file, &bytes).expect("write grown file");
}

#[cfg(unix)]
fn symlink(target: &str, link: &Path) {
    std::os::unix::fs::symlink(target, link).expect("create symlink");
}

#[cfg(not(unix))]
fn symlink(_target: &str, _link: &Path) {
    panic!("setup.txt `symlink` needs Unix; mark the case #[cfg(unix)]");
}

/// The diagnostic lines of a failed run, relative to `root`, after checking the exit code, the absence
/// of a panic and the final summary line.
fn diagnostics(run: &Run, root: &Path) -> Vec<String> {
    common::assert_no_panic(run);
    assert_eq!(
        run.code,
        Some(1),
        "expected exit code 1; stderr:\n{}",
        run.stderr
    );
    assert_eq!(run.stdout, "", "diagnostics go to stderr only");
    let root_text = root.to_string_lossy().replace('\\', "/");
    let prefix = format!("{root_text}/");
    let mut lines: Vec<String> = run
        .stderr
        .lines()
        .map(|l| {
            l.strip_prefix(&prefix)
                .unwrap_or(l)
                .replace(&root_text, "<root>")
        })
        .collect();
    let summary = lines.pop().unwrap_or_default();
    let count = lines.len();
    let plural = if count == 1 { "" } else { "s" };
    assert_eq!(
        summary,
        format!("{count} error{plural} found; nothing was written.")
    );
    lines
}

macro_rules! bad_input_cases {
    ($($(#[$attr:meta])* $test:ident => $case:literal,)*) => {
        $(
            $(#[$attr])*
            #[test]
            fn $test() {
                check_case($case);
            }
        )*

        /// Every case folder, whether or not its test runs on this platform.
        const CASES: &[&str] = &[$($case),*];
    };
}

bad_input_cases! {
    malformed_yaml_in_handbook_yaml => "config-yaml-malformed",
    missing_handbook_yaml => "missing-config",
    malformed_front_matter => "front-matter-malformed",
    front_matter_not_closed => "front-matter-not-closed",
    missing_required_key => "missing-required-key",
    value_of_the_wrong_type => "wrong-type",
    unknown_key_gets_did_you_mean_hint => "unknown-key-did-you-mean",
    unknown_enum_value_gets_did_you_mean_hint => "unknown-enum-value",
    impossible_date_names_the_missing_day => "impossible-date",
    links_into_a_missing_section_name_its_file_once => "section-source-missing",
    untranslated_prompt_with_personal_data_reported_once => "prompt-personal-data-once",
    every_broken_item_of_one_file_is_reported => "errors-in-two-items",
    missing_training_programme_is_named => "training-programme-missing",
    duplicate_prompt_id_as_in_the_seed_library => "duplicate-prompt-id",
    placeholder_not_closed => "placeholder-unclosed",
    placeholder_empty => "placeholder-empty",
    placeholder_nested => "placeholder-nested",
    placeholder_stray_closing_bracket => "placeholder-stray-bracket",
    prompt_without_contexte_section => "prompt-missing-contexte",
    prompt_without_prompt_section => "prompt-missing-prompt-section",
    dead_internal_link => "dead-internal-link",
    dead_anchor => "dead-anchor",
    decision_tree_answer_to_unknown_node => "tree-unknown-target",
    decision_tree_unreachable_node => "tree-unreachable-node",
    decision_tree_cycle => "tree-cycle",
    decision_tree_question_without_answers => "tree-question-without-answers",
    decision_tree_leaf_category_outside_1_to_4 => "tree-category-out-of-range",
    training_durations_do_not_add_up_to_total => "training-durations-mismatch",
    indicator_target_not_a_number_or_percentage => "indicator-target-not-a-number",
    indicator_watched_yet_given_a_target => "indicator-watched-with-target",
    indicator_judged_without_a_target => "indicator-without-target",
    charter_section_numbering_gap => "charter-numbering-gap",
    file_not_utf8 => "non-utf8-file",
    empty_file => "empty-file",
    five_megabyte_markdown_file => "file-too-large",
    #[cfg(unix)]
    symlink_loop_in_content_folder => "symlink-loop",
    broken_template_override => "template-override-broken",
    template_error_in_a_page_built_as_it_renders => "template-error-in-method-page",
    dead_link_reported_before_a_later_template_error => "dead-link-and-template-error",
    template_include_loop => "template-include-loop",
    unknown_theme => "unknown-theme",
    three_errors_in_three_files_reported_at_once_sorted_by_file => "three-errors-in-three-files",
    training_durations_too_large_to_add_up_without_overflow => "training-durations-overflow",
}

#[test]
fn every_case_folder_has_a_test_and_every_test_a_folder() {
    let mut on_disk: Vec<String> = entry_names(&fixtures().join("bad"));
    on_disk.retain(|name| fixtures().join("bad").join(name).is_dir());
    let mut listed: Vec<String> = CASES.iter().map(|c| c.to_string()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "add each folder of tests/fixtures/bad to bad_input_cases!"
    );
    assert!(listed.len() >= 20);
}

#[test]
fn minimal_fixture_builds_cleanly_and_covers_every_content_kind() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let public = tmp.path().join("public");
    let run = build_without_touching(
        &fixtures().join("minimal"),
        &public,
        &tmp.path().join("cache"),
    );
    run.assert_success();
    assert!(run.stderr.starts_with("built 17 pages"), "{}", run.stderr);
    for page in [
        "index.html",
        "charter/index.html",
        "method/categories/index.html",
        "decision-tree/index.html",
        "prompts/prompt-001/index.html",
        "training/index.html",
        "tools/index.html",
        "indicators/index.html",
        "committee/index.html",
        "guard/index.html",
        "guard/handbook-guard.zip",
        "404.html",
    ] {
        assert!(public.join(page).is_file(), "minimal handbook lacks {page}");
    }
    let root = fixtures().join("minimal");
    let run = validate(&root);
    run.assert_success();
    assert!(run.stderr.starts_with("no problem found"), "{}", run.stderr);
}

#[test]
fn errors_in_content_and_config_are_reported_together_with_relative_paths_when_root_is_dot() {
    // Run from inside the handbook with the default `--root .`: no prefix at all.
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    prepare(
        &fixtures().join("bad").join("three-errors-in-three-files"),
        &root,
    );
    let run = common::handbook_in(Some(&root), ["build"]);
    common::assert_no_panic(&run);
    assert_eq!(run.code, Some(1));
    let expected = expected_lines(&fixtures().join("bad").join("three-errors-in-three-files"));
    let mut lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.pop(), Some("3 errors found; nothing was written."));
    assert_eq!(lines, expected);
    assert!(
        !root.join("public").exists(),
        "a failed build must not create the output folder"
    );
}

/// Odd but possible inputs, each written over the minimal handbook: whatever the outcome, the binary
/// must end with 0 or 1, never panic, and print only well-formed diagnostics.
#[test]
fn odd_inputs_never_panic_and_give_well_formed_diagnostics() {
    let nested = format!(
        "meets: x\nmembers: {}{}\n",
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    let mut aliases = String::from("meets: x\nmembers:\n  - role: r0\n    holder: h\n    responsibilities: &l0 [a, a, a, a, a, a, a, a]\n");
    for i in 1..8 {
        let refs = vec![format!("*l{}", i - 1); 8].join(", ");
        aliases.push_str(&format!(
            "  - role: r{i}\n    holder: h\n    responsibilities: &l{i} [{refs}]\n"
        ));
    }
    let deep_quote = format!("{} profond\n", ">".repeat(20_000));
    let brackets = format!("{}x{}\n", "[".repeat(20_000), "](/charter/)".repeat(20_000));
    let cases: Vec<(&str, &str, Vec<u8>)> = vec![
        ("CRLF line endings", "content/method/categories.md", b"---\r\ntitle: a\r\norder: 1\r\n---\r\nCorps.\r\n".to_vec()),
        ("byte order mark", "content/method/categories.md", b"\xef\xbb\xbf---\ntitle: a\norder: 1\n---\nCorps.\n".to_vec()),
        ("no newline after front matter", "content/method/categories.md", b"---\ntitle: a\norder: 1\n---".to_vec()),
        ("only dashes", "content/method/categories.md", b"---".to_vec()),
        ("empty front matter", "content/method/categories.md", b"---\n---\nCorps.\n".to_vec()),
        ("extreme order", "content/method/categories.md", b"---\ntitle: a\norder: -9223372036854775808\n---\n".to_vec()),
        ("number above u32", "content/charter/01-preambule.md", b"---\nnumber: 4294967296\ntitle: a\n---\n".to_vec()),
        ("section number 0", "content/charter/01-preambule.md", b"---\nnumber: 0\ntitle: a\n---\n".to_vec()),
        ("NUL byte", "handbook.yaml", b"title: x\x00\n".to_vec()),
        ("several YAML documents", "content/committee.yaml", b"meets: x\n---\nmeets: y\n".to_vec()),
        ("tab indentation", "content/committee.yaml", b"meets: x\nmembers:\n\t- role: r\n".to_vec()),
        ("10 000 nested brackets", "content/committee.yaml", nested.into_bytes()),
        ("alias expansion", "content/committee.yaml", aliases.into_bytes()),
        ("infinite target", "content/indicators.yaml", b"periods: [T1]\nindicators:\n  - {id: a, label: A, group: adoption, unit: count, target: .inf, direction: at_least, values: [.nan]}\n".to_vec()),
        ("answer to itself", "content/decision-tree.yaml", b"title: T\nstart: a\nnodes:\n  - {id: a, question: Q, answers: [{label: x, next: a}]}\n".to_vec()),
        ("start on a leaf", "content/decision-tree.yaml", b"title: T\nstart: a\nnodes:\n  - {id: a, category: 2, title: Deux}\n".to_vec()),
        ("no nodes", "content/decision-tree.yaml", b"title: T\nstart: a\nnodes: []\n".to_vec()),
        ("headings only", "content/prompts/001-presentation.md", b"---\nid: PROMPT-001\ntitle: a\ntags: [a]\nuse_case: b\n---\n## Contexte\n## Prompt\n".to_vec()),
        ("prompt before context", "content/prompts/001-presentation.md", b"---\nid: prompt-1\ntitle: a\ntags: []\nuse_case: b\n---\n## Prompt\n\nx\n\n## Contexte\n\ny ]\n".to_vec()),
        ("deep block quote", "content/index.md", deep_quote.into_bytes()),
        ("20 000 link brackets", "content/index.md", brackets.into_bytes()),
        ("odd links", "content/index.md", b"[a](/charter/#) [b](../../../..) [c](/%ff) ![d](/nope.png) [e](?q) [f](<>) [^1]\n\n[^1]: [g](/nulle-part/)\n\n## T {#}\n".to_vec()),
        ("non-URL-safe file name", "content/method/Données.md", b"---\ntitle: a\norder: 2\n---\n".to_vec()),
        ("template with an unknown variable", "templates/404.html", b"{{ nope.x }}".to_vec()),
        ("template extending itself", "templates/404.html", b"{% extends \"404.html\" %}".to_vec()),
        ("non-UTF-8 template", "templates/404.html", b"{% extends \"base.html\" %}{% block main %}\xff{% endblock %}".to_vec()),
    ];
    for (what, file, bytes) in cases {
        let tmp = tempfile::tempdir().expect("temporary folder");
        let root = tmp.path().join("hb");
        common::copy_dir(&fixtures().join("minimal"), &root);
        let path = root.join(file);
        fs::create_dir_all(path.parent().expect("parent")).expect("create folder");
        fs::write(&path, bytes).expect("write odd input");
        let run = build(&root, &tmp.path().join("public"), &[]);
        common::assert_no_panic(&run);
        match run.code {
            Some(0) => assert!(tmp.path().join("public/index.html").is_file(), "{what}"),
            Some(1) => {
                let lines = diagnostics(&run, &root);
                assert!(
                    !lines.is_empty(),
                    "{what}: exit code 1 without a diagnostic"
                );
                for line in lines {
                    let (position, _) = line
                        .split_once(": error: ")
                        .unwrap_or_else(|| panic!("{what}: {line}"));
                    let mut parts = position.rsplitn(3, ':');
                    let col = parts.next().and_then(|c| c.parse::<u64>().ok());
                    let row = parts.next().and_then(|l| l.parse::<u64>().ok());
                    assert!(
                        col >= Some(1) && row >= Some(1),
                        "{what}: no file:line:col in {line}"
                    );
                }
                assert!(
                    !tmp.path().join("public").exists(),
                    "{what}: a failed build wrote the site"
                );
            }
            other => panic!("{what}: exit code {other:?}\n{}", run.stderr),
        }
    }
}
