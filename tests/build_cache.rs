//! The build cache of frozen revisions (`.handbook-cache/`): a cold, a warm and an uncached build
//! give byte-identical sites; a damaged or stale entry is refused and rendered again, never served;
//! a file changed in the previous output is written again; the cache never hides an altered frozen
//! revision and can be deleted, or be impossible to write, without breaking a build.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use common::{build, copy_dir, copy_fixture, repo_root, snapshot, snapshot_diff, text, Entry};

/// A copy of the fixture `tests/fixtures/revised/` (revisions 2025 and 2026, French and English,
/// and a draft that differs from 2026 in `content/method/categories.md`), in a temporary folder.
struct Handbook {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    out: PathBuf,
}

impl Handbook {
    fn new() -> Self {
        let tmp = tempfile::tempdir().expect("temporary folder");
        let root = tmp.path().join("hb");
        copy_fixture("revised", &root);
        let out = tmp.path().join("out");
        fs::create_dir_all(&out).expect("output parent");
        Handbook {
            _tmp: tmp,
            root,
            out,
        }
    }

    fn cache(&self) -> PathBuf {
        self.root.join(".handbook-cache")
    }

    /// `handbook build --drafts` into `out/NAME` with `extra` flags; returns the cache summary line.
    fn build(&self, name: &str, extra: &[&str]) -> String {
        let mut args = vec!["--drafts"];
        args.extend_from_slice(extra);
        let run = build(&self.root, &self.out.join(name), &args);
        run.assert_success();
        // The summary line and the problems listed under it.
        let mut lines = run
            .stderr
            .lines()
            .skip_while(|l| !l.starts_with("build cache:"));
        let mut summary: Vec<&str> = lines.next().into_iter().collect();
        summary.extend(lines.take_while(|l| l.starts_with("  not stored")));
        summary.join("\n")
    }

    /// The inode of `rel` in the output `name`: the same inode means the file was not rewritten.
    fn inode(&self, name: &str, rel: &str) -> u64 {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(self.out.join(name).join(rel))
            .unwrap_or_else(|e| panic!("{rel}: {e}"))
            .ino()
    }

    fn site(&self, name: &str) -> BTreeMap<String, Entry> {
        snapshot(&self.out.join(name))
    }

    /// The entries of the cache folder.
    fn packs(&self) -> Vec<PathBuf> {
        let mut packs: Vec<PathBuf> = fs::read_dir(self.cache())
            .expect("cache folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "pack"))
            .collect();
        packs.sort();
        packs
    }
}

/// `(reused, looked up)` from "build cache: R of N parts of frozen revisions reused…".
fn reuse(line: &str) -> (usize, usize) {
    let rest = line
        .strip_prefix("build cache: ")
        .unwrap_or_else(|| panic!("no cache summary: {line:?}"));
    let mut words = rest.split(' ');
    let hits = words.next().and_then(|w| w.parse().ok()).expect("hits");
    assert_eq!(words.next(), Some("of"), "{line}");
    let total = words.next().and_then(|w| w.parse().ok()).expect("total");
    (hits, total)
}

fn assert_same(a: &BTreeMap<String, Entry>, b: &BTreeMap<String, Entry>, what: &str) {
    assert!(a == b, "{what}:\n{}", snapshot_diff(a, b));
}

#[test]
fn cold_warm_and_uncached_builds_are_byte_identical() {
    let hb = Handbook::new();
    let line = hb.build("uncached", &["--no-cache"]);
    assert_eq!(line, "", "--no-cache reports no cache");
    assert!(!hb.cache().exists(), "--no-cache writes no cache");
    let uncached = hb.site("uncached");

    let (hits, total) = reuse(&hb.build("site", &[]));
    assert_eq!(hits, 0, "a cold cache reuses nothing");
    assert!(
        total >= 10,
        "every frozen edition and PDF is looked up ({total})"
    );
    assert_same(&uncached, &hb.site("site"), "cold cache vs no cache");
    assert!(hb.cache().join("CACHEDIR.TAG").is_file());

    // Into the previous output: its revision folders and the pages of the revision in force are
    // left in place (same inodes), the folders not even read from the cache.
    let kept = ["revisions/2025/index.html", "charter/index.html"];
    let before = kept.map(|rel| hb.inode("site", rel));
    let (hits, looked_up) = reuse(&hb.build("site", &[]));
    assert_eq!(hits, looked_up, "everything looked up is reused");
    assert!(
        looked_up < total,
        "kept folders are not read ({looked_up} of {total})"
    );
    assert_same(&uncached, &hb.site("site"), "warm cache, same output");
    let after = kept.map(|rel| hb.inode("site", rel));
    assert_eq!(
        before, after,
        "unchanged parts are linked, not written again"
    );
    // Into a new output: every edition comes from the cache.
    assert_eq!(reuse(&hb.build("fresh", &[])), (total, total));
    assert_same(&uncached, &hb.site("fresh"), "warm cache, new output");

    // Nothing of the cache is published, and the cache lives beside the sources, not in the site.
    assert!(uncached.keys().all(|p| !p.contains("handbook-cache")));
    assert!(!hb.out.join("site/.handbook-cache").exists());
}

#[test]
fn an_edited_draft_reuses_every_frozen_revision_and_matches_an_uncached_build() {
    let hb = Handbook::new();
    hb.build("site", &[]);
    let page = hb.root.join("content/method/categories.md");
    let mut source = fs::read_to_string(&page).expect("draft page");
    source.push_str("\nUne phrase ajoutée au brouillon, et seulement à lui.\n");
    fs::write(&page, source).expect("edit the draft");

    let (hits, looked_up) = reuse(&hb.build("site", &[]));
    assert!(
        hits > 0 && hits == looked_up,
        "every frozen part is reused ({hits} of {looked_up})"
    );
    hb.build("uncached", &["--no-cache"]);
    let site = hb.site("site");
    assert_same(
        &hb.site("uncached"),
        &site,
        "warm after a draft edit vs no cache",
    );
    assert!(text(&site, "draft/method/categories/index.html")
        .contains("Une phrase ajoutée au brouillon"));
    for frozen in [
        "method/categories/index.html",
        "revisions/2025/method/categories/index.html",
    ] {
        assert!(
            !text(&site, frozen).contains("Une phrase ajoutée au brouillon"),
            "{frozen} shows the draft's edit"
        );
    }
}

/// Damages `path` in one of three ways.
fn damage(path: &Path, how: usize) {
    let mut bytes = fs::read(path).expect("entry");
    match how % 3 {
        0 => {
            let middle = bytes.len() / 2;
            bytes[middle] ^= 0x01;
        }
        1 => bytes.truncate(bytes.len() - 7),
        _ => bytes = b"<html>not a cache entry</html>".to_vec(),
    }
    fs::write(path, bytes).expect("write damaged entry");
}

#[test]
fn damaged_entries_are_refused_rendered_again_and_never_served() {
    let hb = Handbook::new();
    hb.build("uncached", &["--no-cache"]);
    let uncached = hb.site("uncached");
    let (_, total) = reuse(&hb.build("site", &[]));
    let packs = hb.packs();
    assert!(packs.len() >= total, "{} entries", packs.len());
    for (i, pack) in packs.iter().enumerate() {
        damage(pack, i);
    }

    // A new output folder: nothing can come from the previous site, everything from the cache.
    let line = hb.build("after", &[]);
    assert_eq!(reuse(&line).0, 0, "no damaged entry is used: {line}");
    assert!(
        line.contains("altered entries refused and rebuilt"),
        "{line}"
    );
    assert_same(&uncached, &hb.site("after"), "build over a damaged cache");

    // The refused entries were replaced by good ones.
    assert_eq!(reuse(&hb.build("again", &[])), (total, total));
    assert_same(&uncached, &hb.site("again"), "build after the repair");
}

#[test]
fn entries_of_other_settings_or_another_theme_are_not_reused() {
    let hb = Handbook::new();
    let (_, total) = reuse(&hb.build("site", &[]));

    let other = ["--base-url", "https://autre.example.org/manuel/"];
    let line = hb.build("moved", &other);
    // Only each revision's list of pages (for the switcher) and PDF do not depend on the address.
    assert_eq!(
        reuse(&line),
        (4, total),
        "a new address renders every page: {line}"
    );
    let mut uncached_args = other.to_vec();
    uncached_args.push("--no-cache");
    hb.build("moved-uncached", &uncached_args);
    assert_same(
        &hb.site("moved-uncached"),
        &hb.site("moved"),
        "new base URL",
    );

    // A local copy of the theme with one string changed: the frozen pages must show it.
    copy_dir(
        &repo_root().join("themes/default"),
        &hb.root.join("themes/default"),
    );
    let strings = hb.root.join("themes/default/i18n/fr.yaml");
    let source = fs::read_to_string(&strings).expect("theme strings");
    let edited = source.replacen(
        "search_scope: \"Où chercher\"",
        "search_scope: \"Chercher dans\"",
        1,
    );
    assert_ne!(source, edited, "the theme string to edit exists");
    fs::write(&strings, edited).expect("edit the theme");
    let line = hb.build("site", &[]);
    // The PDFs and lists of pages do not depend on the theme: 2 of each; every edition is new.
    assert_eq!(
        reuse(&line),
        (4, total),
        "a theme edit renders every edition: {line}"
    );
    hb.build("theme-uncached", &["--no-cache"]);
    let site = hb.site("site");
    assert_same(&hb.site("theme-uncached"), &site, "edited theme");
    assert!(
        text(&site, "revisions/2025/search/index.html").contains("<legend>Chercher dans</legend>")
    );
}

#[test]
fn a_file_changed_in_the_previous_output_is_written_again() {
    let hb = Handbook::new();
    hb.build("uncached", &["--no-cache"]);
    hb.build("site", &[]);
    let out = hb.out.join("site");
    let page = out.join("revisions/2025/index.html");
    let mut bytes = fs::read(&page).expect("page");
    bytes.extend_from_slice(b"<!-- edited by hand -->");
    fs::write(&page, bytes).expect("edit the published page");
    fs::remove_file(out.join("revisions/2026/en/charter/index.html")).expect("delete a page");
    fs::write(out.join("revisions/2025/stray.html"), "left by hand").expect("add a file");

    hb.build("site", &[]);
    assert_same(
        &hb.site("uncached"),
        &hb.site("site"),
        "the site after hand edits of the output",
    );
}

#[test]
fn an_altered_frozen_revision_stops_the_build_even_with_a_warm_cache() {
    let hb = Handbook::new();
    hb.build("site", &[]);
    let before = hb.site("site");
    let frozen = hb
        .root
        .join("revisions/2025/content/charter/01-preambule.md");
    let mut source = fs::read_to_string(&frozen).expect("frozen page");
    source.push_str("\nAjout après coup.\n");
    fs::write(&frozen, source).expect("alter the frozen revision");

    let run = build(&hb.root, &hb.out.join("site"), &["--drafts"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("01-preambule.md"),
        "names the altered file: {}",
        run.stderr
    );
    assert_same(
        &before,
        &hb.site("site"),
        "the published site after a refused build",
    );
}

#[test]
fn a_deleted_or_unwritable_cache_never_breaks_a_build() {
    let hb = Handbook::new();
    hb.build("uncached", &["--no-cache"]);
    let uncached = hb.site("uncached");
    hb.build("site", &[]);
    fs::remove_dir_all(hb.cache()).expect("delete the cache");
    let (hits, _) = reuse(&hb.build("site", &[]));
    assert_eq!(hits, 0);
    assert_same(&uncached, &hb.site("site"), "after deleting the cache");

    // A cache folder that cannot be created (a file is in the way): the build says so and succeeds.
    let blocked = hb.root.join("not-a-folder");
    fs::write(&blocked, "a file").expect("file in the way");
    let blocked_arg = blocked.to_string_lossy().into_owned();
    let line = hb.build("blocked", &["--cache-dir", &blocked_arg]);
    assert!(line.contains("not stored"), "{line}");
    assert_same(&uncached, &hb.site("blocked"), "with an unwritable cache");
}
