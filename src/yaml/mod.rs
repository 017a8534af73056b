//! YAML parsing with errors a committee member can act on.
//!
//! serde-saphyr keeps the line and column of every value ([`Spanned`]) and of every error; this module
//! turns its errors into [`Diagnostic`]s with the file's real line numbers (front matter starts below
//! the `---` line) and adds a "did you mean" hint to unknown keys and values.
//!
//! The parts: this file parses and runs the loop that goes on past a problem; `diagnose` turns
//! one serde-saphyr error into a diagnostic and says how to go on, `recover` finds the lines to
//! blank to go on, `hints` reads the document's lines to name the usual mistakes (tabs,
//! indentation, a value running on), and `lines` knows the shape of one YAML line.

mod diagnose;
mod hints;
mod lines;
mod recover;

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::{Error, Location, Spanned};

use crate::diagnostics::{Diagnostic, Diagnostics, Origin};
use diagnose::{innermost, to_diagnostic};
use lines::is_blank;
use recover::{block_start, key_block_at, key_of_line, list_item_around, Recovery};

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

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Doc {
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

    pub(super) fn src() -> YamlSource {
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

    pub(super) fn problems(yaml: &str) -> Vec<String> {
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
