//! The association's identity is written once, in `handbook.yaml`: `{{ association.… }}` variables in
//! Markdown and YAML take it from there, translated twins inherit it, and renaming the association in
//! a fresh starter renames it in every output file (HTML, JSON, search index, PDF text).

mod common;

use std::fs;
use std::path::Path;

use common::{build, copy_fixture, handbook, validate};

const IDENTITY: &str = "title: \"{{ association.name }} : manuel\"
language: fr
languages: [fr, en]
base_url: \"https://ia.example.org/\"
association:
  name: \"L'Envol *Zéphyr*\"
  short_name: \"Zéphyr\"
  legal_form: \"association loi 1901\"
  mission: \"Tester le générateur de manuel.\"
  territory: \"Le dossier de tests.\"
  data_protection_contact: \"Odile Marchand, secrétaire\"
";

const TWIN: &str = "title: \"{{ association.short_name }}: handbook\"
language: en
base_url: \"https://ia.example.org/\"
association:
  mission: \"Testing the handbook generator.\"
";

/// The minimal fixture with the identity above and variables in a page, a twin and a YAML file.
fn identity_handbook() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("minimal", &root);
    fs::write(root.join("handbook.yaml"), IDENTITY).unwrap();
    fs::write(root.join("handbook.en.yaml"), TWIN).unwrap();
    fs::write(
        root.join("content/index.md"),
        "Bienvenue chez {{ association.name }} ({{association.short_name}}).\n\n\
         La syntaxe : `{{ association.name }}`.\n\n```\n{{ association.name }}\n```\n\n\
         Données : {{ association.data_protection_contact }}.\n",
    )
    .unwrap();
    fs::write(
        root.join("content/index.en.md"),
        "Welcome to {{ association.name }}.\n",
    )
    .unwrap();
    let committee = fs::read_to_string(root.join("content/committee.yaml")).unwrap();
    fs::write(
        root.join("content/committee.yaml"),
        committee.replacen(
            "meets: \"Tous les trimestres\"",
            "# {{ not.a.variable }} in a comment is left alone\nmeets: \"Tous les trimestres, chez '{{ association.short_name }}'\"",
            1,
        ),
    )
    .unwrap();
    (tmp, root)
}

#[test]
fn variables_take_the_identity_in_both_languages_and_leave_code_alone() {
    let (tmp, root) = identity_handbook();
    let out = tmp.path().join("out");
    build(&root, &out, &[]).assert_success();
    let home = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        home.contains("Bienvenue chez L’Envol *Zéphyr* (Zéphyr)."),
        "the name is replaced and its Markdown punctuation kept as text:\n{home}"
    );
    assert!(home.contains("<code>{{ association.name }}</code>"));
    assert!(home.contains("{{ association.name }}\n</code></pre>"));
    assert!(home.contains("Données : Odile Marchand, secrétaire."));
    let committee = fs::read_to_string(out.join("committee/index.html")).unwrap();
    assert!(
        committee.contains("Tous les trimestres, chez &#39;Zéphyr&#39;"),
        "a variable inside a quoted YAML value: {committee}"
    );
    assert!(
        home.contains("<title>L&#39;Envol *Zéphyr* : manuel"),
        "the title is not Markdown"
    );
    let en = fs::read_to_string(out.join("en/index.html")).unwrap();
    assert!(en.contains("Welcome to L’Envol *Zéphyr*."), "{en}");
    assert!(en.contains("<title>Zéphyr: handbook"), "the twin's title");
    assert!(
        en.contains("Testing the handbook generator.") && !en.contains("Tester le générateur"),
        "the twin's mission replaces the default one, the other fields are inherited"
    );
    assert!(en.contains("association loi 1901"), "inherited legal form");
    let data = fs::read_to_string(out.join("checker-data.json")).unwrap();
    assert!(
        data.contains("\"Zéphyr\"") && data.contains("\"Odile Marchand\""),
        "the checker knows the short name and the published contact: {data}"
    );
}

#[test]
fn an_unknown_or_unset_variable_is_an_error_at_its_place() {
    let (_tmp, root) = identity_handbook();
    fs::write(
        root.join("content/index.md"),
        "Une ligne.\nChez {{ association.nom }}, ici.\n",
    )
    .unwrap();
    fs::write(
        root.join("content/charter/01-preambule.md"),
        fs::read_to_string(root.join("content/charter/01-preambule.md")).unwrap()
            + "\nRéférent : {{ association.ai_referent }}.\n",
    )
    .unwrap();
    let run = validate(&root);
    assert_ne!(run.code, Some(0));
    assert!(
        run.stderr
            .contains("content/index.md:2:6: error: unknown variable `{{ association.nom }}`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("did you mean `{{ association.name }}`"));
    assert!(run.stderr.contains("association.data_protection_contact"));
    assert!(
        run.stderr
            .contains("`{{ association.ai_referent }}` is used here but `handbook.yaml` gives no `ai_referent`"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_default_configuration_needs_the_association_name() {
    let (_tmp, root) = identity_handbook();
    fs::write(
        root.join("handbook.yaml"),
        IDENTITY.replace("  name: \"L'Envol *Zéphyr*\"\n", ""),
    )
    .unwrap();
    let run = validate(&root);
    assert_ne!(run.code, Some(0));
    assert!(
        run.stderr.contains("`association.name` is missing"),
        "{}",
        run.stderr
    );
}

/// Every file of `dir`, with PDFs read as their extracted text.
fn output_texts(dir: &Path) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let bytes = fs::read(path).unwrap();
        let text = if path.extension().is_some_and(|e| e == "pdf") {
            let doc = lopdf::Document::load_mem(&bytes).expect("a readable PDF");
            let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
            doc.extract_text(&pages).expect("PDF text")
        } else {
            String::from_utf8_lossy(&bytes).into_owned()
        };
        texts.push((path.display().to_string(), text));
    }
    texts
}

/// The longest word of a name: what is left of it if only part of the name were replaced.
fn distinctive_word(name: &str) -> String {
    name.split_whitespace()
        .max_by_key(|w| w.chars().count())
        .unwrap()
        .to_lowercase()
}

#[test]
fn renaming_a_fresh_starter_in_handbook_yaml_renames_every_output_file() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("asso");
    handbook([
        "init".as_ref(),
        root.as_os_str(),
        "--languages".as_ref(),
        "fr,en".as_ref(),
    ])
    .assert_success();
    let config = fs::read_to_string(root.join("handbook.yaml")).unwrap();
    let name_line = config
        .lines()
        .find(|l| l.trim_start().starts_with("name: "))
        .expect("the starter names its association");
    let old_name = name_line.split('"').nth(1).expect("a quoted name");
    let old_word = distinctive_word(old_name);
    assert_eq!(
        config.matches(old_name).count(),
        1,
        "the starter writes the name once"
    );
    fs::write(
        root.join("handbook.yaml"),
        config.replace(name_line, "  name: \"Association Zéphyr\""),
    )
    .unwrap();
    handbook_in_root(
        &root,
        &[
            "revision",
            "cut",
            "2026",
            "--date",
            "2026-03-12",
            "--approved-by",
            "Conseil d’administration",
            "--summary",
            "Première version.",
        ],
    );
    let out = tmp.path().join("out");
    build(&root, &out, &[]).assert_success();
    let texts = output_texts(&out);
    assert!(
        texts.iter().any(|(p, _)| p.ends_with(".pdf")),
        "a charter PDF"
    );
    for (path, text) in &texts {
        assert!(
            !text.to_lowercase().contains(&old_word),
            "{path} still says {old_word:?}"
        );
    }
    for file in [
        "index.html",
        "prompts.json",
        "checker-data.json",
        "en/index.html",
    ] {
        let (_, text) = texts.iter().find(|(p, _)| p.ends_with(file)).unwrap();
        assert!(text.contains("Zéphyr"), "{file} names the new association");
    }
    let pdf = texts.iter().find(|(p, _)| p.ends_with(".pdf")).unwrap();
    assert!(pdf.1.contains("Zéphyr"), "the PDF text names it too");
    assert!(
        texts
            .iter()
            .any(|(p, t)| p.contains("search") && t.contains("zephyr")),
        "the search index holds the new name"
    );
}

fn handbook_in_root(root: &Path, args: &[&str]) {
    let mut all: Vec<std::ffi::OsString> = args.iter().map(Into::into).collect();
    all.extend(["--root".into(), root.as_os_str().to_owned()]);
    handbook(all).assert_success();
}

#[test]
fn a_variable_inside_the_association_block_is_replaced_too() {
    let (tmp, root) = identity_handbook();
    fs::write(
        root.join("handbook.yaml"),
        IDENTITY.replace(
            "short_name: \"Zéphyr\"",
            "short_name: \"{{ association.legal_form }} Zéphyr\"",
        ),
    )
    .unwrap();
    fs::write(
        root.join("content/index.md"),
        "Bref : {{ association.short_name }}.\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    build(&root, &out, &[]).assert_success();
    let home = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        home.contains("Bref : association loi 1901 Zéphyr."),
        "{home}"
    );
}
