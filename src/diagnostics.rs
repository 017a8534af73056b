//! Errors about the user's sources, as data.
//!
//! Every stage reports problems as [`Diagnostic`]s instead of failing at the first one, so a committee
//! member fixing a handbook sees every problem of a build in one go, each pointing at the exact place
//! to edit (`file:line:col`), saying what is wrong and how to fix it.

use std::fmt;
use std::path::{Component, Path, PathBuf};

/// Where a value came from: a file relative to the handbook root, and a 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Origin {
    pub file: PathBuf,
    pub line: u64,
    pub col: u64,
}

impl Origin {
    pub fn new(file: impl Into<PathBuf>, line: u64, col: u64) -> Self {
        Origin {
            file: file.into(),
            line: line.max(1),
            col: col.max(1),
        }
    }

    /// The start of a file, for problems that concern the file as a whole.
    pub fn file_start(file: impl Into<PathBuf>) -> Self {
        Origin::new(file, 1, 1)
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", display_path(&self.file), self.line, self.col)
    }
}

/// Paths print with `/` on every platform so messages and test expectations stay the same.
pub fn display_path(path: &Path) -> String {
    let mut out = String::new();
    for component in path.components() {
        match component {
            Component::Prefix(prefix) => out.push_str(&prefix.as_os_str().to_string_lossy()),
            // The root is itself a separator: `/tmp/x`, not `//tmp/x`.
            Component::RootDir => out.push('/'),
            other => {
                if !out.is_empty() && !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(&other.as_os_str().to_string_lossy());
            }
        }
    }
    out
}

/// One problem in the sources: where, what, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub origin: Origin,
    pub message: String,
    pub hint: String,
}

impl Diagnostic {
    pub fn new(origin: Origin, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Diagnostic {
            origin,
            message: message.into(),
            hint: hint.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: error: {}", self.origin, self.message)?;
        if !self.hint.is_empty() {
            write!(f, " — {}", self.hint)?;
        }
        Ok(())
    }
}

/// A collection of problems, printed once, in file order.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn error(&mut self, origin: Origin, message: impl Into<String>, hint: impl Into<String>) {
        self.push(Diagnostic::new(origin, message, hint));
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Sorted by file, line and column, without exact repeats: the order a person fixes them in.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort();
        self.items.dedup();
        self.items
    }

    /// The same problems with their files placed under `prefix` (problems found inside a revision's
    /// snapshot are reported with the snapshot's folder).
    pub fn with_prefix(self, prefix: &Path) -> Diagnostics {
        Diagnostics {
            items: self
                .items
                .into_iter()
                .map(|mut d| {
                    d.origin.file = prefix.join(&d.origin.file);
                    d
                })
                .collect(),
        }
    }

    /// Turns "no problem so far" into `Ok(value)`, anything else into the collected problems.
    pub fn into_result<T>(self, value: T) -> Result<T, Diagnostics> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics {
            items: vec![diagnostic],
        }
    }
}

/// The closest candidate to `word` by edit distance, if close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(&word, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.chars().count().max(3) / 3).max(2))
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_file_line_col_error_message_hint() {
        let d = Diagnostic::new(Origin::new("content/a.md", 3, 7), "bad thing", "do this");
        assert_eq!(
            d.to_string(),
            "content/a.md:3:7: error: bad thing — do this"
        );
    }

    #[test]
    fn sorts_by_position_and_drops_repeats() {
        let mut all = Diagnostics::new();
        all.error(Origin::new("b.yaml", 1, 1), "x", "");
        all.error(Origin::new("a.yaml", 9, 1), "y", "");
        all.error(Origin::new("a.yaml", 2, 5), "z", "");
        all.error(Origin::new("a.yaml", 2, 5), "z", "");
        let sorted: Vec<String> = all
            .into_sorted()
            .iter()
            .map(|d| d.origin.to_string())
            .collect();
        assert_eq!(sorted, ["a.yaml:2:5", "a.yaml:9:1", "b.yaml:1:1"]);
    }

    #[test]
    fn displays_relative_and_absolute_paths_with_single_slashes() {
        assert_eq!(display_path(Path::new("content/a.md")), "content/a.md");
        assert_eq!(display_path(Path::new("/srv/handbook")), "/srv/handbook");
        assert_eq!(display_path(Path::new("/")), "/");
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(
            did_you_mean("titel", ["title", "tags", "id"]),
            Some("title")
        );
        assert_eq!(
            did_you_mean("duration", ["duration_min", "title"]),
            Some("duration_min")
        );
        assert_eq!(did_you_mean("zzzzzz", ["title", "tags"]), None);
    }
}
