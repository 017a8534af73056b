//! Pages described before they are built: what the renderer needs to know of every page before
//! the first is rendered (its address, whether the sitemap lists it) without the page's data.
//!
//! A method page or a prompt holds its rendered Markdown, and a part of a list holds the template
//! data of every entry it shows: at 10 000 pages, some 150 MB. A one-off build builds each page
//! only in the batch that renders it ([`PagePlan::build`]), so it never holds the data of every
//! page at once; `serve`, which remembers the pages between edits, builds them all.

use std::borrow::Cow;

use serde_json::{json, Value};

use super::{
    item_href, item_template, item_url, mark_placeholders, merged_placeholders, Builder, Page,
    CHECKER_ON_USE_SCRIPT,
};
use crate::content::kinds::{Entry, Kind};
use crate::content::method::MethodPage;
use crate::content::prompts::Prompt;
use crate::content::Handbook;
use crate::render::pager::ListPage;

/// A page of the site, built or to build.
pub enum PagePlan<'a> {
    /// A page whose data is already made: a page of a small kind, or one `serve` remembers.
    Built(Cow<'a, Page>),
    /// A method page or a prompt: its Markdown is rendered when the page is built.
    Item(Item<'a>),
    /// A part of a list of method pages or prompts: its entries become template data when the
    /// page is built.
    List(ListPart<'a>),
}

impl<'a> PagePlan<'a> {
    /// The page's site-absolute URL.
    pub fn url(&self) -> &str {
        match self {
            PagePlan::Built(page) => &page.url,
            PagePlan::Item(item) => &item.url,
            PagePlan::List(list) => &list.part.url,
        }
    }

    /// Whether the sitemap lists the page.
    pub fn in_sitemap(&self) -> bool {
        match self {
            PagePlan::Built(page) => page.in_sitemap,
            PagePlan::Item(_) => true,
            PagePlan::List(list) => list.in_sitemap,
        }
    }

    /// The page with its data: the same page, field for field, whenever it is built.
    pub fn build(self) -> Cow<'a, Page> {
        match self {
            PagePlan::Built(page) => page,
            PagePlan::Item(item) => Cow::Owned(item.build()),
            PagePlan::List(list) => Cow::Owned(list.build()),
        }
    }
}

/// A method page or a prompt, by its place in the model.
pub struct Item<'a> {
    url: String,
    of: ItemOf<'a>,
}

enum ItemOf<'a> {
    /// The method page at this index of `hb.method` (its neighbours give the previous and next
    /// links).
    Method {
        hb: &'a Handbook,
        index: usize,
    },
    Prompt(&'a Prompt),
}

impl<'a> Item<'a> {
    /// The page of `hb.method[index]`.
    pub(super) fn method(hb: &'a Handbook, index: usize, slug: &str) -> Self {
        Item {
            url: item_url(Kind::Method.entry(), slug),
            of: ItemOf::Method { hb, index },
        }
    }

    /// The page of `prompt`.
    pub(super) fn prompt(prompt: &'a Prompt) -> Self {
        Item {
            url: item_url(Kind::Prompts.entry(), &prompt.slug),
            of: ItemOf::Prompt(prompt),
        }
    }

    fn build(self) -> Page {
        let (mut page, kind) = match self.of {
            ItemOf::Method { hb, index } => (
                method_page(hb, Kind::Method.entry(), index, &self.url),
                Kind::Method,
            ),
            ItemOf::Prompt(prompt) => (
                prompt_page(Kind::Prompts.entry(), prompt, &self.url),
                Kind::Prompts,
            ),
        };
        page.kind = Some(kind);
        page
    }
}

/// The page of `hb.method[i]`, at `url`, with links to its neighbours.
fn method_page(hb: &Handbook, entry: &Entry, i: usize, url: &str) -> Page {
    let link = |i: Option<usize>| {
        i.and_then(|i| hb.method.get(i))
            .map(|p| json!({ "title": p.title, "url": item_href(entry, &p.slug) }))
    };
    let p = &hb.method[i];
    let mut b = Builder::new(url);
    // Right under the page's <h1> (and its summary): `##` headings are <h2>.
    let html = b.md(&p.body, 0);
    let data = json!({
        "summary": p.summary,
        "html": html,
        "prev": link(i.checked_sub(1)),
        "next": link(Some(i + 1)),
    });
    b.finish(item_template(entry), p.title.clone(), data)
}

/// The page of prompt `p`, at `url`.
fn prompt_page(entry: &Entry, p: &Prompt, url: &str) -> Page {
    let mut b = Builder::new(url);
    b.reserve("context");
    b.reserve("prompt");
    let data = json!({
        "id": p.id,
        "tags": p.tags,
        "use_case": p.use_case,
        "intro": b.md(&p.intro, 1),
        "context": p.context.text,
        "context_html": mark_placeholders(&p.context.text),
        "prompt": p.prompt.text,
        "prompt_html": mark_placeholders(&p.prompt.text),
        "placeholders": merged_placeholders(&p.context.placeholders, &p.prompt.placeholders),
        "notes": b.md(&p.notes, 0),
        "template": format!("{}\n\n{}", p.context.text, p.prompt.text),
    });
    let mut page = b.finish(
        item_template(entry),
        format!("{} — {}", p.id, p.title),
        data,
    );
    page.scripts.push("copy.js");
    page.scripts.push(CHECKER_ON_USE_SCRIPT);
    page
}

/// An entry of a list: a method page or a prompt.
#[derive(Clone, Copy)]
pub(super) enum Listed<'a> {
    Method(&'a MethodPage),
    Prompt(&'a Prompt),
}

impl Listed<'_> {
    /// What the list's template shows of the entry.
    fn data(self) -> Value {
        match self {
            Listed::Method(p) => json!({
                "title": p.title,
                "summary": p.summary,
                "url": item_href(Kind::Method.entry(), &p.slug),
            }),
            Listed::Prompt(p) => json!({
                "id": p.id,
                "title": p.title,
                "use_case": p.use_case,
                "url": item_href(Kind::Prompts.entry(), &p.slug),
            }),
        }
    }
}

/// One page of a list of `kind`'s entries: the part of the list it shows, its title, the data
/// every part of the list shares, and whether the sitemap lists it.
pub struct ListPart<'a> {
    pub(super) kind: Kind,
    pub(super) part: ListPage<Listed<'a>>,
    pub(super) title: String,
    pub(super) data: Value,
    pub(super) in_sitemap: bool,
}

impl ListPart<'_> {
    fn build(self) -> Page {
        let ListPart {
            kind,
            part,
            title,
            mut data,
            in_sitemap,
        } = self;
        if let Value::Object(map) = &mut data {
            let items = part.items.into_iter().map(Listed::data).collect();
            map.insert("items".into(), Value::Array(items));
            map.insert("pager".into(), part.pager);
        }
        let entry: &Entry = kind.entry();
        let mut page = Builder::new(&part.url).finish(entry.template, title, data);
        page.in_sitemap = in_sitemap;
        page.kind = Some(kind);
        page
    }
}
