//! What a build takes from the one before it through the cache: the state of the output it wrote
//! (checked on another thread while this build renders, so that intact parts are linked rather than
//! written) and the compressed sizes it measured for the page budget.

use std::path::Path;

use super::{frozen, BuildCache};
use crate::budget::GzipSizes;
use crate::cache::{self, Key};
use crate::output::{OutputLock, OutputState, Reusable};
use crate::render::{self, SiteFiles};

/// Starts checking, on another thread, what the previous build recorded of `output` against the
/// files there; returns the key under which to record this build's output (none without a cache).
pub(super) fn check_output(cache: &mut BuildCache, output: &Path) -> Option<Key> {
    if !cache.disk.is_enabled() {
        return None;
    }
    let key = {
        let mut k = cache::KeyBuilder::new("output");
        let absolute = std::path::absolute(output).unwrap_or_else(|_| output.to_path_buf());
        k.field(absolute.to_string_lossy().as_bytes());
        k.finish()
    };
    let previous = cache
        .disk
        .get_record(&key)
        .and_then(|m| m.get("state").map(|b| OutputState::from_bytes(b)));
    cache.recorded = previous
        .as_ref()
        .map(OutputState::folder_fingerprints)
        .unwrap_or_default();
    cache.verifier = previous.map(|state| {
        let output = output.to_path_buf();
        std::thread::spawn(move || state.verify(&output))
    });
    Some(key)
}

/// Records what this build left in the output, for the next one.
pub(super) fn record_output(cache: &mut BuildCache, key: Option<Key>, state: &OutputState) {
    if let Some(key) = key {
        cache
            .disk
            .put(&key, &frozen::single("state", state.to_bytes()));
    }
}

fn sizes_key() -> Key {
    cache::KeyBuilder::new("gzip-sizes").finish()
}

/// The compressed sizes an earlier build measured, by content.
pub(super) fn gzip_sizes(cache: &mut BuildCache) -> GzipSizes {
    cache
        .disk
        .get_record(&sizes_key())
        .and_then(|m| m.get("sizes").map(|b| GzipSizes::from_bytes(b)))
        .unwrap_or_default()
}

/// Keeps the sizes this build used, when it had to measure some.
pub(super) fn keep_gzip_sizes(cache: &mut BuildCache, sizes: &GzipSizes) {
    if sizes.measured() > 0 {
        cache
            .disk
            .put(&sizes_key(), &frozen::single("sizes", sizes.to_bytes()));
    }
}

/// Writes the site, linking from the previous output the revision folders and the files of the
/// revision in force that it still holds as they are.
pub(super) fn write(
    lock: &OutputLock,
    files: &SiteFiles,
    cache: &mut BuildCache,
) -> std::io::Result<OutputState> {
    cache.verified();
    let mut reusable = Reusable {
        folders: cache.stable_dirs.clone(),
        groups: Default::default(),
    };
    if let Some(mut group) = cache.in_force.take() {
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
    let BuildCache {
        disk,
        verified,
        kept,
        ..
    } = cache;
    // A kept folder that cannot be linked after all is written from its cache entries.
    let mut absent = |prefix: &str| -> std::io::Result<SiteFiles> {
        let keys = kept
            .get(prefix)
            .map(|k| k.editions.as_slice())
            .unwrap_or_default();
        let mut folder = SiteFiles::new();
        for key in keys {
            let members = disk.get_record(key).ok_or_else(|| {
                std::io::Error::other(format!(
                    "{prefix} could not be linked from the previous site, and the build cache no longer holds it; build again, or with --no-cache"
                ))
            })?;
            folder.extend(members.into_iter().filter(|(path, _)| {
                path.starts_with(prefix) && !path.ends_with(render::SITEMAP_PART)
            }));
        }
        Ok(folder)
    };
    crate::output::write_reusing(lock, files, &reusable, verified, &mut absent)
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
