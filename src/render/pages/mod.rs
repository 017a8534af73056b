//! The pages of the site: one function per content kind turns the checked model into page data
//! (site-absolute URL, template, context), rendering the Markdown each page holds.
//!
//! Pages know nothing of files or output: they only describe what to render, so the site writer, the
//! link check and the sitemap all read the same list.

use std::borrow::Cow;

use rayon::prelude::*;
use serde_json::{json, Value};

use crate::content::decision_tree::{DecisionTree, NodeKind};
use crate::content::indicators::{Direction, Indicators};
use crate::content::tools::{Status, ToolsRegister};
use crate::content::training::Training;
use crate::content::{Handbook, Markdown};
use crate::highlight::escape;
use crate::markdown::{self, Anchors, LinkRef};

mod listings;
mod plan;

use listings::{listing_urls, method_index, prompt_index};
pub use listings::{same_in_every_language, search_pages};
pub use plan::PagePlan;

/// The script of the in-page checker; a page that lists it loads the classifier (Wasm) when the
/// reader first uses it.
pub const CHECKER_SCRIPT: &str = "checker.js";

/// Loads [`CHECKER_SCRIPT`] itself on first use: for pages where the checker is an extra (a
/// prompt's fill-in form), so a reader who only reads the page downloads none of it.
pub const CHECKER_ON_USE_SCRIPT: &str = "checker-on-use.js";

/// On every page: turns the header's "all pages" link into a link to the search page.
pub const SEARCH_LINK_SCRIPT: &str = "search-link.js";

/// On every page when the site is saved for offline reading (`offline: true`): registers the
/// service worker that [`crate::offline`] installs. Declared here, with the other page scripts,
/// because `offline` works on the rendered site and so sits above the renderer.
pub const REGISTER_SCRIPT: &str = "register-sw.js";

/// The address of the search page, in every edition.
const SEARCH_URL: &str = "/search/";

/// The address of the list of every page, in every edition.
pub const ALL_PAGES_URL: &str = "/all-pages/";

/// A page to render.
#[derive(Debug, Clone)]
pub struct Page {
    /// Site-absolute URL (`/`, `/charter/`, `/404.html`).
    pub url: String,
    pub template: &'static str,
    pub title: String,
    /// Page data for the template, under `page`.
    pub data: Value,
    pub anchors: std::collections::BTreeSet<String>,
    pub links: Vec<LinkRef>,
    pub has_code: bool,
    /// Scripts this page needs (static file names); pages work without them.
    pub scripts: Vec<&'static str>,
    pub in_sitemap: bool,
    /// The content kind the page belongs to (`None` for the search pages, which come from no kind).
    pub kind: Option<Kind>,
    /// The content files the page was built from (translated twins when they were read), to tell a
    /// translated page from one that falls back to the default language.
    pub sources: std::collections::BTreeSet<std::path::PathBuf>,
}

impl Page {
    /// What the dead-link check reads of this page.
    pub fn linked(&self) -> crate::links::LinkedPage<'_> {
        crate::links::LinkedPage {
            url: &self.url,
            anchors: &self.anchors,
            links: &self.links,
        }
    }
}

/// Accumulates what a page's Markdown defines and links to while it is rendered.
struct Builder {
    url: String,
    anchors: Anchors,
    links: Vec<LinkRef>,
    has_code: bool,
    sources: std::collections::BTreeSet<std::path::PathBuf>,
}

impl Builder {
    fn new(url: &str) -> Self {
        Builder {
            url: url.to_string(),
            anchors: Anchors::default(),
            links: Vec::new(),
            has_code: false,
            sources: Default::default(),
        }
    }

    fn source(&mut self, path: &std::path::Path) {
        self.sources.insert(path.to_path_buf());
    }

    fn reserve(&mut self, id: &str) {
        self.anchors.reserve(id);
    }

    fn md(&mut self, md: &Markdown, shift: u8) -> String {
        if !md.file.as_os_str().is_empty() {
            self.sources.insert(md.file.clone());
        }
        if md.is_empty() {
            return String::new();
        }
        let r = markdown::render(md, &self.url, &mut self.anchors, shift);
        self.links.extend(r.links);
        self.has_code |= r.has_code;
        r.html
    }

    fn opt_md(&mut self, md: Option<&Markdown>, shift: u8) -> String {
        md.map(|m| self.md(m, shift)).unwrap_or_default()
    }

    fn finish(self, template: &'static str, title: impl Into<String>, data: Value) -> Page {
        Page {
            url: self.url,
            template,
            title: title.into(),
            data,
            anchors: self.anchors.into_set(),
            links: self.links,
            has_code: self.has_code,
            scripts: Vec::new(),
            in_sitemap: true,
            kind: None,
            sources: self.sources,
        }
    }
}

/// A group of pages built from one content kind: the unit `handbook serve` re-renders when one of
/// that kind's files changes. Declared, with everything else about each kind, in the registry of
/// content kinds ([`crate::content::kinds`]); kept under this name for the renderer's callers.
pub use crate::content::kinds::Kind as Section;
use crate::content::kinds::{Entry, Kind, Pages};

/// The pages of one section (none when the handbook leaves that content out), in the order of the
/// site, built: [`plan_section`], every page built on every core.
pub fn collect_section(
    hb: &Handbook,
    strings: &std::collections::BTreeMap<String, String>,
    section: Section,
    edition: &super::EditionView,
) -> Vec<Page> {
    plan_section(hb, strings, section, edition)
        .into_par_iter()
        .with_max_len(1) // one per task, as the pages in `render::page_pass`
        .map(|plan| plan.build().into_owned())
        .collect()
}

/// The pages of one section (none when the handbook leaves that content out), in the order of the
/// site: every page of the site comes from this function over [`Section::ALL`]. The pages of the
/// kinds that grow with the handbook (method pages, prompts, their lists) are only described, to
/// be built when rendered.
pub fn plan_section<'a>(
    hb: &'a Handbook,
    strings: &std::collections::BTreeMap<String, String>,
    section: Section,
    edition: &super::EditionView,
) -> Vec<PagePlan<'a>> {
    let entry = section.entry();
    if !section.is_present(hb, edition.changes.is_some(), edition.is_root()) {
        return Vec::new();
    }
    let title = entry
        .title
        .map(|key| strings.get(key).cloned().unwrap_or_else(|| key.to_string()))
        .unwrap_or_default();
    let mut pages = match section {
        Kind::Home => vec![home(hb, entry, title)],
        Kind::Charter => vec![charter(hb, entry, title)],
        Kind::Method => {
            let mut plans = method_index(hb, &title, strings);
            plans.extend(
                hb.method
                    .iter()
                    .enumerate()
                    .map(|(i, p)| PagePlan::Item(plan::Item::method(hb, i, &p.slug))),
            );
            return plans;
        }
        Kind::DecisionTree => hb
            .decision_tree
            .iter()
            .map(|tree| decision_tree(tree, entry))
            .collect(),
        Kind::Prompts => {
            let mut plans = prompt_index(hb, &title, strings);
            plans.extend(
                hb.prompts
                    .iter()
                    .map(|p| PagePlan::Item(plan::Item::prompt(p))),
            );
            return plans;
        }
        Kind::Training => hb
            .training
            .iter()
            .map(|training| training_page(training, entry))
            .collect(),
        Kind::Tools => hb
            .tools
            .iter()
            .map(|tools| tools_page(tools, entry, title.clone()))
            .collect(),
        Kind::Indicators => hb
            .indicators
            .iter()
            .map(|ind| indicators_page(ind, entry, title.clone(), strings))
            .collect(),
        Kind::Committee => hb
            .committee
            .iter()
            .map(|committee| {
                let mut b = Builder::new(entry.url);
                b.source(&committee.source);
                let intro = b.opt_md(committee.intro.as_ref(), 1);
                b.finish(
                    entry.template,
                    title.clone(),
                    json!({ "intro": intro, "committee": committee }),
                )
            })
            .collect(),
        Kind::Checker => {
            let mut b = Builder::new(entry.url);
            let intro = b.opt_md(hb.checker_intro.as_ref(), 1);
            let mut page = b.finish(entry.template, title, json!({ "intro": intro }));
            page.scripts.push(CHECKER_SCRIPT);
            vec![page]
        }
        Kind::Guard => {
            // One zip per edition, in the folder of its default language: every language's page
            // links to the same file.
            let home = edition
                .languages
                .iter()
                .find(|(lang, _)| *lang == edition.default_language)
                .map_or(edition.prefix.as_str(), |(_, folder)| folder.as_str());
            let zip = format!("/{home}{}", super::guard::SITE_ZIP);
            let data = json!({
                "zip": crate::urls::relative(&edition.absolute(entry.url), &zip),
                "sites": super::guard::DEFAULT_SITES,
            });
            vec![Builder::new(entry.url).finish(entry.template, title, data)]
        }
        Kind::Changes => edition
            .changes
            .iter()
            .map(|changes| {
                // Compared once per edition, with the words of the site's language in the diffs:
                // each language's page says them in its own.
                let mut changes = changes.clone();
                if edition.language != edition.default_language
                    && !edition.default_language.is_empty()
                {
                    crate::changes::relabel(
                        &mut changes,
                        &crate::changes::DiffLabels::in_language(&edition.default_language),
                        &crate::changes::DiffLabels::in_language(&edition.language),
                    );
                }
                let mut page =
                    Builder::new(entry.url).finish(entry.template, title.clone(), changes);
                page.anchors.extend(
                    [
                        "charter-changes",
                        "prompt-changes",
                        "tree-changes",
                        "training-changes",
                    ]
                    .map(String::from),
                );
                page
            })
            .collect(),
        Kind::NotFound => {
            let mut not_found = Builder::new(entry.url).finish(entry.template, title, json!({}));
            not_found.in_sitemap = false;
            vec![not_found]
        }
    };
    for page in &mut pages {
        page.kind = Some(section);
    }
    pages
        .into_iter()
        .map(|page| PagePlan::Built(Cow::Owned(page)))
        .collect()
}

/// The address of an item's page, site-absolute (`/method/ai-act/`).
fn item_url(entry: &Entry, slug: &str) -> String {
    format!("{}{slug}/", entry.url)
}

/// The address of an item's page as the templates link to it, relative to the site's root.
fn item_href(entry: &Entry, slug: &str) -> String {
    item_url(entry, slug).trim_start_matches('/').to_string()
}

/// The template of a kind's items' pages.
fn item_template(entry: &Entry) -> &'static str {
    match entry.pages {
        Pages::IndexAndItems { item_template, .. } => item_template,
        Pages::One => entry.template,
    }
}

fn home(hb: &Handbook, entry: &Entry, title: String) -> Page {
    let mut b = Builder::new(entry.url);
    // The body sits right under the page's <h1>: its `##` headings are <h2>.
    let body = b.opt_md(hb.home.as_ref(), 0);
    b.finish(entry.template, title, json!({ "body": body }))
}

fn charter(hb: &Handbook, entry: &Entry, title: String) -> Page {
    let mut b = Builder::new(entry.url);
    for s in &hb.charter {
        b.reserve(&s.slug);
    }
    let sections: Vec<Value> = hb
        .charter
        .iter()
        .map(|s| {
            json!({
                "number": s.number,
                "roman": roman(s.number),
                "title": s.title,
                "slug": s.slug,
                "html": b.md(&s.body, 2),
            })
        })
        .collect();
    b.finish(entry.template, title, json!({ "sections": sections }))
}

fn decision_tree(tree: &DecisionTree, entry: &Entry) -> Page {
    let mut b = Builder::new(entry.url);
    b.source(&tree.source);
    b.reserve("tree-chart");
    for n in &tree.nodes {
        b.reserve(&n.id);
    }
    let intro = b.opt_md(tree.intro.as_ref(), 1);
    let title_of = |id: &str| {
        tree.node(id).map(|n| match &n.kind {
            NodeKind::Question { question, .. } => question.clone(),
            NodeKind::Leaf { title, .. } => title.clone(),
        })
    };
    let nodes: Vec<Value> = tree
        .nodes
        .iter()
        .map(|n| match &n.kind {
            NodeKind::Question { question, help, answers } => json!({
                "id": n.id,
                "kind": "question",
                "question": question,
                "help": b.opt_md(help.as_ref(), 2),
                "answers": answers.iter().map(|a| json!({ "label": a.label, "next": a.next, "next_title": title_of(&a.next) })).collect::<Vec<_>>(),
            }),
            NodeKind::Leaf { category, title, advice } => json!({
                "id": n.id,
                "kind": "leaf",
                "category": category,
                "verdict": if *category <= 2 { "ok" } else { "never" },
                "title": title,
                "advice": b.opt_md(advice.as_ref(), 2),
            }),
        })
        .collect();
    let description = tree
        .nodes
        .iter()
        .filter_map(|n| match &n.kind {
            NodeKind::Question {
                question, answers, ..
            } => Some(format!(
                "{question} {}",
                answers
                    .iter()
                    .map(|a| format!("{} → {}.", a.label, title_of(&a.next).unwrap_or_default()))
                    .collect::<Vec<_>>()
                    .join(" ")
            )),
            NodeKind::Leaf { .. } => None,
        })
        .collect::<Vec<_>>()
        .join(" ");
    let svg = super::svg_tree::render(tree, &tree.title, &description);
    b.finish(
        entry.template,
        tree.title.clone(),
        json!({ "intro": intro, "start": tree.start, "nodes": nodes, "svg": svg }),
    )
}

fn merged_placeholders(a: &[String], b: &[String]) -> Vec<String> {
    let mut all = a.to_vec();
    for p in b {
        if !all.contains(p) {
            all.push(p.clone());
        }
    }
    all
}

/// Escapes a prompt block and wraps `[placeholders]` in `<mark>` so readers see what to fill in;
/// the copied text stays exactly the source text.
pub fn mark_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(start) = rest.find('[') {
        let Some(len) = rest[start..].find(']') else {
            break;
        };
        out.push_str(&escape(&rest[..start]));
        out.push_str("<mark class=\"placeholder\">");
        out.push_str(&escape(&rest[start..start + len + 1]));
        out.push_str("</mark>");
        rest = &rest[start + len + 1..];
    }
    out.push_str(&escape(rest));
    out
}

fn training_page(training: &Training, entry: &Entry) -> Page {
    let mut b = Builder::new(entry.url);
    b.source(&training.source);
    b.reserve("schedule");
    for m in &training.modules {
        b.reserve(&format!("module-{}", m.number));
    }
    let intro = b.opt_md(training.intro.as_ref(), 1);
    let modules: Vec<Value> = training
        .modules
        .iter()
        .map(|m| {
            json!({
                "number": m.number,
                "title": m.title,
                "duration": duration(m.duration_min),
                "starts": clock(m.starts_at_min),
                "ends": clock(m.starts_at_min + m.duration_min),
                "objectives": m.objectives,
                "exercises": m.exercises,
                "html": b.md(&m.body, 2),
            })
        })
        .collect();
    let data = json!({
        "intro": intro,
        "audience": training.audience,
        "total": duration(training.total_duration_min),
        "modules": modules,
        "follow_up": training.follow_up,
    });
    let mut page = b.finish(entry.template, training.title.clone(), data);
    if training.modules.iter().any(|m| !m.exercises.is_empty()) {
        page.scripts.push(CHECKER_SCRIPT);
    }
    page
}

fn duration(min: u32) -> String {
    match (min / 60, min % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m:02}"),
    }
}

fn clock(min: u32) -> String {
    format!("{}:{:02}", min / 60, min % 60)
}

fn tools_page(register: &ToolsRegister, entry: &Entry, title: String) -> Page {
    let mut b = Builder::new(entry.url);
    b.source(&register.source);
    for t in &register.tools {
        b.reserve(&t.slug);
    }
    let intro = b.opt_md(register.intro.as_ref(), 1);
    let groups: Vec<Value> = [Status::Approved, Status::Evaluation, Status::Refused]
        .iter()
        .map(|status| {
            let key = match status {
                Status::Approved => "approved",
                Status::Evaluation => "evaluation",
                Status::Refused => "refused",
            };
            b.reserve(&format!("status-{key}"));
            json!({
                "status": key,
                "label_key": format!("status_{key}"),
                "one_key": format!("status_{key}_one"),
                "tools": register.tools.iter().filter(|t| t.status == *status).collect::<Vec<_>>(),
            })
        })
        .collect();
    b.finish(
        entry.template,
        title,
        json!({ "intro": intro, "criteria": register.criteria, "groups": groups }),
    )
}

fn indicators_page(
    ind: &Indicators,
    entry: &Entry,
    title: String,
    strings: &std::collections::BTreeMap<String, String>,
) -> Page {
    let mut b = Builder::new(entry.url);
    b.source(&ind.source);
    let intro = b.opt_md(ind.intro.as_ref(), 1);
    let mut groups: Vec<Value> = Vec::new();
    for group in ["adoption", "performance", "security"] {
        let items: Vec<Value> = ind
            .indicators
            .iter()
            .filter(|i| serde_json::to_value(i.group).ok().as_ref().and_then(Value::as_str) == Some(group))
            .map(|i| {
                b.reserve(&i.id);
                let values: Vec<Value> = ind
                    .periods
                    .iter()
                    .enumerate()
                    .map(|(k, period)| {
                        let v = i.values.get(k).copied().flatten();
                        json!({ "period": period, "value": v.map(|v| super::svg_chart::format_value(v, i.unit)) })
                    })
                    .collect();
                // The direction is said too: "at most 0" and "0" are not the same target, and a
                // watched indicator says it has none.
                let say = |key: &'static str| strings.get(key).map_or(key, String::as_str);
                let chart_title = match (i.direction, i.target) {
                    (Direction::AtLeast, Some(target)) | (Direction::AtMost, Some(target)) => {
                        let direction = if i.direction == Direction::AtLeast { "at_least" } else { "at_most" };
                        format!(
                            "{} — {} {} {}",
                            i.label,
                            say("target"),
                            say(direction),
                            super::svg_chart::format_value(target, i.unit)
                        )
                    }
                    _ => format!("{} — {}", i.label, say("watched")),
                };
                json!({
                    "id": i.id,
                    "label": i.label,
                    "target": i.target.map(|t| super::svg_chart::format_value(t, i.unit)),
                    "direction": i.direction,
                    "met": i.met,
                    "source": i.source,
                    "values": values,
                    "chart": super::svg_chart::render(i, &ind.periods, &chart_title),
                })
            })
            .collect();
        if !items.is_empty() {
            b.reserve(&format!("group-{group}"));
            groups.push(json!({ "group": group, "label_key": format!("group_{group}"), "indicators": items }));
        }
    }
    b.finish(
        entry.template,
        title,
        json!({ "intro": intro, "periods": ind.periods, "groups": groups }),
    )
}

fn roman(n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (value, letters) in TABLE {
        while n >= value {
            out.push_str(letters);
            n -= value;
        }
    }
    out
}

/// The edition-relative URLs of a handbook's pages, known from the model alone (without rendering), so
/// the revision switcher of every edition can link to the same page in the others.
pub fn urls_of(hb: &Handbook, has_changes: bool) -> std::collections::BTreeSet<String> {
    let mut urls: std::collections::BTreeSet<String> =
        [SEARCH_URL, ALL_PAGES_URL].map(String::from).into();
    for kind in Kind::ALL {
        // The 404 page belongs to the site, not to an edition.
        if !kind.is_present(hb, has_changes, false) {
            continue;
        }
        let entry = kind.entry();
        urls.insert(entry.url.to_string());
        urls.extend(listing_urls(hb, kind));
        if let Pages::IndexAndItems { slugs, .. } = entry.pages {
            urls.extend(slugs(hb).into_iter().map(|slug| item_url(entry, slug)));
        }
    }
    urls
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(roman(8), "VIII");
        assert_eq!(roman(4), "IV");
        assert_eq!(duration(90), "1 h 30");
        assert_eq!(duration(180), "3 h");
        assert_eq!(clock(75), "1:15");
        assert_eq!(
            mark_placeholders("Écris [n] mots <b>"),
            "Écris <mark class=\"placeholder\">[n]</mark> mots &lt;b&gt;"
        );
    }
}
