//! The site's version, which names the worker's cache: a hash of every file's path and digest, so
//! any change of the site gives a new cache and the same files always give the same one.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use super::{is_theme_worker, unchanged, Changed, MANIFEST, WORKER};
use crate::site_files::SiteFiles;

/// A hash of the whole site (every path and a digest of its bytes, in path order), 16 hex digits:
/// the same files always give the same version, any change gives another. The worker and the
/// manifest are left out, since they are written from it. Hashing each file's digest rather than
/// its bytes lets `serve` digest again only the files a save changed ([`FileDigests`]).
pub fn version(files: &SiteFiles) -> String {
    version_with(files, &BTreeMap::new())
}

/// [`version`] for a site some of whose folders are sealed: `sealed` maps each such folder
/// (`revisions/2025/`) to a fingerprint that changes whenever any of its files would. A sealed
/// folder counts by its fingerprint, not its files, so the version is the same whether its files
/// are in `files` or were left out of memory because the previous output already holds them.
pub fn version_with(files: &SiteFiles, sealed: &BTreeMap<String, String>) -> String {
    version_remembering(files, sealed, None, None)
}

/// The SHA-256 of each file [`version_remembering`] hashed last time: a process that builds the
/// same site again (`serve`, at every save) digests again only the files a save changed, as the
/// build that compared the site with the previous one says ([`Changed`]). Only digests are kept,
/// never a copy of the site's bytes; only the files of the last version.
#[derive(Default)]
pub struct FileDigests {
    files: HashMap<String, [u8; 32]>,
}

/// [`version_with`], taking from `digests` the digest of every file not in `changed`; without
/// `digests`, nothing is kept. With `hand_on`, every file's digest is left there for the
/// weighing of the site, which keys compressed sizes by it.
pub(super) fn version_remembering(
    files: &SiteFiles,
    sealed: &BTreeMap<String, String>,
    digests: Option<(&mut FileDigests, Changed<'_>)>,
    hand_on: Option<&mut crate::budget::ReadBefore>,
) -> String {
    let (digests, changed) = match digests {
        Some((memo, changed)) => (Some(memo), changed),
        None => (None, None),
    };
    let counted: Vec<(&String, &Vec<u8>)> = files
        .iter()
        .filter(|(path, _)| {
            !(*path == WORKER
                || *path == MANIFEST
                || is_theme_worker(path)
                || sealed
                    .keys()
                    .any(|folder| path.starts_with(folder.as_str())))
        })
        .collect();
    // The digests the memo holds of files that did not change; the others are computed on every
    // core (a large site is hundreds of megabytes), then all are hashed in path order.
    let known: Vec<Option<[u8; 32]>> = counted
        .iter()
        .map(|(path, _)| {
            digests
                .as_deref()
                .filter(|_| unchanged(changed, path))
                .and_then(|memo| memo.files.get(path.as_str()).copied())
        })
        .collect();
    let file_digests: Vec<[u8; 32]> = counted
        .par_iter()
        .zip(known)
        .map(|((_, bytes), known)| known.unwrap_or_else(|| Sha256::digest(bytes).into()))
        .collect();
    let mut hasher = Sha256::new();
    for ((path, bytes), digest) in counted.iter().zip(&file_digests) {
        hasher.update((path.len() as u64).to_le_bytes());
        hasher.update(path.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(digest);
    }
    if let Some(read) = hand_on {
        for ((path, _), digest) in counted.iter().zip(&file_digests) {
            read.keep_digest(path, *digest);
        }
    }
    if let Some(memo) = digests {
        memo.files = counted
            .iter()
            .map(|(path, _)| (*path).clone())
            .zip(file_digests)
            .collect();
    }
    for (folder, fingerprint) in sealed {
        for field in [
            b"sealed folder".as_slice(),
            folder.as_bytes(),
            fingerprint.as_bytes(),
        ] {
            hasher.update((field.len() as u64).to_le_bytes());
            hasher.update(field);
        }
    }
    crate::digest::hex(&hasher.finalize()[..8])
}
