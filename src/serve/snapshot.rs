//! The files the server answers with, prepared once per build rather than once per request: each
//! file's bytes as built, its `Content-Type` and the digest its `ETag` is made from.
//!
//! A save changes a handful of the site's files, so a new snapshot reuses what the previous one
//! prepared for all the others, pages included: the live-reload script (and the overlay while there
//! are problems) is added to a page when it is sent, not when the snapshot is made. Copying every
//! page of a site with several editions at each save, only to change the generation number they
//! carry, cost more than the rebuild of the page that changed; a request adds it to one page.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::{mime, overlay};
use crate::site_files::SiteFiles;

/// One file of the snapshot, as built.
#[derive(Debug, Clone)]
pub struct Served {
    /// The bytes as built, before anything is added to a page.
    pub built: Arc<[u8]>,
    /// A digest of `built`.
    digest: Arc<str>,
    pub content_type: &'static str,
    /// Whether the live-reload script and the overlay go into this file when it is sent (pages).
    live: bool,
}

impl Served {
    /// A file prepared from its bytes.
    pub fn new(key: &str, body: Vec<u8>) -> Self {
        Served {
            digest: digest(&body).into(),
            built: body.into(),
            content_type: mime::content_type(key),
            live: key.ends_with(".html"),
        }
    }
}

/// What a request is answered with: the bytes sent and the `ETag` that names them.
#[derive(Debug, Clone)]
pub struct Sent {
    pub body: Arc<[u8]>,
    pub etag: String,
    pub content_type: &'static str,
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
    /// A digest of `overlay`: part of every page's bytes, so of every page's `ETag`.
    overlay_tag: Option<String>,
    /// Whether `files` are a build's (not the placeholder pages), which the next snapshot may reuse.
    from_build: bool,
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
        let overlay_tag = overlay.as_deref().map(|o| digest(o.as_bytes()));
        let Some(site) = site else {
            return Snapshot::placeholder(generation, overlay, overlay_tag);
        };
        let changed: BTreeSet<&str> = changed.iter().map(String::as_str).collect();
        let mut files = HashMap::with_capacity(site.len());
        for (key, bytes) in site {
            let kept = (previous.from_build && !changed.contains(key.as_str()))
                .then(|| previous.files.get(key))
                .flatten();
            let served = match kept {
                Some(same) => same.clone(),
                None => Served::new(key, bytes.clone()),
            };
            files.insert(key.clone(), served);
        }
        Snapshot {
            files,
            generation,
            overlay,
            overlay_tag,
            from_build: true,
        }
    }

    /// Nothing built yet: every page shows the problems until they are fixed.
    fn placeholder(generation: u64, overlay: Option<String>, overlay_tag: Option<String>) -> Self {
        let mut files = HashMap::new();
        for key in ["index.html", "404.html"] {
            files.insert(
                key.to_string(),
                Served::new(key, overlay::placeholder_page()),
            );
        }
        Snapshot {
            files,
            generation,
            overlay,
            overlay_tag,
            from_build: false,
        }
    }

    /// What a request for `file` (one of [`Snapshot::files`]) is answered with: a page gets the
    /// live-reload script of this generation and the overlay, and an `ETag` that changes with them.
    pub fn sent(&self, file: &Served) -> Sent {
        if !file.live {
            return Sent {
                body: Arc::clone(&file.built),
                etag: format!("\"{}\"", file.digest),
                content_type: file.content_type,
            };
        }
        let etag = match &self.overlay_tag {
            Some(o) => format!("\"{}-{}-{o}\"", file.digest, self.generation),
            None => format!("\"{}-{}\"", file.digest, self.generation),
        };
        let body = overlay::inject(&file.built, self.generation, self.overlay.as_deref());
        Sent {
            body: body.into(),
            etag,
            content_type: file.content_type,
        }
    }

    /// [`Snapshot::sent`] for the file at `key`, if there is one.
    pub fn send(&self, key: &str) -> Option<Sent> {
        self.files.get(key).map(|file| self.sent(file))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::site_files::from_texts as site;

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
            for key in fresh.files.keys() {
                let (got, want) = (reused.send(key).unwrap(), fresh.send(key).unwrap());
                assert_eq!(got.body, want.body, "{key}");
                assert_eq!(got.etag, want.etag, "{key}");
                assert_eq!(got.content_type, want.content_type, "{key}");
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
        let page = |snap: &Snapshot| snap.send("index.html").unwrap().etag;
        let css = |snap: &Snapshot| snap.send("a.css").unwrap().etag;
        assert_ne!(page(&one), page(&two));
        assert_ne!(page(&two), page(&broken));
        assert_eq!(css(&one), css(&two));
        let changed = site(&[
            ("index.html", "<html><body>b</body></html>"),
            ("a.css", "q{}"),
        ]);
        let three = Snapshot::after(&two, Some(&changed), &["a.css".into()], 2, None);
        assert_ne!(css(&three), css(&two));
    }

    /// A page is sent with the live-reload script of the snapshot's generation and, while there
    /// are problems, the overlay, inside its body; other files as built.
    #[test]
    fn pages_are_sent_with_the_script_and_the_overlay() {
        let s = site(&[
            ("index.html", "<html><body>a</body></html>"),
            ("a.css", "p{}"),
        ]);
        let broken = Snapshot::new(Some(&s), 7, Some("<div>x</div>".into()));
        let page = broken.send("index.html").unwrap();
        let text = String::from_utf8(page.body.to_vec()).unwrap();
        assert!(
            text.starts_with("<html><body>a<div>x</div><script"),
            "{text}"
        );
        assert!(text.contains("data-generation=\"7\""), "{text}");
        assert!(text.ends_with("</body></html>"), "{text}");
        assert_eq!(&*broken.send("a.css").unwrap().body, b"p{}");
        assert_eq!(
            &*broken.files["index.html"].built,
            b"<html><body>a</body></html>"
        );
    }

    /// The pages shown before any build succeeded are never reused for a build's files.
    #[test]
    fn the_placeholder_is_not_reused() {
        let waiting = Snapshot::new(None, 1, Some("<div>x</div>".into()));
        let s = site(&[("index.html", "<html><body>a</body></html>")]);
        let built = Snapshot::after(&waiting, Some(&s), &[], 2, None);
        assert_eq!(
            &*built.files["index.html"].built,
            b"<html><body>a</body></html>"
        );
    }
}
