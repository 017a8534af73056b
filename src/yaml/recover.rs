//! Going on past a problem: which lines of the document to blank so that serde, which stops at the
//! first value that does not fit, can be run again to find the next problem.
//!
//! The rules are narrow on purpose: a key's line and what is indented under it, or one list item
//! that has a sibling left, and nothing when the position is not where it should be. Blanking too
//! much would report problems the blanking itself caused, which a reader could not act on.

use super::lines::{indent_of, is_blank, is_dash, key_indent};

/// How [`parse`](super::parse) can go on past a problem.
pub(super) enum Recovery {
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
pub(super) fn key_of_line<'a>(lines: &[&'a str], line: usize) -> Option<(&'a str, usize)> {
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
pub(super) fn block_start(lines: &[&str], line: usize, indent: usize) -> Option<usize> {
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
pub(super) fn key_block_at(
    lines: &[&str],
    line: usize,
    key: &str,
) -> Option<std::ops::Range<usize>> {
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
pub(super) fn list_item_around(lines: &[&str], line: usize) -> Option<std::ops::Range<usize>> {
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

#[cfg(test)]
mod tests {
    use super::super::tests::problems;

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
}
