//! Writing the site: into a fresh folder beside the output, then swapped into place, so a failed or
//! interrupted build never leaves a half-written or emptied site behind.
//!
//! Parts of the site whose files are fully determined by a fingerprint need not be written again:
//! a frozen revision's folder (`revisions/2025/`, fingerprint: the hash of its cache keys) and the
//! files of the revision in force at the root (a [`FileGroup`]). When the previous output holds such
//! a part with the same fingerprint, exactly as it was written (same files, sizes and modification
//! times), its files are hard-linked into the new site instead of being written again: a link costs
//! no new data, and the previous site keeps every one of its files until the swap.
//!
//! What a kill at any moment leaves (each filesystem step is a point where a test kills the write):
//! - before the swap, the previous site untouched, plus a staging folder;
//! - the swap itself is one atomic exchange of the two folders (Linux `renameat2`), so `public/` is
//!   always a complete site, the previous one or the new one; where the exchange is not available,
//!   two renames, and a kill between them leaves the previous site beside its place;
//! - the next write, holding the output's lock, puts a previous site back if the output is missing,
//!   and removes every staging and previous folder left by killed writes.
//!
//! One build writes into an output at a time: [`OutputLock`] (an advisory lock on a file beside the
//! output) makes a second build wait for the first, from the check of the previous output to the swap.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use crate::site_files::SiteFiles;

/// Writes `files` to `output`, replacing its previous content only once everything is written.
pub fn write_atomically(output: &Path, files: &SiteFiles) -> std::io::Result<()> {
    let lock = OutputLock::take(output)?;
    write_reusing(
        &lock,
        files,
        &Reusable::default(),
        &Verified::default(),
        &mut |_| Ok(SiteFiles::new()),
    )
    .map(|_| ())
}

/// The right to write into an output folder, held from the moment a build looks at the previous
/// output until its new site is in place. Taking it cleans up after writes that were killed.
#[derive(Debug)]
pub struct OutputLock {
    output: PathBuf,
    parent: PathBuf,
    name: String,
    // Held open for the lock; closing it (at drop, or when the process dies) releases it.
    _file: std::fs::File,
}

impl OutputLock {
    /// Locks `output`, waiting (with a note on standard error) while another build holds it.
    pub fn take(output: &Path) -> std::io::Result<OutputLock> {
        let parent = match output.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)?;
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(parent.join(format!(".{name}.lock")))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                eprintln!(
                    "note: another build is writing into {}; waiting for it to finish",
                    crate::diagnostics::display_path(output)
                );
                file.lock()?;
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
        let lock = OutputLock {
            output: output.to_path_buf(),
            parent,
            name,
            _file: file,
        };
        lock.recover()?;
        Ok(lock)
    }

    pub fn output(&self) -> &Path {
        &self.output
    }

    fn staging(&self) -> PathBuf {
        self.parent
            .join(format!(".{}.staging-{}", self.name, std::process::id()))
    }

    /// The previous site's kept folders, saved after a swap for the next write to start from.
    fn spare(&self) -> PathBuf {
        self.parent.join(format!(".{}.spare", self.name))
    }

    fn previous(&self) -> PathBuf {
        self.parent
            .join(format!(".{}.previous-{}", self.name, std::process::id()))
    }

    /// Undoes what killed writes left: with the lock held, no other write is using them. A missing
    /// output whose previous site was moved aside is put back first.
    fn recover(&self) -> std::io::Result<()> {
        let staging = format!(".{}.staging-", self.name);
        let previous = format!(".{}.previous-", self.name);
        let mut leftovers = Vec::new();
        let mut previous_sites = Vec::new();
        for entry in std::fs::read_dir(&self.parent)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(&previous) {
                previous_sites.push(entry.path());
            } else if name.starts_with(&staging) {
                leftovers.push(entry.path());
            }
        }
        if !self.output.exists() {
            // The killed write had moved the previous site aside and not yet put the new one in
            // place. Only a write that moved it aside makes a previous folder before the swap.
            if let Some(site) = previous_sites.pop() {
                step()?;
                std::fs::rename(&site, &self.output)?;
            }
        }
        for path in leftovers.into_iter().chain(previous_sites) {
            step()?;
            remove_if_exists(&path)?;
        }
        Ok(())
    }
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

/// The parts linked from the previous output into the staging folder.
struct Linked {
    done: BTreeSet<String>,
}

impl Linked {
    /// Hard-links each part's files from `from` into `to`, the parts shared between two threads
    /// (a warm build links thousands of files; the filesystem work of two folders overlaps well).
    fn take_all(from: &Path, to: &Path, parts: &[(&str, Vec<String>)]) -> Linked {
        let next = std::sync::atomic::AtomicUsize::new(0);
        let done = std::sync::Mutex::new(BTreeSet::new());
        std::thread::scope(|scope| {
            for _ in 0..2 {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some((part, rels)) = parts.get(i) else {
                        break;
                    };
                    if link_part(from, to, rels) {
                        if let Ok(mut done) = done.lock() {
                            done.insert(part.to_string());
                        }
                    }
                });
            }
        });
        Linked {
            done: done.into_inner().unwrap_or_default(),
        }
    }

    fn contains(&self, part: &str) -> bool {
        self.done.contains(part)
    }
}

/// Hard-links the files `rels` from `from` into `to`; on failure, removes what it linked and says
/// so (the caller then writes the part).
fn link_part(from: &Path, to: &Path, rels: &[String]) -> bool {
    let mut made = BTreeSet::new();
    let mut linked = Vec::new();
    let ok = rels.iter().all(|rel| {
        let target = to.join(rel);
        if let Some(parent) = target.parent() {
            if !made.contains(parent) {
                if step().and_then(|_| make_dir(to, parent)).is_err() {
                    return false;
                }
                made.insert(parent.to_path_buf());
            }
        }
        let done = step().and_then(|_| link(&from.join(rel), &target));
        if done.is_ok() {
            linked.push(target);
        }
        done.is_ok()
    });
    if !ok {
        for path in linked {
            let _ = std::fs::remove_file(path);
        }
    }
    ok
}

/// Hard-links `source` at `target`; a file already at `target` (from the spare) is left when it is
/// `source` itself, and replaced otherwise.
fn link(source: &Path, target: &Path) -> std::io::Result<()> {
    match std::fs::hard_link(source, target) {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            if same_file(source, target) {
                return Ok(());
            }
            step()?;
            remove_entry(target)?;
            std::fs::hard_link(source, target)
        }
        other => other,
    }
}

#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::symlink_metadata(b)) {
        (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &Path, _: &Path) -> bool {
    false
}

/// Creates `dir` and its parents inside `root`; an entry of the spare in the way (a file where the
/// new site has a folder) is removed first.
fn make_dir(root: &Path, dir: &Path) -> std::io::Result<()> {
    if std::fs::create_dir_all(dir).is_ok() {
        return Ok(());
    }
    let mut path = root.to_path_buf();
    for part in dir.strip_prefix(root).unwrap_or(dir).components() {
        path.push(part);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| !m.is_dir()) {
            step()?;
            std::fs::remove_file(&path)?;
        }
    }
    std::fs::create_dir_all(dir)
}

/// Removes a file, or a folder with everything in it.
fn remove_entry(path: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(path),
        Ok(_) => std::fs::remove_file(path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// [`write_atomically`], linking in from the previous output every part of `reusable` that
/// `verified` (from [`OutputState::verify`]) found intact with the same fingerprint. Returns the
/// state to record for the next write.
///
/// A folder of `reusable` may be left out of `files` altogether when the caller expects it to be
/// linked; should a link fail, `absent(prefix)` gives its files, which are then written. A group's
/// files must be in `files`.
///
/// Nothing is taken out of the previous output: it stays a complete site until the swap.
pub fn write_reusing(
    lock: &OutputLock,
    files: &SiteFiles,
    reusable: &Reusable,
    verified: &Verified,
    absent: &mut dyn FnMut(&str) -> std::io::Result<SiteFiles>,
) -> std::io::Result<OutputState> {
    let output = lock.output();
    let staging = lock.staging();
    remove_if_exists(&staging)?;
    let fail = |e: std::io::Error| {
        let _ = std::fs::remove_dir_all(&staging);
        e
    };

    let had_output = output.is_dir();
    let folders: Vec<(&String, &Record)> = reusable
        .folders
        .iter()
        .filter(|(prefix, fp)| had_output && verified.fingerprint(prefix) == Some(fp.as_str()))
        .filter_map(|(prefix, _)| verified.dirs.get(prefix).map(|r| (prefix, r)))
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
    // Start from the spare: the folders it holds that are still, file for file, the output's need
    // no work at all; everything else in it is removed.
    let ready = start_from_spare(lock, &staging, &folders).map_err(fail)?;
    let in_folder = |path: &str| folders.iter().any(|(p, _)| path.starts_with(p.as_str()));
    let fresh = files
        .iter()
        .filter(|(path, _)| !in_folder(path) && !grouped.contains(path.as_str()));
    write_tree(&staging, fresh).map_err(fail)?;

    // Link the unchanged parts; a part that cannot be linked is written instead.
    let mut parts: Vec<(&str, Vec<String>)> = folders
        .iter()
        .filter(|(prefix, _)| !ready.contains(prefix.as_str()))
        .map(|(prefix, record)| {
            let rels = record
                .files
                .iter()
                .map(|(rel, _, _)| format!("{prefix}{rel}"))
                .collect();
            (prefix.as_str(), rels)
        })
        .collect();
    parts.extend(groups.iter().map(|group| {
        let part = group.paths.first().map_or("", String::as_str);
        (part, group.paths.clone())
    }));
    let mut linked = Linked::take_all(output, &staging, &parts);
    linked.done.extend(ready);
    for (part, rels) in &parts {
        if !linked.contains(part) {
            let rels: BTreeSet<&String> = rels.iter().collect();
            let again = files.iter().filter(|(path, _)| rels.contains(path));
            write_tree(&staging, again).map_err(fail)?;
        }
    }
    // Every file of the new site: those of `files`, of the groups, of the folders written from
    // `absent`; and the folders linked whole.
    let mut site: BTreeSet<String> = files.keys().cloned().collect();
    site.extend(grouped.iter().map(|p| p.to_string()));
    // Folders left out of `files` that were not linked after all: written from `absent`.
    for prefix in reusable.folders.keys() {
        let in_files = files
            .range(prefix.clone()..)
            .next()
            .is_some_and(|(path, _)| path.starts_with(prefix.as_str()));
        if in_files || linked.contains(prefix) {
            continue;
        }
        let folder = absent(prefix).map_err(fail)?;
        write_tree(&staging, folder.iter()).map_err(fail)?;
        site.extend(folder.into_keys());
    }
    // What the spare held of an older site and the new one does not have goes.
    let whole: BTreeSet<String> = linked
        .done
        .iter()
        .filter(|part| part.ends_with('/'))
        .cloned()
        .collect();
    sweep(&staging, "", &site, &whole).map_err(fail)?;

    let state = record(&staging, reusable, verified, &linked).map_err(fail)?;
    swap(lock, &staging).map_err(fail)?;
    Ok(state)
}

/// Moves the spare (the site before the output's, if any) to `staging`, and returns the folders of
/// `folders` it holds exactly as the output's record says the output's are (same names, sizes and
/// modification times, the check [`OutputState::verify`] makes of the output itself: such files
/// are hard links to the output's, which share all three). The other folders of `folders` are
/// removed from it, to be linked again; every other file stays, to be kept where the new site has
/// the same bytes at the same path ([`write_new`]) and swept away otherwise ([`sweep`]). The
/// spare is not live, so whatever a killed write or another program left in it is either found
/// intact here or replaced.
fn start_from_spare(
    lock: &OutputLock,
    staging: &Path,
    folders: &[(&String, &Record)],
) -> std::io::Result<BTreeSet<String>> {
    let spare = lock.spare();
    if !spare.is_dir() {
        return Ok(BTreeSet::new());
    }
    step()?;
    std::fs::rename(&spare, staging)?;
    let ready: BTreeSet<String> = folders
        .iter()
        .filter(|(prefix, record)| {
            scan(&staging.join(prefix.as_str())).is_ok_and(|found| found == record.files)
        })
        .map(|(prefix, _)| prefix.to_string())
        .collect();
    for (prefix, _) in folders {
        if !ready.contains(prefix.as_str()) {
            let path = staging.join(prefix.as_str());
            if path.exists() {
                step()?;
                std::fs::remove_dir_all(path)?;
            }
        }
    }
    Ok(ready)
}

/// Removes from `dir` (at site path `rel`, `""` or ending in `/`) every file that is not in
/// `site` and every folder left empty, but leaves the folders `whole` (site paths ending in `/`,
/// complete as they are) untouched: what the spare held of a site before is not in the new one.
fn sweep(
    dir: &Path,
    rel: &str,
    site: &BTreeSet<String>,
    whole: &BTreeSet<String>,
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            let sub = format!("{rel}{name}/");
            if whole.contains(&sub) {
                continue;
            }
            sweep(&path, &sub, site, whole)?;
            if std::fs::read_dir(&path)?.next().is_none() {
                step()?;
                std::fs::remove_dir(&path)?;
            }
        } else if !site.contains(&format!("{rel}{name}")) {
            step()?;
            std::fs::remove_file(&path)?;
        }
    }
    Ok(())
}

/// Puts `staging` in place of the output, which must stay a complete site at every instant.
///
/// After an exchange, the previous site becomes the spare the next write starts from: its kept
/// parts are hard links to the files now in place, and its other files are what the next write
/// keeps where its bytes did not change, so a small edit writes a few files, not the whole site.
fn swap(lock: &OutputLock, staging: &Path) -> std::io::Result<()> {
    let output = lock.output();
    if !output.exists() {
        step()?;
        return std::fs::rename(staging, output);
    }
    step()?;
    match exchange(staging, output) {
        Ok(()) => {
            // `staging` now holds the previous site; a kill here leaves it for the next write.
            let saved = step().is_ok() && std::fs::rename(staging, lock.spare()).is_ok();
            if !saved {
                remove_tree(staging);
            }
            Ok(())
        }
        Err(_) => {
            // No atomic exchange on this system: two renames, the gap covered by `recover`.
            let previous = lock.previous();
            remove_if_exists(&previous)?;
            step()?;
            std::fs::rename(output, &previous)?;
            step()?;
            if let Err(e) = std::fs::rename(staging, output) {
                // Put the previous site back: a reader must never find the site missing.
                let _ = std::fs::rename(&previous, output);
                return Err(e);
            }
            step()?;
            let _ = std::fs::remove_dir_all(&previous);
            Ok(())
        }
    }
}

/// Exchanges two folders in one atomic step.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c =
        |p: &Path| std::ffi::CString::new(p.as_os_str().as_bytes()).map_err(std::io::Error::other);
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call; renameat2 reads
    // them and touches no other memory of ours.
    let result = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if result == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

/// A point where the write changes the filesystem. Tests kill the process at the N-th one (see the
/// crash test below); in the product it does nothing.
#[cfg(not(test))]
fn step() -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
fn step() -> std::io::Result<()> {
    tests::crash_point();
    Ok(())
}

/// The state of the reusable parts as written in `staging`. A linked part keeps its files and
/// times (a hard link shares them): its record stays true.
fn record(
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

fn write_tree<'a>(
    dir: &Path,
    files: impl Iterator<Item = (&'a String, &'a Vec<u8>)>,
) -> std::io::Result<()> {
    step()?;
    std::fs::create_dir_all(dir)?;
    let mut made = BTreeSet::new();
    for (rel, bytes) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            if !made.contains(parent) {
                step()?;
                make_dir(dir, parent)?;
                made.insert(parent.to_path_buf());
            }
        }
        step()?;
        write_new(&path, bytes)?;
    }
    Ok(())
}

/// Puts `bytes` at `path`, in a folder started from the spare. A file already there with the same
/// bytes is kept (reading costs far less than creating a file); any other is replaced, never
/// written into, since it may be a hard link to a file of the live site.
fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let open = || {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
    };
    let mut file = match open() {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let same = std::fs::symlink_metadata(path)
                .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
                && std::fs::read(path).is_ok_and(|found| found == bytes);
            if same {
                return Ok(());
            }
            step()?;
            remove_entry(path)?;
            open()?
        }
        other => other?,
    };
    file.write_all(bytes)
}

/// Removes a whole folder, its entries shared between two threads: after a warm build,
/// the previous site is thousands of links to unlink. Failures are left for the next write.
fn remove_tree(dir: &Path) {
    let list = |dir: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .map(|entries| entries.flatten().map(|e| e.path()).collect())
            .unwrap_or_default()
    };
    // Two levels deep, so that `revisions/` (most of the files) is itself shared.
    let entries: Vec<PathBuf> = list(dir)
        .into_iter()
        .flat_map(|path| match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => list(&path),
            _ => vec![path],
        })
        .collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(path) = entries.get(i) else {
                    break;
                };
                let _ = match std::fs::symlink_metadata(path) {
                    Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(path),
                    _ => std::fs::remove_file(path),
                };
            });
        }
    });
    let _ = std::fs::remove_dir_all(dir);
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
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// The filesystem step at which this process dies, from `HANDBOOK_TEST_CRASH_AT` (set only in
    /// the child processes of [`a_write_killed_at_any_step_leaves_a_complete_site`]).
    static CRASH_AT: AtomicUsize = AtomicUsize::new(usize::MAX);
    static STEPS: AtomicUsize = AtomicUsize::new(0);

    /// Called at each filesystem step: exits at once when the chosen step is reached, as a kill
    /// would (no destructor runs, nothing is cleaned up).
    pub(super) fn crash_point() {
        let step = STEPS.fetch_add(1, Ordering::SeqCst);
        if step == CRASH_AT.load(Ordering::SeqCst) {
            std::process::exit(KILLED);
        }
    }

    const KILLED: i32 = 86;

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

    fn lock(out: &Path) -> OutputLock {
        OutputLock::take(out).expect("lock")
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
        let state = write_reusing(
            &lock(&out),
            &first,
            &reusable("a"),
            &Verified::default(),
            none,
        )
        .expect("first write");
        let ino = |rel: &str| {
            use std::os::unix::fs::MetadataExt;
            std::fs::metadata(out.join(rel)).map(|m| m.ino()).ok()
        };
        let before = (ino("index.html"), ino("revisions/2025/index.html"));

        // Same fingerprints: the folder and the group are linked (same inodes), the rest written;
        // the folder may even be left out of the files.
        let mut second = first.clone();
        second.insert("draft/index.html".into(), "brouillon 2".as_bytes().to_vec());
        second.remove("revisions/2025/index.html");
        let verified = state.clone().verify(&out);
        assert_eq!(verified.len(), 2);
        let state = write_reusing(&lock(&out), &second, &reusable("a"), &verified, none)
            .expect("second write");
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
        write_reusing(&lock(&out), &third, &reusable("a"), &verified, none).expect("third write");
        assert_eq!(read(&out, "charter/index.html"), "charte");
    }

    #[test]
    fn a_folder_that_cannot_be_linked_is_written_from_absent() {
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
            &lock(&out),
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

    /// A whole site as its files' contents, without the lock file.
    fn snapshot(dir: &Path) -> BTreeMap<String, String> {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(dir).expect("inside");
                let rel = rel.to_string_lossy().into_owned();
                let text = read(dir, &rel);
                (rel, text)
            })
            .collect()
    }

    /// The site before and after the write under test: a kept folder, a kept group, changed and
    /// removed files.
    fn versions() -> (SiteFiles, SiteFiles) {
        let mut first = site(&[
            ("index.html", "root"),
            ("charter/index.html", "charte"),
            ("draft/index.html", "brouillon 1"),
            ("draft/old/index.html", "removed later"),
            ("revisions/2025/index.html", "2025"),
            ("revisions/2025/charter/index.html", "charte 2025"),
        ]);
        for n in 0..6 {
            first.insert(
                format!("draft/p{n}/index.html"),
                format!("page {n}").into_bytes(),
            );
        }
        let mut second = first.clone();
        second.remove("draft/old/index.html");
        second.insert("draft/index.html".into(), b"brouillon 2".to_vec());
        second.insert("draft/new/index.html".into(), b"new page".to_vec());
        (first, second)
    }

    /// The child's part: performs the second write of [`versions`] into `HANDBOOK_TEST_CRASH_DIR`,
    /// dying at the chosen step. Does nothing in an ordinary test run.
    #[test]
    fn crash_child() {
        let (Ok(at), Ok(dir)) = (
            std::env::var("HANDBOOK_TEST_CRASH_AT"),
            std::env::var("HANDBOOK_TEST_CRASH_DIR"),
        ) else {
            return;
        };
        let dir = PathBuf::from(dir);
        let state = OutputState::from_bytes(&std::fs::read(dir.join("state.json")).expect("state"));
        let out = dir.join("public");
        let verified = state.verify(&out);
        let (_, second) = versions();
        CRASH_AT.store(at.parse().expect("step"), Ordering::SeqCst);
        STEPS.store(0, Ordering::SeqCst);
        let none = &mut |_: &str| Ok(SiteFiles::new());
        write_reusing(&lock(&out), &second, &reusable("a"), &verified, none).expect("write");
        // Reaching here: the write had fewer steps than asked; tell the parent.
        std::process::exit(0);
    }

    #[test]
    fn a_write_killed_at_any_step_leaves_a_complete_site() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path();
        let out = dir.join("public");
        let (first, second) = versions();
        let as_text = |files: &SiteFiles| -> BTreeMap<String, String> {
            files
                .iter()
                .map(|(k, v)| (k.clone(), String::from_utf8_lossy(v).into_owned()))
                .collect()
        };
        let (old, new) = (as_text(&first), as_text(&second));
        let none = &mut |_: &str| Ok(SiteFiles::new());
        let mut killed = 0;
        for at in 0.. {
            assert!(at < 500, "the write should end in far fewer steps");
            // The previous site, as a build leaves it.
            let state = write_reusing(
                &lock(&out),
                &first,
                &reusable("a"),
                &Verified::default(),
                none,
            )
            .expect("previous site");
            assert_eq!(snapshot(&out), old);
            std::fs::write(dir.join("state.json"), state.to_bytes()).expect("state");
            let status = std::process::Command::new(std::env::current_exe().expect("test binary"))
                .args(["--exact", "output::tests::crash_child", "--test-threads=1"])
                .env("HANDBOOK_TEST_CRASH_AT", at.to_string())
                .env("HANDBOOK_TEST_CRASH_DIR", dir)
                .stdout(std::process::Stdio::null())
                .status()
                .expect("child");
            let found = snapshot(&out);
            assert!(
                found == old || found == new,
                "killed at step {at}: the output is neither the previous site nor the new one: {found:?}"
            );
            // The next write cleans up after the killed one and puts the new site in place.
            write_reusing(
                &lock(&out),
                &second,
                &reusable("a"),
                &Verified::default(),
                none,
            )
            .expect("next write");
            assert_eq!(
                snapshot(&out),
                new,
                "after the write that followed step {at}"
            );
            let left: Vec<String> = std::fs::read_dir(dir)
                .expect("dir")
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.contains(".staging-") || n.contains(".previous-"))
                .collect();
            assert!(left.is_empty(), "left behind after step {at}: {left:?}");
            match status.code() {
                Some(KILLED) => killed += 1,
                Some(0) => break,
                other => panic!("the child failed at step {at}: {other:?}"),
            }
        }
        assert!(killed > 10, "the write was killed at {killed} steps only");
    }

    #[test]
    fn a_site_moved_aside_by_a_killed_write_is_put_back() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        write_atomically(&out, &site(&[("index.html", "old")])).expect("write");
        // What a kill between the two renames of a system without atomic exchange leaves.
        std::fs::rename(&out, tmp.path().join(".public.previous-99999")).expect("move aside");
        std::fs::create_dir_all(tmp.path().join(".public.staging-99999")).expect("staging");
        let lock = lock(&out);
        assert_eq!(read(&out, "index.html"), "old");
        assert!(!tmp.path().join(".public.previous-99999").exists());
        assert!(!tmp.path().join(".public.staging-99999").exists());
        drop(lock);
    }

    #[test]
    fn a_second_writer_waits_for_the_first() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let first = lock(&out);
        let (sender, receiver) = std::sync::mpsc::channel();
        let out2 = out.clone();
        let waiter = std::thread::spawn(move || {
            let second = OutputLock::take(&out2).expect("lock");
            sender.send(()).expect("send");
            drop(second);
        });
        // The second writer cannot have the lock while the first holds it.
        assert!(receiver
            .recv_timeout(std::time::Duration::from_millis(300))
            .is_err());
        drop(first);
        receiver
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("the second writer gets the lock once the first is done");
        waiter.join().expect("thread");
    }

    #[test]
    fn the_spare_is_checked_file_by_file_before_it_is_used() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let spare = tmp.path().join(".public.spare");
        let (first, second) = versions();
        let none = &mut |_: &str| Ok(SiteFiles::new());
        let ino = |p: &Path| std::fs::metadata(p).map(|m| m.ino()).expect("inode");
        let mut state = write_reusing(
            &lock(&out),
            &first,
            &reusable("a"),
            &Verified::default(),
            none,
        )
        .expect("first");
        assert!(!spare.exists(), "nothing was kept, so nothing is spared");
        let mut write = |files: &SiteFiles, state: OutputState| {
            let verified = state.verify(&out);
            write_reusing(&lock(&out), files, &reusable("a"), &verified, none).expect("write")
        };
        state = write(&second, state);
        // The previous site is spared whole; its kept folder holds the same files as the output's.
        let kept = "revisions/2025/index.html";
        assert_eq!(ino(&spare.join(kept)), ino(&out.join(kept)));
        assert_eq!(read(&spare, "draft/index.html"), "brouillon 1");

        // A spared file replaced behind the build's back: the folder is linked again, not used.
        std::fs::remove_file(spare.join(kept)).expect("remove");
        std::fs::write(spare.join(kept), "tampered").expect("tamper");
        state = write(&first, state);
        assert_eq!(read(&out, kept), "2025");
        assert_eq!(read(&out, "draft/index.html"), "brouillon 1");

        // An intact spare is used as it is: the output keeps the very same files.
        let before = ino(&out.join(kept));
        state = write(&second, state);
        assert_eq!(ino(&out.join(kept)), before);
        assert_eq!(
            snapshot(&out),
            versions()
                .1
                .iter()
                .map(|(k, v)| (k.clone(), String::from_utf8_lossy(v).into_owned()))
                .collect::<BTreeMap<_, _>>()
        );
        drop(state);
    }

    #[test]
    fn unchanged_files_are_kept_from_the_spare_and_stale_ones_swept() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let (first, second) = versions();
        let none = &mut |_: &str| Ok(SiteFiles::new());
        let ino = |p: &Path| std::fs::metadata(p).map(|m| m.ino()).expect("inode");
        let mut state = OutputState::default();
        let mut write = |files: &SiteFiles| {
            let verified = std::mem::take(&mut state).verify(&out);
            state = write_reusing(&lock(&out), files, &Reusable::default(), &verified, none)
                .expect("write");
        };
        write(&first);
        let page = "draft/p3/index.html";
        let written = ino(&out.join(page));
        write(&second); // the first site becomes the spare
                        // A folder where a file was, and a file where a folder was: the spare is in the way.
        let mut third = first.clone();
        third.remove("draft/old/index.html");
        third.insert("draft/old".into(), b"now a file".to_vec());
        third.insert("index.html/x".into(), b"now a folder".to_vec());
        third.remove("index.html");
        write(&third);
        assert_eq!(
            ino(&out.join(page)),
            written,
            "the same bytes are not written again"
        );
        assert_eq!(
            snapshot(&out),
            third
                .iter()
                .map(|(k, v)| (k.clone(), String::from_utf8_lossy(v).into_owned()))
                .collect::<BTreeMap<_, _>>(),
            "exactly the new site: nothing of the spare's older site is left"
        );
        write(&second);
        assert!(!out.join("draft/old").is_file() && !out.join("index.html").is_dir());
        assert_eq!(read(&out, "draft/new/index.html"), "new page");
    }

    #[test]
    fn writing_never_goes_through_a_hard_link() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let live = tmp.path().join("live.html");
        let staged = tmp.path().join("staged.html");
        std::fs::write(&live, "live").expect("write");
        std::fs::hard_link(&live, &staged).expect("link");
        write_new(&staged, b"new").expect("write_new");
        assert_eq!(read(tmp.path(), "live.html"), "live");
        assert_eq!(read(tmp.path(), "staged.html"), "new");
    }
}
