//! The bridge between the handbook and the classifier crate: the vocabulary and the published-text
//! fingerprint a handbook gives the checker, built the same way for the site (where secrets are
//! hashed), for `handbook check` and for the build lint of prompts.

use wasm_widget::{Checker, PublishedFingerprint, SecretIndex, Vocabulary};

use crate::content::decision_tree::NodeKind;
use crate::content::Handbook;

/// The salt of the published secret hashes: configured, or derived from the site's address so two
/// handbooks never share hashes.
pub fn salt(hb: &Handbook) -> String {
    match hb.classifier.as_ref().and_then(|c| c.salt.clone()) {
        Some(s) => s,
        None => format!("handbook:{}", hb.site.base_url.value),
    }
}

/// The vocabulary with secret terms hashed: safe to publish.
pub fn vocabulary(hb: &Handbook) -> Vocabulary {
    let mut association = vec![hb.site.association.name.clone()];
    association.extend(
        hb.site
            .association
            .name
            .strip_prefix("Les ")
            .map(str::to_string),
    );
    let (public_names, secrets) = match &hb.classifier {
        Some(c) => (
            c.public_names.clone(),
            SecretIndex::build(&c.secret_terms, &salt(hb)),
        ),
        None => (Vec::new(), SecretIndex::empty()),
    };
    Vocabulary {
        association,
        public_names,
        secrets,
    }
}

/// The texts the site publishes, from which the category-1 fingerprint is built.
pub fn published_texts(hb: &Handbook) -> Vec<String> {
    let mut texts = vec![
        hb.site.title.clone(),
        hb.site.description.clone(),
        hb.site.association.mission.clone(),
    ];
    texts.extend(hb.home.iter().map(|m| m.text.clone()));
    for s in &hb.charter {
        texts.push(s.body.text.clone());
    }
    for p in &hb.method {
        texts.push(p.body.text.clone());
    }
    if let Some(tree) = &hb.decision_tree {
        for n in &tree.nodes {
            match &n.kind {
                NodeKind::Question { question, help, .. } => {
                    texts.push(question.clone());
                    texts.extend(help.iter().map(|h| h.text.clone()));
                }
                NodeKind::Leaf { title, advice, .. } => {
                    texts.push(title.clone());
                    texts.extend(advice.iter().map(|a| a.text.clone()));
                }
            }
        }
    }
    for p in &hb.prompts {
        texts.push(p.context.text.clone());
    }
    texts.retain(|t| !t.trim().is_empty());
    texts
}

/// A checker that knows this handbook.
pub fn checker(hb: &Handbook) -> Checker {
    Checker::new(
        vocabulary(hb),
        PublishedFingerprint::build(&published_texts(hb)),
    )
}
