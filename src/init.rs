//! `handbook init`: a complete starter handbook (the default content and theme, embedded in the binary)
//! written into a new folder, ready to build and to adapt.
//!
//! The starter takes the association's identity from the options (`--name`, `--website`, the
//! languages): the name is written once, in `handbook.yaml`, and every page refers to it through
//! `{{ association.name }}` ([`crate::content::identity`]). Values a committee must replace before
//! publishing (its members, the tools' decision dates…) carry a `handbook:adapt` comment that
//! `handbook validate` lists ([`crate::adapt`]).

use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use crate::init_addresses::{localize_links, localized_path};

static DEFAULT_CONTENT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content");
static DEFAULT_CONFIG: &str = include_str!("../handbook.yaml");
static DEFAULT_CONFIG_EN: &str = include_str!("../handbook.en.yaml");
/// The configuration of a starter in English first, and its French twin: the same association,
/// described in English; the name is filled in by [`init`].
static ENGLISH_FIRST_CONFIG: &str = include_str!("../starter/handbook.en-first.yaml");
static ENGLISH_FIRST_CONFIG_FR: &str = include_str!("../starter/handbook.fr-twin.yaml");

/// The Dutch starter: the same pages and data files as `content/`, under the same (French) file
/// names, written in Dutch for a Flemish vzw. It lives apart from `content/` because the handbook
/// at the root of this repository is itself the French starter and builds as it is: Dutch twins
/// there would publish a Dutch edition it does not announce. Keeping the French names makes
/// "same structure as the French starter" a comparison of two file lists (tested below); the
/// addresses become Dutch when `init` writes the files ([`crate::init_addresses`]).
static DUTCH_CONTENT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/starter/nl/content");
/// The configuration of a starter in Dutch first, and its English and French twins.
static DUTCH_FIRST_CONFIG: &str = include_str!("../starter/nl/handbook.yaml");
static DUTCH_FIRST_CONFIG_EN: &str = include_str!("../starter/nl/handbook.en.yaml");
static DUTCH_FIRST_CONFIG_FR: &str = include_str!("../starter/nl/handbook.fr.yaml");

/// Starter files written once, without translated twins: they hold names and codes, not prose.
const LANGUAGE_NEUTRAL: [&str; 1] = ["classifier.yaml"];

/// What a build writes inside the handbook by default and must stay out of version control: the
/// site, the lock and spare beside it (see `output`), and the build cache.
const GITIGNORE: &str = "/public/\n/.public.*\n/.handbook-cache/\n";

/// The languages whose starter text exists, the default one of the starter first.
pub const STARTER_LANGUAGES: [&str; 3] = ["fr", "en", "nl"];

/// What `handbook init` is asked for; `None` keeps the starter's example value.
#[derive(Debug, Clone, Default)]
pub struct InitOptions {
    pub name: Option<String>,
    /// The handbook's default language; `fr` when not given.
    pub language: Option<String>,
    /// Every language, the default one first; the default language alone when only it is given.
    pub languages: Option<Vec<String>>,
    pub website: Option<String>,
}

/// What was written, for the summary `handbook init` prints.
#[derive(Debug)]
pub struct Written {
    pub files: usize,
    pub languages: Vec<String>,
}

impl InitOptions {
    /// The checked languages, the default one first. Without either option, the starter's own:
    /// French with its English twins.
    fn languages(&self) -> Result<Vec<String>, String> {
        if self.language.is_none() && self.languages.is_none() {
            return Ok(vec!["fr".to_string(), "en".to_string()]);
        }
        let language = self
            .language
            .clone()
            .or_else(|| self.languages.as_ref().and_then(|l| l.first().cloned()))
            .unwrap_or_else(|| "fr".to_string());
        let mut list = self
            .languages
            .clone()
            .unwrap_or_else(|| vec![language.clone()]);
        list.retain(|l| !l.trim().is_empty());
        for l in list.iter_mut() {
            *l = l.trim().to_ascii_lowercase();
        }
        if list.first() != Some(&language) {
            if list.contains(&language) {
                return Err(format!(
                    "--languages must start with the default language `{language}` (e.g. --languages {language},{})",
                    list.iter().find(|l| **l != language).map_or("en", |s| s)
                ));
            }
            list.insert(0, language.clone());
        }
        if (1..list.len()).any(|i| list[..i].contains(&list[i])) {
            return Err("a language is listed twice in --languages".to_string());
        }
        if let Some(bad) = list
            .iter()
            .find(|l| !(2..=3).contains(&l.len()) || !l.chars().all(|c| c.is_ascii_lowercase()))
        {
            return Err(format!(
                "`{bad}` is not a language code: use two letters such as fr, en or nl"
            ));
        }
        if !STARTER_LANGUAGES.contains(&language.as_str()) {
            return Err(format!(
                "there is no starter written in `{language}` yet: start with --language {} (the starters are written in {}) and --languages {},{language}: the `{language}` pages then show the text of the default language with a notice until it is translated",
                STARTER_LANGUAGES[0],
                STARTER_LANGUAGES.join(", "),
                STARTER_LANGUAGES[0]
            ));
        }
        Ok(list)
    }
}

/// Writes the starter handbook into `dir`, which must be missing or empty.
pub fn init(dir: &Path, options: &InitOptions) -> Result<Written, String> {
    let languages = options.languages()?;
    let primary = languages[0].as_str();
    let (template, twins): (&str, [(&str, &str); 2]) = match primary {
        "en" => (
            ENGLISH_FIRST_CONFIG,
            [("fr", ENGLISH_FIRST_CONFIG_FR), ("nl", DUTCH_FIRST_CONFIG)],
        ),
        "nl" => (
            DUTCH_FIRST_CONFIG,
            [("en", DUTCH_FIRST_CONFIG_EN), ("fr", DUTCH_FIRST_CONFIG_FR)],
        ),
        _ => (
            DEFAULT_CONFIG,
            [("en", DEFAULT_CONFIG_EN), ("nl", DUTCH_FIRST_CONFIG)],
        ),
    };
    let mut options = options.clone();
    if options.name.is_none() {
        options.name = default_name(template).or_else(|| default_name(DEFAULT_CONFIG));
    }
    let config = configure(template, &options, &languages)?;
    if dir.exists() {
        let mut entries =
            std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        if entries.next().is_some() {
            return Err(format!(
                "{} is not empty: refusing to overwrite anything — choose a new folder name",
                dir.display()
            ));
        }
    }
    let mut written = 0;
    let mut write = |rel: &Path, bytes: &[u8]| -> Result<(), String> {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written += 1;
        Ok(())
    };
    write(Path::new("handbook.yaml"), config.as_bytes())?;
    for language in &languages[1..] {
        let twin = match twins.iter().find(|(l, _)| l == language) {
            Some((_, text)) => twin_config(text),
            None => continue,
        };
        write(
            Path::new(&format!("handbook.{language}.yaml")),
            twin.as_bytes(),
        )?;
    }
    write(Path::new(".gitignore"), GITIGNORE.as_bytes())?;
    for rel in starter_pages() {
        let Some(text) = page_text(&rel, primary) else {
            // A page not written in the first language is left out; its twins with it.
            continue;
        };
        let named = localized_path(&rel, primary);
        write(
            &Path::new("content").join(&named),
            localize_links(text, primary).as_bytes(),
        )?;
        if LANGUAGE_NEUTRAL.iter().any(|n| rel == Path::new(n)) {
            continue;
        }
        for language in &languages[1..] {
            if let Some(text) = page_text(&rel, language) {
                write(
                    &Path::new("content").join(crate::source::twin(&named, language)),
                    localize_links(text, primary).as_bytes(),
                )?;
            }
        }
    }
    let mut stack = vec![&crate::render::theme::DEFAULT_THEME];
    while let Some(d) = stack.pop() {
        for file in d.files() {
            write(
                &Path::new("themes/default").join(file.path()),
                file.contents(),
            )?;
        }
        stack.extend(d.dirs());
    }
    Ok(Written {
        files: written,
        languages,
    })
}

/// A twin configuration as written. The Dutch configuration doubles as the Dutch twin of the
/// others, without the lines that only a first language's `handbook.yaml` holds (`languages`, the
/// name, the website: a twin's would hide the ones `init` wrote) and without the adapt markers.
fn twin_config(text: &str) -> String {
    if !text.lines().any(|l| l.starts_with("languages: ")) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if ["languages: ", "  name: ", "  website: "]
            .iter()
            .any(|start| line.starts_with(start))
        {
            continue;
        }
        let line = line.split("  # handbook:adapt").next().unwrap_or(line);
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The starter's files by their French name in `content/`, translated twins left out, sorted.
fn starter_pages() -> Vec<PathBuf> {
    let mut pages = Vec::new();
    let mut stack = vec![&DEFAULT_CONTENT];
    while let Some(d) = stack.pop() {
        for file in d.files() {
            if !crate::source::is_translation(file.path()) {
                pages.push(file.path().to_path_buf());
            }
        }
        stack.extend(d.dirs());
    }
    pages.sort();
    pages
}

/// The text of the starter file `rel` (its French name) in `language`, when it is written in it:
/// French is `content/` itself, English its `.en` twins, Dutch `starter/nl/content/`. The
/// language-neutral files (names and codes) have no twins; the Dutch starter has its own, since its
/// association's places and projects are not the French one's.
fn page_text(rel: &Path, language: &str) -> Option<&'static str> {
    let neutral = LANGUAGE_NEUTRAL.iter().any(|n| rel == Path::new(n));
    let file = if neutral && language != "nl" {
        DEFAULT_CONTENT.get_file(rel)
    } else {
        match language {
            "fr" => DEFAULT_CONTENT.get_file(rel),
            "en" => DEFAULT_CONTENT.get_file(crate::source::twin(rel, "en")),
            "nl" => DUTCH_CONTENT.get_file(rel),
            _ => None,
        }
    }?;
    file.contents_utf8()
}

/// The quoted `  name:` of a starter configuration, when not empty.
fn default_name(config: &str) -> Option<String> {
    config
        .lines()
        .find(|l| l.starts_with("  name: "))
        .and_then(|l| l.split('"').nth(1))
        .filter(|n| !n.is_empty())
        .map(str::to_string)
}

/// The starter's `handbook.yaml` with the options' identity and languages. Only lines the starter
/// is known to hold are rewritten; the name stays written once.
fn configure(
    template: &str,
    options: &InitOptions,
    languages: &[String],
) -> Result<String, String> {
    let quoted = |value: &str| format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""));
    let name = match &options.name {
        Some(n) => {
            let n = n.split_whitespace().collect::<Vec<_>>().join(" ");
            if n.is_empty() || n.chars().count() > 200 {
                return Err(
                    "--name must be the association's name, on one line (at most 200 characters)"
                        .to_string(),
                );
            }
            Some(n)
        }
        None => None,
    };
    let website = match &options.website {
        Some(w) => {
            let w = w.trim();
            let host = w
                .split_once("://")
                .map_or("", |(_, rest)| rest.split('/').next().unwrap_or(""));
            if !(w.starts_with("https://") || w.starts_with("http://"))
                || host.is_empty()
                || w.contains(char::is_whitespace)
            {
                return Err(format!(
                    "--website must be an address such as https://example.org/, not `{w}`"
                ));
            }
            Some(w.to_string())
        }
        None => None,
    };
    let mut out = String::with_capacity(template.len());
    for line in template.lines() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let replaced = if trimmed.starts_with("language: ") && indent.is_empty() {
            Some(format!("language: {}", languages[0]))
        } else if trimmed.starts_with("languages: ") && indent.is_empty() {
            Some(format!("languages: [{}]", languages.join(", ")))
        } else if trimmed.starts_with("name: ") && indent == "  " {
            name.as_ref().map(|n| format!("  name: {}", quoted(n)))
        } else if trimmed.starts_with("website: ") && indent == "  " {
            website
                .as_ref()
                .map(|w| format!("  website: {}", quoted(w)))
        } else {
            None
        };
        out.push_str(replaced.as_deref().unwrap_or(line));
        out.push('\n');
    }
    Ok(out)
}

/// What to adapt first in the starter written into `dir`, with the files for each (a translated
/// twin needs the same change): printed by `handbook init`.
pub fn checklist(dir: &Path, languages: &[String]) -> Vec<(&'static str, String)> {
    // "handbook.yaml and handbook.en.yaml": the translated twins need the same changes.
    let with_twins = |file: &str| {
        let mut names = vec![file.to_string()];
        for language in &languages[1..] {
            let twin = crate::source::twin(Path::new(file), language);
            if dir.join(&twin).is_file() {
                names.push(twin.display().to_string());
            }
        }
        names.join(" and ")
    };
    vec![
        (
            "identity: name, mission, territory, website, contacts, the address of the site (base_url)",
            with_twins("handbook.yaml"),
        ),
        (
            "the AI committee: who holds each role",
            with_twins("content/committee.yaml"),
        ),
        (
            "approved tools: your own tools, their status and decision dates",
            with_twins("content/tools.yaml"),
        ),
        (
            "secret terms (and a salt of your own) for the checker",
            with_twins("content/classifier.yaml"),
        ),
        (
            "indicators: the periods you measure and your targets",
            with_twins("content/indicators.yaml"),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(l: &[&str]) -> Vec<String> {
        l.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn languages_default_to_french_and_start_with_the_default() {
        assert_eq!(InitOptions::default().languages().unwrap(), ["fr", "en"]);
        let french = InitOptions {
            language: Some("fr".into()),
            ..Default::default()
        };
        assert_eq!(french.languages().unwrap(), ["fr"]);
        let both = InitOptions {
            languages: Some(langs(&["fr", "EN "])),
            ..Default::default()
        };
        assert_eq!(both.languages().unwrap(), ["fr", "en"]);
        let added = InitOptions {
            language: Some("fr".into()),
            languages: Some(langs(&["nl"])),
            ..Default::default()
        };
        assert_eq!(added.languages().unwrap(), ["fr", "nl"]);
        let wrong_order = InitOptions {
            language: Some("fr".into()),
            languages: Some(langs(&["en", "fr"])),
            ..Default::default()
        };
        assert!(wrong_order
            .languages()
            .unwrap_err()
            .contains("must start with"));
        let bad = InitOptions {
            languages: Some(langs(&["fr", "english"])),
            ..Default::default()
        };
        assert!(bad.languages().unwrap_err().contains("not a language code"));
    }

    #[test]
    fn configure_rewrites_the_identity_lines_only() {
        let template = "title: \"{{ association.name }}\"\nlanguage: fr\nlanguages: [fr, en]\nassociation:\n  name: \"Old\"  # handbook:adapt\n  website: \"https://old.example.org/\"\n  mission: \"name: x\"\n";
        let options = InitOptions {
            name: Some("L'Envol \"Zéphyr\"".into()),
            website: Some("https://zephyr.example.org/".into()),
            ..Default::default()
        };
        let out = configure(template, &options, &langs(&["fr"])).unwrap();
        assert_eq!(
            out,
            "title: \"{{ association.name }}\"\nlanguage: fr\nlanguages: [fr]\nassociation:\n  name: \"L'Envol \\\"Zéphyr\\\"\"\n  website: \"https://zephyr.example.org/\"\n  mission: \"name: x\"\n"
        );
        let bad = InitOptions {
            website: Some("zephyr.org".into()),
            ..Default::default()
        };
        assert!(configure(template, &bad, &langs(&["fr"])).is_err());
    }

    #[test]
    fn the_dutch_starter_has_the_french_starters_files() {
        let mut dutch = Vec::new();
        let mut stack = vec![&DUTCH_CONTENT];
        while let Some(d) = stack.pop() {
            dutch.extend(d.files().map(|f| f.path().to_path_buf()));
            stack.extend(d.dirs());
        }
        dutch.sort();
        let french = starter_pages();
        assert_eq!(dutch, french);
        for page in &french {
            assert!(
                page_text(page, "en").is_some(),
                "{} has an English twin",
                page.display()
            );
        }
    }

    #[test]
    fn every_renamed_page_is_a_starter_page() {
        for (fr, _, _) in crate::init_addresses::ADDRESSES {
            assert!(
                DEFAULT_CONTENT.get_file(fr).is_some(),
                "{fr} is a starter page"
            );
        }
    }

    #[test]
    fn the_dutch_configuration_as_a_twin_keeps_the_first_languages_identity() {
        let twin = twin_config(DUTCH_FIRST_CONFIG);
        assert!(twin.contains("language: nl"));
        for gone in ["languages: ", "  name: ", "  website: ", "handbook:adapt"] {
            assert!(!twin.contains(gone), "{gone}");
        }
        assert_eq!(twin_config(DEFAULT_CONFIG_EN), DEFAULT_CONFIG_EN);
    }
}
