//! What the service worker saves when it installs ([`Precache`]): the current edition's pages, by
//! language, and the files they load, read from the built HTML and CSS; its published list
//! (`sw-precache.json`); and what that list costs a reader ([`offline_copy`]). The worker itself,
//! its version and its install are the parent module's.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;

use super::{is_theme_worker, unchanged, Changed, MANIFEST, OTHER_EDITIONS};
use crate::budget::{resolve, Kind, PageReferences, ReadBefore, Target};
use crate::site_files::SiteFiles;

pub(super) fn is_current_page(path: &str) -> bool {
    path.ends_with(".html")
        // The 404 page is what the host answers for a missing address, not a page to read.
        && path != "404.html"
        && !OTHER_EDITIONS.iter().any(|dir| path.starts_with(dir))
}

/// The page's address as readers use it: `charter/index.html` → `charter/`, `index.html` → `./`.
pub(super) fn page_url(path: &str) -> String {
    match path.strip_suffix("index.html") {
        Some("") => "./".into(),
        Some(dir) => dir.into(),
        None => path.into(),
    }
}

/// What the worker saves when it installs, as site-relative URLs, sorted: the files every reader
/// needs, and by language the current edition's pages in it and what only they load. A reader's
/// worker saves the shared files and the languages the reader reads, not the whole edition in
/// every language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Precache {
    /// Loaded by the pages of every language (style sheet, scripts, icon).
    pub shared: Vec<String>,
    /// By language (the `lang` of the pages' `<html>`): its pages and what only they load.
    pub languages: BTreeMap<String, Vec<String>>,
    /// The language of the home page, for a reader whose language has no pages.
    pub default_language: String,
}

/// The [`Precache`] of a site: the current edition's pages and every file they load (found in the
/// built HTML and CSS, like the page budget does), except what a page's script fetches only on
/// first use (the checker's module and Wasm): the worker saves those when they are first fetched.
pub fn precache(files: &SiteFiles) -> Precache {
    precache_remembering(files, None, None)
}

/// What [`precache`] read in each page it scanned: a process that builds the same pages again
/// (`serve`, at every save) reads again only the pages that changed ([`Changed`]). Only the pages
/// of the last scan are kept.
#[derive(Default)]
pub struct PageScans {
    pages: HashMap<String, PageScan>,
}

/// A page's language and the URLs it loads, each with whether it loads only on first use, as
/// written in the page: they depend on its bytes alone.
struct PageScan {
    lang: String,
    urls: Vec<(String, bool)>,
}

impl PageScan {
    /// The scan of the page `bytes`, with the references it was made from when `keep`.
    fn read(bytes: &[u8], keep: bool) -> (PageScan, Option<PageReferences>) {
        let html = crate::html::page_text(bytes);
        let read = PageReferences::read(&html);
        let urls = read
            .refs
            .iter()
            .chain(&read.inline_css.references)
            .map(|r| (r.url.clone(), r.kind == Kind::OnUse))
            .collect();
        let scan = PageScan {
            lang: document_language(&html),
            urls,
        };
        (scan, keep.then_some(read))
    }
}

/// [`precache`], taking from `scans` what it read in pages whose bytes did not change; with no
/// `scans`, nothing is remembered. With `hand_on`, what each page loads is left there for the
/// page budget, which reads the same.
fn precache_remembering(
    files: &SiteFiles,
    scans: Option<(&mut PageScans, Changed<'_>)>,
    hand_on: Option<&mut ReadBefore>,
) -> Precache {
    let (mut scans, changed) = match scans {
        Some((scans, changed)) => (Some(scans), changed),
        None => (None, None),
    };
    let mut by_language: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut default_language = String::new();
    let mut kept = HashMap::new();
    let pages: Vec<(&String, &Vec<u8>)> =
        files.iter().filter(|(p, _)| is_current_page(p)).collect();
    let known: Vec<Option<PageScan>> = pages
        .iter()
        .map(|(path, _)| {
            let known = scans.as_deref_mut().and_then(|s| s.pages.remove(*path));
            known.filter(|_| unchanged(changed, path))
        })
        .collect();
    // Pages not remembered are read on every core; the scans come back in page order.
    let keep = hand_on.is_some();
    let (read, references): (Vec<PageScan>, Vec<Option<PageReferences>>) = pages
        .par_iter()
        .zip(known)
        .map(|((_, bytes), known)| match known {
            Some(scan) => (scan, None),
            None => PageScan::read(bytes, keep),
        })
        .unzip();
    if let Some(hand_on) = hand_on {
        for ((path, _), references) in pages.iter().zip(references) {
            if let Some(references) = references {
                hand_on.keep_page(path, references);
            }
        }
    }
    // What each page loads, found among the site's files on every core too.
    let loads: Vec<Vec<String>> = pages
        .par_iter()
        .zip(&read)
        .map(|((path, _), scan)| saved_with(path, scan, files))
        .collect();
    for (((path, _), scan), loads) in pages.into_iter().zip(read).zip(loads) {
        if path == "index.html" {
            default_language = scan.lang.clone();
        }
        let urls = by_language.entry(scan.lang.clone()).or_default();
        urls.insert(page_url(path));
        urls.extend(loads);
        if scans.is_some() {
            kept.insert(path.clone(), scan);
        }
    }
    if let Some(scans) = scans {
        scans.pages = kept;
    }
    // Files a style sheet loads (background images, fonts when allowed).
    for urls in by_language.values_mut() {
        let sheets: Vec<String> = urls
            .iter()
            .filter(|p| p.ends_with(".css"))
            .cloned()
            .collect();
        for sheet in sheets {
            let Some(bytes) = files.get(&sheet) else {
                continue;
            };
            let scan = crate::budget::css_references(&String::from_utf8_lossy(bytes), "");
            for r in scan.references {
                if let Target::Local(target) = resolve(&sheet, &r.url, files) {
                    if wanted(files, &target) {
                        urls.insert(target);
                    }
                }
            }
        }
    }
    let mut sets = by_language.values();
    let shared: BTreeSet<String> = match sets.next() {
        Some(first) => sets.fold(first.clone(), |common, set| {
            common.intersection(set).cloned().collect()
        }),
        None => BTreeSet::new(),
    };
    let languages = by_language
        .into_iter()
        .map(|(lang, urls)| (lang, urls.difference(&shared).cloned().collect()))
        .collect();
    Precache {
        shared: shared.into_iter().collect(),
        languages,
        default_language,
    }
}

/// The files of the site that the page at `path`, as `scan` read it, makes the worker save.
fn saved_with(path: &str, scan: &PageScan, files: &SiteFiles) -> Vec<String> {
    let mut saved = Vec::new();
    for (url, on_use) in &scan.urls {
        if let Target::Local(target) = resolve(path, url, files) {
            // What a script fetches on first use from `assets/` (the checker's module and
            // Wasm) is saved by the worker when first fetched (cache first); a data file
            // fetched on first use (the vocabulary) is listed, since the worker keeps only
            // the data it was told to.
            if *on_use && target.starts_with("assets/") {
                continue;
            }
            if wanted(files, &target) {
                saved.push(target);
            }
        }
    }
    saved
}

/// A file the worker may save in advance: in the site, not a page (pages are listed by their
/// address), not a PDF, not the theme's worker, not part of another edition.
fn wanted(files: &SiteFiles, target: &str) -> bool {
    files.contains_key(target)
        && !target.ends_with(".html")
        && !target.ends_with(".pdf")
        && !is_theme_worker(target)
        && !OTHER_EDITIONS.iter().any(|dir| target.starts_with(dir))
}

/// The `lang` of a page's `<html>` element; empty when it has none.
fn document_language(html: &str) -> String {
    let Some(start) = html.find("<html") else {
        return String::new();
    };
    crate::html::parse_tag(html, start)
        .and_then(|tag| tag.attr("lang").map(str::to_string))
        .unwrap_or_default()
}

/// Every URL the worker may save in advance, whatever the reader's language, sorted.
pub fn precache_urls(files: &SiteFiles) -> Vec<String> {
    let p = precache(files);
    let all: BTreeSet<String> = p
        .shared
        .into_iter()
        .chain(p.languages.into_values().flatten())
        .collect();
    all.into_iter().collect()
}

/// `sw-precache.json`: `{"default": "fr", "languages": {"en": [...], ...}, "urls": [...],
/// "version": "..."}`, where `urls` are the shared files; compact, keys and URLs sorted.
pub fn precache_manifest(files: &SiteFiles, version: &str) -> Vec<u8> {
    precache_manifest_remembering(files, version, None, None)
}

pub(super) fn precache_manifest_remembering(
    files: &SiteFiles,
    version: &str,
    scans: Option<(&mut PageScans, Changed<'_>)>,
    hand_on: Option<&mut ReadBefore>,
) -> Vec<u8> {
    let p = precache_remembering(files, scans, hand_on);
    let doc = serde_json::json!({
        "version": version,
        "urls": p.shared,
        "languages": p.languages,
        "default": p.default_language,
    });
    let mut bytes = serde_json::to_vec(&doc).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// The files the worker downloads once, after a reader's first visit, for a reader of the home
/// page's language: the shared files and that language's pages and files, as paths in the site
/// (`./` → `index.html`), sorted; with the language. `None` when the site is not saved offline
/// (no manifest). Read from the published manifest, so it is what the worker really fetches.
pub fn offline_copy(files: &SiteFiles) -> Option<(String, Vec<String>)> {
    #[derive(serde::Deserialize)]
    struct Manifest {
        urls: Vec<String>,
        languages: BTreeMap<String, Vec<String>>,
        default: String,
    }
    let manifest: Manifest = serde_json::from_slice(files.get(MANIFEST)?).ok()?;
    let own = manifest
        .languages
        .get(&manifest.default)
        .map_or(&[][..], Vec::as_slice);
    let paths: BTreeSet<String> = manifest
        .urls
        .iter()
        .chain(own)
        // Manifest URLs are site-relative (`./`, `charter/`); the site's own URL-to-file rule
        // reads them once the `./` of the home page is taken off.
        .map(|url| crate::urls::output_path(url.strip_prefix("./").unwrap_or(url)))
        .filter(|path| files.contains_key(path))
        .collect();
    Some((manifest.default, paths.into_iter().collect()))
}
