//! Writing the site: into a fresh folder beside the output, then swapped into place, so a failed or
//! interrupted build never leaves a half-written or emptied site behind.

use std::path::{Path, PathBuf};

use crate::render::SiteFiles;

/// Writes `files` to `output`, replacing its previous content only once everything is written.
pub fn write_atomically(output: &Path, files: &SiteFiles) -> std::io::Result<()> {
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)?;
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    let previous = parent.join(format!(".{name}.previous-{}", std::process::id()));
    remove_if_exists(&staging)?;
    remove_if_exists(&previous)?;
    if let Err(e) = write_tree(&staging, files) {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    if output.exists() {
        std::fs::rename(output, &previous)?;
        if let Err(e) = std::fs::rename(&staging, output) {
            // Put the previous site back: a reader must never find the site missing.
            let _ = std::fs::rename(&previous, output);
            let _ = std::fs::remove_dir_all(&staging);
            return Err(e);
        }
        std::fs::remove_dir_all(&previous)?;
    } else {
        std::fs::rename(&staging, output)?;
    }
    Ok(())
}

fn write_tree(dir: &Path, files: &SiteFiles) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (rel, bytes) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, bytes)?;
    }
    Ok(())
}

fn remove_if_exists(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_dir_all(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_previous_output_entirely() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let out = tmp.path().join("public");
        let mut files = SiteFiles::new();
        files.insert("old.html".into(), b"old".to_vec());
        write_atomically(&out, &files).expect("first write");
        let mut files = SiteFiles::new();
        files.insert("a/index.html".into(), b"new".to_vec());
        write_atomically(&out, &files).expect("second write");
        assert!(!out.join("old.html").exists());
        assert_eq!(
            std::fs::read(out.join("a/index.html")).expect("read"),
            b"new"
        );
        let leftovers: Vec<_> = std::fs::read_dir(tmp.path()).expect("list").collect();
        assert_eq!(leftovers.len(), 1, "no staging folder left behind");
    }
}
