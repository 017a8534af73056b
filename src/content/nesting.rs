//! A bound on how deep a Markdown text can nest, read in one pass over its bytes, so that the texts
//! that cannot come near [`super::MAX_NESTING`] — nearly all of them — need no Markdown parse to be
//! found within it ([`super::Markdown::nesting_problem`] parses the others).
//!
//! Every level of nesting the parser can open needs some of the text's own characters:
//! - a block container (quote, list and its item, footnote definition) is opened by a marker at the
//!   start of a line, after the markers and indentation of the containers around it, and a line
//!   stays inside it only by repeating that prefix (a `>`, or an indentation at least as wide as
//!   the marker) or by being a lazy continuation of a paragraph, which opens nothing. So the
//!   containers open on any line are at most as many as the columns of its prefix: a `>` is one
//!   column for one level, `- ` two for a list and its item, `1. ` three for two;
//! - an inline element (emphasis, strong, strikethrough, link, image, autolink) is opened by a
//!   delimiter of its own: a `*`, `_`, `~`, `[`, `!` or `<`, each counted once in the whole text;
//! - a leaf (paragraph, heading, code block, table with its row and cell) adds at most three.
//!
//! The bound counts generously: twice the widest prefix, every delimiter of the text, and four.

/// An upper bound on the depth of the Markdown `text`'s deepest element, as
/// [`super::Markdown::nesting_problem`] counts it. Every text of the handbook goes through here
/// at every load, so it is written for speed: the delimiters counted 255 bytes at a time in
/// 8-bit counters (which the compiler turns into vector instructions), the lines found with
/// `str::split`'s byte search, only the start of each line read byte by byte.
pub(super) fn bound(text: &str) -> usize {
    let delimiters: usize = text
        .as_bytes()
        .chunks(255)
        .map(|chunk| {
            let found = chunk.iter().fold(0u8, |n, b| {
                n + u8::from(matches!(b, b'*' | b'_' | b'~' | b'[' | b'!' | b'<' | b'^'))
            });
            usize::from(found)
        })
        .sum();
    let widest_prefix = text
        .split('\n')
        .flat_map(|line| line.split('\r'))
        .map(|line| line.bytes().map_while(prefix_columns).sum::<usize>())
        .max()
        .unwrap_or(0);
    2 * widest_prefix + delimiters + 4
}

/// The columns `byte` takes in the run at the start of a line made of indentation and of the
/// characters a container's marker is written with (a tab counted as the four it can be at
/// most), or `None` if it ends the run.
fn prefix_columns(byte: u8) -> Option<usize> {
    match byte {
        b'\t' => Some(4),
        b' '
        | b'>'
        | b'-'
        | b'+'
        | b'*'
        | b'.'
        | b')'
        | b'0'..=b'9'
        | b'['
        | b'^'
        | b']'
        | b':' => Some(1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Markdown;

    /// The depth of the deepest element of `text`, as the parser opens them.
    fn depth(text: &str) -> usize {
        let (mut depth, mut deepest) = (0usize, 0usize);
        for event in pulldown_cmark::Parser::new_ext(text, Markdown::options()) {
            match event {
                pulldown_cmark::Event::Start(_) => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                pulldown_cmark::Event::End(_) => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        deepest
    }

    /// Texts written to nest as deep as their characters allow: the bound is never below.
    #[test]
    fn the_bound_is_never_below_the_depth_of_dense_nesting() {
        let samples = [
            "> ".repeat(40) + "x",
            ">".repeat(40) + "x",
            "- ".repeat(30) + "x",
            "1. ".repeat(30) + "x",
            "1) ".repeat(30) + "x",
            "> - ".repeat(15) + "x",
            (0..20)
                .map(|i| format!("{}- x\n", "  ".repeat(i)))
                .collect(),
            (0..20)
                .map(|i| format!("{}- x\n", "\t".repeat(i)))
                .collect(),
            (0..20)
                .map(|i| format!("{}- x\r", "\t".repeat(i)))
                .collect(),
            (0..20)
                .map(|i| format!("{}1. x\r\n", "   ".repeat(i)))
                .collect(),
            format!("{}x{}", "*a ".repeat(30), "a*".repeat(30)),
            format!("{}x{}", "***a ".repeat(10), "a***".repeat(10)),
            format!("{}x{}", "~~a ".repeat(10), "a~~".repeat(10)),
            format!("{}x{}", "[".repeat(20), "](u)".repeat(20)),
            format!("{}x{}", "![".repeat(20), "](u)".repeat(20)),
            "> > > a\nb\n> > > > c\n- d\n".to_string(),
            "| a | b |\n|---|---|\n| *c* | [d](e) |\n".to_string(),
            "[^a]: x\n    > y\n    > - z\n\n[^a]\n".to_string(),
            "- [ ] task\n  - [x] *done* **now**\n".to_string(),
        ];
        for text in samples {
            assert!(depth(&text) <= bound(&text), "{text:?}");
        }
    }

    /// Texts of random Markdown characters (a fixed generator, so the same ones at every run):
    /// the bound is never below their depth.
    #[test]
    fn the_bound_is_never_below_the_depth_of_random_markdown() {
        const ALPHABET: &[u8] = b" \t\n\r>-+*_~[]()!<>:^|`#=.1aZ\\\"'";
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..3000 {
            let len = 1 + (next() % 200) as usize;
            let text: String = (0..len)
                .map(|_| char::from(ALPHABET[(next() % ALPHABET.len() as u64) as usize]))
                .collect();
            assert!(depth(&text) <= bound(&text), "{text:?}");
        }
    }

    /// A page of ordinary prose, with a list, a table, links and emphasis, is far within the
    /// limit without being parsed; a deep one is not.
    #[test]
    fn ordinary_pages_are_found_within_the_limit_unparsed() {
        let page = "# Title\n\nSome *text* with a [link](../x/) and **bold**.\n\n- one\n  - two\n\n\
                    | a | b |\n|---|---|\n| 1 | 2 |\n\n```yaml\nkey: value\n  - item: 2026-01-28\n```\n";
        assert!(bound(page) <= crate::content::MAX_NESTING);
        assert!(bound(&"> ".repeat(40)) > crate::content::MAX_NESTING);
    }
}
