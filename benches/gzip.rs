//! Benchmark (not a timed test): the compressors the page budget could weigh pages with, on the
//! pages of a built site: total compressed size and speed at gzip levels 6 and 9.
//!
//!     handbook build --output /tmp/site && cargo bench --bench gzip -- /tmp/site
//!
//! The budget weighs with libdeflate at level 6 (`budget::gzip_len`); flate2 with its default
//! backend, miniz_oxide, at level 9 (what the budget used first) and zlib-rs at level 6 (what it
//! used next) are measured beside it in the same run; miniz_oxide at -9 is the baseline of the
//! last column.

use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() {
    let Some(dir) = std::env::args().skip(1).find(|a| !a.starts_with('-')) else {
        eprintln!("usage: cargo bench --bench gzip -- BUILT_SITE_FOLDER");
        std::process::exit(2);
    };
    let files = text_files(Path::new(&dir));
    if files.is_empty() {
        eprintln!("no HTML, CSS, JS or JSON file under {dir}");
        std::process::exit(2);
    }
    let bytes: usize = files.iter().map(Vec::len).sum();
    println!(
        "{} files, {:.1} MB (HTML, CSS, JS, JSON of {dir})",
        files.len(),
        bytes as f64 / 1e6
    );
    println!("compressor              level   compressed   MB/s   time / miniz -9");
    let mut baseline = None;
    for (name, level, compress) in [
        ("flate2 miniz_oxide", 9u8, miniz as fn(&[u8], u8) -> usize),
        ("flate2 miniz_oxide", 6, miniz),
        ("zlib-rs", 9, zlib_rs),
        ("zlib-rs", 6, zlib_rs),
        ("libdeflate", 9, budget),
        ("libdeflate (budget)", 6, budget),
    ] {
        // Best of three, to leave out a run slowed by something else on the machine.
        let mut best = f64::INFINITY;
        let mut total = 0;
        for _ in 0..3 {
            let start = Instant::now();
            total = files.iter().map(|f| compress(f, level)).sum::<usize>();
            best = best.min(start.elapsed().as_secs_f64());
        }
        let base = *baseline.get_or_insert(best);
        println!(
            "{name:<24} {level:>5} {:>12} {:>6.1} {:>9.2}",
            total,
            bytes as f64 / 1e6 / best,
            best / base
        );
    }
}

/// gzip size with flate2's default backend (miniz_oxide).
fn miniz(bytes: &[u8], level: u8) -> usize {
    use std::io::Write;
    let mut encoder = flate2::GzBuilder::new().write(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::new(u32::from(level)),
    );
    let _ = encoder.write_all(bytes);
    encoder.finish().map_or(bytes.len(), |v| v.len())
}

/// gzip size with zlib-rs (header and trailer included), one compressor per call.
fn zlib_rs(bytes: &[u8], level: u8) -> usize {
    let config = zlib_rs::DeflateConfig {
        window_bits: -15,
        ..zlib_rs::DeflateConfig::new(i32::from(level))
    };
    let mut out = vec![0u8; zlib_rs::compress_bound(bytes.len())];
    let (stream, _) = zlib_rs::compress_slice(&mut out, bytes, config);
    stream.len() + 18
}

/// gzip size as the budget weighs (libdeflate; header and trailer included).
fn budget(bytes: &[u8], level: u8) -> usize {
    handbook::budget::deflate_len(bytes, u32::from(level)) + 18
}

fn text_files(dir: &Path) -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .map(|e| e.into_path())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| matches!(e, "html" | "css" | "js" | "json"))
        })
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}
