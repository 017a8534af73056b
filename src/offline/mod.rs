//! Offline reading: a small service worker that keeps a copy of the handbook after a first visit, so
//! field staff with a poor connection can read it and use the checker without a network.
//!
//! Three files make it work, all on the site's own origin (the Content-Security-Policy allows
//! nothing else, and no script is inline):
//!
//! - `register-sw.js`, a theme static file every page loads like its other scripts (hashed under
//!   `assets/`); it registers the worker only over http(s), never from `file://`;
//! - [`WORKER`] (`sw.js`) at the site root, because a worker controls only the folder it is served
//!   from; its source is the theme's `static/sw.js`, with [`VERSION_PLACEHOLDER`] replaced by the
//!   site's [`version`];
//! - [`MANIFEST`] (`sw-precache.json`), the list of what the worker saves when it installs.
//!
//! **A new build is a new cache.** The version is a hash of every file of the site, so any change
//! (a new revision, a typo fixed, a theme edit) changes the bytes of `sw.js`; browsers compare
//! `sw.js` at each visit, install the new worker, save the new build in a new cache, and delete the
//! old cache only once the new one is complete. The worker refuses a manifest whose version is not
//! its own, so a half-finished deployment is never saved.
//!
//! **What is saved** ([`precache`]): in the reader's language (that of the pages open when the
//! worker installs, then of any page of another language the reader opens), every page of the current edition (the newest revision at the root) and the files
//! those pages load (style sheet, scripts, icon, images, `checker-data.json`). Not saved in
//! advance: the other languages (a page read online is saved as it is read), the checker's module
//! and Wasm (fetched when a reader first uses the checker, and saved then), older revisions and the
//! draft (a revision consulted once stays readable), the charter PDFs, the feeds and
//! `prompts.json` — to keep the first visit's extra download small (it happens after the page has
//! loaded).
//!
//! # Wiring it into the build
//!
//! ```ignore
//! // 1. pages: every page loads the registration script (render/pages.rs, with the other scripts):
//! page.scripts.push(handbook::offline::REGISTER_SCRIPT);
//! // 2. once the whole site is rendered (end of build::prepare_with, after the sitemap and feed):
//! if config.offline { handbook::offline::install(&mut files) } else { handbook::offline::retire(&mut files) }
//! ```
//!
//! `install` takes the theme's worker out of `assets/` (where every static `.js` is hashed) and
//! writes `sw.js` and `sw-precache.json` at the root. `retire` (the opt-out) writes a `sw.js` that
//! deletes the saved copy and unregisters itself, for browsers that installed the worker earlier.

use std::collections::{BTreeMap, BTreeSet};

use sha2::{Digest, Sha256};

use crate::site_files::SiteFiles;

mod precache;
mod version;

use precache::precache_manifest_remembering;
pub use precache::{offline_copy, precache, precache_manifest, precache_urls, PageScans, Precache};
use version::version_remembering;
pub use version::{version, version_with, FileDigests};

/// Where the worker is published: the site root, so it controls the whole site.
pub const WORKER: &str = "sw.js";
/// The precache list the worker reads when it installs.
pub const MANIFEST: &str = "sw-precache.json";
/// The theme static file that registers the worker, for the pages' script lists. Owned by the
/// renderer, which lists it on every page: this module runs on the rendered site, after `render`.
pub use crate::render::pages::REGISTER_SCRIPT;
/// Replaced in the theme's `sw.js` by the site's version.
pub const VERSION_PLACEHOLDER: &str = "__HANDBOOK_SW_VERSION__";

/// The worker that replaces an installed one when a handbook opts out (`offline: false`): it
/// deletes the handbook's caches (and no other site's) and unregisters itself.
pub const RETIRING_WORKER: &str = "// This handbook is no longer saved for offline reading: this worker replaces the one an earlier\n\
// visit installed, deletes the saved copy and unregisters itself.\n\
'use strict';\n\
self.addEventListener('install', () => self.skipWaiting());\n\
self.addEventListener('activate', (event) => {\n\
  event.waitUntil((async () => {\n\
    const prefix = `handbook:${self.registration.scope}:`;\n\
    for (const name of await caches.keys()) if (name.startsWith(prefix)) await caches.delete(name);\n\
    await self.registration.unregister();\n\
  })());\n\
});\n";

/// Folders of the editions that are not the current one.
const OTHER_EDITIONS: [&str; 2] = ["revisions/", "draft/"];

/// The files of a site that may differ from those of the site the last remembered install saw
/// (`None`: any of them). The build that compared the two sites says which; what is remembered
/// is then taken for every other file, with no copy of the site kept to compare it again.
pub type Changed<'a> = Option<&'a BTreeSet<String>>;

/// Whether `path` is known to hold the bytes it held at the last remembered install.
fn unchanged(changed: Changed<'_>, path: &str) -> bool {
    changed.is_some_and(|changed| !changed.contains(path))
}

/// Whether `path` is the theme's `sw.js` as the renderer publishes static scripts:
/// `assets/sw.<10 hex digits>.js`.
fn is_theme_worker(path: &str) -> bool {
    path.strip_prefix("assets/sw.")
        .and_then(|rest| rest.strip_suffix(".js"))
        .is_some_and(|hash| hash.len() == 10 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The worker's source with its version filled in.
pub fn worker(source: &[u8], version: &str) -> Vec<u8> {
    String::from_utf8_lossy(source)
        .replace(VERSION_PLACEHOLDER, version)
        .into_bytes()
}

/// The theme's worker source: the `assets/sw.*.js` the renderer published (a theme or the
/// handbook's `static/` may override it), else the default theme's.
fn take_theme_worker(files: &mut SiteFiles) -> Vec<u8> {
    let published: Vec<String> = files
        .keys()
        .filter(|p| is_theme_worker(p))
        .cloned()
        .collect();
    let mut source = None;
    for path in published {
        source = files.remove(&path);
    }
    source.unwrap_or_else(|| {
        crate::render::theme::DEFAULT_THEME
            .get_file("static/sw.js")
            .map(|f| f.contents().to_vec())
            .unwrap_or_default()
    })
}

/// Makes the site work offline: moves the theme's worker to the site root with the site's version
/// and adds the precache manifest. Call it last, on the complete site: the version covers every
/// file, and the manifest lists what the pages load.
pub fn install(files: &mut SiteFiles) {
    install_with(files, &BTreeMap::new());
}

/// [`install`] for a site with sealed folders (see [`version_with`]).
pub fn install_with(files: &mut SiteFiles, sealed: &BTreeMap<String, String>) {
    install_scanning(files, sealed, None, None);
}

/// [`install_with`], leaving in `read` what it read of the site that the page budget reads too:
/// every file's digest and every current page's references (see [`crate::budget::ReadBefore`]).
/// Files it replaces are forgotten there; the caller must weigh the other files unchanged.
pub fn install_handing_on(
    files: &mut SiteFiles,
    sealed: &BTreeMap<String, String>,
    read: &mut crate::budget::ReadBefore,
) {
    install_scanning(files, sealed, None, Some(read));
}

/// What [`install_remembering`] keeps between installs of the same site.
#[derive(Default)]
pub struct Remembered {
    pub scans: PageScans,
    pub digests: FileDigests,
}

/// [`install_with`] for a process that installs the same site again and again (`serve`): pages
/// read before and files digested before that are not in `changed` are not read or digested
/// again. Gives the same files, provided `changed` holds every file whose bytes differ from those
/// of the site of the last call.
pub fn install_remembering(
    files: &mut SiteFiles,
    sealed: &BTreeMap<String, String>,
    remembered: &mut Remembered,
    changed: Changed<'_>,
) {
    install_scanning(files, sealed, Some((remembered, changed)), None);
}

/// [`install_remembering`] when there is something to remember, else [`install_with`] (which keeps
/// no copy of the site: a one-off build must not hold every page twice), handing on to `hand_on`
/// what the page budget would read again.
fn install_scanning(
    files: &mut SiteFiles,
    sealed: &BTreeMap<String, String>,
    remembered: Option<(&mut Remembered, Changed<'_>)>,
    mut hand_on: Option<&mut crate::budget::ReadBefore>,
) {
    let source = take_theme_worker(files);
    let (site_version, scans) = match remembered {
        Some((r, changed)) => (
            version_remembering(files, sealed, Some((&mut r.digests, changed)), None),
            Some((&mut r.scans, changed)),
        ),
        None => (
            version_remembering(files, sealed, None, hand_on.as_deref_mut()),
            None,
        ),
    };
    let version = worker_version(&site_version, &source);
    let manifest = precache_manifest_remembering(files, &version, scans, hand_on.as_deref_mut());
    if let Some(read) = hand_on {
        // The files replaced below were read, if at all, as they were before.
        read.forget(WORKER);
        read.forget(MANIFEST);
    }
    files.insert(WORKER.into(), worker(&source, &version));
    files.insert(MANIFEST.into(), manifest);
}

/// The site's [`version`] combined with the worker's own source: a new worker logic with the same
/// pages gets a fresh cache too.
fn worker_version(site_version: &str, source: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(site_version.as_bytes());
    hasher.update(source);
    crate::digest::hex(&hasher.finalize()[..8])
}

/// The opt-out: no precache, no theme worker in `assets/`, and a `sw.js` that removes a worker an
/// earlier build installed. Pages must then not load `register-sw.js`.
pub fn retire(files: &mut SiteFiles) {
    take_theme_worker(files);
    files.remove(MANIFEST);
    files.insert(WORKER.into(), RETIRING_WORKER.as_bytes().to_vec());
}

/// What the service worker downloads once per reader after a first visit (`None` when the site is
/// not saved offline), weighed like the pages: it is a real transfer the carbon report must count.
/// Its pages were weighed already (`weight`): their sizes are taken from there rather than
/// compressed, or even hashed, again.
pub fn weigh_copy(
    files: &SiteFiles,
    weight: &crate::budget::SiteWeight,
    sizes: &mut crate::budget::GzipSizes,
) -> Option<crate::budget::OfflineCopy> {
    let (language, paths) = offline_copy(files)?;
    let weighed = |path: &str| {
        let found = weight.pages.binary_search_by(|p| p.page.as_str().cmp(path));
        found.ok().map(|at| weight.pages[at].html)
    };
    let mut bytes = 0;
    let mut others = Vec::new();
    for path in &paths {
        match weighed(path) {
            Some(size) => bytes += size,
            None => others.extend(files.get(path).map(Vec::as_slice)),
        }
    }
    bytes += sizes.measure_all(others).iter().sum::<usize>();
    Some(crate::budget::OfflineCopy {
        language,
        files: paths.len(),
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteFiles {
        let page = |root: &str, extra: &str| {
            let lang = if extra.starts_with("EN") { "en" } else { "fr" };
            let extra = extra.trim_start_matches("EN");
            format!("<!doctype html><html lang=\"{lang}\"><link rel=icon href=\"{root}favicon.svg\"><link rel=stylesheet href=\"{root}assets/style.0123456789.css\"><a href=\"{root}charter-2026.pdf\">PDF</a>{extra}<script src=\"{root}assets/register-sw.abcdef0123.js\" defer></script>").into_bytes()
        };
        let mut files = SiteFiles::new();
        files.insert("index.html".into(), page("", ""));
        files.insert("404.html".into(), page("/", ""));
        files.insert("charter/index.html".into(), page("../", ""));
        files.insert(
            "checker/index.html".into(),
            page(
                "../",
                "<main data-module=\"../assets/wasm_widget.0000000000.js\" data-wasm=\"../assets/wasm_widget_bg.1111111111.wasm\" data-vocabulary=\"../checker-data.json\"></main>",
            ),
        );
        files.insert(
            "en/index.html".into(),
            page(
                "../",
                "EN<main data-vocabulary=\"checker-data.json\"></main>",
            ),
        );
        files.insert("en/checker-data.json".into(), b"{}".to_vec());
        files.insert(
            "revisions/2025/index.html".into(),
            page(
                "../../",
                "<main data-vocabulary=\"checker-data.json\"></main>",
            ),
        );
        files.insert("revisions/2025/checker-data.json".into(), b"{}".to_vec());
        files.insert("draft/index.html".into(), page("../", ""));
        files.insert(
            "assets/style.0123456789.css".into(),
            b"body{background:url(bg.png)}".to_vec(),
        );
        files.insert("assets/bg.png".into(), b"png".to_vec());
        files.insert(
            "assets/register-sw.abcdef0123.js".into(),
            b"register".to_vec(),
        );
        files.insert("assets/wasm_widget.0000000000.js".into(), b"glue".to_vec());
        files.insert(
            "assets/wasm_widget_bg.1111111111.wasm".into(),
            b"\0asm".to_vec(),
        );
        files.insert("assets/copy.2222222222.js".into(), b"unused".to_vec());
        files.insert(
            "assets/sw.3333333333.js".into(),
            format!("const VERSION = '{VERSION_PLACEHOLDER}';").into_bytes(),
        );
        files.insert("checker-data.json".into(), b"{}".to_vec());
        files.insert("favicon.svg".into(), b"<svg/>".to_vec());
        files.insert("charter-2026.pdf".into(), b"%PDF".to_vec());
        files.insert("sitemap.xml".into(), b"<urlset/>".to_vec());
        files
    }

    /// Handing on what the install read changes nothing it writes, and the site weighed with what
    /// it handed on weighs what it weighs read afresh, the replaced worker and manifest included.
    #[test]
    fn what_the_install_hands_on_weighs_the_site_it_leaves() {
        let sealed = BTreeMap::from([("revisions/2025/".to_string(), "f1".to_string())]);
        let mut plain = site();
        plain.insert(WORKER.into(), b"an earlier worker".to_vec());
        plain.insert(MANIFEST.into(), b"an earlier manifest".to_vec());
        let mut handed = plain.clone();
        install_with(&mut plain, &sealed);
        let mut read = crate::budget::ReadBefore::new();
        install_handing_on(&mut handed, &sealed, &mut read);
        assert_eq!(handed, plain);
        assert!(read.digest("index.html").is_some());
        assert!(read.digest(WORKER).is_none() && read.digest(MANIFEST).is_none());
        let mut sizes = crate::budget::GzipSizes::new();
        let weight = crate::budget::weigh_part_read(&handed, |_| true, &mut sizes, &read);
        assert_eq!(weight, crate::budget::weigh(&handed));
    }

    #[test]
    fn precaches_the_current_edition_by_language_without_what_loads_on_first_use() {
        let p = precache(&site());
        assert_eq!(
            p.shared,
            vec![
                "assets/bg.png",
                "assets/register-sw.abcdef0123.js",
                "assets/style.0123456789.css",
                "favicon.svg",
            ]
        );
        assert_eq!(
            p.languages["fr"],
            vec!["./", "charter/", "checker-data.json", "checker/"]
        );
        assert_eq!(p.languages["en"], vec!["en/", "en/checker-data.json"]);
        assert_eq!(p.languages.len(), 2);
        assert_eq!(p.default_language, "fr");
        // The checker's module and Wasm are saved when a reader first uses the checker.
        assert!(!precache_urls(&site())
            .iter()
            .any(|u| u.contains("wasm_widget")));
    }

    #[test]
    fn a_sealed_folder_counts_by_its_fingerprint_whether_its_files_are_there_or_not() {
        let files = site();
        let mut sealed = BTreeMap::new();
        sealed.insert("revisions/2025/".to_string(), "f1".to_string());
        let mut without: SiteFiles = files.clone();
        without.retain(|p, _| !p.starts_with("revisions/2025/"));
        let v = version_with(&files, &sealed);
        assert_eq!(v, version_with(&without, &sealed));
        assert_ne!(
            v,
            version(&files),
            "sealing changes what the version covers"
        );
        sealed.insert("revisions/2025/".to_string(), "f2".to_string());
        assert_ne!(
            v,
            version_with(&without, &sealed),
            "a new fingerprint is a new version"
        );
    }

    #[test]
    fn the_version_follows_every_file() {
        let files = site();
        let v = version(&files);
        assert_eq!(v.len(), 16);
        assert_eq!(v, version(&files.clone()));
        let mut changed = files.clone();
        changed.insert("revisions/2025/index.html".into(), b"typo fixed".to_vec());
        assert_ne!(v, version(&changed));
        let mut with_worker = files.clone();
        with_worker.insert(WORKER.into(), b"anything".to_vec());
        with_worker.insert(MANIFEST.into(), b"anything".to_vec());
        with_worker.remove("assets/sw.3333333333.js");
        assert_eq!(v, version(&with_worker));
    }

    /// Digests remembered from earlier versions give the version a site gets from nothing, after
    /// files are changed, added and removed.
    #[test]
    fn a_remembered_version_is_the_fresh_one() {
        let sealed = BTreeMap::new();
        let mut digests = FileDigests::default();
        let mut files = site();
        assert_eq!(
            version_remembering(&files, &sealed, Some((&mut digests, None)), None),
            version(&files)
        );
        files.insert("index.html".into(), b"<html>changed</html>".to_vec());
        files.insert("new.txt".into(), b"new".to_vec());
        assert!(files.remove("assets/style.0123456789.css").is_some());
        let changed: BTreeSet<String> = ["index.html", "new.txt", "assets/style.0123456789.css"]
            .map(String::from)
            .into();
        let again =
            version_remembering(&files, &sealed, Some((&mut digests, Some(&changed))), None);
        assert_eq!(again, version(&files));
        assert_ne!(again, version(&site()));
        assert_eq!(
            version_remembering(&site(), &sealed, Some((&mut digests, Some(&changed))), None),
            version(&site())
        );
        // Everything changed: nothing remembered is taken.
        let mut other = site();
        other.insert("favicon.svg".into(), b"<svg>other</svg>".to_vec());
        assert_eq!(
            version_remembering(&other, &sealed, Some((&mut digests, None)), None),
            version(&other)
        );
    }

    /// An install that remembers, told what changed, writes what an install from nothing writes.
    #[test]
    fn a_remembered_install_is_the_fresh_one() {
        let sealed = BTreeMap::new();
        let mut remembered = Remembered::default();
        let mut first = site();
        install_remembering(&mut first, &sealed, &mut remembered, None);
        let mut fresh = site();
        install(&mut fresh);
        assert_eq!(first, fresh);
        let edit = |files: &mut SiteFiles| {
            files.insert(
                "en/index.html".into(),
                b"<html lang=\"fr\"><link rel=icon href=\"../favicon.svg\">".to_vec(),
            );
            files.remove("charter/index.html");
        };
        let mut second = site();
        edit(&mut second);
        let changed: BTreeSet<String> = ["en/index.html", "charter/index.html"]
            .map(String::from)
            .into();
        let mut fresh = second.clone();
        install_remembering(&mut second, &sealed, &mut remembered, Some(&changed));
        install(&mut fresh);
        assert_eq!(second, fresh);
        assert_ne!(second[MANIFEST], first[MANIFEST]);
    }

    #[test]
    fn install_writes_the_worker_at_the_root() {
        let mut files = site();
        install(&mut files);
        assert!(!files.contains_key("assets/sw.3333333333.js"));
        let sw = String::from_utf8(files[WORKER].clone()).unwrap();
        let manifest: serde_json::Value = serde_json::from_slice(&files[MANIFEST]).unwrap();
        let version = manifest["version"].as_str().unwrap();
        assert_eq!(sw, format!("const VERSION = '{version}';"));
        assert_eq!(manifest["languages"]["fr"][0], "./");
        assert_eq!(manifest["default"], "fr");
        // Deterministic.
        let mut again = site();
        install(&mut again);
        assert_eq!(files, again);
        // Any change of the site is a new version, hence a new cache name in the worker.
        let mut edited = site();
        edited.insert("charter/index.html".into(), b"<p>new revision</p>".to_vec());
        install(&mut edited);
        assert_ne!(edited[WORKER], again[WORKER]);
    }

    #[test]
    fn the_offline_copy_is_the_shared_files_and_the_home_language() {
        let mut files = site();
        assert_eq!(offline_copy(&files), None, "no manifest, no offline copy");
        install(&mut files);
        let (language, paths) = offline_copy(&files).expect("a manifest");
        assert_eq!(language, "fr");
        // French pages of the current edition by their files, what they load (the vocabulary,
        // loaded on first use, included; the Wasm and its module, saved when first fetched, not),
        // nothing of English, older revisions, the draft, PDFs or the 404 page.
        assert_eq!(
            paths,
            [
                "assets/bg.png",
                "assets/register-sw.abcdef0123.js",
                "assets/style.0123456789.css",
                "charter/index.html",
                "checker-data.json",
                "checker/index.html",
                "favicon.svg",
                "index.html",
            ]
        );
        retire(&mut files);
        assert_eq!(
            offline_copy(&files),
            None,
            "an opted-out site saves nothing"
        );
    }

    #[test]
    fn the_default_theme_worker_has_the_placeholder() {
        let mut files = SiteFiles::new();
        files.insert("index.html".into(), b"<p>hi</p>".to_vec());
        install(&mut files);
        let sw = String::from_utf8(files[WORKER].clone()).unwrap();
        assert!(!sw.contains(VERSION_PLACEHOLDER));
        assert!(sw.contains("addEventListener('install'"));
        let manifest: serde_json::Value = serde_json::from_slice(&files[MANIFEST]).unwrap();
        assert!(sw.contains(manifest["version"].as_str().unwrap()));
    }

    #[test]
    fn opting_out_retires_the_worker() {
        let mut files = site();
        install(&mut files);
        retire(&mut files);
        assert!(!files.contains_key(MANIFEST));
        assert!(!files.contains_key("assets/sw.3333333333.js"));
        assert_eq!(files[WORKER], RETIRING_WORKER.as_bytes());
    }
}
