//! What the build cache needs to know of frozen revisions: the keys that name their work, the
//! fingerprints of the parts of the output they fully determine, and which of those parts the
//! previous output still holds as they would be written (then left in place).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::previous::PreviousOutput;
use super::versions::FrozenEdition;
use crate::cache::{self, DiskCache, FolderSummary};
use crate::content::Handbook;
use crate::output::FileGroup;
use crate::render::edition::{EditionView, PdfLink, Status, SwitchTarget};
use crate::render::{self, SiteFiles};
use crate::revisions::{self, Revision};

/// A revision folder left in the previous output: what it holds, and the cache entries to write it
/// from should it not be movable after all.
struct KeptFolder {
    summary: FolderSummary,
    editions: Vec<cache::Key>,
}

/// The parts of one build's output that frozen revisions fully determine: each revision folder
/// with its fingerprint, those left in place from the previous output, the sitemap addresses of
/// the others (for their summaries), and the files of the revision in force at the root. It lives
/// for one build: which folders are kept depends on what that build found in its output folder, and
/// is relied on until its write.
#[derive(Default)]
pub(super) struct FrozenParts {
    /// Output folders holding only frozen editions, with a fingerprint of their content (the hash
    /// of their cache keys): unchanged ones are linked from the previous output, not rewritten.
    folders: BTreeMap<String, String>,
    /// Revision folders this build leaves as they are in the previous output: neither loaded nor
    /// rendered, they are known by their summary. Always some of `folders`.
    kept: BTreeMap<String, KeptFolder>,
    /// The sitemap addresses of each revision folder this build renders or loads, for its summary.
    sitemaps: BTreeMap<String, Vec<String>>,
    /// The files of the revision in force at the root, known by the hash of their editions' keys.
    in_force: Option<FileGroup>,
}

impl FrozenParts {
    /// Each revision's folder with its fingerprint, keeping in place those the previous build wrote
    /// exactly as this one would (see [`keep_recorded_folders`]).
    pub(super) fn plan(
        frozen: &[FrozenEdition],
        revisions: &[Revision],
        previous: &PreviousOutput,
        disk: &mut DiskCache,
    ) -> Self {
        let folders = stable_dirs(frozen, revisions);
        let kept = keep_recorded_folders(&folders, frozen, previous, disk);
        FrozenParts {
            folders,
            kept,
            ..FrozenParts::default()
        }
    }

    /// Each revision folder's fingerprint.
    pub(super) fn fingerprints(&self) -> &BTreeMap<String, String> {
        &self.folders
    }

    /// Whether the edition at `prefix` is in a folder left in the previous output.
    pub(super) fn is_kept(&self, prefix: &str) -> bool {
        self.kept.keys().any(|p| prefix.starts_with(p.as_str()))
    }

    /// The sitemap addresses of the kept folders, as their summaries recorded them.
    pub(super) fn kept_sitemap(&self) -> Vec<String> {
        self.kept
            .values()
            .flat_map(|k| k.summary.sitemap.iter().cloned())
            .collect()
    }

    /// The summaries of the kept folders, for the build's counts.
    pub(super) fn kept_summaries(&self) -> impl Iterator<Item = &FolderSummary> + Clone {
        self.kept.values().map(|k| &k.summary)
    }

    /// The revision in force's files outside the revision folders, if the site has revisions.
    pub(super) fn in_force(&self) -> Option<&FileGroup> {
        self.in_force.as_ref()
    }

    /// Takes note of the frozen editions this build has in memory (`outputs`, in the order of
    /// `frozen`; none for kept folders): each folder's sitemap addresses, and the group of files of
    /// the revision in force with `pdfs`.
    pub(super) fn record_rendered(
        &mut self,
        frozen: &[FrozenEdition],
        outputs: &[Option<SiteFiles>],
        pdfs: &[PdfLink],
    ) {
        self.record_sitemaps(frozen, outputs);
        self.in_force = Some(in_force_group(frozen, outputs, &self.folders, pdfs));
    }

    /// Each revision folder's sitemap addresses, from the editions this build has in memory, for
    /// the folder's summary (kept folders have theirs already).
    fn record_sitemaps(&mut self, frozen: &[FrozenEdition], outputs: &[Option<SiteFiles>]) {
        for (edition, output) in frozen.iter().zip(outputs) {
            let (Some(output), Some(folder)) = (
                output,
                self.folders
                    .keys()
                    .find(|p| edition.view.prefix.starts_with(p.as_str())),
            ) else {
                continue;
            };
            let urls = output
                .iter()
                .filter(|(path, _)| path.ends_with(render::SITEMAP_PART))
                .flat_map(|(_, bytes)| {
                    String::from_utf8_lossy(bytes)
                        .lines()
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                });
            self.sitemaps
                .entry(folder.clone())
                .or_default()
                .extend(urls);
        }
    }

    /// The files of the kept folder `prefix`, from its cache entries: for a folder that cannot be
    /// linked from the previous output after all.
    pub(super) fn kept_files(
        &self,
        prefix: &str,
        disk: &mut DiskCache,
    ) -> std::io::Result<SiteFiles> {
        let keys = self
            .kept
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
    }

    /// Weighs the site for the page budget one revision folder at a time: a kept folder by the
    /// weight recorded in its summary, any other by its files, whose summary is then stored for
    /// next time. Parts combine into exactly the weight of the whole site (see
    /// [`crate::budget::weigh_part`]). `read` is what the build read of `files` before.
    pub(super) fn weigh(
        &mut self,
        files: &SiteFiles,
        disk: &mut DiskCache,
        sizes: &mut crate::budget::GzipSizes,
        read: &crate::budget::ReadBefore,
    ) -> crate::budget::SiteWeight {
        let folders = &self.folders;
        let in_folder = |path: &str| folders.keys().any(|f| path.starts_with(f.as_str()));
        let mut parts = vec![crate::budget::weigh_part_read(
            files,
            |p| !in_folder(p),
            sizes,
            read,
        )];
        for (prefix, fingerprint) in folders {
            if let Some(kept) = self.kept.get(prefix) {
                parts.push(kept.summary.weight.clone());
                continue;
            }
            let in_prefix = |p: &str| p.starts_with(prefix.as_str());
            let weight = crate::budget::weigh_part_read(files, in_prefix, sizes, read);
            if disk.is_enabled() {
                let sitemap = self.sitemaps.remove(prefix).unwrap_or_default();
                let summary = FolderSummary::of(files, prefix, sitemap, weight.clone());
                disk.put(&FolderSummary::key(fingerprint), &summary.to_members());
            }
            parts.push(weight);
        }
        crate::budget::SiteWeight::combine(parts)
    }
}

/// The files of the frozen editions outside the revision folders (the revision in force at the
/// root, in every language) and the revisions' charter PDFs, with the hash of those editions' keys
/// and PDFs' hashes, which determines them all.
fn in_force_group(
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

/// Finds, among `folders`, those the previous build wrote exactly as this one would (same
/// fingerprint), with their summary and editions in the cache: this build counts on them being in
/// place in the output. Whether they still are is checked on another thread meanwhile; one that is
/// not is written from its cache entries when the site is written.
fn keep_recorded_folders(
    folders: &BTreeMap<String, String>,
    frozen: &[FrozenEdition],
    previous: &PreviousOutput,
    disk: &mut DiskCache,
) -> BTreeMap<String, KeptFolder> {
    let mut kept = BTreeMap::new();
    if !disk.is_enabled() {
        return kept;
    }
    for (prefix, fingerprint) in folders {
        if !previous.recorded(prefix, fingerprint) {
            continue;
        }
        let editions: Vec<cache::Key> = frozen
            .iter()
            .filter(|e| e.view.prefix.starts_with(prefix.as_str()))
            .map(|e| e.disk_key.clone())
            .collect();
        if !editions.iter().all(|key| disk.has(key)) {
            continue;
        }
        let Some(summary) = disk
            .get(&FolderSummary::key(fingerprint))
            .and_then(|members| FolderSummary::from_members(&members))
        else {
            continue;
        };
        for key in &editions {
            disk.keep(key);
        }
        kept.insert(prefix.clone(), KeptFolder { summary, editions });
    }
    kept
}

/// Each revision's folder (`revisions/ID/`, all languages) with a fingerprint of what is published
/// there: the cache keys of its editions, which determine every byte.
fn stable_dirs(frozen: &[FrozenEdition], revisions: &[Revision]) -> BTreeMap<String, String> {
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
