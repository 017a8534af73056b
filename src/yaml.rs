//! YAML parsing with errors a committee member can act on.
//!
//! serde-saphyr keeps the line and column of every value ([`Spanned`]) and of every error; this module
//! turns its errors into [`Diagnostic`]s with the file's real line numbers (front matter starts below
//! the `---` line) and adds a "did you mean" hint to unknown keys and values.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::{Error, Location, Spanned};

use crate::diagnostics::{did_you_mean, Diagnostic, Diagnostics, Origin};

/// Where a YAML document sits in its file, to turn its locations into file positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlSource {
    pub file: std::path::PathBuf,
    pub line_offset: u64,
}

impl YamlSource {
    pub fn new(file: &Path, line_offset: u64) -> Self {
        YamlSource {
            file: file.to_path_buf(),
            line_offset,
        }
    }

    /// The file position of a parsed value.
    pub fn origin<T>(&self, spanned: &Spanned<T>) -> Origin {
        self.at(&spanned.referenced)
    }

    pub fn at(&self, location: &Location) -> Origin {
        if *location == Location::UNKNOWN {
            return Origin::new(&self.file, self.line_offset + 1, 1);
        }
        Origin::new(
            &self.file,
            location.line() + self.line_offset,
            location.column(),
        )
    }
}

/// Most times one document is parsed again to find more problems: enough for any real file, a
/// bound on the work a hostile one can cause.
const MAX_ERRORS: usize = 50;

/// Parses a YAML document into `T`, reporting every problem it can find.
///
/// serde stops at the first value that does not fit, so the lines of that problem are blanked and
/// the document parsed again, to find the other problems in the same run: an unknown key or a value
/// that does not fit loses its `key:` line (and what is indented under it), a list item that lacks
/// a required key loses its lines. A key taken out this way, or misspelt, is not reported again as
/// missing. The document is not repaired past a syntax error (what follows is no longer reliable
/// YAML), and a list is never emptied: a problem caused by the blanking itself is never reported.
pub fn parse<T: DeserializeOwned>(yaml: &str, source: &YamlSource) -> Result<T, Diagnostics> {
    if yaml.trim().is_empty() {
        return Err(Diagnostic::new(
            Origin::new(&source.file, source.line_offset + 1, 1),
            if source.line_offset == 0 {
                "file is empty"
            } else {
                "front matter is empty"
            },
            "add the required keys (see README, Content reference)",
        )
        .into());
    }
    let error = match serde_saphyr::from_str::<T>(yaml) {
        Ok(value) => return Ok(value),
        Err(error) => error,
    };
    let mut diags = Diagnostics::new();
    let original: Vec<&str> = yaml.lines().collect();
    let mut lines = original.clone();
    let mut error = error;
    // Keys taken out of a block (by the first line of that block): their absence is not a new
    // problem, it is the one already reported.
    let mut dropped: Vec<(String, usize)> = Vec::new();
    for _ in 0..MAX_ERRORS {
        let (diagnostic, recovery) = to_diagnostic(&error, source, &lines);
        let line = diagnostic.origin.line.saturating_sub(source.line_offset) as usize;
        let indent = (diagnostic.origin.col as usize).saturating_sub(1);
        let already_said = matches!(innermost(&error),
        Error::SerdeMissingField { field, .. } if dropped.iter().any(|(key, block)| {
            key == field && block_start(&original, line, indent) == Some(*block)
        }));
        if !already_said {
            diags.push(diagnostic);
        }
        let blank = match recovery {
            Recovery::None => None,
            Recovery::Key { key, likely } => {
                if let (Some(likely), Some(block)) = (likely, block_start(&original, line, indent))
                {
                    dropped.push((likely, block));
                }
                key_block_at(&lines, line, &key)
            }
            Recovery::Value => match key_of_line(&lines, line) {
                Some((key, key_indent)) => {
                    if let Some(block) = block_start(&original, line, key_indent) {
                        dropped.push((key.to_string(), block));
                    }
                    key_block_at(&lines, line, key)
                }
                None => list_item_around(&lines, line),
            },
            Recovery::Item => list_item_around(&lines, line),
        };
        // Blanking nothing would give the same error again.
        let Some(blank) = blank.filter(|range| lines[range.clone()].iter().any(|l| !is_blank(l)))
        else {
            break;
        };
        for blanked in &mut lines[blank] {
            *blanked = "";
        }
        match serde_saphyr::from_str::<T>(&lines.join("\n")) {
            Ok(_) => break,
            Err(next) => error = next,
        }
    }
    Err(diags)
}

/// How [`parse`] can go on past a problem.
enum Recovery {
    /// Broken YAML: what follows cannot be trusted.
    None,
    /// An unknown key: drop it (and what is indented under it); no other key depends on it. Holds
    /// the key it most likely misspells, whose absence is then the same problem, not another one.
    Key { key: String, likely: Option<String> },
    /// A value that does not fit, on a `key: value` line: drop that key, or the list item holding
    /// the value when it is not on such a line.
    Value,
    /// A key is missing: drop the list item that lacks it.
    Item,
}

/// The key written on 1-based `line` (`key: …`, not a list item's `- key: …`) and its indentation.
fn key_of_line<'a>(lines: &[&'a str], line: usize) -> Option<(&'a str, usize)> {
    let text = lines.get(line.checked_sub(1)?)?;
    if is_dash(text) {
        return None;
    }
    let (key, _) = text.split_once(':')?;
    let key = key.trim();
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    plain.then_some((key, indent_of(text)))
}

/// The first line (0-based) of the mapping whose keys start after `indent` spaces and which holds
/// 1-based `line`: the `- ` line of a list item, or the line after the one that opens the block.
fn block_start(lines: &[&str], line: usize, indent: usize) -> Option<usize> {
    let mut i = line.checked_sub(1)?;
    lines.get(i)?;
    loop {
        let text = lines[i];
        if is_dash(text) && key_indent(text) == indent {
            return Some(i);
        }
        if i == 0 {
            return Some(0);
        }
        let above = lines[i - 1];
        if !is_blank(above)
            && indent_of(above) < indent
            && !(is_dash(above) && key_indent(above) == indent)
        {
            return Some(i);
        }
        i -= 1;
    }
}

/// The lines (0-based range) of the `key:` line at 1-based `line` and the lines indented under it;
/// `None` unless that line really writes `key:` (a position that is off must not drop another key).
fn key_block_at(lines: &[&str], line: usize, key: &str) -> Option<std::ops::Range<usize>> {
    let start = line.checked_sub(1)?;
    let text = lines.get(start)?;
    // `- key: …` starts an item: blanking the line would drop the item's other keys with it.
    let body = text.trim_start_matches(' ');
    let writes_key = body
        .strip_prefix(key)
        .is_some_and(|rest| rest.trim_start_matches(' ').starts_with(':'));
    if is_dash(text) || !writes_key {
        return None;
    }
    let indent = indent_of(text);
    let end = (start + 1..lines.len())
        .find(|&i| !is_blank(lines[i]) && indent_of(lines[i]) <= indent)
        .unwrap_or(lines.len());
    Some(start..end)
}

/// The lines (0-based range) of the innermost block-list item (`- …` and the lines indented under
/// it) holding 1-based `line`, if that item has a sibling left in its list.
fn list_item_around(lines: &[&str], line: usize) -> Option<std::ops::Range<usize>> {
    let target = line.checked_sub(1)?;
    lines.get(target)?;
    let mut min_indent = usize::MAX;
    let mut start = None;
    for i in (0..=target).rev() {
        let text = lines[i];
        if is_blank(text) {
            continue;
        }
        let indent = indent_of(text);
        if is_dash(text) && indent < min_indent {
            start = Some((i, indent));
            break;
        }
        min_indent = min_indent.min(indent);
        if indent == 0 {
            return None;
        }
    }
    let (start, dash) = start?;
    let inside = |text: &str| is_blank(text) || indent_of(text) > dash;
    let end = (start + 1..lines.len())
        .find(|&i| !inside(lines[i]))
        .unwrap_or(lines.len());
    let sibling = |i: usize| {
        let text = lines[i];
        !is_blank(text) && indent_of(text) == dash && is_dash(text)
    };
    // Siblings are the dash lines at the same indent, up to the first line that closes the list.
    let before = (0..start)
        .rev()
        .take_while(|&i| inside(lines[i]) || sibling(i))
        .any(sibling);
    let after = (end..lines.len())
        .take_while(|&i| inside(lines[i]) || sibling(i))
        .any(sibling);
    (before || after).then_some(start..end)
}

fn is_blank(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.is_empty() || trimmed.starts_with('#')
}

fn is_dash(line: &str) -> bool {
    let trimmed = line.trim_start_matches(' ');
    trimmed == "-" || trimmed.starts_with("- ")
}

/// Where the key of a line starts: after the indentation, and after `- ` on a list item's line.
fn key_indent(line: &str) -> usize {
    let indent = indent_of(line);
    if is_dash(line) {
        let after_dash = &line[indent + 1..];
        indent + 1 + (after_dash.len() - after_dash.trim_start_matches(' ').len())
    } else {
        indent
    }
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// A value reached through an alias (`*name`) is reported where it is used, with the message of
/// the underlying error.
fn innermost(mut error: &Error) -> &Error {
    while let Error::AliasError { error: inner, .. } | Error::WithSnippet { error: inner, .. } =
        error
    {
        error = inner;
    }
    error
}

/// The problem `error` describes, and how the document can be parsed again past it. `lines` are
/// the document's lines, for hints about indentation.
fn to_diagnostic(error: &Error, source: &YamlSource, lines: &[&str]) -> (Diagnostic, Recovery) {
    let error = error.without_snippet();
    let origin = error.location().map_or_else(
        || Origin::new(&source.file, source.line_offset + 1, 1),
        |l| source.at(&l),
    );
    let error = innermost(error);
    let doc_line = origin.line.saturating_sub(source.line_offset) as usize;
    let recovery = match error {
        Error::Unexpected { expected, .. } if describe_node(expected).is_some() => Recovery::Value,
        Error::SerdeUnknownField {
            field, expected, ..
        } => Recovery::Key {
            key: field.to_string(),
            likely: did_you_mean(field, expected.iter().copied()).map(str::to_string),
        },
        Error::SerdeUnknownVariant { .. }
        | Error::DuplicateMappingKey { .. }
        | Error::InvalidScalar { .. }
        | Error::NonFiniteFloat { .. }
        | Error::NullIntoString { .. } => Recovery::Value,
        Error::SerdeMissingField { .. } => Recovery::Item,
        _ => Recovery::None,
    };
    let diagnostic = match error {
        Error::SerdeUnknownField {
            field, expected, ..
        } => {
            let hint = match did_you_mean(field, expected.iter().copied()) {
                Some(best) => format!(
                    "did you mean `{best}`? allowed keys: {}",
                    expected.join(", ")
                ),
                None => format!("allowed keys here: {}", expected.join(", ")),
            };
            Diagnostic::new(origin, format!("unknown key `{field}`"), hint)
        }
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let hint = match did_you_mean(variant, expected.iter().copied()) {
                Some(best) => format!(
                    "did you mean `{best}`? allowed values: {}",
                    expected.join(", ")
                ),
                None => format!("allowed values: {}", expected.join(", ")),
            };
            Diagnostic::new(origin, format!("unknown value `{variant}`"), hint)
        }
        Error::SerdeMissingField { field, .. } => {
            let hint = match misindented_key(lines, doc_line, origin.col as usize - 1, field) {
                Some((line, indent)) => format!(
                    "line {} writes `{field}:` indented by {indent} space{}, the other keys of this block by {}: line them up",
                    line + source.line_offset as usize,
                    if indent == 1 { "" } else { "s" },
                    origin.col - 1
                ),
                None => format!("add `{field}: …` here (see README, Content reference)"),
            };
            Diagnostic::new(origin, format!("missing required key `{field}`"), hint)
        }
        Error::DuplicateMappingKey { key, .. } => Diagnostic::new(
            origin,
            match key {
                Some(k) => format!("key `{k}` is given twice"),
                None => "a key is given twice".to_string(),
            },
            "keep only one of them",
        ),
        Error::InvalidScalar { ty, .. } => {
            let hint = continued_value(lines, doc_line, source.line_offset as usize)
                .unwrap_or_else(|| TYPE_HINT.to_string());
            Diagnostic::new(
                origin,
                format!("wrong type: this value must be {}", describe_scalar(ty)),
                hint,
            )
        }
        Error::Unexpected { expected, .. } if describe_node(expected).is_some() => Diagnostic::new(
            origin,
            format!(
                "wrong type: {}",
                describe_node(expected).unwrap_or_default()
            ),
            TYPE_HINT,
        ),
        Error::NonFiniteFloat { value, .. } => Diagnostic::new(
            origin,
            format!("`{value}` is not a usable number"),
            "write a finite number such as 12 or 7.5",
        ),
        Error::NullIntoString { .. } => Diagnostic::new(
            origin,
            "this value is empty",
            "write the text after the `:` (between quotes if it contains `:` or `#`)",
        ),
        other => {
            let rendered = other.render_with_options(serde_saphyr::render_options! {
                snippets: serde_saphyr::SnippetMode::Off,
            });
            let (message, hint) =
                syntax_message(&rendered, lines, doc_line, source.line_offset as usize);
            Diagnostic::new(origin, message, hint)
        }
    };
    (diagnostic, recovery)
}

const TYPE_HINT: &str = "see the README's Content reference for what this key expects";

/// A scalar type as a committee member would name it (serde-saphyr names Rust types).
fn describe_scalar(ty: &str) -> String {
    match ty {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "a whole number (0, 1, 2…)".into(),
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "a whole number".into(),
        "f32" | "f64" | "floating point" => "a number (such as 12 or 7.5)".into(),
        "bool" | "boolean" => "`true` or `false`".into(),
        "char" => "a single character".into(),
        other => format!("a value of type {other}"),
    }
}

/// The YAML structure serde-saphyr expected, in plain words; `None` for internal states.
fn describe_node(expected: &str) -> Option<&'static str> {
    match expected {
        "sequence start" => Some("expected a list here (`[a, b]`, or lines starting with `- `)"),
        "mapping start" => Some("expected keys and values here (`key: value` lines)"),
        "string scalar" | "scalar" => Some("expected a single value here, not a list or keys"),
        _ => None,
    }
}

/// A line below the block starting at 1-based `line` (whose keys are indented by `indent`) that
/// writes `key:` at another indentation: the usual reason a key present in the file is "missing".
/// Returns that line (1-based, in the document) and its indentation.
fn misindented_key(
    lines: &[&str],
    line: usize,
    indent: usize,
    key: &str,
) -> Option<(usize, usize)> {
    let first = line.checked_sub(1)?;
    let key_colon = format!("{key}:");
    lines
        .iter()
        .enumerate()
        .skip(first + 1)
        .take_while(|(_, text)| {
            is_blank(text)
                || (indent_of(text) + 2 >= indent
                    && !(is_dash(text) && indent_of(text) + 2 <= indent))
        })
        .find(|(_, text)| {
            let body = text.trim_start_matches(' ');
            indent_of(text) != indent
                && (body == key_colon || body.starts_with(&format!("{key_colon} ")))
        })
        .map(|(i, text)| (i + 1, indent_of(text)))
}

/// When the line after the value at 1-based `line` is indented more than that value's key, YAML
/// reads it as more of the value: the usual reason a number "is" text. The hint says so.
fn continued_value(lines: &[&str], line: usize, offset: usize) -> Option<String> {
    let here = lines.get(line.checked_sub(1)?)?;
    let (next_index, next) = lines
        .iter()
        .enumerate()
        .skip(line)
        .find(|(_, l)| !is_blank(l))?;
    (indent_of(next) > key_indent(here) && !is_dash(next)).then(|| {
        format!(
            "line {} is indented more than this key, so YAML reads it as part of this value: indent it by {} spaces like this key",
            next_index + 1 + offset,
            key_indent(here)
        )
    })
}

/// The message and hint for broken YAML: tabs and indentation in the words of a person who
/// indents with the space bar, the parser's own message otherwise.
/// The nearest line above 1-based `line` that is neither blank nor a comment.
fn line_above<'a>(lines: &[&'a str], line: usize) -> Option<&'a str> {
    let before = line.checked_sub(1)?.min(lines.len());
    lines[..before].iter().rev().find(|l| !is_blank(l)).copied()
}

/// `line` counts from the start of the document, `offset` is the document's first line in its file.
fn syntax_message(rendered: &str, lines: &[&str], line: usize, offset: usize) -> (String, String) {
    let text = line.checked_sub(1).and_then(|i| lines.get(i)).copied();
    let like_above = |line: usize| -> String {
        match line_above(lines, line) {
            Some(above) => format!(
                " (the keys of the line above start after {} spaces)",
                key_indent(above)
            ),
            None => String::new(),
        }
    };
    if rendered.contains("tab") {
        // The parser may stop on the line before the tab, while reading the value it ends.
        let indented_with_tab = |l: &&str| {
            let body = l.trim_start_matches(' ');
            body.starts_with('\t') && !body.trim().is_empty()
        };
        if let Some(tab_line) = (line.saturating_sub(1)..(line + 2).min(lines.len()))
            .find(|&i| indented_with_tab(&lines[i]))
            .map(|i| i + 1)
        {
            let here = if tab_line == line {
                "this line".to_string()
            } else {
                format!("line {}", tab_line + offset)
            };
            return (
                format!("{here} is indented with a tab; YAML indents with spaces only"),
                format!(
                    "replace the tab with spaces{}: set your editor to insert spaces for Tab in YAML files",
                    like_above(tab_line)
                ),
            );
        }
    }
    if rendered.contains("mapping values are not allowed") {
        if let (Some(text), Some(above)) = (text, line_above(lines, line)) {
            if indent_of(text) > key_indent(above) {
                return (
                    format!(
                        "this line is indented by {} spaces, more than the keys of the line above ({}), so YAML reads it as the rest of the value above",
                        indent_of(text),
                        key_indent(above)
                    ),
                    format!(
                        "indent it by {} spaces to make it a key of the same block; if it really continues the value above, put that value between quotes",
                        key_indent(above)
                    ),
                );
            }
        }
    }
    if rendered.contains("did not find expected key")
        || rendered.contains("did not find expected '-'")
    {
        if let Some(text) = text {
            return (
                format!(
                    "this line is indented by {} spaces, which lines up with no block above it",
                    indent_of(text)
                ),
                format!("keys of one block start in the same column{}: indent this line like its neighbours, or less to close the block", like_above(line)),
            );
        }
    }
    (plain_message(rendered), yaml_hint(rendered))
}

/// serde-saphyr prefixes messages with their own position; ours is already in the origin.
fn plain_message(rendered: &str) -> String {
    let first = rendered.lines().next().unwrap_or("").trim();
    let without_prefix = first.strip_prefix("error: ").unwrap_or(first);
    let without_position = match without_prefix.split_once(": ") {
        Some((head, rest)) if head.starts_with("line ") => rest,
        _ => without_prefix,
    };
    let cleaned = match without_position.rfind(" at line ") {
        Some(i) => &without_position[..i],
        None => without_position,
    };
    format!("invalid YAML: {cleaned}")
}

fn yaml_hint(message: &str) -> String {
    if message.contains("after double-quoted scalar")
        || message.contains("after single-quoted scalar")
    {
        "a quoted value ends at its closing quote: check that each quote opened on this line or above is closed, and that nothing follows it".into()
    } else if message.contains("mapping values are not allowed") {
        "a `: ` inside a value starts a new key: put the value between quotes, or fix the indentation".into()
    } else if message.contains("invalid") || message.contains("expected") {
        "check the value's type against the README's Content reference; quote text that contains `:` or starts with a special character".into()
    } else {
        "check the indentation and quoting around this position".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        title: Spanned<String>,
        #[allow(dead_code)]
        order: u32,
        #[serde(default)]
        #[allow(dead_code)]
        kind: Option<Kind>,
    }

    #[derive(Deserialize, Debug)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        AtLeast,
        AtMost,
    }

    fn src() -> YamlSource {
        YamlSource::new(Path::new("content/x.md"), 1)
    }

    #[test]
    fn spans_are_shifted_to_file_lines() {
        let doc: Doc = parse("title: Hello\norder: 2\n", &src()).expect("valid");
        assert_eq!(src().origin(&doc.title).to_string(), "content/x.md:2:8");
        assert!(matches!(
            doc.kind,
            None | Some(Kind::AtLeast | Kind::AtMost)
        ));
    }

    #[test]
    fn unknown_key_gets_a_suggestion() {
        let err = parse::<Doc>("title: a\norder: 1\ntitel: b\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(
            err.to_string(),
            "content/x.md:4:1: error: unknown key `titel` — did you mean `title`? allowed keys: title, order, kind"
        );
    }

    #[test]
    fn missing_key_and_wrong_type() {
        let err = parse::<Doc>("title: a\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(err.message, "missing required key `order`");
        let err = parse::<Doc>("title: a\norder: many\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(err.origin.to_string(), "content/x.md:3:8");
        assert_eq!(
            err.message,
            "wrong type: this value must be a whole number (0, 1, 2…)"
        );
        let err = parse::<Doc>("title: [a, b]\norder: 1\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(
            err.message,
            "wrong type: expected a single value here, not a list or keys"
        );
        let err = parse::<Doc>("title:\norder: 1\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(err.message, "this value is empty");
        let err = parse::<Doc>("title: \"a\nb: c\norder: 1\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert!(err.message.starts_with("invalid YAML: "), "{}", err.message);
    }

    #[test]
    fn errors_through_aliases_keep_a_plain_message_at_the_use_site() {
        let err = parse::<Doc>("title: &t hello\norder: *t\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(err.origin.to_string(), "content/x.md:3:8");
        assert_eq!(
            err.message,
            "wrong type: this value must be a whole number (0, 1, 2…)"
        );
    }

    #[test]
    fn unknown_enum_value_and_empty_document() {
        let err = parse::<Doc>("title: a\norder: 1\nkind: at_lest\n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(err.message, "unknown value `at_lest`");
        assert!(err.hint.starts_with("did you mean `at_least`?"));
        let err = parse::<Doc>("  \n", &src())
            .unwrap_err()
            .into_sorted()
            .remove(0);
        assert_eq!(err.message, "front matter is empty");
    }

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Register {
        name: String,
        items: Vec<Item>,
    }

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        count: u32,
        #[serde(default)]
        kind: Option<Kind>,
    }

    fn problems(yaml: &str) -> Vec<String> {
        let source = YamlSource::new(Path::new("r.yaml"), 0);
        match parse::<Register>(yaml, &source) {
            Ok(_) => Vec::new(),
            Err(diags) => diags
                .into_sorted()
                .iter()
                .map(ToString::to_string)
                .collect(),
        }
    }

    #[test]
    fn every_item_with_a_problem_is_reported() {
        let yaml = "name: r\nitems:\n  - id: a\n    count: many\n  - id: b\n    count: 2\n    kind: at_lest\n  - id: c\n    cuont: 3\n    count: 3\n  - id: d\n";
        let found = problems(yaml);
        assert_eq!(found.len(), 4, "{found:#?}");
        assert!(found[0].starts_with("r.yaml:4:12: error: wrong type"));
        assert!(found[1].starts_with("r.yaml:7:11: error: unknown value `at_lest`"));
        assert!(found[2].starts_with("r.yaml:9:5: error: unknown key `cuont`"));
        assert!(found[3].starts_with("r.yaml:11:5: error: missing required key `count`"));
    }

    #[test]
    fn a_misspelt_key_is_one_problem_not_two() {
        let found = problems("name: r\nitems:\n  - id: a\n    cuont: 1\n  - id: b\n    count: 1\n");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].contains("unknown key `cuont` — did you mean `count`?"));
        let found = problems("nmae: r\nitems: []\n");
        assert_eq!(found.len(), 1, "{found:#?}");
    }

    #[test]
    fn the_last_item_of_a_list_is_never_dropped_to_go_on() {
        let found = problems("name: r\nitems:\n  - id: a\n    count: x\n");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0].starts_with("r.yaml:4:12: error: wrong type"),
            "{found:#?}"
        );
    }

    #[test]
    fn broken_yaml_stops_at_its_first_problem() {
        let found =
            problems("name: r\nitems:\n  - id: \"a\n    count: 1\n  - id: b\n    count: x\n");
        assert_eq!(found.len(), 1, "{found:#?}");
    }

    #[test]
    fn tabs_and_indentation_are_named_as_such() {
        let found = problems("name: r\nitems:\n  - id: a\n\tcount: 1\n");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0].contains("line 4 is indented with a tab")
                && found[0].contains("the keys of the line above start after 4 spaces"),
            "{found:#?}"
        );
        let found = problems("name: r\nitems:\n  - id: a\n      count: 1\n");
        assert!(
            found[0].contains("indented by 6 spaces, more than the keys of the line above (4)"),
            "{found:#?}"
        );
        let found = problems("name: r\nitems:\n  - id: \"a\"\n     count: 1\n");
        assert!(
            found[0].contains("indented by 5 spaces, which lines up with no block above it"),
            "{found:#?}"
        );
        let found = problems("name: r\nitems:\n  - id: a\n    count: 1\n     kind: at_most\n");
        assert!(
            found[0].contains("line 5 is indented more than this key, so YAML reads it as part of this value: indent it by 4 spaces"),
            "{found:#?}"
        );
        for (spaces, plural) in [(3, "s"), (2, "s")] {
            let yaml = format!(
                "name: r\nitems:\n  - id: a\n{}count: 1\n  - id: b\n    count: 1\n",
                " ".repeat(spaces)
            );
            let found = problems(&yaml);
            assert!(
                found.iter().any(|f| f.contains(&format!(
                    "line 4 writes `count:` indented by {spaces} space{plural}, the other keys of this block by 4"
                ))),
                "{spaces}: {found:#?}"
            );
        }
    }

    #[test]
    fn hostile_documents_are_bounded() {
        let mut yaml = String::from("name: r\nitems:\n");
        for i in 0..500 {
            yaml.push_str(&format!("  - id: i{i}\n    count: x\n"));
        }
        let found = problems(&yaml);
        assert!(
            (2..=MAX_ERRORS).contains(&found.len()),
            "{} problems: {MAX_ERRORS} parses at most",
            found.len()
        );
    }
}
