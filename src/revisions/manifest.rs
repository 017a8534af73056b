//! The manifest of a frozen revision: one `SHA-256  path` line per file, in path order (the format of
//! `sha256sum`, so anyone can check a snapshot with standard tools). The hash of the manifest itself
//! is the revision's content hash.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostics::{display_path, Diagnostics, Origin};
use crate::digest::sha256_hex;

/// Hashes of every file of a snapshot (`handbook.yaml` and `content/`), by `/`-separated path.
pub fn hash_files(snapshot: &Path) -> std::io::Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    for name in config_files(snapshot)? {
        files.insert(
            name.clone(),
            sha256_hex(&std::fs::read(snapshot.join(&name))?),
        );
    }
    let (found, problems) = crate::confine::walk(
        snapshot,
        Path::new("content"),
        crate::confine::Hidden::Include,
    );
    if let Some(problem) = problems.first() {
        return Err(std::io::Error::other(problem.diagnostic().to_string()));
    }
    for file in found {
        files.insert(
            display_path(&file.rel),
            sha256_hex(&std::fs::read(&file.path)?),
        );
    }
    Ok(files)
}

/// `handbook.yaml` and its translated twins (`handbook.en.yaml`) in a folder, sorted.
pub fn config_files(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        let is_config = name == crate::content::site::CONFIG_FILE
            || (name.starts_with("handbook.")
                && name.ends_with(".yaml")
                && crate::source::is_translation(Path::new(&name)));
        if is_config && dir.join(&name).is_file() {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// The manifest text for a set of file hashes.
pub fn render(files: &BTreeMap<String, String>) -> String {
    files
        .iter()
        .map(|(path, hash)| format!("{hash}  {path}\n"))
        .collect()
}

fn parse(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter_map(|l| l.split_once("  "))
        .map(|(hash, path)| (path.to_string(), hash.to_string()))
        .collect()
}

/// Checks a snapshot against its manifest; returns the manifest's hash, or the files that changed.
pub fn verify(root: &Path, dir: &Path) -> Result<String, Diagnostics> {
    let manifest_rel: PathBuf = dir.join(super::MANIFEST);
    let mut diags = Diagnostics::new();
    let manifest = match std::fs::read(root.join(&manifest_rel)) {
        Ok(bytes) => bytes,
        Err(e) => {
            diags.error(
                Origin::file_start(&manifest_rel),
                format!("cannot read the revision's manifest: {e}"),
                "a frozen revision must keep its manifest; restore the folder from version control, or cut the revision again",
            );
            return Err(diags);
        }
    };
    let recorded = parse(&String::from_utf8_lossy(&manifest));
    let actual = match hash_files(&root.join(dir)) {
        Ok(files) => files,
        Err(e) => {
            diags.error(
                Origin::file_start(dir),
                format!("cannot read the frozen revision: {e}"),
                "check the folder's permissions",
            );
            return Err(diags);
        }
    };
    for (path, hash) in &actual {
        match recorded.get(path) {
            Some(h) if h == hash => {}
            Some(_) => diags.error(Origin::file_start(dir.join(path)), "this file of a frozen revision was modified", "a revision is read-only once approved: undo the change (e.g. `git checkout` the file) and edit content/ instead, then cut a new revision"),
            None => diags.error(Origin::file_start(dir.join(path)), "this file was added to a frozen revision", "remove it: edit content/ instead, then cut a new revision"),
        }
    }
    for path in recorded.keys().filter(|p| !actual.contains_key(*p)) {
        diags.error(
            Origin::file_start(dir.join(path)),
            "this file of a frozen revision was deleted",
            "restore it from version control",
        );
    }
    diags.into_result(sha256_hex(&manifest))
}
