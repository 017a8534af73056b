//! The association's own contact data, declared in `handbook.yaml` (`association:` website, email,
//! phone, address, iban) and `content/classifier.yaml` (`own_contacts:`), is never flagged by
//! `handbook check` run inside the handbook, while a colleague's personal address still is; each
//! value is checked when the handbook loads.
//!
//! The fixture `tests/fixtures/own-contacts/` is laid over a copy of `tests/fixtures/minimal/`, the
//! way the bad-input cases are.

mod common;

use std::fs;
use std::path::Path;

use common::{copy_dir, fixtures, handbook_in, Run};

/// A copy of the minimal handbook with the own-contacts fixture on top.
fn handbook(dir: &Path) {
    copy_dir(&fixtures().join("minimal"), dir);
    copy_dir(&fixtures().join("own-contacts"), dir);
}

fn check(dir: &Path, text: &str) -> Run {
    let file = dir.join("texte.txt");
    fs::write(&file, text).expect("write the text");
    let run = handbook_in(Some(dir), ["check", "--format", "json", "texte.txt"]);
    common::assert_no_panic(&run);
    run
}

#[test]
fn own_contacts_pass_and_a_colleague_does_not() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let dir = tmp.path();
    handbook(dir);
    common::validate(dir).assert_success();

    let own = "Pour les inscriptions, écrire à bonjour@potagers-du-canal.fr ou à \
               benevolat.lyon@potagers-du-canal.fr, ou à coordination.potagers@gmail.com. \
               Appeler le 04 72 10 20 30 ou la coordinatrice au 06.70.80.90.10. \
               Versez votre cotisation sur BE68 5390 0754 7034 ou sur FR76 3000 6000 0112 3456 7890 189. \
               Rendez-vous au 8 quai Jean Moulin, 69002 Lyon.";
    let run = check(dir, own);
    assert_eq!(run.code, Some(0), "own contacts flagged:\n{}", run.stdout);
    assert!(run.stdout.contains("\"category\":"), "{}", run.stdout);

    let colleague = "Écrire à paul.girard@potagers-du-canal.fr pour le planning.";
    let run = check(dir, colleague);
    assert_eq!(
        run.code,
        Some(3),
        "a colleague's address must be flagged:\n{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("paul.girard@potagers-du-canal.fr"),
        "{}",
        run.stdout
    );

    // the same texts outside the handbook: its contacts are unknown
    let outside = tempfile::tempdir().expect("temporary folder");
    let run = check(
        outside.path(),
        "Appeler la coordinatrice au 06.70.80.90.10.",
    );
    assert_eq!(run.code, Some(3), "{}", run.stdout);
}

#[test]
fn contact_values_are_checked() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let dir = tmp.path();
    handbook(dir);
    let yaml = fs::read_to_string(dir.join("handbook.yaml")).expect("read");
    let yaml = yaml
        .replace("https://www.potagers-du-canal.fr/", "potagers-du-canal")
        .replace("bonjour@potagers-du-canal.fr", "bonjour chez nous")
        .replace("+33 4 72 10 20 30", "le 04 72")
        .replace(
            "FR76 3000 6000 0112 3456 7890 189",
            "FR76 3000 6000 0112 3456 7890 188",
        );
    fs::write(dir.join("handbook.yaml"), yaml).expect("write");
    fs::write(
        dir.join("content/classifier.yaml"),
        "own_contacts:\n  domains: [\"gmail.com\"]\n  phonez: [\"01\"]\n",
    )
    .expect("write");
    let run = common::validate(dir);
    common::assert_no_panic(&run);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let err = &run.stderr;
    for expected in [
        "handbook.yaml:10:12: error: `website` must be an absolute http(s) address, not `potagers-du-canal`",
        "handbook.yaml:11:10: error: `email` must be one e-mail address, not `bonjour chez nous`",
        "handbook.yaml:12:10: error: `phone` must be a phone number, not `le 04 72`",
        "handbook.yaml:14:9: error: `iban` is not a valid IBAN",
        "classifier.yaml:3:3: error: unknown key `phonez` — did you mean `phones`?",
    ] {
        assert!(err.contains(expected), "missing `{expected}` in:\n{err}");
    }
}

#[test]
fn a_webmail_domain_is_not_an_own_domain() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let dir = tmp.path();
    handbook(dir);
    fs::write(
        dir.join("content/classifier.yaml"),
        "own_contacts:\n  domains: [\"potagers.org\", \"Gmail.com\"]\n  ibans: [\"BE68 5390 0754 7035\"]\n",
    )
    .expect("write");
    let run = common::validate(dir);
    common::assert_no_panic(&run);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("classifier.yaml:2:29: error: `gmail.com` is a free webmail domain"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("classifier.yaml:3:11: error: `iban` is not a valid IBAN"),
        "{}",
        run.stderr
    );
}
