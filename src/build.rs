//! The build pipeline, top-down: load → check → render → write. Nothing is written unless every
//! stage succeeded, so a mistake in the sources never damages the published site.
//!
//! With revisions, the site has several editions (see [`render::edition`]): the newest revision at
//! the root, every revision under `revisions/ID/`, the draft under `draft/` on request, plus one
//! charter PDF per revision and an Atom feed of revisions.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::cache::{self, DiskCache, FolderSummary};
use crate::changes::{self, DiffLabels};
use crate::content::{self, Handbook};
use crate::diagnostics::{Diagnostic, Diagnostics, Origin};
use crate::output::{FileGroup, Reusable, Verified};
use crate::render::edition::{EditionView, Status, SwitchTarget};
use crate::render::{self, pages, RenderCache, RenderStats, Section, SiteFiles};
use crate::revisions::{self, Revision};

/// What `handbook build` was asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub output: PathBuf,
    pub base_url: Option<String>,
    /// Also publish the unreleased `content/` under `draft/` (when revisions exist).
    pub drafts: bool,
    /// Where frozen revisions' rendered pages and PDFs are kept between builds; none: no cache.
    pub cache_dir: Option<PathBuf>,
}

/// What a successful build produced, for the summary line.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Page weights and the estimated CO2e per view, printed after the build.
    pub summary: String,
    pub pages: usize,
    pub files: usize,
    pub bytes: usize,
    /// What the build cache reused and what it had to do again.
    pub cache: cache::CacheReport,
}

/// The render caches of every edition, kept by `handbook serve` between edits. Edits of `content/`
/// concern only the editions built from it (one per language); frozen revisions change only with the
/// theme.
#[derive(Default)]
pub struct BuildCache {
    current: BTreeMap<String, RenderCache>,
    frozen: BTreeMap<String, RenderCache>,
    persistent: bool,
    stats: RenderStats,
    stats_taken: bool,
    /// Frozen revisions' editions and PDFs kept between runs (`.handbook-cache/`).
    disk: DiskCache,
    /// Output folders holding only frozen editions, with a fingerprint of their content (the hash
    /// of their cache keys): unchanged ones are moved from the previous output, not rewritten.
    stable_dirs: BTreeMap<String, String>,
    /// The previous output's folders found intact, checked on another thread while the sources
    /// load (`handbook build` with a cache only).
    verifier: Option<std::thread::JoinHandle<Verified>>,
    verified: Verified,
    /// Revision folders this build leaves as they are in the previous output: neither loaded nor
    /// rendered, they are known by their summary.
    kept: BTreeMap<String, KeptFolder>,
    /// The sitemap addresses of each revision folder this build renders or loads, for its summary.
    folder_sitemaps: BTreeMap<String, Vec<String>>,
    /// The files of the revision in force at the root, known by the hash of their editions' keys.
    in_force: Option<FileGroup>,
}

/// A revision folder left in the previous output: what it holds, and the cache entries to write it
/// from should it not be movable after all.
struct KeptFolder {
    summary: FolderSummary,
    editions: Vec<cache::Key>,
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
    }

    /// Forgets everything.
    pub fn clear(&mut self) {
        self.current.clear();
        self.frozen.clear();
        self.stats = RenderStats::default();
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

    /// The previous output's intact folders, waiting for the check if it is still running.
    fn verified(&mut self) -> &Verified {
        if let Some(handle) = self.verifier.take() {
            self.verified = handle.join().unwrap_or_default();
        }
        &self.verified
    }

    /// What the last render of `content/` in the default language did.
    pub fn stats(&self) -> &RenderStats {
        &self.stats
    }

    fn edition(&mut self, from_content: bool, key: &str) -> &mut RenderCache {
        let persistent = self.persistent;
        let map = if from_content {
            &mut self.current
        } else {
            &mut self.frozen
        };
        map.entry(key.to_string()).or_insert_with(|| {
            if persistent {
                RenderCache::new()
            } else {
                RenderCache::one_shot()
            }
        })
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
    cache.stats_taken = false;
    cache.stable_dirs.clear();
    cache.kept.clear();
    cache.folder_sitemaps.clear();
    cache.in_force = None;
    let mut handbook = content::load(root)?;
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
    let mut lint = Diagnostics::new();
    for hb in std::iter::once(&handbook).chain(&translations) {
        crate::lint::lint_prompts(hb, &crate::checker::checker(hb), &mut lint);
    }
    if !lint.is_empty() {
        return Err(lint);
    }
    let revisions = revisions::load(root)?;
    let mut files = if revisions.is_empty() {
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
        render_all(root, &editions, &handbook, cache, None)?
    } else {
        render_revisions(
            root,
            &handbook,
            &translations,
            &languages,
            &revisions,
            drafts,
            cache,
        )?
    };
    if handbook.site.offline {
        crate::offline::install_with(&mut files, &cache.stable_dirs);
    } else {
        crate::offline::retire(&mut files);
    }
    Ok((handbook, files))
}

/// Weighs the built site against the page budget (the defaults, or `budget` in `handbook.yaml`);
/// returns the summary to print, or the pages over budget as problems.
pub fn check_budget(handbook: &Handbook, files: &SiteFiles) -> Result<String, Diagnostics> {
    check_budget_with(handbook, files, &mut crate::budget::GzipSizes::new())
}

/// [`check_budget`], reusing the compressed sizes of files already measured by an earlier build.
pub fn check_budget_with(
    handbook: &Handbook,
    files: &SiteFiles,
    sizes: &mut crate::budget::GzipSizes,
) -> Result<String, Diagnostics> {
    check_weight(handbook, &crate::budget::weigh_with(files, sizes))
}

/// Checks `weight` against the page budget: the summary to print, or the pages over budget.
fn check_weight(
    handbook: &Handbook,
    weight: &crate::budget::SiteWeight,
) -> Result<String, Diagnostics> {
    let budget = handbook
        .site
        .budget
        .as_ref()
        .map(|b| b.value.clone())
        .unwrap_or_default();
    let report = crate::budget::check(weight, &budget);
    let summary = crate::budget::summary(&report);
    if report.violations.is_empty() {
        return Ok(summary);
    }
    let mut diags = Diagnostics::new();
    for v in &report.violations {
        diags.error(
            Origin::file_start(&v.page),
            v.message.clone(),
            v.hint.clone(),
        );
    }
    crate::console::info(&summary);
    Err(diags)
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
    revisions: Option<&[Revision]>,
) -> Result<SiteFiles, Diagnostics> {
    let mut outputs = Vec::new();
    for edition in editions {
        outputs.push(render_edition(root, edition, cache)?);
    }
    Ok(merge(outputs, Vec::new(), current, revisions))
}

/// Renders one edition through its in-memory render cache.
fn render_edition(
    root: &Path,
    edition: &Edition<'_>,
    cache: &mut BuildCache,
) -> Result<SiteFiles, Diagnostics> {
    let edition_cache = cache.edition(edition.from_content, &edition.key);
    let rendered = render::render_with(root, edition.model, edition_cache, &edition.view)?;
    if edition.from_content && !cache.stats_taken {
        cache.stats = cache.edition(true, &edition.key).stats().clone();
        cache.stats_taken = true;
    }
    Ok(rendered)
}

/// Puts the editions' files together, in order, with one sitemap for them all (plus `sitemap_urls`
/// of folders kept from the previous output) and the feed.
fn merge(
    outputs: Vec<SiteFiles>,
    mut sitemap_urls: Vec<String>,
    current: &Handbook,
    revisions: Option<&[Revision]>,
) -> SiteFiles {
    let mut files = SiteFiles::new();
    for rendered in outputs {
        for (path, bytes) in rendered {
            if path.ends_with(render::SITEMAP_PART) {
                sitemap_urls.extend(String::from_utf8_lossy(&bytes).lines().map(str::to_string));
            } else if path != "sitemap.xml" {
                files.insert(path, bytes);
            }
        }
    }
    sitemap_urls.sort();
    sitemap_urls.dedup();
    files.insert(
        "sitemap.xml".into(),
        render::sitemap(current, &sitemap_urls).into_bytes(),
    );
    if let Some(revisions) = revisions {
        files.insert(
            "revisions.xml".into(),
            feed(current, revisions).into_bytes(),
        );
    }
    files
}

/// A revision loaded from its snapshot (in each language), published with the current site settings.
fn load_revision(
    root: &Path,
    revision: &Revision,
    current: &Handbook,
    languages: &[String],
) -> Result<(Handbook, Vec<Handbook>), Diagnostics> {
    let mut hb =
        content::load(&root.join(&revision.dir)).map_err(|d| d.with_prefix(&revision.dir))?;
    // Where and how the site is published is today's decision; what the revision says is frozen.
    hb.site.base_url = current.site.base_url.clone();
    hb.site.theme = current.site.theme.clone();
    let translations = translations(root, &revision.dir, current, languages)?;
    Ok((hb, translations))
}

/// The revisions' models, loaded only when some work on them is not in the build cache.
struct RevisionModels<'a> {
    root: &'a Path,
    revisions: &'a [Revision],
    current: &'a Handbook,
    languages: &'a [String],
    loaded: Vec<Option<(Handbook, Vec<Handbook>)>>,
}

impl<'a> RevisionModels<'a> {
    fn new(
        root: &'a Path,
        revisions: &'a [Revision],
        current: &'a Handbook,
        languages: &'a [String],
    ) -> Self {
        RevisionModels {
            root,
            revisions,
            current,
            languages,
            loaded: revisions.iter().map(|_| None).collect(),
        }
    }

    /// Loads revision `i` if it is not loaded yet.
    fn load(&mut self, i: usize) -> Result<(), Diagnostics> {
        if self.loaded[i].is_none() {
            self.loaded[i] = Some(load_revision(
                self.root,
                &self.revisions[i],
                self.current,
                self.languages,
            )?);
        }
        Ok(())
    }

    /// Loads every revision in `wanted`, reporting all their problems at once.
    fn load_all(&mut self, wanted: &BTreeSet<usize>) -> Result<(), Diagnostics> {
        let mut diags = Diagnostics::new();
        for &i in wanted {
            if let Err(d) = self.load(i) {
                diags.extend(d);
            }
        }
        diags.into_result(())
    }

    /// Revision `i` in the default language, once loaded.
    fn model(&self, i: usize) -> Result<&Handbook, Diagnostics> {
        self.loaded[i]
            .as_ref()
            .map(|(hb, _)| hb)
            .ok_or_else(|| internal("a revision was used before it was loaded"))
    }

    /// Revision `i` in the language at `lang_index` (0: the default language).
    fn model_in(&self, i: usize, lang_index: usize) -> Result<&Handbook, Diagnostics> {
        let (hb, translated) = self.loaded[i]
            .as_ref()
            .ok_or_else(|| internal("a revision was used before it was loaded"))?;
        match lang_index {
            0 => Ok(hb),
            n => translated
                .get(n - 1)
                .ok_or_else(|| internal("a translation of a revision is missing")),
        }
    }
}

fn internal(what: &str) -> Diagnostics {
    Diagnostic::new(
        Origin::file_start(revisions::INDEX),
        format!("internal error: {what}"),
        "report this as a bug; building with `--no-cache` may work around it",
    )
    .into()
}

/// One edition of a frozen revision: where it comes from, how it is shown, and its cache key.
struct FrozenEdition {
    /// Key of its in-memory render cache (`handbook serve`).
    memory_key: String,
    revision: usize,
    lang_index: usize,
    view: EditionView,
    disk_key: cache::Key,
}

fn render_revisions(
    root: &Path,
    current: &Handbook,
    current_translations: &[Handbook],
    languages: &[String],
    revisions: &[Revision],
    drafts: bool,
    cache: &mut BuildCache,
) -> Result<SiteFiles, Diagnostics> {
    let mut models = RevisionModels::new(root, revisions, current, languages);
    let newest = revisions.len() - 1;
    let labels = diff_labels(&current.site.language.value);
    let inputs = frozen_inputs(root, current, languages);

    // What a reader can reach in each revision (for the switcher), and each revision's PDF: from
    // the cache when this generator already computed them from the same frozen content.
    let mut revision_urls: Vec<BTreeSet<String>> = Vec::new();
    let mut pdf_files = SiteFiles::new();
    let mut pdfs: Vec<Option<(String, String)>> = Vec::new();
    let mut diags = Diagnostics::new();
    for (i, r) in revisions.iter().enumerate() {
        let urls_key = {
            let mut k = cache::KeyBuilder::new("urls");
            k.field(&r.content_sha256);
            k.finish()
        };
        let cached_urls = cache
            .disk
            .get(&urls_key)
            .and_then(|m| m.get("urls").cloned());
        let urls = match cached_urls {
            Some(bytes) => String::from_utf8_lossy(&bytes)
                .lines()
                .map(str::to_string)
                .collect(),
            None => {
                if let Err(d) = models.load(i) {
                    diags.extend(d);
                    revision_urls.push(BTreeSet::new());
                    continue;
                }
                let urls = pages::urls_of(models.model(i)?, true);
                let text = urls.iter().cloned().collect::<Vec<_>>().join("\n");
                cache
                    .disk
                    .put(&urls_key, &single("urls", text.into_bytes()));
                urls
            }
        };
        revision_urls.push(urls);

        // The PDF depends on the frozen snapshot and the revision's record, not on where the site
        // is published.
        let pdf_key = {
            let mut k = cache::KeyBuilder::new("pdf");
            k.field(&r.content_sha256)
                .field(&r.id)
                .field(&r.date)
                .field(&r.approved_by);
            k.finish()
        };
        let cached_pdf = cache.disk.get(&pdf_key).and_then(|mut m| m.remove("pdf"));
        let bytes = match cached_pdf {
            Some(bytes) => bytes,
            None => {
                if let Err(d) = models.load(i) {
                    diags.extend(d);
                    continue;
                }
                let bytes = revisions::pdf::build(models.model(i)?, &r.id, &r.date, &r.approved_by)
                    .map_err(|e| {
                        Diagnostics::from(Diagnostic::new(
                            Origin::file_start(revisions::INDEX),
                            format!("revision `{}`: {e}", r.id),
                            "check the revision's charter sections",
                        ))
                    })?;
                cache.disk.put(&pdf_key, &single("pdf", bytes.clone()));
                bytes
            }
        };
        let sha = revisions::manifest::hex(&bytes);
        if let (Some(recorded), Some(origin)) = (&r.pdf_sha256, &r.pdf_origin) {
            if *recorded != sha {
                diags.error(
                    origin.clone(),
                    format!("the charter PDF of revision `{}` no longer matches its recorded SHA-256 (it now builds as {sha})", r.id),
                    "signed copies are bound to the recorded hash: build with the handbook version that cut the revision, or, if nobody has signed it yet, record the new hash here",
                );
            }
        }
        let name = revisions::pdf::file_name(&r.id);
        pdf_files.insert(name.clone(), bytes);
        pdfs.push(Some((name, sha)));
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let draft_pdf = if drafts {
        let (date, approved_by) = (&revisions[newest].date, "—");
        // Edits of other pages than the charter's leave the draft's PDF as it was.
        let key = {
            let mut k = cache::KeyBuilder::new("draft-pdf");
            k.field(revisions::pdf::fingerprint(
                current,
                "draft",
                date,
                approved_by,
            ));
            k.finish()
        };
        let bytes = match cache
            .disk
            .get_record(&key)
            .and_then(|mut m| m.remove("pdf"))
        {
            Some(bytes) => bytes,
            None => {
                let bytes =
                    revisions::pdf::build(current, "draft", date, approved_by).map_err(|e| {
                        Diagnostics::from(Diagnostic::new(
                            Origin::file_start("content/charter"),
                            format!("draft charter PDF: {e}"),
                            "check the charter sections",
                        ))
                    })?;
                cache.disk.put(&key, &single("pdf", bytes.clone()));
                bytes
            }
        };
        let sha = revisions::manifest::hex(&bytes);
        pdf_files.insert(revisions::pdf::file_name("draft"), bytes);
        Some((revisions::pdf::file_name("draft"), sha))
    } else {
        None
    };

    let mut switcher: Vec<SwitchTarget> = revisions
        .iter()
        .zip(&revision_urls)
        .enumerate()
        .map(|(i, (r, urls))| SwitchTarget {
            label: r.id.clone(),
            prefix: if i == newest {
                String::new()
            } else {
                format!("{}/{}/", revisions::DIR, r.id)
            },
            urls: urls.clone(),
            status: if i == newest {
                Status::Newest
            } else {
                Status::Older
            },
        })
        .collect();
    if drafts {
        switcher.push(SwitchTarget {
            label: "draft".into(),
            prefix: "draft/".into(),
            urls: pages::urls_of(current, true),
            status: Status::Draft,
        });
    }

    // The newest revision at the root, then every revision under its own folder (the newest one too,
    // so addresses of what people signed never change), then the draft; each in every language.
    let mut frozen: Vec<FrozenEdition> = Vec::new();
    for (i, r) in revisions.iter().enumerate() {
        let view = EditionView {
            prefix: format!("{}/{}/", revisions::DIR, r.id),
            status: if i == newest {
                Status::Newest
            } else {
                Status::Older
            },
            label: r.id.clone(),
            switcher: switcher.clone(),
            changes: None,
            pdf: pdfs[i].clone(),
            ..EditionView::unversioned()
        };
        let mut placements = Vec::new();
        if i == newest {
            let mut root_view = view.clone();
            root_view.prefix = String::new();
            placements.push((format!("root:{}", r.id), root_view));
        }
        placements.push((r.id.clone(), view));
        for (key, view) in placements {
            for (lang_index, lang) in languages.iter().enumerate() {
                let view = view.in_language(lang, languages);
                let disk_key = edition_key(&inputs, revisions, i, &view);
                frozen.push(FrozenEdition {
                    memory_key: format!("{key}:{lang}"),
                    revision: i,
                    lang_index,
                    view,
                    disk_key,
                });
            }
        }
    }

    cache.stable_dirs = stable_dirs(&frozen, revisions);
    keep_intact_folders(cache, &frozen);
    let kept: Vec<bool> = frozen
        .iter()
        .map(|e| {
            cache
                .kept
                .keys()
                .any(|p| e.view.prefix.starts_with(p.as_str()))
        })
        .collect();
    let mut outputs: Vec<Option<SiteFiles>> = frozen
        .iter()
        .zip(&kept)
        .map(|(e, &kept)| {
            if kept {
                return None;
            }
            cache
                .disk
                .get(&e.disk_key)
                .map(|members| members.into_iter().collect())
        })
        .collect();
    // Only what the cache could not give needs the revisions' models: each missing edition, the
    // revision before it (for its changes page) and, for the draft's changes page, the newest one.
    let mut wanted = BTreeSet::new();
    for ((edition, output), &kept) in frozen.iter().zip(&outputs).zip(&kept) {
        if output.is_none() && !kept {
            wanted.insert(edition.revision);
            if let Some(previous) = edition.revision.checked_sub(1) {
                wanted.insert(previous);
            }
        }
    }
    if drafts {
        wanted.insert(newest);
    }
    models.load_all(&wanted)?;
    let change_data =
        |models: &RevisionModels<'_>, i: usize| -> Result<serde_json::Value, Diagnostics> {
            let changes = match i.checked_sub(1) {
                Some(p) => Some(changes::compare(
                    models.model(p)?,
                    models.model(i)?,
                    &labels,
                )),
                None => None,
            };
            Ok(json!({
                "revision": revisions[i],
                "previous": i.checked_sub(1).map(|p| revisions[p].id.clone()),
                "changes": changes,
                "pdf_sha256": pdfs[i].as_ref().map(|(_, sha)| sha),
                "revisions": revisions,
            }))
        };
    for ((edition, output), &kept) in frozen.iter().zip(outputs.iter_mut()).zip(&kept) {
        if output.is_some() || kept {
            continue;
        }
        let mut view = edition.view.clone();
        view.changes = Some(change_data(&models, edition.revision)?);
        let spec = Edition {
            key: edition.memory_key.clone(),
            from_content: false,
            view,
            model: models.model_in(edition.revision, edition.lang_index)?,
        };
        let rendered = render_edition(root, &spec, cache)?;
        cache.disk.put(&edition.disk_key, &rendered);
        *output = Some(rendered);
    }
    // Each folder's sitemap addresses, for its summary; those of kept folders come from theirs.
    for (edition, output) in frozen.iter().zip(&outputs) {
        let (Some(output), Some(folder)) = (
            output,
            cache
                .stable_dirs
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
        cache
            .folder_sitemaps
            .entry(folder.clone())
            .or_default()
            .extend(urls);
    }
    cache.in_force = Some(in_force_group(&frozen, &outputs, &cache.stable_dirs));
    let kept_sitemap: Vec<String> = cache
        .kept
        .values()
        .flat_map(|k| k.summary.sitemap.iter().cloned())
        .collect();
    let mut outputs: Vec<SiteFiles> = outputs.into_iter().flatten().collect();

    if drafts {
        let view = EditionView {
            prefix: "draft/".into(),
            status: Status::Draft,
            label: "draft".into(),
            switcher: switcher.clone(),
            changes: Some(json!({
                "revision": null,
                "previous": revisions[newest].id,
                "changes": changes::compare(models.model(newest)?, current, &labels),
                "pdf_sha256": draft_pdf.as_ref().map(|(_, sha)| sha),
                "revisions": revisions,
            })),
            pdf: draft_pdf.clone(),
            ..EditionView::unversioned()
        };
        let mut editions = Vec::new();
        push_languages(
            &mut editions,
            "draft",
            true,
            view,
            current,
            current_translations,
            languages,
        );
        for edition in &editions {
            outputs.push(render_edition(root, edition, cache)?);
        }
    }
    let mut files = merge(outputs, kept_sitemap, current, Some(revisions));
    files.extend(pdf_files);
    Ok(files)
}

/// The files of the frozen editions outside the revision folders (the revision in force at the
/// root, in every language), with the hash of those editions' keys, which determines them all.
fn in_force_group(
    frozen: &[FrozenEdition],
    outputs: &[Option<SiteFiles>],
    folders: &BTreeMap<String, String>,
) -> FileGroup {
    let mut k = cache::KeyBuilder::new("in-force");
    let mut paths = BTreeSet::new();
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

/// Finds the revision folders the previous output holds exactly as this build would write them,
/// with their summary in the cache: those are left where they are ([`BuildCache::kept`]).
fn keep_intact_folders(cache: &mut BuildCache, frozen: &[FrozenEdition]) {
    if !cache.disk.is_enabled() {
        return;
    }
    let stable = cache.stable_dirs.clone();
    let verified = cache.verified();
    let intact: Vec<(String, String)> = stable
        .into_iter()
        .filter(|(prefix, fingerprint)| verified.fingerprint(prefix) == Some(fingerprint.as_str()))
        .collect();
    for (prefix, fingerprint) in intact {
        let Some(summary) = cache
            .disk
            .get(&FolderSummary::key(&fingerprint))
            .and_then(|members| FolderSummary::from_members(&members))
        else {
            continue;
        };
        let editions: Vec<cache::Key> = frozen
            .iter()
            .filter(|e| e.view.prefix.starts_with(&prefix))
            .map(|e| e.disk_key.clone())
            .collect();
        for key in &editions {
            cache.disk.keep(key);
        }
        cache.kept.insert(prefix, KeptFolder { summary, editions });
    }
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
fn folder_of(id: &str) -> String {
    format!("{}/{id}/", revisions::DIR)
}

/// A cache entry of one member.
fn single(name: &str, bytes: Vec<u8>) -> cache::Members {
    let mut members = cache::Members::new();
    members.insert(name.to_string(), bytes);
    members
}

/// What every frozen edition's pages depend on besides the revision itself: the theme, and the
/// settings of today's `handbook.yaml` that apply to every revision (address, theme, languages).
struct FrozenInputs {
    theme: [u8; 32],
    base_url: String,
    theme_name: String,
    languages: Vec<String>,
}

fn frozen_inputs(root: &Path, current: &Handbook, languages: &[String]) -> FrozenInputs {
    FrozenInputs {
        theme: render::theme::Theme::source_fingerprint(root, &current.site.theme.value),
        base_url: current.site.base_url.value.clone(),
        theme_name: current.site.theme.value.clone(),
        languages: languages.to_vec(),
    }
}

/// The cache key of one frozen edition: the generator (in every key), the theme and site settings,
/// this revision's and the previous one's content hashes (its changes page compares them), the list
/// of revisions, and everything the edition shows about the others (switcher, banner, PDF, languages).
fn edition_key(
    inputs: &FrozenInputs,
    revisions: &[Revision],
    i: usize,
    view: &EditionView,
) -> cache::Key {
    let mut k = cache::KeyBuilder::new("edition");
    k.field(inputs.theme)
        .field(&inputs.base_url)
        .field(&inputs.theme_name)
        .field(inputs.languages.join("\n"))
        .field(&revisions[i].content_sha256)
        .field(
            i.checked_sub(1)
                .map_or("", |p| revisions[p].content_sha256.as_str()),
        )
        .field(serde_json::to_vec(revisions).unwrap_or_default());
    let status = |s: Status| format!("{s:?}");
    k.field(&view.prefix)
        .field(status(view.status))
        .field(&view.label)
        .field(&view.language)
        .field(&view.default_language);
    for (lang, folder) in &view.languages {
        k.field(lang).field(folder);
    }
    k.field(
        view.pdf
            .as_ref()
            .map_or(String::new(), |(f, sha)| format!("{f} {sha}")),
    );
    for target in &view.switcher {
        k.field(&target.label)
            .field(&target.prefix)
            .field(status(target.status))
            .field(target.urls.iter().cloned().collect::<Vec<_>>().join("\n"));
    }
    k.finish()
}

fn diff_labels(language: &str) -> DiffLabels {
    if language.starts_with("en") {
        DiffLabels {
            inserted: "added".into(),
            deleted: "removed".into(),
            added: "added".into(),
            removed: "removed".into(),
            changed: "changed".into(),
        }
    } else {
        DiffLabels {
            inserted: "ajout".into(),
            deleted: "suppression".into(),
            added: "ajouté".into(),
            removed: "retiré".into(),
            changed: "modifié".into(),
        }
    }
}

/// An Atom feed of the revisions, newest first, so members can follow new versions of the charter.
fn feed(hb: &Handbook, revisions: &[Revision]) -> String {
    let esc = crate::highlight::escape;
    let base = &hb.site.base_url.value;
    let updated = revisions.last().map(|r| r.date.clone()).unwrap_or_default();
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <title>{} — revisions</title>\n  <id>{base}revisions.xml</id>\n  <link rel=\"self\" href=\"{base}revisions.xml\"/>\n  <link href=\"{base}\"/>\n  <updated>{updated}T00:00:00Z</updated>\n  <author><name>{}</name></author>\n",
        esc(&hb.site.language.value),
        esc(&hb.site.title),
        esc(&hb.site.association.name)
    );
    for r in revisions.iter().rev() {
        xml.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{base}revisions/{}/</id>\n    <link href=\"{base}revisions/{}/changes/\"/>\n    <updated>{}T00:00:00Z</updated>\n    <summary>{} ({})</summary>\n  </entry>\n",
            esc(&r.id),
            esc(&r.id),
            esc(&r.id),
            esc(&r.date),
            esc(&r.summary),
            esc(&r.approved_by)
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

/// Checks the sources without writing anything.
pub fn validate(root: &Path) -> Result<SiteFiles, Diagnostics> {
    let (handbook, files) = prepare(root, None)?;
    check_budget(&handbook, &files)?;
    Ok(files)
}

/// Builds the site into `options.output`, swapping it in only when everything succeeded.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let disk = options
        .cache_dir
        .as_ref()
        .map_or_else(DiskCache::disabled, DiskCache::at);
    let mut cache = BuildCache::one_shot().with_disk_cache(disk);
    // What the previous build left in the output, checked file by file on the other core while
    // this build renders: revision folders found intact are moved into the new site, not rewritten.
    let state_key = cache.disk.is_enabled().then(|| {
        let mut k = cache::KeyBuilder::new("output");
        k.field(
            std::path::absolute(&options.output)
                .unwrap_or_else(|_| options.output.clone())
                .to_string_lossy()
                .as_bytes(),
        );
        k.finish()
    });
    let previous = state_key
        .as_ref()
        .and_then(|k| cache.disk.get_record(k))
        .and_then(|m| {
            m.get("state")
                .map(|b| crate::output::OutputState::from_bytes(b))
        });
    cache.verifier = previous.map(|state| {
        let output = options.output.clone();
        std::thread::spawn(move || state.verify(&output))
    });
    let (handbook, files) = prepare_with(
        &options.root,
        options.base_url.as_deref(),
        options.drafts,
        &mut cache,
    )?;
    let sizes_key = cache::KeyBuilder::new("gzip-sizes").finish();
    let mut sizes = cache
        .disk
        .get_record(&sizes_key)
        .and_then(|m| {
            m.get("sizes")
                .map(|b| crate::budget::GzipSizes::from_bytes(b))
        })
        .unwrap_or_default();
    let weight = weigh_by_folder(&files, &mut cache, &mut sizes);
    let summary = check_weight(&handbook, &weight)?;
    if sizes.measured() > 0 {
        cache
            .disk
            .put(&sizes_key, &single("sizes", sizes.to_bytes()));
    }
    cache.verified();
    let mut reusable = Reusable {
        folders: cache.stable_dirs.clone(),
        groups: BTreeMap::new(),
    };
    if let Some(mut group) = cache.in_force.take() {
        // Only what the site publishes: the theme's worker, for one, leaves assets/ for the root.
        group.paths.retain(|p| files.contains_key(p));
        reusable.groups.insert("in-force".into(), group);
    }
    let BuildCache {
        disk,
        verified,
        kept,
        ..
    } = &mut cache;
    // A kept folder that cannot be moved after all is written from its cache entries.
    let mut absent = |prefix: &str| -> std::io::Result<SiteFiles> {
        let keys = kept
            .get(prefix)
            .map(|k| k.editions.as_slice())
            .unwrap_or_default();
        let mut folder = SiteFiles::new();
        for key in keys {
            let members = disk.get_record(key).ok_or_else(|| {
                std::io::Error::other(format!(
                    "{prefix} could not be moved from the previous site, and the build cache no longer holds it; build again, or with --no-cache"
                ))
            })?;
            folder.extend(members.into_iter().filter(|(path, _)| {
                path.starts_with(prefix) && !path.ends_with(render::SITEMAP_PART)
            }));
        }
        Ok(folder)
    };
    let state = crate::output::write_reusing(&options.output, &files, &reusable, verified, &mut absent)
        .map_err(|e| {
            Diagnostics::from(Diagnostic::new(
                Origin::file_start(&options.output),
                format!("cannot write the site: {e}"),
                "check that the output folder's parent exists and is writable; the previous site was left as it was",
            ))
        })?;
    if let Some(key) = &state_key {
        cache.disk.put(key, &single("state", state.to_bytes()));
    }
    cache.disk.prune();
    let kept = cache.kept.values().map(|k| &k.summary);
    Ok(BuildReport {
        summary,
        pages: files.keys().filter(|k| k.ends_with(".html")).count()
            + kept.clone().map(|s| s.pages).sum::<usize>(),
        files: files.len() + kept.clone().map(|s| s.files).sum::<usize>(),
        bytes: files.values().map(Vec::len).sum::<usize>() + kept.map(|s| s.bytes).sum::<usize>(),
        cache: cache.disk_report().clone(),
    })
}

/// Weighs the site for the page budget one revision folder at a time: a kept folder by the weight
/// recorded in its summary, any other by its files, whose summary is then stored for next time.
/// Parts combine into exactly the weight of the whole site (see [`crate::budget::weigh_part`]).
fn weigh_by_folder(
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
