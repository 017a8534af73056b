//! What a write leaves of its reusable parts, and how the next write checks it.
//!
//! A reusable part (a frozen revision's folder, or a [`FileGroup`] of the revision in force) is
//! recorded with its fingerprint and every file's size and modification time. The next write may
//! link such a part instead of writing it only when the output still holds it exactly as recorded,
//! so another program's edit of a single file is never carried into a new site. The record is the
//! whole contract between two writes, which is why it lives apart from the write itself.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::link::Linked;

/// Files of the site known together by one fingerprint, among other files of the same folders.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileGroup {
    pub fingerprint: String,
    /// Their paths in the site, sorted.
    pub paths: Vec<String>,
}

/// The parts of a site that a write may take from the previous output.
#[derive(Debug, Clone, Default)]
pub struct Reusable {
    /// Folders (`revisions/2025/`) by fingerprint.
    pub folders: BTreeMap<String, String>,
    /// Named groups of files.
    pub groups: BTreeMap<String, FileGroup>,
}

/// What a write left on disk of its reusable parts, to tell the next write what it may reuse.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutputState {
    dirs: BTreeMap<String, Record>,
    #[serde(default)]
    groups: BTreeMap<String, Record>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Record {
    pub(super) fingerprint: String,
    /// Every file: path (inside the folder, or in the site for a group), size, modification time
    /// in nanoseconds.
    pub(super) files: Vec<(String, u64, u128)>,
}

/// The parts of the previous output found exactly as recorded.
#[derive(Debug, Clone, Default)]
pub struct Verified {
    pub(super) dirs: BTreeMap<String, Record>,
    pub(super) groups: BTreeMap<String, Record>,
}

impl Verified {
    /// How many parts may be moved rather than written.
    pub fn len(&self) -> usize {
        self.dirs.len() + self.groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The fingerprint the intact folder `prefix` was written with, if it is intact.
    pub fn fingerprint(&self, prefix: &str) -> Option<&str> {
        self.dirs.get(prefix).map(|r| r.fingerprint.as_str())
    }

    /// The intact group that `group` can be moved from: same fingerprint, same files.
    pub(super) fn matches(&self, name: &str, group: &FileGroup) -> bool {
        self.groups.get(name).is_some_and(|r| {
            r.fingerprint == group.fingerprint
                && r.files.len() == group.paths.len()
                && r.files.iter().zip(&group.paths).all(|(f, p)| f.0 == *p)
        })
    }
}

impl OutputState {
    /// Parts of `output` that are still exactly as recorded: another program's edit (or deletion,
    /// or, in a folder, addition) of any of its files excludes a part.
    pub fn verify(self, output: &Path) -> Verified {
        let dirs = self
            .dirs
            .into_iter()
            .filter(|(prefix, record)| {
                scan(&output.join(prefix.as_str())).is_ok_and(|found| found == record.files)
            })
            .collect();
        let groups = self
            .groups
            .into_iter()
            .filter(|(_, record)| {
                record.files.iter().all(|(path, size, time)| {
                    std::fs::symlink_metadata(output.join(path)).is_ok_and(|meta| {
                        meta.is_file() && meta.len() == *size && mtime(&meta) == *time
                    })
                })
            })
            .collect();
        Verified { dirs, groups }
    }

    /// The fingerprint of every folder, as recorded (not checked).
    pub fn folder_fingerprints(&self) -> BTreeMap<String, String> {
        self.dirs
            .iter()
            .map(|(prefix, r)| (prefix.clone(), r.fingerprint.clone()))
            .collect()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub fn from_bytes(bytes: &[u8]) -> Self {
        serde_json::from_slice(bytes).unwrap_or_default()
    }
}

/// Every file under `dir`, sorted, with size and modification time; symbolic links are refused.
pub(super) fn scan(dir: &Path) -> std::io::Result<Vec<(String, u64, u128)>> {
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

/// The state of the reusable parts as written in `staging`. A linked part keeps its files and
/// times (a hard link shares them): its record stays true.
pub(super) fn record(
    staging: &Path,
    reusable: &Reusable,
    verified: &Verified,
    linked: &Linked,
) -> std::io::Result<OutputState> {
    let mut state = OutputState::default();
    for (prefix, fingerprint) in &reusable.folders {
        let files = match verified.dirs.get(prefix) {
            Some(record) if linked.contains(prefix) => record.files.clone(),
            _ => scan(&staging.join(prefix.as_str()))?,
        };
        let fingerprint = fingerprint.clone();
        state
            .dirs
            .insert(prefix.clone(), Record { fingerprint, files });
    }
    for (name, group) in &reusable.groups {
        let moved = group.paths.first().is_some_and(|p| linked.contains(p));
        let files = match verified.groups.get(name) {
            Some(record) if moved => record.files.clone(),
            _ => group
                .paths
                .iter()
                .map(|path| {
                    let meta = std::fs::metadata(staging.join(path))?;
                    Ok((path.clone(), meta.len(), mtime(&meta)))
                })
                .collect::<std::io::Result<_>>()?,
        };
        let fingerprint = group.fingerprint.clone();
        state
            .groups
            .insert(name.clone(), Record { fingerprint, files });
    }
    Ok(state)
}
