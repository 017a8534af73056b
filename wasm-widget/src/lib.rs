//! # wasm-widget — the handbook's data classifier
//!
//! Staff paste a text before giving it to a public AI; this crate says which
//! of the handbook's four data categories it falls in, why, and offers a
//! pseudonymised version.  One pure-Rust core serves three callers:
//!
//! - the **browser checker** (Wasm, `bindings` module, JS class `Checker`),
//! - the **`handbook check` CLI** (native: [`Checker::classify`]),
//! - the **build-time lint of prompt templates** ([`Checker::lint_template`]).
//!
//! ## The method, as code
//!
//! | category | meaning | verdict |
//! |---|---|---|
//! | 1 | already published by the association ([`PublishedFingerprint`]) | `ok` |
//! | 2 | public and harmless: the door-poster test | `ok` |
//! | 3 | personal data: names, contacts, identifiers, indirect identification | `never` |
//! | 4 | GDPR art. 9 data about someone, or the association's strategic secrets | `never` |
//!
//! **Grey zones go to the stricter side.**  A grey finding (aggregated
//! statistics about the public, an address we cannot attribute, a vague
//! strategic worry) raises the text to category 3 or 4 with `grey: true`, so
//! a grey text is never `ok`; the flag tells the reader the verdict is a
//! precaution to discuss, not a certainty.
//!
//! ## Design decisions
//!
//! - **Validate what can be validated.**  IBAN (mod 97 and per-country
//!   length), French NIR (key, Corsica 2A/2B), Belgian national number (mod
//!   97, born-after-2000 rule), cards (Luhn + network prefix).  A number with
//!   a wrong checksum is not an identifier: no report.
//! - **Context for what cannot.**  A health or religion word is reported only
//!   when the sentence is about a specific person (name, title, pronoun,
//!   "notre bénéficiaire") and does not read as a general topic
//!   ("conférence sur le diabète, entrée libre").  Names need evidence
//!   (title, known first name, known surname next to a capitalised word,
//!   greeting), never a capital letter alone.
//! - **Hand-written scanners, no regex, no serde.**  The Wasm budget is
//!   200 KB gzipped including 30 000 names of many origins (front-coded by
//!   `build.rs`); the scanners are linear and share one tokenisation (see
//!   `text`).
//! - **Evidence, then a decision.**  Detectors report findings with how
//!   much evidence stands behind each (`detectors::Strength`); the category
//!   comes from logistic weights fitted on the development half of
//!   `corpus/` (`decision`, `weights`, `scripts/fit-decision.py`), not from
//!   a chain of hand-tuned conditions.
//! - **Each word is tokenised, folded, hashed and looked up once.**  One
//!   pass (`text`) cuts the words into a shared folded buffer and looks each
//!   up once in a single table of every word list (`lexicon`), which gives a
//!   bit mask of its classes; detectors then only test bits.  The hashed
//!   indexes (published fingerprint, secret terms) share one list of words.
//!   The structured detectors (IBAN, NIR, NRN, card, phone) only visit the
//!   digit-run starts found in one pass over the bytes.  Offsets are
//!   converted to chars and UTF-16 incrementally.
//! - **No generic std containers in the hot path or the binary.**  One
//!   word→`u64` table (`wordmap`) and one small sort (`sort`) replace
//!   `HashMap`, `BTreeMap` and `sort_unstable`, whose per-type copies cost a
//!   third of the Wasm code.  That room buys opt-level 2 with a bounded
//!   inlining threshold instead of `"z"` or `"s"` (see
//!   `scripts/build-pkg.sh`), which is what makes the Wasm fast.
//! - **Secrets never in clear on the site.**  [`SecretIndex`] stores salted,
//!   truncated SHA-256 hashes of normalised 1–4-word n-grams.
//! - **Deterministic.**  Same input, same output, byte for byte: sorted
//!   indexes, fixed JSON key order, no randomness, no clock.
//! - **Never panics** on any input (property-tested), needs no network.
//! - **Wasm bindings only on `wasm32`.**  `wasm-bindgen` is a
//!   target-specific dependency, so the native rlib used by the CLI carries
//!   none of it.
//!
//! ## Performance
//!
//! Measured on the benchmark text (association prose dense in findings:
//! one name, phone, e-mail, IBAN or sensitive word every ~60 bytes), on a
//! 2-core machine shared with other jobs, so expect ±20 %:
//!
//! | | 1 KB | 1 MB |
//! |---|---|---|
//! | native (`cargo bench -p wasm-widget --bench throughput`) | ~21 MB/s | ~18 MB/s |
//! | Wasm in Node (`node wasm-widget/bench/wasm-bench.mjs`) | ~12 MB/s | ~12 MB/s |
//!
//! `.wasm`: ~423 KB, ~197 KB gzipped by `gzip -9` (~199.9 KB by Node's zlib;
//! goal ≤ 200 KB).  Widget ready in ~23–27 ms on a quiet machine (goal ≤ 50 ms): instantiate ~1.5 ms, `Checker` with a
//! 100 000-shingle fingerprint ~15 ms, first classification (builds the
//! lexicon of 30 000 names) ~3 ms.  The richer detection of names,
//! secrets and indirect identification halved the speed of the earlier,
//! list-fitted design (~14 MB/s in Wasm).
//!
//! ## Quick use
//!
//! ```
//! use wasm_widget::{Checker, Lang, PublishedFingerprint, SecretIndex, Vocabulary, Category};
//!
//! // build time
//! let secrets = SecretIndex::build(&["Projet Hirondelle"], "site-salt");
//! let published = PublishedFingerprint::build(&["Nos ateliers de jardinage sont ouverts à tous le samedi matin."]);
//! let vocab = Vocabulary { association: vec!["Les Jardins Solidaires".into()], public_names: vec![], secrets, ..Vocabulary::default() };
//! let (vocab_json, fp) = (vocab.to_json(), published.to_compact());
//!
//! // check time (browser or CLI)
//! let checker = Checker::new(Vocabulary::from_json(&vocab_json)?, PublishedFingerprint::from_compact(&fp)?);
//! let r = checker.classify("Rédige un email à Jean Dupont (06 12 34 56 78).", Lang::Fr);
//! assert_eq!(r.category, Category::Personal);
//! assert_eq!(r.pseudonymised, "Rédige un email à Personne_001 (Téléphone_001).");
//! assert_eq!(checker.classify("Le projet Hirondelle avance.", Lang::Fr).category, Category::Sensitive);
//! # Ok::<(), wasm_widget::Error>(())
//! ```

mod checker;
mod context;
mod decision;
pub mod detectors;
mod encoding;
mod fingerprint;
mod json;
mod lexicon;
// The Wasm's compressed name lists (native builds embed the text files).
#[cfg(any(target_arch = "wasm32", test))]
mod listcode;
pub mod parts;
mod pseudonymise;
mod reasons;
mod report;
mod secrets;
mod sort;
mod terms;
pub mod text;
mod vocabulary;
mod weights;
mod wordmap;
mod words;

#[cfg(target_arch = "wasm32")]
mod bindings;

pub use checker::{Checker, Mode, PUBLISHED_MIN_WORDS, PUBLISHED_RATIO, PUBLISHED_TRUST_RATIO};
pub use fingerprint::{Coverage, PublishedFingerprint, SHINGLE};
pub use parts::PartChecker;
pub use report::{Category, Entity, EntityType, Lang, Report, Verdict};
pub use secrets::SecretIndex;
pub use vocabulary::{OwnContacts, Vocabulary, LOCAL_SALT};

/// Errors from loading a vocabulary, a secret index or a fingerprint.
/// Classification itself never fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(String);

impl Error {
    pub(crate) fn new(msg: impl Into<String>) -> Error {
        Error(msg.into())
    }

    /// The message.
    pub fn message(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// Classifies with no association vocabulary and no published fingerprint
/// (categories 2–4 only).  Convenience for tests and one-off checks.
pub fn classify(text: &str, lang: Lang) -> Report {
    Checker::default().classify(text, lang)
}
