//! What an earlier stage of the build already read of the site's files, handed to the weighing so
//! that it does not read them again: the SHA-256 of files (the offline install digests every file
//! for the site's version; the weighing keys compressed sizes by the same digest) and what pages
//! load (the offline install reads every current page for its precache, as the weighing does for
//! the budget). On a large site each is a pass over every byte of it.
//!
//! Entries are only as good as the bytes they were read from: whoever fills one must give the
//! files to the weighing unchanged under that path, and forget a path it replaces
//! ([`ReadBefore::forget`]). A path without an entry is simply read again.

use std::collections::HashMap;

use super::scan::{html_references, CssScan, Reference};

/// Digests and page references by path, read before the site is weighed.
#[derive(Debug, Default)]
pub struct ReadBefore {
    digests: HashMap<String, [u8; 32]>,
    pages: HashMap<String, PageReferences>,
}

/// What a page loads, as [`html_references`] reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PageReferences {
    pub refs: Vec<Reference>,
    pub inline_css: CssScan,
}

impl PageReferences {
    /// Reads the page `html`.
    pub(crate) fn read(html: &str) -> Self {
        let (refs, inline_css) = html_references(html);
        PageReferences { refs, inline_css }
    }
}

impl ReadBefore {
    /// Nothing read: the weighing reads every file itself.
    pub fn new() -> Self {
        ReadBefore::default()
    }

    /// The SHA-256 of the file at `path` is `digest`.
    pub fn keep_digest(&mut self, path: &str, digest: [u8; 32]) {
        self.digests.insert(path.to_string(), digest);
    }

    /// The page at `path` loads what `read` says.
    pub(crate) fn keep_page(&mut self, path: &str, read: PageReferences) {
        self.pages.insert(path.to_string(), read);
    }

    /// The file at `path` is about to be replaced: what was read of it no longer holds.
    pub fn forget(&mut self, path: &str) {
        self.digests.remove(path);
        self.pages.remove(path);
    }

    pub(crate) fn digest(&self, path: &str) -> Option<[u8; 32]> {
        self.digests.get(path).copied()
    }

    pub(crate) fn page(&self, path: &str) -> Option<&PageReferences> {
        self.pages.get(path)
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{noise, page, site};
    use super::super::{weigh, weigh_part_read, GzipSizes};
    use super::*;
    use sha2::{Digest, Sha256};

    /// Weighing with what was read before gives the weight of reading everything again, whether
    /// all, some or none of the files were read.
    #[test]
    fn what_was_read_before_weighs_the_same() {
        let files = site(&[
            ("assets/style.css", b"body{background:url(bg.png)}"),
            ("assets/bg.png", &noise(300)),
            ("assets/app.js", b"console.log('app');"),
            (
                "index.html",
                &page(
                    "assets/style.css",
                    "<script src=\"assets/app.js\" defer></script><p style=\"background:url(assets/bg.png)\">x</p>",
                ),
            ),
            (
                "charter/index.html",
                &page("../assets/style.css", "<img src=\"../assets/bg.png\" alt=\"\">"),
            ),
        ]);
        let whole = weigh(&files);
        for share in 0..=files.len() {
            let mut read = ReadBefore::new();
            for (path, bytes) in files.iter().take(share) {
                read.keep_digest(path, Sha256::digest(bytes).into());
                if path.ends_with(".html") {
                    let html = std::str::from_utf8(bytes).expect("UTF-8");
                    read.keep_page(path, PageReferences::read(html));
                }
            }
            let weight = weigh_part_read(&files, |_| true, &mut GzipSizes::new(), &read);
            assert_eq!(weight, whole, "{share} files read before");
        }
    }

    #[test]
    fn a_forgotten_file_is_read_again() {
        let mut read = ReadBefore::new();
        read.keep_digest("sw.js", [7; 32]);
        read.keep_page(
            "sw.js",
            PageReferences::read("<script src=\"a.js\"></script>"),
        );
        assert!(read.digest("sw.js").is_some() && read.page("sw.js").is_some());
        read.forget("sw.js");
        assert_eq!(read.digest("sw.js"), None);
        assert_eq!(read.page("sw.js"), None);
    }
}
