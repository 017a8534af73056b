//! The built site as the stages after rendering see it: output path → bytes.
//!
//! It lives in its own small module, below every stage, because the renderer produces it while the
//! budget, the offline worker, the output writer, the cache and `serve` only read or extend it.
//! Kept in `render`, it made each of those depend on the renderer, and the budget (which the site
//! config names) closed a cycle back to the content model.

use std::collections::BTreeMap;

/// The rendered site: output path (relative, `/`-separated) → bytes.
pub type SiteFiles = BTreeMap<String, Vec<u8>>;
