//! `robots.txt`, `sitemap.xml` and the feed of revisions come from the theme's templates: a handbook
//! replaces any of them from its own `templates/` folder, and the `.xml` ones escape what they print.

mod common;

use common::{build, copy_fixture, copy_minimal_with, snapshot, text};

#[test]
fn a_handbook_overrides_robots_txt_from_its_templates() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let (plain, overridden) = (tmp.path().join("plain"), tmp.path().join("overridden"));
    copy_fixture("minimal", &plain);
    copy_minimal_with("robots-override", &overridden);
    build(&plain, &tmp.path().join("plain-site"), &[]).assert_success();
    build(&overridden, &tmp.path().join("site"), &[]).assert_success();
    let (default_site, site) = (
        snapshot(&tmp.path().join("plain-site")),
        snapshot(&tmp.path().join("site")),
    );

    assert_eq!(
        text(&default_site, "robots.txt"),
        "User-agent: *\nAllow: /\nDisallow: /draft/\n\nSitemap: https://ia.example.org/sitemap.xml\n"
    );
    // The handbook's template, with the data every such template receives; a `.txt` template
    // prints it as it is.
    assert_eq!(
        text(&site, "robots.txt"),
        "# Manuel IA minimal: crawlers may read everything but the checker.\nUser-agent: *\n\
         Disallow: /checker/\n\nSitemap: https://ia.example.org/sitemap.xml\n"
    );
    // The override is one file: the sitemap still comes from the built-in theme.
    assert_eq!(
        text(&site, "sitemap.xml"),
        text(&default_site, "sitemap.xml")
    );
}

#[test]
fn xml_templates_escape_what_they_print_and_robots_txt_does_not() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("revised", &root);
    let out = tmp.path().join("site");
    build(&root, &out, &["--base-url", "https://ia.example.org/a&b/"]).assert_success();
    let site = snapshot(&out);

    let sitemap = text(&site, "sitemap.xml");
    assert!(
        sitemap.contains("<loc>https://ia.example.org/a&amp;b/charter/</loc>"),
        "{sitemap}"
    );
    let feed = text(&site, "revisions.xml");
    for line in [
        "<id>https://ia.example.org/a&amp;b/revisions.xml</id>",
        "<link href=\"https://ia.example.org/a&amp;b/changes/\"/>",
    ] {
        assert!(feed.contains(line), "{line}:\n{feed}");
    }
    for xml in [&sitemap, &feed] {
        assert!(!xml.contains("a&b"), "an unescaped `&`:\n{xml}");
    }
    assert!(
        text(&site, "robots.txt").contains("Sitemap: https://ia.example.org/a&b/sitemap.xml\n"),
        "{}",
        text(&site, "robots.txt")
    );
}
