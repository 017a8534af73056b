//! `handbook init DIR` with its options, as a script runs it (standard input is not a terminal, so
//! nothing is asked): the starter takes the name, languages and website given, writes a
//! `.gitignore`, prints what to adapt first, and `validate` warns about the example values left.

mod common;

use std::fs;
use std::path::Path;

use common::{build, handbook, validate};

fn init(dir: &Path, options: &[&str]) -> common::Run {
    let mut args: Vec<std::ffi::OsString> = vec!["init".into(), dir.into()];
    args.extend(options.iter().map(Into::into));
    handbook(args)
}

/// Every file under `dir` as (relative path, text).
fn files(dir: &Path) -> Vec<(String, String)> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().display().to_string();
            (
                rel,
                String::from_utf8_lossy(&fs::read(e.path()).unwrap()).into_owned(),
            )
        })
        .collect()
}

/// The quoted value of `  name:` in a handbook.yaml.
fn association_name(config: &str) -> String {
    config
        .lines()
        .find(|l| l.starts_with("  name: "))
        .and_then(|l| l.split('"').nth(1))
        .expect("an association name")
        .to_string()
}

#[test]
fn init_with_options_names_the_association_once_and_everywhere() {
    let tmp = tempfile::tempdir().unwrap();
    // The starter's own example name, to make sure it is gone after `--name`.
    let example = tmp.path().join("example");
    init(&example, &[]).assert_success();
    let example_name =
        association_name(&fs::read_to_string(example.join("handbook.yaml")).unwrap());
    let example_word = example_name
        .split_whitespace()
        .max_by_key(|w| w.chars().count())
        .unwrap()
        .to_lowercase();

    let root = tmp.path().join("zephyr");
    let run = init(
        &root,
        &[
            "--name",
            "Association Zéphyr",
            "--language",
            "fr",
            "--website",
            "https://zephyr.example.org/",
        ],
    );
    run.assert_success();
    for file in [
        "handbook.yaml",
        "content/committee.yaml",
        "content/tools.yaml",
        "content/classifier.yaml",
        "content/indicators.yaml",
    ] {
        assert!(
            run.stderr.contains(file),
            "the checklist names {file}:\n{}",
            run.stderr
        );
    }
    let gitignore = fs::read_to_string(root.join(".gitignore")).unwrap();
    assert!(gitignore.contains("/public/") && gitignore.contains("/.handbook-cache/"));
    let config = fs::read_to_string(root.join("handbook.yaml")).unwrap();
    assert_eq!(association_name(&config), "Association Zéphyr");
    assert!(config.contains("  website: \"https://zephyr.example.org/\""));
    assert!(config.contains("languages: [fr]\n"));
    let sources = files(&root);
    assert!(
        !sources.iter().any(|(p, _)| p.contains(".en.")),
        "a French-only handbook gets no English twins"
    );
    let naming: Vec<&String> = sources
        .iter()
        .filter(|(_, t)| t.contains("Association Zéphyr"))
        .map(|(p, _)| p)
        .collect();
    assert_eq!(naming, ["handbook.yaml"], "the name is written in one file");

    let out = tmp.path().join("out");
    build(&root, &out, &[]).assert_success();
    let site = files(&out);
    for (path, text) in &site {
        assert!(
            !text.to_lowercase().contains(&example_word),
            "{path} still names the example association"
        );
    }
    let home = &site.iter().find(|(p, _)| p == "index.html").unwrap().1;
    assert!(home.contains("<html lang=\"fr\""));
    assert!(home.contains("Association Zéphyr"));
}

#[test]
fn a_second_language_brings_its_twins() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("hb");
    init(&root, &["--languages", "fr,en"]).assert_success();
    assert!(root.join("handbook.en.yaml").is_file());
    assert!(fs::read_to_string(root.join("handbook.yaml"))
        .unwrap()
        .contains("languages: [fr, en]\n"));
    let out = tmp.path().join("out");
    build(&root, &out, &[]).assert_success();
    let en = fs::read_to_string(out.join("en/index.html")).unwrap();
    assert!(en.contains("<html lang=\"en\""));
}

#[test]
fn validate_warns_about_example_values_until_they_are_adapted() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("hb");
    init(&root, &["--name", "Association Zéphyr"]).assert_success();
    let run = validate(&root);
    run.assert_success();
    for file in ["content/committee.yaml", "content/tools.yaml"] {
        assert!(
            run.stderr
                .lines()
                .any(|l| l.starts_with(file)
                    && l.contains(": warning: starter value still to adapt")),
            "{file} is listed:\n{}",
            run.stderr
        );
    }
    for file in ["content/committee.yaml", "content/tools.yaml"] {
        let text = fs::read_to_string(root.join(file)).unwrap();
        let adapted: String = text
            .lines()
            .map(|l| l.split("  # handbook:adapt").next().unwrap())
            .collect::<Vec<_>>()
            .join("\n");
        fs::write(root.join(file), adapted + "\n").unwrap();
    }
    let run = validate(&root);
    run.assert_success();
    assert!(
        !run.stderr.contains("content/committee.yaml"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("content/tools.yaml"), "{}", run.stderr);
}

#[test]
fn bad_options_are_refused_before_anything_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    for (options, message) in [
        (
            &["--website", "zephyr.org"][..],
            "--website must be an address",
        ),
        (
            &["--languages", "en,fr", "--language", "fr"][..],
            "must start with the default language",
        ),
        (&["--languages", "fr,english"][..], "not a language code"),
    ] {
        let root = tmp.path().join("hb");
        let run = init(&root, options);
        assert_eq!(run.code, Some(1), "{options:?}");
        assert!(run.stderr.contains(message), "{}", run.stderr);
        assert!(!root.exists(), "nothing written for {options:?}");
    }
}
