//! The pass over an edition's pages: built and rendered in slices on every core, each page's
//! search document taken from its HTML as it is rendered, then the search index and the pages that
//! list every page. A one-off build builds each page's data in the slice that renders it, indexes
//! each slice as it goes and gives back the slice's memory, so a large handbook never holds every
//! page's data and text at once: of a page, only what the dead-link check needs stays until every
//! page is built.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde_json::Value;

use super::page_renderer::{PageRenderer, Rendered};
use super::pages::{self, Page, PagePlan};
use super::{LinkTargets, RememberedSearch};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::links::LinkedPage;
use crate::markdown::LinkRef;
use crate::site_files::SiteFiles;

/// Renders every page, reading each one's HTML for the search index, then the index itself and the
/// pages built from it (the search page, the list of all pages), which need every other page first.
/// Returns whether any page shows code.
///
/// Pages are built and rendered on every core, a slice at a time; the results are gathered in page
/// order, so the files, the index and the first error reported are those of a render on one
/// thread. With `links`, the pages were not built before: their links are checked once every page
/// was built, and a dead link is reported rather than a template's error, as when the links are
/// checked before rendering.
pub(super) fn render_pages_then_search(
    renderer: &mut PageRenderer<'_>,
    pages: Vec<PagePlan<'_>>,
    files: &mut SiteFiles,
    terms: Option<&mut crate::search::TermMemo>,
    links: Option<&LinkTargets>,
) -> Result<bool, Diagnostics> {
    let count = pages.len();
    // A one-off build gives back, after each slice, the memory that the slice's pages' data and
    // text held (see `release_freed`).
    let one_off = renderer.memo.is_none();
    let mut pages = pages.into_iter();
    let mut indexed = 0;
    let mut search_docs: Vec<crate::search::SearchDoc> = Vec::with_capacity(count);
    let language = &renderer.hb.site.language.value;
    // A one-off build indexes each slice's pages as they are rendered and drops their text; the
    // memo (`serve`) indexes them all at the end, reusing what it indexed at the last save.
    let index_as_rendered = terms.is_none();
    let lang = crate::search::Lang::from_code(language);
    let mut index = crate::search::IndexBuilder::new(lang);
    let mut linked: Vec<PageLinks> = Vec::new();
    let mut has_code = false;
    // The first template error, in page order: past it, pages are only built, for their links.
    let mut failed: Option<Diagnostic> = None;
    loop {
        let slice: Vec<PagePlan<'_>> = pages.by_ref().take(PAGES_PER_SLICE).collect();
        if slice.is_empty() {
            break;
        }
        let results: Vec<Built> = {
            let (shared, render) = (&*renderer, failed.is_none());
            // One page per task: left to itself, rayon hands each core a run of pages once it
            // has split the slice a few times, and a core whose run ends first (pages differ in
            // cost) waits for the other's. A page takes far longer than a task.
            slice
                .into_par_iter()
                .with_max_len(1)
                .map(|plan| {
                    let page = plan.build();
                    let rendered = render.then(|| render_one(shared, &page));
                    // What the index takes of the page is read here, on the core that rendered
                    // it, rather than once the slice is gathered, on one.
                    let indexed = match &rendered {
                        Some(Ok((_, remembered))) if index_as_rendered => remembered
                            .doc
                            .as_ref()
                            .map(|doc| crate::search::ReadPage::of(doc, lang)),
                        _ => None,
                    };
                    Built {
                        has_code: page.has_code,
                        rendered,
                        indexed,
                        links: links.map(|_| PageLinks::of(page)),
                    }
                })
                .collect()
        };
        for built in results {
            has_code |= built.has_code;
            linked.extend(built.links);
            match built.rendered {
                Some(Ok((rendered, mut remembered))) if failed.is_none() => {
                    if let Some(read) = built.indexed {
                        index.push(read);
                    }
                    // The memo (`serve`) keeps the page's document too; a one-off build moves it.
                    search_docs.extend(if one_off {
                        remembered.doc.take()
                    } else {
                        remembered.doc.clone()
                    });
                    let (path, html) = renderer.keep_with_search(rendered, remembered);
                    files.insert(path, html);
                }
                Some(Err(e)) if failed.is_none() => failed = Some(e),
                _ => {}
            }
        }
        if index_as_rendered && failed.is_none() {
            // The list of every page shows titles and headings only: the indexed text can go.
            search_docs[indexed..]
                .iter_mut()
                .for_each(crate::search::SearchDoc::forget_text);
            indexed = search_docs.len();
        }
        if one_off {
            crate::memory::release_freed();
        }
    }
    if let Some(targets) = links {
        let pages: Vec<LinkedPage<'_>> = linked.iter().map(PageLinks::linked).collect();
        targets.check(&pages)?;
    }
    drop(linked);
    if let Some(e) = failed {
        return Err(e.into());
    }
    files.extend(match terms {
        Some(terms) => crate::search::build_index_remembering(&search_docs, language, terms),
        None => index.finish(),
    });
    // The list of every page shows titles and headings only: the indexed text can go.
    search_docs
        .iter_mut()
        .for_each(crate::search::SearchDoc::forget_text);
    if one_off {
        crate::memory::release_freed();
    }
    let rendered: Vec<Result<Rendered, Diagnostic>> = {
        let shared = &*renderer;
        pages::search_pages(renderer.strings, &search_docs, renderer.hb.site.per_page())
            .into_par_iter()
            .with_max_len(1) // one page per task, as above
            .map(|page| shared.render(&page.into_page()))
            .collect()
    };
    drop(search_docs);
    for result in rendered {
        let (path, html) = renderer.keep(result?);
        files.insert(path, html);
    }
    Ok(has_code)
}

/// A page's HTML, with what the search index takes of it.
fn render_one(
    renderer: &PageRenderer<'_>,
    page: &Page,
) -> Result<(Rendered, RememberedSearch), Diagnostic> {
    let rendered = renderer.render(page)?;
    let doc = match renderer.remembered_search(page, &rendered) {
        Some(doc) => doc,
        None => search_doc(page, &rendered.text(), renderer.strings),
    };
    let remembered = RememberedSearch {
        in_sitemap: page.in_sitemap,
        kind: page.kind,
        doc,
    };
    Ok((rendered, remembered))
}

/// What became of one page of a slice: whether it shows code, its HTML (none once an earlier page
/// failed), what the index takes of it and, when the links are checked as pages are built, what the check needs of it.
struct Built {
    has_code: bool,
    rendered: Option<Result<(Rendered, RememberedSearch), Diagnostic>>,
    /// What the index takes of the page, when pages are indexed as they are rendered.
    indexed: Option<crate::search::ReadPage>,
    links: Option<PageLinks>,
}

/// What the dead-link check needs of a page, kept once the rest of the page is dropped.
struct PageLinks {
    url: String,
    anchors: BTreeSet<String>,
    links: Vec<LinkRef>,
}

impl PageLinks {
    fn of(page: Cow<'_, Page>) -> Self {
        let page = page.into_owned();
        PageLinks {
            url: page.url,
            anchors: page.anchors,
            links: page.links,
        }
    }

    fn linked(&self) -> LinkedPage<'_> {
        LinkedPage {
            url: &self.url,
            anchors: &self.anchors,
            links: &self.links,
        }
    }
}

/// Pages rendered between two returns of freed memory in a one-off build: each return walks the
/// allocator's free lists, a few milliseconds, and a slice's HTML is some 10 MB at most.
const PAGES_PER_SLICE: usize = 1000;

/// What the search index knows of a page, read from its HTML (titles, headings, text) plus, for
/// prompts, their id and tags, under its kind's search label ([`crate::content::kinds`]). The 404
/// page is not searchable.
fn search_doc(
    page: &Page,
    html: &str,
    strings: &BTreeMap<String, String>,
) -> Option<crate::search::SearchDoc> {
    if !page.in_sitemap {
        return None;
    }
    let kind_key = page.kind?.entry().search?;
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
