//! The extension's strings, one `_locales/LANG/messages.json` per language, taken from the theme's
//! i18n files: its `guard_*` keys and the checker's `js_*` keys (types of findings, verdicts), so
//! the guard says what the site's checker says.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

/// The languages the theme writes the guard's strings in. The browser picks the one matching its
/// own language, and falls back to the handbook's.
pub const LANGUAGES: [&str; 3] = ["en", "fr", "nl"];

/// Chromium refuses a name over 75 characters and a description over 132.
const NAME_MAX: usize = 75;
const SHORT_NAME_MAX: usize = 12;
const DESCRIPTION_MAX: usize = 132;

/// `messages.json` for one language from the theme's strings in that language.
pub fn messages(lang: &str, strings: &BTreeMap<String, String>, association: &str) -> Vec<u8> {
    let mut map = Map::new();
    let get = |k: &str| strings.get(k).cloned().unwrap_or_default();
    let name = format!("{} — {association}", get("guard_name"));
    let entries = [
        ("extension_name", truncated(&name, NAME_MAX)),
        (
            "extension_short_name",
            truncated(&get("guard_short_name"), SHORT_NAME_MAX),
        ),
        (
            "extension_description",
            truncated(&get("guard_description"), DESCRIPTION_MAX),
        ),
        // which of the languages the browser chose, for the classifier's reasons
        ("guard_lang", lang.to_string()),
    ];
    for (k, v) in entries {
        map.insert(k.to_string(), message(&v));
    }
    for (k, v) in strings {
        if k.starts_with("guard_") || k.starts_with("js_") {
            map.entry(k.clone()).or_insert_with(|| message(v));
        }
    }
    let mut out = serde_json::to_vec_pretty(&Value::Object(map)).unwrap_or_default();
    out.push(b'\n');
    out
}

/// A message; `$` starts a placeholder in the browsers' i18n format, `$$` is a plain dollar.
fn message(text: &str) -> Value {
    json!({ "message": text.replace('$', "$$") })
}

fn truncated(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_are_escaped_and_long_names_cut() {
        let strings = BTreeMap::from([
            ("guard_name".to_string(), "Garde".to_string()),
            ("js_category".to_string(), "catégorie $1".to_string()),
            ("title".to_string(), "not for the extension".to_string()),
        ]);
        let json: Value =
            serde_json::from_slice(&messages("fr", &strings, &"x".repeat(100))).unwrap();
        assert_eq!(json["js_category"]["message"], "catégorie $$1");
        assert_eq!(json["guard_lang"]["message"], "fr");
        assert!(json.get("title").is_none());
        let name = json["extension_name"]["message"].as_str().unwrap();
        assert_eq!(name.chars().count(), NAME_MAX);
        assert!(name.starts_with("Garde — x"));
    }
}
