//! Languages: a handbook in French at the root and in English under `en/`, translated twins where
//! they exist, the default language as a marked fallback elsewhere. The exact pages and words are
//! checked on the fixture `tests/fixtures/revised/`; the default handbook is only held to what must
//! be true of any bilingual handbook.

mod common;

use std::path::Path;

use common::{build, copy_fixture, repo_root, snapshot, text};

#[test]
fn english_edition_with_twins_fallbacks_hreflang_and_switcher() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("revised", &root);
    let public = tmp.path().join("public");
    build(&root, &public, &[]).assert_success();
    let site = snapshot(&public);

    let fr = text(&site, "charter/index.html");
    let en = text(&site, "en/charter/index.html");
    assert!(fr.contains("<html lang=\"fr\">") && en.contains("<html lang=\"en\">"));
    assert!(en.contains("<h1>Charter</h1>"), "UI strings in English");
    assert!(
        en.contains("id=\"preambule\""),
        "anchors are the same in every language"
    );
    assert!(
        !en.contains("class=\"notice\""),
        "a translated page has no fallback notice"
    );
    assert!(
        en.contains("hreflang=\"fr\" href=\"https://ia.example.org/charter/\""),
        "{}",
        &en[..600]
    );
    assert!(fr.contains("hreflang=\"en\" href=\"https://ia.example.org/en/charter/\""));
    assert!(fr.contains("hreflang=\"x-default\" href=\"https://ia.example.org/charter/\""));
    // prompts.json says which prompts are not translated: 001 has an English twin, 002 has none.
    let prompts: serde_json::Value =
        serde_json::from_str(&text(&site, "en/prompts.json")).expect("JSON");
    let language = |id: &str| {
        prompts["prompts"]
            .as_array()
            .and_then(|all| all.iter().find(|p| p["id"] == id))
            .map(|p| p["language"].clone())
    };
    assert_eq!(language("PROMPT-001"), Some("en".into()));
    assert_eq!(language("PROMPT-002"), Some("fr".into()));
    let french: serde_json::Value =
        serde_json::from_str(&text(&site, "prompts.json")).expect("JSON");
    assert_eq!(french["prompts"][1]["language"], "fr");
    assert!(en.contains("<link rel=\"canonical\" href=\"https://ia.example.org/en/charter/\">"));
    assert!(
        text(&site, "en/index.html").contains("AI handbook of the Revised Association"),
        "handbook.en.yaml twin"
    );
    let home = text(&site, "index.html");
    assert!(
        home.contains("Association Révisée") && !home.contains("AI handbook of"),
        "handbook.yaml at the root"
    );

    // PROMPT-002 has no English twin: it is shown in French, marked as such.
    let fallback = text(&site, "en/prompts/prompt-002/index.html");
    assert!(fallback.contains("class=\"notice\""));
    assert!(fallback.contains("<main id=\"main\" tabindex=\"-1\" lang=\"fr\""));
    let translated = text(&site, "en/prompts/prompt-001/index.html");
    assert!(!translated.contains("class=\"notice\""));
    assert!(
        translated.contains("## Context") || translated.contains(">Context<"),
        "English prompt sections"
    );

    // Revision 2025 had no English charter: its English edition falls back to French, marked.
    assert!(site.contains_key("revisions/2025/en/charter/index.html"));
    assert!(text(&site, "revisions/2025/en/charter/index.html").contains("class=\"notice\""));
    // The English revision switcher stays in English.
    assert!(
        en.contains("href=\"../../revisions/2025/en/charter/\""),
        "switcher keeps the language"
    );
}

/// The value of `key: value` in the front matter of a Markdown source (no YAML parser needed).
fn front_matter_value(source: &Path, key: &str) -> String {
    let text = std::fs::read_to_string(source).expect("read source");
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}: ")))
        .unwrap_or_else(|| panic!("no `{key}` in {}", source.display()))
        .trim()
        .trim_matches('"')
        .to_string()
}

/// Of any bilingual handbook, the default one included: every prompt has a page in every
/// language, in that language when it has a twin, otherwise in the default language with a notice.
#[test]
fn default_handbook_every_prompt_is_translated_or_marked_as_a_fallback() {
    let config = std::fs::read_to_string(repo_root().join("handbook.yaml")).expect("config");
    let languages: Vec<String> = config
        .lines()
        .find_map(|l| l.strip_prefix("languages: "))
        .map(|l| {
            l.trim_matches(['[', ']', ' '])
                .split(',')
                .map(|s| s.trim().to_string())
                .collect()
        })
        .unwrap_or_default();
    let default = front_matter_value(&repo_root().join("handbook.yaml"), "language");
    let others: Vec<&String> = languages.iter().filter(|l| **l != default).collect();

    let tmp = tempfile::tempdir().expect("temporary folder");
    let public = tmp.path().join("public");
    build(&repo_root(), &public, &[]).assert_success();
    let site = snapshot(&public);

    // The root pages show the revision in force (the last approved one), or content/ without any.
    let in_force = handbook::revisions::load(&repo_root())
        .expect("the revisions are sound")
        .last()
        .map_or_else(repo_root, |r| repo_root().join(&r.dir));
    let prompts = in_force.join("content/prompts");
    let mut sources: Vec<_> = std::fs::read_dir(&prompts)
        .expect("prompts folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter(|p| !handbook::source::is_translation(p))
        .collect();
    sources.sort();
    for source in &sources {
        let id = front_matter_value(source, "id").to_lowercase();
        let page = text(&site, &format!("prompts/{id}/index.html"));
        assert!(!page.contains("class=\"notice\""), "{id} in {default}");
        for lang in &others {
            let twin = source.with_extension(format!("{lang}.md"));
            let page = text(&site, &format!("{lang}/prompts/{id}/index.html"));
            assert!(
                page.contains(&format!("<html lang=\"{lang}\">")),
                "{id} in {lang}"
            );
            if twin.is_file() {
                assert!(!page.contains("class=\"notice\""), "{id} has a {lang} twin");
            } else {
                assert!(
                    page.contains("class=\"notice\"")
                        && page.contains(&format!("tabindex=\"-1\" lang=\"{default}\"")),
                    "{id} has no {lang} twin: shown in {default}, marked"
                );
            }
        }
    }
}

/// The minimal handbook published in `languages` (the first one is the default).
fn minimal_in(languages: &[&str]) -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    common::copy_dir(&common::fixtures().join("minimal"), &root);
    let config = root.join("handbook.yaml");
    let text = std::fs::read_to_string(&config).expect("config");
    let text = text.replace(
        "language: fr\n",
        &format!(
            "language: {}\nlanguages: [{}]\n",
            languages[0],
            languages.join(", ")
        ),
    );
    std::fs::write(&config, text).expect("write config");
    (tmp, root)
}

/// What the Dutch checker page must say: its UI strings and the labels handed to the script.
fn assert_dutch_checker_page(page: &str) {
    assert!(page.contains("<html lang=\"nl\">"), "{page}");
    assert!(
        page.contains("<label for=\"checker-text\">Te controleren tekst</label>"),
        "{page}"
    );
    assert!(page.contains("<h2 id=\"checker-result-title\">Resultaat</h2>"));
    assert!(page.contains("De controletool heeft JavaScript nodig."));
    // the script's labels (verdicts, finding types) come from nl.yaml too
    let labels = page
        .split("<script type=\"application/json\" id=\"checker-labels\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("the checker labels");
    let labels: serde_json::Value = serde_json::from_str(labels).expect("labels are JSON");
    assert_eq!(labels["verdict_never"], "Nooit in een publieke AI");
    assert_eq!(labels["type_BE_NRN"], "rijksregisternummer");
}

#[test]
fn a_french_and_dutch_handbook_has_a_dutch_checker() {
    let (tmp, root) = minimal_in(&["fr", "nl"]);
    let public = tmp.path().join("public");
    build(&root, &public, &[]).assert_success();
    let site = snapshot(&public);

    let nl = text(&site, "nl/checker/index.html");
    assert_dutch_checker_page(&nl);
    assert!(nl.contains("hreflang=\"nl\" lang=\"nl\" aria-current=\"page\">Nederlands</a>"));
    let fr = text(&site, "checker/index.html");
    assert!(fr.contains("<html lang=\"fr\">") && fr.contains("Texte à vérifier"));
    // the checker script passes the page's language to the classifier, not "fr unless en"
    let script = site
        .keys()
        .find(|k| k.starts_with("assets/checker.") && k.ends_with(".js"))
        .expect("the checker script");
    assert!(text(&site, script).contains("document.documentElement.lang || 'fr'"));
    // other pages of the Dutch edition are in Dutch too
    assert!(text(&site, "nl/index.html").contains(">Beslissingsboom<"));
}

#[test]
fn a_dutch_only_handbook_builds() {
    let (tmp, root) = minimal_in(&["nl"]);
    let public = tmp.path().join("public");
    build(&root, &public, &[]).assert_success();
    let site = snapshot(&public);
    assert_dutch_checker_page(&text(&site, "checker/index.html"));
    assert!(
        !site.keys().any(|k| k.starts_with("nl/")),
        "nl is the root edition"
    );
}

#[test]
fn every_theme_language_has_every_key() {
    let dir = repo_root().join("themes/default/i18n");
    let keys = |name: &str| -> Vec<String> {
        let text = std::fs::read_to_string(dir.join(name)).expect("strings file");
        let map: std::collections::BTreeMap<String, String> =
            serde_saphyr::from_str(&text).expect("a flat map of strings");
        assert!(map.values().all(|v| !v.trim().is_empty()), "{name}");
        map.into_keys().collect()
    };
    let fr = keys("fr.yaml");
    for other in ["en.yaml", "nl.yaml"] {
        assert_eq!(keys(other), fr, "{other} has the keys of fr.yaml");
    }
}
