//! Code highlighting at build time: syntect emits CSS classes, never inline styles, and the page needs
//! no JavaScript. The matching stylesheet is only linked from pages that hold code.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use syntect::html::{line_tokens_to_classed_spans, ClassStyle};
use syntect::parsing::{ParseState, ScopeStack, ScopeStackOp, SyntaxReference, SyntaxSet};
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
    match classed_html(code, syntax, set) {
        Some(html) => format!("<pre class=\"hl\"><code{lang_class}>{html}</code></pre>\n"),
        None => format!("<pre><code{lang_class}>{}</code></pre>\n", escape(code)),
    }
}

/// `code` as syntect's `ClassedHTMLGenerator` writes it (same spans, same closing tags), with each
/// line parsed through [`parse_line`]; `None` if syntect cannot parse it.
fn classed_html(code: &str, syntax: &SyntaxReference, set: &SyntaxSet) -> Option<String> {
    let mut state = ParseState::new(syntax);
    let mut scopes = ScopeStack::new();
    let mut html = String::with_capacity(code.len() * 4);
    let mut open_spans: isize = 0;
    for line in LinesWithEndings::from(code) {
        let ops = parse_line(&mut state, line, set)?;
        let (formatted, delta) =
            line_tokens_to_classed_spans(line, &ops, CLASS_STYLE, &mut scopes).ok()?;
        open_spans += delta;
        html.push_str(&formatted);
    }
    for _ in 0..open_spans {
        html.push_str("</span>");
    }
    Some(html)
}

/// One line's parse: its scope operations and the state after it.
type ParsedLine = Arc<(Vec<(usize, ScopeStackOp)>, ParseState)>;

/// Parsed lines by their text, each with the states it was parsed from.
type ParsedLines = HashMap<String, Vec<(ParseState, ParsedLine)>>;

/// Parses `line` from `state` (then the state after it), each distinct (state, line) once per
/// process. Parsing is a pure function of the two, and syntect's regexes (mostly backtracking,
/// for the YAML of the method's record sheets) are the dearest part of a page, while code blocks
/// of a handbook repeat most of their lines (`categorie: 2`, `relecture:`) from page to page.
fn parse_line(
    state: &mut ParseState,
    line: &str,
    set: &SyntaxSet,
) -> Option<Vec<(usize, ScopeStackOp)>> {
    /// Lines remembered before the memo starts again from empty, bounding its memory (a few MB).
    const LINES_KEPT: usize = 16_384;
    /// States remembered per line: a line's state depends on the lines before it, which vary.
    const STATES_PER_LINE: usize = 8;
    static PARSED: Mutex<Option<ParsedLines>> = Mutex::new(None);
    // A poisoned lock only means another thread panicked while holding it: the map is still sound.
    let memo = || PARSED.lock().unwrap_or_else(|e| e.into_inner());
    let known = memo().as_ref().and_then(|lines| {
        lines.get(line).and_then(|states| {
            states
                .iter()
                .find(|(before, _)| before == state)
                .map(|(_, parsed)| Arc::clone(parsed))
        })
    });
    if let Some(parsed) = known {
        state.clone_from(&parsed.1);
        return Some(parsed.0.clone());
    }
    let before = state.clone();
    let ops = state.parse_line(line, set).ok()?;
    let parsed = Arc::new((ops.clone(), state.clone()));
    let mut guard = memo();
    let lines = guard.get_or_insert_with(HashMap::new);
    if lines.len() >= LINES_KEPT {
        lines.clear();
    }
    let states = lines.entry(line.to_string()).or_default();
    if states.len() < STATES_PER_LINE && !states.iter().any(|(known, _)| *known == before) {
        states.push((before, parsed));
    }
    Some(ops)
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

    /// The memo of parsed lines gives what syntect's own generator gives, whether a line comes
    /// in a state met before (the same line in two blocks) or in another one (a line inside and
    /// outside a block scalar).
    #[test]
    fn remembered_lines_highlight_as_syntect_does() {
        let blocks = [
            "# sheet 1\ncategory: 1\nreview:\n  - by: \"someone\"\n",
            "# sheet 2\ncategory: 1\nreview:\n  - by: \"someone\"\n",
            "note: |\n  category: 1\n  review:\ncategory: 1\n",
            "category: 1\n",
        ];
        for code in blocks {
            let set = syntaxes();
            let syntax = set.find_syntax_by_token("yaml").expect("YAML is bundled");
            let mut generator =
                syntect::html::ClassedHTMLGenerator::new_with_class_style(syntax, set, CLASS_STYLE);
            for line in LinesWithEndings::from(code) {
                generator
                    .parse_html_for_line_which_includes_newline(line)
                    .expect("the line parses");
            }
            let expected = format!(
                "<pre class=\"hl\"><code class=\"language-yaml\">{}</code></pre>\n",
                generator.finalize()
            );
            // Twice: the second time every line comes from the memo.
            assert_eq!(code_block(code, "yaml"), expected, "{code}");
            assert_eq!(code_block(code, "yaml"), expected, "{code}");
        }
    }

    #[test]
    fn escapes_unknown_languages() {
        assert_eq!(
            code_block("<b>", "nope"),
            "<pre><code class=\"language-nope\">&lt;b&gt;</code></pre>\n"
        );
    }
}
