//! The pass over an edition's pages: built and rendered in batches on every core, each page's
//! search document taken from its HTML as it is rendered, then the search index and the pages that
//! list every page. A one-off build builds each page's data in the batch that renders it, indexes
//! each batch as it goes and gives back the memory of every slice of a thousand pages, so a large
//! handbook never holds every page's data and text at once: of a page, only what the dead-link
//! check needs stays until every page is built.

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
/// Pages are built and rendered on every core, a batch at a time; the results are gathered in page
/// order, so the files, the index and the first error reported are those of a render on one
/// thread. The index takes in each batch while the next one renders. With `links`, the pages were
/// not built before: their links are checked once every page was built, and a dead link is
/// reported rather than a template's error, as when the links are checked before rendering.
pub(super) fn render_pages_then_search(
    renderer: &mut PageRenderer<'_>,
    pages: Vec<PagePlan<'_>>,
    files: &mut SiteFiles,
    terms: Option<&mut crate::search::TermMemo>,
    links: Option<&LinkTargets>,
) -> Result<bool, Diagnostics> {
    let count = pages.len();
    // A one-off build gives back, after each slice of pages, the memory that their data and text
    // held (see `release_freed`).
    let one_off = renderer.memo.is_none();
    let mut pages = pages.into_iter();
    let mut indexed = 0;
    let mut search_docs: Vec<crate::search::SearchDoc> = Vec::with_capacity(count);
    let language = &renderer.hb.site.language.value;
    // A one-off build indexes each batch's pages as they are rendered and drops their text; the
    // memo (`serve`) indexes them all at the end, reusing what it indexed at the last save.
    let index_as_rendered = terms.is_none();
    let lang = crate::search::Lang::from_code(language);
    let mut index = crate::search::IndexBuilder::new(lang);
    let mut linked: Vec<PageLinks> = Vec::new();
    let mut has_code = false;
    // The first template error, in page order: past it, pages are only built, for their links.
    let mut failed: Option<Diagnostic> = None;
    // What the index takes of the pages of the batch before, added while this batch renders.
    let mut to_index: Vec<crate::search::ReadPage> = Vec::new();
    let mut since_release = 0;
    loop {
        let batch: Vec<PagePlan<'_>> = pages.by_ref().take(PAGES_PER_BATCH).collect();
        if batch.is_empty() {
            break;
        }
        since_release += batch.len();
        let (results, ()) = {
            let (shared, render) = (&*renderer, failed.is_none());
            let index = &mut index;
            let to_index = &mut to_index;
            rayon::join(
                || {
                    // One page per task: left to itself, rayon hands each core a run of pages
                    // once it has split the batch a few times, and a core whose run ends first
                    // (pages differ in cost) waits for the other's. A page takes far longer than
                    // a task.
                    batch
                        .into_par_iter()
                        .with_max_len(1)
                        .map(|plan| {
                            let page = plan.build();
                            let rendered = render.then(|| render_one(shared, &page));
                            // What the index takes of the page is read here, on the core that
                            // rendered it, rather than once the batch is gathered, on one.
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
                        .collect::<Vec<Built>>()
                },
                // Numbered in page order, one page after the other: done beside the rendering
                // rather than between two batches, with a core waiting.
                || to_index.drain(..).for_each(|read| index.push(read)),
            )
        };
        for built in results {
            has_code |= built.has_code;
            linked.extend(built.links);
            match built.rendered {
                Some(Ok((rendered, mut remembered))) if failed.is_none() => {
                    to_index.extend(built.indexed);
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
        if one_off && since_release >= PAGES_PER_SLICE {
            crate::memory::release_freed();
            since_release = 0;
        }
    }
    to_index.into_iter().for_each(|read| index.push(read));
    // The dead-link check, the index and the pages that list every page, side by side: each
    // needs only what the pages left. A dead link is still the problem reported, then the first
    // template error, as when they ran one after the other.
    let (checked, finished) = {
        let shared = &*renderer;
        let linked = &linked;
        let search_docs = &search_docs;
        rayon::join(
            || match links {
                Some(targets) => {
                    let pages: Vec<LinkedPage<'_>> = linked.iter().map(PageLinks::linked).collect();
                    targets.check(&pages)
                }
                None => Ok(()),
            },
            || {
                failed.is_none().then(|| {
                    rayon::join(
                        || match terms {
                            Some(terms) => {
                                crate::search::build_index_remembering(search_docs, language, terms)
                            }
                            None => index.finish(),
                        },
                        || {
                            pages::search_pages(
                                shared.strings,
                                search_docs,
                                shared.hb.site.per_page(),
                            )
                            .into_par_iter()
                            .with_max_len(1) // one page per task, as above
                            .map(|page| shared.render(&page.into_page()))
                            .collect::<Vec<Result<Rendered, Diagnostic>>>()
                        },
                    )
                })
            },
        )
    };
    checked?;
    drop(linked);
    if let Some(e) = failed {
        return Err(e.into());
    }
    // Made whenever no page failed.
    let (index_files, rendered) = finished.unwrap_or_default();
    drop(search_docs);
    if one_off {
        crate::memory::release_freed();
    }
    files.extend(index_files);
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

/// What became of one page of a batch: whether it shows code, its HTML (none once an earlier page
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

/// Pages rendered on every core between two gatherings in page order. Small, so that the index
/// takes in one batch while the next renders and the last batch leaves little to add alone; large
/// enough that the cores seldom wait for each other at the end of a batch.
const PAGES_PER_BATCH: usize = 64;

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
