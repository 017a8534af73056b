//! The build pipeline, top-down: load → check → render → write. Nothing is written unless every
//! stage succeeded, so a mistake in the sources never damages the published site.
//!
//! With revisions, the site has several editions (see [`render::edition`]): the newest revision at
//! the root, every revision under `revisions/ID/`, the draft under `draft/` on request, plus one
//! charter PDF per revision and an Atom feed of revisions.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::cache::{self, DiskCache};
use crate::changes::DiffLabels;
use crate::content::{self, Handbook};
use crate::diagnostics::{Diagnostic, Diagnostics, Origin};
use crate::render::edition::EditionView;
use crate::render::machine_files::{self, FeedEntry};
use crate::render::theme::Theme;
use crate::render::{self, RenderCache, RenderStats, Section, SiteFiles};
use crate::revisions::{self, Revision};

mod frozen;
mod previous;
mod publish;
mod site_changes;
mod versions;

pub use publish::{build, check_budget, validate, BuildOptions, BuildReport};

use frozen::FrozenParts;

/// What `handbook serve` keeps for as long as it runs: each edition's render cache and the disk
/// cache's handle. Its content is valid whatever the output folder and whichever build comes next,
/// because every entry is checked against its inputs before use (the render caches compare what
/// reaches a template, the disk cache's keys hash every input), so it may outlive any one build.
/// `handbook build` makes one for its single build. What only one build may use is in a
/// [`BuildRun`].
///
/// Edits of `content/` concern only the editions built from it (one per language); frozen revisions
/// change only with the theme.
#[derive(Default)]
pub struct BuildCache {
    /// The render caches of the editions of `content/` (the site or the draft), by edition key.
    current: BTreeMap<String, RenderCache>,
    /// The render caches of frozen revisions' editions, by edition key.
    frozen: BTreeMap<String, RenderCache>,
    /// The theme of the files rendered once the editions are merged (the sitemap, the feed).
    site: RenderCache,
    /// Whether the render caches remember between renders (`serve`) or keep nothing (`build`).
    persistent: bool,
    /// What the last render of `content/` in the default language did.
    stats: RenderStats,
    /// Frozen revisions' editions and PDFs kept between runs (`.handbook-cache/`).
    disk: DiskCache,
    /// The frozen revisions' models, once loaded (`serve` only): a revision cannot change, so a
    /// save in `content/` does not read it again; a change under `revisions/` clears them
    /// ([`clear`](Self::clear)).
    kept_revisions: BTreeMap<String, std::sync::Arc<versions::Loaded>>,
    /// The files of the frozen editions the last build used, by their disk cache key (`serve`
    /// only): the key hashes every input of an edition, so a save that leaves them finds its
    /// files here rather than reading and decoding them from the disk cache again.
    kept_frozen_files: BTreeMap<String, SiteFiles>,
    /// Whether the frozen revisions' files were found to match their manifests (`serve` only):
    /// checked once, and again after a change under `revisions/` ([`clear`](Self::clear)).
    revisions_verified: bool,
    /// What the offline install read in each current page and digested of each file (`serve` only).
    offline_memo: crate::offline::Remembered,
    /// The YAML and Markdown of `content/` as parsed by the last load (`serve` only): a save
    /// parses again only the file it changed.
    parsed: content::parsed::ParsedSources,
    /// The site of the last good build, lent by `serve` for the next build
    /// ([`lend_previous`](Self::lend_previous)): the one copy of it compared with the new site,
    /// once, so that the offline install's memo and `serve`'s snapshot are told what changed
    /// rather than each comparing every file again.
    previous_site: Option<SiteFiles>,
    /// The files of the last build that differ from `previous_site`; `None` when none was lent.
    changed: Option<Vec<String>>,
}

impl BuildCache {
    /// A cache that remembers between builds (`handbook serve`).
    pub fn new() -> Self {
        BuildCache {
            persistent: true,
            ..BuildCache::default()
        }
    }

    /// A cache for one build: it keeps nothing.
    pub fn one_shot() -> Self {
        BuildCache::default()
    }

    /// A file of `section` in `content/` changed.
    pub fn invalidate_section(&mut self, section: Section) {
        for cache in self.current.values_mut() {
            cache.invalidate_section(section);
        }
    }

    /// A template, static file or UI string changed: every edition uses the theme.
    pub fn invalidate_theme(&mut self) {
        for cache in self.current.values_mut().chain(self.frozen.values_mut()) {
            cache.invalidate_theme();
        }
        self.site.invalidate_theme();
    }

    /// Forgets everything.
    pub fn clear(&mut self) {
        self.current.clear();
        self.frozen.clear();
        self.site.clear();
        self.kept_revisions.clear();
        self.kept_frozen_files.clear();
        self.revisions_verified = false;
        self.offline_memo = Default::default();
        self.parsed = Default::default();
        self.stats = RenderStats::default();
    }

    /// Lends `site`, the files of the last good build, to the next build, which tells which of
    /// its files differ from them; [`take_previous`](Self::take_previous) gives it back.
    pub fn lend_previous(&mut self, site: Option<SiteFiles>) {
        self.previous_site = site;
        self.changed = None;
    }

    /// After a build: the site lent, and the files of the build (if it succeeded) added, removed
    /// or modified since that site (`None` when none was lent or the build failed).
    pub fn take_previous(&mut self) -> (Option<SiteFiles>, Option<Vec<String>>) {
        (self.previous_site.take(), self.changed.take())
    }

    /// Also keep frozen revisions' work on disk, in `disk`, between runs of the program.
    pub fn with_disk_cache(mut self, disk: DiskCache) -> Self {
        self.disk = disk;
        self
    }

    /// What the disk cache did so far.
    pub fn disk_report(&self) -> &cache::CacheReport {
        self.disk.report()
    }

    /// What the last render of `content/` in the default language did.
    pub fn stats(&self) -> &RenderStats {
        &self.stats
    }

    /// The theme of `hb` (the handbook in force), for the files of the whole site. A one-off build
    /// takes the one its editions of `content/` just loaded from the same folder rather than parse
    /// every template again, on one core (`serve` keeps its own).
    fn site_theme(&mut self, root: &Path, hb: &Handbook) -> Result<&Theme, Diagnostics> {
        let name = &hb.site.theme.value;
        if !self.persistent {
            if let Some(theme) = self.current.values().find_map(|c| c.fresh_theme(name)) {
                return Ok(theme);
            }
        }
        self.site.theme(root, name)
    }

    /// Renders `edition` through its own render cache (made on first use); returns its files and
    /// what that render did.
    fn render(
        &mut self,
        root: &Path,
        edition: &Edition<'_>,
    ) -> Result<(SiteFiles, &RenderStats), Diagnostics> {
        let persistent = self.persistent;
        let map = if edition.from_content {
            &mut self.current
        } else {
            &mut self.frozen
        };
        let cache = map.entry(edition.key.clone()).or_insert_with(|| {
            if persistent {
                RenderCache::new()
            } else {
                RenderCache::one_shot()
            }
        });
        // The guard's zip is packed while the pages render, on another core, before most pages
        // are held: at the end, with every page held, it would add to the build's peak memory.
        let guard = guard_zip_files(cache.theme(root, &edition.model.site.theme.value)?, edition)?;
        let (zip, rendered) = rayon::join(
            || guard.map(|(path, files)| pack_guard(&files).map(|zip| (path, zip))),
            || render::render_with(root, edition.model, cache, &edition.view),
        );
        let mut files = rendered?;
        if let Some((path, zip)) = zip.transpose()? {
            files.insert(path, zip);
        }
        Ok((files, cache.stats()))
    }

    /// Ends `run`: the stats of its first render of `content/`, if it got that far, become the
    /// ones `serve` reports.
    fn finish(&mut self, run: &mut BuildRun) {
        if let Some(stats) = run.content_stats.take() {
            self.stats = stats;
        }
    }
}

/// What one build learns and needs until its output is written. It describes one output folder at
/// one moment (the previous output being checked, the revision folders this build leaves in place,
/// their sitemaps), so it is made afresh for every build and dropped with it: nothing of it may be
/// trusted by the next build, which must look at the output again. `serve`'s builds write no output
/// and leave most of it empty.
#[derive(Default)]
struct BuildRun {
    /// The output the previous build wrote there, checked on another thread while this one renders.
    previous: previous::PreviousOutput,
    /// The parts of the output that frozen revisions determine: their fingerprints, the folders
    /// kept in place, the sitemaps of the others.
    frozen: FrozenParts,
    /// What the first render of `content/` did (the default language's), for [`BuildCache::stats`].
    content_stats: Option<RenderStats>,
    /// What the offline install read of the site that the weighing reads too; the site's files
    /// are not changed between the two.
    read: crate::budget::ReadBefore,
    /// Whether the caller installs the offline worker itself, once the model is dropped
    /// ([`build`]): done with the model still held, the install's reading of every page would
    /// set the build's peak memory.
    offline_later: bool,
}

impl BuildRun {
    /// A build that can take parts of its output from `previous`.
    fn after(previous: previous::PreviousOutput) -> Self {
        BuildRun {
            previous,
            ..BuildRun::default()
        }
    }

    /// The offline worker of a site rendered once (`offline`), or the worker that retires it:
    /// what the install reads of the pages is kept for the weighing, which takes it rather than
    /// reading the pages again.
    fn install_offline(&mut self, offline: bool, files: &mut SiteFiles) {
        if offline {
            crate::offline::install_handing_on(files, self.frozen.fingerprints(), &mut self.read);
        } else {
            crate::offline::retire(files);
        }
    }

    /// Renders an edition of `content/`; the first one of the build, in the default language, says
    /// what an edit cost ([`BuildCache::stats`]).
    fn render_content(
        &mut self,
        root: &Path,
        edition: &Edition<'_>,
        cache: &mut BuildCache,
    ) -> Result<SiteFiles, Diagnostics> {
        let (files, stats) = cache.render(root, edition)?;
        if self.content_stats.is_none() {
            self.content_stats = Some(stats.clone());
        }
        Ok(files)
    }
}

/// Loads and checks the handbook, and renders it in memory (the link check needs the rendered pages).
pub fn prepare(root: &Path, base_url: Option<&str>) -> Result<(Handbook, SiteFiles), Diagnostics> {
    prepare_with(root, base_url, false, &mut BuildCache::one_shot())
}

/// [`prepare`], reusing the work `cache` remembers: `handbook serve` keeps one between edits so an
/// edit re-renders only what it can affect, through the very same stages as `handbook build`.
pub fn prepare_with(
    root: &Path,
    base_url: Option<&str>,
    drafts: bool,
    cache: &mut BuildCache,
) -> Result<(Handbook, SiteFiles), Diagnostics> {
    prepare_run(root, base_url, drafts, cache, &mut BuildRun::default())
}

/// [`prepare_with`] as part of `run`, which learns what the build's write needs.
fn prepare_run(
    root: &Path,
    base_url: Option<&str>,
    drafts: bool,
    cache: &mut BuildCache,
    run: &mut BuildRun,
) -> Result<(Handbook, SiteFiles), Diagnostics> {
    let prepared = load_and_render(root, base_url, drafts, cache, run);
    cache.finish(run);
    prepared
}

/// Loads `content/` in every language of the site, with `base_url` (`--base-url`) in force.
fn load_content(
    root: &Path,
    base_url: Option<&str>,
) -> Result<(Handbook, Vec<Handbook>), Diagnostics> {
    // No worker of the pool waits for this thread: the load may use every core.
    let mut handbook = content::load_on_every_core(root)?;
    if let Some(url) = base_url {
        let url = url.trim();
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return Err(Diagnostic::new(
                Origin::file_start("--base-url"),
                format!("`--base-url` must be an absolute http(s) address, not `{url}`"),
                "e.g. --base-url https://ia.example.org/",
            )
            .into());
        }
        handbook.site.base_url.value = if url.ends_with('/') {
            url.to_string()
        } else {
            format!("{url}/")
        };
    }
    let languages = handbook.site.languages();
    let translations = translations(root, Path::new(""), &handbook, &languages)?;
    Ok((handbook, translations))
}

/// Loads and checks the sources, and renders every edition into one site.
fn load_and_render(
    root: &Path,
    base_url: Option<&str>,
    drafts: bool,
    cache: &mut BuildCache,
    run: &mut BuildRun,
) -> Result<(Handbook, SiteFiles), Diagnostics> {
    let (handbook, translations) = if cache.persistent {
        cache
            .parsed
            .while_loading(|| load_content(root, base_url))?
    } else {
        load_content(root, base_url)?
    };
    let languages = handbook.site.languages();
    // The published text's fingerprint, which both the prompt lint and the checker's data file
    // (rendered with the pages) need, is built first, once per language, on every core; then the
    // lint runs beside the rendering rather than before it. A problem the lint finds is still the
    // one reported, whatever the rendering gave.
    for hb in std::iter::once(&handbook).chain(&translations) {
        crate::checker::published_fingerprint(hb);
    }
    let verify = !cache.revisions_verified;
    let (lint, rendered) = rayon::join(
        || crate::lint::lint_sources(root, &handbook, &translations, &languages),
        || -> Result<Result<SiteFiles, Diagnostics>, Diagnostics> {
            // Frozen files are checked against their manifests on another thread while the site
            // renders.
            let (revisions, manifests) = revisions::load_index_verifying(root, verify)?;
            let rendered = if revisions.is_empty() {
                let mut editions = Vec::new();
                push_languages(
                    &mut editions,
                    "site",
                    true,
                    EditionView::unversioned(),
                    &handbook,
                    &translations,
                    &languages,
                );
                render_all(root, &editions, &handbook, cache, run, None)
            } else {
                versions::render_revisions(
                    root,
                    &handbook,
                    &translations,
                    &revisions,
                    drafts,
                    cache,
                    run,
                )
            };
            // An altered revision is the problem to report, whatever rendering it gave.
            manifests.finish()?;
            Ok(rendered)
        },
    );
    if !lint.is_empty() {
        return Err(lint);
    }
    let rendered = rendered?;
    cache.revisions_verified = cache.persistent;
    let mut files = rendered?;
    // The one comparison with the previous site (`serve`): its result serves the offline
    // install's memo, then `serve`'s snapshot.
    let changed: Option<BTreeSet<String>> = match &cache.previous_site {
        Some(old) if cache.persistent => Some(site_changes::changed_files(old, &files)),
        _ => None,
    };
    if cache.persistent {
        if handbook.site.offline {
            crate::offline::install_remembering(
                &mut files,
                run.frozen.fingerprints(),
                &mut cache.offline_memo,
                changed.as_ref(),
            );
        } else {
            crate::offline::retire(&mut files);
        }
    } else if !run.offline_later {
        run.install_offline(handbook.site.offline, &mut files);
    }
    if let (Some(old), Some(changed)) = (&cache.previous_site, changed) {
        cache.changed = Some(site_changes::after_offline(old, changed, &files));
    }
    Ok((handbook, files))
}

/// The handbook at `root/dir` in each language after the default one (`dir` empty: `content/`).
fn translations(
    root: &Path,
    dir: &Path,
    base: &Handbook,
    languages: &[String],
) -> Result<Vec<Handbook>, Diagnostics> {
    let mut models = Vec::new();
    for lang in languages.iter().skip(1) {
        let (mut hb, _) =
            content::load_translated(&root.join(dir), lang).map_err(|d| d.with_prefix(dir))?;
        hb.site.base_url = base.site.base_url.clone();
        hb.site.theme = base.site.theme.clone();
        hb.site.language.value = lang.clone();
        models.push(hb);
    }
    Ok(models)
}

/// One edition to render: its cache key, whether it comes from `content/`, its view and its model.
struct Edition<'a> {
    key: String,
    from_content: bool,
    view: EditionView,
    model: &'a Handbook,
}

/// Adds `view` in every language: the default-language model, then its translations.
fn push_languages<'a>(
    editions: &mut Vec<Edition<'a>>,
    key: &str,
    from_content: bool,
    view: EditionView,
    default: &'a Handbook,
    translations: &'a [Handbook],
    languages: &[String],
) {
    for (lang, model) in languages
        .iter()
        .zip(std::iter::once(default).chain(translations))
    {
        editions.push(Edition {
            key: format!("{key}:{lang}"),
            from_content,
            view: view.in_language(lang, languages),
            model,
        });
    }
}

/// Renders every edition and merges them into one site, with one sitemap and, with revisions, the feed.
fn render_all(
    root: &Path,
    editions: &[Edition<'_>],
    current: &Handbook,
    cache: &mut BuildCache,
    run: &mut BuildRun,
    revisions: Option<&[Revision]>,
) -> Result<SiteFiles, Diagnostics> {
    let mut outputs = Vec::new();
    for edition in editions {
        outputs.push(run.render_content(root, edition, cache)?);
    }
    let theme = cache.site_theme(root, current)?;
    merge(outputs, Vec::new(), current, theme, revisions)
}

/// Puts the editions' files together, in order, with one sitemap for them all (plus `sitemap_urls`
/// of folders kept from the previous output) and the feed, both from `theme`'s templates.
fn merge(
    outputs: Vec<SiteFiles>,
    mut sitemap_urls: Vec<String>,
    current: &Handbook,
    theme: &Theme,
    revisions: Option<&[Revision]>,
) -> Result<SiteFiles, Diagnostics> {
    let mut files = SiteFiles::new();
    for rendered in outputs {
        for (path, bytes) in rendered {
            if path.ends_with(render::SITEMAP_PART) {
                sitemap_urls.extend(String::from_utf8_lossy(&bytes).lines().map(str::to_string));
            } else if path != machine_files::SITEMAP {
                files.insert(path, bytes);
            }
        }
    }
    sitemap_urls.sort();
    sitemap_urls.dedup();
    let sitemap = machine_files::sitemap(theme, current, &sitemap_urls)?;
    files.insert(machine_files::SITEMAP.into(), sitemap);
    if let Some(revisions) = revisions {
        let entries: Vec<FeedEntry<'_>> = revisions
            .iter()
            .map(|r| FeedEntry {
                id: &r.id,
                date: &r.date,
                summary: &r.summary,
                approved_by: &r.approved_by,
            })
            .collect();
        let feed = machine_files::revisions_feed(theme, current, &entries)?;
        files.insert(machine_files::REVISIONS_FEED.into(), feed);
    }
    Ok(files)
}

/// The files of the guard's zip for the guard's page (`guard: true`, the default), with the zip's
/// path: one zip per edition, in its default language's folder, built from that edition's sources
/// as `handbook extension` builds it. `None` for an edition without one.
fn guard_zip_files(theme: &Theme, edition: &Edition<'_>) -> Result<Option<GuardZip>, Diagnostics> {
    let (hb, view) = (edition.model, &edition.view);
    if !hb.site.guard
        || (view.language != view.default_language && !view.default_language.is_empty())
    {
        return Ok(None);
    }
    let files = crate::extension::site_zip_files(hb, theme).map_err(cannot_package_guard)?;
    let path = format!("{}{}", view.prefix, crate::render::guard::SITE_ZIP);
    Ok(Some((path, files)))
}

/// Where an edition's guard zip goes, and the files it packs.
type GuardZip = (String, BTreeMap<String, Vec<u8>>);

/// The guard's zip of [`guard_zip_files`].
fn pack_guard(files: &BTreeMap<String, Vec<u8>>) -> Result<Vec<u8>, Diagnostics> {
    crate::extension::archive_remembered(files).map_err(cannot_package_guard)
}

fn cannot_package_guard(e: String) -> Diagnostics {
    Diagnostic::new(
        Origin::file_start(content::site::CONFIG_FILE),
        format!("cannot package the guard: {e}"),
        "write `guard: false` in handbook.yaml to publish the site without it",
    )
    .into()
}

/// The words that mark changes on the changes pages, for readers who do not see the styling: the
/// `diff_*` UI strings of the built-in theme in `language`, with the fallbacks of the site's pages
/// (primary language, then French), so a new language is a YAML file and no code. A key that no
/// language has shows as the key, as on a page.
fn diff_labels(language: &str) -> DiffLabels {
    DiffLabels::in_language(language)
}

#[cfg(test)]
mod diff_labels_tests {
    /// Every language of the built-in theme has its own words for changes, none shown as a key.
    #[test]
    fn diff_labels_exist_in_every_language_file() {
        let languages =
            crate::pdf::ui_strings::built_in_languages().expect("the built-in UI strings parse");
        for (lang, strings) in &languages {
            let labels = super::diff_labels(lang);
            for (key, word) in [
                ("diff_inserted", &labels.inserted),
                ("diff_deleted", &labels.deleted),
                ("diff_added", &labels.added),
                ("diff_removed", &labels.removed),
                ("diff_changed", &labels.changed),
            ] {
                assert_eq!(strings.get(key), Some(word), "{lang}.yaml: `{key}`");
            }
        }
    }
}
