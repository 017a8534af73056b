//! Hard-linking the unchanged parts of the live site into the staging folder.
//!
//! A link costs no new data and leaves the live site whole until the swap. A part is linked
//! completely or not at all: when one of its links fails, what was linked is removed and the caller
//! writes the part instead, so a half-linked part never reaches the new site.

use std::collections::BTreeSet;
use std::path::Path;

use super::step;
use super::tree::{make_dir, remove_entry};

/// The parts linked from the previous output into the staging folder.
pub(super) struct Linked {
    pub(super) done: BTreeSet<String>,
}

impl Linked {
    /// Hard-links each part's files from `from` into `to`, the parts shared between two threads
    /// (a warm build links thousands of files; the filesystem work of two folders overlaps well).
    pub(super) fn take_all(from: &Path, to: &Path, parts: &[(&str, Vec<String>)]) -> Linked {
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

    pub(super) fn contains(&self, part: &str) -> bool {
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
