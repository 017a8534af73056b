//! The built-in theme's UI strings (`themes/default/i18n/LANG.yaml`), read without loading the
//! theme: for the words the generator prints where no theme is at hand (the charter PDF) or where
//! they must not vary with the handbook's theme. They are merged for a language exactly as the
//! site's pages merge a theme's strings, so a new language is one more YAML file and no code.

use std::collections::BTreeMap;
use std::path::Path;

use include_dir::{include_dir, Dir};

/// The built-in theme's UI strings, one `LANG.yaml` per language.
static UI_STRINGS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default/i18n");

/// Where [`UI_STRINGS`] come from, to name the file in messages.
pub const UI_STRINGS_DIR: &str = "themes/default/i18n";

/// The language whose strings fill in what another language lacks, as for the site's pages.
pub const FALLBACK_LANGUAGE: &str = "fr";

/// The built-in theme's UI strings for `language`, merged with their fallbacks in the order the
/// site's pages use (`render::theme::Theme::strings`): any language, then French, then the
/// primary language, each overriding the one before.
pub fn built_in(language: &str) -> Result<BTreeMap<String, String>, String> {
    let all = parsed_languages()?;
    let primary = language.split('-').next().unwrap_or(language);
    let mut merged = all.values().next().cloned().unwrap_or_default();
    for lang in [FALLBACK_LANGUAGE, primary] {
        if let Some(map) = all.get(lang) {
            merged.extend(map.clone());
        }
    }
    Ok(merged)
}

/// Every `LANG.yaml` of the built-in theme, by language, read with the theme's own YAML reader.
#[cfg(test)]
pub(crate) fn built_in_languages() -> Result<BTreeMap<String, BTreeMap<String, String>>, String> {
    parsed_languages().cloned()
}

/// [`built_in_languages`], parsed once per process: the files are part of the program, and
/// `handbook serve` asks for them at every save (the draft's changes page).
fn parsed_languages() -> Result<&'static Languages, String> {
    static PARSED: std::sync::OnceLock<Result<Languages, String>> = std::sync::OnceLock::new();
    PARSED
        .get_or_init(parse_languages)
        .as_ref()
        .map_err(String::clone)
}

/// UI strings by language, then by key.
type Languages = BTreeMap<String, BTreeMap<String, String>>;

fn parse_languages() -> Result<Languages, String> {
    let mut languages = BTreeMap::new();
    for file in UI_STRINGS.files() {
        let Some(lang) = file
            .path()
            .to_str()
            .and_then(|name| name.strip_suffix(".yaml"))
        else {
            continue;
        };
        let path = Path::new(UI_STRINGS_DIR).join(file.path());
        let text = String::from_utf8_lossy(file.contents());
        let source = crate::yaml::YamlSource::new(&path, 0);
        let strings = crate::yaml::parse::<BTreeMap<String, String>>(&text, &source)
            .map_err(|d| format!("{}: {d:?}", path.display()))?;
        languages.insert(lang.to_string(), strings);
    }
    Ok(languages)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language of the built-in theme has every UI string French has, and no other: a
    /// fallback keeps a page or a PDF readable, but should never be how a language ships.
    #[test]
    fn ui_strings_every_language_file_has_the_same_keys() {
        let languages = built_in_languages().expect("the built-in UI strings parse");
        let reference = languages
            .get(FALLBACK_LANGUAGE)
            .expect("the built-in theme has French strings");
        for (lang, strings) in &languages {
            let missing: Vec<&String> = reference
                .keys()
                .filter(|k| !strings.contains_key(*k))
                .collect();
            let extra: Vec<&String> = strings
                .keys()
                .filter(|k| !reference.contains_key(*k))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{UI_STRINGS_DIR}/{lang}.yaml: missing {missing:?}, not in {FALLBACK_LANGUAGE}.yaml {extra:?}"
            );
        }
    }

    #[test]
    fn ui_strings_fall_back_to_the_primary_language_then_french() {
        let fr = built_in("fr").expect("French");
        assert_eq!(built_in("fr-BE").expect("fr-BE"), fr);
        assert_eq!(built_in("xx").expect("an unknown language"), fr);
        assert_ne!(built_in("nl").expect("Dutch"), fr);
    }
}
