//! The files the server answers with, prepared once per build rather than once per request: pages
//! with the live-reload script (and the overlay while there are problems) injected, each with its
//! `Content-Type` and an `ETag` derived from the exact bytes sent.

use std::collections::HashMap;
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
    pub fn new(key: &str, body: Vec<u8>) -> Self {
        let hex = crate::digest::hex(&Sha256::digest(&body)[..10]);
        Served {
            body: body.into(),
            etag: format!("\"{hex}\""),
            content_type: mime::content_type(key),
        }
    }
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
}

impl Snapshot {
    /// Prepares `site` (the last good build, if any) for serving.
    pub fn new(site: Option<&SiteFiles>, generation: u64, overlay: Option<String>) -> Self {
        let mut files = HashMap::new();
        match site {
            Some(site) => {
                for (key, bytes) in site {
                    let body = if key.ends_with(".html") {
                        overlay::inject(bytes, generation, overlay.as_deref())
                    } else {
                        bytes.clone()
                    };
                    files.insert(key.clone(), Served::new(key, body));
                }
            }
            None => {
                // Nothing built yet: every page shows the problems until they are fixed.
                let page =
                    overlay::inject(&overlay::placeholder_page(), generation, overlay.as_deref());
                for key in ["index.html", "404.html"] {
                    files.insert(key.to_string(), Served::new(key, page.clone()));
                }
            }
        }
        Snapshot {
            files,
            generation,
            overlay,
        }
    }
}
