//! The built site as the stages after rendering see it: output path → bytes.
//!
//! It lives in its own small module, below every stage, because the renderer produces it while the
//! budget, the offline worker, the output writer, the cache and `serve` only read or extend it.
//! Kept in `render`, it made each of those depend on the renderer, and the budget (which the site
//! config names) closed a cycle back to the content model.

use std::collections::BTreeMap;

/// The rendered site: output path (relative, `/`-separated) → bytes.
pub type SiteFiles = BTreeMap<String, Vec<u8>>;

/// A site from (path, text) pairs, for tests of the stages that read or extend one.
#[cfg(test)]
pub fn from_texts(pairs: &[(&str, &str)]) -> SiteFiles {
    pairs
        .iter()
        .map(|(path, text)| (path.to_string(), text.as_bytes().to_vec()))
        .collect()
}
