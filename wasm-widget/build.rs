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
//! Format of each entry: one byte (shared prefix length, at most 255), the
//! remaining bytes, then `\n`.

use std::path::Path;

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
    for name in LISTS {
        let src = Path::new("data").join(format!("{name}.txt"));
        println!("cargo:rerun-if-changed={}", src.display());
        let text = std::fs::read_to_string(&src)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", src.display()));
        let mut coded = Vec::with_capacity(text.len());
        let mut prev: &[u8] = b"";
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let w = line.as_bytes();
            let shared = prev
                .iter()
                .zip(w)
                .take_while(|(a, b)| a == b)
                .count()
                .min(255);
            coded.push(shared as u8);
            coded.extend_from_slice(&w[shared..]);
            coded.push(b'\n');
            prev = w;
        }
        std::fs::write(Path::new(&out).join(format!("{name}.fc")), coded)
            .expect("cannot write to OUT_DIR");
    }
}
