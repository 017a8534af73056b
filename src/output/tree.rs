//! Writing and removing files in the staging folder, which may start from the spare.
//!
//! The staging folder can hold hard links to files of the live site (from the spare, or just
//! linked), so nothing here ever writes into an existing file: a file whose bytes change is
//! replaced, and an entry in the way of a new file or folder is removed first. Every change to the
//! filesystem is a crash point ([`step`]), where the tests kill the write.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::step;

/// Writes `files` under `dir`, each folder's files on one thread and the folders on every core
/// (creating a file or a folder is mostly the kernel's work, which both cores can share), or on
/// the calling thread while the cores have other work (`writers`). The files written are the
/// same, in whatever order they are made, and each is a crash point, as on one thread.
pub(super) fn write_tree<'a>(
    dir: &Path,
    files: impl Iterator<Item = (&'a String, &'a Vec<u8>)>,
    writers: super::Writers<'_>,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    step()?;
    std::fs::create_dir_all(dir)?;
    // Grouped by the folder part of each path as text, on this thread while the other core
    // waits: comparing paths component by component took most of a 1 000-page site's write here.
    // The full paths are made on the core that writes them.
    let mut folders: BTreeMap<&str, Vec<(&str, &[u8])>> = BTreeMap::new();
    for (rel, bytes) in files {
        let parent = rel.rsplit_once('/').map_or("", |(parent, _)| parent);
        folders.entry(parent).or_default().push((rel, bytes));
    }
    // A folder of many files (a search index's thousands of shards) is cut into parts, each
    // making the folder if no other part has yet: one folder must not leave one core writing it
    // alone while the other has nothing left.
    let parts = spread(
        folders
            .values()
            .map(|files| files.chunks(FILES_AT_ONCE).collect()),
    );
    let write_folder = |files: &[(&str, &[u8])]| -> std::io::Result<()> {
        step()?;
        let paths: Vec<PathBuf> = files.iter().map(|(rel, _)| dir.join(rel)).collect();
        // Every file of the part has this folder: their paths differ only after the last `/`.
        if let Some(first) = paths.first() {
            make_dir(dir, first.parent().unwrap_or(dir))?;
        }
        for (path, (_, bytes)) in paths.iter().zip(files) {
            step()?;
            write_new(path, bytes)?;
        }
        Ok(())
    };
    let mut alone = 0;
    if let super::Writers::ThisThreadUntil(cores_free) = writers {
        while alone < parts.len() && !cores_free.load(std::sync::atomic::Ordering::Acquire) {
            write_folder(parts[alone])?;
            alone += 1;
        }
    }
    // One part per task: left to itself, rayon hands each core a run of parts once it has split
    // the list a few times, and a core whose run ends first then waits for the other's.
    parts[alone..]
        .par_iter()
        .with_max_len(1)
        .try_for_each(|files| write_folder(files))
}

/// How many files of one folder [`write_tree`] writes as one task.
const FILES_AT_ONCE: usize = 64;

/// The parts of every folder (in folder order) as one list, in which the parts of a folder cut
/// into several are spread evenly among the others instead of following one another.
///
/// The kernel creates one entry at a time in a folder (it holds the folder's lock meanwhile), and
/// rayon has each core work through its own half of the list: with the ten thousand files of a
/// search index's pages in a row, both cores would end up creating files in that one folder at
/// once, one waiting, often spinning, for the other. Spread, they seldom meet there.
fn spread<T>(folders: impl Iterator<Item = Vec<T>>) -> Vec<T> {
    let mut alone = Vec::new();
    let mut cut = Vec::new();
    for mut parts in folders {
        if parts.len() == 1 {
            alone.extend(parts.pop());
        } else {
            cut.push(parts);
        }
    }
    // Each part at the middle of its share of its list, as a fraction `(2k + 1) / 2n`; a stable
    // sort by it keeps folder order where two fall at the same place.
    let mut placed: Vec<(u64, u64, T)> = Vec::new();
    let lists = std::iter::once(alone).chain(cut);
    for parts in lists {
        let n = parts.len() as u64;
        placed.extend(
            parts
                .into_iter()
                .enumerate()
                .map(|(k, part)| (2 * k as u64 + 1, 2 * n, part)),
        );
    }
    placed.sort_by(|(a, b, _), (c, d, _)| {
        (u128::from(*a) * u128::from(*d)).cmp(&(u128::from(*c) * u128::from(*b)))
    });
    placed.into_iter().map(|(_, _, part)| part).collect()
}

/// Puts `bytes` at `path`, in a folder started from the spare. A file already there with the same
/// bytes is kept (reading costs far less than creating a file); any other is replaced, never
/// written into, since it may be a hard link to a file of the live site.
pub(super) fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
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

/// Creates `dir` and its parents inside `root`; an entry of the spare in the way (a file where the
/// new site has a folder) is removed first. Folders are made on several threads at once: a parent
/// another thread just made, or an entry in the way another thread just removed, is no error.
pub(super) fn make_dir(root: &Path, dir: &Path) -> std::io::Result<()> {
    if std::fs::create_dir_all(dir).is_ok() {
        return Ok(());
    }
    let mut path = root.to_path_buf();
    for part in dir.strip_prefix(root).unwrap_or(dir).components() {
        path.push(part);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| !m.is_dir()) {
            step()?;
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
    }
    std::fs::create_dir_all(dir)
}

/// Removes a file, or a folder with everything in it.
pub(super) fn remove_entry(path: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(path),
        Ok(_) => std::fs::remove_file(path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Removes a whole folder, its entries shared between two threads: after a warm build,
/// the previous site is thousands of links to unlink. Failures are left for the next write.
pub(super) fn remove_tree(dir: &Path) {
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

pub(super) fn remove_if_exists(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_dir_all(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::read;
    use super::*;

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

    /// Every part is written once, each folder's parts in their order, and the parts of a folder
    /// cut in several end up spread among the others rather than in a row.
    #[test]
    fn a_folder_cut_in_parts_is_spread_among_the_others() {
        let folders = vec![
            vec!["a"],
            vec!["d0", "d1", "d2", "d3"],
            vec!["b"],
            vec!["c"],
            vec!["e"],
            vec!["f"],
            vec!["g"],
            vec!["h"],
            vec!["t0", "t1"],
        ];
        let parts = spread(folders.clone().into_iter());
        let mut sorted = parts.clone();
        sorted.sort_unstable();
        let mut all: Vec<&str> = folders.concat();
        all.sort_unstable();
        assert_eq!(sorted, all);
        let at = |part: &str| parts.iter().position(|p| *p == part).expect("written");
        for folder in &folders {
            let places: Vec<usize> = folder.iter().map(|p| at(p)).collect();
            assert!(places.windows(2).all(|w| w[0] < w[1]), "{parts:?}");
            assert!(places.windows(2).all(|w| w[1] - w[0] > 1), "{parts:?}");
        }
        // the folders of one part keep their order
        assert!(at("a") < at("b") && at("g") < at("h"), "{parts:?}");
        assert!(spread(std::iter::empty::<Vec<u8>>()).is_empty());
    }
}
