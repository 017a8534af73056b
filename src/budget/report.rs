//! The page-weight summary the build prints after its "built N pages" line: the heaviest pages,
//! the median, the totals and the estimated CO2e of a page view, with a scale to read them by.
//!
//! Only formats a [`Report`]; nothing here measures or decides. Pure, so the same site prints the
//! same text, byte for byte.

use std::fmt::Write as _;

use super::carbon::{co2_grams, SWD_GRAMS_PER_KWH, SWD_KWH_PER_GB};
use super::{kb, Report, KB};

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
        "Page weight (gzip -{}; budget: HTML + CSS + JS ≤ {} KB a page, median ≤ {} KB; 1 KB = 1000 bytes):",
        super::weigh::GZIP_LEVEL, b.max_page_kb, b.max_median_kb
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
        if p.on_use > 0 {
            let _ = write!(extra, ", + checker {} on first use", kb(p.on_use));
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
    let search = match report.search_index.files {
        0 => String::new(),
        files => format!(
            "; the search index apart: {files} files, {} stored, a few fetched per search",
            bytes_human(report.search_index.bytes)
        ),
    };
    let _ = writeln!(
        out,
        "  median page {} · {} pages, {} read one by one · whole site {} compressed (every file once{search})",
        kb(report.median),
        report.pages.len(),
        bytes_human(report.pages_total),
        bytes_human(report.site_total)
    );
    let _ = writeln!(
        out,
        "  CO2e per page view: {} g for a median first visit ({}: everything the page loads; the checker's Wasm and vocabulary only once used)",
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
            "    at most {} g ({page}, {}, the checker used)",
            grams(co2_grams(*bytes)),
            kb(*bytes)
        );
    }
    if let Some(copy) = &report.offline_copy {
        let _ = writeln!(
            out,
            "    + {} g once per reader and build: the offline copy saved after a first visit ({}, {} files, {})",
            grams(co2_grams(copy.bytes)),
            copy.language,
            copy.files,
            bytes_human(copy.bytes)
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
    use super::super::fixtures::{page, site};
    use super::super::{check, weigh, Budget};
    use super::*;

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
        assert!(!text.contains("offline copy"), "{text}");
        let mut with_copy = check(&weigh(&files), &Budget::default());
        with_copy.offline_copy = Some(super::super::OfflineCopy {
            language: "fr".into(),
            files: 84,
            bytes: 412_000,
        });
        assert!(
            summary(&with_copy).contains(
                "+ 0.061 g once per reader and build: the offline copy saved after a first visit (fr, 84 files, 412.0 KB)"
            ),
            "{}",
            summary(&with_copy)
        );
        assert_eq!(text, summary(&check(&weigh(&files), &Budget::default())));
    }
}
