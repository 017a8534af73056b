//! What search engines read of a site with revisions: one canonical address per page (the revision
//! in force's permanent copy names the root page), absolute language alternates with `x-default`,
//! a draft kept out of the index (noindex, out of the sitemap, disallowed in robots.txt), and a
//! sitemap and feed that only point at addresses the site itself links to.

mod common;

use std::collections::BTreeMap;

use common::{build, copy_fixture, snapshot, text_files};

const BASE: &str = "https://ia.example.org/";

/// The `revised` fixture (revisions 2025 and 2026, French and English) built with its draft.
fn site() -> (tempfile::TempDir, BTreeMap<String, String>) {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("revised", &root);
    let out = tmp.path().join("site");
    build(&root, &out, &["--drafts"]).assert_success();
    let files = text_files(&snapshot(&out));
    (tmp, files)
}

fn head(html: &str) -> &str {
    &html[..html.find("</head>").unwrap_or(html.len())]
}

/// The `href` of `<link rel="canonical">`, if any.
fn canonical(html: &str) -> Option<String> {
    let at = head(html).find("<link rel=\"canonical\" href=\"")?;
    let rest = &head(html)[at + "<link rel=\"canonical\" href=\"".len()..];
    Some(rest[..rest.find('"')?].to_string())
}

/// (hreflang, href) of every language alternate.
fn alternates(html: &str) -> Vec<(String, String)> {
    head(html)
        .split("<link rel=\"alternate\" hreflang=\"")
        .skip(1)
        .filter_map(|part| {
            let (lang, rest) = part.split_once("\" href=\"")?;
            Some((lang.to_string(), rest[..rest.find('"')?].to_string()))
        })
        .collect()
}

fn page_url(path: &str) -> String {
    format!("{BASE}{}", path.trim_end_matches("index.html"))
}

#[test]
fn every_page_names_its_canonical_address_and_absolute_alternates() {
    let (_tmp, files) = site();
    let pages: Vec<(&String, &String)> = files
        .iter()
        .filter(|(path, _)| path.ends_with("index.html"))
        .collect();
    assert!(pages.len() > 20, "{} pages", pages.len());
    for (path, html) in pages {
        let canonical = canonical(html).unwrap_or_else(|| panic!("{path}: no canonical"));
        // The revision in force (2026) is published at the root and kept under revisions/2026/.
        let expected = match path.strip_prefix("revisions/2026/") {
            Some(rest) => page_url(rest),
            None => page_url(path),
        };
        assert_eq!(canonical, expected, "{path}");
        let alternates = alternates(html);
        let langs: Vec<&str> = alternates.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(langs, ["x-default", "fr", "en"], "{path}");
        for (lang, href) in &alternates {
            assert!(href.starts_with(BASE), "{path}: {lang} → {href}");
        }
        assert_eq!(
            alternates[0].1, alternates[1].1,
            "{path}: x-default is French"
        );
        assert!(
            alternates.iter().any(|(_, href)| *href == canonical),
            "{path}: its own address is among its alternates"
        );
        let noindex = head(html).contains("<meta name=\"robots\" content=\"noindex\">");
        assert_eq!(noindex, path.starts_with("draft/"), "{path}");
    }
}

#[test]
fn the_draft_and_the_copy_of_the_revision_in_force_stay_out_of_the_sitemap() {
    let (_tmp, files) = site();
    let sitemap = &files["sitemap.xml"];
    let locs: Vec<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .filter_map(|l| l.split_once("</loc>").map(|(url, _)| url))
        .collect();
    assert!(!locs.is_empty());
    for loc in &locs {
        assert!(!loc.contains("/draft/"), "{loc}");
        assert!(!loc.contains("/revisions/2026/"), "{loc}");
        assert!(!loc.ends_with("404.html"), "{loc}");
        // Every address is a page of the site.
        let path = format!("{}index.html", &loc[BASE.len()..]);
        assert!(files.contains_key(&path), "{loc} is not a page");
    }
    for page in [
        "",
        "charter/",
        "all-pages/",
        "en/all-pages/",
        "revisions/2025/charter/",
    ] {
        assert!(locs.contains(&page_url(page).as_str()), "{page} missing");
    }
    assert!(
        files["robots.txt"].contains("\nDisallow: /draft/\n"),
        "{}",
        files["robots.txt"]
    );
}

#[test]
fn the_feed_sends_followers_to_pages_the_site_links_to() {
    let (_tmp, files) = site();
    let feed = &files["revisions.xml"];
    assert!(
        feed.contains(&format!("<link href=\"{BASE}changes/\"/>")),
        "{feed}"
    );
    assert!(!feed.contains("revisions/2026/changes/"), "{feed}");
    assert!(feed.contains("revisions/2025/changes/"), "{feed}");
    // The permanent address of each revision is linked from the changes page.
    let changes = &files["changes/index.html"];
    for id in ["2025", "2026"] {
        assert!(
            changes.contains(&format!("href=\"../revisions/{id}/\"")),
            "{id}"
        );
    }
}
