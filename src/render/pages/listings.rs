//! The pages that list other pages: the method's index, the prompt library with its lists by
//! topic, and the list of every page (the search page's no-JavaScript alternative). Each is split
//! into pages of the handbook's `per_page` entries ([`pager`]), so that no list outgrows the page
//! budget however large the handbook.

use serde_json::{json, Value};

use super::plan::{ListPart, Listed, PagePlan};
use super::{Builder, Page, ALL_PAGES_URL, SEARCH_URL};
use crate::content::kinds::{Entry, Kind};
use crate::content::Handbook;
use crate::markdown::Anchors;
use crate::render::pager;

/// The search page and the list of every page (its no-JavaScript alternative, split into pages of
/// `per_page` entries, with links to where each kind starts), built once every other page is
/// rendered, from what the search index read of them. Each part of the list gets its data only when
/// it is rendered ([`SearchPage::into_page`]).
pub fn search_pages<'a>(
    strings: &std::collections::BTreeMap<String, String>,
    docs: &'a [crate::search::SearchDoc],
    per_page: usize,
) -> Vec<SearchPage<'a>> {
    let t = |key: &str| strings.get(key).cloned().unwrap_or_else(|| key.to_string());
    let mut search = Builder::new(SEARCH_URL).finish("search.html", t("search"), json!({}));
    search.scripts.push("search.js");
    search.in_sitemap = false;
    let mut pages = vec![SearchPage::Ready(search)];
    // Where each kind starts, for the list's table of contents.
    let mut kinds: Vec<Value> = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        if kinds.last().is_none_or(|k| k["kind"] != doc.kind.as_str()) {
            let start = pager::page_url(ALL_PAGES_URL, i / per_page.max(1) + 1);
            kinds.push(
                json!({ "kind": doc.kind, "url": start.trim_start_matches('/'), "count": 0 }),
            );
        }
        if let Some(count) = kinds.last_mut().and_then(|k| k.get_mut("count")) {
            *count = json!(count.as_u64().unwrap_or(0) + 1);
        }
    }
    let list = pager::split(ALL_PAGES_URL, docs.iter().collect(), per_page);
    let total = list.len();
    for part in list {
        let title = pager::page_title(&t("all_pages"), part.number, total, &t("page"));
        let kinds = (total > 1).then(|| json!(kinds));
        pages.push(SearchPage::AllPages { part, title, kinds });
    }
    pages
}

/// One of the [`search_pages`]. A part of the list of every page holds the titles and headings of
/// its pages as template data: made only when the part is rendered, so that a large handbook never
/// holds the data of every part at once besides its rendered pages.
pub enum SearchPage<'a> {
    /// A page whose data is small (the search page).
    Ready(Page),
    /// A part of the list of every page, with its title and, when the list has several parts, where
    /// each kind starts.
    AllPages {
        part: pager::ListPage<&'a crate::search::SearchDoc>,
        title: String,
        kinds: Option<Value>,
    },
}

impl SearchPage<'_> {
    /// The page, with its template data.
    pub fn into_page(self) -> Page {
        match self {
            SearchPage::Ready(page) => page,
            SearchPage::AllPages { part, title, kinds } => {
                let mut data = crate::search::all_pages(part.items);
                data["pager"] = part.pager;
                if let Some(kinds) = kinds {
                    data["kinds"] = kinds;
                }
                let mut page = Builder::new(&part.url).finish("all_pages.html", title, data);
                page.in_sitemap = false;
                page
            }
        }
    }
}

/// The method's index: its pages in order, split into pages of `per_page` entries.
pub(super) fn method_index<'a>(
    hb: &'a Handbook,
    title: &str,
    strings: &std::collections::BTreeMap<String, String>,
) -> Vec<PagePlan<'a>> {
    let pages: Vec<Listed<'a>> = hb.method.iter().map(Listed::Method).collect();
    listing(
        Kind::Method,
        Kind::Method.entry().url,
        title,
        pages,
        hb,
        strings,
        json!({}),
    )
}

/// The pages of a list of `kind`'s entries at `base`: each gets `data` plus its `items` and
/// `pager` ([`pager::split`]) when it is built; the first keeps `title`, the others say their
/// number.
fn listing<'a>(
    kind: Kind,
    base: &str,
    title: &str,
    items: Vec<Listed<'a>>,
    hb: &Handbook,
    strings: &std::collections::BTreeMap<String, String>,
    data: Value,
) -> Vec<PagePlan<'a>> {
    let page_word = strings.get("page").map_or("page", String::as_str);
    let list = pager::split(base, items, hb.site.per_page());
    let total = list.len();
    list.into_iter()
        .map(|part| {
            PagePlan::List(ListPart {
                kind,
                title: pager::page_title(title, part.number, total, page_word),
                data: data.clone(),
                // The further pages only lead to pages the sitemap already lists.
                in_sitemap: part.number == 1,
                part,
            })
        })
        .collect()
}

/// The prompt library's index: every prompt in order, split into pages, with the list of topics
/// (tags); and one list per topic at `/prompts/tag/<slug>/`, split the same way.
pub(super) fn prompt_index<'a>(
    hb: &'a Handbook,
    title: &str,
    strings: &std::collections::BTreeMap<String, String>,
) -> Vec<PagePlan<'a>> {
    let entry = Kind::Prompts.entry();
    let mut by_tag: std::collections::BTreeMap<&str, Vec<Listed<'a>>> =
        std::collections::BTreeMap::new();
    for p in &hb.prompts {
        for tag in &p.tags {
            by_tag
                .entry(tag.as_str())
                .or_default()
                .push(Listed::Prompt(p));
        }
    }
    let tags: Vec<(String, &str, Vec<Listed<'a>>)> = tag_slugs(by_tag.keys().copied())
        .into_iter()
        .zip(by_tag)
        .map(|(slug, (tag, prompts))| (slug, tag, prompts))
        .collect();
    let tag_list: Vec<Value> = tags
        .iter()
        .map(|(slug, tag, prompts)| {
            json!({ "tag": tag, "url": tag_href(entry, slug), "count": prompts.len() })
        })
        .collect();
    let count = hb.prompts.len();
    let all: Vec<Listed<'a>> = hb.prompts.iter().map(Listed::Prompt).collect();
    let index = json!({ "tags": tag_list, "count": count, "tag": null });
    let mut pages = listing(Kind::Prompts, entry.url, title, all, hb, strings, index);
    for (slug, tag, prompts) in tags {
        let base = tag_url(entry, &slug);
        let tag_title = format!("{title} — {tag}");
        let tag_pages = listing(
            Kind::Prompts,
            &base,
            &tag_title,
            prompts,
            hb,
            strings,
            json!({ "tags": tag_list, "count": count, "tag": tag, "index": entry.url.trim_start_matches('/') }),
        );
        pages.extend(tag_pages.into_iter().map(|mut plan| {
            if let PagePlan::List(list) = &mut plan {
                list.in_sitemap = false;
            }
            plan
        }));
    }
    pages
}

/// The address slug of each topic, in the order given (sorted): two topics that read the same
/// once slugified get distinct slugs.
fn tag_slugs<'a>(tags: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut slugs = Anchors::default();
    tags.into_iter()
        .map(|tag| slugs.unique(&crate::slug::slugify(tag)))
        .collect()
}

/// The addresses of the further pages of a kind's index, known from the model alone. The lists by
/// topic are left out: topics are words of each language and of each revision, so the same topic
/// list may not exist in another edition (see [`same_in_every_language`]).
pub(super) fn listing_urls(hb: &Handbook, kind: Kind) -> Vec<String> {
    let entry = kind.entry();
    let per_page = hb.site.per_page();
    match kind {
        Kind::Method => pager::page_urls(entry.url, hb.method.len(), per_page),
        Kind::Prompts => pager::page_urls(entry.url, hb.prompts.len(), per_page),
        _ => Vec::new(),
    }
}

/// The page at the same address in another language of the same revision: every page but a
/// prompt topic's list, whose topic is a word of its own language; for those, the library's index.
pub fn same_in_every_language(url: &str) -> &str {
    let library = Kind::Prompts.entry().url;
    match url.strip_prefix(library) {
        Some(rest) if rest.starts_with(&format!("{TAG_FOLDER}/")) => library,
        _ => url,
    }
}

/// The address of a topic's list of prompts, site-absolute (`/prompts/tag/communication/`).
fn tag_url(entry: &Entry, slug: &str) -> String {
    format!("{}{TAG_FOLDER}/{slug}/", entry.url)
}

/// The address of a topic's list as the templates link to it, relative to the site's root.
fn tag_href(entry: &Entry, slug: &str) -> String {
    tag_url(entry, slug).trim_start_matches('/').to_string()
}

/// The folder under the prompt library's address that holds the lists by topic.
const TAG_FOLDER: &str = "tag";
