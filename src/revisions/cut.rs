//! `handbook revision cut`: freezes the current `handbook.yaml` and `content/` as a new revision.

use std::path::Path;

use super::{manifest, Revision, DIR, INDEX, MANIFEST};

/// What the committee approved, as given on the command line.
pub struct CutRequest<'a> {
    pub id: &'a str,
    pub date: &'a str,
    pub approved_by: &'a str,
    pub summary: &'a str,
}

/// Freezes the current sources as revision `request.id`; refuses bad ids, existing ids, dates before
/// the previous revision, and sources that do not build.
pub fn cut(root: &Path, request: &CutRequest<'_>) -> Result<Revision, String> {
    let id = request.id;
    if !super::is_valid_id(id) {
        return Err(format!("revision id `{id}` cannot be used in an address: use lowercase letters, digits, '-' or '.', e.g. `2026`"));
    }
    if !crate::content::tools::is_iso_date(request.date) {
        return Err(format!(
            "--date must be written YYYY-MM-DD, not `{}`",
            request.date
        ));
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
    if existing.iter().any(|r| r.id == id) || root.join(DIR).join(id).exists() {
        return Err(format!("revision `{id}` already exists: a revision is never replaced — choose a new id (e.g. `{id}-2`)"));
    }
    if let Some(last) = existing.last() {
        if request.date < last.date.as_str() {
            return Err(format!("--date {} is before the previous revision `{}` ({}): revisions follow each other in time", request.date, last.id, last.date));
        }
    }
    if let Err(d) = crate::build::validate(root) {
        let lines: Vec<String> = d.into_sorted().iter().map(ToString::to_string).collect();
        return Err(format!(
            "the handbook does not build, so it cannot be frozen:\n{}",
            lines.join("\n")
        ));
    }

    let target = root.join(DIR).join(id);
    let staging = root
        .join(DIR)
        .join(format!(".{id}.staging-{}", std::process::id()));
    let result = (|| -> std::io::Result<String> {
        std::fs::create_dir_all(&staging)?;
        for name in manifest::config_files(root)? {
            std::fs::copy(root.join(&name), staging.join(&name))?;
        }
        copy_tree(&root.join("content"), &staging.join("content"))?;
        let files = manifest::hash_files(&staging)?;
        let text = manifest::render(&files);
        std::fs::write(staging.join(MANIFEST), &text)?;
        std::fs::rename(&staging, &target)?;
        Ok(manifest::hex(text.as_bytes()))
    })();
    let hash = match result {
        Ok(hash) => hash,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(format!("cannot write the snapshot: {e}"));
        }
    };
    // The PDF people will sign, built from the snapshot just written: its hash is recorded with the
    // revision so every signed copy can be matched to it.
    let pdf_sha256 = match crate::content::load(&target) {
        Ok(hb) => match super::pdf::build(&hb, id, request.date, request.approved_by.trim()) {
            Ok(bytes) => manifest::hex(&bytes),
            Err(e) => {
                let _ = std::fs::remove_dir_all(&target);
                return Err(format!("cannot build the charter PDF: {e}"));
            }
        },
        Err(_) => {
            let _ = std::fs::remove_dir_all(&target);
            return Err("the snapshot does not load; nothing was recorded".into());
        }
    };
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

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    for entry in walkdir::WalkDir::new(from).sort_by_file_name() {
        let entry = entry.map_err(std::io::Error::other)?;
        let rel = entry
            .path()
            .strip_prefix(from)
            .map_err(std::io::Error::other)?;
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest)?;
        } else if entry.file_type().is_file() {
            std::fs::copy(entry.path(), &dest)?;
        }
    }
    Ok(())
}
