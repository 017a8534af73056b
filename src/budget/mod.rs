//! The low-carbon page budget: every page with the CSS and JS it loads stays under 25 KB compressed,
//! the median page under 12 KB, no web font, no oversized image, no request to another host.
//!
//! The weights are measured on the built site itself ([`SiteFiles`]), not estimated from templates,
//! so whatever a theme override, a static file or a Markdown page adds is counted. Each resource is
//! compressed with gzip at level 9 (deterministic: no timestamp, no file name), which is what a
//! static host sends at worst; brotli would only make the figures smaller.
//!
//! Pure and deterministic: the same site gives the same report, byte for byte.
//!
//! # Wiring it into the build
//!
//! ```ignore
//! // handbook.yaml: `budget: { max_page_kb: 20, max_median_kb: 10, max_image_kb: 150 }` (all
//! // optional) deserialises into `Budget` (`#[serde(default)]`); refuse loosening with
//! // `Budget::validate`, pointing at the key.
//! let budget = config.budget.clone().unwrap_or_default();
//! let weights = handbook::budget::weigh(&files);
//! let report = handbook::budget::check(&weights, &budget);
//! println!("{}", handbook::budget::summary(&report)); // after the "built N pages" line
//! if !report.violations.is_empty() {
//!     // one Diagnostic per violation: Origin::file_start(&v.page), v.message, v.hint
//! }
//! ```
//!
//! The service worker's `sw.js` is not a page resource (the browser fetches it once per visit, at
//! registration, not per page) and is not counted; the registration script a page loads is.

mod scan;
mod sizes;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;

use serde::{Deserialize, Serialize};

/// The limits themselves are part of the site config (`handbook.yaml`, key `budget`), so they are
/// declared with it; this module weighs the site and holds it to them.
pub use crate::content::site::Budget;
use crate::site_files::SiteFiles;
pub(crate) use scan::{css_references, html_references, resolve, Kind, Target};
pub use sizes::GzipSizes;

/// 1 KB in the budget and the summary: SI, like the GB of the carbon model.
pub const KB: f64 = 1000.0;

/// Energy per GB transferred in the Sustainable Web Design model v4 (data centres, networks and
/// devices, operational and embodied: 0.055 + 0.059 + 0.080 + 0.012 + 0.013 + 0.081).
pub const SWD_KWH_PER_GB: f64 = 0.3;
/// Global average grid intensity used by the Sustainable Web Design model v4 (Ember, 2022).
pub const SWD_GRAMS_PER_KWH: f64 = 494.0;
/// 1 GB in the carbon model.
pub const GB: f64 = 1e9;

/// What one page makes a first-time visitor download, compressed, in bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageWeight {
    /// Output path of the page, e.g. `charter/index.html`.
    pub page: String,
    pub html: usize,
    /// Stylesheets it links (each counted once).
    pub css: usize,
    /// Scripts it loads, including a module a script imports named by `data-module`.
    pub js: usize,
    /// `html + css + js`: the weight the budget limits.
    pub total_compressed: usize,
    /// WebAssembly named by `data-wasm`: loaded only on the pages that use the checker, reported
    /// apart and not counted in the budget.
    pub wasm: usize,
    /// Everything else the page loads from the site (icon, images, data files such as
    /// `checker-data.json`): reported apart, not counted in the budget (images have their limit).
    pub other: usize,
}

impl PageWeight {
    /// Everything a first view of the page transfers (nothing cached): the figure for its carbon.
    pub fn transfer(&self) -> usize {
        self.total_compressed + self.wasm + self.other
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
    /// Every file of the site compressed once (a full mirror: all editions, PDFs, Wasm).
    pub site_total: usize,
}

/// One way the site breaks its budget, for a diagnostic naming the file at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Output path of the page (or stylesheet, image, font) at fault.
    pub page: String,
    pub message: String,
    pub hint: String,
}

/// The checked weights: what the build prints ([`summary`]) and what makes it fail (`violations`).
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub budget: Budget,
    /// Every page, heaviest first (ties by path).
    pub pages: Vec<PageWeight>,
    /// Median page weight (HTML + CSS + JS, compressed), in bytes.
    pub median: usize,
    /// Sum of every page's weight: what reading the whole site page by page costs, nothing cached.
    pub pages_total: usize,
    /// Every file of the site compressed once.
    pub site_total: usize,
    /// Median of what a first view of a page transfers (Wasm, images and data included).
    pub median_view: usize,
    /// The page whose first view transfers the most, and how much.
    pub heaviest_view: Option<(String, usize)>,
    /// Estimated grams of CO2e of a median first page view, nothing cached (Sustainable Web Design
    /// model v4).
    pub co2_grams_per_view: f64,
    /// Median HTML alone, compressed: what each further page of a visit transfers once the style
    /// sheet, scripts and Wasm are in the browser's cache (they carry a content hash in their name).
    pub median_html: usize,
    /// Empty when the site is within its budget.
    pub violations: Vec<Violation>,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.violations.is_empty()
    }
}

/// gzip -9 size of `bytes`, with a fixed header (no time, no name), so it never varies.
pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut encoder = flate2::GzBuilder::new().write(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::best(),
    );
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map_or(bytes.len(), |v| v.len())
}

/// Grams of CO2e for transferring `bytes` in the Sustainable Web Design model v4.
pub fn co2_grams(bytes: usize) -> f64 {
    bytes as f64 / GB * SWD_KWH_PER_GB * SWD_GRAMS_PER_KWH
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
    let mut compressed: BTreeMap<&str, usize> = BTreeMap::new();
    let mut gz = |path: &str| -> usize {
        match files.get_key_value(path) {
            Some((key, bytes)) => *compressed
                .entry(key.as_str())
                .or_insert_with(|| sizes.size(bytes)),
            None => 0,
        }
    };
    let mut weight = SiteWeight::default();
    for (path, bytes) in files {
        if !path.ends_with(".html") || !selected(path) {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        let (refs, inline_css) = html_references(&html);
        if inline_css.font_face {
            weight.fonts.push(path.clone());
        }
        let mut loaded: BTreeSet<(Kind, String)> = BTreeSet::new();
        for r in refs.iter().chain(&inline_css.references) {
            match resolve(path, &r.url, files) {
                Target::External => weight.external.push(ExternalRef {
                    file: path.clone(),
                    url: r.url.clone(),
                    origin: r.origin.clone(),
                }),
                Target::Local(target) if files.contains_key(&target) => {
                    // A data-* value that names a page is a link, not something fetched.
                    if !(r.kind == Kind::Data && target.ends_with(".html")) {
                        loaded.insert((r.kind, target));
                    }
                }
                // Missing files are the link check's business; nothing is downloaded.
                Target::Local(_) | Target::None => {}
            }
        }
        let mut page = PageWeight {
            page: path.clone(),
            html: gz(path),
            css: 0,
            js: 0,
            total_compressed: 0,
            wasm: 0,
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
                Kind::Wasm => page.wasm += size,
                Kind::Data | Kind::Image | Kind::Font | Kind::Other => page.other += size,
            }
        }
        page.total_compressed = page.html + page.css + page.js;
        weight.pages.push(page);
    }
    for (path, bytes) in files {
        if !selected(path) {
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

/// The median of `values` (the mean of the two middle ones for an even count), 0 when empty.
fn median(mut values: Vec<usize>) -> usize {
    values.sort_unstable();
    let n = values.len();
    match n {
        0 => 0,
        _ if n % 2 == 1 => values[n / 2],
        _ => (values[n / 2 - 1] + values[n / 2]) / 2,
    }
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / KB)
}

fn limit(kb: f64) -> usize {
    (kb * KB).floor() as usize
}

/// Holds the measured site to `budget`. Always returns the full report, so the build can print the
/// summary before failing on `report.violations` (pages first, by path, then the site-wide rules).
pub fn check(weights: &SiteWeight, budget: &Budget) -> Report {
    let mut violations = Vec::new();
    for page in &weights.pages {
        if page.total_compressed > limit(budget.max_page_kb) {
            violations.push(Violation {
                page: page.page.clone(),
                message: format!(
                    "`{}` weighs {} compressed (HTML {} + CSS {} + JS {}), over the {} KB page budget",
                    page.page,
                    kb(page.total_compressed),
                    kb(page.html),
                    kb(page.css),
                    kb(page.js),
                    budget.max_page_kb
                ),
                hint: "split the page, shorten what it repeats, or drop a script it loads; the budget is `budget.max_page_kb` in handbook.yaml".into(),
            });
        }
    }
    let median_weight = median(weights.pages.iter().map(|p| p.total_compressed).collect());
    if median_weight > limit(budget.max_median_kb) {
        // Name the page in the middle, so the message points somewhere concrete.
        let mut sorted: Vec<&PageWeight> = weights.pages.iter().collect();
        sorted.sort_by(|a, b| (a.total_compressed, &a.page).cmp(&(b.total_compressed, &b.page)));
        let middle = sorted
            .get(sorted.len() / 2)
            .map_or(String::new(), |p| p.page.clone());
        violations.push(Violation {
            page: middle,
            message: format!(
                "the median page weighs {} compressed, over the {} KB median budget",
                kb(median_weight),
                budget.max_median_kb
            ),
            hint: "most pages are too heavy: look at what every page carries (style sheet, scripts, navigation) first; the budget is `budget.max_median_kb` in handbook.yaml".into(),
        });
    }
    for e in &weights.external {
        violations.push(Violation {
            page: e.file.clone(),
            message: format!(
                "`{}` makes a request to another host: `{}` ({})",
                e.file, e.url, e.origin
            ),
            hint: "copy the file into the handbook's static/ folder and refer to it relatively: the handbook loads nothing from another host (privacy, offline reading, carbon)".into(),
        });
    }
    if !budget.allow_web_fonts {
        for file in &weights.fonts {
            let what = if scan::is_font_file(file) {
                "is a web font file"
            } else {
                "declares a web font (@font-face)"
            };
            violations.push(Violation {
                page: file.clone(),
                message: format!("`{file}` {what}; the handbook uses no web font by default"),
                hint: "use the reader's system fonts (the default theme's font stack), or accept the cost with `budget.allow_web_fonts: true` in handbook.yaml".into(),
            });
        }
    }
    for (file, size) in &weights.images {
        if *size > limit(budget.max_image_kb) {
            violations.push(Violation {
                page: file.clone(),
                message: format!(
                    "image `{file}` weighs {}, over the {} KB image limit",
                    kb(*size),
                    budget.max_image_kb
                ),
                hint: "resize it to the width it is shown at (1200 px is plenty) and convert it to WebP or AVIF; simplify an SVG (e.g. with svgo); the limit is `budget.max_image_kb` in handbook.yaml".into(),
            });
        }
    }
    let mut pages = weights.pages.clone();
    pages.sort_by(|a, b| {
        b.total_compressed
            .cmp(&a.total_compressed)
            .then_with(|| a.page.cmp(&b.page))
    });
    let median_view = median(weights.pages.iter().map(PageWeight::transfer).collect());
    let heaviest_view = weights
        .pages
        .iter()
        .max_by(|a, b| {
            a.transfer()
                .cmp(&b.transfer())
                .then_with(|| b.page.cmp(&a.page))
        })
        .map(|p| (p.page.clone(), p.transfer()));
    Report {
        budget: budget.clone(),
        median: median_weight,
        pages_total: weights.pages.iter().map(|p| p.total_compressed).sum(),
        site_total: weights.site_total,
        median_view,
        heaviest_view,
        co2_grams_per_view: co2_grams(median_view),
        median_html: median(weights.pages.iter().map(|p| p.html).collect()),
        pages,
        violations,
    }
}

/// Two significant digits, without scientific notation: `0.00083`, `0.015`, `1.2`.
fn grams(g: f64) -> String {
    if g <= 0.0 || !g.is_finite() {
        return "0".into();
    }
    let decimals = (1 - g.log10().floor() as i32).max(0) as usize;
    format!("{g:.decimals$}")
}

fn bytes_human(bytes: usize) -> String {
    if bytes as f64 >= KB * KB {
        format!("{:.2} MB", bytes as f64 / (KB * KB))
    } else {
        kb(bytes)
    }
}

/// The page-weight summary the build prints: the five heaviest pages, the median, the totals, the
/// estimated CO2e of a page view with the model's constants stated, and a scale to read them by.
pub fn summary(report: &Report) -> String {
    let b = &report.budget;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Page weight (gzip -9; budget: HTML + CSS + JS ≤ {} KB a page, median ≤ {} KB; 1 KB = 1000 bytes):",
        b.max_page_kb, b.max_median_kb
    );
    let width = report
        .pages
        .iter()
        .take(5)
        .map(|p| p.page.chars().count())
        .max()
        .unwrap_or(0);
    for p in report.pages.iter().take(5) {
        let mut extra = String::new();
        if p.wasm > 0 {
            let _ = write!(extra, ", + Wasm {} on demand", kb(p.wasm));
        }
        if p.other > 0 {
            let _ = write!(extra, ", + data/images {}", kb(p.other));
        }
        let _ = writeln!(
            out,
            "  {:<width$}  {:>8}  (HTML {} + CSS {} + JS {}{extra})",
            p.page,
            kb(p.total_compressed),
            kb(p.html),
            kb(p.css),
            kb(p.js),
        );
    }
    let _ = writeln!(
        out,
        "  median page {} · {} pages, {} read one by one · whole site {} compressed (every file once)",
        kb(report.median),
        report.pages.len(),
        bytes_human(report.pages_total),
        bytes_human(report.site_total)
    );
    let _ = writeln!(
        out,
        "  CO2e per page view: {} g for a median first visit ({}: everything the page loads, Wasm included)",
        grams(report.co2_grams_per_view),
        kb(report.median_view)
    );
    let _ = writeln!(
        out,
        "    {} g for each further page (median HTML {}; style sheet, scripts and Wasm cached)",
        grams(co2_grams(report.median_html)),
        kb(report.median_html)
    );
    if let Some((page, bytes)) = &report.heaviest_view {
        let _ = writeln!(
            out,
            "    at most {} g ({page}, {})",
            grams(co2_grams(*bytes)),
            kb(*bytes)
        );
    }
    let _ = writeln!(
        out,
        "    Sustainable Web Design model v4: {SWD_KWH_PER_GB} kWh/GB × {SWD_GRAMS_PER_KWH} gCO2e/kWh = {:.1} g per GB transferred (1 GB = 10^9 bytes)",
        SWD_KWH_PER_GB * SWD_GRAMS_PER_KWH
    );
    let _ = write!(
        out,
        "  for scale: a default Hugo theme page ≈ 15 KB, an mdBook page ≈ 220 KB, the median web page ≈ 2.5 MB"
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &[u8])]) -> SiteFiles {
        files
            .iter()
            .map(|(p, b)| (p.to_string(), b.to_vec()))
            .collect()
    }

    fn page(css: &str, body: &str) -> Vec<u8> {
        format!("<!doctype html><html><head><link rel=\"stylesheet\" href=\"{css}\"></head><body>{body}</body></html>").into_bytes()
    }

    /// Bytes that gzip cannot shrink much: a simple deterministic pseudo-random sequence.
    fn noise(n: usize) -> Vec<u8> {
        let mut x: u32 = 2463534242;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                b'a' + (x % 26) as u8
            })
            .collect()
    }

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
        assert_eq!(gzip_len(b""), 20);
    }

    #[test]
    fn weighs_a_page_with_its_css_js_and_wasm() {
        let style = b"body{color:#222}".repeat(50);
        let files = site(&[
            ("assets/style.1.css", &style),
            ("assets/checker.2.js", b"console.log('checker');"),
            ("assets/w.3.js", b"export default function(){}"),
            ("assets/w.4.wasm", &noise(5000)),
            ("checker-data.json", b"{\"vocabulary\":{}}"),
            ("favicon.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
            (
                "checker/index.html",
                &page(
                    "../assets/style.1.css",
                    "<link rel=icon href=../favicon.svg><main data-module=\"../assets/w.3.js\" data-wasm=\"../assets/w.4.wasm\" data-vocabulary=\"../checker-data.json\"></main><script src=\"../assets/checker.2.js\" defer></script><script src=\"../assets/checker.2.js\" defer></script>",
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
            gzip_len(b"console.log('checker');") + gzip_len(b"export default function(){}"),
            "a script loaded twice is downloaded once; the imported module counts as JS"
        );
        assert_eq!(checker.wasm, gzip_len(&noise(5000)));
        assert!(checker.wasm > 3000);
        assert_eq!(
            checker.other,
            gzip_len(b"{\"vocabulary\":{}}")
                + gzip_len(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
        );
        assert_eq!(
            checker.total_compressed,
            checker.html + checker.css + checker.js
        );
        let home = &w.pages[1];
        assert_eq!(home.js, 0);
        assert_eq!(home.wasm, 0);
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
            Some(("checker/index.html".into(), checker.transfer()))
        );
    }

    #[test]
    fn a_heavy_page_fails_and_is_named() {
        let heavy = page("s.css", &String::from_utf8(noise(50_000)).unwrap());
        let light = page("s.css", "<p>ok</p>");
        let files = site(&[
            ("s.css", b"p{margin:0}"),
            ("a/index.html", &light),
            ("b/index.html", &heavy),
            ("c/index.html", &light),
        ]);
        let report = check(&weigh(&files), &Budget::default());
        assert_eq!(report.violations.len(), 1);
        let v = &report.violations[0];
        assert_eq!(v.page, "b/index.html");
        assert!(
            v.message.contains("over the 25 KB page budget"),
            "{}",
            v.message
        );
        assert!(v.hint.contains("budget.max_page_kb"));
        assert_eq!(report.pages[0].page, "b/index.html");
    }

    #[test]
    fn the_median_is_held_to_its_own_limit() {
        let mid = page("s.css", &String::from_utf8(noise(22_000)).unwrap());
        let files = site(&[
            ("s.css", b"p{margin:0}"),
            ("a.html", &mid),
            ("b.html", &mid),
            ("c.html", &page("s.css", "")),
        ]);
        let w = weigh(&files);
        let report = check(&w, &Budget::default());
        assert_eq!(report.violations.len(), 1, "{:?}", report.violations);
        assert!(report.violations[0].message.contains("median"));
        assert_eq!(report.violations[0].page, "a.html");
        let loose = Budget {
            max_median_kb: 20.0,
            ..Budget::default()
        };
        assert!(check(&w, &loose).is_ok());
    }

    #[test]
    fn other_hosts_fonts_and_big_images_fail() {
        let files = site(&[
            (
                "index.html",
                b"<link rel=stylesheet href=\"https://fonts.example/css\"><script src=\"//cdn.example/x.js\"></script><link rel=alternate href=\"https://example.org/feed\"><a href=\"https://example.org/\">ok</a><img src=\"photo.jpg\">",
            ),
            ("assets/s.css", b"@font-face{font-family:X;src:url(x.woff2)} body{background:url('https://cdn.example/bg.png')}"),
            ("assets/x.woff2", b"wOF2"),
            ("photo.jpg", &noise(250_000)),
            ("small.png", &noise(1_000)),
            ("charter-2026.pdf", b"%PDF fonts embedded"),
        ]);
        let w = weigh(&files);
        assert_eq!(
            w.external
                .iter()
                .map(|e| (e.file.as_str(), e.url.as_str()))
                .collect::<Vec<_>>(),
            vec![
                ("assets/s.css", "https://cdn.example/bg.png"),
                ("index.html", "//cdn.example/x.js"),
                ("index.html", "https://fonts.example/css"),
            ]
        );
        assert_eq!(w.fonts, vec!["assets/s.css", "assets/x.woff2"]);
        let report = check(&w, &Budget::default());
        let named: Vec<&str> = report.violations.iter().map(|v| v.page.as_str()).collect();
        assert_eq!(
            named,
            vec![
                "assets/s.css",
                "index.html",
                "index.html",
                "assets/s.css",
                "assets/x.woff2",
                "photo.jpg"
            ]
        );
        assert!(report.violations[5].hint.contains("WebP"));
        let fonts_ok = Budget {
            allow_web_fonts: true,
            ..Budget::default()
        };
        assert_eq!(check(&w, &fonts_ok).violations.len(), 4);
    }

    #[test]
    fn carbon_and_summary() {
        // 148.2 g per GB: a 10 KB view is 0.0015 g.
        assert!((co2_grams(1_000_000_000) - 148.2).abs() < 1e-9);
        assert_eq!(grams(co2_grams(10_000)), "0.0015");
        assert_eq!(grams(co2_grams(100_000)), "0.015");
        assert_eq!(grams(0.0), "0");
        let files = site(&[
            ("s.css", b"p{margin:0}"),
            ("index.html", &page("s.css", "<p>Accueil</p>")),
        ]);
        let report = check(&weigh(&files), &Budget::default());
        let text = summary(&report);
        assert!(text.contains("index.html"), "{text}");
        assert!(
            text.contains("0.3 kWh/GB × 494 gCO2e/kWh = 148.2 g per GB"),
            "{text}"
        );
        assert!(text.contains("Hugo"), "{text}");
        assert_eq!(text, summary(&check(&weigh(&files), &Budget::default())));
    }
}
