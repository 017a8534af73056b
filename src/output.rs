//! Writing the site: into a fresh folder beside the output, then swapped into place, so a failed or
//! interrupted build never leaves a half-written or emptied site behind.
//!
//! Folders whose files are fully determined by a fingerprint (a frozen revision's folder: the hash
//! of its cache keys) need not be written again: when the previous output holds such a folder with
//! the same fingerprint, exactly as it was written (same files, sizes and modification times), the
//! folder is moved into the new site instead of being rewritten. Thousands of unchanged files then
//! cost one rename.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use crate::render::SiteFiles;

/// Writes `files` to `output`, replacing its previous content only once everything is written.
pub fn write_atomically(output: &Path, files: &SiteFiles) -> std::io::Result<()> {
    write_reusing(output, files, &BTreeMap::new(), &Verified::default()).map(|_| ())
}

/// What a write left on disk in its fingerprinted folders, to tell the next write what it may reuse.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutputState {
    dirs: BTreeMap<String, DirRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct DirRecord {
    fingerprint: String,
    /// Every file: path inside the folder, size, modification time in nanoseconds.
    files: Vec<(String, u64, u128)>,
}

/// The folders of the previous output found exactly as recorded.
#[derive(Debug, Clone, Default)]
pub struct Verified(BTreeMap<String, DirRecord>);

impl Verified {
    /// How many folders may be moved rather than written.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl OutputState {
    /// Folders of `output` that are still exactly as recorded: another program's edit (or deletion,
    /// or addition) of any file in a folder excludes that folder.
    pub fn verify(self, output: &Path) -> Verified {
        Verified(
            self.dirs
                .into_iter()
                .filter(|(prefix, record)| {
                    scan(&output.join(prefix.as_str())).is_ok_and(|found| found == record.files)
                })
                .collect(),
        )
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub fn from_bytes(bytes: &[u8]) -> Self {
        serde_json::from_slice(bytes).unwrap_or_default()
    }
}

/// Every file under `dir`, sorted, with size and modification time; symbolic links are refused.
fn scan(dir: &Path) -> std::io::Result<Vec<(String, u64, u128)>> {
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(std::io::Error::other)?;
        let kind = entry.file_type();
        if kind.is_symlink() {
            return Err(std::io::Error::other("symbolic link in a generated folder"));
        }
        if kind.is_file() {
            let meta = entry.metadata().map_err(std::io::Error::other)?;
            let rel = entry
                .path()
                .strip_prefix(dir)
                .map_err(std::io::Error::other)?
                .to_string_lossy()
                .replace('\\', "/");
            found.push((rel, meta.len(), mtime(&meta)));
        }
    }
    found.sort();
    Ok(found)
}

fn mtime(meta: &std::fs::Metadata) -> u128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

/// [`write_atomically`], moving in from the previous output every folder of `stable` (prefix →
/// fingerprint) that `verified` (from [`OutputState::verify`]) found intact with the same
/// fingerprint. Returns the state to record for the next write.
///
/// The moves happen after every new file is written, just before the swap: only a crash within
/// those few renames could leave the previous site without some revision folders (the next build
/// writes them again).
pub fn write_reusing(
    output: &Path,
    files: &SiteFiles,
    stable: &BTreeMap<String, String>,
    verified: &Verified,
) -> std::io::Result<OutputState> {
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)?;
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    let previous = parent.join(format!(".{name}.previous-{}", std::process::id()));
    remove_if_exists(&staging)?;
    remove_if_exists(&previous)?;
    let reuse: Vec<&String> = stable
        .iter()
        .filter(|(prefix, fp)| {
            verified
                .0
                .get(*prefix)
                .is_some_and(|r| r.fingerprint == **fp)
                && output.is_dir()
        })
        .map(|(prefix, _)| prefix)
        .collect();
    let reused = |path: &str| reuse.iter().any(|p| path.starts_with(p.as_str()));
    if let Err(e) = write_tree(&staging, files.iter().filter(|(path, _)| !reused(path))) {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    // Move the unchanged folders over; if one cannot be moved, put back those moved and write all.
    let mut moved: Vec<&String> = Vec::new();
    let mut failed = false;
    for prefix in &reuse {
        let target = staging.join(prefix.as_str());
        let ok = target
            .parent()
            .is_none_or(|p| std::fs::create_dir_all(p).is_ok())
            && std::fs::rename(output.join(prefix.as_str()), &target).is_ok();
        if !ok {
            failed = true;
            break;
        }
        moved.push(prefix);
    }
    if failed {
        move_back(&staging, output, &moved);
        moved.clear();
        if let Err(e) = write_tree(&staging, files.iter().filter(|(path, _)| reused(path))) {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(e);
        }
    }
    let mut state = OutputState::default();
    for (prefix, fingerprint) in stable {
        // A moved folder keeps its files and times: its record stays true.
        let files = match verified.0.get(prefix) {
            Some(record) if moved.contains(&prefix) => record.files.clone(),
            _ => scan(&staging.join(prefix.as_str()))?,
        };
        state.dirs.insert(
            prefix.clone(),
            DirRecord {
                fingerprint: fingerprint.clone(),
                files,
            },
        );
    }
    if output.exists() {
        std::fs::rename(output, &previous)?;
        if let Err(e) = std::fs::rename(&staging, output) {
            // Put the previous site back: a reader must never find the site missing.
            let _ = std::fs::rename(&previous, output);
            move_back(&staging, output, &moved);
            let _ = std::fs::remove_dir_all(&staging);
            return Err(e);
        }
        std::fs::remove_dir_all(&previous)?;
    } else {
        std::fs::rename(&staging, output)?;
    }
    Ok(state)
}

/// Returns folders moved from `output` into `staging` to where they were.
fn move_back(staging: &Path, output: &Path, moved: &[&String]) {
    for prefix in moved {
        let _ = std::fs::rename(staging.join(prefix.as_str()), output.join(prefix.as_str()));
    }
}

fn write_tree<'a>(
    dir: &Path,
    files: impl Iterator<Item = (&'a String, &'a Vec<u8>)>,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (rel, bytes) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, bytes)?;
    }
    Ok(())
}

fn remove_if_exists(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_dir_all(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_previous_output_entirely() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let mut files = SiteFiles::new();
        files.insert("old.html".into(), b"old".to_vec());
        write_atomically(&out, &files).expect("first write");
        let mut files = SiteFiles::new();
        files.insert("a/index.html".into(), b"new".to_vec());
        write_atomically(&out, &files).expect("second write");
        assert!(!out.join("old.html").exists());
        assert_eq!(
            std::fs::read(out.join("a/index.html")).expect("read"),
            b"new"
        );
        let leftovers: Vec<_> = std::fs::read_dir(tmp.path()).expect("list").collect();
        assert_eq!(leftovers.len(), 1, "no staging folder left behind");
    }
}
