//! No source file of the generator is over 700 lines.
//!
//! Why a test: a file that grows past a few hundred lines has almost always taken on a second
//! concern (the budget's weighing, policy, carbon model and report once shared one file; the
//! output's lock, swap and clean-up another), and nothing else notices until a contributor has to
//! read all of it to change a part. The limit makes the split happen when the second concern
//! arrives, not years later. It is a bound on size, not a measure of quality: split a file along
//! what it does, never to get under the number.
//!
//! Every `src/**/*.rs` counts, with no exception list: a file that has to be over the limit for a
//! while is a failing test until it is split, so it cannot be forgotten.

use std::path::{Path, PathBuf};

/// The most lines a file of `src/` may have.
const MAX_LINES: usize = 700;

#[test]
fn no_source_file_is_over_the_limit() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    collect_rs(&root.join("src"), &mut files);
    files.sort();
    assert!(
        files.len() > 20,
        "found only {} files under src/: is the walk broken?",
        files.len()
    );

    let mut over: Vec<(usize, String)> = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let lines = String::from_utf8_lossy(&bytes).lines().count();
        if lines > MAX_LINES {
            let shown = file
                .strip_prefix(root)
                .unwrap_or(file)
                .to_string_lossy()
                .replace('\\', "/");
            over.push((lines, shown));
        }
    }
    over.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let list: Vec<String> = over
        .iter()
        .map(|(lines, file)| format!("  {file}: {lines} lines"))
        .collect();
    assert!(
        over.is_empty(),
        "{} file(s) of src/ over {MAX_LINES} lines; split each along its concerns into submodules \
         (one concern a file, a module doc saying what it owns):\n{}",
        over.len(),
        list.join("\n")
    );
}

/// Every `.rs` file under `dir`, in a stable order, skipping what cannot be read.
fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    let files = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .flatten();
    out.extend(
        files
            .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "rs"))
            .map(walkdir::DirEntry::into_path),
    );
}
