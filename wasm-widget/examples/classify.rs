//! Classifies each line of standard input and prints one JSON report per
//! line (no vocabulary, no fingerprint).  Handy to try the classifier:
//! `echo "Mme Martin est diabétique" | cargo run -p wasm-widget --example classify`
//! Pass `en` or `nl` as first argument for English or Dutch reasons.

use std::io::BufRead;
use wasm_widget::{classify, Lang};

fn main() {
    let lang = Lang::parse(&std::env::args().nth(1).unwrap_or_default());
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        if !line.trim().is_empty() {
            println!("{}", classify(&line, lang).to_json());
        }
    }
}
