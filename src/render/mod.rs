//! Rendering: the checked model in, the site's files out (as bytes in memory, by output path).
//!
//! Rendering is pure — no clock, no randomness, ordered maps only — so the same sources always give
//! the same bytes.

pub mod checker_assets;
pub mod edition;
pub mod pages;
pub mod svg_chart;
pub mod svg_tree;
pub mod theme;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::content::Handbook;
use crate::diagnostics::{Diagnostic, Diagnostics, Origin};
use crate::urls;
pub use edition::{EditionView, PdfLink};
use pages::Page;
pub use pages::Section;
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
    html: HashMap<String, RenderedPage>,
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
    context: Vec<u8>,
    html: Vec<u8>,
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
    let mut stats = RenderStats::default();
    let theme_name = &hb.site.theme.value;
    let reload = cache.theme_dirty
        || cache
            .theme
            .as_ref()
            .is_none_or(|cached| &cached.name != theme_name);
    if reload {
        // Until the theme loads, the old one stays marked as stale, so a failed load is retried.
        let theme = Theme::load(root, theme_name)?;
        cache.theme = Some(CachedTheme {
            name: theme_name.clone(),
            fingerprints: template_fingerprints(&theme),
            theme,
        });
        cache.theme_dirty = false;
        stats.theme_loaded = true;
    }
    let RenderCache {
        persistent,
        theme: Some(cached),
        strings: cached_strings,
        sections,
        dirty,
        html: memo,
        ..
    } = cache
    else {
        return Err(Diagnostic::new(
            Origin::file_start(crate::content::site::CONFIG_FILE),
            "the theme could not be loaded",
            "report this as a bug",
        )
        .into());
    };
    let theme = &cached.theme;
    let strings = theme.strings(&hb.site.language.value);
    if *cached_strings != strings || !*persistent {
        // Page titles come from the UI strings: every section depends on them.
        sections.clear();
        *cached_strings = strings.clone();
    }
    for section in Section::ALL {
        if dirty.contains(&section) || !sections.contains_key(&section) {
            sections.insert(
                section,
                pages::collect_section(hb, &strings, section, edition),
            );
            stats.sections.insert(section);
        }
    }
    dirty.clear();
    let pages: Vec<Page> = sections.values().flatten().cloned().collect();

    let mut files = SiteFiles::new();
    let assets = fingerprint_assets(theme, &mut files);
    let highlight_css = {
        let css = crate::highlight::stylesheet().as_bytes().to_vec();
        let name = format!("assets/highlight.{}.css", short_hash(&css));
        files.insert(name.clone(), css);
        name
    };
    let checker = checker_assets::add(hb, &mut files);
    let checker_labels = checker_assets::labels(&strings);
    files.insert("prompts.json".into(), prompts_json(hb, edition));
    if edition.is_root() {
        files.insert("robots.txt".into(), robots(hb).into_bytes());
        files.insert("sitemap.xml".into(), Vec::new());
    }

    let known_files: BTreeSet<String> = files.keys().map(|k| format!("/{k}")).collect();
    let mut diags = Diagnostics::new();
    let absent: Vec<crate::links::Absent> = Section::ALL
        .iter()
        .filter(|section| sections.get(section).is_none_or(Vec::is_empty))
        .filter_map(|section| section.source())
        .map(|(url, source)| crate::links::Absent { url, source })
        .collect();
    let linked: Vec<crate::links::LinkedPage<'_>> = pages.iter().map(Page::linked).collect();
    crate::links::check(&linked, &known_files, &absent, &mut diags);
    if !diags.is_empty() {
        return Err(diags);
    }

    let nav = navigation(&pages);
    let mut search_docs: Vec<crate::search::SearchDoc> = Vec::new();
    let mut extra: Vec<Page> = Vec::new();
    let mut pass = 0;
    loop {
        let batch: &[Page] = if pass == 0 { &pages } else { &extra };
        for page in batch {
            let root_prefix = if page.url == "/404.html" {
                hb.site.base_path()
            } else {
                urls::relative(&page.url, "/")
            };
            // Shared assets live at the site root, above this edition's folder.
            let site_root = if page.url == "/404.html" {
                hb.site.base_path()
            } else {
                urls::relative(&edition.absolute(&page.url), "/")
            };
            // A page of another language is translated when every file it was built from is a twin.
            let translated = edition.language == edition.default_language
                || edition.default_language.is_empty()
                || (!page.sources.is_empty()
                    && page
                        .sources
                        .iter()
                        .all(|p| crate::source::is_translation(p)));
            let mut styles = vec![assets.get("style.css").cloned().unwrap_or_default()];
            if page.has_code {
                styles.push(highlight_css.clone());
            }
            // Search is on every page (the header link); the rest only where the page needs it.
            let scripts: Vec<String> = page
                .scripts
                .iter()
                .chain(std::iter::once(&pages::SEARCH_LINK_SCRIPT))
                .chain(hb.site.offline.then_some(&pages::REGISTER_SCRIPT))
                .filter_map(|s| assets.get(*s).cloned())
                .collect();
            let context = json!({
                "site": hb.site,
                "lang": hb.site.language.value,
                "content_lang": if translated { &hb.site.language.value } else { &edition.default_language },
                "untranslated": !translated,
                "t": strings,
                "root": root_prefix,
                "site_root": site_root,
                "edition": edition.page_context(&page.url),
                "current": page.url.trim_start_matches('/'),
                "title": page.title,
                "page": page.data,
                "nav": nav,
                "styles": styles,
                "scripts": scripts,
                "uses_checker": page.scripts.contains(&pages::CHECKER_SCRIPT),
                "checker": checker,
                "checker_labels": checker_labels,
            });
            let out_path = format!("{}{}", edition.prefix, urls::output_path(&page.url));
            if !*persistent {
                let html = render_template(theme, page.template, &context)?;
                if pass == 0 {
                    search_docs.extend(search_doc(page, &html, &strings));
                }
                files.insert(out_path, html.into_bytes());
                continue;
            }
            let fingerprint = cached
                .fingerprints
                .get(page.template)
                .copied()
                .unwrap_or_default();
            let context_bytes = serde_json::to_vec(&context).unwrap_or_default();
            let reusable = memo.get(&out_path).filter(|old| {
                old.template == page.template
                    && old.fingerprint == fingerprint
                    && old.context == context_bytes
            });
            if let Some(old) = reusable {
                if pass == 0 {
                    search_docs.extend(search_doc(
                        page,
                        &String::from_utf8_lossy(&old.html),
                        &strings,
                    ));
                }
                files.insert(out_path, old.html.clone());
                stats.reused += 1;
                continue;
            }
            let html = render_template(theme, page.template, &context)?.into_bytes();
            memo.insert(
                out_path.clone(),
                RenderedPage {
                    fingerprint,
                    template: page.template,
                    context: context_bytes,
                    html: html.clone(),
                },
            );
            stats.pages.insert(out_path.clone());
            if pass == 0 {
                search_docs.extend(search_doc(page, &String::from_utf8_lossy(&html), &strings));
            }
            files.insert(out_path, html);
        }
        if pass == 1 {
            break;
        }
        // Second pass: the search page and the list of all pages, which need every page's HTML.
        files.extend(crate::search::build_index(
            &search_docs,
            &hb.site.language.value,
        ));
        extra = pages::search_pages(&strings, crate::search::all_pages(&search_docs));
        pass = 1;
    }
    memo.retain(|path, _| files.contains_key(path));
    let sitemap_urls: Vec<String> = pages
        .iter()
        .filter(|p| p.in_sitemap)
        .map(|p| edition.absolute(&p.url))
        .collect();
    if edition.is_root() {
        files.insert(
            "sitemap.xml".into(),
            sitemap(hb, &sitemap_urls).into_bytes(),
        );
    }
    // The build merges every edition's part into the site's one sitemap.
    files.insert(
        format!("{}{SITEMAP_PART}", edition.prefix),
        sitemap_urls.join("\n").into_bytes(),
    );
    cache.stats = stats;
    // Place the edition's own files under its folder; hashed assets stay shared at the root.
    if edition.is_root() {
        return Ok(files);
    }
    Ok(files
        .into_iter()
        .map(|(path, bytes)| {
            if path.starts_with("assets/") || path.starts_with(&edition.prefix) {
                (path, bytes)
            } else {
                (format!("{}{path}", edition.prefix), bytes)
            }
        })
        .collect())
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

fn render_template(theme: &Theme, template: &str, context: &Value) -> Result<String, Diagnostic> {
    let ctx = tera::Context::from_serialize(context).map_err(|e| {
        Diagnostic::new(
            Origin::file_start(template),
            format!("cannot prepare page data: {e}"),
            "report this as a bug",
        )
    })?;
    theme.tera.render(template, &ctx).map_err(|e| {
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

/// What the search index knows of a page, read from its HTML (titles, headings, text) plus, for
/// prompts, their id and tags. The 404 page is not searchable.
fn search_doc(
    page: &Page,
    html: &str,
    strings: &BTreeMap<String, String>,
) -> Option<crate::search::SearchDoc> {
    if !page.in_sitemap {
        return None;
    }
    let kind_key = match page.template {
        "charter.html" => "charter",
        "method.html" | "method_index.html" => "method",
        "decision_tree.html" => "decision_tree",
        "prompt.html" | "prompts.html" => "prompts",
        "training.html" => "training",
        "tools.html" => "tools",
        "indicators.html" => "indicators",
        "committee.html" => "committee",
        "checker.html" => "checker",
        "changes.html" => "changes",
        _ => "home",
    };
    let kind = strings.get(kind_key).map_or(kind_key, String::as_str);
    let mut doc = crate::search::SearchDoc::from_html(&page.url, kind, &page.title, html);
    if let Some(id) = page.data.get("id").and_then(Value::as_str) {
        doc.keywords.push(id.to_string());
    }
    if let Some(tags) = page.data.get("tags").and_then(Value::as_array) {
        doc.keywords
            .extend(tags.iter().filter_map(Value::as_str).map(str::to_string));
    }
    Some(doc)
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
    let digest = Sha256::digest(bytes);
    digest.iter().take(5).map(|b| format!("{b:02x}")).collect()
}

fn navigation(pages: &[Page]) -> Vec<Value> {
    const SECTIONS: [(&str, &str); 10] = [
        ("/", "home"),
        ("/charter/", "charter"),
        ("/method/", "method"),
        ("/decision-tree/", "decision_tree"),
        ("/prompts/", "prompts"),
        ("/training/", "training"),
        ("/tools/", "tools"),
        ("/indicators/", "indicators"),
        ("/committee/", "committee"),
        ("/checker/", "checker"),
    ];
    SECTIONS
        .iter()
        .filter(|(url, _)| pages.iter().any(|p| p.url == *url))
        .map(|(url, key)| json!({ "url": url.trim_start_matches('/'), "key": key }))
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
            })
        })
        .collect();
    let doc = json!({ "handbook": hb.site.title, "language": hb.site.language.value, "prompts": prompts });
    let mut bytes = serde_json::to_vec_pretty(&doc).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn robots(hb: &Handbook) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        hb.site.base_url.value
    )
}

/// A page list that a non-root edition leaves for the site's sitemap (merged by the build).
pub const SITEMAP_PART: &str = ".sitemap-urls";

/// `sitemap.xml` from site-absolute page URLs.
pub fn sitemap(hb: &Handbook, urls: &[String]) -> String {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for url in urls {
        xml.push_str("  <url><loc>");
        xml.push_str(&crate::highlight::escape(&format!(
            "{}{}",
            hb.site.base_url.value,
            url.trim_start_matches('/')
        )));
        xml.push_str("</loc></url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}
