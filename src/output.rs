//! Writing the site: into a fresh folder beside the output, then swapped into place, so a failed or
//! interrupted build never leaves a half-written or emptied site behind.
//!
//! Parts of the site whose files are fully determined by a fingerprint need not be written again:
//! a frozen revision's folder (`revisions/2025/`, fingerprint: the hash of its cache keys) and the
//! files of the revision in force at the root (a [`FileGroup`]). When the previous output holds such
//! a part with the same fingerprint, exactly as it was written (same files, sizes and modification
//! times), it is moved into the new site instead of being rewritten: a folder by one rename, a
//! group file by file. Moving costs no new file, which is what writing thousands of pages spends
//! most of its time on.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use crate::render::SiteFiles;

/// Writes `files` to `output`, replacing its previous content only once everything is written.
pub fn write_atomically(output: &Path, files: &SiteFiles) -> std::io::Result<()> {
    write_reusing(
        output,
        files,
        &Reusable::default(),
        &Verified::default(),
        &mut |_| Ok(SiteFiles::new()),
    )
    .map(|_| ())
}

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
struct Record {
    fingerprint: String,
    /// Every file: path (inside the folder, or in the site for a group), size, modification time
    /// in nanoseconds.
    files: Vec<(String, u64, u128)>,
}

/// The parts of the previous output found exactly as recorded.
#[derive(Debug, Clone, Default)]
pub struct Verified {
    dirs: BTreeMap<String, Record>,
    groups: BTreeMap<String, Record>,
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
    fn matches(&self, name: &str, group: &FileGroup) -> bool {
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

/// What was moved from the previous output into the staging folder, to put back on failure.
#[derive(Default)]
struct Moves {
    done: Vec<String>,
}

impl Moves {
    /// Moves `rel` (a folder or a file) from `from` into `to`.
    fn take(&mut self, from: &Path, to: &Path, rel: &str, made: &mut BTreeSet<PathBuf>) -> bool {
        let target = to.join(rel);
        if let Some(parent) = target.parent() {
            if !made.contains(parent) {
                if std::fs::create_dir_all(parent).is_err() {
                    return false;
                }
                made.insert(parent.to_path_buf());
            }
        }
        let ok = std::fs::rename(from.join(rel), &target).is_ok();
        if ok {
            self.done.push(rel.to_string());
        }
        ok
    }

    /// Puts everything moved back where it was.
    fn undo(&mut self, staging: &Path, output: &Path) {
        for rel in self.done.drain(..).rev() {
            let _ = std::fs::rename(staging.join(&rel), output.join(&rel));
        }
    }

    fn contains(&self, rel: &str) -> bool {
        self.done.iter().any(|d| d == rel)
    }
}

/// [`write_atomically`], moving in from the previous output every part of `reusable` that
/// `verified` (from [`OutputState::verify`]) found intact with the same fingerprint. Returns the
/// state to record for the next write.
///
/// A folder of `reusable` may be left out of `files` altogether when the caller expects it to be
/// moved; should the move fail, `absent(prefix)` gives its files, which are then written. A group's
/// files must be in `files`.
///
/// The moves happen after every new file is written, just before the swap: only a crash within
/// those renames could leave the previous site without some of its files (the next build writes
/// them again).
pub fn write_reusing(
    output: &Path,
    files: &SiteFiles,
    reusable: &Reusable,
    verified: &Verified,
    absent: &mut dyn FnMut(&str) -> std::io::Result<SiteFiles>,
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
    let fail = |moves: &mut Moves, e: std::io::Error| {
        moves.undo(&staging, output);
        let _ = std::fs::remove_dir_all(&staging);
        e
    };

    let had_output = output.is_dir();
    let folders: Vec<&String> = reusable
        .folders
        .iter()
        .filter(|(prefix, fp)| had_output && verified.fingerprint(prefix) == Some(fp.as_str()))
        .map(|(prefix, _)| prefix)
        .collect();
    let groups: Vec<&FileGroup> = reusable
        .groups
        .iter()
        .filter(|(name, group)| had_output && verified.matches(name, group))
        .map(|(_, group)| group)
        .collect();
    let grouped: BTreeSet<&str> = groups
        .iter()
        .flat_map(|g| g.paths.iter().map(String::as_str))
        .collect();
    let in_folder = |path: &str| folders.iter().any(|p| path.starts_with(p.as_str()));
    let mut moves = Moves::default();
    let fresh = files
        .iter()
        .filter(|(path, _)| !in_folder(path) && !grouped.contains(path.as_str()));
    if let Err(e) = write_tree(&staging, fresh) {
        return Err(fail(&mut moves, e));
    }

    // Move the unchanged parts over; if one cannot be moved, put back all moved and write them.
    let mut made = BTreeSet::new();
    let all_moved = folders
        .iter()
        .map(|p| p.as_str())
        .chain(grouped.iter().copied())
        .all(|rel| moves.take(output, &staging, rel, &mut made));
    if !all_moved {
        moves.undo(&staging, output);
        let again = files
            .iter()
            .filter(|(path, _)| in_folder(path) || grouped.contains(path.as_str()));
        if let Err(e) = write_tree(&staging, again) {
            return Err(fail(&mut moves, e));
        }
    }
    // Folders left out of `files` that were not moved after all: written from `absent`.
    for prefix in reusable.folders.keys() {
        let in_files = files
            .range(prefix.clone()..)
            .next()
            .is_some_and(|(path, _)| path.starts_with(prefix.as_str()));
        if in_files || moves.contains(prefix) {
            continue;
        }
        if let Err(e) = absent(prefix).and_then(|folder| write_tree(&staging, folder.iter())) {
            return Err(fail(&mut moves, e));
        }
    }

    let state = match record(&staging, reusable, verified, &moves) {
        Ok(state) => state,
        Err(e) => return Err(fail(&mut moves, e)),
    };
    if output.exists() {
        if let Err(e) = std::fs::rename(output, &previous) {
            return Err(fail(&mut moves, e));
        }
        if let Err(e) = std::fs::rename(&staging, output) {
            // Put the previous site back: a reader must never find the site missing.
            let _ = std::fs::rename(&previous, output);
            return Err(fail(&mut moves, e));
        }
        std::fs::remove_dir_all(&previous)?;
    } else {
        std::fs::rename(&staging, output)?;
    }
    Ok(state)
}

/// The state of the reusable parts as written in `staging`. A moved part keeps its files and
/// times: its record stays true.
fn record(
    staging: &Path,
    reusable: &Reusable,
    verified: &Verified,
    moves: &Moves,
) -> std::io::Result<OutputState> {
    let mut state = OutputState::default();
    for (prefix, fingerprint) in &reusable.folders {
        let files = match verified.dirs.get(prefix) {
            Some(record) if moves.contains(prefix) => record.files.clone(),
            _ => scan(&staging.join(prefix.as_str()))?,
        };
        let fingerprint = fingerprint.clone();
        state
            .dirs
            .insert(prefix.clone(), Record { fingerprint, files });
    }
    for (name, group) in &reusable.groups {
        let moved = group.paths.first().is_some_and(|p| moves.contains(p));
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

fn write_tree<'a>(
    dir: &Path,
    files: impl Iterator<Item = (&'a String, &'a Vec<u8>)>,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut made = BTreeSet::new();
    for (rel, bytes) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            if !made.contains(parent) {
                std::fs::create_dir_all(parent)?;
                made.insert(parent.to_path_buf());
            }
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

    fn site(pairs: &[(&str, &str)]) -> SiteFiles {
        pairs
            .iter()
            .map(|(p, b)| (p.to_string(), b.as_bytes().to_vec()))
            .collect()
    }

    fn reusable(fingerprint: &str) -> Reusable {
        let mut r = Reusable::default();
        r.folders
            .insert("revisions/2025/".into(), format!("dir-{fingerprint}"));
        r.groups.insert(
            "root".into(),
            FileGroup {
                fingerprint: format!("group-{fingerprint}"),
                paths: vec!["charter/index.html".into(), "index.html".into()],
            },
        );
        r
    }

    fn read(dir: &Path, rel: &str) -> String {
        std::fs::read_to_string(dir.join(rel)).unwrap_or_default()
    }

    #[test]
    fn intact_parts_are_moved_changed_ones_written() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let first = site(&[
            ("index.html", "root"),
            ("charter/index.html", "charte"),
            ("draft/index.html", "brouillon 1"),
            ("revisions/2025/index.html", "2025"),
        ]);
        let none = &mut |_: &str| Ok(SiteFiles::new());
        let state = write_reusing(&out, &first, &reusable("a"), &Verified::default(), none)
            .expect("first write");
        let ino = |rel: &str| {
            use std::os::unix::fs::MetadataExt;
            std::fs::metadata(out.join(rel)).map(|m| m.ino()).ok()
        };
        let before = (ino("index.html"), ino("revisions/2025/index.html"));

        // Same fingerprints: the folder and the group are moved (same inodes), the rest written;
        // the folder may even be left out of the files.
        let mut second = first.clone();
        second.insert("draft/index.html".into(), "brouillon 2".as_bytes().to_vec());
        second.remove("revisions/2025/index.html");
        let verified = state.clone().verify(&out);
        assert_eq!(verified.len(), 2);
        let state =
            write_reusing(&out, &second, &reusable("a"), &verified, none).expect("second write");
        assert_eq!(
            (ino("index.html"), ino("revisions/2025/index.html")),
            before
        );
        assert_eq!(read(&out, "draft/index.html"), "brouillon 2");
        assert_eq!(read(&out, "revisions/2025/index.html"), "2025");

        // A group file edited by hand: the group is written again from the files.
        std::fs::write(out.join("charter/index.html"), "edited by hand").expect("edit");
        let verified = state.verify(&out);
        assert_eq!(verified.len(), 1, "only the folder is still intact");
        let third = first.clone();
        write_reusing(&out, &third, &reusable("a"), &verified, none).expect("third write");
        assert_eq!(read(&out, "charter/index.html"), "charte");
    }

    #[test]
    fn a_folder_that_cannot_be_moved_is_written_from_absent() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let files = site(&[("index.html", "root"), ("charter/index.html", "charte")]);
        // A stale record claims the folder is intact, but it is not in the previous output.
        let mut asked = Vec::new();
        let mut absent = |prefix: &str| {
            asked.push(prefix.to_string());
            Ok(site(&[(
                "revisions/2025/index.html",
                "2025 from the cache",
            )]))
        };
        write_reusing(
            &out,
            &files,
            &reusable("a"),
            &Verified::default(),
            &mut absent,
        )
        .expect("write");
        assert_eq!(asked, vec!["revisions/2025/".to_string()]);
        assert_eq!(
            read(&out, "revisions/2025/index.html"),
            "2025 from the cache"
        );
    }
}
