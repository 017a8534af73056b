//! Client-side search without any third-party service.
//!
//! The build turns every page into a [`SearchDoc`] (usually with [`SearchDoc::from_html`] on the
//! rendered page) and writes the index that [`build_index`] returns next to the site. In the browser,
//! `themes/default/static/search.js` reduces the query to terms with the same rules as [`tokens`],
//! downloads the manifest, the shard of each word and the small files of the pages it shows — about
//! 10 to 30 KB for a query on a 1 000-page handbook (measured by `tests/search_index.rs`) — and lists
//! each page with its matching heading. Without JavaScript the search box is a link to the page that
//! lists every page ([`all_pages`]).
//!
//! The index lives in one folder, `search/`, relative to the root it serves and found by the page
//! from a relative URL (`data-index` on the search form), so a site can hold several independent
//! indexes (one per revision).

mod html;
mod index;
mod page_terms;
mod tokenize;

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{json, Value};

pub use index::file_name as shard_file_name;
pub use index::is_shard as is_index_shard;
pub use index::{IndexBuilder, ReadPage, TermMemo};
pub use tokenize::Lang;

/// What the index knows of one page.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct SearchDoc {
    /// Site-absolute URL, e.g. `/charter/`.
    pub url: String,
    pub title: String,
    /// Label shown with the result ("Charte", "Prompt", "Méthode"), already in the site's language.
    pub kind: String,
    /// Headings that have an anchor, in page order: results link to the one that matched.
    pub headings: Vec<SearchHeading>,
    /// Words a reader may search that the text may not hold: prompt ids, tags.
    pub keywords: Vec<String>,
    /// Plain text before the first heading: searched with a low weight and shown as the excerpt.
    pub text: String,
}

impl SearchDoc {
    /// Drops the text only the index reads (the text, the keywords, each heading's body), keeping
    /// what [`all_pages`] lists: a large handbook holds every page's document until that list is
    /// rendered.
    pub fn forget_text(&mut self) {
        self.text = String::new();
        self.keywords = Vec::new();
        for heading in &mut self.headings {
            heading.body = String::new();
        }
    }
}

/// A heading and the plain text under it (up to the next heading), so a match in the text can point
/// the reader to its section.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct SearchHeading {
    /// Anchor id, without `#`.
    pub id: String,
    pub text: String,
    pub body: String,
}

/// The index files for `docs`: relative path (`search/meta.json`, `search/t/do.json`,
/// `search/d/12.json`) → bytes, to write under the site root the index serves. `language` is the
/// site's BCP 47 code; it picks the stop words and the stemmer. The same docs always give the same
/// bytes. Document numbers follow the order of `docs`.
pub fn build_index(docs: &[SearchDoc], language: &str) -> BTreeMap<String, Vec<u8>> {
    index::build(docs, Lang::from_code(language))
}

/// [`build_index`] for a process that indexes the same pages again (`serve`): pages already in
/// `memo` are not tokenised again. The same docs give the same bytes as [`build_index`].
pub fn build_index_remembering(
    docs: &[SearchDoc],
    language: &str,
    memo: &mut TermMemo,
) -> BTreeMap<String, Vec<u8>> {
    index::build_remembering(docs, Lang::from_code(language), memo)
}

/// The search terms of `text`: the normalisation both the index and the browser apply
/// (lowercase, accents folded, stop words dropped, light stemming).
pub fn tokens(text: &str, language: &str) -> Vec<String> {
    tokenize::tokens(text, Lang::from_code(language))
}

/// Data for `all_pages.html`, the page search falls back to without JavaScript: `groups`, one per
/// kind in the order kinds first appear, each `{ "kind", "pages": [{ "url", "title", "headings":
/// [{ "id", "text" }] }] }`, URLs relative to the site root (to write after `{{ root }}`).
pub fn all_pages<'a>(docs: impl IntoIterator<Item = &'a SearchDoc>) -> Value {
    let mut order: Vec<&str> = Vec::new();
    let mut groups: BTreeMap<&str, Vec<Value>> = BTreeMap::new();
    for doc in docs {
        if !groups.contains_key(doc.kind.as_str()) {
            order.push(&doc.kind);
        }
        let headings: Vec<Value> = doc
            .headings
            .iter()
            .map(|h| json!({ "id": h.id, "text": h.text }))
            .collect();
        groups.entry(&doc.kind).or_default().push(json!({
            "url": doc.url.trim_start_matches('/'),
            "title": doc.title,
            "headings": headings,
        }));
    }
    let groups: Vec<Value> = order
        .into_iter()
        .map(|kind| json!({ "kind": kind, "pages": groups.remove(kind).unwrap_or_default() }))
        .collect();
    json!({ "groups": groups })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_pages_groups_by_kind_in_page_order() {
        let doc = |url: &str, kind: &str| SearchDoc {
            url: url.into(),
            title: url.into(),
            kind: kind.into(),
            headings: vec![],
            keywords: vec![],
            text: String::new(),
        };
        let data = all_pages(&[
            doc("/prompts/", "Prompts"),
            doc("/charter/", "Charte"),
            doc("/prompts/p-1/", "Prompts"),
        ]);
        assert_eq!(data["groups"][0]["kind"], "Prompts");
        assert_eq!(data["groups"][0]["pages"][1]["url"], "prompts/p-1/");
        assert_eq!(data["groups"][1]["kind"], "Charte");
    }
}
