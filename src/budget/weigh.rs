//! Weighing the built site: what each page makes a first-time visitor download, compressed, and the
//! site-wide facts the policy checks (requests to other hosts, web fonts, images).
//!
//! Only measures; what is allowed is the [`policy`](super::policy)'s business. Kept apart so the
//! measure can be reused on parts of a site (a frozen revision's folder, whose weight cannot
//! change) and combined, without the rules or the report.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::read_before::PageReferences;
use super::scan;
use super::{resolve, GzipSizes, Kind, ReadBefore, Target};
use crate::site_files::SiteFiles;

/// What one page makes a first-time visitor download, compressed, in bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageWeight {
    /// Output path of the page, e.g. `charter/index.html`.
    pub page: String,
    pub html: usize,
    /// Stylesheets it links (each counted once).
    pub css: usize,
    /// Scripts it loads with the page.
    pub js: usize,
    /// `html + css + js`: the weight the budget limits.
    pub total_compressed: usize,
    /// What its scripts load only when the reader first uses the checker (the WebAssembly, the
    /// module that loads it, a script loaded on first use): reported apart, not counted in the
    /// budget, since a reader who never types transfers none of it.
    pub on_use: usize,
    /// Everything else the page loads from the site (icon, images, data files such as
    /// `checker-data.json`): reported apart, not counted in the budget (images have their limit).
    pub other: usize,
}

impl PageWeight {
    /// Everything a first view of the page transfers (nothing cached), the checker unused: the
    /// figure for its carbon.
    pub fn transfer(&self) -> usize {
        self.total_compressed + self.other
    }

    /// [`transfer`](Self::transfer) when the reader also uses the checker (its Wasm and module).
    pub fn transfer_with_checker(&self) -> usize {
        self.transfer() + self.on_use
    }
}

/// A reference to another host, which the handbook never makes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExternalRef {
    /// The page or stylesheet that contains it.
    pub file: String,
    pub url: String,
    /// Where it was found: `script src`, `link rel=stylesheet`, `style url()`, …
    pub origin: String,
}

/// The measured site: per-page weights and the site-wide facts the budget checks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteWeight {
    /// Every HTML page, by output path.
    pub pages: Vec<PageWeight>,
    /// References to another host, in pages and stylesheets, by file.
    pub external: Vec<ExternalRef>,
    /// Font files, and stylesheets or pages declaring `@font-face`.
    pub fonts: Vec<String>,
    /// Every image file with its size as stored.
    pub images: Vec<(String, usize)>,
    /// Every file of the site compressed once (a full mirror: all editions, PDFs, Wasm), but the
    /// search index's shards, counted apart in [`SiteWeight::search_index`].
    pub site_total: usize,
    /// The search indexes' shards (`search/d/`, `search/t/`): how many, and their bytes as stored.
    /// A search fetches a few of them, never all, and no page loads one: they are not compressed
    /// for the figures (at 10 000 pages they are half the site's files).
    #[serde(default)]
    pub search_index: FilesStored,
}

/// A number of files and their bytes, as stored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilesStored {
    pub files: usize,
    pub bytes: usize,
}

/// The gzip level pages are weighed at: 6, zlib's default, which is what a server compressing on
/// the fly sends (Apache's mod_deflate, most hosting platforms); a host serving files compressed
/// beforehand at -9 sends at most 0.3 % less. Compressed by libdeflate, whose level 6 gives sizes
/// within 0.1 % of zlib's level 6 about 1.3 times faster than zlib-rs, and twice as fast as
/// miniz_oxide at the -9 the budget used first (`cargo bench --bench gzip -- SITE` prints them
/// side by side). The figure stays exact: the size of a real gzip file of the page.
pub const GZIP_LEVEL: u32 = 6;

/// Bytes of the gzip header (no name, no time) and trailer (CRC-32 and length) around the deflate
/// stream.
const GZIP_FRAME: usize = 18;

/// gzip size of `bytes` at [`GZIP_LEVEL`]: what a host sends, header and trailer included.
pub fn gzip_len(bytes: &[u8]) -> usize {
    deflate_len(bytes, GZIP_LEVEL) + GZIP_FRAME
}

/// The size of `bytes` as a raw deflate stream at `level`, by libdeflate.
pub fn deflate_len(bytes: &[u8], level: u32) -> usize {
    thread_local! {
        /// The stream's bytes, kept between pages: only their number is wanted.
        static OUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }
    OUT.with_borrow_mut(|out| {
        deflate_into(bytes, level, out);
        let len = out.len();
        if out.capacity() > KEPT_BUFFER {
            // A large file (the Wasm, a PDF) need not hold its buffer for the next small page.
            *out = Vec::new();
        }
        len
    })
}

/// How many pages [`weigh_part`] reads at once.
const PAGES_AT_ONCE: usize = 256;

/// The largest output buffer [`deflate_len`] keeps from one file to the next, per thread.
const KEPT_BUFFER: usize = 1 << 20;

/// `bytes` as a raw deflate stream at `level`, by libdeflate.
#[cfg(test)]
fn deflate(bytes: &[u8], level: u32) -> Vec<u8> {
    let mut out = Vec::new();
    deflate_into(bytes, level, &mut out);
    out
}

/// Writes `bytes` as a raw deflate stream at `level` into `out`, by libdeflate.
///
/// libdeflate compresses a whole buffer in one call, with no stream state carried from one call
/// to the next, so each thread keeps one compressor per level (setting one up allocates its
/// match finder, a few hundred KB, about as costly as compressing a small page) and the same
/// bytes give the same stream whatever came before.
fn deflate_into(bytes: &[u8], level: u32, out: &mut Vec<u8>) {
    thread_local! {
        static COMPRESSORS: RefCell<Vec<(u32, libdeflater::Compressor)>> =
            const { RefCell::new(Vec::new()) };
    }
    let written = COMPRESSORS.with_borrow_mut(|compressors| {
        let at = match compressors.iter().position(|(l, _)| *l == level) {
            Some(at) => at,
            None => {
                // libdeflate's levels are 0 to 12; the budget asks for 1 to 9.
                let lvl =
                    libdeflater::CompressionLvl::new(level.min(12) as i32).unwrap_or_default();
                compressors.push((level, libdeflater::Compressor::new(lvl)));
                compressors.len() - 1
            }
        };
        let compressor = &mut compressors[at].1;
        out.clear();
        out.resize(compressor.deflate_compress_bound(bytes.len()), 0);
        compressor.deflate_compress(bytes, out).ok()
    });
    match written {
        Some(len) => out.truncate(len),
        None => {
            // Cannot happen with a buffer of `deflate_compress_bound` bytes; count the input as
            // stored.
            out.clear();
            out.extend_from_slice(bytes);
        }
    }
}

/// Measures every page of the site and gathers the site-wide facts (external references, fonts,
/// images). Call it on the files `build::prepare_with` returns, after everything is added.
pub fn weigh(files: &SiteFiles) -> SiteWeight {
    weigh_part(files, |_| true, &mut GzipSizes::new())
}

/// The share of [`weigh`] that falls to the files `selected` picks (pages and files alike), each
/// page's references still resolved against the whole of `files`. Parts that split a site between
/// them give back the whole site's weight once [`SiteWeight::combine`]d, so the weight of a part
/// that cannot change (a frozen revision's folder) can be kept and reused.
pub fn weigh_part(
    files: &SiteFiles,
    selected: impl Fn(&str) -> bool,
    sizes: &mut GzipSizes,
) -> SiteWeight {
    weigh_part_read(files, selected, sizes, &ReadBefore::new())
}

/// [`weigh_part`], taking from `read` the digests and page references an earlier stage read of
/// `files` (the same weight, without reading those files again).
pub fn weigh_part_read(
    files: &SiteFiles,
    selected: impl Fn(&str) -> bool,
    sizes: &mut GzipSizes,
    read: &ReadBefore,
) -> SiteWeight {
    // Every selected file measured at once, on every core; a page's references outside the
    // selection are measured when met.
    let chosen: Vec<(&String, &Vec<u8>)> =
        files.iter().filter(|(path, _)| selected(path)).collect();
    let (shards, chosen): (Vec<_>, Vec<_>) = chosen
        .into_iter()
        .partition(|(path, _)| crate::search::is_index_shard(path));
    let measured = sizes.measure_all_digested(
        chosen
            .iter()
            .map(|(path, bytes)| (bytes.as_slice(), read.digest(path))),
    );
    let mut compressed: BTreeMap<&str, usize> = chosen
        .iter()
        .map(|(path, _)| path.as_str())
        .zip(measured)
        .collect();
    let mut gz = |path: &str| -> usize {
        match files.get_key_value(path) {
            Some((key, bytes)) => *compressed
                .entry(key.as_str())
                .or_insert_with(|| sizes.size(bytes)),
            None => 0,
        }
    };
    let mut weight = SiteWeight {
        search_index: FilesStored {
            files: shards.len(),
            bytes: shards.iter().map(|(_, bytes)| bytes.len()).sum(),
        },
        ..SiteWeight::default()
    };
    let pages: Vec<(&String, &Vec<u8>)> = chosen
        .iter()
        .copied()
        .filter(|(path, _)| path.ends_with(".html"))
        .collect();
    // Pages are read, and what they load found among the files, on every core, PAGES_AT_ONCE at
    // a time (their references are not all held at once), and counted in order.
    let read_pages = pages.chunks(PAGES_AT_ONCE).flat_map(|chunk| {
        let read: Vec<PageLoads> = chunk
            .par_iter()
            .with_max_len(1) // one per task, as the pages in `render::page_pass`
            .map(|(path, bytes)| match read.page(path) {
                Some(refs) => PageLoads::of(path, refs, files),
                None => PageLoads::of(
                    path,
                    &PageReferences::read(&crate::html::page_text(bytes)),
                    files,
                ),
            })
            .collect();
        chunk.iter().map(|(path, _)| *path).zip(read)
    });
    for (path, read) in read_pages {
        if read.font_face {
            weight.fonts.push(path.clone());
        }
        weight.external.extend(read.external);
        let loaded = read.loaded;
        let mut page = PageWeight {
            page: path.clone(),
            html: gz(path),
            css: 0,
            js: 0,
            total_compressed: 0,
            on_use: 0,
            other: 0,
        };
        let mut counted: BTreeSet<&str> = BTreeSet::new();
        for (kind, target) in &loaded {
            if !counted.insert(target) {
                continue;
            }
            let size = gz(target);
            match kind {
                Kind::Stylesheet => page.css += size,
                Kind::Script => page.js += size,
                Kind::OnUse => page.on_use += size,
                Kind::Data | Kind::Image | Kind::Font | Kind::Other => page.other += size,
            }
        }
        page.total_compressed = page.html + page.css + page.js;
        weight.pages.push(page);
    }
    // The files as `files` orders them (fonts, images and external references come back in that
    // order), the shards left out: they are only counted.
    for (path, bytes) in files {
        if !selected(path) || crate::search::is_index_shard(path) {
            continue;
        }
        if scan::is_font_file(path) {
            weight.fonts.push(path.clone());
        }
        if scan::is_image_file(path) {
            weight.images.push((path.clone(), bytes.len()));
        }
        if path.ends_with(".css") {
            let css = scan::css_references(&String::from_utf8_lossy(bytes), "stylesheet");
            if css.font_face {
                weight.fonts.push(path.clone());
            }
            for r in css.references {
                if resolve(path, &r.url, files) == Target::External {
                    weight.external.push(ExternalRef {
                        file: path.clone(),
                        url: r.url,
                        origin: r.origin,
                    });
                }
            }
        }
        weight.site_total += gz(path);
    }
    weight.normalise();
    weight
}

/// What one page loads, as [`weigh_part`] counts it: read on any thread, from the page and the
/// names of the site's files alone.
struct PageLoads {
    /// Whether its inline CSS declares `@font-face`.
    font_face: bool,
    /// Its references to another host, in document order.
    external: Vec<ExternalRef>,
    /// The site's files it loads, each once, by why it loads them.
    loaded: BTreeSet<(Kind, String)>,
}

impl PageLoads {
    fn of(path: &str, page: &PageReferences, files: &SiteFiles) -> PageLoads {
        let (refs, inline_css) = (&page.refs, &page.inline_css);
        let mut read = PageLoads {
            font_face: inline_css.font_face,
            external: Vec::new(),
            loaded: BTreeSet::new(),
        };
        for r in refs.iter().chain(&inline_css.references) {
            match resolve(path, &r.url, files) {
                Target::External => read.external.push(ExternalRef {
                    file: path.to_string(),
                    url: r.url.clone(),
                    origin: r.origin.clone(),
                }),
                Target::Local(target) if files.contains_key(&target) => {
                    // A data-* value that names a page is a link, not something fetched.
                    if !(r.kind == Kind::Data && target.ends_with(".html")) {
                        read.loaded.insert((r.kind, target));
                    }
                }
                // Missing files are the link check's business; nothing is downloaded.
                Target::Local(_) | Target::None => {}
            }
        }
        read
    }
}

impl SiteWeight {
    /// The weight of a site made of `parts` that share no file: what [`weigh`] gives for the whole.
    pub fn combine(parts: impl IntoIterator<Item = SiteWeight>) -> SiteWeight {
        let mut whole = SiteWeight::default();
        for part in parts {
            whole.pages.extend(part.pages);
            whole.external.extend(part.external);
            whole.fonts.extend(part.fonts);
            whole.images.extend(part.images);
            whole.site_total += part.site_total;
            whole.search_index.files += part.search_index.files;
            whole.search_index.bytes += part.search_index.bytes;
        }
        whole.normalise();
        whole
    }

    /// Every list in path order, without repeats: the same site always gives the same weight.
    fn normalise(&mut self) {
        self.pages.sort_by(|a, b| a.page.cmp(&b.page));
        self.images.sort();
        self.fonts.sort();
        self.fonts.dedup();
        self.external
            .sort_by(|a, b| (&a.file, &a.url).cmp(&(&b.file, &b.url)));
        self.external.dedup();
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{noise, page, site};
    use super::super::{check, Budget};
    use super::*;

    #[test]
    fn parts_of_a_site_combine_into_the_weight_of_the_whole() {
        let files = site(&[
            (
                "assets/style.css",
                b"body{color:red;background:url(bg.png)}@font-face{src:url(f.woff2)}",
            ),
            ("assets/bg.png", &noise(300)),
            ("assets/f.woff2", &noise(50)),
            (
                "index.html",
                &page("assets/style.css", "<img src=\"assets/bg.png\" alt=\"\">"),
            ),
            (
                "revisions/2025/index.html",
                &page(
                    "../../assets/style.css",
                    "<script src=\"https://cdn.example/x.js\"></script>",
                ),
            ),
            ("revisions/2025/logo.png", &noise(120)),
            (
                "revisions/2025/charter/index.html",
                &page(
                    "../../../assets/style.css",
                    "<img src=\"../logo.png\" alt=\"\">",
                ),
            ),
            (
                "revisions/2026/index.html",
                &page("../../assets/style.css", ""),
            ),
        ]);
        let whole = weigh(&files);
        let folders = ["revisions/2025/", "revisions/2026/"];
        let in_folder = |p: &str| folders.iter().any(|f| p.starts_with(f));
        let mut sizes = GzipSizes::new();
        let mut parts = vec![weigh_part(&files, |p| !in_folder(p), &mut sizes)];
        for folder in folders {
            parts.push(weigh_part(&files, |p| p.starts_with(folder), &mut sizes));
        }
        assert_eq!(parts[1].pages.len(), 2);
        assert_eq!(parts[1].external.len(), 1);
        // Parts in any order give the whole.
        parts.reverse();
        assert_eq!(SiteWeight::combine(parts), whole);
    }

    #[test]
    fn gzip_is_deterministic_and_compresses() {
        let text = "la même phrase, encore et encore. ".repeat(200);
        assert_eq!(gzip_len(text.as_bytes()), gzip_len(text.as_bytes()));
        assert!(gzip_len(text.as_bytes()) < 200);
        // an empty file is the frame around an empty block (zlib writes it in 2 bytes, libdeflate 5)
        assert_eq!(gzip_len(b""), deflate_len(b"", GZIP_LEVEL) + GZIP_FRAME);
        assert!(gzip_len(b"") <= 25);
    }

    #[test]
    fn the_weighed_stream_is_real_deflate_of_the_page() {
        use std::io::Read;
        let text = "<p>Une page du manuel, avec sa charte et ses prompts.</p>\n".repeat(300);
        let stream = deflate(text.as_bytes(), GZIP_LEVEL);
        let mut back = String::new();
        flate2::read::DeflateDecoder::new(stream.as_slice())
            .read_to_string(&mut back)
            .expect("a valid deflate stream");
        assert_eq!(back, text);
        assert_eq!(gzip_len(text.as_bytes()), stream.len() + GZIP_FRAME);
        assert!(deflate_len(text.as_bytes(), 9) <= deflate_len(text.as_bytes(), 1));
    }

    /// The compressor kept and reset between files writes what a new one writes, whatever came
    /// before it on the thread (a larger file, another level, an empty one).
    #[test]
    fn a_reused_compressor_writes_what_a_new_one_writes() {
        let inputs = [
            "<p>Une page du manuel.</p>\n".repeat(2000).into_bytes(),
            noise(70_000),
            Vec::new(),
            b"court".to_vec(),
            "<h2>Charte</h2><p>Encore une page.</p>\n"
                .repeat(40)
                .into_bytes(),
        ];
        for level in [GZIP_LEVEL, 9, GZIP_LEVEL] {
            for bytes in &inputs {
                let lvl = libdeflater::CompressionLvl::new(level as i32).expect("a level");
                let mut fresh = libdeflater::Compressor::new(lvl);
                let mut stream = vec![0u8; fresh.deflate_compress_bound(bytes.len())];
                let n = fresh
                    .deflate_compress(bytes, &mut stream)
                    .expect("room enough");
                stream.truncate(n);
                assert_eq!(deflate(bytes, level), stream, "level {level}");
                assert_eq!(deflate_len(bytes, level), stream.len());
            }
        }
    }

    /// The search index's shards are counted apart, as stored, in a whole site and in parts of
    /// it alike; its manifest is compressed like any file.
    #[test]
    fn search_shards_are_counted_apart_as_stored() {
        let files = site(&[
            ("index.html", &page("assets/style.css", "<p>accueil</p>")),
            ("assets/style.css", b"body{color:red}"),
            ("search/meta.json", b"{\"v\":\"1\",\"docs\":2}"),
            ("search/d/0.json", b"{\"t\":\"Accueil\",\"u\":\"\"}"),
            ("search/t/ac.json", b"{\"accueil\":[0,0]}"),
            ("en/search/d/0.json", b"{\"t\":\"Home\",\"u\":\"en/\"}"),
        ]);
        let is_shard = |path: &str| path.contains("/d/") || path.contains("/t/");
        let w = weigh(&files);
        let shards: Vec<&Vec<u8>> = files
            .iter()
            .filter(|(path, _)| is_shard(path))
            .map(|(_, bytes)| bytes)
            .collect();
        assert_eq!(
            w.search_index,
            FilesStored {
                files: 3,
                bytes: shards.iter().map(|b| b.len()).sum()
            }
        );
        let others: usize = files
            .iter()
            .filter(|(path, _)| !is_shard(path))
            .map(|(_, bytes)| gzip_len(bytes))
            .sum();
        assert_eq!(w.site_total, others);
        let parts = SiteWeight::combine([
            weigh_part(&files, |p| p.starts_with("en/"), &mut GzipSizes::new()),
            weigh_part(&files, |p| !p.starts_with("en/"), &mut GzipSizes::new()),
        ]);
        assert_eq!(parts, w);
        let summary = crate::budget::summary(&check(&w, &Budget::default()));
        assert!(
            summary.contains("the search index apart: 3 files"),
            "{summary}"
        );
    }

    #[test]
    fn weighs_a_page_with_its_css_js_and_what_loads_on_first_use() {
        let style = b"body{color:#222}".repeat(50);
        let files = site(&[
            ("assets/style.1.css", &style),
            ("assets/checker.2.js", b"console.log('checker');"),
            ("assets/w.3.js", b"export default function(){}"),
            ("assets/w.4.wasm", &noise(5000)),
            ("assets/on-use.5.js", b"console.log('loaded when the reader starts');"),
            ("checker-data.json", b"{\"vocabulary\":{}}"),
            ("favicon.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
            (
                "checker/index.html",
                &page(
                    "../assets/style.1.css",
                    "<link rel=icon href=../favicon.svg><main data-script=\"../assets/on-use.5.js\" data-module=\"../assets/w.3.js\" data-wasm=\"../assets/w.4.wasm\" data-vocabulary=\"../checker-data.json\"></main><script src=\"../assets/checker.2.js\" defer></script><script src=\"../assets/checker.2.js\" defer></script>",
                ),
            ),
            ("index.html", &page("assets/style.1.css", "<p>Accueil</p>")),
        ]);
        let w = weigh(&files);
        assert_eq!(w.pages.len(), 2);
        let checker = &w.pages[0];
        assert_eq!(checker.page, "checker/index.html");
        assert_eq!(checker.css, gzip_len(&style));
        assert_eq!(
            checker.js,
            gzip_len(b"console.log('checker');"),
            "a script loaded twice is downloaded once"
        );
        assert_eq!(
            checker.on_use,
            gzip_len(&noise(5000))
                + gzip_len(b"export default function(){}")
                + gzip_len(b"console.log('loaded when the reader starts');")
                + gzip_len(b"{\"vocabulary\":{}}"),
            "the Wasm, its module, its vocabulary and a script loaded on first use are counted apart"
        );
        assert!(checker.on_use > 3000);
        assert_eq!(
            checker.other,
            gzip_len(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
        );
        assert_eq!(
            checker.total_compressed,
            checker.html + checker.css + checker.js
        );
        let home = &w.pages[1];
        assert_eq!(home.js, 0);
        assert_eq!(home.on_use, 0);
        assert!(w.external.is_empty() && w.fonts.is_empty());
        assert_eq!(w.images, vec![("favicon.svg".to_string(), 41)]);
        assert_eq!(
            w.site_total,
            files.values().map(|b| gzip_len(b)).sum::<usize>()
        );
        let report = check(&w, &Budget::default());
        assert!(report.is_ok(), "{:?}", report.violations);
        assert_eq!(report.pages[0].page, "checker/index.html");
        assert_eq!(
            report.median,
            (checker.total_compressed + home.total_compressed) / 2
        );
        assert_eq!(
            report.heaviest_view,
            Some(("checker/index.html".into(), checker.transfer_with_checker()))
        );
    }
}
