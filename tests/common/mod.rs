//! Helpers shared by the integration tests: running the real binary, copying handbooks, and taking
//! byte-exact snapshots of folders.

#![allow(dead_code)] // each test file uses its own subset

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root: the default handbook (`handbook.yaml`, `content/`) lives there.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    repo_root().join("tests").join("fixtures")
}

/// What a run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Panics with the whole output unless the command succeeded without a panic.
    pub fn assert_success(&self) -> &Self {
        assert_no_panic(self);
        assert_eq!(self.code, Some(0), "expected success:\n{}", self.stderr);
        self
    }
}

pub fn assert_no_panic(run: &Run) {
    assert!(
        !run.stderr.contains("panicked") && !run.stdout.contains("panicked"),
        "the binary panicked (it must never panic, whatever the input):\n{}",
        run.stderr
    );
}

/// Runs `handbook ARGS` in `cwd` (a neutral temporary folder when `None`, so tests never depend on
/// the current directory).
pub fn handbook_in<I, S>(cwd: Option<&Path>, args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let neutral;
    let cwd = match cwd {
        Some(dir) => dir,
        None => {
            neutral = tempfile::tempdir().expect("temporary folder");
            neutral.path()
        }
    };
    let output = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .args(args)
        .current_dir(cwd)
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("run the handbook binary");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

pub fn handbook<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    handbook_in(None, args)
}

/// `handbook build --root ROOT --output OUTPUT [extra…]`.
pub fn build(root: &Path, output: &Path, extra: &[&str]) -> Run {
    let mut args: Vec<std::ffi::OsString> = vec![
        "build".into(),
        "--root".into(),
        root.into(),
        "--output".into(),
        output.into(),
    ];
    args.extend(extra.iter().map(Into::into));
    handbook(args)
}

/// `handbook validate --root ROOT`.
pub fn validate(root: &Path) -> Run {
    handbook([
        std::ffi::OsStr::new("validate"),
        "--root".as_ref(),
        root.as_os_str(),
    ])
}

/// Copies the folder `from` into `to` (created), recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|e| panic!("create {}: {e}", to.display()));
    let mut entries: Vec<_> = fs::read_dir(from)
        .unwrap_or_else(|e| panic!("list {}: {e}", from.display()))
        .map(|e| e.expect("folder entry"))
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target)
                .unwrap_or_else(|e| panic!("copy {}: {e}", entry.path().display()));
        }
    }
}

/// Copies the fixture handbook `tests/fixtures/NAME` into `to` (built from a copy, never in place:
/// a build writes its cache beside the sources).
pub fn copy_fixture(name: &str, to: &Path) {
    copy_dir(&fixtures().join(name), to);
}

/// Copies `tests/fixtures/minimal` into `to`, then the files of `tests/fixtures/NAME` on top of it at
/// the same relative paths (replacing or adding files): a fixture that only holds what differs.
pub fn copy_minimal_with(name: &str, to: &Path) {
    copy_dir(&fixtures().join("minimal"), to);
    copy_dir(&fixtures().join(name), to);
}

/// Copies the repository's own handbook (`handbook.yaml` and `content/`) into `to`.
pub fn copy_default_handbook(to: &Path) {
    fs::create_dir_all(to).expect("create handbook folder");
    fs::copy(repo_root().join("handbook.yaml"), to.join("handbook.yaml"))
        .expect("copy handbook.yaml");
    fs::copy(
        repo_root().join("handbook.en.yaml"),
        to.join("handbook.en.yaml"),
    )
    .expect("copy handbook.en.yaml");
    copy_dir(&repo_root().join("content"), &to.join("content"));
}

/// One entry of a folder snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Dir,
    File(Vec<u8>),
    Symlink(PathBuf),
}

/// Every entry below `dir` (paths relative to it, `/`-separated) with the full bytes of every file:
/// two equal snapshots mean two byte-for-byte identical trees.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Entry> {
    fn walk(base: &Path, dir: &Path, into: &mut BTreeMap<String, Entry>) {
        for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("list {}: {e}", dir.display())) {
            let path = entry.expect("folder entry").path();
            let rel = rel_path(base, &path);
            let meta = fs::symlink_metadata(&path).expect("metadata");
            if meta.file_type().is_symlink() {
                into.insert(
                    rel,
                    Entry::Symlink(fs::read_link(&path).expect("read link")),
                );
            } else if meta.is_dir() {
                into.insert(rel, Entry::Dir);
                walk(base, &path, into);
            } else {
                into.insert(rel, Entry::File(fs::read(&path).expect("read file")));
            }
        }
    }
    let mut map = BTreeMap::new();
    walk(dir, dir, &mut map);
    map
}

/// The text of the file `path` in a snapshot; panics, naming it, when the site lacks it.
pub fn text(tree: &BTreeMap<String, Entry>, path: &str) -> String {
    match tree.get(path) {
        Some(Entry::File(bytes)) => String::from_utf8_lossy(bytes).into_owned(),
        _ => panic!("{path} is missing from the site"),
    }
}

/// Describes how two snapshots differ (for assertion messages; the byte contents are not printed).
pub fn snapshot_diff(before: &BTreeMap<String, Entry>, after: &BTreeMap<String, Entry>) -> String {
    let mut lines = Vec::new();
    for (path, entry) in before {
        match after.get(path) {
            None => lines.push(format!("removed: {path}")),
            Some(other) if other != entry => lines.push(format!("changed: {path}")),
            Some(_) => {}
        }
    }
    for path in after.keys().filter(|p| !before.contains_key(*p)) {
        lines.push(format!("added: {path}"));
    }
    lines.join("\n")
}

/// `path` relative to `base`, with `/` separators.
pub fn rel_path(base: &Path, path: &Path) -> String {
    path.strip_prefix(base)
        .expect("path inside base")
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Names of the entries directly in `dir`, sorted (to spot leftover staging folders).
pub fn entry_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The files of a snapshot as text, for content assertions.
pub fn text_files(tree: &BTreeMap<String, Entry>) -> BTreeMap<String, String> {
    tree.iter()
        .filter_map(|(path, entry)| match entry {
            Entry::File(bytes) => Some((path.clone(), String::from_utf8_lossy(bytes).into_owned())),
            _ => None,
        })
        .collect()
}
