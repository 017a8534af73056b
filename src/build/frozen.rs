//! What the build cache needs to know of frozen revisions: the keys that name their work, the
//! fingerprints of the parts of the output they fully determine, and which of those parts the
//! previous output still holds as they would be written (then left in place).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::versions::FrozenEdition;
use super::BuildCache;
use crate::cache::{self, FolderSummary};
use crate::content::Handbook;
use crate::output::FileGroup;
use crate::render::edition::{EditionView, PdfLink, Status, SwitchTarget};
use crate::render::{self, SiteFiles};
use crate::revisions::{self, Revision};

/// A revision folder left in the previous output: what it holds, and the cache entries to write it
/// from should it not be movable after all.
pub(super) struct KeptFolder {
    pub(super) summary: FolderSummary,
    pub(super) editions: Vec<cache::Key>,
}

/// The files of the frozen editions outside the revision folders (the revision in force at the
/// root, in every language) and the revisions' charter PDFs, with the hash of those editions' keys
/// and PDFs' hashes, which determines them all.
pub(super) fn in_force_group(
    frozen: &[FrozenEdition],
    outputs: &[Option<SiteFiles>],
    folders: &BTreeMap<String, String>,
    pdfs: &[PdfLink],
) -> FileGroup {
    let mut k = cache::KeyBuilder::new("in-force");
    let mut paths = BTreeSet::new();
    // The revisions' charter PDFs, at the root, known by their SHA-256.
    for pdf in pdfs {
        k.field(&pdf.file).field(&pdf.sha256);
        paths.insert(pdf.file.clone());
    }
    for (edition, output) in frozen.iter().zip(outputs) {
        if folders
            .keys()
            .any(|f| edition.view.prefix.starts_with(f.as_str()))
        {
            continue;
        }
        k.field(edition.disk_key.hex());
        let files = output.iter().flat_map(|o| o.keys());
        paths.extend(
            files
                .filter(|p| !p.ends_with(render::SITEMAP_PART))
                .cloned(),
        );
    }
    FileGroup {
        fingerprint: k.finish().hex().to_string(),
        paths: paths.into_iter().collect(),
    }
}

/// Finds the revision folders the previous build wrote exactly as this one would (same
/// fingerprint), with their summary and editions in the cache: this build counts on them being in
/// place in the output ([`BuildCache::kept`]). Whether they still are is checked on another thread
/// meanwhile; one that is not is written from its cache entries when the site is written.
pub(super) fn keep_recorded_folders(cache: &mut BuildCache, frozen: &[FrozenEdition]) {
    if !cache.disk.is_enabled() {
        return;
    }
    let recorded: Vec<(String, String)> = cache
        .stable_dirs
        .iter()
        .filter(|(prefix, fingerprint)| cache.recorded.get(*prefix) == Some(*fingerprint))
        .map(|(prefix, fingerprint)| (prefix.clone(), fingerprint.clone()))
        .collect();
    for (prefix, fingerprint) in recorded {
        let editions: Vec<cache::Key> = frozen
            .iter()
            .filter(|e| e.view.prefix.starts_with(&prefix))
            .map(|e| e.disk_key.clone())
            .collect();
        if !editions.iter().all(|key| cache.disk.has(key)) {
            continue;
        }
        let Some(summary) = cache
            .disk
            .get(&FolderSummary::key(&fingerprint))
            .and_then(|members| FolderSummary::from_members(&members))
        else {
            continue;
        };
        for key in &editions {
            cache.disk.keep(key);
        }
        cache.kept.insert(prefix, KeptFolder { summary, editions });
    }
}

/// Each revision's folder (`revisions/ID/`, all languages) with a fingerprint of what is published
/// there: the cache keys of its editions, which determine every byte.
pub(super) fn stable_dirs(
    frozen: &[FrozenEdition],
    revisions: &[Revision],
) -> BTreeMap<String, String> {
    let mut dirs = BTreeMap::new();
    for r in revisions {
        let prefix = folder_of(&r.id);
        let mut k = cache::KeyBuilder::new("folder");
        k.field(&prefix);
        for edition in frozen.iter().filter(|e| e.view.prefix.starts_with(&prefix)) {
            k.field(edition.disk_key.hex());
        }
        dirs.insert(prefix, k.finish().hex().to_string());
    }
    dirs
}

/// The folder of revision `id` in the site: `revisions/ID/`.
pub(super) fn folder_of(id: &str) -> String {
    format!("{}/{id}/", revisions::DIR)
}

/// A cache entry of one member.
pub(super) fn single(name: &str, bytes: Vec<u8>) -> cache::Members {
    let mut members = cache::Members::new();
    members.insert(name.to_string(), bytes);
    members
}

/// What every frozen edition's pages depend on besides the revision itself: the theme, the
/// settings of today's `handbook.yaml` that apply to every revision (address, theme, languages),
/// the list of revisions, and the addresses each switcher entry can reach. The same for every
/// edition of a build, so serialised once.
pub(super) struct FrozenInputs {
    theme: [u8; 32],
    base_url: String,
    theme_name: String,
    languages: String,
    revisions: Vec<u8>,
    /// Per switcher entry, in order: its addresses, one a line.
    switcher_urls: Vec<String>,
}

pub(super) fn frozen_inputs(
    root: &Path,
    current: &Handbook,
    languages: &[String],
    revisions: &[Revision],
    switcher: &[SwitchTarget],
) -> FrozenInputs {
    FrozenInputs {
        theme: render::theme::Theme::source_fingerprint(root, &current.site.theme.value),
        base_url: current.site.base_url.value.clone(),
        theme_name: current.site.theme.value.clone(),
        languages: languages.join("\n"),
        revisions: serde_json::to_vec(revisions).unwrap_or_default(),
        switcher_urls: switcher
            .iter()
            .map(|t| t.urls.iter().cloned().collect::<Vec<_>>().join("\n"))
            .collect(),
    }
}

/// The cache key of one frozen edition: the generator (in every key), the theme and site settings,
/// this revision's and the previous one's content hashes (its changes page compares them), the list
/// of revisions, and everything the edition shows about the others (switcher, banner, PDF, languages).
pub(super) fn edition_key(
    inputs: &FrozenInputs,
    revisions: &[Revision],
    i: usize,
    view: &EditionView,
) -> cache::Key {
    let mut k = cache::KeyBuilder::new("edition");
    k.field(inputs.theme)
        .field(&inputs.base_url)
        .field(&inputs.theme_name)
        .field(&inputs.languages)
        .field(&revisions[i].content_sha256)
        .field(
            i.checked_sub(1)
                .map_or("", |p| revisions[p].content_sha256.as_str()),
        )
        .field(&inputs.revisions);
    let status = |s: Status| format!("{s:?}");
    k.field(&view.prefix)
        .field(status(view.status))
        .field(&view.label)
        .field(&view.language)
        .field(&view.default_language);
    for (lang, folder) in &view.languages {
        k.field(lang).field(folder);
    }
    k.field(view.pdf.as_ref().map_or(String::new(), |pdf| {
        format!("{} {} {}", pdf.file, pdf.sha256, pdf.charter_sha256)
    }));
    // The edition's switcher is the build's, with prefixes in its language.
    for (target, urls) in view.switcher.iter().zip(&inputs.switcher_urls) {
        k.field(&target.label)
            .field(&target.prefix)
            .field(status(target.status))
            .field(urls);
    }
    k.finish()
}

/// Weighs the site for the page budget one revision folder at a time: a kept folder by the weight
/// recorded in its summary, any other by its files, whose summary is then stored for next time.
/// Parts combine into exactly the weight of the whole site (see [`crate::budget::weigh_part`]).
pub(super) fn weigh_by_folder(
    files: &SiteFiles,
    cache: &mut BuildCache,
    sizes: &mut crate::budget::GzipSizes,
) -> crate::budget::SiteWeight {
    let folders = cache.stable_dirs.clone();
    let in_folder = |path: &str| folders.keys().any(|f| path.starts_with(f.as_str()));
    let mut parts = vec![crate::budget::weigh_part(files, |p| !in_folder(p), sizes)];
    for (prefix, fingerprint) in &folders {
        if let Some(kept) = cache.kept.get(prefix) {
            parts.push(kept.summary.weight.clone());
            continue;
        }
        let weight = crate::budget::weigh_part(files, |p| p.starts_with(prefix.as_str()), sizes);
        if cache.disk.is_enabled() {
            let sitemap = cache.folder_sitemaps.remove(prefix).unwrap_or_default();
            let summary = FolderSummary::of(files, prefix, sitemap, weight.clone());
            cache
                .disk
                .put(&FolderSummary::key(fingerprint), &summary.to_members());
        }
        parts.push(weight);
    }
    crate::budget::SiteWeight::combine(parts)
}
