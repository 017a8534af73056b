//! Rendering: the checked model in, the site's files out (as bytes in memory, by output path).
//!
//! Rendering is pure — no clock, no randomness, ordered maps only — so the same sources always give
//! the same bytes.

pub mod checker_assets;
pub mod edition;
pub mod guard;
pub mod machine_files;
mod page_pass;
mod page_renderer;
pub mod pager;
pub mod pages;
pub mod svg_chart;
pub mod svg_tree;
pub mod theme;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::content::Handbook;
use crate::diagnostics::{Diagnostic, Diagnostics, Origin};
pub use edition::{EditionView, PdfLink};
use page_renderer::{PageRenderer, SharedContext};
pub use pages::Section;
use pages::{Page, PagePlan};
use theme::Theme;

/// Kept under its old name here for callers of the renderer; owned by [`crate::site_files`].
pub use crate::site_files::SiteFiles;

/// Renders the whole site; dead links and template errors come back as diagnostics.
pub fn render(root: &Path, hb: &Handbook) -> Result<SiteFiles, Diagnostics> {
    render_with(
        root,
        hb,
        &mut RenderCache::one_shot(),
        &EditionView::unversioned(),
    )
}

/// What a long-running process (`handbook serve`) keeps between two renders, so that an edit re-does
/// only the work its change can affect: the loaded theme, each section's pages (Markdown, charts) and
/// each page's HTML with the exact inputs it was rendered from.
///
/// The caller says what changed ([`RenderCache::invalidate_section`], [`RenderCache::invalidate_theme`]);
/// everything else that reaches a template (site, UI strings, navigation, asset names) is compared, not
/// trusted, so a page is re-rendered whenever its template or its data differ. `handbook build` goes
/// through the same code with an empty cache, which is why both always give the same bytes.
#[derive(Default)]
pub struct RenderCache {
    /// False for a one-off build: nothing is remembered, no comparison data is kept.
    persistent: bool,
    theme: Option<CachedTheme>,
    theme_dirty: bool,
    strings: BTreeMap<String, String>,
    sections: BTreeMap<Section, Vec<Page>>,
    dirty: BTreeSet<Section>,
    /// The edition's changes data the changes page was last computed from.
    changes: Option<Value>,
    html: HashMap<String, RenderedPage>,
    /// The terms of the pages the search index was last built from.
    search_terms: crate::search::TermMemo,
    stats: RenderStats,
}

struct CachedTheme {
    name: String,
    theme: Theme,
    /// Per template: a hash of its source and of every template it may include or extend.
    fingerprints: BTreeMap<String, [u8; 32]>,
}

struct RenderedPage {
    fingerprint: [u8; 32],
    template: &'static str,
    /// The digest of the context all the edition's pages shared.
    shared_context: [u8; 32],
    /// The page's own part of the context, serialized.
    context: Vec<u8>,
    html: Vec<u8>,
    /// What the search index took from this HTML ([`page_pass::search_doc`]), with the two inputs of it that
    /// the context does not hold; none until the page is read for the index. A reused page is
    /// not read again: reading every page's HTML at each save cost more than rendering the one
    /// that changed.
    search: Option<RememberedSearch>,
}

/// A page's [`page_pass::search_doc`], valid for the same HTML and context as long as the page is still
/// listed in the sitemap (or not) and of the same kind.
struct RememberedSearch {
    in_sitemap: bool,
    kind: Option<Section>,
    doc: Option<crate::search::SearchDoc>,
}

/// What the last render with a [`RenderCache`] actually did, to check that edits stay incremental.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenderStats {
    /// Whether the theme (templates, static files, UI strings) was loaded again.
    pub theme_loaded: bool,
    /// Sections whose pages were computed again.
    pub sections: BTreeSet<Section>,
    /// Output paths of the pages whose template was rendered again.
    pub pages: BTreeSet<String>,
    /// Pages whose HTML was reused as it was.
    pub reused: usize,
}

impl RenderCache {
    /// A cache that remembers between renders.
    pub fn new() -> Self {
        RenderCache {
            persistent: true,
            ..RenderCache::default()
        }
    }

    /// A cache for a single render (`handbook build`): it keeps nothing for later.
    pub fn one_shot() -> Self {
        RenderCache::default()
    }

    /// A file of `section` changed: its pages are computed again at the next render.
    pub fn invalidate_section(&mut self, section: Section) {
        self.dirty.insert(section);
    }

    /// A template, static file or UI string changed: the theme is loaded again at the next render.
    pub fn invalidate_theme(&mut self) {
        self.theme_dirty = true;
    }

    /// Forgets everything: the next render is a full one.
    pub fn clear(&mut self) {
        *self = RenderCache {
            persistent: self.persistent,
            ..RenderCache::default()
        };
    }

    /// What the last render did.
    pub fn stats(&self) -> &RenderStats {
        &self.stats
    }

    /// The theme `name`, loaded again only if it is stale (as for a render): for the files of the
    /// whole site that the build renders once all editions are merged.
    pub fn theme(&mut self, root: &Path, name: &str) -> Result<&Theme, Diagnostics> {
        self.load_theme_if_stale(root, name)?;
        Ok(&CachedTheme::loaded(&self.theme)?.theme)
    }

    /// The theme `name` as this cache holds it, if it needs no loading again (loaded, not told it
    /// changed): another cache about to load the same theme can take this one instead.
    pub fn fresh_theme(&self, name: &str) -> Option<&Theme> {
        let cached = self.theme.as_ref()?;
        (!self.theme_dirty && cached.name == name).then_some(&cached.theme)
    }
}

/// Renders the site, reusing from `cache` whatever the changes it was told about cannot affect.
///
/// The files come back at their place in the whole site: under the edition's folder, except the
/// content-hashed `assets/` that all editions share at the site root.
pub fn render_with(
    root: &Path,
    hb: &Handbook,
    cache: &mut RenderCache,
    edition: &EditionView,
) -> Result<SiteFiles, Diagnostics> {
    let mut stats = RenderStats {
        theme_loaded: cache.load_theme_if_stale(root, &hb.site.theme.value)?,
        ..RenderStats::default()
    };
    let strings = CachedTheme::loaded(&cache.theme)?
        .theme
        .strings(&hb.site.language.value);
    // A cache that remembers builds every page's data and keeps it for the next render. A one-off
    // build only describes the pages here: each is built in the batch that renders it and dropped
    // once rendered, so their data is never all held at once.
    let plans: BTreeMap<Section, Vec<PagePlan<'_>>> = if cache.persistent {
        stats.sections = cache.collect_changed_sections(hb, &strings, edition);
        cache
            .sections
            .iter()
            .map(|(section, pages)| {
                let built = pages.iter().map(|p| PagePlan::Built(Cow::Borrowed(p)));
                (*section, built.collect())
            })
            .collect()
    } else {
        stats.sections = Section::ALL.into_iter().collect();
        Section::ALL
            .into_iter()
            .map(|section| (section, pages::plan_section(hb, &strings, section, edition)))
            .collect()
    };
    let theme = CachedTheme::loaded(&cache.theme)?;
    let (mut files, assets) = files_besides_pages(&theme.theme, hb, edition, &strings)?;
    let targets = LinkTargets::new(&files, &plans);
    let pages: Vec<PagePlan<'_>> = plans.into_values().flatten().collect();
    let (nav, sitemap_urls) = (navigation(&pages), sitemap_urls(&pages, edition));
    // Pages already built are checked now, before any is rendered; the others as they are built.
    let links_to_check = if pages.iter().all(|p| matches!(p, PagePlan::Built(_))) {
        let linked: Vec<crate::links::LinkedPage<'_>> = pages
            .iter()
            .filter_map(|p| match p {
                PagePlan::Built(page) => Some(page.linked()),
                _ => None,
            })
            .collect();
        targets.check(&linked)?;
        None
    } else {
        Some(&targets)
    };

    let mut renderer = PageRenderer {
        hb,
        edition,
        theme,
        strings: &strings,
        shared: SharedContext::new(hb, &strings, nav, &assets),
        assets,
        memo: cache.persistent.then_some(&mut cache.html),
        stats: &mut stats,
    };
    let terms = cache.persistent.then_some(&mut cache.search_terms);
    let has_code = page_pass::render_pages_then_search(
        &mut renderer,
        pages,
        &mut files,
        terms,
        links_to_check,
    )?;
    renderer.forget_pages_not_in(&files);
    if !has_code {
        // No page of this edition shows code: its highlighting style sheet would ship unused.
        files.remove(&renderer.assets.highlight_css);
    }

    add_sitemap(&theme.theme, hb, &sitemap_urls, edition, &mut files)?;
    cache.stats = stats;
    Ok(place_in_site(files, edition))
}

impl RenderCache {
    /// Loads the theme when it was told it changed or another one is named; true when it did.
    /// Until the theme loads, the old one stays marked as stale, so a failed load is retried.
    fn load_theme_if_stale(&mut self, root: &Path, name: &str) -> Result<bool, Diagnostics> {
        let stale = self.theme_dirty || self.theme.as_ref().is_none_or(|t| t.name != name);
        if !stale {
            return Ok(false);
        }
        let theme = Theme::load(root, name)?;
        self.theme = Some(CachedTheme {
            name: name.to_string(),
            fingerprints: template_fingerprints(&theme),
            theme,
        });
        self.theme_dirty = false;
        Ok(true)
    }

    /// Computes again the pages of the sections it was told changed, or of every section when the
    /// UI strings differ (page titles come from them) or nothing is remembered; returns the sections
    /// it computed.
    fn collect_changed_sections(
        &mut self,
        hb: &Handbook,
        strings: &BTreeMap<String, String>,
        edition: &EditionView,
    ) -> BTreeSet<Section> {
        if self.strings != *strings || !self.persistent {
            self.sections.clear();
            self.strings = strings.clone();
        }
        // The changes page shows the edition's view, which every build computes afresh (the draft
        // compared with the revision in force), not the files of one kind: an edit of any kind may
        // change it. Whether there is a changes page at all decides which sections are present.
        if self.changes != edition.changes {
            if self.changes.is_some() != edition.changes.is_some() {
                self.sections.clear();
            }
            self.dirty.insert(Section::Changes);
            self.changes = edition.changes.clone();
        }
        let mut collected = BTreeSet::new();
        for section in Section::ALL {
            if self.dirty.contains(&section) || !self.sections.contains_key(&section) {
                self.sections.insert(
                    section,
                    pages::collect_section(hb, strings, section, edition),
                );
                collected.insert(section);
            }
        }
        self.dirty.clear();
        collected
    }
}

impl CachedTheme {
    /// The theme [`RenderCache::load_theme_if_stale`] loaded (a field of the cache, borrowed apart
    /// from the others).
    fn loaded(theme: &Option<CachedTheme>) -> Result<&CachedTheme, Diagnostics> {
        theme.as_ref().ok_or_else(|| {
            Diagnostic::new(
                Origin::file_start(crate::content::site::CONFIG_FILE),
                "the theme could not be loaded",
                "report this as a bug",
            )
            .into()
        })
    }
}

/// The output names of the files pages link to, for their templates.
struct PageAssets {
    /// Static path → output path (content-hashed for CSS and JS).
    static_files: BTreeMap<String, String>,
    /// The code highlighting style sheet, for pages with code.
    highlight_css: String,
    /// The checker's script, Wasm and data, as [`checker_assets::add`] names them.
    checker: Value,
    checker_labels: String,
}

/// Every file of the edition that is not a page: the theme's static files, the highlighting style
/// sheet, the checker's assets, `prompts.json` and, at the root, `robots.txt` (with a placeholder
/// `sitemap.xml` so that links to it resolve; [`add_sitemap`] writes it once the pages are known).
fn files_besides_pages(
    theme: &Theme,
    hb: &Handbook,
    edition: &EditionView,
    strings: &BTreeMap<String, String>,
) -> Result<(SiteFiles, PageAssets), Diagnostic> {
    let mut files = SiteFiles::new();
    let static_files = fingerprint_assets(theme, &mut files);
    let highlight_css = {
        let css = crate::highlight::stylesheet().as_bytes().to_vec();
        let name = format!("assets/highlight.{}.css", short_hash(&css));
        files.insert(name.clone(), css);
        name
    };
    let checker = checker_assets::add(hb, &mut files);
    let checker_labels = checker_assets::labels(strings);
    files.insert("prompts.json".into(), prompts_json(hb, edition));
    if edition.is_root() {
        let robots = machine_files::robots(theme, hb)?;
        files.insert(machine_files::ROBOTS.into(), robots);
        files.insert(machine_files::SITEMAP.into(), Vec::new());
    }
    let assets = PageAssets {
        static_files,
        highlight_css,
        checker,
        checker_labels,
    };
    Ok((files, assets))
}

/// What the links of an edition's pages may lead to besides the pages themselves: the edition's
/// other files, known before any page is rendered, and the sections the handbook leaves empty.
pub(super) struct LinkTargets {
    known_files: BTreeSet<String>,
    absent: Vec<crate::links::Absent>,
}

impl LinkTargets {
    /// The targets of an edition whose files besides the pages are `files` and whose pages are
    /// `sections`.
    fn new(files: &SiteFiles, sections: &BTreeMap<Section, Vec<PagePlan<'_>>>) -> Self {
        LinkTargets {
            known_files: files.keys().map(|k| format!("/{k}")).collect(),
            absent: Section::ALL
                .iter()
                .filter(|section| sections.get(section).is_none_or(Vec::is_empty))
                .filter_map(|section| section.source())
                .map(|(url, source)| crate::links::Absent { url, source })
                .collect(),
        }
    }

    /// Checks every link of every page against the pages, their anchors and the other files; a
    /// link to a section the handbook leaves empty is reported with the section's source.
    pub(super) fn check(&self, pages: &[crate::links::LinkedPage<'_>]) -> Result<(), Diagnostics> {
        let mut diags = Diagnostics::new();
        crate::links::check(pages, &self.known_files, &self.absent, &mut diags);
        diags.into_result(())
    }
}

/// The site-absolute addresses of the edition's pages that belong in the sitemap, in page order,
/// then the list of every page (rendered after the others: the way in for readers without
/// JavaScript); none for an edition kept out of the sitemap (the draft, the copy of the revision
/// in force).
fn sitemap_urls(pages: &[PagePlan<'_>], edition: &EditionView) -> Vec<String> {
    if !edition.listed_in_sitemap() {
        return Vec::new();
    }
    let mut urls: Vec<String> = pages
        .iter()
        .filter(|p| p.in_sitemap())
        .map(|p| edition.absolute(p.url()))
        .collect();
    urls.push(edition.absolute(pages::ALL_PAGES_URL));
    urls
}

/// The edition's sitemap addresses, as a part the build merges into the site's one sitemap; the
/// root edition also writes `sitemap.xml` itself, for a site without other editions.
fn add_sitemap(
    theme: &Theme,
    hb: &Handbook,
    sitemap_urls: &[String],
    edition: &EditionView,
    files: &mut SiteFiles,
) -> Result<(), Diagnostic> {
    if edition.is_root() {
        let sitemap = machine_files::sitemap(theme, hb, sitemap_urls)?;
        files.insert(machine_files::SITEMAP.into(), sitemap);
    }
    files.insert(
        format!("{}{SITEMAP_PART}", edition.prefix),
        sitemap_urls.join("\n").into_bytes(),
    );
    Ok(())
}

/// Places the edition's own files under its folder; the hashed assets stay shared at the root.
fn place_in_site(files: SiteFiles, edition: &EditionView) -> SiteFiles {
    if edition.is_root() {
        return files;
    }
    files
        .into_iter()
        .map(|(path, bytes)| {
            if path.starts_with("assets/") || path.starts_with(&edition.prefix) {
                (path, bytes)
            } else {
                (format!("{}{path}", edition.prefix), bytes)
            }
        })
        .collect()
}

/// For each template, a SHA-256 of its own source and of every template it names (Tera's `extends`,
/// `include` and `import` take literal names), followed transitively: a page must be rendered again
/// when any template it is built from changes, and only then.
fn template_fingerprints(theme: &Theme) -> BTreeMap<String, [u8; 32]> {
    let sources = &theme.template_sources;
    let names_in = |text: &str| -> Vec<&String> {
        sources
            .keys()
            .filter(|name| {
                text.contains(&format!("\"{name}\"")) || text.contains(&format!("'{name}'"))
            })
            .collect()
    };
    sources
        .keys()
        .map(|name| {
            let mut seen: BTreeSet<&String> = BTreeSet::new();
            let mut stack = vec![name];
            while let Some(current) = stack.pop() {
                if seen.insert(current) {
                    if let Some(text) = sources.get(current) {
                        stack.extend(names_in(text));
                    }
                }
            }
            let mut hasher = Sha256::new();
            for dep in seen {
                let text = sources.get(dep).map_or("", String::as_str);
                hasher.update((dep.len() as u64).to_le_bytes());
                hasher.update(dep.as_bytes());
                hasher.update((text.len() as u64).to_le_bytes());
                hasher.update(text.as_bytes());
            }
            (name.clone(), hasher.finalize().into())
        })
        .collect()
}

/// The page's HTML, without the spare capacity the renderer's growing buffer left (a third of
/// the HTML on average): a large site holds every page in memory until it is written.
fn render_template(theme: &Theme, template: &str, context: &Value) -> Result<String, Diagnostic> {
    render_template_owned(theme, template, context.clone())
}

/// [`render_template`] for a context the caller no longer needs: it moves into tera's context
/// instead of being copied into it (a page's context holds the UI strings and the menu, copied
/// once already from the part every page shares).
fn render_template_owned(
    theme: &Theme,
    template: &str,
    context: Value,
) -> Result<String, Diagnostic> {
    let html = render_owned_context(theme, template, context)?;
    Ok(crate::memory::fitted_string(html))
}

fn render_owned_context(
    theme: &Theme,
    template: &str,
    context: Value,
) -> Result<String, Diagnostic> {
    render_context(theme, template, &tera_context(template, context)?)
}

/// `context` (an object) as tera's context for `template`.
fn tera_context(template: &str, context: Value) -> Result<tera::Context, Diagnostic> {
    tera::Context::from_value(context).map_err(|e| {
        Diagnostic::new(
            Origin::file_start(template),
            format!("cannot prepare page data: {e}"),
            "report this as a bug",
        )
    })
}

/// `template` rendered with `ctx`, its problems pointed at the template's file.
fn render_context(
    theme: &Theme,
    template: &str,
    ctx: &tera::Context,
) -> Result<String, Diagnostic> {
    theme.tera.render(template, ctx).map_err(|e| {
        let err = theme::template_error(&e);
        let name = if err.template.is_empty() {
            template.to_string()
        } else {
            err.template
        };
        let file = match theme.template_origins.get(&name) {
            Some(path) => path.clone(),
            None => Path::new("themes")
                .join(&theme.name)
                .join("templates")
                .join(&name),
        };
        Diagnostic::new(
            Origin::new(file, err.line, err.col),
            err.message,
            "check the template names, variables and filters this template uses",
        )
    })
}

/// Static files of the theme and handbook; CSS and JS get a content hash in their name so hosts can
/// cache them for a year. Returns static path → output path.
fn fingerprint_assets(theme: &Theme, files: &mut SiteFiles) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for (path, bytes) in &theme.static_files {
        let out = match path.rsplit_once('.') {
            Some((stem, ext)) if ext == "css" || ext == "js" => {
                format!("assets/{stem}.{}.{ext}", short_hash(bytes))
            }
            _ => path.clone(),
        };
        files.insert(out.clone(), bytes.clone());
        map.insert(path.clone(), out);
    }
    map
}

/// First 10 hex digits of the SHA-256: plenty to tell versions of a file apart.
pub fn short_hash(bytes: &[u8]) -> String {
    crate::digest::hex(&Sha256::digest(bytes)[..5])
}

/// The main menu: the kinds that have a menu entry ([`crate::content::kinds`]) and a page in this
/// edition, by their menu order.
fn navigation(pages: &[PagePlan<'_>]) -> Vec<Value> {
    let mut entries: Vec<(u8, &str, &str)> = Section::ALL
        .iter()
        .filter_map(|kind| {
            let entry = kind.entry();
            entry.menu.map(|menu| (menu.order, entry.url, menu.label))
        })
        .filter(|(_, url, _)| pages.iter().any(|p| p.url() == *url))
        .collect();
    entries.sort_unstable();
    entries
        .into_iter()
        .map(|(_, url, key)| json!({ "url": url.trim_start_matches('/'), "key": key }))
        .collect()
}

fn prompts_json(hb: &Handbook, edition: &EditionView) -> Vec<u8> {
    let prompts: Vec<Value> = hb
        .prompts
        .iter()
        .map(|p| {
            json!({
                "id": p.id,
                "title": p.title,
                "tags": p.tags,
                "use_case": p.use_case,
                "context": p.context.text,
                "prompt": p.prompt.text,
                "placeholders": p.context.placeholders.iter().chain(&p.prompt.placeholders).collect::<BTreeSet<_>>(),
                "url": format!("{}{}prompts/{}/", hb.site.base_url.value, edition.prefix, p.slug),
                // A prompt without a twin in this language is given in the default one: say so.
                "language": if edition.default_language.is_empty()
                    || crate::source::is_translation(&p.intro.file)
                {
                    &hb.site.language.value
                } else {
                    &edition.default_language
                },
            })
        })
        .collect();
    let doc = json!({ "handbook": hb.site.title, "language": hb.site.language.value, "prompts": prompts });
    let mut bytes = serde_json::to_vec_pretty(&doc).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// A page list that a non-root edition leaves for the site's sitemap (merged by the build).
pub const SITEMAP_PART: &str = ".sitemap-urls";
