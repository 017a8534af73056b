//! Cargo build script: gives the generator an identity that changes with every input of its output.
//!
//! Frozen revisions are rendered once and reused from `.handbook-cache/` (see `src/cache/`). A
//! cached page is only valid for the generator that rendered it, and the crate version alone does not
//! change when the code, the built-in theme, the checker's Wasm or a dependency does. So the id is the
//! version plus a SHA-256 of every source the binary is built from, read in a fixed order with paths
//! relative to the crate, so the same sources give the same id on any machine.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// What the binary is built from: its code, what it embeds and the locked dependency versions.
const INPUTS: [&str; 10] = [
    "src",
    "themes/default",
    "extension",
    "wasm-widget/src",
    "wasm-widget/build.rs",
    "wasm-widget/data",
    "wasm-widget/pkg",
    "wasm-widget/Cargo.toml",
    "Cargo.toml",
    "Cargo.lock",
];

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let mut files = Vec::new();
    // The starter `handbook init` embeds: `include_dir!` does not see a file added to a folder,
    // so a change there must rebuild the crate. Not part of the id: it does not render anything.
    for starter in ["content", "handbook.yaml", "handbook.en.yaml", "starter"] {
        println!("cargo:rerun-if-changed={starter}");
    }
    for input in INPUTS {
        println!("cargo:rerun-if-changed={input}");
        collect(&root, Path::new(input), &mut files);
    }
    files.sort();
    let mut hasher = Sha256::new();
    for rel in &files {
        let bytes = std::fs::read(root.join(rel)).unwrap_or_default();
        let name = rel.to_string_lossy().replace('\\', "/");
        hasher.update((name.len() as u64).to_le_bytes());
        hasher.update(name.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    let digest: String = hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    println!("cargo:rustc-env=HANDBOOK_GENERATOR_ID={version}+{digest}");
    let wasm = root.join("wasm-widget/pkg/wasm_widget_bg.wasm");
    let bytes =
        std::fs::read(&wasm).unwrap_or_else(|e| panic!("cannot read {}: {e}", wasm.display()));
    deflate_wasm(&wasm, &bytes);
    weigh_wasm(&bytes);
}

/// The checker's Wasm as a deflate stream at the level the browser guard's zip packs it
/// (`src/extension/zip.rs`: flate2, best compression), written to `OUT_DIR` for the binary to
/// embed. The Wasm is most of the zip, fixed when the binary is built, and compressing it took a
/// few percent of a build's CPU at every build; a test checks the embedded stream is the one the
/// zip would make.
fn deflate_wasm(wasm: &Path, bytes: &[u8]) {
    use std::io::Write;
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    let stream = encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .unwrap_or_else(|e| panic!("cannot compress {}: {e}", wasm.display()));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let path = out.join("wasm_widget_bg.wasm.deflate");
    std::fs::write(&path, stream)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// The page budget's gzip size of the checker's Wasm (`budget::gzip_len`: libdeflate at level 6,
/// plus the 18 bytes of gzip header and trailer) with the SHA-256 it is remembered by, written to
/// `OUT_DIR` as one record of the budget's size memo (`budget::GzipSizes`). Every build weighs the
/// Wasm, the same bytes whatever the site, and compressing its 390 KB took about as long as
/// weighing fifty pages; a test checks the record against the budget's own figure.
fn weigh_wasm(bytes: &[u8]) {
    let level = libdeflater::CompressionLvl::new(6).expect("level 6 exists");
    let mut compressor = libdeflater::Compressor::new(level);
    let mut stream = vec![0; compressor.deflate_compress_bound(bytes.len())];
    let len = compressor
        .deflate_compress(bytes, &mut stream)
        .expect("a buffer of the bound's size holds the stream");
    let mut record = Sha256::digest(bytes).to_vec();
    record.extend_from_slice(&(len as u64 + 18).to_le_bytes());
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let path = out.join("embedded-gzip-sizes.bin");
    std::fs::write(&path, record)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// Every file under `rel` (or `rel` itself), as paths relative to the crate.
fn collect(root: &Path, rel: &Path, out: &mut Vec<PathBuf>) {
    let path = root.join(rel);
    if path.is_file() {
        out.push(rel.to_path_buf());
        return;
    }
    let Ok(entries) = std::fs::read_dir(&path) else {
        return;
    };
    for entry in entries.flatten() {
        collect(root, &rel.join(entry.file_name()), out);
    }
}
