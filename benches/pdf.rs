//! Benchmark (not a timed test): time to build the default charter's signature-ready PDF, and its
//! size. Target: ≤ 200 ms and ≤ 200 KB per revision.
//!
//!     cargo bench --bench pdf

use std::path::Path;
use std::time::Instant;

use handbook::pdf::{self, CharterPdf, CharterSectionInput};

const RUNS: usize = 20;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let handbook = match handbook::content::load(root) {
        Ok(handbook) => handbook,
        Err(diags) => {
            eprintln!("the default handbook does not load: {diags:?}");
            std::process::exit(1);
        }
    };
    let sections: Vec<CharterSectionInput<'_>> = handbook
        .charter
        .iter()
        .map(CharterSectionInput::from)
        .collect();
    let hash = pdf::source_hash(&sections);
    let doc = CharterPdf {
        association: &handbook.site.association.name,
        title: "Charte d’utilisation de l’IA",
        revision: "2026",
        date: "2026-03-12",
        approved_by: "Conseil d’administration du 12 mars 2026",
        source_sha256: &hash,
        language: &handbook.site.language.value,
        sections: &sections,
        signature_fields: 4,
    };
    let mut times = Vec::with_capacity(RUNS);
    let mut size = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let bytes = match pdf::charter_pdf(&doc) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        };
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        size = bytes.len();
    }
    times.sort_by(f64::total_cmp);
    let median = times[RUNS / 2];
    println!(
        "charter PDF ({} sections, 4 signature fields): median {median:.1} ms over {RUNS} runs \
         (min {:.1}, max {:.1}), {:.1} KB",
        sections.len(),
        times[0],
        times[RUNS - 1],
        size as f64 / 1024.0
    );
}
