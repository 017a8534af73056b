//! Revisions: frozen, dated snapshots of the handbook that the committee approved.
//!
//! The charter is revised every year and re-signed by everyone, so the site must keep each approved
//! version exactly as it was. A revision is a copy of `handbook.yaml` and `content/` under
//! `revisions/ID/`, a manifest of its files' SHA-256, and an entry in `revisions/revisions.yaml`
//! recording the date, the approval, a summary and the manifest's own hash. Any later edit of a frozen
//! file is detected and stops the build, naming the files.

pub mod cut;
pub mod manifest;
pub mod pdf;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostic, Diagnostics, Origin};

pub const DIR: &str = "revisions";
pub const INDEX: &str = "revisions/revisions.yaml";
pub const MANIFEST: &str = "manifest.sha256";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndexDoc {
    #[serde(default)]
    revisions: Vec<EntryDoc>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryDoc {
    id: Spanned<String>,
    date: Spanned<String>,
    approved_by: String,
    summary: String,
    content_sha256: Spanned<String>,
    #[serde(default)]
    pdf_sha256: Option<Spanned<String>>,
}

/// One approved revision, in the order of `revisions.yaml` (oldest first).
#[derive(Debug, Clone, Serialize)]
pub struct Revision {
    pub id: String,
    pub date: String,
    pub approved_by: String,
    pub summary: String,
    pub content_sha256: String,
    /// SHA-256 of the unsigned charter PDF recorded when the revision was cut: it binds every signed
    /// copy to this revision, so a build that would publish a different PDF must stop.
    pub pdf_sha256: Option<String>,
    #[serde(skip)]
    pub pdf_origin: Option<crate::diagnostics::Origin>,
    /// The snapshot folder, relative to the handbook root (`revisions/2026`).
    #[serde(skip)]
    pub dir: PathBuf,
}

/// A revision id becomes a URL path segment and a folder name.
pub fn is_valid_id(id: &str) -> bool {
    crate::content::is_url_slug(&id.replace('.', "-")) && !id.starts_with('.') && id.len() <= 40
}

/// Reads `revisions/revisions.yaml` (none → no revision) and checks every snapshot against its
/// manifest and recorded hash.
pub fn load(root: &Path) -> Result<Vec<Revision>, Diagnostics> {
    let (revisions, check) = load_index(root)?;
    check.finish()?;
    Ok(revisions)
}

/// The check of every snapshot's files against its manifest and recorded hash, running on another
/// thread: reading and hashing every frozen file is the slowest part of loading revisions, and a
/// build can go on meanwhile as long as it calls [`finish`](Self::finish) before writing anything.
pub struct ManifestCheck {
    handle: Option<std::thread::JoinHandle<Diagnostics>>,
}

impl ManifestCheck {
    /// Waits for the check: the snapshots that do not match, with where and why.
    pub fn finish(self) -> Result<(), Diagnostics> {
        let diags = match self.handle.map(std::thread::JoinHandle::join) {
            Some(Ok(diags)) => diags,
            Some(Err(_)) => Diagnostic::new(
                Origin::file_start(INDEX),
                "internal error: the check of the frozen revisions stopped",
                "report this as a bug",
            )
            .into(),
            None => Diagnostics::new(),
        };
        diags.into_result(())
    }
}

/// [`load`] without waiting for the manifests: the revisions as the index lists them (its own
/// mistakes reported at once), and the [`ManifestCheck`] of their files, started.
pub fn load_index(root: &Path) -> Result<(Vec<Revision>, ManifestCheck), Diagnostics> {
    load_index_verifying(root, true)
}

/// [`load_index`], checking the snapshots' files against their manifests only when `verify`:
/// `handbook serve` checks them once, then again only after a change under `revisions/`.
pub fn load_index_verifying(
    root: &Path,
    verify: bool,
) -> Result<(Vec<Revision>, ManifestCheck), Diagnostics> {
    let mut diags = Diagnostics::new();
    let Some((doc, src)) =
        crate::content::optional_yaml::<IndexDoc>(root, Path::new(INDEX), &mut diags)
    else {
        return diags.into_result((Vec::new(), ManifestCheck { handle: None }));
    };
    crate::content::check_unique(
        doc.revisions
            .iter()
            .map(|r| (r.id.value.as_str(), src.origin(&r.id))),
        "revision id",
        &mut diags,
    );
    let mut revisions = Vec::new();
    let mut to_check = Vec::new();
    let mut previous_date: Option<String> = None;
    for entry in doc.revisions {
        let id = entry.id.value.clone();
        if !is_valid_id(&id) {
            diags.error(
                src.origin(&entry.id),
                format!("revision id `{id}` cannot be used in an address"),
                "use lowercase letters, digits, '-' or '.', e.g. `2026` or `2026-2`",
            );
            continue;
        }
        if let Some(message) = crate::dates::error("`date`", &entry.date.value) {
            diags.error(
                src.origin(&entry.date),
                message,
                "e.g. `date: \"2026-03-12\"`",
            );
        } else if let Some(prev) = &previous_date {
            if entry.date.value < *prev {
                diags.error(
                    src.origin(&entry.date),
                    format!(
                        "revision `{id}` is dated {} — before the previous revision ({prev})",
                        entry.date.value
                    ),
                    "list revisions from the oldest to the newest, with increasing dates",
                );
            }
        }
        previous_date = Some(entry.date.value.clone());
        let dir = Path::new(DIR).join(&id);
        to_check.extend(verify.then(|| {
            (
                id.clone(),
                dir.clone(),
                entry.content_sha256.value.clone(),
                src.origin(&entry.content_sha256),
            )
        }));
        revisions.push(Revision {
            id,
            date: entry.date.value,
            approved_by: entry.approved_by,
            summary: entry.summary,
            content_sha256: entry.content_sha256.value,
            pdf_origin: entry.pdf_sha256.as_ref().map(|p| src.origin(p)),
            pdf_sha256: entry.pdf_sha256.map(|p| p.value),
            dir,
        });
    }
    let root = root.to_path_buf();
    let handle = std::thread::spawn(move || {
        let mut diags = Diagnostics::new();
        for (id, dir, recorded, origin) in to_check {
            match manifest::verify(&root, &dir) {
                Ok(hash) if hash == recorded => {}
                Ok(hash) => diags.error(
                    origin,
                    format!("revision `{id}`: its manifest does not match the recorded hash (manifest hash {hash})"),
                    format!("the frozen revision was altered: restore `{}/{MANIFEST}` from version control", crate::diagnostics::display_path(&dir)),
                ),
                Err(problems) => diags.extend(problems),
            }
        }
        diags
    });
    let check = ManifestCheck {
        handle: Some(handle),
    };
    match diags.into_result(()) {
        Ok(()) => Ok((revisions, check)),
        Err(mut diags) => {
            // Report the index's mistakes and the snapshots' together.
            if let Err(more) = check.finish() {
                diags.extend(more);
            }
            Err(diags)
        }
    }
}
