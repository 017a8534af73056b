//! `handbook revision cut`: freezes the current `handbook.yaml` and `content/` as a new revision.

use std::path::Path;

use super::{manifest, Revision, DIR, INDEX, MANIFEST};
use crate::diagnostics::Diagnostics;

/// What the committee approved, as given on the command line.
pub struct CutRequest<'a> {
    pub id: &'a str,
    pub date: &'a str,
    pub approved_by: &'a str,
    pub summary: &'a str,
}

/// Freezes the current sources as revision `request.id`; refuses bad ids, existing ids, dates before
/// the previous revision, and sources that do not build.
///
/// Whether the sources build is asked of `builds` (the command passes `build::validate`), after the
/// request and the existing revisions are checked and before anything is written. It is passed in
/// because building is the orchestrator's job, and the orchestrator reads revisions: calling it
/// from here would make `revisions` and `build` depend on each other.
pub fn cut(
    root: &Path,
    request: &CutRequest<'_>,
    builds: impl FnOnce(&Path) -> Result<(), Diagnostics>,
) -> Result<Revision, String> {
    let id = request.id;
    if !super::is_valid_id(id) {
        return Err(format!("revision id `{id}` cannot be used in an address: use lowercase letters, digits, '-' or '.', e.g. `2026`"));
    }
    if let Some(message) = crate::dates::error("--date", request.date) {
        return Err(message);
    }
    if request.approved_by.trim().is_empty() || request.summary.trim().is_empty() {
        return Err(
            "--approved-by and --summary must say who approved the revision and what changed"
                .into(),
        );
    }
    let existing = super::load(root).map_err(|d| {
        let lines: Vec<String> = d.into_sorted().iter().map(ToString::to_string).collect();
        format!(
            "the existing revisions have problems; fix them first:\n{}",
            lines.join("\n")
        )
    })?;
    if existing.iter().any(|r| r.id == id) {
        return Err(format!("revision `{id}` already exists: a revision is never replaced — choose a new id (e.g. `{id}-2`)"));
    }
    if root.join(DIR).join(id).exists() {
        return Err(format!("`{DIR}/{id}/` exists but is not recorded in `{INDEX}`: it is left from an interrupted cut or was made by hand; remove that folder (or move it away), then cut again"));
    }
    if let Some(last) = existing.last() {
        if request.date < last.date.as_str() {
            return Err(format!("--date {} is before the previous revision `{}` ({}): revisions follow each other in time", request.date, last.id, last.date));
        }
    }
    if let Err(d) = builds(root) {
        let lines: Vec<String> = d.into_sorted().iter().map(ToString::to_string).collect();
        return Err(format!(
            "the handbook does not build, so it cannot be frozen:\n{}",
            lines.join("\n")
        ));
    }

    let target = root.join(DIR).join(id);
    remove_leftovers(&root.join(DIR));
    let staging = root
        .join(DIR)
        .join(format!(".{id}{STAGING}{}", std::process::id()));
    // Everything is written, loaded and rendered in the staging folder; `revisions/ID/` appears by
    // one rename only once the PDF is built, so a failure or a kill at any moment leaves no
    // half-made revision behind (the staging folder of a killed cut is removed by the next one).
    let written = (|| -> std::io::Result<String> {
        std::fs::create_dir_all(&staging)?;
        for name in manifest::config_files(root)? {
            std::fs::copy(root.join(&name), staging.join(&name))?;
        }
        copy_content(root, &staging)?;
        let files = manifest::hash_files(&staging)?;
        let text = manifest::render(&files);
        std::fs::write(staging.join(MANIFEST), &text)?;
        Ok(crate::digest::sha256_hex(text.as_bytes()))
    })();
    let fail = |message: String| {
        let _ = std::fs::remove_dir_all(&staging);
        Err(message)
    };
    let hash = match written {
        Ok(hash) => hash,
        Err(e) => return fail(format!("cannot write the snapshot: {e}")),
    };
    // The PDF people will sign, built from the snapshot just written: its hash is recorded with the
    // revision so every signed copy can be matched to it.
    let pdf_sha256 = match crate::content::load(&staging) {
        Ok(hb) => match super::pdf::build(&hb, id, request.date, request.approved_by.trim()) {
            Ok(bytes) => crate::digest::sha256_hex(&bytes),
            Err(e) => return fail(format!("cannot build the charter PDF: {e}")),
        },
        Err(d) => {
            let lines: Vec<String> = d.into_sorted().iter().map(ToString::to_string).collect();
            return fail(format!(
                "the snapshot does not load; nothing was recorded:\n{}",
                lines.join("\n")
            ));
        }
    };
    if let Err(e) = std::fs::rename(&staging, &target) {
        return fail(format!("cannot put the snapshot in place: {e}"));
    }
    let revision = Revision {
        id: id.to_string(),
        date: request.date.to_string(),
        approved_by: request.approved_by.trim().to_string(),
        summary: request.summary.trim().to_string(),
        content_sha256: hash,
        pdf_sha256: Some(pdf_sha256),
        pdf_origin: None,
        dir: Path::new(DIR).join(id),
    };
    if let Err(e) = append_entry(root, &revision) {
        let _ = std::fs::remove_dir_all(&target);
        return Err(format!("cannot record the revision in {INDEX}: {e}"));
    }
    Ok(revision)
}

/// Marks the staging folder of a cut in progress: `.ID.staging-PID`.
const STAGING: &str = ".staging-";

/// Removes the staging folders that killed cuts left in `revisions/`. Cuts of one handbook are run
/// by hand, one at a time; a folder whose process is gone is a leftover.
fn remove_leftovers(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name
            .strip_prefix('.')
            .and_then(|n| n.rsplit_once(STAGING))
            .and_then(|(_, pid)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let alive = pid != std::process::id() && Path::new(&format!("/proc/{pid}")).exists();
        if !alive {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Appends the entry as text, so comments and layout of `revisions.yaml` are kept.
fn append_entry(root: &Path, r: &Revision) -> std::io::Result<()> {
    let path = root.join(INDEX);
    let mut text = std::fs::read_to_string(&path).unwrap_or_default();
    if text.trim().is_empty() {
        text = "# Approved revisions of the handbook, oldest first. Written by `handbook revision cut`;\n# a frozen revision is read-only: its files are checked against revisions/ID/manifest.sha256.\nrevisions:\n".to_string();
    } else if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&format!(
        "  - id: {}\n    date: {}\n    approved_by: {}\n    summary: {}\n    content_sha256: {}\n    pdf_sha256: {}\n",
        quote(&r.id),
        quote(&r.date),
        quote(&r.approved_by),
        quote(&r.summary),
        quote(&r.content_sha256),
        quote(r.pdf_sha256.as_deref().unwrap_or(""))
    ));
    let tmp = path.with_extension("yaml.tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(tmp, path)
}

/// A YAML double-quoted scalar (JSON strings are valid YAML).
fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// Copies `root/content` into `to`, following the links that stay inside the handbook as the build
/// does (the copy holds the files' content, not links), so the frozen revision is what was previewed.
fn copy_content(root: &Path, to: &Path) -> std::io::Result<()> {
    let content = Path::new("content");
    let (found, problems) = crate::confine::walk(root, content, crate::confine::Hidden::Include);
    if let Some(problem) = problems.first() {
        return Err(std::io::Error::other(problem.diagnostic().to_string()));
    }
    for file in found {
        let dest = to.join(&file.rel);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(&file.path, &dest)?;
    }
    Ok(())
}
