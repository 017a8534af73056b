//! The default handbook (the repository's own `handbook.yaml` and `content/`), built by the real binary:
//! what the published pages contain, what the site never does (load anything from another host), and
//! how the commands behave (validate writes nothing, failed builds keep the previous site, init).
//!
//! Editors change `content/` and `handbook.yaml`: every test here reads what to expect from those
//! sources (how many sections, which prompts, the announced total, the languages, the base URL), so
//! only what must hold of any handbook is asserted. Exact words and formats are checked on the small
//! fixtures of `tests/fixtures/` (see `tests/training.rs`, `tests/revisions.rs`, `tests/languages.rs`).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::sync::OnceLock;

use common::{
    build, copy_default_handbook, entry_names, handbook, repo_root, snapshot, snapshot_diff, Entry,
};
use serde_json::Value;

/// The default handbook built once (into a temporary folder, then read into memory) for all the
/// tests that only read the site.
fn site() -> &'static BTreeMap<String, Entry> {
    static SITE: OnceLock<BTreeMap<String, Entry>> = OnceLock::new();
    SITE.get_or_init(|| {
        let tmp = tempfile::tempdir().expect("temporary folder");
        let public = tmp.path().join("public");
        let run = build(&repo_root(), &public, &[]);
        run.assert_success();
        assert!(run.stderr.starts_with("built "), "{}", run.stderr);
        snapshot(&public)
    })
}

fn page(path: &str) -> String {
    match site().get(path) {
        Some(Entry::File(bytes)) => String::from_utf8(bytes.clone()).expect("pages are UTF-8"),
        _ => panic!(
            "the site has no file {path}; it has: {:?}",
            site().keys().collect::<Vec<_>>()
        ),
    }
}

fn html_pages() -> Vec<String> {
    site()
        .keys()
        .filter(|p| p.ends_with(".html"))
        .cloned()
        .collect()
}

// ---- reading the sources -------------------------------------------------------------------------

/// Where `rel` is read from for the pages at the site's root: once revisions exist, the root shows
/// the newest approved revision, so `content/…` (the draft editors change) is read from
/// `revisions/<newest>/content/…`; an editor's change to the draft must not move what these tests
/// expect of the published pages.
fn published(rel: &str) -> std::path::PathBuf {
    let root = repo_root();
    let Some(inside) = rel.strip_prefix("content") else {
        return root.join(rel);
    };
    let newest = fs::read_to_string(root.join("revisions/revisions.yaml"))
        .ok()
        .and_then(|text| serde_saphyr::from_str::<Value>(&text).ok())
        .and_then(|doc| {
            doc["revisions"]
                .as_array()
                .and_then(|list| list.last())
                .and_then(|last| last["id"].as_str().map(String::from))
        });
    match newest {
        Some(id) => root.join(format!("revisions/{id}/content{inside}")),
        None => root.join(rel),
    }
}

fn yaml(rel: &str) -> Value {
    let text = fs::read_to_string(published(rel)).expect("read YAML source");
    serde_saphyr::from_str(&text).expect("parse YAML source")
}

/// Front matter of the Markdown files of a content folder, sorted by file name.
fn front_matters(dir: &str) -> Vec<(String, Value)> {
    let mut files: Vec<_> = fs::read_dir(published(dir))
        .expect("list content folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        // Translated twins (`01-preambule.en.md`) are the same items in another language.
        .filter(|p| !handbook::source::is_translation(p))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let text = fs::read_to_string(path).expect("read Markdown source");
            let yaml = text
                .split("\n---")
                .next()
                .expect("front matter")
                .trim_start_matches("---");
            let stem = path
                .file_stem()
                .expect("stem")
                .to_string_lossy()
                .into_owned();
            (
                stem,
                serde_saphyr::from_str(yaml).expect("parse front matter"),
            )
        })
        .collect()
}

/// The `base_url` of `handbook.yaml`, with its final `/`.
fn base_url() -> String {
    let url = yaml("handbook.yaml")["base_url"]
        .as_str()
        .expect("base_url")
        .to_string();
    if url.ends_with('/') {
        url
    } else {
        format!("{url}/")
    }
}

/// The default language of `handbook.yaml`, then the others it publishes.
fn languages() -> (String, Vec<String>) {
    let config = yaml("handbook.yaml");
    let default = str_of(&config, "language").to_string();
    let others = config["languages"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|l| l.as_str().expect("a language code").to_string())
        .filter(|l| *l != default)
        .collect();
    (default, others)
}

/// The Markdown sources of a content folder in the default language, sorted by file name.
fn sources_in(dir: &str) -> Vec<std::path::PathBuf> {
    markdown_in(&published(dir))
}

/// The Markdown sources of a folder of the draft (`content/…`), which editors change, sorted.
fn draft_sources_in(dir: &str) -> Vec<std::path::PathBuf> {
    markdown_in(&repo_root().join(dir))
}

fn markdown_in(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("list content folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter(|p| !handbook::source::is_translation(p))
        .collect();
    files.sort();
    files
}

/// How the site writes a number of minutes (`45 min`, `3 h`, `1 h 30`); its exact format is
/// checked on a fixture in `tests/training.rs`.
fn duration(min: u64) -> String {
    match (min / 60, min % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m:02}"),
    }
}

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` is not a string in {v}"))
}

// ---- reading HTML (the pages are generated, so a small scanner is enough) -------------------------

/// The opening tags `<name …>` of `html`.
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i + open.len()..];
        let end = after.find('>').map_or(after.len(), |e| e + 1);
        if after.starts_with([' ', '>', '\n', '/']) {
            found.push(&rest[i..i + open.len() + end]);
        }
        rest = &after[end.min(after.len())..];
    }
    found
}

/// A `<link>` that names an address for search engines (the page's canonical one, the same page in
/// another language) rather than loading anything: its `href` is absolute, under the site's
/// `base_url`, which the site's own pages may not be served from.
fn names_an_address(tag: &str) -> bool {
    let canonical = matches!(attr(tag, "rel").as_deref(), Some("canonical"));
    tag.starts_with("<link") && (canonical || attr(tag, "hreflang").is_some())
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(unescape(&tag[start..start + len]))
}

fn ids(html: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = html;
    while let Some(i) = rest.find(" id=\"") {
        rest = &rest[i + 5..];
        if let Some(end) = rest.find('"') {
            found.insert(unescape(&rest[..end]));
        }
    }
    found
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
}

/// Text content of an HTML fragment: tags removed, entities decoded.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out)
}

/// The inner HTML of the element whose opening tag carries `id="ID"`.
fn element_by_id<'a>(html: &'a str, tag: &str, id: &str) -> &'a str {
    let open = html
        .find(&format!(" id=\"{id}\""))
        .unwrap_or_else(|| panic!("no element with id {id}"));
    let start = open + html[open..].find('>').expect("end of tag") + 1;
    let end = start
        + html[start..]
            .find(&format!("</{tag}>"))
            .expect("closing tag");
    &html[start..end]
}

/// Resolves a link written in the page at `from` (an output path) to an output path and fragment.
fn resolve(from: &str, href: &str) -> (String, Option<String>) {
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f.to_string())),
        None => (href, None),
    };
    if path.is_empty() {
        return (from.to_string(), fragment);
    }
    if let Some(absolute) = path.strip_prefix('/') {
        // Only the 404 page uses absolute links, from the base URL's path (`/` here).
        return (
            normalise(absolute.split('/').collect(), path.ends_with('/')),
            fragment,
        );
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    (normalise(parts, path.ends_with('/')), fragment)
}

fn normalise(parts: Vec<&str>, dir: bool) -> String {
    let joined = parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("/");
    if dir || joined.is_empty() {
        if joined.is_empty() {
            "index.html".to_string()
        } else {
            format!("{joined}/index.html")
        }
    } else {
        joined
    }
}

fn is_external(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("//")
        || lower
            .split_once(':')
            .is_some_and(|(scheme, _)| !scheme.contains('/'))
}

// ---- the pages -----------------------------------------------------------------------------------

#[test]
fn charter_page_has_every_section_of_its_folder_with_anchors_and_titles_in_order() {
    let html = page("charter/index.html");
    let sections = front_matters("content/charter");
    assert!(!sections.is_empty(), "a charter has sections");
    assert_eq!(
        sections.len(),
        sources_in("content/charter").len(),
        "one section per file of content/charter"
    );
    let mut last = 0;
    for (n, (stem, meta)) in sections.iter().enumerate() {
        assert_eq!(meta["number"].as_u64(), Some(n as u64 + 1), "{stem}");
        let slug = stem.split_once('-').expect("NN-slug").1;
        let at = html
            .find(&format!("<h2 id=\"{slug}\""))
            .unwrap_or_else(|| panic!("no heading #{slug}"));
        assert!(at > last, "section {slug} is out of order");
        last = at;
        let heading = text(element_by_id(&html, "h2", slug));
        assert!(
            heading.trim().ends_with(str_of(meta, "title")),
            "#{slug}: {heading}"
        );
        assert!(
            html.contains(&format!("href=\"#{slug}\"")),
            "the table of contents links to #{slug}"
        );
    }
}

#[test]
fn every_prompt_has_a_page_with_its_id_and_both_copyable_blocks() {
    let json: Value = serde_json::from_str(&page("prompts.json")).expect("prompts.json");
    let listed: BTreeMap<&str, &Value> = json["prompts"]
        .as_array()
        .expect("prompts")
        .iter()
        .map(|p| (str_of(p, "id"), p))
        .collect();
    let sources = front_matters("content/prompts");
    assert!(!sources.is_empty(), "the library has prompts");
    for (stem, meta) in &sources {
        let id = str_of(meta, "id");
        let html = page(&format!("prompts/{}/index.html", id.to_lowercase()));
        assert!(html.contains(id), "{stem}: the page shows its id");
        let copy_targets: Vec<String> = tags(&html, "button")
            .iter()
            .filter_map(|b| attr(b, "data-copy"))
            .collect();
        assert_eq!(copy_targets.len(), 2, "{stem}: one copy button per block");
        let json = listed
            .get(id)
            .unwrap_or_else(|| panic!("{id} missing from prompts.json"));
        for (target, field) in copy_targets.iter().zip(["context", "prompt"]) {
            let block = text(element_by_id(&html, "pre", target));
            assert_eq!(
                block,
                str_of(json, field),
                "{stem}: the {field} block copies the source text"
            );
            assert!(!block.trim().is_empty());
        }
        let scripts: Vec<String> = tags(&html, "script")
            .iter()
            .filter_map(|s| attr(s, "src"))
            .collect();
        assert!(
            scripts.iter().any(|s| s.contains("assets/copy.")),
            "{stem}: copy script"
        );
    }
}

#[test]
fn prompts_json_lists_every_prompt_once_with_absolute_urls() {
    let json: Value = serde_json::from_str(&page("prompts.json")).expect("prompts.json parses");
    assert_eq!(json["language"].as_str(), Some(languages().0.as_str()));
    let prompts = json["prompts"].as_array().expect("a prompts array");
    let ids: BTreeSet<&str> = prompts.iter().map(|p| str_of(p, "id")).collect();
    assert_eq!(ids.len(), prompts.len(), "prompt ids are unique");
    let sources: BTreeSet<String> = front_matters("content/prompts")
        .iter()
        .map(|(_, m)| str_of(m, "id").to_string())
        .collect();
    assert_eq!(
        ids,
        sources.iter().map(String::as_str).collect(),
        "one entry per prompt file"
    );
    for p in prompts {
        let id = str_of(p, "id");
        assert_eq!(
            str_of(p, "url"),
            format!("{}prompts/{}/", base_url(), id.to_lowercase())
        );
        assert!(!p["tags"].as_array().expect("tags").is_empty(), "{id}");
        for name in p["placeholders"].as_array().expect("placeholders") {
            let name = format!("[{}]", name.as_str().expect("placeholder"));
            assert!(
                str_of(p, "context").contains(&name) || str_of(p, "prompt").contains(&name),
                "{id} {name}"
            );
        }
    }
}

#[test]
fn decision_tree_page_has_a_section_per_node_and_an_inline_svg() {
    let html = page("decision-tree/index.html");
    let tree = yaml("content/decision-tree.yaml");
    let nodes = tree["nodes"].as_array().expect("nodes");
    let section_ids: BTreeSet<String> = tags(&html, "section")
        .iter()
        .filter_map(|s| attr(s, "id"))
        .collect();
    for node in nodes {
        let id = str_of(node, "id");
        assert!(section_ids.contains(id), "no section for node {id}");
        for answer in node["answers"].as_array().into_iter().flatten() {
            assert!(
                html.contains(&format!("href=\"#{}\"", str_of(answer, "next"))),
                "{id}: answer link"
            );
        }
    }
    assert_eq!(tags(&html, "svg").len(), 1, "one inline flowchart");
    assert!(html.contains("</svg>"));
}

#[test]
fn training_page_shows_every_module_and_the_announced_total() {
    let html = page("training/index.html");
    let modules = front_matters("content/training");
    assert!(!modules.is_empty(), "a training has modules");
    let total: u64 = modules
        .iter()
        .map(|(_, m)| m["duration_min"].as_u64().expect("duration"))
        .sum();
    let announced = yaml("content/training/programme.yaml")["total_duration_min"]
        .as_u64()
        .expect("total_duration_min");
    assert_eq!(total, announced, "a build only succeeds when they agree");
    for (n, (stem, meta)) in modules.iter().enumerate() {
        let heading = text(element_by_id(&html, "h2", &format!("module-{}", n + 1)));
        assert!(heading.contains(str_of(meta, "title")), "{stem}: {heading}");
        let minutes = meta["duration_min"].as_u64().expect("duration");
        assert!(heading.contains(&duration(minutes)), "{stem}: {heading}");
    }
    let shown = duration(announced);
    assert!(
        text(&html).contains(&shown),
        "the announced total is shown as {shown}"
    );
}

#[test]
fn tools_page_lists_every_tool_of_the_register() {
    let html = text(&page("tools/index.html"));
    let register = yaml("content/tools.yaml");
    for tool in register["tools"].as_array().expect("tools") {
        assert!(
            html.contains(str_of(tool, "name")),
            "missing tool {}",
            tool["name"]
        );
    }
    for criterion in register["criteria"].as_array().expect("criteria") {
        assert!(
            html.contains(str_of(criterion, "label")),
            "missing criterion {}",
            criterion["label"]
        );
    }
}

#[test]
fn indicators_page_has_one_svg_chart_per_indicator() {
    let html = page("indicators/index.html");
    let indicators = yaml("content/indicators.yaml");
    let list = indicators["indicators"].as_array().expect("indicators");
    assert_eq!(tags(&html, "svg").len(), list.len());
    let anchors = ids(&html);
    for indicator in list {
        assert!(
            anchors.contains(str_of(indicator, "id")),
            "no anchor for {}",
            indicator["id"]
        );
    }
}

#[test]
fn committee_page_lists_every_role() {
    let html = text(&page("committee/index.html"));
    let committee = yaml("content/committee.yaml");
    for member in committee["members"].as_array().expect("members") {
        assert!(
            html.contains(str_of(member, "role")),
            "missing role {}",
            member["role"]
        );
        assert!(html.contains(str_of(member, "holder")));
    }
}

#[test]
fn not_found_page_exists_and_is_left_out_of_the_sitemap() {
    let html = page("404.html");
    assert!(html.contains("<main"));
    assert!(!page("sitemap.xml").contains("404"));
}

#[test]
fn sitemap_lists_every_page_but_404_with_absolute_urls() {
    let xml = page("sitemap.xml");
    let listed: BTreeSet<String> = xml
        .split("<loc>")
        .skip(1)
        .map(|s| unescape(s.split("</loc>").next().expect("closing loc")))
        .collect();
    let expected: BTreeSet<String> = html_pages()
        .into_iter()
        // The 404 page and the search page are not content to index; the list of all pages is
        // (the way in without JavaScript), but not its further pages, nor a topic's list of
        // prompts: the pages they list are there.
        .filter(|p| {
            p != "404.html"
                && !p.ends_with("search/index.html")
                && !p.contains("/page/")
                && !p.contains("prompts/tag/")
        })
        .map(|p| {
            format!(
                "{}{}",
                base_url(),
                p.strip_suffix("index.html").unwrap_or(&p)
            )
        })
        // A page that names another as canonical (the revision in force's permanent copy under
        // revisions/ID/ names the root page) is that page's duplicate, not listed.
        .filter(|url| {
            let path = format!("{}index.html", &url[base_url().len()..]);
            let html = page(&path);
            let canonical = tags(&html, "link")
                .into_iter()
                .find(|t| attr(t, "rel").as_deref() == Some("canonical"))
                .and_then(|t| attr(t, "href"));
            canonical.as_deref() == Some(url.as_str())
        })
        .collect();
    assert_eq!(listed, expected);
    assert!(
        listed.contains(&format!("{}charter/", base_url())),
        "{listed:?}"
    );
}

#[test]
fn robots_txt_points_at_the_sitemap() {
    let robots = page("robots.txt");
    assert!(
        robots
            .lines()
            .any(|l| l == format!("Sitemap: {}sitemap.xml", base_url())),
        "{robots}"
    );
}

#[test]
fn css_and_js_assets_are_fingerprinted_and_every_local_reference_resolves() {
    let is_hex = |s: &str| s.len() == 10 && s.chars().all(|c| c.is_ascii_hexdigit());
    let style: Vec<&String> = site()
        .keys()
        .filter(|p| {
            p.strip_prefix("assets/style.")
                .and_then(|r| r.strip_suffix(".css"))
                .is_some_and(is_hex)
        })
        .collect();
    assert_eq!(style.len(), 1, "one fingerprinted stylesheet");
    for path in site()
        .keys()
        .filter(|p| p.ends_with(".css") || p.ends_with(".js"))
        // The service worker must keep a fixed address at the site root to control the whole site;
        // it carries the site's version inside instead.
        .filter(|p| *p != "sw.js")
    {
        let name = path.rsplit('/').next().expect("file name");
        let hash = name.split('.').rev().nth(1).unwrap_or("");
        assert!(
            path.starts_with("assets/") && is_hex(hash),
            "{path} is not fingerprinted"
        );
    }
    for path in html_pages() {
        let html = page(&path);
        let mut uses_style = false;
        for (tag, key) in [("link", "href"), ("script", "src"), ("img", "src")] {
            for t in tags(&html, tag)
                .into_iter()
                .filter(|t| !names_an_address(t))
            {
                let Some(url) = attr(t, key) else { continue };
                let (target, _) = resolve(&path, &url);
                assert!(
                    site().contains_key(&target),
                    "{path}: <{tag} {key}=\"{url}\"> → missing {target}"
                );
                uses_style |= target == *style[0];
            }
        }
        assert!(uses_style, "{path} does not use the stylesheet");
    }
}

#[test]
fn every_internal_link_of_every_page_reaches_an_existing_page_and_anchor() {
    for path in html_pages() {
        let html = page(&path);
        for a in tags(&html, "a") {
            let Some(href) = attr(a, "href") else {
                continue;
            };
            if is_external(&href) {
                continue;
            }
            let (target, fragment) = resolve(&path, &href);
            assert!(
                site().contains_key(&target),
                "{path}: link {href} → missing {target}"
            );
            if let (Some(fragment), true) = (fragment, target.ends_with(".html")) {
                assert!(
                    ids(&page(&target)).contains(&fragment),
                    "{path}: link {href} → no #{fragment}"
                );
            }
        }
    }
}

#[test]
fn no_page_loads_anything_from_another_host() {
    const LOADING: [(&str, &str); 8] = [
        ("link", "href"),
        ("script", "src"),
        ("img", "src"),
        ("img", "srcset"),
        ("iframe", "src"),
        ("source", "src"),
        ("video", "src"),
        ("audio", "src"),
    ];
    for path in html_pages() {
        let html = page(&path);
        for (tag, key) in LOADING {
            for t in tags(&html, tag)
                .into_iter()
                .filter(|t| !names_an_address(t))
            {
                if let Some(url) = attr(t, key) {
                    assert!(
                        !is_external(&url),
                        "{path}: <{tag} {key}=\"{url}\"> loads from another host"
                    );
                }
            }
        }
        assert!(!html.contains("@import"), "{path}: CSS import");
    }
    for path in site().keys().filter(|p| p.ends_with(".css")) {
        let css = page(path);
        assert!(
            !css.contains("@import") && !css.contains("url(http") && !css.contains("url(//"),
            "{path}"
        );
    }
}

#[test]
fn every_page_has_its_language_and_a_main_landmark() {
    let (default, others) = languages();
    let pages = html_pages();
    for other in &others {
        assert!(
            pages.contains(&format!("{other}/index.html")),
            "a home page in {other}"
        );
    }
    for path in pages {
        let html = page(&path);
        // The edition in another language of every revision lives under `…/LANG/`.
        let lang = others
            .iter()
            .find(|l| path.starts_with(&format!("{l}/")) || path.contains(&format!("/{l}/")))
            .unwrap_or(&default);
        assert!(
            html.contains(&format!("<html lang=\"{lang}\">")),
            "{path}: <html lang=\"{lang}\">"
        );
        assert_eq!(tags(&html, "main").len(), 1, "{path}: one <main>");
    }
}

// ---- the commands --------------------------------------------------------------------------------

#[test]
fn validate_checks_the_default_handbook_and_writes_nothing() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_default_handbook(&root);
    let before = snapshot(tmp.path());
    let run = common::validate(&root);
    run.assert_success();
    assert!(run.stderr.starts_with("no problem found"), "{}", run.stderr);
    let after = snapshot(tmp.path());
    assert!(
        before == after,
        "validate wrote something:\n{}",
        snapshot_diff(&before, &after)
    );
}

#[test]
fn base_url_option_overrides_handbook_yaml_everywhere() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let public = tmp.path().join("public");
    build(
        &repo_root(),
        &public,
        &["--base-url", "https://preview.example.net/manuel"],
    )
    .assert_success();
    let read = |p: &str| fs::read_to_string(public.join(p)).expect("read output");
    let base = "https://preview.example.net/manuel/";
    assert!(read("robots.txt").contains(&format!("Sitemap: {base}sitemap.xml")));
    let sitemap = read("sitemap.xml");
    assert!(
        sitemap.contains(&format!("<loc>{base}charter/</loc>")),
        "{sitemap}"
    );
    assert!(!sitemap.contains(&base_url()));
    let json: Value = serde_json::from_str(&read("prompts.json")).expect("prompts.json");
    assert!(str_of(&json["prompts"][0], "url").starts_with(base));
    // The 404 page is served at any depth, so it links from the base URL's path.
    let not_found = read("404.html");
    let links: Vec<String> = tags(&not_found, "a")
        .iter()
        .filter_map(|a| attr(a, "href"))
        .collect();
    assert!(links.iter().any(|l| l == "/manuel/"), "{links:?}");
    let styles: Vec<String> = tags(&not_found, "link")
        .iter()
        .filter_map(|l| attr(l, "href"))
        .collect();
    assert!(
        styles
            .iter()
            .any(|l| l.starts_with("/manuel/assets/style.")),
        "{styles:?}"
    );
}

#[test]
fn base_url_option_must_be_an_http_address() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let run = build(
        &repo_root(),
        &tmp.path().join("public"),
        &["--base-url", "ia.example.org"],
    );
    common::assert_no_panic(&run);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .contains("`--base-url` must be an absolute http(s) address"),
        "{}",
        run.stderr
    );
    assert!(!tmp.path().join("public").exists());
}

#[test]
fn two_builds_give_byte_identical_trees() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    build(&repo_root(), &a, &[]).assert_success();
    build(&repo_root(), &b, &[]).assert_success();
    let (first, second) = (snapshot(&a), snapshot(&b));
    assert!(
        first == second,
        "builds differ:\n{}",
        snapshot_diff(&first, &second)
    );
    assert!(
        first == *site(),
        "builds differ:\n{}",
        snapshot_diff(&first, site())
    );
}

#[test]
fn a_failed_build_leaves_the_previous_site_identical() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    let public = tmp.path().join("public");
    copy_default_handbook(&root);
    build(&root, &public, &[]).assert_success();
    let before = snapshot(&public);
    let siblings = entry_names(tmp.path());

    // The last section of the charter, whatever the editors named it.
    let section = root.join(
        draft_sources_in("content/charter")
            .last()
            .expect("a charter section")
            .strip_prefix(repo_root())
            .expect("inside the repository"),
    );
    let rel = common::rel_path(&root, &section);
    let mut text = fs::read_to_string(&section).expect("read section");
    text.push_str("\nVoir aussi la [page disparue](/disparue/).\n");
    fs::write(&section, text).expect("break the section");
    let run = build(&root, &public, &[]);
    common::assert_no_panic(&run);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.stderr.contains(&format!("{rel}:")), "{}", run.stderr);
    assert!(
        run.stderr.contains("dead link `/disparue/`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .ends_with("1 error found; nothing was written.\n"),
        "{}",
        run.stderr
    );

    let after = snapshot(&public);
    assert!(
        before == after,
        "the failed build changed the site:\n{}",
        snapshot_diff(&before, &after)
    );
    assert_eq!(
        entry_names(tmp.path()),
        siblings,
        "nothing left beside the output"
    );
}

#[test]
fn a_successful_build_replaces_the_previous_site_entirely() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let public = tmp.path().join("public");
    fs::create_dir_all(public.join("old")).expect("create old site");
    fs::write(public.join("old/page.html"), "stale").expect("write stale page");
    build(&repo_root(), &public, &[]).assert_success();
    let tree = snapshot(&public);
    assert!(tree == *site(), "{}", snapshot_diff(site(), &tree));
    // The lock file stays (as Hugo's `.hugo_build.lock` does): removing it could let two builds
    // hold two different locks. The spare is the previous site, kept so that the next build can
    // reuse its unchanged files instead of writing them again.
    assert_eq!(
        entry_names(tmp.path()),
        [".public.lock", ".public.spare", "public"],
        "no staging folder left behind"
    );
}

#[test]
fn build_defaults_to_the_current_folder_and_its_public_subfolder() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_default_handbook(&root);
    let run = common::handbook_in(Some(&root), ["build"]);
    run.assert_success();
    assert!(root.join("public/index.html").is_file());
    assert!(root.join("public/charter/index.html").is_file());
}

#[test]
fn init_writes_a_starter_handbook_that_builds_like_the_default_one() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let dir = tmp.path().join("mon-manuel");
    let run = handbook([std::ffi::OsStr::new("init"), dir.as_os_str()]);
    run.assert_success();
    assert!(dir.join("handbook.yaml").is_file());
    // The starter's sources are the default handbook's, file for file.
    let (starter, default) = (
        snapshot(&dir.join("content")),
        snapshot(&repo_root().join("content")),
    );
    assert!(
        starter == default,
        "the starter's content/ differs:\n{}",
        snapshot_diff(&default, &starter)
    );
    let ignored = fs::read_to_string(dir.join(".gitignore")).expect("a .gitignore");
    for built in ["/public/", "/.public.*", "/.handbook-cache/"] {
        assert!(
            ignored.lines().any(|l| l == built),
            "{built} is not ignored"
        );
    }
    assert!(
        !dir.join("revisions").exists(),
        "a starter handbook has no approved revision yet"
    );
    let public = tmp.path().join("public");
    build(&dir, &public, &[]).assert_success();
    let tree = snapshot(&public);
    // Same sources as the default handbook's content/, without its revisions.
    let copy = tmp.path().join("copy");
    copy_default_handbook(&copy);
    let expected_public = tmp.path().join("expected");
    build(&copy, &expected_public, &[]).assert_success();
    let expected = snapshot(&expected_public);
    assert!(
        tree == expected,
        "the starter site differs:\n{}",
        snapshot_diff(&expected, &tree)
    );
}

#[test]
fn init_accepts_an_existing_empty_folder() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    handbook([std::ffi::OsStr::new("init"), tmp.path().as_os_str()]).assert_success();
    assert!(tmp.path().join("handbook.yaml").is_file());
}

#[test]
fn init_refuses_a_folder_that_is_not_empty_and_leaves_it_untouched() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let dir = tmp.path().join("existant");
    fs::create_dir_all(dir.join("content")).expect("create folder");
    fs::write(dir.join("notes.txt"), "à garder\n").expect("write file");
    fs::write(dir.join("content/index.md"), "Mon texte.\n").expect("write file");
    let before = snapshot(&dir);
    let run = handbook([std::ffi::OsStr::new("init"), dir.as_os_str()]);
    common::assert_no_panic(&run);
    assert_ne!(run.code, Some(0), "init must refuse a non-empty folder");
    assert!(run.stderr.contains("not empty"), "{}", run.stderr);
    let after = snapshot(&dir);
    assert!(
        before == after,
        "init changed the folder:\n{}",
        snapshot_diff(&before, &after)
    );
}

#[test]
fn version_and_help_work() {
    let run = handbook(["--version"]);
    run.assert_success();
    assert_eq!(
        run.stdout.trim(),
        format!("handbook {}", env!("CARGO_PKG_VERSION"))
    );
    let run = handbook(["build", "--help"]);
    run.assert_success();
    for option in ["--root", "--output", "--base-url"] {
        assert!(
            run.stdout.contains(option),
            "build --help lacks {option}:\n{}",
            run.stdout
        );
    }
    let run = handbook(["--help"]);
    run.assert_success();
    for command in ["build", "validate", "init"] {
        assert!(run.stdout.contains(command), "--help lacks {command}");
    }
}

#[test]
fn link_resolution_helper_follows_relative_paths() {
    assert_eq!(
        resolve("prompts/prompt-001/index.html", "../../charter/#a"),
        ("charter/index.html".into(), Some("a".into()))
    );
    assert_eq!(
        resolve("index.html", "assets/style.css"),
        ("assets/style.css".into(), None)
    );
    assert_eq!(
        resolve("charter/index.html", "#x"),
        ("charter/index.html".into(), Some("x".into()))
    );
    assert_eq!(resolve("404.html", "/"), ("index.html".into(), None));
    assert!(is_external("https://example.org/") && is_external("//cdn.example.org/x.js"));
    assert!(is_external("mailto:comite@example.org"));
    assert!(!is_external("../assets/style.css") && !is_external("#top"));
}
