//! The policy: the measured site held to its budget, every breach a [`Violation`] naming the file
//! at fault with a hint to fix it, and the [`Report`] the build prints and fails on.
//!
//! The limits come from the site config ([`Budget`]); the measure from [`weigh`](super::weigh()).
//! This is the one place that decides what is too heavy, so a new rule is added here and nowhere
//! else.

use super::carbon::co2_grams;
use super::scan;
use super::{kb, Budget, FilesStored, PageWeight, SiteWeight, KB};

/// One way the site breaks its budget, for a diagnostic naming the file at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Output path of the page (or stylesheet, image, font) at fault.
    pub page: String,
    pub message: String,
    pub hint: String,
}

/// The checked weights: what the build prints ([`summary`](super::summary)) and what makes it fail
/// (`violations`).
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub budget: Budget,
    /// Every page, heaviest first (ties by path).
    pub pages: Vec<PageWeight>,
    /// Median page weight (HTML + CSS + JS, compressed), in bytes.
    pub median: usize,
    /// Sum of every page's weight: what reading the whole site page by page costs, nothing cached.
    pub pages_total: usize,
    /// Every file of the site compressed once, but the search index's shards.
    pub site_total: usize,
    /// The search index's shards, as stored.
    pub search_index: FilesStored,
    /// Median of what a first view of a page transfers (images and data included; the checker's
    /// Wasm only once a reader uses it, so not here).
    pub median_view: usize,
    /// The page whose first view transfers the most, the checker used, and how much.
    pub heaviest_view: Option<(String, usize)>,
    /// Estimated grams of CO2e of a median first page view, nothing cached (Sustainable Web Design
    /// model v4).
    pub co2_grams_per_view: f64,
    /// Median HTML alone, compressed: what each further page of a visit transfers once the style
    /// sheet, scripts and Wasm are in the browser's cache (they carry a content hash in their name).
    pub median_html: usize,
    /// What the service worker downloads once per reader after a first visit, when the site is
    /// saved offline: set by the caller, which knows the worker's list.
    pub offline_copy: Option<OfflineCopy>,
    /// Empty when the site is within its budget.
    pub violations: Vec<Violation>,
}

/// The offline copy a reader's browser saves after a first visit: a real transfer, once per reader
/// and build, reported beside the per-view figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfflineCopy {
    /// The language saved (the home page's; a reader of another language saves that one instead).
    pub language: String,
    pub files: usize,
    /// Compressed, as a host sends them.
    pub bytes: usize,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.violations.is_empty()
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
            a.transfer_with_checker()
                .cmp(&b.transfer_with_checker())
                .then_with(|| b.page.cmp(&a.page))
        })
        .map(|p| (p.page.clone(), p.transfer_with_checker()));
    Report {
        budget: budget.clone(),
        median: median_weight,
        pages_total: weights.pages.iter().map(|p| p.total_compressed).sum(),
        site_total: weights.site_total,
        search_index: weights.search_index,
        median_view,
        heaviest_view,
        co2_grams_per_view: co2_grams(median_view),
        offline_copy: None,
        median_html: median(weights.pages.iter().map(|p| p.html).collect()),
        pages,
        violations,
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{noise, page, site};
    use super::super::weigh;
    use super::*;

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
}
