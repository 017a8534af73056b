//! Reading source files safely: size limit, UTF-8 check, front matter.
//!
//! Content is written by people, so every way a file can be unreadable (binary paste, wrong encoding,
//! accidental export of a 5 MB spreadsheet as Markdown, an empty file) becomes a clear diagnostic.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Origin};

/// Largest content file accepted. A handbook page is a few kilobytes; beyond this, a file is almost
/// always a mistake (a pasted export, a data dump) that would bloat every page that shows it.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// A text file of the handbook, read and checked, with its path relative to the handbook root.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub rel: PathBuf,
    pub text: String,
}

thread_local! {
    /// The language being loaded (with the default-language paths whose twin was read), if not the
    /// default one. Loading is single-threaded and scoped by [`TranslationScope`].
    static TRANSLATION: std::cell::RefCell<Option<(String, std::collections::BTreeSet<PathBuf>)>> =
        const { std::cell::RefCell::new(None) };
}

/// While alive, [`read`] prefers each file's translated twin in the given language.
pub struct TranslationScope {
    finished: bool,
}

impl TranslationScope {
    pub fn enter(language: &str) -> Self {
        TRANSLATION.with(|t| *t.borrow_mut() = Some((language.to_string(), Default::default())));
        TranslationScope { finished: false }
    }

    /// Ends the scope; returns the default-language paths that were read from a twin.
    pub fn finish(mut self) -> std::collections::BTreeSet<PathBuf> {
        self.finished = true;
        TRANSLATION
            .with(|t| t.borrow_mut().take())
            .map(|(_, set)| set)
            .unwrap_or_default()
    }
}

impl Drop for TranslationScope {
    fn drop(&mut self) {
        if !self.finished {
            TRANSLATION.with(|t| t.borrow_mut().take());
        }
    }
}

/// Whether this thread is inside a [`TranslationScope`] (whose twins read are noted on this
/// thread only).
pub fn translating() -> bool {
    TRANSLATION.with(|t| t.borrow().is_some())
}

/// The twin of `rel` in `language`: `charter/01-preambule.md` → `charter/01-preambule.en.md`.
pub fn twin(rel: &Path, language: &str) -> PathBuf {
    let stem = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match rel.extension() {
        Some(ext) => format!("{stem}.{language}.{}", ext.to_string_lossy()),
        None => format!("{stem}.{language}"),
    };
    rel.with_file_name(name)
}

/// Whether a file is a translated twin (`name.xx.md`, `name.xx-yy.yaml`), skipped when listing the
/// default-language content.
pub fn is_translation(path: &Path) -> bool {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Some((base, code)) = stem.rsplit_once('.') else {
        return false;
    };
    let (lang, region) = code.split_once('-').unwrap_or((code, ""));
    !base.is_empty()
        && (2..=3).contains(&lang.len())
        && lang.chars().all(|c| c.is_ascii_lowercase())
        && (region.is_empty()
            || ((2..=8).contains(&region.len())
                && region.chars().all(|c| c.is_ascii_alphanumeric())))
}

/// Reads `root/rel` as UTF-8 text, refusing files that are too large or not text, and links that lead
/// outside the handbook ([`crate::confine`]). Inside a
/// [`TranslationScope`], reads the file's translated twin instead when there is one.
pub fn read(root: &Path, rel: &Path) -> Result<SourceFile, Diagnostic> {
    let translated = TRANSLATION.with(|t| {
        let mut t = t.borrow_mut();
        let (language, used) = t.as_mut()?;
        let twin = twin(rel, language);
        if root.join(&twin).is_file() {
            used.insert(rel.to_path_buf());
            Some(twin)
        } else {
            None
        }
    });
    let rel = translated.as_deref().unwrap_or(rel);
    crate::confine::check(root, rel).map_err(|escape| escape.diagnostic())?;
    let path = root.join(rel);
    // The size is the open file's (one `fstat`, which reading needs anyway), not a `stat` of the
    // path before opening it: one system call fewer for every source file.
    let opened = std::fs::File::open(&path).and_then(|file| {
        let len = file.metadata()?.len();
        Ok((file, len))
    });
    let (file, len) = opened.map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Diagnostic::new(
                Origin::file_start(rel),
                "this required file is missing",
                "create it (a folder made with `handbook init` holds an example of every file)",
            )
        } else {
            Diagnostic::new(
                Origin::file_start(rel),
                format!("cannot read file: {e}"),
                "check that the file is readable",
            )
        }
    })?;
    if len > MAX_FILE_BYTES {
        return Err(Diagnostic::new(
            Origin::file_start(rel),
            format!(
                "file is too large ({} KiB; the limit is {} KiB)",
                len / 1024,
                MAX_FILE_BYTES / 1024
            ),
            "split it into several pages, or move data out of the handbook",
        ));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            Diagnostic::new(
                Origin::file_start(rel),
                format!("cannot read file: {e}"),
                "check that the file is readable",
            )
        })?;
    let text = decode_utf8(rel, bytes)?;
    Ok(SourceFile {
        rel: rel.to_path_buf(),
        text,
    })
}

/// [`read`] outside any [`TranslationScope`]: the default-language file itself, which a translated
/// twin completes (`handbook.en.yaml` inherits the association's identity from `handbook.yaml`).
pub fn read_original(root: &Path, rel: &Path) -> Result<SourceFile, Diagnostic> {
    let saved = TRANSLATION.with(|t| t.borrow_mut().take());
    let result = read(root, rel);
    TRANSLATION.with(|t| *t.borrow_mut() = saved);
    result
}

fn decode_utf8(rel: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            if text.contains('\0') {
                let (line, col) = line_col(&text, text.find('\0').unwrap_or(0));
                return Err(Diagnostic::new(
                    Origin::new(rel, line, col),
                    "file contains a NUL byte: it is not a text file",
                    "save it again as plain UTF-8 text",
                ));
            }
            Ok(text)
        }
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            let (line, col) = line_col(&prefix, prefix.len());
            Err(Diagnostic::new(
                Origin::new(rel, line, col),
                "file is not valid UTF-8 text",
                "save the file with the UTF-8 encoding (in most editors: \"Save with encoding\" → UTF-8)",
            ))
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, byte_offset: usize) -> (u64, u64) {
    let offset = floor_char_boundary(text, byte_offset);
    let before = &text[..offset];
    let line = before.matches('\n').count() as u64 + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() as u64 + 1;
    (line, col)
}

/// Line and column of many offsets into one text in linear time overall.
///
/// [`line_col`] rescans the text from its start, which is fine for one error but quadratic for a
/// text with tens of thousands of findings (`handbook check` on a pasted export, a prompt full of
/// broken placeholders). The locator walks forward from where the previous query stopped, so
/// offsets asked in increasing order (as findings and diagnostics come) cost one pass in all; an
/// offset behind the cursor starts the walk again from the beginning, still correct.
#[derive(Debug, Clone)]
pub struct Locator<'a> {
    text: &'a str,
    byte: usize,
    char: usize,
    line: u64,
    col: u64,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Locator {
            text,
            byte: 0,
            char: 0,
            line: 1,
            col: 1,
        }
    }

    /// 1-based line and column (in characters) of a byte offset, as [`line_col`] gives.
    pub fn at_byte(&mut self, byte_offset: usize) -> (u64, u64) {
        let target = floor_char_boundary(self.text, byte_offset);
        if target < self.byte {
            *self = Locator::new(self.text);
        }
        for c in self.text[self.byte..target].chars() {
            self.step(c);
        }
        (self.line, self.col)
    }

    /// 1-based line and column of a character offset (the checker counts in characters).
    pub fn at_char(&mut self, char_offset: usize) -> (u64, u64) {
        if char_offset < self.char {
            *self = Locator::new(self.text);
        }
        while self.char < char_offset {
            match self.text[self.byte..].chars().next() {
                Some(c) => self.step(c),
                None => break,
            }
        }
        (self.line, self.col)
    }

    fn step(&mut self, c: char) {
        self.byte += c.len_utf8();
        self.char += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// A Markdown file split into its YAML front matter and its body, with the line each part starts on,
/// so errors found in either part point at the right line of the file.
#[derive(Debug, Clone)]
pub struct FrontMatterDoc<'a> {
    pub yaml: &'a str,
    /// Number of file lines before the first YAML line.
    pub yaml_line_offset: u64,
    pub body: &'a str,
    /// Number of file lines before the first body line.
    pub body_line_offset: u64,
}

/// Splits `---` front matter from a Markdown body.
pub fn split_front_matter<'a>(file: &'a SourceFile) -> Result<FrontMatterDoc<'a>, Diagnostic> {
    let text = file.text.as_str();
    if text.trim().is_empty() {
        return Err(Diagnostic::new(
            Origin::file_start(&file.rel),
            "file is empty",
            "start it with a front matter block between two `---` lines (see README, Content reference)",
        ));
    }
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "---" {
        return Err(Diagnostic::new(
            Origin::file_start(&file.rel),
            "missing front matter",
            "start the file with a line `---`, the YAML keys, then a closing `---` line",
        ));
    }
    let yaml_start = (first_line_end + 1).min(text.len());
    let mut pos = yaml_start;
    let mut line_no = 1u64;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        line_no += 1;
        if text[pos..end].trim_end() == "---" {
            let body_start = (end + 1).min(text.len());
            return Ok(FrontMatterDoc {
                yaml: &text[yaml_start..pos],
                yaml_line_offset: 1,
                body: &text[body_start..],
                body_line_offset: line_no,
            });
        }
        pos = end + 1;
    }
    Err(Diagnostic::new(
        Origin::file_start(&file.rel),
        "front matter is not closed",
        "add a line `---` after the last front matter key",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile {
            rel: PathBuf::from("content/x.md"),
            text: text.to_string(),
        }
    }

    #[test]
    fn splits_front_matter_and_counts_lines() {
        let f = file("---\ntitle: a\norder: 1\n---\n# Body\n");
        let doc = split_front_matter(&f).expect("valid");
        assert_eq!(doc.yaml, "title: a\norder: 1\n");
        assert_eq!(doc.yaml_line_offset, 1);
        assert_eq!(doc.body, "# Body\n");
        assert_eq!(doc.body_line_offset, 4);
    }

    #[test]
    fn reports_missing_and_unclosed_front_matter() {
        assert_eq!(
            split_front_matter(&file("# hi")).unwrap_err().message,
            "missing front matter"
        );
        assert_eq!(
            split_front_matter(&file("---\ntitle: a\n"))
                .unwrap_err()
                .message,
            "front matter is not closed"
        );
        assert_eq!(
            split_front_matter(&file("\n\n")).unwrap_err().message,
            "file is empty"
        );
    }

    #[test]
    fn locates_invalid_utf8() {
        let err = decode_utf8(Path::new("a.md"), b"ok\nab\xffc".to_vec()).unwrap_err();
        assert_eq!(err.origin.to_string(), "a.md:2:3");
    }

    #[test]
    fn recognises_translated_twins() {
        assert!(is_translation(Path::new(
            "content/charter/01-preambule.en.md"
        )));
        assert!(is_translation(Path::new(
            "content/decision-tree.fr-BE.yaml"
        )));
        assert!(!is_translation(Path::new(
            "content/charter/01-preambule.md"
        )));
        assert!(!is_translation(Path::new("content/method/notes.draft.md")));
        assert_eq!(
            twin(Path::new("content/tools.yaml"), "en"),
            PathBuf::from("content/tools.en.yaml")
        );
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        assert_eq!(line_col("é\nàb", 5), (2, 2));
    }

    #[test]
    fn locator_agrees_with_line_col_in_any_order() {
        let text = "é\nàb\n\nxyz ü\n";
        let mut locator = Locator::new(text);
        let mut offsets: Vec<usize> = (0..=text.len()).collect();
        offsets.extend((0..=text.len()).rev());
        for offset in offsets {
            assert_eq!(
                locator.at_byte(offset),
                line_col(text, offset),
                "byte {offset}"
            );
        }
        let chars: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        for (n, &byte) in chars.iter().enumerate().rev() {
            assert_eq!(locator.at_char(n), line_col(text, byte), "char {n}");
        }
        assert_eq!(locator.at_char(10_000), line_col(text, text.len()));
    }
}
