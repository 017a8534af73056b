//! The shape of one line of a YAML document: blank or comment, list item, indentation, where its
//! key starts.
//!
//! Both going on past a problem ([`recover`](super::recover)) and the hints about indentation
//! ([`hints`](super::hints)) read lines this way; one definition keeps them agreeing on what a
//! block is.

pub(super) fn is_blank(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.is_empty() || trimmed.starts_with('#')
}

pub(super) fn is_dash(line: &str) -> bool {
    let trimmed = line.trim_start_matches(' ');
    trimmed == "-" || trimmed.starts_with("- ")
}

/// Where the key of a line starts: after the indentation, and after `- ` on a list item's line.
pub(super) fn key_indent(line: &str) -> usize {
    let indent = indent_of(line);
    if is_dash(line) {
        let after_dash = &line[indent + 1..];
        indent + 1 + (after_dash.len() - after_dash.trim_start_matches(' ').len())
    } else {
        indent
    }
}

pub(super) fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}
