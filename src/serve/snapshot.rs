//! The files the server answers with, prepared once per build rather than once per request: pages
//! with the live-reload script (and the overlay while there are problems) injected, each with its
//! `Content-Type` and an `ETag` that names the exact bytes sent.
//!
//! A save changes a handful of the site's files, so a new snapshot reuses what the previous one
//! prepared for the others: the file itself when nothing is injected into it, and in any case the
//! digest of its built bytes, from which its `ETag` is made. Hashing every file of a site with
//! several editions again at each save cost more than the rebuild of the page that changed.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::{mime, overlay};
use crate::site_files::SiteFiles;

/// One file ready to send.
#[derive(Debug, Clone)]
pub struct Served {
    pub body: Arc<[u8]>,
    pub etag: String,
    pub content_type: &'static str,
}

impl Served {
    /// A file sent as it is, its `ETag` a digest of `body`.
    pub fn new(key: &str, body: Vec<u8>) -> Self {
        let etag = format!("\"{}\"", digest(&body));
        Served::with_etag(key, body, etag)
    }

    fn with_etag(key: &str, body: Vec<u8>, etag: String) -> Self {
        Served {
            body: body.into(),
            etag,
            content_type: mime::content_type(key),
        }
    }
}

/// 20 hex digits of a SHA-256: plenty to tell versions of a file apart.
fn digest(bytes: &[u8]) -> String {
    crate::digest::hex(&Sha256::digest(bytes)[..10])
}

/// Everything served at one moment: an immutable value swapped as a whole, so a request never sees
/// half of one build and half of another.
#[derive(Debug, Default)]
pub struct Snapshot {
    pub files: HashMap<String, Served>,
    /// Changes with every build or change of problems; pages carry it so a stale page can tell.
    pub generation: u64,
    /// The overlay currently shown on every page, when the sources have problems.
    pub overlay: Option<String>,
    /// The digest of each built file as the build gave it (before anything is injected), for the
    /// next snapshot to reuse when the file did not change; none for the placeholder pages.
    built_digests: HashMap<String, String>,
}

impl Snapshot {
    /// Prepares `site` (the last good build, if any) for serving.
    pub fn new(site: Option<&SiteFiles>, generation: u64, overlay: Option<String>) -> Self {
        Snapshot::after(&Snapshot::default(), site, &[], generation, overlay)
    }

    /// [`Snapshot::new`], reusing what `previous` prepared for every file of `site` that is not in
    /// `changed`. `previous` must have been prepared from the build `site` was compared with to
    /// give `changed` (the server swaps in every build it compares).
    pub fn after(
        previous: &Snapshot,
        site: Option<&SiteFiles>,
        changed: &[String],
        generation: u64,
        overlay: Option<String>,
    ) -> Self {
        let Some(site) = site else {
            return Snapshot::placeholder(generation, overlay);
        };
        let changed: BTreeSet<&str> = changed.iter().map(String::as_str).collect();
        // The overlay is part of every page's bytes, so of every page's ETag.
        let overlay_tag = overlay.as_deref().map(|o| digest(o.as_bytes()));
        let mut files = HashMap::with_capacity(site.len());
        let mut built_digests = HashMap::with_capacity(site.len());
        for (key, bytes) in site {
            let kept = (!changed.contains(key.as_str()))
                .then(|| previous.built_digests.get(key))
                .flatten();
            let built = match kept {
                Some(d) => d.clone(),
                None => digest(bytes),
            };
            let served = if key.ends_with(".html") {
                let etag = match &overlay_tag {
                    Some(o) => format!("\"{built}-{generation}-{o}\""),
                    None => format!("\"{built}-{generation}\""),
                };
                let body = overlay::inject(bytes, generation, overlay.as_deref());
                Served::with_etag(key, body, etag)
            } else {
                match kept.and_then(|_| previous.files.get(key)) {
                    Some(same) => same.clone(),
                    None => Served::with_etag(key, bytes.clone(), format!("\"{built}\"")),
                }
            };
            files.insert(key.clone(), served);
            built_digests.insert(key.clone(), built);
        }
        Snapshot {
            files,
            generation,
            overlay,
            built_digests,
        }
    }

    /// Nothing built yet: every page shows the problems until they are fixed.
    fn placeholder(generation: u64, overlay: Option<String>) -> Self {
        let mut files = HashMap::new();
        let page = overlay::inject(&overlay::placeholder_page(), generation, overlay.as_deref());
        for key in ["index.html", "404.html"] {
            files.insert(key.to_string(), Served::new(key, page.clone()));
        }
        Snapshot {
            files,
            generation,
            overlay,
            built_digests: HashMap::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(pairs: &[(&str, &str)]) -> SiteFiles {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.as_bytes().to_vec()))
            .collect()
    }

    /// A snapshot made from the previous one serves exactly what a snapshot made from nothing
    /// serves, with the same ETags: reuse saves work, never changes an answer.
    #[test]
    fn reuse_gives_what_a_fresh_snapshot_gives() {
        let first = site(&[
            ("index.html", "<html><body>a</body></html>"),
            ("style.css", "p{}"),
            ("x/index.html", "<html><body>x</body></html>"),
        ]);
        let second = site(&[
            ("index.html", "<html><body>b</body></html>"),
            ("style.css", "p{}"),
            ("x/index.html", "<html><body>x</body></html>"),
            ("new.txt", "n"),
        ]);
        let previous = Snapshot::new(Some(&first), 1, None);
        let changed = vec!["index.html".to_string(), "new.txt".to_string()];
        for overlay in [None, Some("<div>problem</div>".to_string())] {
            let reused = Snapshot::after(&previous, Some(&second), &changed, 2, overlay.clone());
            let fresh = Snapshot::new(Some(&second), 2, overlay);
            assert_eq!(reused.files.len(), fresh.files.len());
            for (key, served) in &fresh.files {
                let other = &reused.files[key];
                assert_eq!(other.body, served.body, "{key}");
                assert_eq!(other.etag, served.etag, "{key}");
                assert_eq!(other.content_type, served.content_type, "{key}");
            }
        }
    }

    /// Two different bodies never share an ETag: a page's changes with the generation and with
    /// the overlay, a file's with its bytes.
    #[test]
    fn etags_follow_the_bytes_sent() {
        let s = site(&[
            ("index.html", "<html><body>a</body></html>"),
            ("a.css", "p{}"),
        ]);
        let one = Snapshot::new(Some(&s), 1, None);
        let two = Snapshot::new(Some(&s), 2, None);
        let broken = Snapshot::new(Some(&s), 2, Some("<div>x</div>".into()));
        let page = |snap: &Snapshot| snap.files["index.html"].etag.clone();
        assert_ne!(page(&one), page(&two));
        assert_ne!(page(&two), page(&broken));
        assert_eq!(one.files["a.css"].etag, two.files["a.css"].etag);
        let changed = site(&[
            ("index.html", "<html><body>b</body></html>"),
            ("a.css", "q{}"),
        ]);
        let three = Snapshot::after(&two, Some(&changed), &["a.css".into()], 2, None);
        assert_ne!(three.files["a.css"].etag, two.files["a.css"].etag);
    }
}
