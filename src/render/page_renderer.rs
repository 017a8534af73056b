//! Rendering one edition's pages through the theme's templates: what every template receives
//! besides its page, and, for a cache that remembers (`serve`), each page's HTML with the exact
//! inputs it was rendered from, so an edit renders again only the pages whose inputs changed.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use serde_json::{json, Value};
use sha2::Digest;

use super::pages::{self, Page};
use super::theme::Theme;
use super::{
    render_context, render_template_owned, tera_context, CachedTheme, PageAssets, RememberedSearch,
    RenderStats, RenderedPage,
};
use crate::content::Handbook;
use crate::diagnostics::Diagnostic;
use crate::render::EditionView;
use crate::site_files::SiteFiles;
use crate::urls;

/// Renders the pages of one edition: what every template receives besides its page, and, for a
/// cache that remembers (`serve`), each page's HTML with the exact inputs it was rendered from.
pub(super) struct PageRenderer<'a> {
    pub(super) hb: &'a Handbook,
    pub(super) edition: &'a EditionView,
    pub(super) theme: &'a CachedTheme,
    pub(super) strings: &'a BTreeMap<String, String>,
    /// What every page's template receives alike ([`SharedContext::new`]).
    pub(super) shared: SharedContext,
    pub(super) assets: PageAssets,
    /// The HTML of earlier renders by output path; none when nothing is remembered.
    pub(super) memo: Option<&'a mut HashMap<String, RenderedPage>>,
    pub(super) stats: &'a mut RenderStats,
}

impl PageRenderer<'_> {
    /// The page's HTML: the remembered HTML when its template and data are what they were, else
    /// rendered. Only reads the memo, so pages can be rendered on several threads at once;
    /// [`PageRenderer::keep`] records the result.
    pub(super) fn render(&self, page: &Page) -> Result<Rendered, Diagnostic> {
        let own = self.page_context(page);
        let path = format!("{}{}", self.edition.prefix, urls::output_path(&page.url));
        let Some(memo) = self.memo.as_deref() else {
            let html = self.shared.render(&self.theme.theme, page.template, own)?;
            return Ok(Rendered::Once { path, html });
        };
        let fingerprint = self
            .theme
            .fingerprints
            .get(page.template)
            .copied()
            .unwrap_or_default();
        // The part all pages share is compared once per render, by its digest; each page's own
        // part byte for byte.
        let context_bytes = serde_json::to_vec(&own).unwrap_or_default();
        let reusable = memo.get(&path).filter(|old| {
            old.template == page.template
                && old.fingerprint == fingerprint
                && old.shared_context == self.shared.digest
                && old.context == context_bytes
        });
        if let Some(old) = reusable {
            return Ok(Rendered::Reused {
                path,
                html: old.html.clone(),
            });
        }
        let html = self
            .shared
            .render(&self.theme.theme, page.template, own)?
            .into_bytes();
        Ok(Rendered::Fresh {
            path,
            page: Box::new(RenderedPage {
                fingerprint,
                template: page.template,
                shared_context: self.shared.digest,
                context: context_bytes,
                html,
                search: None,
            }),
        })
    }

    /// The search document read from this page's HTML at an earlier render, when `rendered` reused
    /// that HTML and the page is still of the same kind and sitemap listing: `Some(None)` for a
    /// page the index leaves out.
    pub(super) fn remembered_search(
        &self,
        page: &Page,
        rendered: &Rendered,
    ) -> Option<Option<crate::search::SearchDoc>> {
        let Rendered::Reused { path, .. } = rendered else {
            return None;
        };
        let remembered = self.memo.as_deref()?.get(path)?.search.as_ref()?;
        (remembered.in_sitemap == page.in_sitemap && remembered.kind == page.kind)
            .then(|| remembered.doc.clone())
    }

    /// [`PageRenderer::keep`], remembering what the search index read from the page.
    pub(super) fn keep_with_search(
        &mut self,
        rendered: Rendered,
        search: RememberedSearch,
    ) -> (String, Vec<u8>) {
        let (path, html) = self.keep(rendered);
        if let Some(page) = self.memo.as_deref_mut().and_then(|m| m.get_mut(&path)) {
            page.search = Some(search);
        }
        (path, html)
    }

    /// Records what [`PageRenderer::render`] did (stats, memo); returns the page's path and HTML.
    pub(super) fn keep(&mut self, rendered: Rendered) -> (String, Vec<u8>) {
        match rendered {
            Rendered::Once { path, html } => (path, html.into_bytes()),
            Rendered::Reused { path, html } => {
                self.stats.reused += 1;
                (path, html)
            }
            Rendered::Fresh { path, page } => {
                let html = page.html.clone();
                if let Some(memo) = self.memo.as_deref_mut() {
                    memo.insert(path.clone(), *page);
                }
                self.stats.pages.insert(path.clone());
                (path, html)
            }
        }
    }

    /// Forgets the HTML of pages the edition no longer has.
    pub(super) fn forget_pages_not_in(&mut self, files: &SiteFiles) {
        if let Some(memo) = self.memo.as_deref_mut() {
            memo.retain(|path, _| files.contains_key(path));
        }
    }

    /// What the page's template receives besides the [`SharedContext`].
    fn page_context(&self, page: &Page) -> Value {
        let (hb, edition, assets) = (self.hb, self.edition, &self.assets);
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
        // A page of another language is translated when every file it was built from is a twin;
        // a page built from no file (search, list of pages, changes) is all UI strings.
        let translated = edition.language == edition.default_language
            || edition.default_language.is_empty()
            || page
                .sources
                .iter()
                .all(|p| crate::source::is_translation(p));
        let mut styles = vec![assets
            .static_files
            .get("style.css")
            .cloned()
            .unwrap_or_default()];
        if page.has_code {
            styles.push(assets.highlight_css.clone());
        }
        // Search is on every page (the header link); the rest only where the page needs it.
        let scripts: Vec<String> = page
            .scripts
            .iter()
            .chain(std::iter::once(&pages::SEARCH_LINK_SCRIPT))
            .chain(hb.site.offline.then_some(&pages::REGISTER_SCRIPT))
            .filter_map(|s| assets.static_files.get(*s).cloned())
            .collect();
        let checker_on_use = page.scripts.contains(&pages::CHECKER_ON_USE_SCRIPT);
        json!({
            "content_lang": if translated { &hb.site.language.value } else { &edition.default_language },
            "untranslated": !translated,
            "root": root_prefix,
            "site_root": site_root,
            "edition": edition.page_context(&page.url),
            "seo": edition.seo_context(&page.url, &hb.site.base_url.value),
            "current": page.url.trim_start_matches('/'),
            "title": page.title,
            "page": page.data,
            "styles": styles,
            "scripts": scripts,
            "uses_checker": page.scripts.contains(&pages::CHECKER_SCRIPT) || checker_on_use,
            // The checker's own script, for a page that loads it only on first use.
            "checker_script": checker_on_use
                .then(|| assets.static_files.get(pages::CHECKER_SCRIPT).cloned())
                .flatten(),
        })
    }
}

/// The part of the template context that is the same for every page of an edition (the site, its
/// UI strings, the menu, the checker's files), built once per render rather than once per page,
/// with a digest of it that a remembered page is compared with.
pub(super) struct SharedContext {
    value: serde_json::Map<String, Value>,
    digest: [u8; 32],
}

impl SharedContext {
    pub(super) fn new(
        hb: &Handbook,
        strings: &BTreeMap<String, String>,
        nav: Vec<Value>,
        assets: &PageAssets,
    ) -> Self {
        let mut value = serde_json::Map::new();
        value.insert("site".into(), json!(hb.site));
        value.insert("lang".into(), json!(hb.site.language.value));
        value.insert("t".into(), json!(strings));
        value.insert("nav".into(), Value::Array(nav));
        value.insert("checker".into(), assets.checker.clone());
        value.insert("checker_labels".into(), json!(assets.checker_labels));
        let bytes = serde_json::to_vec(&value).unwrap_or_default();
        let digest = sha2::Sha256::digest(&bytes).into();
        SharedContext { value, digest }
    }

    /// The whole context of a page whose own part is `own` (an object).
    fn with(&self, own: Value) -> Value {
        let mut context = self.value.clone();
        if let Value::Object(own) = own {
            context.extend(own);
        }
        Value::Object(context)
    }

    /// `template` rendered with the context [`with`](Self::with) gives, without copying the shared
    /// part for every page (the UI strings and the menu are thousands of small values): each thread
    /// keeps a tera context holding it, known by its digest, and only puts the page's own keys in
    /// and takes them out again, giving back any shared value one of them hid.
    fn render(&self, theme: &Theme, template: &str, own: Value) -> Result<String, Diagnostic> {
        thread_local! {
            static KEPT: RefCell<Option<([u8; 32], tera::Context)>> = const { RefCell::new(None) };
        }
        let Value::Object(own) = own else {
            return render_template_owned(theme, template, self.with(own));
        };
        KEPT.with_borrow_mut(|kept| {
            let context = match kept {
                Some((digest, context)) if *digest == self.digest => context,
                _ => {
                    let shared = tera_context(template, Value::Object(self.value.clone()))?;
                    &mut kept.insert((self.digest, shared)).1
                }
            };
            let keys: Vec<String> = own.keys().cloned().collect();
            context.extend(tera_context(template, Value::Object(own))?);
            let html = render_context(theme, template, context);
            for key in keys {
                context.remove(&key);
                if let Some(hidden) = self.value.get(&key) {
                    context.insert(key, hidden);
                }
            }
            html.map(crate::memory::fitted_string)
        })
    }
}

/// A page's HTML, as [`PageRenderer::render`] found it: reused from an earlier render, rendered
/// now and to remember, or rendered for this build only.
pub(super) enum Rendered {
    Reused {
        path: String,
        html: Vec<u8>,
    },
    Fresh {
        path: String,
        page: Box<RenderedPage>,
    },
    /// Kept as the template gave it, a `String`: its text is read for the search index without
    /// checking again that it is UTF-8.
    Once {
        path: String,
        html: String,
    },
}

impl Rendered {
    /// The page's HTML as text, as its readers take it ([`crate::html::page_text`]).
    pub(super) fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Rendered::Once { html, .. } => std::borrow::Cow::Borrowed(html),
            Rendered::Reused { html, .. } => crate::html::page_text(html),
            Rendered::Fresh { page, .. } => crate::html::page_text(&page.html),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page rendered through the context each thread keeps is the page rendered with the whole
    /// context copied: a page's own key hides a shared one for that page only, a page's own keys
    /// are gone for the next page, and another shared part is not mixed with the first.
    #[test]
    fn the_kept_context_renders_what_the_copied_one_renders() {
        let root = tempfile::tempdir().expect("temporary folder");
        let templates = root.path().join("themes/own/templates");
        std::fs::create_dir_all(&templates).expect("theme folder");
        let page = "{{ lang }}|{{ title | default(value='-') }}|{{ t.hello }}";
        std::fs::write(templates.join("page.html"), page).expect("a template");
        let theme = super::super::theme::Theme::load(root.path(), "own")
            .unwrap_or_else(|d| panic!("{d:?}"));
        let shared = |lang: &str| {
            let value = json!({ "lang": lang, "t": { "hello": format!("hello-{lang}") } });
            let Value::Object(value) = value else {
                unreachable!()
            };
            let digest = sha2::Sha256::digest(serde_json::to_vec(&value).expect("JSON")).into();
            SharedContext { value, digest }
        };
        let (fr, en) = (shared("fr"), shared("en"));
        let pages = [
            (&fr, json!({ "title": "Charte" })),
            (&fr, json!({ "lang": "de", "title": "Seite" })),
            (&fr, json!({})),
            (&en, json!({ "title": "Charter" })),
            (&fr, json!({ "title": "Méthode" })),
        ];
        let mut rendered = Vec::new();
        for (shared, own) in pages {
            let copied = render_template_owned(&theme, "page.html", shared.with(own.clone()))
                .unwrap_or_else(|d| panic!("{d:?}"));
            let kept = shared
                .render(&theme, "page.html", own)
                .unwrap_or_else(|d| panic!("{d:?}"));
            assert_eq!(kept, copied);
            rendered.push(kept);
        }
        assert_eq!(
            rendered,
            [
                "fr|Charte|hello-fr",
                "de|Seite|hello-fr",
                "fr|-|hello-fr",
                "en|Charter|hello-en",
                "fr|Méthode|hello-fr",
            ]
        );
    }
}
