//! `content/classifier.yaml`: the association's own vocabulary for the checker.
//!
//! Public names (programmes, partners, premises) must never be flagged as persons; secret terms (the
//! code name of a merger, a negotiation) must always be flagged as strategic — yet the public site
//! must never reveal them. The site therefore publishes only salted hashes of the secret terms.

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::Diagnostics;
use crate::yaml::YamlSource;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassifierDoc {
    #[serde(default)]
    public_names: Vec<String>,
    #[serde(default)]
    secret_terms: Vec<Spanned<String>>,
    #[serde(default)]
    salt: Option<String>,
}

/// The checked vocabulary, still in clear: never serialise it into the site as is.
#[derive(Debug, Clone, Default)]
pub struct ClassifierConfig {
    pub public_names: Vec<String>,
    pub secret_terms: Vec<String>,
    /// Salt for the published hashes; by default derived from the site's address.
    pub salt: Option<String>,
}

pub fn check(doc: ClassifierDoc, src: &YamlSource, diags: &mut Diagnostics) -> ClassifierConfig {
    for term in &doc.secret_terms {
        if term.value.split_whitespace().count() > 4 {
            diags.error(
                src.origin(term),
                format!("secret term `{}` has more than 4 words", term.value),
                "list the distinctive part only (1 to 4 words, e.g. the project's code name)",
            );
        } else if term.value.trim().chars().count() < 3 {
            diags.error(
                src.origin(term),
                "secret term is too short to be recognised reliably",
                "use at least 3 characters",
            );
        }
    }
    ClassifierConfig {
        public_names: doc
            .public_names
            .into_iter()
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect(),
        secret_terms: doc
            .secret_terms
            .into_iter()
            .map(|t| t.value.trim().to_string())
            .collect(),
        salt: doc.salt,
    }
}
