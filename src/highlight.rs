//! Code highlighting at build time: syntect emits CSS classes, never inline styles, and the page needs
//! no JavaScript. The matching stylesheet is only linked from pages that hold code.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use syntect::html::ClassStyle;
use syntect::parsing::{
    BasicScopeStackOp, ParseState, ScopeStack, ScopeStackOp, SyntaxReference, SyntaxSet,
};
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

/// `code` in `<span>`s styled as syntect's `ClassedHTMLGenerator` styles them, with each line
/// parsed through [`parse_line`]; `None` if syntect cannot parse it.
///
/// syntect gives every span a class for each atom of its scope (`hl-string hl-quoted hl-double
/// hl-yaml`), and a span for every scope: a YAML record sheet of eight lines came to 3 KB of HTML,
/// a quarter of a method page. Only the classes that can make a rule match are kept
/// ([`span_classes`]), and a span left with none is not written: the page looks the same, with
/// far fewer bytes to send, write and read back.
fn classed_html(code: &str, syntax: &SyntaxReference, set: &SyntaxSet) -> Option<String> {
    let mut state = ParseState::new(syntax);
    let mut scopes = ScopeStack::new();
    // For each scope open, whether it was written as a `<span>`.
    let mut written: Vec<bool> = Vec::new();
    let mut html = String::with_capacity(code.len() * 2);
    for line in LinesWithEndings::from(code) {
        let ops = parse_line(&mut state, line, set)?;
        let mut done = 0;
        // Where the last span opened, while no text has followed it: closing it then removes it.
        let mut empty_span: Option<usize> = None;
        for (at, op) in &ops {
            let at = (*at).min(line.len());
            if at > done {
                escape_into(&mut html, line.get(done..at)?);
                empty_span = None;
                done = at;
            }
            scopes
                .apply_with_hook(op, |basic, _| match basic {
                    BasicScopeStackOp::Push(scope) => {
                        let opened = span_classes(scope, |classes| {
                            empty_span = Some(html.len());
                            html.push_str("<span class=\"");
                            html.push_str(classes);
                            html.push_str("\">");
                        });
                        written.push(opened);
                    }
                    BasicScopeStackOp::Pop => {
                        if written.pop() == Some(true) {
                            match empty_span.take() {
                                Some(start) => html.truncate(start),
                                None => html.push_str("</span>"),
                            }
                        }
                    }
                })
                .ok()?;
        }
        escape_into(&mut html, line.get(done..)?);
    }
    for _ in written.iter().filter(|opened| **opened) {
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
pub fn stylesheet() -> &'static str {
    &styles().css
}

/// The highlight stylesheet and what its rules ask of an element.
struct Styles {
    css: String,
    /// Each compound selector of the rules of either theme (`.hl-string.hl-quoted` in
    /// `.hl-meta .hl-string.hl-quoted`): its scope atoms, by syntect's number for the atom, with
    /// their classes.
    compounds: Vec<Vec<(u16, String)>>,
}

/// The classes to write for a span of `scope` (with `write` called on them), or `false` when no
/// span is needed.
///
/// A rule's selector is compound selectors joined by descendant combinators, and a compound
/// matches an element when the element has each of its classes: the only thing a rule asks of an
/// element is which compounds it matches. Keeping the classes of the compounds a span's classes
/// match, and no other, leaves every compound matching the same spans, so every rule the same
/// characters, in light and in dark. Remembered per scope and thread: a handbook's code repeats
/// a few dozen scopes.
fn span_classes(scope: syntect::parsing::Scope, write: impl FnOnce(&str)) -> bool {
    thread_local! {
        static CLASSES: std::cell::RefCell<HashMap<syntect::parsing::Scope, String>> =
            std::cell::RefCell::new(HashMap::new());
    }
    CLASSES.with_borrow_mut(|known| {
        let classes = known.entry(scope).or_insert_with(|| {
            let atoms: Vec<u16> = (0..scope.len() as usize)
                .map(|i| scope.atom_at(i))
                .collect();
            let matched = styles()
                .compounds
                .iter()
                .filter(|compound| compound.iter().all(|(atom, _)| atoms.contains(atom)));
            let mut kept: Vec<(usize, &str)> = matched
                .flatten()
                .map(|(atom, class)| {
                    (
                        atoms.iter().position(|a| a == atom).unwrap_or(0),
                        class.as_str(),
                    )
                })
                .collect();
            // In the scope's own order, each once.
            kept.sort_unstable();
            kept.dedup();
            kept.iter()
                .map(|(_, class)| *class)
                .collect::<Vec<_>>()
                .join(" ")
        });
        if classes.is_empty() {
            return false;
        }
        write(classes);
        true
    })
}

/// Built once per process: every edition (revision × language) of every build links the same sheet,
/// and loading syntect's theme set is the expensive part.
fn styles() -> &'static Styles {
    static STYLES: OnceLock<Styles> = OnceLock::new();
    STYLES.get_or_init(build_styles)
}

fn build_styles() -> Styles {
    let themes = syntect::highlighting::ThemeSet::load_defaults();
    let mut styles = Styles {
        css: String::new(),
        compounds: Vec::new(),
    };
    for (name, dark) in [("InspiredGitHub", false), ("base16-ocean.dark", true)] {
        let Some(theme) = themes.themes.get(name) else {
            continue;
        };
        let Ok(rules) = syntect::html::css_for_theme_with_class_style(theme, CLASS_STYLE) else {
            continue;
        };
        if dark {
            styles
                .css
                .push_str("@media (prefers-color-scheme: dark) {\n");
        }
        styles.css.push_str(&rules);
        if dark {
            styles.css.push_str("}\n");
        }
        // Each scope of each selector's path is one compound of the rules syntect writes (a
        // selector's exclusions, `- comment`, never become CSS), and so is the rule for the
        // whole block, `.hl-code`, which a scope with a `code` atom matches too.
        let block = syntect::parsing::Scope::new("code").ok();
        let scopes = theme
            .scopes
            .iter()
            .flat_map(|item| &item.scope.selectors)
            .flat_map(|selector| selector.extract_scopes())
            .chain(block);
        for scope in scopes {
            let compound: Vec<(u16, String)> = scope
                .build_string()
                .split('.')
                .enumerate()
                .map(|(i, atom)| (scope.atom_at(i), format!("hl-{atom}")))
                .collect();
            if !styles.compounds.contains(&compound) {
                styles.compounds.push(compound);
            }
        }
    }
    styles
}

/// Minimal HTML escaping for text and attribute values.
///
/// Every value a template prints passes here, so the text between the five special characters is
/// copied a run at a time rather than a character at a time (all five are ASCII: a byte that is one
/// of them is never inside a multi-byte character).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    escape_into(&mut out, text);
    out
}

/// [`escape`], appended to `out`.
fn escape_into(out: &mut String, text: &str) {
    let mut copied = 0;
    for (i, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[copied..i]);
        out.push_str(entity);
        copied = i + 1;
    }
    out.push_str(&text[copied..]);
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

    /// Every compound selector of the stylesheet's rules, as its classes, read from the CSS text.
    fn css_compounds() -> Vec<Vec<String>> {
        let mut compounds: Vec<Vec<String>> = stylesheet()
            .lines()
            .filter(|line| line.trim_end().ends_with('{') && line.starts_with('.'))
            .flat_map(|line| line.trim_end_matches('{').split([',', ' ']))
            .filter(|compound| compound.starts_with('.'))
            .map(|compound| compound.split('.').skip(1).map(String::from).collect())
            .collect();
        compounds.sort_unstable();
        compounds.dedup();
        compounds
    }

    /// The compounds of the stylesheet's rules that an element of `classes` matches: all that
    /// a rule asks of it.
    fn matched_compounds(classes: &[String]) -> Vec<Vec<String>> {
        css_compounds()
            .into_iter()
            .filter(|compound| compound.iter().all(|class| classes.contains(class)))
            .collect()
    }

    /// The compounds the span writer knows are those the stylesheet's text names, the block's
    /// own `.hl-code` included: a span of a `code` scope keeps that class.
    #[test]
    fn the_compounds_known_are_those_of_the_stylesheet() {
        let mut known: Vec<Vec<String>> = styles()
            .compounds
            .iter()
            .map(|compound| compound.iter().map(|(_, class)| class.clone()).collect())
            .collect();
        known.sort_unstable();
        known.dedup();
        assert_eq!(known, css_compounds());
        let scope = syntect::parsing::Scope::new("markup.code.x").expect("a scope");
        let mut written = String::new();
        assert!(span_classes(scope, |classes| written.push_str(classes)));
        assert_eq!(written, "hl-code");
    }

    /// Each character of the code in `html` (a `<pre><code>` block of spans), with the compounds
    /// of the stylesheet that the spans around it match, outermost first, leaving out the spans
    /// that match none: all that a rule of the stylesheet can match on.
    fn styled_chars(html: &str) -> Vec<(char, Vec<Vec<Vec<String>>>)> {
        let mut open: Vec<Vec<Vec<String>>> = Vec::new();
        let mut chars = Vec::new();
        let mut rest = html;
        while let Some(c) = rest.chars().next() {
            if let Some(after) = rest.strip_prefix("<span class=\"") {
                let end = after.find("\">").expect("a span's tag ends");
                let classes: Vec<String> = after[..end].split(' ').map(String::from).collect();
                open.push(matched_compounds(&classes));
                rest = &after[end + 2..];
                continue;
            }
            if let Some(after) = rest.strip_prefix("</span>") {
                open.pop();
                rest = after;
                continue;
            }
            let (c, len) = match c {
                // `<pre …>`, `<code …>` and their ends
                '<' => {
                    rest = &rest[rest.find('>').expect("a tag ends") + 1..];
                    continue;
                }
                '&' => {
                    let len = rest.find(';').expect("an entity ends") + 1;
                    let decoded = match &rest[..len] {
                        "&amp;" => '&',
                        "&lt;" => '<',
                        "&gt;" => '>',
                        "&quot;" => '"',
                        "&#39;" => '\'',
                        other => panic!("unexpected entity {other}"),
                    };
                    (decoded, len)
                }
                c => (c, c.len_utf8()),
            };
            let around = open.iter().filter(|classes| !classes.is_empty());
            chars.push((c, around.cloned().collect()));
            rest = &rest[len..];
        }
        chars
    }

    /// What syntect's own generator writes for `code`, in the same `<pre><code>`.
    fn syntects_html(code: &str, token: &str) -> String {
        let set = syntaxes();
        let syntax = set
            .find_syntax_by_token(token)
            .expect("the syntax is bundled");
        let mut generator =
            syntect::html::ClassedHTMLGenerator::new_with_class_style(syntax, set, CLASS_STYLE);
        for line in LinesWithEndings::from(code) {
            generator
                .parse_html_for_line_which_includes_newline(line)
                .expect("the line parses");
        }
        format!(
            "<pre class=\"hl\"><code class=\"language-{token}\">{}</code></pre>\n",
            generator.finalize()
        )
    }

    const SAMPLES: &[(&str, &str)] = &[
        ("yaml", "# sheet 1\ncategory: 1\nreview:\n  - by: \"someone\"\n    on: 2026-01-28\n"),
        ("yaml", "note: |\n  category: 1\n  review:\ncategory: 1\n"),
        ("rust", "/// doc\nfn main() -> Result<(), &'static str> {\n    let x = \"a<b>&c\";\n    Ok(())\n}\n"),
        ("python", "def f(x):\n    \"\"\"Doc.\"\"\"\n    return {'a': x > 1 and x < 2}  # note\n"),
        ("json", "{\"a\": [1, 2.5, true, null], \"b\": \"l'été\"}\n"),
        ("html", "<!-- c -->\n<p class=\"x\">a &amp; b</p>\n<script>if (a < b) {}</script>\n"),
        ("sh", "for f in *.md; do\n  echo \"$f\" | grep -v '^#' > /dev/null\ndone\n"),
        ("css", "a:hover { color: #fff; }\n@media (min-width: 30em) { .x { margin: 0 } }\n"),
    ];

    /// Every character keeps the classes a rule can match on, outermost first, and the code its
    /// text: the block looks as syntect's own generator makes it look, light or dark.
    #[test]
    fn spans_are_styled_as_syntects_own() {
        for (token, code) in SAMPLES {
            let ours = code_block(code, token);
            let theirs = syntects_html(code, token);
            assert_eq!(
                styled_chars(&ours),
                styled_chars(&theirs),
                "{token}: {code}"
            );
            // The code's text, and the line break after `</pre>`.
            let text: String = styled_chars(&ours).iter().map(|(c, _)| c).collect();
            assert_eq!(text, format!("{code}\n"));
            assert!(
                ours.len() < theirs.len(),
                "{token}: {ours} against {theirs}"
            );
        }
    }

    /// A span's classes are those of the stylesheet's compounds it matches, nothing more, and a
    /// span matches some.
    #[test]
    fn a_span_has_only_the_classes_of_the_compounds_it_matches() {
        for (token, code) in SAMPLES {
            let html = code_block(code, token);
            for span in html.split("<span class=\"").skip(1) {
                let classes: Vec<String> = span[..span.find('"').expect("the attribute ends")]
                    .split(' ')
                    .map(String::from)
                    .collect();
                let mut named: Vec<String> =
                    matched_compounds(&classes).into_iter().flatten().collect();
                named.sort_unstable();
                named.dedup();
                let mut written = classes.clone();
                written.sort_unstable();
                assert!(!named.is_empty(), "{token}: {classes:?} matches no rule");
                assert_eq!(written, named, "{token}: {classes:?}");
            }
        }
    }

    /// The memo of parsed lines gives what a first parse gives, whether a line comes in a state
    /// met before (the same line in two blocks) or in another one (a line inside and outside a
    /// block scalar).
    #[test]
    fn remembered_lines_highlight_as_a_first_parse() {
        let blocks = [
            "# sheet 1\ncategory: 1\nreview:\n  - by: \"someone\"\n",
            "# sheet 2\ncategory: 1\nreview:\n  - by: \"someone\"\n",
            "note: |\n  category: 1\n  review:\ncategory: 1\n",
            "category: 1\n",
        ];
        for code in blocks {
            let first = code_block(code, "yaml");
            assert_eq!(
                styled_chars(&first),
                styled_chars(&syntects_html(code, "yaml")),
                "{code}"
            );
            // Again: this time every line comes from the memo.
            assert_eq!(code_block(code, "yaml"), first, "{code}");
        }
    }

    #[test]
    fn escapes_the_five_special_characters_and_keeps_the_rest() {
        assert_eq!(escape(""), "");
        assert_eq!(escape("déjà vu"), "déjà vu");
        assert_eq!(
            escape("<a href=\"x\">l'été & co</a>"),
            "&lt;a href=&quot;x&quot;&gt;l&#39;été &amp; co&lt;/a&gt;"
        );
        assert_eq!(escape("&&"), "&amp;&amp;");
        assert_eq!(escape("€>"), "€&gt;");
    }

    #[test]
    fn escapes_unknown_languages() {
        assert_eq!(
            code_block("<b>", "nope"),
            "<pre><code class=\"language-nope\">&lt;b&gt;</code></pre>\n"
        );
    }
}
