//! JavaScript bindings (compiled only for `wasm32`).
//!
//! ```js
//! import init, { Checker, classify } from "./pkg/wasm_widget.js";
//! await init();                        // or initSync({ module: bytes })
//! const checker = new Checker(vocabularyJson, fingerprint); // throws on bad input
//! const report = JSON.parse(checker.classify(text, "fr"));
//! ```
//!
//! Why JSON strings rather than JS objects: it keeps the bindings free of
//! serde and `serde-wasm-bindgen` (Wasm size), and `JSON.parse` on a few
//! kilobytes is negligible next to classification.

use crate::{Checker as Core, Lang, Mode, PublishedFingerprint, Vocabulary};
use wasm_bindgen::prelude::*;

/// Talc rather than Rust's default dlmalloc: about 4 KB less of the
/// gzipped module (what the name lists need under the 200 KB budget) and
/// faster on the many small allocations of a check.  The page runs the
/// checker on one thread, which is what this allocator assumes.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// A checker configured with the association's vocabulary and published
/// fingerprint.
#[wasm_bindgen]
pub struct Checker {
    inner: Core,
}

#[wasm_bindgen]
impl Checker {
    /// `vocabulary_json`: the site's vocabulary JSON (may be empty);
    /// `fingerprint`: the compact published fingerprint (may be empty).
    /// Throws a JS error string if either cannot be read.
    #[wasm_bindgen(constructor)]
    pub fn new(vocabulary_json: &str, fingerprint: &str) -> Result<Checker, JsError> {
        let v = Vocabulary::from_json(vocabulary_json).map_err(|e| JsError::new(e.message()))?;
        let f = PublishedFingerprint::from_compact(fingerprint)
            .map_err(|e| JsError::new(e.message()))?;
        Ok(Checker {
            inner: Core::new(v, f),
        })
    }

    /// Classifies `text`; `lang` is `"fr"` (default), `"en"` or `"nl"` (a
    /// region suffix such as `"nl-BE"` is ignored).  Returns the report as a
    /// JSON string.
    pub fn classify(&self, text: &str, lang: &str) -> String {
        self.inner
            .classify_with(text, Lang::parse(lang), Mode::Text)
            .to_json()
    }

    /// Same, for a prompt template (placeholders ignored).
    #[wasm_bindgen(js_name = lintTemplate)]
    pub fn lint_template(&self, text: &str, lang: &str) -> String {
        self.inner
            .classify_with(text, Lang::parse(lang), Mode::Template)
            .to_json()
    }
}

/// Classifies without vocabulary or fingerprint; returns JSON.
#[wasm_bindgen]
pub fn classify(text: &str, lang: &str) -> String {
    crate::classify(text, Lang::parse(lang)).to_json()
}
