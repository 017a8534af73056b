//! What a build remembers of a revision folder it published, so that the next build can leave the
//! folder where it is in the output without loading, weighing or writing any of its files.
//!
//! A revision folder (`revisions/2025/`, every language) is fully determined by its fingerprint
//! (the hash of its editions' cache keys). When the previous output still holds the folder exactly
//! as written with the same fingerprint, all the build needs from it is this summary: its counts
//! for the build's report, its addresses for the sitemap and its share of the page budget.

use serde::{Deserialize, Serialize};

use super::{Key, KeyBuilder, Members};
use crate::budget::SiteWeight;
use crate::site_files::SiteFiles;

const MEMBER: &str = "summary.json";

/// A revision folder as the build that wrote it saw it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FolderSummary {
    /// HTML pages in the folder.
    pub pages: usize,
    /// Files in the folder.
    pub files: usize,
    /// Their total size, in bytes.
    pub bytes: usize,
    /// The folder's addresses in the sitemap.
    pub sitemap: Vec<String>,
    /// The folder's share of the page budget (see [`crate::budget::weigh_part`]).
    pub weight: SiteWeight,
}

impl FolderSummary {
    /// The summary of the files of `files` under `prefix`.
    pub fn of(files: &SiteFiles, prefix: &str, sitemap: Vec<String>, weight: SiteWeight) -> Self {
        let mut summary = FolderSummary {
            sitemap,
            weight,
            ..FolderSummary::default()
        };
        for (path, bytes) in files.range(prefix.to_string()..) {
            if !path.starts_with(prefix) {
                break;
            }
            summary.files += 1;
            summary.bytes += bytes.len();
            summary.pages += usize::from(path.ends_with(".html"));
        }
        summary
    }

    /// Where the summary of the folder with `fingerprint` is kept.
    pub fn key(fingerprint: &str) -> Key {
        let mut k = KeyBuilder::new("folder-summary");
        k.field(fingerprint);
        k.finish()
    }

    pub fn to_members(&self) -> Members {
        let mut members = Members::new();
        members.insert(
            MEMBER.to_string(),
            serde_json::to_vec(self).unwrap_or_default(),
        );
        members
    }

    /// The summary in a cache entry; none if the entry holds something else.
    pub fn from_members(members: &Members) -> Option<Self> {
        serde_json::from_slice(members.get(MEMBER)?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_only_the_folder_and_round_trips() {
        let mut files = SiteFiles::new();
        for (path, size) in [
            ("index.html", 5),
            ("revisions/2025/index.html", 10),
            ("revisions/2025/search/t/ab.json", 3),
            ("revisions/2025/en/index.html", 7),
            ("revisions/20250/index.html", 100),
            ("revisions/2026/index.html", 1),
        ] {
            files.insert(path.to_string(), vec![b'x'; size]);
        }
        let summary = FolderSummary::of(
            &files,
            "revisions/2025/",
            vec!["https://ia.example.org/revisions/2025/".into()],
            SiteWeight::default(),
        );
        assert_eq!((summary.pages, summary.files, summary.bytes), (2, 3, 20));
        assert_eq!(
            FolderSummary::from_members(&summary.to_members()),
            Some(summary)
        );
        assert_eq!(FolderSummary::from_members(&Members::new()), None);
    }
}
