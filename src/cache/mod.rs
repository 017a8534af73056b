//! The build cache: work whose inputs cannot change, kept between builds in `.handbook-cache/`.
//!
//! A frozen revision never changes (its manifest hash is recorded), so its rendered pages, search
//! index and charter PDF are the same on every build until the theme, the site settings or the
//! generator change. Each entry is stored under a key that hashes all of those ([`KeyBuilder`]), and
//! sealed with a SHA-256 of its content ([`pack`]): an entry that was altered, cut short or left by
//! another generator is never used, only rendered again. The folder is safe to delete at any time; a
//! build without it is slower, never different.

pub mod folder;
pub mod pack;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use sha2::{Digest, Sha256};

pub use folder::FolderSummary;
pub use pack::Members;

/// The generator's identity: its version and a hash of every source it is built from (computed by
/// the crate's build script). Part of every key, so a new generator never reuses an old entry.
pub const GENERATOR_ID: &str = env!("HANDBOOK_GENERATOR_ID");

/// Where `handbook build` keeps its cache, relative to the handbook's root.
pub const DEFAULT_DIR: &str = ".handbook-cache";

/// The name of a cache entry: what kind of work it holds and a SHA-256 of every input of that work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    kind: &'static str,
    hex: String,
}

impl Key {
    /// The SHA-256, in hexadecimal.
    pub fn hex(&self) -> &str {
        &self.hex
    }

    fn file_name(&self) -> String {
        format!("{}-{}.pack", self.kind, self.hex)
    }
}

/// Builds a [`Key`] field by field. Each field is length-prefixed, so two different field lists
/// never hash the same.
pub struct KeyBuilder {
    kind: &'static str,
    hasher: Sha256,
}

impl KeyBuilder {
    /// A key for work of `kind` (`edition`, `pdf`, …), by this generator.
    pub fn new(kind: &'static str) -> Self {
        let mut builder = KeyBuilder {
            kind,
            hasher: Sha256::new(),
        };
        builder.field(kind);
        builder.field(GENERATOR_ID);
        builder
    }

    /// Adds one input.
    pub fn field(&mut self, bytes: impl AsRef<[u8]>) -> &mut Self {
        let bytes = bytes.as_ref();
        self.hasher.update((bytes.len() as u64).to_le_bytes());
        self.hasher.update(bytes);
        self
    }

    pub fn finish(self) -> Key {
        Key {
            kind: self.kind,
            hex: crate::digest::hex(&self.hasher.finalize()),
        }
    }
}

/// What the cache did during one build, for the build's summary and for tests.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CacheReport {
    /// Entries found and used.
    pub hits: usize,
    /// Entries missing: the work was done and stored.
    pub misses: usize,
    /// Entries found but refused (altered or unreadable): the work was done again and stored.
    pub rebuilt: usize,
    /// Entries that could not be stored (the build still succeeded).
    pub not_stored: Vec<String>,
}

/// A folder of sealed entries, or nothing when caching is off.
#[derive(Debug, Default)]
pub struct DiskCache {
    dir: Option<PathBuf>,
    used: BTreeSet<String>,
    report: CacheReport,
}

const TAG_FILE: &str = "CACHEDIR.TAG";
/// The standard mark of a cache folder: backup tools that honour it skip the folder.
const TAG: &str = "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is the build cache of `handbook`: safe to delete at any time.\n";

impl DiskCache {
    /// No cache: every build does all its work.
    pub fn disabled() -> Self {
        DiskCache::default()
    }

    /// A cache in `dir` (created when the first entry is stored).
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        DiskCache {
            dir: Some(dir.into()),
            ..DiskCache::default()
        }
    }

    pub fn is_enabled(&self) -> bool {
        self.dir.is_some()
    }

    pub fn report(&self) -> &CacheReport {
        &self.report
    }

    /// The entry for `key`, a part of a frozen revision, if present and intact. A refused entry is
    /// deleted and counted as rebuilt: the caller does the work again and [`put`](Self::put)s the
    /// result.
    pub fn get(&mut self, key: &Key) -> Option<Members> {
        self.lookup(key, true)
    }

    /// [`get`](Self::get) for the build's own records (the previous output's state, remembered
    /// sizes): refused alike when damaged, but left out of the hits and misses, which the build's
    /// summary reports as parts of frozen revisions.
    pub fn get_record(&mut self, key: &Key) -> Option<Members> {
        self.lookup(key, false)
    }

    fn lookup(&mut self, key: &Key, counted: bool) -> Option<Members> {
        let dir = self.dir.as_ref()?;
        let name = key.file_name();
        let path = dir.join(&name);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(_) => {
                self.report.misses += usize::from(counted);
                return None;
            }
        };
        match pack::decode(&bytes) {
            Ok(members) => {
                // Recently used entries survive pruning.
                if let Ok(file) = std::fs::File::options().append(true).open(&path) {
                    let _ = file.set_modified(SystemTime::now());
                }
                self.used.insert(name);
                self.report.hits += usize::from(counted);
                Some(members)
            }
            Err(_) => {
                let _ = std::fs::remove_file(&path);
                self.report.rebuilt += 1;
                None
            }
        }
    }

    /// Whether an entry for `key` is there (not whether it is intact: [`get`](Self::get) checks).
    pub fn has(&self, key: &Key) -> bool {
        self.dir
            .as_ref()
            .is_some_and(|dir| dir.join(key.file_name()).is_file())
    }

    /// Marks the entry for `key` as needed by this build without reading it (a revision folder
    /// left in place in the output is still backed by its entries): [`prune`](Self::prune) keeps it.
    pub fn keep(&mut self, key: &Key) {
        if self.dir.is_some() {
            self.used.insert(key.file_name());
        }
    }

    /// Stores `members` under `key`, written to a temporary file first and renamed, so a reader
    /// never sees half an entry. A failure is reported, not fatal: the cache only saves time.
    pub fn put(&mut self, key: &Key, members: &Members) {
        let Some(dir) = self.dir.clone() else {
            return;
        };
        let name = key.file_name();
        if let Err(e) = write_entry(&dir, &name, &pack::encode(members)) {
            self.report
                .not_stored
                .push(format!("{}: {e}", dir.join(&name).display()));
            return;
        }
        self.used.insert(name);
    }

    /// Deletes entries this build did not use, oldest first, until the unused ones take no more
    /// room than the used ones: switching theme or `--drafts` back and forth still hits, and the
    /// folder cannot grow without bound while a theme is being edited.
    pub fn prune(&self) {
        let Some(dir) = &self.dir else {
            return;
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut used_size = 0u64;
        let mut unused: Vec<(SystemTime, u64, PathBuf)> = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(meta) = entry.metadata() else { continue };
            if self.used.contains(&name) {
                used_size += meta.len();
            } else if name.ends_with(".pack") || name.contains(".tmp-") {
                let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
                unused.push((modified, meta.len(), entry.path()));
            }
        }
        unused.sort_by_key(|entry| std::cmp::Reverse(entry.0));
        let mut kept = 0u64;
        for (_, size, path) in unused {
            let is_temp = path.to_string_lossy().contains(".tmp-");
            if !is_temp && kept + size <= used_size {
                kept += size;
            } else {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

fn write_entry(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let tag = dir.join(TAG_FILE);
    if !tag.exists() {
        std::fs::write(tag, TAG)?;
    }
    let temp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    std::fs::write(&temp, bytes)?;
    std::fs::rename(&temp, dir.join(name)).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Key {
        let mut k = KeyBuilder::new("test");
        k.field(text);
        k.finish()
    }

    fn members(text: &str) -> Members {
        let mut m = Members::new();
        m.insert("page.html".into(), text.as_bytes().to_vec());
        m
    }

    #[test]
    fn fields_are_delimited() {
        let mut a = KeyBuilder::new("test");
        a.field("ab").field("c");
        let mut b = KeyBuilder::new("test");
        b.field("a").field("bc");
        assert_ne!(a.finish(), b.finish());
    }

    #[test]
    fn miss_then_hit() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let mut cache = DiskCache::at(tmp.path().join("c"));
        assert_eq!(cache.get(&key("a")), None);
        cache.put(&key("a"), &members("A"));
        assert_eq!(cache.get(&key("a")), Some(members("A")));
        assert_eq!(cache.get(&key("b")), None);
        assert_eq!(
            (
                cache.report().hits,
                cache.report().misses,
                cache.report().rebuilt
            ),
            (1, 2, 0)
        );
        assert!(tmp.path().join("c").join(TAG_FILE).is_file());
    }

    #[test]
    fn an_altered_entry_is_refused_and_removed() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let mut cache = DiskCache::at(tmp.path());
        cache.put(&key("a"), &members("Charte 2025"));
        let file = tmp.path().join(key("a").file_name());
        let mut bytes = std::fs::read(&file).expect("entry");
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        std::fs::write(&file, bytes).expect("alter");
        assert_eq!(cache.get(&key("a")), None);
        assert_eq!(cache.report().rebuilt, 1);
        assert!(!file.exists());
    }

    #[test]
    fn disabled_cache_stores_nothing() {
        let mut cache = DiskCache::disabled();
        cache.put(&key("a"), &members("A"));
        assert_eq!(cache.get(&key("a")), None);
        assert_eq!(cache.report(), &CacheReport::default());
    }

    #[test]
    fn pruning_keeps_used_entries_and_as_much_unused() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let mut old = DiskCache::at(tmp.path());
        for name in ["x", "y", "z"] {
            old.put(&key(name), &members(name));
        }
        let mut cache = DiskCache::at(tmp.path());
        assert!(cache.get(&key("x")).is_some());
        cache.prune();
        let left = std::fs::read_dir(tmp.path())
            .expect("list")
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".pack"))
            })
            .count();
        // x was used; one unused entry of the same size may stay.
        assert_eq!(left, 2);
        assert!(cache.get(&key("x")).is_some());
    }
}
