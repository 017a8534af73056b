//! The build pipeline, top-down: load → check → render → write. Nothing is written unless every
//! stage succeeded, so a mistake in the sources never damages the published site.
//!
//! With revisions, the site has several editions (see [`render::edition`]): the newest revision at
//! the root, every revision under `revisions/ID/`, the draft under `draft/` on request, plus one
//! charter PDF per revision and an Atom feed of revisions.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::changes::{self, DiffLabels};
use crate::content::{self, Handbook};
use crate::diagnostics::{Diagnostic, Diagnostics, Origin};
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
}

/// What a successful build produced, for the summary line.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Page weights and the estimated CO2e per view, printed after the build.
    pub summary: String,
    pub pages: usize,
    pub files: usize,
    pub bytes: usize,
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
        crate::offline::install(&mut files);
    } else {
        crate::offline::retire(&mut files);
    }
    Ok((handbook, files))
}

/// Weighs the built site against the page budget (the defaults, or `budget` in `handbook.yaml`);
/// returns the summary to print, or the pages over budget as problems.
pub fn check_budget(handbook: &Handbook, files: &SiteFiles) -> Result<String, Diagnostics> {
    let budget = handbook
        .site
        .budget
        .as_ref()
        .map(|b| b.value.clone())
        .unwrap_or_default();
    let report = crate::budget::check(&crate::budget::weigh(files), &budget);
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
    let mut files = SiteFiles::new();
    let mut sitemap_urls: Vec<String> = Vec::new();
    let mut stats_taken = false;
    for edition in editions {
        let edition_cache = cache.edition(edition.from_content, &edition.key);
        let rendered = render::render_with(root, edition.model, edition_cache, &edition.view)?;
        if edition.from_content && !stats_taken {
            cache.stats = cache.edition(true, &edition.key).stats().clone();
            stats_taken = true;
        }
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
    Ok(files)
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

fn render_revisions(
    root: &Path,
    current: &Handbook,
    current_translations: &[Handbook],
    languages: &[String],
    revisions: &[Revision],
    drafts: bool,
    cache: &mut BuildCache,
) -> Result<SiteFiles, Diagnostics> {
    let mut diags = Diagnostics::new();
    let mut models = Vec::new();
    for r in revisions {
        match load_revision(root, r, current, languages) {
            Ok(pair) => models.push(pair),
            Err(d) => diags.extend(d),
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let newest = revisions.len() - 1;
    let labels = diff_labels(&current.site.language.value);

    let mut pdf_files = SiteFiles::new();
    let mut pdfs: Vec<Option<(String, String)>> = Vec::new();
    for (r, (hb, _)) in revisions.iter().zip(&models) {
        let bytes = revisions::pdf::build(hb, &r.id, &r.date, &r.approved_by).map_err(|e| {
            Diagnostics::from(Diagnostic::new(
                Origin::file_start(revisions::INDEX),
                format!("revision `{}`: {e}", r.id),
                "check the revision's charter sections",
            ))
        })?;
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
        let bytes =
            revisions::pdf::build(current, "draft", &revisions[newest].date, "—").map_err(|e| {
                Diagnostics::from(Diagnostic::new(
                    Origin::file_start("content/charter"),
                    format!("draft charter PDF: {e}"),
                    "check the charter sections",
                ))
            })?;
        let sha = revisions::manifest::hex(&bytes);
        pdf_files.insert(revisions::pdf::file_name("draft"), bytes);
        Some((revisions::pdf::file_name("draft"), sha))
    } else {
        None
    };

    let mut switcher: Vec<SwitchTarget> = revisions
        .iter()
        .zip(&models)
        .enumerate()
        .map(|(i, (r, (hb, _)))| SwitchTarget {
            label: r.id.clone(),
            prefix: if i == newest {
                String::new()
            } else {
                format!("{}/{}/", revisions::DIR, r.id)
            },
            urls: pages::urls_of(hb, true),
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
    let change_data = |i: usize, r: &Revision| {
        let changes = i
            .checked_sub(1)
            .map(|p| changes::compare(&models[p].0, &models[i].0, &labels));
        json!({
            "revision": r,
            "previous": i.checked_sub(1).map(|p| revisions[p].id.clone()),
            "changes": changes,
            "pdf_sha256": pdfs[i].as_ref().map(|(_, sha)| sha),
            "revisions": revisions,
        })
    };
    // The newest revision at the root, then every revision under its own folder (the newest one too,
    // so addresses of what people signed never change), then the draft; each in every language.
    let mut editions: Vec<Edition<'_>> = Vec::new();
    for (i, (r, (hb, translated))) in revisions.iter().zip(&models).enumerate() {
        let view = EditionView {
            prefix: format!("{}/{}/", revisions::DIR, r.id),
            status: if i == newest {
                Status::Newest
            } else {
                Status::Older
            },
            label: r.id.clone(),
            switcher: switcher.clone(),
            changes: Some(change_data(i, r)),
            pdf: pdfs[i].clone(),
            ..EditionView::unversioned()
        };
        if i == newest {
            let mut root_view = view.clone();
            root_view.prefix = String::new();
            push_languages(
                &mut editions,
                &format!("root:{}", r.id),
                false,
                root_view,
                hb,
                translated,
                languages,
            );
        }
        push_languages(&mut editions, &r.id, false, view, hb, translated, languages);
    }
    if drafts {
        let view = EditionView {
            prefix: "draft/".into(),
            status: Status::Draft,
            label: "draft".into(),
            switcher: switcher.clone(),
            changes: Some(json!({
                "revision": null,
                "previous": revisions[newest].id,
                "changes": changes::compare(&models[newest].0, current, &labels),
                "pdf_sha256": draft_pdf.as_ref().map(|(_, sha)| sha),
                "revisions": revisions,
            })),
            pdf: draft_pdf.clone(),
            ..EditionView::unversioned()
        };
        push_languages(
            &mut editions,
            "draft",
            true,
            view,
            current,
            current_translations,
            languages,
        );
    }
    let mut files = render_all(root, &editions, current, cache, Some(revisions))?;
    files.extend(pdf_files);
    Ok(files)
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
    let (handbook, files) = prepare_with(
        &options.root,
        options.base_url.as_deref(),
        options.drafts,
        &mut BuildCache::one_shot(),
    )?;
    let summary = check_budget(&handbook, &files)?;
    crate::output::write_atomically(&options.output, &files).map_err(|e| {
        Diagnostics::from(Diagnostic::new(
            Origin::file_start(&options.output),
            format!("cannot write the site: {e}"),
            "check that the output folder's parent exists and is writable; the previous site was left as it was",
        ))
    })?;
    Ok(BuildReport {
        summary,
        pages: files.keys().filter(|k| k.ends_with(".html")).count(),
        files: files.len(),
        bytes: files.values().map(Vec::len).sum(),
    })
}
