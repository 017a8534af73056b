//! Hints read from the document's lines: the usual reasons YAML that looks right is refused (a tab,
//! a key indented one space off, a line that YAML reads as more of the value above), said in the
//! words of a person who indents with the space bar.
//!
//! Kept apart from the diagnostics' wording because these read the text around the error, which
//! the parser's error alone does not describe.

use super::lines::{indent_of, is_blank, is_dash, key_indent};

/// A line below the block starting at 1-based `line` (whose keys are indented by `indent`) that
/// writes `key:` at another indentation: the usual reason a key present in the file is "missing".
/// Returns that line (1-based, in the document) and its indentation.
pub(super) fn misindented_key(
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
pub(super) fn continued_value(lines: &[&str], line: usize, offset: usize) -> Option<String> {
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

/// The nearest line above 1-based `line` that is neither blank nor a comment.
fn line_above<'a>(lines: &[&'a str], line: usize) -> Option<&'a str> {
    let before = line.checked_sub(1)?.min(lines.len());
    lines[..before].iter().rev().find(|l| !is_blank(l)).copied()
}

/// The message and hint for broken YAML: tabs and indentation in the words of a person who
/// indents with the space bar, the parser's own message otherwise.
/// `line` counts from the start of the document, `offset` is the document's first line in its file.
pub(super) fn syntax_message(
    rendered: &str,
    lines: &[&str],
    line: usize,
    offset: usize,
) -> (String, String) {
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
    use super::super::tests::problems;

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
}
