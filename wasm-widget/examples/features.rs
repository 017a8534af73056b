//! Prints the decision layer's features of each corpus row: reads JSON
//! lines with `id`, `split`, `category` and `text` on standard input and
//! writes `{"id", "split", "category", "features"}` lines, which
//! `scripts/fit-decision.py` fits the weights on.  No vocabulary, no
//! fingerprint: the corpus is checked outside any handbook.
//!
//! `cargo run -p wasm-widget --example features < corpus/dev.jsonl`

use std::io::{BufRead, Write};
use wasm_widget::Checker;

fn main() {
    let checker = Checker::default();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Ok(row) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = row["text"].as_str().unwrap_or_default();
        let features = checker.decision_features(text);
        let v = serde_json::json!({
            "id": row["id"],
            "split": row["split"],
            "family": row["family"],
            "category": row["category"],
            "features": features,
        });
        if writeln!(out, "{v}").is_err() {
            return;
        }
    }
}
