//! Random damage to a small handbook's sources — bytes cut, inserted, doubled or replaced, lines
//! swapped, tabs, NUL bytes, broken UTF-8, deep nesting — must never make the binary panic, abort
//! or hang: it either accepts the handbook or reports `file:line:col` errors and exits 1.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use proptest::prelude::*;

/// Long enough for any honest run on a slow, busy machine; only a hang gets there.
const HANG: Duration = Duration::from_secs(120);

#[derive(Debug, Clone)]
enum Mutation {
    Cut { at: f64, len: usize },
    Insert { at: f64, bytes: Vec<u8> },
    Double { at: f64, len: usize },
    SwapLines { a: usize, b: usize },
    Truncate { at: f64 },
    IndentWithTab { line: usize },
    Nest { at: f64, levels: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let payload = prop_oneof![
        proptest::collection::vec(any::<u8>(), 1..12),
        Just(b"\0".to_vec()),
        Just(b"\xff\xfe".to_vec()),
        Just(b"\n---\n".to_vec()),
        Just(b": [".to_vec()),
        Just(b"{{ x }}".to_vec()),
        Just(b"](/nowhere/#x)".to_vec()),
        Just(b"&a [*a]".to_vec()),
        Just("é\u{200b}\u{feff}".as_bytes().to_vec()),
    ];
    prop_oneof![
        (0.0..1.0f64, 1usize..40).prop_map(|(at, len)| Mutation::Cut { at, len }),
        (0.0..1.0f64, payload).prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (0.0..1.0f64, 1usize..80).prop_map(|(at, len)| Mutation::Double { at, len }),
        (0usize..60, 0usize..60).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
        (0.0..1.0f64).prop_map(|at| Mutation::Truncate { at }),
        (0usize..60).prop_map(|line| Mutation::IndentWithTab { line }),
        (0.0..1.0f64, 50usize..3000).prop_map(|(at, levels)| Mutation::Nest { at, levels }),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let pos = |at: f64, len: usize| ((at * len as f64) as usize).min(len);
    match m {
        Mutation::Cut { at, len } => {
            let start = pos(*at, bytes.len());
            let end = (start + len).min(bytes.len());
            bytes.drain(start..end);
        }
        Mutation::Insert { at, bytes: b } => {
            let start = pos(*at, bytes.len());
            bytes.splice(start..start, b.iter().copied());
        }
        Mutation::Double { at, len } => {
            let start = pos(*at, bytes.len());
            let end = (start + len).min(bytes.len());
            let part = bytes[start..end].to_vec();
            bytes.splice(end..end, part);
        }
        Mutation::SwapLines { a, b } => {
            let mut lines: Vec<Vec<u8>> =
                bytes.split(|&c| c == b'\n').map(<[u8]>::to_vec).collect();
            let n = lines.len();
            lines.swap(a % n, b % n);
            *bytes = lines.join(&b'\n');
        }
        Mutation::Truncate { at } => bytes.truncate(pos(*at, bytes.len())),
        Mutation::IndentWithTab { line } => {
            let mut lines: Vec<Vec<u8>> =
                bytes.split(|&c| c == b'\n').map(<[u8]>::to_vec).collect();
            let n = lines.len();
            lines[line % n].insert(0, b'\t');
            *bytes = lines.join(&b'\n');
        }
        Mutation::Nest { at, levels } => {
            let start = pos(*at, bytes.len());
            let nest = format!("\n\n{}x\n", "> ".repeat(*levels));
            bytes.splice(start..start, nest.bytes());
        }
    }
}

/// The source files of the fixture, relative to its root.
fn source_files(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(root).expect("inside").to_path_buf())
        .collect();
    files.sort();
    files
}

/// Runs `handbook validate` with a watchdog; `None` when it had to be killed.
fn validate_with_watchdog(root: &Path) -> Option<(Option<i32>, String)> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_handbook"))
        .args(["validate", "--root"])
        .arg(root)
        .env_remove("RUST_BACKTRACE")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the binary");
    let mut stderr = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
        text
    });
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return Some((status.code(), reader.join().unwrap_or_default()));
        }
        if started.elapsed() > HANG {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, max_shrink_iters: 32, ..ProptestConfig::default() })]

    #[test]
    fn damaged_sources_never_panic_abort_or_hang(
        file in any::<prop::sample::Index>(),
        mutations in proptest::collection::vec(mutation(), 1..4),
    ) {
        let tmp = tempfile::tempdir().expect("temporary folder");
        let root = tmp.path().join("hb");
        common::copy_dir(&common::fixtures().join("minimal"), &root);
        let files = source_files(&root);
        let rel = file.get(&files).clone();
        let path = root.join(&rel);
        let mut bytes = std::fs::read(&path).expect("read");
        for m in &mutations {
            apply(&mut bytes, m);
        }
        std::fs::write(&path, &bytes).expect("write");

        let Some((code, stderr)) = validate_with_watchdog(&root) else {
            panic!("validate hung on {} after {mutations:?}", rel.display());
        };
        prop_assert!(!stderr.contains("panicked"), "panic on {}:\n{stderr}", rel.display());
        prop_assert!(matches!(code, Some(0) | Some(1)), "exit {code:?} (abort or signal) on {}:\n{stderr}", rel.display());
        if code == Some(1) {
            // Every error says where: `path:line:col: error: …`.
            for line in stderr.lines().filter(|l| l.contains(": error: ")) {
                let place = line.split(": error: ").next().unwrap_or_default();
                let parts: Vec<&str> = place.rsplitn(3, ':').collect();
                prop_assert!(
                    parts.len() == 3 && parts[0].parse::<u64>().is_ok() && parts[1].parse::<u64>().is_ok(),
                    "an error without file:line:col: {line}"
                );
            }
        }
    }
}
