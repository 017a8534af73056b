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
        (
            &["--language", "de"][..],
            "there is no starter written in `de` yet",
        ),
    ] {
        let root = tmp.path().join("hb");
        let run = init(&root, options);
        assert_eq!(run.code, Some(1), "{options:?}");
        assert!(run.stderr.contains(message), "{}", run.stderr);
        assert!(!root.exists(), "nothing written for {options:?}");
    }
}

/// A UI string of the default theme in `language`.
fn theme_string(language: &str, key: &str) -> String {
    let path = common::repo_root().join(format!("themes/default/i18n/{language}.yaml"));
    let strings: serde_json::Value =
        serde_saphyr::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    strings[key].as_str().expect("a UI string").to_string()
}

/// The `title:` of a Markdown file's front matter.
fn front_matter_title(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("title: "))
        .expect("a title")
        .trim_matches('"')
        .to_string()
}

#[test]
fn an_english_first_starter_gives_an_english_site_checker_and_charter_pdf() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("trust");
    init(
        &root,
        &["--name", "Zephyr Community Trust", "--language", "en"],
    )
    .assert_success();
    let config = fs::read_to_string(root.join("handbook.yaml")).unwrap();
    assert!(config.contains("language: en\n") && config.contains("languages: [en]\n"));
    assert_eq!(association_name(&config), "Zephyr Community Trust");
    let sources = files(&root);
    assert!(
        !sources
            .iter()
            .any(|(p, _)| p.contains(".fr.") || p.contains(".en.")),
        "one language, no twins"
    );
    cut_first_revision(&root, "Board meeting", "First version.");
    let out = tmp.path().join("out");
    build(&root, &out, &[]).assert_success();
    let home = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains("<html lang=\"en\""));
    assert!(home.contains("Zephyr Community Trust"));
    let checker = fs::read_to_string(out.join("checker/index.html")).unwrap();
    assert!(checker.contains(&theme_string("en", "checker_label")));
    let text = charter_pdf_text(&out);
    assert_pdf_has_first_section_title(&root, &text);
    assert!(text.contains("Zephyr Community Trust"));
}

#[test]
fn an_english_first_starter_can_keep_french_twins() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("hb");
    init(&root, &["--languages", "en,fr"]).assert_success();
    assert!(root.join("handbook.fr.yaml").is_file());
    let sources = files(&root);
    assert!(sources.iter().any(|(p, _)| p.ends_with(".fr.md")));
    let out = tmp.path().join("out");
    build(&root, &out, &[]).assert_success();
    assert!(fs::read_to_string(out.join("index.html"))
        .unwrap()
        .contains("<html lang=\"en\""));
    assert!(fs::read_to_string(out.join("fr/index.html"))
        .unwrap()
        .contains("<html lang=\"fr\""));
}

/// In a terminal, `init` asks for what the options did not give. `script` (util-linux) gives the
/// command a terminal for its standard input, as a person running it would have.
#[cfg(target_os = "linux")]
#[test]
fn in_a_terminal_init_asks_for_the_name_languages_and_website() {
    use std::io::Write;
    let tmp = tempfile::tempdir().unwrap();
    let command = format!(
        "{} init hb",
        Path::new(env!("CARGO_BIN_EXE_handbook")).display()
    );
    let mut child = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(tmp.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("`script` from util-linux runs the command in a terminal");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Vzw Zefier\nen\nfr\nhttps://zefier.example.org/\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let shown = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{shown}");
    assert!(shown.contains("Name of the association"), "{shown}");
    let config = fs::read_to_string(tmp.path().join("hb/handbook.yaml")).unwrap();
    assert_eq!(association_name(&config), "Vzw Zefier");
    assert!(config.contains("language: en\n") && config.contains("languages: [en, fr]\n"));
    assert!(config.contains("  website: \"https://zefier.example.org/\""));
    assert!(tmp.path().join("hb/handbook.fr.yaml").is_file());
}

/// French words that Dutch text never holds: a page of the Dutch starter that shows several of
/// them has kept French text. A single one may be a quotation or a name, so the guard counts
/// distinct words rather than failing on one.
const FRENCH_FUNCTION_WORDS: [&str; 13] = [
    "une", "est", "pour", "avec", "vous", "nous", "sont", "cette", "elle", "aux", "dans", "qui",
    "des",
];

/// The distinct [`FRENCH_FUNCTION_WORDS`] in the visible text of an HTML page (tags, scripts and
/// styles left out).
fn french_words(html: &str) -> Vec<&'static str> {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        text.push(' ');
        let tail = &rest[start..];
        let skip_to = ["<script", "<style"]
            .iter()
            .find(|open| tail.starts_with(**open))
            .map(|open| format!("</{}", &open[1..]));
        let end = match skip_to {
            Some(close) => tail.find(&close).map(|i| i + close.len()),
            None => None,
        }
        .or_else(|| tail.find('>').map(|i| i + 1))
        .unwrap_or(tail.len());
        rest = &tail[end..];
    }
    text.push_str(rest);
    let lower = text.to_lowercase();
    let words: std::collections::BTreeSet<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    FRENCH_FUNCTION_WORDS
        .iter()
        .copied()
        .filter(|w| words.contains(w))
        .collect()
}

/// Every HTML page of a built site, as (relative path, text).
fn html_pages(out: &Path) -> Vec<(String, String)> {
    files(out)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .collect()
}

/// Cuts the starter's first revision, as a committee would after adapting it.
fn cut_first_revision(root: &Path, approved_by: &str, summary: &str) {
    handbook([
        "revision".as_ref(),
        "cut".as_ref(),
        "2026".as_ref(),
        "--date".as_ref(),
        "2026-03-12".as_ref(),
        "--approved-by".as_ref(),
        approved_by.as_ref(),
        "--summary".as_ref(),
        summary.as_ref(),
        "--root".as_ref(),
        root.as_os_str(),
    ])
    .assert_success();
}

/// The charter PDF's `text` holds the title of the starter's first charter section, in the
/// starter's language: the PDF is made from the starter's own pages, not from a fixed text.
fn assert_pdf_has_first_section_title(root: &Path, text: &str) {
    let first_section = fs::read_dir(root.join("content/charter"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .min()
        .unwrap();
    let title = front_matter_title(&first_section);
    assert!(
        text.contains(&title),
        "the PDF has the first section's title {title:?}:\n{text:.600}"
    );
}

/// The text of the charter PDF of a built site.
fn charter_pdf_text(out: &Path) -> String {
    let pdf = fs::read(
        fs::read_dir(out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == "pdf"))
            .expect("the charter PDF"),
    )
    .unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap()
}

#[test]
fn the_french_word_guard_sees_french_text() {
    // The guard below would pass vacuously if it could not see French: it must on the French
    // starter's home page, and must not on a Dutch sentence.
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("hb");
    init(&root, &["--language", "fr"]).assert_success();
    let out = tmp.path().join("out");
    build(&root, &out, &[]).assert_success();
    let home = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(french_words(&home).len() >= 3, "{:?}", french_words(&home));
    assert!(french_words(
        "<p>Dit is een <b>zin</b> in het Nederlands.</p><script>une est pour</script>"
    )
    .is_empty());
}

#[test]
fn a_dutch_first_starter_gives_a_dutch_site_checker_and_charter_pdf() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("zefier");
    init(&root, &["--name", "Vzw Zefier", "--language", "nl"]).assert_success();
    let config = fs::read_to_string(root.join("handbook.yaml")).unwrap();
    assert!(config.contains("language: nl\n") && config.contains("languages: [nl]\n"));
    assert_eq!(association_name(&config), "Vzw Zefier");
    let sources = files(&root);
    assert!(
        !sources
            .iter()
            .any(|(p, _)| [".fr.", ".en.", ".nl."].iter().any(|t| p.contains(t))),
        "one language, no twins"
    );
    // The same pages as the French starter, under Dutch addresses where the names differ.
    let french = tmp.path().join("fr");
    init(&french, &["--language", "fr"]).assert_success();
    let pages = |dir: &Path| -> Vec<String> {
        files(&dir.join("content"))
            .into_iter()
            .map(|(p, _)| p)
            .collect()
    };
    let (dutch_pages, french_pages) = (pages(&root), pages(&french));
    assert_eq!(dutch_pages.len(), french_pages.len());
    assert_ne!(
        dutch_pages, french_pages,
        "the Dutch pages have Dutch names"
    );

    let run = validate(&root);
    run.assert_success();
    let other: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains(": warning: ") && !l.contains("starter value still to adapt"))
        .collect();
    assert!(other.is_empty(), "only adapt warnings:\n{}", run.stderr);
    assert!(run.stderr.contains("starter value still to adapt"));

    cut_first_revision(&root, "Raad van bestuur", "Eerste versie.");
    let out = tmp.path().join("out");
    let run = build(&root, &out, &[]);
    run.assert_success();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    let site = html_pages(&out);
    assert!(site.len() > 30, "a whole site: {} pages", site.len());
    for (path, html) in &site {
        assert!(html.contains("<html lang=\"nl\""), "{path} is a Dutch page");
        let french = french_words(html);
        assert!(
            french.len() < 3,
            "{path} still holds French text: {french:?}"
        );
    }
    let home = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains("Vzw Zefier"));
    let checker = fs::read_to_string(out.join("checker/index.html")).unwrap();
    assert!(checker.contains(&theme_string("nl", "checker_label")));
    // Neither starter's example association is left anywhere: pages, JSON, search index. The
    // French name's most telling word is searched alone; the Dutch one's words are common Dutch
    // words (the checker's vocabulary holds them), so the whole name is.
    let dutch_example = tmp.path().join("example");
    init(&dutch_example, &["--language", "nl"]).assert_success();
    let example_name =
        |dir: &Path| association_name(&fs::read_to_string(dir.join("handbook.yaml")).unwrap());
    let french_word = example_name(&french)
        .split_whitespace()
        .max_by_key(|w| w.chars().count())
        .unwrap()
        .to_lowercase();
    for example in [french_word, example_name(&dutch_example).to_lowercase()] {
        for (path, text) in files(&out) {
            assert!(
                !text.to_lowercase().contains(&example),
                "{path} still names the example association ({example})"
            );
        }
    }

    let text = charter_pdf_text(&out);
    assert_pdf_has_first_section_title(&root, &text);
    assert!(text.contains("Vzw Zefier"));
    assert!(
        text.contains(&theme_string("nl", "pdf_signatures")),
        "the PDF's own words are Dutch"
    );
}

#[test]
fn dutch_and_french_starters_publish_each_other_as_twins() {
    let tmp = tempfile::tempdir().unwrap();
    for (languages, second) in [
        ("nl,fr", "fr"),
        ("nl,en", "en"),
        ("fr,nl", "nl"),
        ("en,nl", "nl"),
    ] {
        let root = tmp.path().join(languages);
        init(&root, &["--languages", languages]).assert_success();
        let primary = &languages[..2];
        assert!(root.join(format!("handbook.{second}.yaml")).is_file());
        let twin = format!(".{second}.md");
        assert!(
            files(&root).iter().any(|(p, _)| p.ends_with(&twin)),
            "{languages}: {second} twins"
        );
        let out = tmp.path().join(format!("out-{languages}"));
        let run = build(&root, &out, &[]);
        run.assert_success();
        assert!(!run.stderr.contains("warning"), "{}", run.stderr);
        assert!(fs::read_to_string(out.join("index.html"))
            .unwrap()
            .contains(&format!("<html lang=\"{primary}\"")));
        for (path, html) in html_pages(&out.join(second)) {
            assert!(
                html.contains(&format!("<html lang=\"{second}\"")),
                "{languages}: {path}"
            );
        }
        if second == "nl" {
            for (path, html) in html_pages(&out.join("nl")) {
                let french = french_words(&html);
                assert!(
                    french.len() < 3,
                    "{languages}: nl/{path} holds French: {french:?}"
                );
            }
        }
    }
}
