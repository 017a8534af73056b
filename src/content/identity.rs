//! Identity variables: `{{ association.name }}` and its siblings in Markdown and YAML text.
//!
//! The association's identity is written once, under `association:` in `handbook.yaml`; every other
//! file refers to it through a variable, so renaming the association is a one-line change. Only the
//! identity is offered — this is not a template language: no filters, no conditions, no loops.
//!
//! - A variable is `{{ association.FIELD }}` (spaces inside the braces are optional).
//! - In Markdown it is left alone inside code (inline code and code blocks), so a handbook can show
//!   the syntax itself. Elsewhere the value is escaped for the place it lands in: Markdown
//!   punctuation outside HTML, HTML entities inside raw HTML, `\"` inside a double-quoted YAML
//!   string, `''` inside a single-quoted one.
//! - In YAML it is replaced in values, never in comments.
//! - An unknown variable, or one whose field `handbook.yaml` leaves empty, is an error at its
//!   `file:line:col`, with the list of the known variables.
//!
//! A replaced value may be longer or shorter than the variable, so a later error on the same line
//! (a YAML type error after the variable, say) can point a few columns off; lines stay exact, as
//! values never hold a line break.

use std::cell::RefCell;
use std::path::Path;

use crate::diagnostics::{Diagnostic, Diagnostics, Origin};

use super::site::Association;

/// The variables a handbook may use, in the order they are listed in hints.
pub const VARIABLES: [&str; 12] = [
    "association.name",
    "association.short_name",
    "association.legal_form",
    "association.founded",
    "association.website",
    "association.email",
    "association.phone",
    "association.address",
    "association.data_protection_contact",
    "association.ai_referent",
    "association.mission",
    "association.territory",
];

/// The value of each variable of [`VARIABLES`] (`None` when `handbook.yaml` leaves it out).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Identity {
    values: Vec<Option<String>>,
}

impl Identity {
    /// The identity of a (merged) `association:` block. `short_name` falls back to `name`, so text
    /// may use the short name without every handbook having to declare one.
    pub fn of(a: &Association) -> Identity {
        let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let opt = |s: Option<&str>| s.map(one_line).filter(|s| !s.is_empty());
        let name = opt(Some(&a.name));
        let values = vec![
            name.clone(),
            opt(a.short_name.as_deref()).or(name),
            opt(a.legal_form.as_deref()),
            a.founded.map(|y| y.to_string()),
            opt(a.website.as_ref().map(|s| s.value.as_str())),
            opt(a.email.as_ref().map(|s| s.value.as_str())),
            opt(a.phone.as_ref().map(|s| s.value.as_str())),
            opt(a.address.as_ref().map(|s| s.value.as_str())),
            opt(a.data_protection_contact.as_deref()),
            opt(a.ai_referent.as_deref()),
            opt(Some(&a.mission)),
            opt(Some(&a.territory)),
        ];
        Identity { values }
    }

    fn value(&self, variable: &str) -> Result<&str, Lookup> {
        let i = VARIABLES
            .iter()
            .position(|v| *v == variable)
            .ok_or(Lookup::Unknown)?;
        self.values
            .get(i)
            .and_then(|v| v.as_deref())
            .ok_or(Lookup::Unset)
    }
}

enum Lookup {
    Unknown,
    Unset,
}

thread_local! {
    /// The identity of the handbook being loaded; loading is single-threaded and scoped by
    /// [`IdentityScope`], like the language of [`crate::source::TranslationScope`].
    static CURRENT: RefCell<Option<Identity>> = const { RefCell::new(None) };
}

/// While alive, [`markdown_in_scope`] and [`yaml_in_scope`] replace variables with this identity.
pub struct IdentityScope {
    previous: Option<Identity>,
}

impl IdentityScope {
    /// The identity of this thread's scope, if any: to enter the same scope on another thread.
    pub fn current() -> Option<Identity> {
        CURRENT.with(|c| c.borrow().clone())
    }

    pub fn enter(identity: Identity) -> Self {
        let previous = CURRENT.with(|c| c.borrow_mut().replace(identity));
        IdentityScope { previous }
    }
}

impl Drop for IdentityScope {
    fn drop(&mut self) {
        let previous = self.previous.take();
        CURRENT.with(|c| *c.borrow_mut() = previous);
    }
}

/// [`markdown`] with the identity of the current scope; text is returned as is outside a scope
/// (the site's configuration itself is read before its identity is known).
pub fn markdown_in_scope(
    text: String,
    file: &Path,
    line_offset: u64,
) -> Result<String, Diagnostics> {
    if !text.contains("{{") {
        return Ok(text);
    }
    CURRENT.with(|c| match c.borrow().as_ref() {
        Some(identity) => markdown(&text, identity, file, line_offset),
        None => Ok(text),
    })
}

/// [`yaml`] with the identity of the current scope (see [`markdown_in_scope`]).
pub fn yaml_in_scope(text: String, file: &Path, line_offset: u64) -> Result<String, Diagnostics> {
    if !text.contains("{{") {
        return Ok(text);
    }
    CURRENT.with(|c| match c.borrow().as_ref() {
        Some(identity) => yaml(&text, identity, file, line_offset),
        None => Ok(text),
    })
}

/// How a value is written where a variable stands.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Escape {
    /// Markdown text: punctuation that would start markup gets a backslash.
    Markdown,
    /// Raw HTML inside Markdown.
    Html,
    /// Plain YAML scalars and block scalars: as is.
    Raw,
    /// Inside `"…"` in YAML.
    DoubleQuoted,
    /// Inside `'…'` in YAML.
    SingleQuoted,
}

fn escaped(value: &str, how: Escape) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match (how, c) {
            (Escape::Markdown, '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '`') => {
                out.push('\\');
                out.push(c);
            }
            (Escape::Html, '&') => out.push_str("&amp;"),
            (Escape::Html, '<') => out.push_str("&lt;"),
            (Escape::Html, '>') => out.push_str("&gt;"),
            (Escape::Html, '"') => out.push_str("&quot;"),
            (Escape::DoubleQuoted, '\\' | '"') => {
                out.push('\\');
                out.push(c);
            }
            (Escape::SingleQuoted, '\'') => out.push_str("''"),
            _ => out.push(c),
        }
    }
    out
}

/// A variable found in a text: its byte range and the name between the braces.
struct Found<'a> {
    start: usize,
    end: usize,
    name: &'a str,
}

/// The next `{{ name }}` at or after `from`, where `name` is made of letters, digits, `_` and `.`.
/// Braces around anything else (`{{ }}`, `{{ a b }}`) are ordinary text.
fn next_variable(text: &str, from: usize) -> Option<Found<'_>> {
    let mut at = from;
    while let Some(i) = text.get(at..)?.find("{{") {
        let start = at + i;
        let inner_start = start + 2;
        if let Some(j) = text[inner_start..].find("}}") {
            let inner = &text[inner_start..inner_start + j];
            let name = inner.trim();
            if !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
            {
                return Some(Found {
                    start,
                    end: inner_start + j + 2,
                    name,
                });
            }
        }
        at = start + 2;
    }
    None
}

/// Replaces the variables of `text[range]` into `out`, escaped with `how`.
#[allow(clippy::too_many_arguments)]
fn replace_range(
    text: &str,
    range: std::ops::Range<usize>,
    how: Escape,
    identity: &Identity,
    file: &Path,
    line_offset: u64,
    out: &mut String,
    diags: &mut Diagnostics,
) {
    let mut copied = range.start;
    let mut at = range.start;
    while let Some(found) = next_variable(&text[..range.end], at) {
        out.push_str(&text[copied..found.start]);
        match identity.value(found.name) {
            Ok(value) => out.push_str(&escaped(value, how)),
            Err(lookup) => {
                out.push_str(&text[found.start..found.end]);
                diags.push(problem(
                    text,
                    found.start,
                    found.name,
                    lookup,
                    file,
                    line_offset,
                ));
            }
        }
        copied = found.end;
        at = found.end;
    }
    out.push_str(&text[copied..range.end]);
}

fn problem(
    text: &str,
    byte: usize,
    name: &str,
    lookup: Lookup,
    file: &Path,
    line_offset: u64,
) -> Diagnostic {
    let (line, col) = crate::source::line_col(text, byte);
    let origin = Origin::new(file, line + line_offset, col);
    match lookup {
        Lookup::Unknown => {
            let suggestion = crate::diagnostics::did_you_mean(name, VARIABLES.iter().copied())
                .map(|s| format!("did you mean `{{{{ {s} }}}}`? "))
                .unwrap_or_default();
            Diagnostic::new(
                origin,
                format!("unknown variable `{{{{ {name} }}}}`"),
                format!(
                    "{suggestion}the known variables are {} (to show braces as they are, put them in `code`)",
                    VARIABLES.join(", ")
                ),
            )
        }
        Lookup::Unset => {
            let field = name.trim_start_matches("association.");
            Diagnostic::new(
                origin,
                format!("`{{{{ {name} }}}}` is used here but `handbook.yaml` gives no `{field}`"),
                format!("add `{field}:` under `association:` in handbook.yaml, or write the text without the variable"),
            )
        }
    }
}

/// Replaces the identity variables of a Markdown text, leaving code alone.
pub fn markdown(
    text: &str,
    identity: &Identity,
    file: &Path,
    line_offset: u64,
) -> Result<String, Diagnostics> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    // Byte ranges that are code (kept) or raw HTML (escaped as HTML), in text order.
    let mut special: Vec<(std::ops::Range<usize>, Option<Escape>)> = Vec::new();
    let mut in_code_block: Option<usize> = None;
    for (event, range) in Parser::new_ext(text, super::Markdown::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code_block = Some(range.start),
            Event::End(TagEnd::CodeBlock) => {
                let start = in_code_block.take().unwrap_or(range.start);
                special.push((start..range.end, None));
            }
            _ if in_code_block.is_some() => {}
            Event::Code(_) => special.push((range, None)),
            Event::Html(_) | Event::InlineHtml(_) => special.push((range, Some(Escape::Html))),
            _ => {}
        }
    }
    special.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(text.len());
    let mut diags = Diagnostics::new();
    let mut at = 0;
    for (range, how) in special {
        if range.start < at {
            continue;
        }
        replace_range(
            text,
            at..range.start,
            Escape::Markdown,
            identity,
            file,
            line_offset,
            &mut out,
            &mut diags,
        );
        match how {
            None => out.push_str(&text[range.clone()]),
            Some(how) => replace_range(
                text,
                range.clone(),
                how,
                identity,
                file,
                line_offset,
                &mut out,
                &mut diags,
            ),
        }
        at = range.end;
    }
    replace_range(
        text,
        at..text.len(),
        Escape::Markdown,
        identity,
        file,
        line_offset,
        &mut out,
        &mut diags,
    );
    diags.into_result(out)
}

/// Where a YAML scanner stands at the start of a line.
#[derive(Clone, Copy, PartialEq)]
enum YamlState {
    Plain,
    Double,
    Single,
    /// Inside a `|` or `>` block scalar whose key line is indented this much.
    Block(usize),
}

/// Replaces the identity variables of a YAML text: in values (plain, quoted or block scalars),
/// escaped for their quoting; never in comments.
pub fn yaml(
    text: &str,
    identity: &Identity,
    file: &Path,
    line_offset: u64,
) -> Result<String, Diagnostics> {
    let mut out = String::with_capacity(text.len());
    let mut diags = Diagnostics::new();
    let mut state = YamlState::Plain;
    let mut line_start = 0;
    while line_start < text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i + 1);
        let line = &text[line_start..line_end];
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let YamlState::Block(key_indent) = state {
            if line.trim().is_empty() || indent > key_indent {
                replace_range(
                    text,
                    line_start..line_end,
                    Escape::Raw,
                    identity,
                    file,
                    line_offset,
                    &mut out,
                    &mut diags,
                );
                line_start = line_end;
                continue;
            }
            state = YamlState::Plain;
        }
        // Split the line into runs of one kind (plain, double- or single-quoted, comment).
        let bytes = line.as_bytes();
        let mut run_start = 0;
        let mut run_kind = state;
        let mut i = 0;
        let mut last_significant: Option<u8> = None;
        let mut comment_at: Option<usize> = None;
        let flush =
            |from: usize, to: usize, kind: YamlState, out: &mut String, diags: &mut Diagnostics| {
                let how = match kind {
                    YamlState::Double => Escape::DoubleQuoted,
                    YamlState::Single => Escape::SingleQuoted,
                    _ => Escape::Raw,
                };
                replace_range(
                    text,
                    line_start + from..line_start + to,
                    how,
                    identity,
                    file,
                    line_offset,
                    out,
                    diags,
                );
            };
        while i < bytes.len() {
            let b = bytes[i];
            match state {
                YamlState::Double => {
                    if b == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b == b'"' {
                        flush(run_start, i + 1, YamlState::Double, &mut out, &mut diags);
                        run_start = i + 1;
                        state = YamlState::Plain;
                        run_kind = state;
                        last_significant = Some(b'"');
                    }
                }
                YamlState::Single => {
                    if b == b'\'' {
                        if bytes.get(i + 1) == Some(&b'\'') {
                            i += 2;
                            continue;
                        }
                        flush(run_start, i + 1, YamlState::Single, &mut out, &mut diags);
                        run_start = i + 1;
                        state = YamlState::Plain;
                        run_kind = state;
                        last_significant = Some(b'\'');
                    }
                }
                _ => {
                    let starts_scalar = matches!(
                        last_significant,
                        None | Some(b':' | b'-' | b'[' | b'{' | b',' | b'?')
                    );
                    if b == b'#' && (i == 0 || bytes[i - 1] == b' ' || bytes[i - 1] == b'\t') {
                        comment_at = Some(i);
                        break;
                    }
                    if (b == b'"' || b == b'\'') && starts_scalar {
                        flush(run_start, i, run_kind, &mut out, &mut diags);
                        run_start = i;
                        state = if b == b'"' {
                            YamlState::Double
                        } else {
                            YamlState::Single
                        };
                        run_kind = state;
                    } else if !b.is_ascii_whitespace() {
                        last_significant = Some(b);
                    }
                }
            }
            i += 1;
        }
        let code_end = comment_at.unwrap_or(bytes.len()).min(bytes.len());
        flush(run_start, code_end, run_kind, &mut out, &mut diags);
        out.push_str(&line[code_end..]);
        if state == YamlState::Plain {
            let code = line[..code_end].trim_end();
            let indicator = code.rsplit([' ', ':', '-']).next().unwrap_or("");
            let is_block = (indicator.starts_with('|') || indicator.starts_with('>'))
                && indicator[1..]
                    .chars()
                    .all(|c| c == '-' || c == '+' || c.is_ascii_digit());
            if is_block && code.len() > indicator.len() || code == "|" || code == ">" {
                state = YamlState::Block(indent);
            }
        }
        line_start = line_end;
    }
    diags.into_result(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(name: &str) -> Identity {
        let mut values = vec![None; VARIABLES.len()];
        values[0] = Some(name.to_string());
        values[1] = Some(name.to_string());
        values[4] = Some("https://zephyr.example.org/".to_string());
        Identity { values }
    }

    fn md(text: &str) -> Result<String, Diagnostics> {
        markdown(
            text,
            &identity("Zéphyr *&* <Co>"),
            Path::new("content/a.md"),
            4,
        )
    }

    #[test]
    fn markdown_replaces_text_and_keeps_code() {
        let out = md("Chez {{ association.name }}, `{{ association.name }}`.\n\n```\n{{association.name}}\n```\n").unwrap();
        assert_eq!(
            out,
            "Chez Zéphyr \\*&\\* \\<Co\\>, `{{ association.name }}`.\n\n```\n{{association.name}}\n```\n"
        );
        let html = md("<p title=\"{{ association.name }}\">x</p>\n").unwrap();
        assert_eq!(html, "<p title=\"Zéphyr *&amp;* &lt;Co&gt;\">x</p>\n");
        let link = md("[site]({{ association.website }})").unwrap();
        assert_eq!(link, "[site](https://zephyr.example.org/)");
        assert_eq!(md("{{ }} and {{ a b }}").unwrap(), "{{ }} and {{ a b }}");
    }

    #[test]
    fn unknown_and_unset_variables_point_at_their_place() {
        let err = md("Line one\nSee {{ association.nam }} and {{ association.legal_form }}.")
            .unwrap_err()
            .into_sorted();
        assert_eq!(err.len(), 2);
        assert_eq!((err[0].origin.line, err[0].origin.col), (6, 5));
        assert!(err[0]
            .message
            .contains("unknown variable `{{ association.nam }}`"));
        assert!(err[0]
            .hint
            .contains("did you mean `{{ association.name }}`"));
        assert!(err[0].hint.contains("association.ai_referent"));
        assert_eq!((err[1].origin.line, err[1].origin.col), (6, 31));
        assert!(err[1].message.contains("gives no `legal_form`"));
    }

    #[test]
    fn yaml_escapes_for_each_quoting_and_skips_comments() {
        let id = identity("L'Envol \"Zéphyr\"");
        let src = "a: \"Chez {{ association.name }}\"\nb: '{{ association.name }}'\nc: {{ association.short_name }} # {{ nope }}\nd: |\n  l'aide de {{ association.name }}\n  \"x\n# {{ nope }}\ne: l'aide de {{ association.name }}\n";
        let out = yaml(src, &id, Path::new("content/x.yaml"), 0).unwrap();
        let parsed: serde_json::Value = serde_saphyr::from_str(&out).unwrap();
        let name = "L'Envol \"Zéphyr\"";
        assert_eq!(parsed["a"], format!("Chez {name}"));
        assert_eq!(parsed["b"], name);
        assert_eq!(parsed["d"], format!("l'aide de {name}\n\"x\n"));
        assert_eq!(parsed["e"], format!("l'aide de {name}"));
        assert!(out.contains("# {{ nope }}"));
        let err = yaml(
            "a:\n  - \"{{ association.x }}\"\n",
            &id,
            Path::new("f.yaml"),
            2,
        )
        .unwrap_err()
        .into_sorted();
        assert_eq!((err[0].origin.line, err[0].origin.col), (4, 6));
    }
}
