//! Translated twins without their original. A twin (`prompts/030-x.en.md`) is read only in place of
//! its original (`prompts/030-x.md`) when the site is built in that language: a twin whose original
//! is missing (renamed, deleted, or the twin saved under a wrong name) would be dropped without a
//! word, so the translation a team wrote would never be published. This finds them.

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Diagnostics, Origin};
use crate::source;

/// The folder of the content files, under the handbook root.
const CONTENT_DIR: &str = "content";

/// Reports every file of `root/content/` that is a twin in one of `translated_languages` (the
/// site's languages after the default one) and has no original beside it, at `file:1:1`.
pub fn check_orphans(root: &Path, translated_languages: &[String], diags: &mut Diagnostics) {
    let content = root.join(CONTENT_DIR);
    let mut files = Vec::new();
    list_files(&content, &mut files);
    files.sort();
    for path in files {
        let Some(original) = original_of(&path, translated_languages) else {
            continue;
        };
        if original.exists() {
            continue;
        }
        let rel = |p: &Path| p.strip_prefix(root).unwrap_or(p).to_path_buf();
        let (twin, original) = (rel(&path), rel(&original));
        diags.push(Diagnostic::new(
            Origin::file_start(&twin),
            format!(
                "translated file without its original: `{}` does not exist, so this translation \
                 would never be published",
                original.display()
            ),
            format!(
                "add `{}` in the default language, or rename this file to match the original it \
                 translates",
                original.display()
            ),
        ));
    }
}

/// The original of `path` if it is a twin in one of `languages` (`a.en.md` → `a.md`).
fn original_of(path: &Path, languages: &[String]) -> Option<PathBuf> {
    if !source::is_translation(path) {
        return None;
    }
    let stem = path.file_stem()?.to_string_lossy().into_owned();
    let (base, code) = stem.rsplit_once('.')?;
    if !languages.iter().any(|l| l == code) {
        return None;
    }
    let name = match path.extension() {
        Some(ext) => format!("{base}.{}", ext.to_string_lossy()),
        None => base.to_string(),
    };
    Some(path.with_file_name(name))
}

/// Every file under `dir`, recursively; unreadable folders and symbolic links are left to the
/// loaders, which report them.
fn list_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            list_files(&entry.path(), out);
        } else if kind.is_file() {
            out.push(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_twin_without_its_original_is_reported_and_others_are_not() {
        let tmp = tempfile::tempdir().expect("temporary folder");
        let prompts = tmp.path().join("content/prompts");
        std::fs::create_dir_all(&prompts).expect("folder");
        for name in [
            "001-a.md",
            "001-a.en.md",
            "030-x.en.md",
            "ai.act.md",
            "040-y.nl.md",
        ] {
            std::fs::write(prompts.join(name), "x").expect("file");
        }
        let mut diags = Diagnostics::new();
        check_orphans(tmp.path(), &["en".to_string()], &mut diags);
        let all = diags.into_sorted();
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].origin.to_string(), "content/prompts/030-x.en.md:1:1");
        assert!(all[0].message.contains("030-x.md"), "{}", all[0].message);
    }
}
