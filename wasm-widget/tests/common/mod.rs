//! Fixtures shared by the integration tests: the fictional association's
//! vocabulary and published texts, loaded the way the site build would.

#![allow(dead_code)]

use std::path::PathBuf;
use wasm_widget::{Checker, PublishedFingerprint, SecretIndex, Vocabulary};

pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
}

pub fn read(name: &str) -> String {
    std::fs::read_to_string(data_dir().join(name))
        .unwrap_or_else(|e| panic!("cannot read fixture {name}: {e}"))
}

/// Builds the checker as the site would: clear secret terms hashed with a
/// salt, vocabulary and fingerprint serialised, then loaded back.
pub fn checker() -> Checker {
    let v: serde_json::Value =
        serde_json::from_str(&read("vocabulary.json")).expect("vocabulary fixture is JSON");
    let list = |k: &str| -> Vec<String> {
        v[k].as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let vocab = Vocabulary {
        association: list("association"),
        public_names: list("public_names"),
        secrets: SecretIndex::build(&list("secret_terms"), "eval-salt"),
        ..Vocabulary::default()
    };
    let published_txt = read("published.txt");
    let paragraphs: Vec<&str> = published_txt
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .collect();
    let fp = PublishedFingerprint::build(&paragraphs);
    let vocab = Vocabulary::from_json(&vocab.to_json()).expect("vocabulary round trip");
    let fp = PublishedFingerprint::from_compact(&fp.to_compact()).expect("fingerprint round trip");
    Checker::new(vocab, fp)
}
