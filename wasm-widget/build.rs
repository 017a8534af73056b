//! Compresses the embedded word lists (`data/*.txt`) for the Wasm.
//!
//! Why: the name lists are most of the browser checker's Wasm, which has a
//! gzipped size budget.  They are sorted, so neighbours share long prefixes
//! ("mamadou", "mamady", "mame"...) and the next word's first new letter
//! follows the previous word's letter at that place.  `src/listcode.rs`
//! (included below, and decoded by the crate with the very same code)
//! codes each word as the length of the prefix it shares with the previous
//! word and its other letters, each letter predicted by an adaptive model
//! that mixes several contexts, through an arithmetic coder.  That takes the
//! two name lists from 51.6 KB (front-coded, then gzip -9) to 40.3 KB, and
//! from 52.9 KB to 42.4 KB of the gzipped `.wasm`: the Wasm's own gzip
//! leaves the coded bytes as they are.  Native builds embed the text files
//! instead (decoding costs start-up time, and size matters only in the
//! browser); the text files stay the source of truth: readable, and
//! diffable in review.

use std::path::Path;

/// The encoder half is used here, the decoder half by the crate.
#[allow(dead_code)]
#[path = "src/listcode.rs"]
mod listcode;

const LISTS: [&str; 6] = [
    "first_names",
    "surnames",
    "communes",
    "places",
    "name_words",
    "surname_particles",
];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=src/listcode.rs");
    for name in LISTS {
        let src = Path::new("data").join(format!("{name}.txt"));
        println!("cargo:rerun-if-changed={}", src.display());
        let text = std::fs::read_to_string(&src)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", src.display()));
        let mut words = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let w = line.trim();
            if w.len() > listcode::MAX_WORD {
                panic!(
                    "{}:{}: a word of {} bytes; the lists hold words of at most {} bytes, shorten it",
                    src.display(),
                    n + 1,
                    w.len(),
                    listcode::MAX_WORD
                );
            }
            if !w.is_empty() {
                words.push(w);
            }
        }
        std::fs::write(
            Path::new(&out).join(format!("{name}.lc")),
            listcode::encode(&words),
        )
        .expect("cannot write to OUT_DIR");
    }
}
