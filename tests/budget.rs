//! The default handbook keeps the low-carbon budget (a rule of the product: any handbook must): every page with its CSS and JS under 25 KB
//! compressed, the median page under 12 KB, no web font, no oversized image, nothing from another
//! host. Run with `--nocapture` to see the page-weight summary the build prints.

use std::path::Path;

use handbook::budget::{self, Budget};

#[test]
fn the_default_handbook_keeps_its_budget() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_, files) = match handbook::build::prepare(root, None) {
        Ok(built) => built,
        Err(diags) => panic!("the default handbook does not build: {diags:?}"),
    };
    let weights = budget::weigh(&files);
    let report = budget::check(&weights, &Budget::default());
    println!("{}", budget::summary(&report));

    let html_pages = files.keys().filter(|p| p.ends_with(".html")).count();
    assert!(html_pages > 0, "the site has pages");
    assert_eq!(
        report.pages.len(),
        html_pages,
        "every page is weighed, whatever their number"
    );
    let problems: Vec<String> = report
        .violations
        .iter()
        .map(|v| format!("{}: {} — {}", v.page, v.message, v.hint))
        .collect();
    assert!(problems.is_empty(), "over budget:\n{}", problems.join("\n"));
    for page in &report.pages {
        assert!(
            page.total_compressed <= 25_000,
            "{} weighs {} bytes",
            page.page,
            page.total_compressed
        );
        assert!(page.css > 0, "{} links its style sheet", page.page);
    }
    assert!(report.median <= 12_000, "median {} bytes", report.median);
    assert!(weights.external.is_empty(), "{:?}", weights.external);
    assert!(weights.fonts.is_empty(), "{:?}", weights.fonts);

    // The Wasm is loaded only by the pages that use the checker, and never counted as page weight.
    let with_wasm: Vec<&str> = report
        .pages
        .iter()
        .filter(|p| p.on_use > 0)
        .map(|p| p.page.as_str())
        .collect();
    assert!(
        with_wasm.iter().any(|p| p.ends_with("checker/index.html")),
        "{with_wasm:?}"
    );
    assert!(
        !with_wasm
            .iter()
            .any(|p| p.ends_with("charter/index.html") || p.ends_with("committee/index.html")),
        "{with_wasm:?}"
    );

    // The same site gives the same report.
    assert_eq!(
        budget::summary(&budget::check(&budget::weigh(&files), &Budget::default())),
        budget::summary(&report)
    );
}
