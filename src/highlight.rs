//! Code highlighting at build time: syntect emits CSS classes, never inline styles, and the page needs
//! no JavaScript. The matching stylesheet is only linked from pages that hold code.

use std::sync::OnceLock;

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// `<pre><code>` HTML for a code block; unknown languages are shown as plain, escaped text.
pub fn code_block(code: &str, lang: &str) -> String {
    let set = syntaxes();
    let token = lang.split([',', ' ']).next().unwrap_or("").trim();
    let syntax = if token.is_empty() {
        None
    } else {
        set.find_syntax_by_token(token)
    };
    let lang_class = if token.is_empty() {
        String::new()
    } else {
        format!(" class=\"language-{}\"", crate::slug::slugify(token))
    };
    let Some(syntax) = syntax else {
        return format!("<pre><code{lang_class}>{}</code></pre>\n", escape(code));
    };
    let mut generator = ClassedHTMLGenerator::new_with_class_style(syntax, set, CLASS_STYLE);
    for line in LinesWithEndings::from(code) {
        if generator
            .parse_html_for_line_which_includes_newline(line)
            .is_err()
        {
            return format!("<pre><code{lang_class}>{}</code></pre>\n", escape(code));
        }
    }
    format!(
        "<pre class=\"hl\"><code{lang_class}>{}</code></pre>\n",
        generator.finalize()
    )
}

/// The stylesheet for highlighted code (light and dark), generated from syntect's bundled themes.
///
/// Built once per process: every edition (revision × language) of every build links the same sheet,
/// and loading syntect's theme set is the expensive part.
pub fn stylesheet() -> &'static str {
    static CSS: OnceLock<String> = OnceLock::new();
    CSS.get_or_init(build_stylesheet)
}

fn build_stylesheet() -> String {
    let themes = syntect::highlighting::ThemeSet::load_defaults();
    let mut css = String::new();
    if let Some(light) = themes.themes.get("InspiredGitHub") {
        if let Ok(rules) = syntect::html::css_for_theme_with_class_style(light, CLASS_STYLE) {
            css.push_str(&rules);
        }
    }
    if let Some(dark) = themes.themes.get("base16-ocean.dark") {
        if let Ok(rules) = syntect::html::css_for_theme_with_class_style(dark, CLASS_STYLE) {
            css.push_str("@media (prefers-color-scheme: dark) {\n");
            css.push_str(&rules);
            css.push_str("}\n");
        }
    }
    css
}

/// Minimal HTML escaping for text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_known_languages_with_classes_only() {
        let html = code_block("fn main() {}\n", "rust");
        assert!(html.starts_with("<pre class=\"hl\"><code class=\"language-rust\">"));
        assert!(html.contains("class=\"hl-"));
        assert!(!html.contains("style="));
    }

    #[test]
    fn escapes_unknown_languages() {
        assert_eq!(
            code_block("<b>", "nope"),
            "<pre><code class=\"language-nope\">&lt;b&gt;</code></pre>\n"
        );
    }
}
