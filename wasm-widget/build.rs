//! Front-codes the embedded word lists (`data/*.txt`) for the Wasm.
//!
//! Why: the lists are sorted, so neighbours share long prefixes
//! ("mamadou", "mamady", "mame"...).  Storing each word as "length of the
//! prefix shared with the previous word" + the rest, then letting the
//! Wasm's gzip do the rest, makes the name lists about a third smaller on
//! the wire than the plain text, which is what keeps the browser checker
//! within its size budget with names of many origins.  The text files stay
//! the source of truth: readable, and diffable in review.
//!
//! Format of each entry: one byte below 0x20 (the shared prefix length, at
//! most 31), then the remaining bytes.  Words are printable text (bytes
//! 0x20 and up), so the next length byte ends a word: no separator is
//! needed, which saves one byte a word and ~4 KB of the gzipped `.wasm` over a
//! `\n` after each word.

use std::path::Path;

const LISTS: [&str; 6] = [
    "first_names",
    "surnames",
    "communes",
    "places",
    "name_words",
    "surname_particles",
];

/// Bytes below this are shared-prefix lengths; words are made of the others.
const FIRST_TEXT_BYTE: u8 = 0x20;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in LISTS {
        let src = Path::new("data").join(format!("{name}.txt"));
        println!("cargo:rerun-if-changed={}", src.display());
        let text = std::fs::read_to_string(&src)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", src.display()));
        let mut coded = Vec::with_capacity(text.len());
        let mut prev: &[u8] = b"";
        for (n, line) in text.lines().enumerate() {
            let w = line.trim().as_bytes();
            if w.is_empty() {
                continue;
            }
            if let Some(&b) = w.iter().find(|&&b| b < FIRST_TEXT_BYTE) {
                panic!(
                    "{}:{}: control byte {b:#04x} in a word; the lists hold printable text only, remove it",
                    src.display(),
                    n + 1
                );
            }
            let shared = prev
                .iter()
                .zip(w)
                .take_while(|(a, b)| a == b)
                .count()
                .min(usize::from(FIRST_TEXT_BYTE - 1));
            coded.push(shared as u8);
            coded.extend_from_slice(&w[shared..]);
            prev = w;
        }
        std::fs::write(Path::new(&out).join(format!("{name}.fc")), coded)
            .expect("cannot write to OUT_DIR");
    }
}
