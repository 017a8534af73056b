//! The files a site keeps for programs rather than readers — `robots.txt`, `sitemap.xml` and the
//! Atom feed of revisions — rendered from the theme's templates like the pages, so a handbook can
//! replace any of them from its own `templates/` folder, file by file (as Zola lets a site override
//! `robots.txt`, `sitemap.xml` or `atom.xml`). The data comes from here, the markup from the
//! template; a `.xml` template escapes what it prints for XML, a `.txt` one prints it as it is.

use serde::Serialize;
use serde_json::{json, Value};

use super::theme::Theme;
use crate::content::Handbook;
use crate::diagnostics::Diagnostic;

/// The template and output file of the crawlers' rules, at the site root.
pub const ROBOTS: &str = "robots.txt";
/// The template and output file of the list of pages for search engines, at the site root.
pub const SITEMAP: &str = "sitemap.xml";
/// The template and output file of the Atom feed of revisions, at the site root.
pub const REVISIONS_FEED: &str = "revisions.xml";
/// Every template of this module: a theme that lacks one gets the built-in theme's.
pub const TEMPLATES: [&str; 3] = [ROBOTS, SITEMAP, REVISIONS_FEED];

/// `robots.txt`: every crawler allowed except in the draft, pointed at the sitemap.
pub fn robots(theme: &Theme, hb: &Handbook) -> Result<Vec<u8>, Diagnostic> {
    let mut context = common(hb);
    context["sitemap"] = json!(format!("{}{SITEMAP}", hb.site.base_url.value));
    // The draft is published for the committee, never for search engines.
    context["draft"] = json!(format!("{}draft/", hb.site.base_path()));
    render(theme, ROBOTS, &context)
}

/// `sitemap.xml` from site-absolute page URLs (`/charter/`), given to the template as full addresses.
pub fn sitemap(theme: &Theme, hb: &Handbook, urls: &[String]) -> Result<Vec<u8>, Diagnostic> {
    let urls: Vec<String> = urls.iter().map(|url| absolute(hb, url)).collect();
    let mut context = common(hb);
    context["urls"] = json!(urls);
    render(theme, SITEMAP, &context)
}

/// One approved revision, as the feed shows it.
pub struct FeedEntry<'a> {
    pub id: &'a str,
    /// `YYYY-MM-DD`.
    pub date: &'a str,
    pub summary: &'a str,
    pub approved_by: &'a str,
}

/// What the feed's template receives of each revision.
#[derive(Serialize)]
struct FeedItem<'a> {
    id: &'a str,
    date: &'a str,
    /// The date as an Atom timestamp (midnight UTC).
    updated: String,
    summary: &'a str,
    approved_by: &'a str,
    /// The revision's home page.
    url: String,
    /// Its changes page, what a follower of the feed wants to read.
    changes_url: String,
}

/// The Atom feed of revisions, `entries` oldest first (the feed lists them newest first), so members
/// can follow new versions of the charter.
pub fn revisions_feed(
    theme: &Theme,
    hb: &Handbook,
    entries: &[FeedEntry<'_>],
) -> Result<Vec<u8>, Diagnostic> {
    let in_force = entries.len().saturating_sub(1);
    let items: Vec<FeedItem<'_>> = entries
        .iter()
        .enumerate()
        .rev()
        .map(|(i, e)| FeedItem {
            id: e.id,
            date: e.date,
            updated: timestamp(e.date),
            summary: e.summary,
            approved_by: e.approved_by,
            url: absolute(hb, &format!("revisions/{}/", e.id)),
            // The revision in force is read at the root; its permanent copy names the root's
            // pages as canonical, so a follower is sent there.
            changes_url: if i == in_force {
                absolute(hb, "changes/")
            } else {
                absolute(hb, &format!("revisions/{}/changes/", e.id))
            },
        })
        .collect();
    let mut context = common(hb);
    context["feed_url"] = json!(absolute(hb, REVISIONS_FEED));
    context["updated"] = json!(timestamp(entries.last().map_or("", |e| e.date)));
    context["revisions"] = json!(items);
    render(theme, REVISIONS_FEED, &context)
}

/// What every one of these templates receives: the site's settings as pages get them, its language
/// and the address it is published at (ending in `/`).
fn common(hb: &Handbook) -> Value {
    json!({
        "site": hb.site,
        "lang": hb.site.language.value,
        "base_url": hb.site.base_url.value,
    })
}

/// The full address of a site-absolute or site-relative path.
fn absolute(hb: &Handbook, path: &str) -> String {
    format!("{}{}", hb.site.base_url.value, path.trim_start_matches('/'))
}

/// A `YYYY-MM-DD` date as an Atom (RFC 3339) timestamp.
fn timestamp(date: &str) -> String {
    format!("{date}T00:00:00Z")
}

fn render(theme: &Theme, template: &str, context: &Value) -> Result<Vec<u8>, Diagnostic> {
    super::render_template(theme, template, context).map(String::into_bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A theme of its own, written when these files were not templates yet, still builds: it gets
    /// the built-in theme's, and its own win where it has them.
    #[test]
    fn a_theme_without_these_templates_gets_the_built_in_ones() {
        let root = tempfile::tempdir().expect("temporary folder");
        let templates = root.path().join("themes/own/templates");
        std::fs::create_dir_all(&templates).expect("theme folder");
        std::fs::write(templates.join("base.html"), "<html></html>").expect("a template");
        std::fs::write(templates.join(ROBOTS), "User-agent: *\n").expect("a template");
        let theme = Theme::load(root.path(), "own").unwrap_or_else(|d| panic!("{d:?}"));
        for name in TEMPLATES {
            assert!(theme.template_sources.contains_key(name), "{name}");
        }
        assert_eq!(theme.template_sources[ROBOTS], "User-agent: *\n");
        assert_eq!(
            theme.template_origins[SITEMAP],
            std::path::Path::new("themes/default/templates").join(SITEMAP)
        );
    }
}
