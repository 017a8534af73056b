//! The guard's page on the site: `handbook build` publishes it in every language of the handbook,
//! linked from the checker page and listed in the sitemap, with the extension's zip built from the
//! same handbook (byte for byte what `handbook extension --zip` writes, the same on every build),
//! and `guard: false` in `handbook.yaml` leaves both out.

mod common;

use std::fs;
use std::path::Path;

use common::{build, copy_fixture, copy_minimal_with, handbook};

const ZIP: &str = "guard/handbook-guard.zip";

fn read(site: &Path, path: &str) -> String {
    fs::read_to_string(site.join(path)).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

/// Every `href` and `src` of a page.
fn links(html: &str) -> Vec<String> {
    ["href=\"", "src=\""]
        .iter()
        .flat_map(|attr| html.split(attr).skip(1))
        .map(|part| part[..part.find('"').expect("end of attribute")].to_string())
        .collect()
}

#[test]
fn the_page_is_there_in_every_language_and_links_the_zip() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("revised", &root);
    let out = tmp.path().join("out");
    build(&root, &out, &[]).assert_success();
    let sitemap = read(&out, "sitemap.xml");
    for (folder, lang) in [("", "fr"), ("en/", "en")] {
        let page = format!("{folder}guard/index.html");
        let html = read(&out, &page);
        assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{page}");
        // The zip link resolves, from this page, to the one zip of the edition.
        let zip = links(&html)
            .into_iter()
            .find(|l| l.ends_with(".zip"))
            .unwrap_or_else(|| panic!("{page} offers no zip"));
        let target = out.join(format!("{folder}guard")).join(&zip);
        assert_eq!(
            fs::canonicalize(&target).expect("the linked zip exists"),
            fs::canonicalize(out.join(ZIP)).expect("the zip")
        );
        // No third-party host: every link stays on the site.
        for link in links(&html) {
            assert!(
                !link.contains("://") || link.starts_with("https://ia.example.org/"),
                "{page} links to {link}"
            );
        }
        assert!(
            sitemap.contains(&format!("{folder}guard/</loc>")),
            "{folder}guard/ not in the sitemap"
        );
        let checker = read(&out, &format!("{folder}checker/index.html"));
        assert!(
            checker.contains("href=\"../guard/\""),
            "the checker page does not link to the guard's page"
        );
    }
    assert!(
        !out.join("en").join(ZIP).exists(),
        "one zip per edition, not per language"
    );
}

#[test]
fn the_zip_is_the_one_handbook_extension_writes_and_the_same_on_every_build() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_minimal_with("extension", &root);
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    build(&root, &a, &[]).assert_success();
    build(&root, &b, &[]).assert_success();
    let zip = fs::read(a.join(ZIP)).expect("the site's zip");
    assert_eq!(
        zip,
        fs::read(b.join(ZIP)).expect("the zip of the second build")
    );
    let cli_zip = tmp.path().join("guard.zip");
    let run = handbook([
        "extension".as_ref(),
        "--root".as_ref(),
        root.as_os_str(),
        "--output".as_ref(),
        tmp.path().join("guard").as_os_str(),
        "--zip".as_ref(),
        cli_zip.as_os_str(),
    ]);
    run.assert_success();
    assert!(
        zip == fs::read(&cli_zip).expect("the command's zip"),
        "the site's zip differs from `handbook extension --zip`"
    );
}

#[test]
fn guard_false_leaves_the_page_and_the_zip_out() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_minimal_with("minimal", &root);
    let yaml = fs::read_to_string(root.join("handbook.yaml")).expect("handbook.yaml");
    fs::write(root.join("handbook.yaml"), format!("{yaml}guard: false\n")).expect("write");
    let out = tmp.path().join("out");
    build(&root, &out, &[]).assert_success();
    assert!(!out.join("guard").exists());
    assert!(!read(&out, "sitemap.xml").contains("guard/"));
    assert!(!read(&out, "checker/index.html").contains("guard/"));
}
