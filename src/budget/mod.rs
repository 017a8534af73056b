//! The low-carbon page budget: every page with the CSS and JS it loads stays under 25 KB compressed,
//! the median page under 12 KB, no web font, no oversized image, no request to another host.
//!
//! The weights are measured on the built site itself
//! ([`SiteFiles`](crate::site_files::SiteFiles)), not estimated from templates, so whatever a
//! theme override, a static file or a Markdown page adds is counted. Each resource is compressed
//! with gzip at [`GZIP_LEVEL`] (deterministic: no timestamp, no file name), what a server
//! compressing on the fly sends; brotli would only make the figures smaller.
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
//!
//! # Where each part lives
//!
//! `weigh` measures the built site ([`SiteWeight`]), `policy` holds it to the limits ([`check`],
//! giving a [`Report`]), `carbon` is the CO2e model, `report` prints the summary; `scan` finds
//! what a page or stylesheet loads and `sizes` keeps compressed sizes between builds. Each can
//! change without the others: a new rule touches only the policy, a new model only the carbon
//! figures.

mod carbon;
mod policy;
mod read_before;
mod report;
mod scan;
mod sizes;
mod weigh;

/// The limits themselves are part of the site config (`handbook.yaml`, key `budget`), so they are
/// declared with it; this module weighs the site and holds it to them.
pub use crate::content::site::Budget;
pub use carbon::{co2_grams, GB, SWD_GRAMS_PER_KWH, SWD_KWH_PER_GB};
pub use policy::{check, OfflineCopy, Report, Violation};
pub(crate) use read_before::PageReferences;
pub use read_before::ReadBefore;
pub use report::summary;
pub(crate) use scan::{css_references, resolve, Kind, Target};
pub use sizes::GzipSizes;
pub use weigh::{
    deflate_len, gzip_len, weigh, weigh_part, weigh_part_read, ExternalRef, FilesStored,
    PageWeight, SiteWeight, GZIP_LEVEL,
};

/// 1 KB in the budget and the summary: SI, like the GB of the carbon model.
pub const KB: f64 = 1000.0;

pub(super) fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / KB)
}

/// Small sites for the tests of every part.
#[cfg(test)]
mod fixtures {
    use crate::site_files::SiteFiles;

    pub(super) fn site(files: &[(&str, &[u8])]) -> SiteFiles {
        files
            .iter()
            .map(|(p, b)| (p.to_string(), b.to_vec()))
            .collect()
    }

    pub(super) fn page(css: &str, body: &str) -> Vec<u8> {
        format!("<!doctype html><html><head><link rel=\"stylesheet\" href=\"{css}\"></head><body>{body}</body></html>").into_bytes()
    }

    /// Bytes that gzip cannot shrink much: a simple deterministic pseudo-random sequence.
    pub(super) fn noise(n: usize) -> Vec<u8> {
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
}
