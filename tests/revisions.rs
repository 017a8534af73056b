//! Revisions end to end: cutting, refusing bad cuts, detecting altered snapshots, and the versioned
//! site (switcher, banner, changes page, feed, one charter PDF per revision).
//!
//! The exact pages are checked on fixtures: `minimal/` for cutting, `revised/` (revisions 2025 and
//! 2026, then a draft) for the published site. The default handbook's own revisions are only held
//! to what must be true of any recorded revision, so cutting a new one breaks no test.

mod common;

use std::fs;
use std::path::Path;

use common::{build, copy_fixture, handbook, repo_root, snapshot, text, Entry};

fn cut(root: &Path, id: &str, date: &str) -> common::Run {
    handbook([
        "revision",
        "cut",
        id,
        "--date",
        date,
        "--approved-by",
        "Conseil d'administration",
        "--summary",
        "Une révision de test.",
        "--root",
        root.to_str().expect("utf-8 path"),
    ])
}

#[test]
fn cutting_freezes_content_and_refuses_bad_requests() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("minimal", &root);
    cut(&root, "2030", "2030-01-15").assert_success();
    assert!(root
        .join("revisions/2030/content/charter/01-preambule.md")
        .is_file());
    assert!(root.join("revisions/2030/manifest.sha256").is_file());
    let index = fs::read_to_string(root.join("revisions/revisions.yaml")).expect("index");
    assert!(
        index.contains("id: \"2030\"")
            && index.contains("content_sha256: \"")
            && index.contains("pdf_sha256: \""),
        "{index}"
    );

    for (id, date, expected) in [
        ("2030", "2031-01-01", "already exists"),
        ("Bad Id", "2031-01-01", "cannot be used in an address"),
        ("2031", "2029-12-31", "before the previous revision"),
        ("2031", "31/12/2031", "YYYY-MM-DD"),
        ("2031", "2031-02-29", "February 2031 has 28 days"),
    ] {
        let run = cut(&root, id, date);
        assert_eq!(run.code, Some(1), "{id} {date}: {}", run.stderr);
        assert!(run.stderr.contains(expected), "{id} {date}: {}", run.stderr);
    }
    let list = handbook(["revision", "list", "--root", root.to_str().expect("utf-8")]);
    list.assert_success();
    assert!(list.stdout.contains("2030\t2030-01-15"), "{}", list.stdout);
}

#[test]
fn an_altered_frozen_revision_stops_the_build_and_names_the_file() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("minimal", &root);
    cut(&root, "2030", "2030-01-15").assert_success();
    let frozen = root.join("revisions/2030/content/charter/02-signature.md");
    let mut body = fs::read_to_string(&frozen).expect("read");
    body.push_str("\nUne phrase ajoutée après l'approbation.\n");
    fs::write(&frozen, body).expect("write");
    let run = build(&root, &tmp.path().join("public"), &[]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("revisions/2030/content/charter/02-signature.md:1:1: error: this file of a frozen revision was modified"),
        "{}",
        run.stderr
    );
    let list = handbook(["revision", "list", "--root", root.to_str().expect("utf-8")]);
    assert_eq!(list.code, Some(1));
}

#[test]
fn a_revised_site_publishes_every_revision_with_switcher_banner_changes_feed_and_pdf() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    copy_fixture("revised", &root);
    let public = tmp.path().join("public");
    build(&root, &public, &["--drafts"]).assert_success();
    let site = snapshot(&public);

    // The newest revision at the root and at its permanent address; older ones under their own.
    for page in [
        "index.html",
        "charter/index.html",
        "changes/index.html",
        "revisions/2026/charter/index.html",
        "revisions/2025/charter/index.html",
        "draft/charter/index.html",
    ] {
        assert!(site.contains_key(page), "{page} missing");
    }
    // 2026 added PROMPT-002: the 2025 edition does not have it, and its switcher sends a reader
    // of PROMPT-002 in 2026 to the 2025 home instead of a dead page.
    assert!(site.contains_key("prompts/prompt-002/index.html"));
    assert!(!site.contains_key("revisions/2025/prompts/prompt-002/index.html"));
    let added = text(&site, "prompts/prompt-002/index.html");
    assert!(
        added.contains("<a href=\"../../revisions/2025/\">2025</a>"),
        "switcher of a page missing in 2025"
    );
    let charter_2026 = text(&site, "charter/index.html");
    assert!(
        charter_2026.contains("<a href=\"../revisions/2025/charter/\">2025</a>"),
        "switcher goes to the same page"
    );

    // Older revision: banner pointing to the same page in force.
    let old = text(&site, "revisions/2025/charter/index.html");
    assert!(
        old.contains("class=\"banner\"") && old.contains("href=\"../../../charter/\""),
        "banner of an older revision"
    );
    assert!(
        !charter_2026.contains("class=\"banner\""),
        "no banner on the revision in force"
    );
    assert!(
        text(&site, "draft/charter/index.html").contains("class=\"banner\""),
        "the draft is marked"
    );

    // One signature-ready PDF per revision, linked from the charter with its hash.
    for id in ["2025", "2026"] {
        match site.get(&format!("charter-{id}.pdf")) {
            Some(Entry::File(bytes)) => assert!(bytes.starts_with(b"%PDF-")),
            _ => panic!("charter-{id}.pdf missing"),
        }
    }
    let recorded = fs::read_to_string(root.join("revisions/revisions.yaml")).expect("index");
    let pdf_hash = charter_2026
        .split("<code class=\"hash\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .expect("hash on the charter page");
    assert!(
        recorded.contains(pdf_hash),
        "the published hash is the recorded one"
    );

    // Changes page: section-by-section word diff marked in text, prompt and tree changes.
    let changes = text(&site, "changes/index.html");
    assert!(
        changes.contains("<ins><span class=\"vh\">[ajout : </span>"),
        "insertions marked in text"
    );
    assert!(
        changes.contains("<del><span class=\"vh\">[suppression : </span>"),
        "deletions marked in text"
    );
    assert!(changes.contains("PROMPT-002"), "added prompts listed");
    assert!(
        changes.contains("Zone grise"),
        "decision-tree changes listed"
    );
    assert!(text(&site, "revisions/2025/changes/index.html").contains("Première révision"));

    // Atom feed, newest first, linked from every page.
    let feed = text(&site, "revisions.xml");
    assert!(
        feed.starts_with("<?xml") && feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
    );
    let (first, second) = (
        feed.find("<title>2026</title>").expect("2026"),
        feed.find("<title>2025</title>").expect("2025"),
    );
    assert!(first < second, "newest first");
    assert!(charter_2026.contains("type=\"application/atom+xml\""));

    // The sitemap lists every edition's pages.
    let sitemap = text(&site, "sitemap.xml");
    assert!(
        sitemap.contains("revisions/2025/charter/")
            && sitemap.contains("https://ia.example.org/charter/")
    );
}

#[test]
fn drafts_are_published_only_on_request() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let public = tmp.path().join("public");
    build(&repo_root(), &public, &[]).assert_success();
    assert!(!public.join("draft").exists());
    assert!(!public.join("charter-draft.pdf").exists());
}

/// Of any handbook with recorded revisions, the default one included (whatever they are): every
/// revision has its charter PDF and its entry in the feed, newest first; every older one its own
/// charter page with a banner, listed in the sitemap; the page in force shows the newest recorded
/// PDF hash; the draft is marked.
#[test]
fn the_default_site_publishes_every_recorded_revision() {
    let index = fs::read_to_string(repo_root().join("revisions/revisions.yaml")).expect("index");
    let index: serde_json::Value = serde_saphyr::from_str(&index).expect("revisions.yaml parses");
    let revisions: Vec<(String, String)> = index["revisions"]
        .as_array()
        .expect("a list of revisions")
        .iter()
        .map(|r| {
            let field = |k: &str| r[k].as_str().expect("a string field").to_string();
            (field("id"), field("pdf_sha256"))
        })
        .collect();

    let tmp = tempfile::tempdir().expect("temporary folder");
    let public = tmp.path().join("public");
    build(&repo_root(), &public, &["--drafts"]).assert_success();
    let site = snapshot(&public);
    let in_force = text(&site, "charter/index.html");
    assert!(!in_force.contains("class=\"banner\""), "no banner in force");
    assert!(text(&site, "draft/charter/index.html").contains("class=\"banner\""));
    let feed = text(&site, "revisions.xml");
    let sitemap = text(&site, "sitemap.xml");
    let mut previous_in_feed = 0;
    for (n, (id, pdf_hash)) in revisions.iter().enumerate().rev() {
        match site.get(&format!("charter-{id}.pdf")) {
            Some(Entry::File(bytes)) => assert!(bytes.starts_with(b"%PDF-"), "charter-{id}.pdf"),
            _ => panic!("charter-{id}.pdf missing"),
        }
        let in_feed = feed
            .find(&format!("<title>{id}</title>"))
            .unwrap_or_else(|| panic!("{id} missing from the feed"));
        assert!(
            in_feed >= previous_in_feed,
            "{id}: the feed is newest first"
        );
        previous_in_feed = in_feed;
        if n + 1 == revisions.len() {
            assert!(
                in_force.contains(&format!("<code class=\"hash\">{pdf_hash}<")),
                "the page in force shows the recorded PDF hash of {id}"
            );
        } else {
            let old = text(&site, &format!("revisions/{id}/charter/index.html"));
            assert!(old.contains("class=\"banner\""), "{id} has a banner");
            assert!(
                sitemap.contains(&format!("revisions/{id}/charter/")),
                "{id} in the sitemap"
            );
        }
    }
}

/// The charter hash the PDF prints (title page, footer) is the one `revision list` and the
/// changes page show, so a signer holding a printed copy can match it; it follows the charter text.
#[test]
fn the_hash_printed_in_the_pdf_is_shown_by_revision_list_and_the_changes_page() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let root = tmp.path().join("hb");
    common::copy_dir(&common::fixtures().join("minimal"), &root);
    cut(&root, "2030", "2030-01-15").assert_success();
    let section = root.join("content/charter/02-signature.md");
    let mut body = fs::read_to_string(&section).expect("read");
    body.push_str("\nUne phrase ajoutée pour la révision suivante.\n");
    fs::write(&section, body).expect("write");
    cut(&root, "2031", "2031-01-15").assert_success();

    let list = handbook(["revision", "list", "--root", root.to_str().expect("utf-8")]);
    list.assert_success();
    let hashes: Vec<&str> = list
        .stdout
        .lines()
        .filter_map(|l| l.strip_prefix("\tcharter sources SHA-256 (printed in the PDF)\t"))
        .collect();
    assert_eq!(hashes.len(), 2, "{}", list.stdout);
    assert!(hashes
        .iter()
        .all(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit())));
    assert_ne!(hashes[0], hashes[1], "the hash follows the charter text");

    let public = tmp.path().join("public");
    build(&root, &public, &[]).assert_success();
    let site = snapshot(&public);
    for (id, hash) in ["2030", "2031"].iter().zip(&hashes) {
        let Some(Entry::File(pdf)) = site.get(&format!("charter-{id}.pdf")) else {
            panic!("charter-{id}.pdf missing");
        };
        let printed = pdf.windows(hash.len()).any(|w| w == hash.as_bytes());
        assert!(printed, "charter-{id}.pdf prints {hash}");
        let changes = text(&site, &format!("revisions/{id}/changes/index.html"));
        assert!(
            changes.contains(hash),
            "revisions/{id}/changes/ shows {hash}"
        );
    }
    // The content hash `revision list` shows is the SHA-256 of the revision's manifest file.
    use sha2::Digest as _;
    let manifest = fs::read(root.join("revisions/2031/manifest.sha256")).expect("manifest");
    let digest: String = sha2::Sha256::digest(&manifest)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert!(
        list.stdout
            .contains(&format!("content SHA-256 (manifest.sha256)\t{digest}")),
        "{}",
        list.stdout
    );
}
