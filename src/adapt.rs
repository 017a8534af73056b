//! Starter values still to adapt: the places `handbook init` marks with a `handbook:adapt` comment.
//!
//! A starter's committee is made of example roles, its approved tools carry example decision
//! dates, its indicators example periods: a site published with them would state things that are
//! not true of the association. Each such value is followed, in the starter, by a YAML comment
//!
//! ```yaml
//! holder: "La directrice"  # handbook:adapt — who chairs the committee
//! ```
//!
//! `handbook validate` lists every marker left as a warning (never an error: the site still builds,
//! a committee may publish a first version before every name is known). The marker is a comment so
//! it never reaches the site, and a plain string so finding it does not depend on parsing: a file
//! with a YAML error still gets its markers listed.

use std::path::{Path, PathBuf};

/// The text that marks a starter value to adapt.
pub const MARKER: &str = "handbook:adapt";

/// One marked value: where it is and what to put there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToAdapt {
    pub file: PathBuf,
    pub line: u64,
    /// What the marker says after `handbook:adapt` (without its dash), possibly empty.
    pub what: String,
}

impl std::fmt::Display for ToAdapt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: warning: starter value still to adapt",
            crate::diagnostics::display_path(&self.file),
            self.line
        )?;
        if !self.what.is_empty() {
            write!(f, " ({})", self.what)?;
        }
        write!(f, " — write your own, then delete the `# {MARKER}` comment")
    }
}

/// The marked values of the handbook at `root`: in `handbook.yaml`, its twins and the YAML files of
/// `content/`, in file and line order. Files that cannot be read are skipped here: loading them
/// reports the problem.
pub fn find(root: &Path) -> Vec<ToAdapt> {
    let mut files: Vec<PathBuf> = Vec::new();
    if let Ok(entries) = std::fs::read_dir(root) {
        files.extend(
            entries
                .flatten()
                .map(|e| PathBuf::from(e.file_name()))
                .filter(|name| {
                    let name = name.to_string_lossy();
                    name.starts_with("handbook") && name.ends_with(".yaml")
                }),
        );
    }
    let (found, _problems) =
        crate::confine::walk(root, Path::new("content"), crate::confine::Hidden::Skip);
    files.extend(
        found
            .into_iter()
            .map(|f| f.rel)
            .filter(|rel| rel.extension().is_some_and(|e| e == "yaml")),
    );
    files.sort();
    let mut marks = Vec::new();
    for rel in files {
        let Ok(file) = crate::source::read_original(root, &rel) else {
            continue;
        };
        marks.extend(in_text(&file.text, &rel));
    }
    marks
}

/// The markers of one YAML text: only in comments, so a value that mentions the word is not one.
pub fn in_text(text: &str, rel: &Path) -> Vec<ToAdapt> {
    let mut marks = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some(at) = line.find(MARKER) else {
            continue;
        };
        let before = &line[..at];
        let Some(hash) = before.rfind('#') else {
            continue;
        };
        if !before[hash + 1..].trim().is_empty()
            || !(hash == 0 || before[..hash].ends_with([' ', '\t']))
        {
            continue;
        }
        let what = line[at + MARKER.len()..]
            .trim_start_matches([' ', '—', '-', ':'])
            .trim()
            .to_string();
        marks.push(ToAdapt {
            file: rel.to_path_buf(),
            line: i as u64 + 1,
            what,
        });
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_found_in_comments_only() {
        let text = "members:\n  - holder: \"La directrice\"  # handbook:adapt — who chairs\n    role: \"handbook:adapt is a value here\"\n# handbook:adapt\nx: 1 #handbook:adapt: the date\n";
        let marks = in_text(text, Path::new("content/committee.yaml"));
        let lines: Vec<u64> = marks.iter().map(|m| m.line).collect();
        assert_eq!(lines, [2, 4, 5]);
        assert_eq!(marks[0].what, "who chairs");
        assert_eq!(marks[1].what, "");
        assert_eq!(marks[2].what, "the date");
        assert_eq!(
            marks[0].to_string(),
            "content/committee.yaml:2: warning: starter value still to adapt (who chairs) — write your own, then delete the `# handbook:adapt` comment"
        );
    }
}
