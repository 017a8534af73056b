//! `handbook check` on the command line: the language of its verdicts (`--lang`, or the handbook's
//! own `language` by default), in human and JSON output.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{copy_dir, fixtures, handbook, Run};

const PHONE: &str = "Bonjour,\nappelez le 06 12 34 56 78.\n";

/// Writes `text` to a file in `dir` and returns its path.
fn text_file(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("texte.txt");
    fs::write(&path, text).expect("write the text to check");
    path
}

fn check(args: &[&str], file: &Path) -> Run {
    let mut all: Vec<std::ffi::OsString> = vec!["check".into()];
    all.extend(args.iter().map(Into::into));
    all.push(file.into());
    handbook(all)
}

#[test]
fn lang_nl_gives_dutch_verdicts_reasons_and_codes() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let file = text_file(tmp.path(), PHONE);
    // run from a neutral folder: no handbook there, so the plain checker
    let run = check(&["--lang", "nl"], &file);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("NOOIT in een publieke AI — categorie 3\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Categorie 3: persoonsgegevens."),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("\nGevonden elementen:\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("2:12  PHONE"), "{}", run.stdout);
    assert!(run.stdout.contains("Telefoonnummer: "), "{}", run.stdout);
    assert!(
        run.stdout.contains("appelez le Telefoon_001."),
        "{}",
        run.stdout
    );
    assert!(!run.stderr.contains("note:"), "{}", run.stderr);
}

#[test]
fn lang_nl_be_in_json() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let file = text_file(tmp.path(), PHONE);
    let run = check(&["--lang", "nl-BE", "--format", "json"], &file);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    let report: serde_json::Value =
        serde_json::from_str(run.stdout.trim()).expect("one JSON object");
    assert_eq!(report["lang"], "nl");
    assert_eq!(report["verdict"], "never");
    assert!(report["summary"]
        .as_str()
        .is_some_and(|s| s.starts_with("Categorie 3")));
    assert!(report["pseudonymised"]
        .as_str()
        .is_some_and(|s| s.contains("Telefoon_001")));
}

#[test]
fn a_dutch_handbook_checks_in_dutch_by_default() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_dir(&fixtures().join("minimal"), &root);
    let config = root.join("handbook.yaml");
    let text = fs::read_to_string(&config).expect("config");
    fs::write(&config, text.replace("language: fr", "language: nl")).expect("write config");
    let file = text_file(tmp.path(), PHONE);
    let run = check(&["--root", root.to_str().expect("UTF-8 path")], &file);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(
        run.stdout.starts_with("NOOIT in een publieke AI"),
        "{}",
        run.stdout
    );
    // `--lang` still wins over the handbook's language
    let run = check(
        &["--lang", "fr", "--root", root.to_str().expect("UTF-8 path")],
        &file,
    );
    assert!(
        run.stdout.starts_with("JAMAIS dans une IA publique"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_unknown_language_answers_in_french_with_a_note() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let file = text_file(tmp.path(), PHONE);
    let run = check(&["--lang", "de"], &file);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(
        run.stdout.starts_with("JAMAIS dans une IA publique"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("the checker speaks fr, en and nl, not `de`"),
        "{}",
        run.stderr
    );
}

/// A text over a megabyte is checked in parts: the command still gives one verdict first, line
/// numbers and offsets counted from the start of the file, one code per person across the parts.
#[test]
fn a_text_over_a_megabyte_is_one_report() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let filler = "L'atelier vélo ouvre samedi à 10 h, café offert.\n\n".repeat(25_000);
    assert!(filler.len() > 1 << 20);
    let text = format!("Appelez Mme Abergel au 06 12 34 56 78.\n\n{filler}Mme Abergel rappelle au 06 12 34 56 78.\n");
    let file = text_file(tmp.path(), &text);
    let run = check(&["--lang", "fr", "--format", "json"], &file);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON report");
    assert_eq!(report["verdict"], "never");
    let last = &report["entities"].as_array().expect("entities")[3];
    assert_eq!(last["type"], "PHONE");
    let start = text.rfind("06 12").expect("second phone");
    assert_eq!(last["start"], text[..start].chars().count());
    let pseudonymised = report["pseudonymised"].as_str().expect("text");
    assert!(pseudonymised.starts_with("Appelez Personne_001 au Téléphone_001."));
    assert!(pseudonymised.ends_with("Personne_001 rappelle au Téléphone_001.\n"));

    let run = check(&["--lang", "fr"], &file);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(
        run.stdout.starts_with("JAMAIS dans une IA publique"),
        "{}",
        &run.stdout[..200]
    );
    let line = text.lines().count();
    assert!(
        run.stdout.contains(&format!("\n  {line}:25  PHONE")),
        "{}",
        &run.stdout[..400]
    );

    let mut bytes = text.into_bytes();
    let bad = bytes.len() - 5;
    bytes[bad] = 0xff;
    fs::write(&file, &bytes).expect("write");
    let run = check(&[], &file);
    assert_eq!(run.code, Some(2));
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(
        run.stderr
            .contains(&format!("is not UTF-8 text (byte {bad})")),
        "{}",
        run.stderr
    );
}
