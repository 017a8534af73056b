//! What a build takes from the one before it through the cache: the state of the output it wrote
//! (checked on another thread while this build renders, so that intact parts are linked rather than
//! written) and the compressed sizes it measured for the page budget.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use super::frozen::{self, FrozenParts};
use super::BuildRun;
use crate::budget::GzipSizes;
use crate::cache::{self, DiskCache, Key};
use crate::output::{OutputLock, OutputState, Reusable, Staged, Verified, Writers};
use crate::render::SiteFiles;

/// The output the previous build wrote into this build's output folder, as that build recorded
/// it. It lives for one build: it describes one folder at one moment, is checked on another thread
/// while this build renders, and is relied on only by this build's write, under the output lock.
#[derive(Default)]
pub(super) struct PreviousOutput {
    /// Where this build records its own output, for the next one (none without a cache).
    key: Option<Key>,
    /// The revision folders the previous build recorded writing, by fingerprint (not yet checked).
    recorded: BTreeMap<String, String>,
    /// The check of the recorded parts against the files there, until [`verified`](Self::verified)
    /// waits for it.
    check: Option<std::thread::JoinHandle<Verified>>,
    /// The parts found intact, once checked.
    verified: Verified,
}

impl PreviousOutput {
    /// Starts checking, on another thread, what the previous build recorded of `output` against
    /// the files there (nothing without a cache).
    pub(super) fn check(disk: &mut DiskCache, output: &Path) -> Self {
        if !disk.is_enabled() {
            return PreviousOutput::default();
        }
        let key = {
            let mut k = cache::KeyBuilder::new("output");
            let absolute = std::path::absolute(output).unwrap_or_else(|_| output.to_path_buf());
            k.field(absolute.to_string_lossy().as_bytes());
            k.finish()
        };
        let previous = disk
            .get_record(&key)
            .and_then(|m| m.get("state").map(|b| OutputState::from_bytes(b)));
        PreviousOutput {
            key: Some(key),
            recorded: previous
                .as_ref()
                .map(OutputState::folder_fingerprints)
                .unwrap_or_default(),
            check: previous.map(|state| {
                let output = output.to_path_buf();
                std::thread::spawn(move || state.verify(&output))
            }),
            verified: Verified::default(),
        }
    }

    /// Whether the previous build recorded writing the folder `prefix` with `fingerprint`.
    pub(super) fn recorded(&self, prefix: &str, fingerprint: &str) -> bool {
        self.recorded.get(prefix).map(String::as_str) == Some(fingerprint)
    }

    /// The parts found intact, waiting for the check if it is still running.
    fn verified(&mut self) -> &Verified {
        if let Some(handle) = self.check.take() {
            self.verified = handle.join().unwrap_or_default();
        }
        &self.verified
    }

    /// Records what this build left in the output, for the next one.
    pub(super) fn record(&self, disk: &mut DiskCache, state: &OutputState) {
        if let Some(key) = &self.key {
            disk.put(key, &frozen::single("state", state.to_bytes()));
        }
    }
}

fn sizes_key() -> Key {
    cache::KeyBuilder::new("gzip-sizes").finish()
}

/// The compressed sizes an earlier build measured, by content.
pub(super) fn gzip_sizes(disk: &mut DiskCache) -> GzipSizes {
    disk.get_record(&sizes_key())
        .and_then(|m| m.get("sizes").map(|b| GzipSizes::from_bytes(b)))
        .unwrap_or_default()
}

/// Keeps the sizes this build used, when it had to measure some.
pub(super) fn keep_gzip_sizes(disk: &mut DiskCache, sizes: &GzipSizes) {
    if sizes.measured() > 0 {
        disk.put(&sizes_key(), &frozen::single("sizes", sizes.to_bytes()));
    }
}

/// Writes the site into the staging folder on a thread of its own while `meanwhile` runs on this
/// one (the build weighs the site then): creating files and folders is mostly the kernel's work,
/// and its waits leave the cores to the weighing. Once `meanwhile` is done, what is left to write
/// is written on every core. Links from the previous output the revision
/// folders and the files of the revision in force that it still holds as they are. Nothing is
/// published: the caller puts the staged site in place, or discards it (a failed weighing).
pub(super) fn stage_while<'l, R>(
    lock: &'l OutputLock,
    files: &SiteFiles,
    run: &mut BuildRun,
    disk: &mut DiskCache,
    meanwhile: impl FnOnce(&mut FrozenParts, &mut DiskCache) -> R,
) -> (R, std::io::Result<Staged<'l>>) {
    let verified = run.previous.verified();
    let reusable = reusable(&run.frozen, files);
    // Both sides may need the frozen parts and the cache: the writer only for a kept folder that
    // cannot be linked after all, written from its cache entries.
    let shared = Mutex::new((&mut run.frozen, disk));
    let take = || shared.lock().unwrap_or_else(|e| e.into_inner());
    let cores_free = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let writer = scope.spawn(|| {
            let mut absent = |prefix: &str| {
                let mut guard = take();
                let (frozen, disk) = &mut *guard;
                frozen.kept_files(prefix, disk)
            };
            crate::output::stage_reusing(
                lock,
                files,
                &reusable,
                verified,
                &mut absent,
                Writers::ThisThreadUntil(&cores_free),
            )
        });
        let result = {
            let mut guard = take();
            let (frozen, disk) = &mut *guard;
            meanwhile(frozen, disk)
        };
        cores_free.store(true, Ordering::Release);
        let staged = writer
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the site's writer stopped")));
        (result, staged)
    })
}

/// What the write may take from the previous output: the revision folders, and the files of the
/// revision in force, its folders that hold nothing else as whole folders.
fn reusable(frozen: &FrozenParts, files: &SiteFiles) -> Reusable {
    let mut reusable = Reusable {
        folders: frozen.fingerprints().clone(),
        groups: Default::default(),
    };
    if let Some(mut group) = frozen.in_force().cloned() {
        // Only what the site publishes: the theme's worker, for one, leaves assets/ for the root.
        group.paths.retain(|p| files.contains_key(p));
        // Its folders that hold nothing else (`en/`, `search/`…) are kept as whole folders.
        for folder in owned_folders(&group.paths, files) {
            let mut k = cache::KeyBuilder::new("in-force folder");
            k.field(&group.fingerprint).field(&folder);
            reusable
                .folders
                .insert(folder.clone(), k.finish().hex().to_string());
            group.paths.retain(|p| !p.starts_with(&folder));
        }
        reusable.groups.insert("in-force".into(), group);
    }
    reusable
}

/// The top-level folders (`en/`) in which every file of the site is one of `paths`.
fn owned_folders(paths: &[String], files: &SiteFiles) -> Vec<String> {
    let top = |path: &str| path.split_once('/').map(|(dir, _)| format!("{dir}/"));
    let mut folders: Vec<String> = paths.iter().filter_map(|p| top(p)).collect();
    folders.dedup();
    folders.retain(|folder| {
        files
            .range(folder.clone()..)
            .take_while(|(path, _)| path.starts_with(folder.as_str()))
            .all(|(path, _)| paths.binary_search(path).is_ok())
    });
    folders
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_owned_only_when_it_holds_nothing_else() {
        let paths: Vec<String> = [
            "assets/a.css",
            "en/index.html",
            "en/x/index.html",
            "index.html",
            "search/t/a.json",
        ]
        .map(String::from)
        .to_vec();
        let mut files = SiteFiles::new();
        for p in paths.iter().map(String::as_str).chain([
            "search/meta.json",
            "draft/index.html",
            "sw.js",
        ]) {
            files.insert(p.to_string(), Vec::new());
        }
        assert_eq!(owned_folders(&paths, &files), vec!["assets/", "en/"]);
    }
}
