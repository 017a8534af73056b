//! Listing pages split into pages of `per_page` entries: the method index, the prompt library and
//! its lists by topic, and the list of all pages; every page stays reachable without JavaScript by
//! following the lists' links, and the budget holds whatever the handbook's size.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use common::{build, copy_fixture};

/// The minimal handbook with `methods` more method pages and `prompts` more prompts (every third
/// one tagged `ateliers` besides `communication`), listed `per_page` at a time.
fn grown_handbook(root: &Path, methods: usize, prompts: usize, per_page: Option<usize>) {
    copy_fixture("minimal", root);
    if let Some(n) = per_page {
        let config = root.join("handbook.yaml");
        let mut yaml = fs::read_to_string(&config).expect("handbook.yaml");
        yaml.push_str(&format!("per_page: {n}\n"));
        fs::write(&config, yaml).expect("write handbook.yaml");
    }
    for i in 1..=methods {
        fs::write(
            root.join(format!("content/method/fiche-{i:03}.md")),
            format!(
                "---\ntitle: \"Fiche {i}\"\norder: {}\nsummary: \"Résumé {i}.\"\n---\n## Partie {i}\n\nUn paragraphe de la fiche {i}.\n",
                i + 1
            ),
        )
        .expect("write a method page");
    }
    for i in 1..=prompts {
        let tags = if i % 3 == 0 {
            "[communication, ateliers]"
        } else {
            "[communication]"
        };
        fs::write(
            root.join(format!("content/prompts/{:03}-essai.md", i + 100)),
            format!(
                "---\nid: PROMPT-{:03}\ntitle: \"Essai {i}\"\ntags: {tags}\nuse_case: \"Essayer le prompt {i}.\"\n---\n## Contexte\n\nNous sommes une [forme juridique].\n\n## Prompt\n\nRédige [nombre] mots.\n",
                i + 100
            ),
        )
        .expect("write a prompt");
    }
}

fn read(public: &Path, page: &str) -> String {
    fs::read_to_string(public.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"))
}

/// The site-absolute addresses of the links of `html`, as written relative to `page_url`.
fn links(html: &str, page_url: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in html.split("href=\"").skip(1) {
        let href = part.split('"').next().unwrap_or("");
        let href = href.split('#').next().unwrap_or("");
        if href.is_empty() || href.contains("://") {
            continue;
        }
        // A page's address is a folder: relative links resolve against all its segments.
        let mut path: Vec<&str> = page_url.split('/').filter(|s| !s.is_empty()).collect();
        for seg in href.split('/') {
            match seg {
                ".." => {
                    path.pop();
                }
                "." | "" => {}
                s => path.push(s),
            }
        }
        let trailing = if href.ends_with('/') || href == ".." || href.ends_with("/..") {
            "/"
        } else {
            ""
        };
        let joined = path.join("/");
        out.push(if joined.is_empty() {
            "/".to_string()
        } else {
            format!("/{joined}{trailing}")
        });
    }
    out
}

/// Follows `rel="next"` from the list at `start`; returns each page's address in order.
fn follow_next(public: &Path, start: &str) -> Vec<String> {
    let mut pages = vec![start.to_string()];
    loop {
        let url = pages.last().expect("a page").clone();
        let html = read(
            public,
            &format!("{}index.html", url.trim_start_matches('/')),
        );
        let next = html
            .split("<a rel=\"next\" href=\"")
            .nth(1)
            .map(|rest| rest.split('"').next().unwrap_or("").to_string());
        let Some(href) = next else { break };
        let target = links(&format!("href=\"{href}\""), &url)
            .pop()
            .expect("a link");
        assert!(!pages.contains(&target), "the list loops back to {target}");
        pages.push(target);
        assert!(pages.len() < 100, "the list never ends");
    }
    pages
}

#[test]
fn long_lists_split_into_linked_pages_that_reach_every_item() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    let public = tmp.path().join("public");
    grown_handbook(&root, 5, 7, Some(2));
    let run = build(&root, &public, &["--no-cache"]);
    run.assert_success();

    // The method index: 6 pages of the method at 2 a page.
    let method = follow_next(&public, "/method/");
    assert_eq!(
        method,
        ["/method/", "/method/page/2/", "/method/page/3/"],
        "Hugo's and Zola's addresses, in order"
    );
    let page2 = read(&public, "method/page/2/index.html");
    assert!(page2.contains("rel=\"prev\""), "page 2 links back");
    assert!(
        page2.contains("aria-current=\"page\""),
        "the pager marks the page it is on"
    );
    assert!(
        page2.contains("<ol class=\"list\" start=\"3\">"),
        "numbering continues from the page before"
    );
    let mut listed = BTreeSet::new();
    for url in &method {
        let html = read(
            &public,
            &format!("{}index.html", url.trim_start_matches('/')),
        );
        listed.extend(
            links(&html, url)
                .into_iter()
                .filter(|l| l.starts_with("/method/") && !l.contains("/page/") && l != "/method/"),
        );
    }
    assert_eq!(listed.len(), 6, "every method page once: {listed:?}");

    // The prompt library: 8 prompts; topics get their own lists.
    let prompts = follow_next(&public, "/prompts/");
    assert_eq!(prompts.len(), 4);
    let ateliers = follow_next(&public, "/prompts/tag/ateliers/");
    assert_eq!(ateliers.len(), 1, "two prompts tagged `ateliers`, one page");
    let communication = follow_next(&public, "/prompts/tag/communication/");
    assert_eq!(communication.len(), 4);
    let first = read(&public, "prompts/index.html");
    assert!(
        first.contains("prompts/tag/ateliers/"),
        "the index links each topic"
    );

    // The list of all pages is split too, and together its pages list every page of the sitemap.
    let all = follow_next(&public, "/all-pages/");
    assert!(all.len() > 5, "{all:?}");
    let mut listed = BTreeSet::new();
    for url in &all {
        let html = read(
            &public,
            &format!("{}index.html", url.trim_start_matches('/')),
        );
        listed.extend(links(&html, url));
    }
    let sitemap = read(&public, "sitemap.xml");
    for loc in sitemap.split("<loc>").skip(1) {
        let url = loc.split("</loc>").next().unwrap_or("");
        let path = url.trim_start_matches("https://ia.example.org");
        assert!(
            listed.contains(path),
            "{path} is not in the list of all pages"
        );
    }
    // Further pages of a list are not in the sitemap: the pages they list are.
    assert!(!sitemap.contains("/page/2/"));
    assert!(!sitemap.contains("/prompts/tag/"));

    // Each page of a list has a title of its own.
    assert!(read(&public, "method/page/3/index.html").contains("3/3"));
}

#[test]
fn a_small_handbook_keeps_one_page_per_list_and_no_pager() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    let public = tmp.path().join("public");
    grown_handbook(&root, 3, 3, None);
    build(&root, &public, &["--no-cache"]).assert_success();
    assert_eq!(follow_next(&public, "/method/"), ["/method/"]);
    assert!(!read(&public, "method/index.html").contains("class=\"pages\""));
    assert!(!public.join("method/page").exists());
    assert!(!public.join("all-pages/page").exists());
}

#[test]
fn per_page_out_of_range_is_an_error_at_its_line() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    grown_handbook(&root, 0, 0, Some(0));
    let run = common::validate(&root);
    assert_ne!(run.code, Some(0));
    assert!(
        run.stderr.contains("handbook.yaml:10:11") && run.stderr.contains("`per_page`"),
        "{}",
        run.stderr
    );
}

/// The parallel render gathers its results in page order, and the search index takes in each batch
/// of pages while the next renders: one thread or several, the same bytes. Some 160 pages, so that
/// several batches follow one another.
#[test]
fn one_thread_or_several_give_the_same_bytes() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    grown_handbook(&root, 70, 70, Some(7));
    let mut sites = Vec::new();
    for threads in ["1", "4"] {
        let public = tmp.path().join(format!("public-{threads}"));
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_handbook"))
            .args(["build", "--no-cache", "--root"])
            .arg(&root)
            .arg("--output")
            .arg(&public)
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .expect("run handbook");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        sites.push(common::snapshot(&public));
    }
    assert!(sites[0].len() > 300, "{} files", sites[0].len());
    let diff = common::snapshot_diff(&sites[0], &sites[1]);
    assert!(diff.is_empty(), "one thread and four differ:\n{diff}");
}
