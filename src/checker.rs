//! The bridge between the handbook and the classifier crate: the vocabulary and the published-text
//! fingerprint a handbook gives the checker, built the same way for the site (where secrets are
//! hashed), for `handbook check` and for the build lint of prompts.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use sha2::{Digest, Sha256};
use wasm_widget::detectors::email;
use wasm_widget::{Checker, OwnContacts, PublishedFingerprint, SecretIndex, Vocabulary};

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
    let identity = &hb.site.association;
    let mut association = vec![identity.name.clone()];
    association.extend(identity.name.strip_prefix("Les ").map(str::to_string));
    association.extend(identity.short_name.clone());
    let (mut public_names, secrets) = match &hb.classifier {
        Some(c) => (
            c.public_names.clone(),
            SecretIndex::build(&c.secret_terms, &salt(hb)),
        ),
        None => (Vec::new(), SecretIndex::empty()),
    };
    // The contacts `handbook.yaml` names are published on purpose: never a person to hide.
    for named in [&identity.data_protection_contact, &identity.ai_referent]
        .into_iter()
        .flatten()
    {
        // "Samira Benali, secrétaire (dpo@…)" → the name before any role or address.
        let name = named
            .split([',', '(', '<', ';'])
            .next()
            .unwrap_or("")
            .trim();
        if !name.is_empty() && !public_names.iter().any(|n| n == name) {
            public_names.push(name.to_string());
        }
    }
    let own_contacts = own_contacts(hb);
    // its premises are a place, never a person ("12 rue Jean Jaurès")
    for a in &own_contacts.addresses {
        if !public_names.contains(a) {
            public_names.push(a.clone());
        }
    }
    Vocabulary {
        association,
        public_names,
        secrets,
        own_contacts,
    }
}

/// The association's own contact data, from `association:` in `handbook.yaml` and `own_contacts:`
/// in `content/classifier.yaml`: published on purpose, so never flagged. The domain of its own
/// e-mail address counts as its own unless it is a free webmail's.
pub fn own_contacts(hb: &Handbook) -> OwnContacts {
    let site = &hb.site.association.own;
    let listed = hb.classifier.as_ref().map(|c| &c.own_contacts);
    let mut own = OwnContacts::default();
    for c in [Some(site), listed].into_iter().flatten() {
        push_new(&mut own.domains, &c.domains);
        push_new(&mut own.emails, &c.emails);
        push_new(&mut own.phones, &c.phones);
        push_new(&mut own.ibans, &c.ibans);
        push_new(&mut own.addresses, &c.addresses);
    }
    let mail_domains: Vec<String> = own
        .emails
        .iter()
        .filter_map(|e| e.rsplit_once('@'))
        .map(|(_, d)| d.to_ascii_lowercase())
        .filter(|d| !email::is_webmail(d) && !email::is_reserved_domain(d))
        .collect();
    push_new(&mut own.domains, &mail_domains);
    own
}

fn push_new(to: &mut Vec<String>, from: &[String]) {
    for x in from {
        if !to.contains(x) {
            to.push(x.clone());
        }
    }
}

/// The texts the site publishes, from which the category-1 fingerprint is built (borrowed: the
/// fingerprint's memo hashes them at every look-up, several times a build).
pub fn published_texts(hb: &Handbook) -> Vec<&str> {
    let mut texts = vec![
        hb.site.title.as_str(),
        hb.site.description.as_str(),
        hb.site.association.mission.as_str(),
    ];
    texts.extend(hb.home.iter().map(|m| m.text.as_str()));
    for s in &hb.charter {
        texts.push(&s.body.text);
    }
    for p in &hb.method {
        texts.push(&p.body.text);
    }
    if let Some(tree) = &hb.decision_tree {
        for n in &tree.nodes {
            match &n.kind {
                NodeKind::Question { question, help, .. } => {
                    texts.push(question);
                    texts.extend(help.iter().map(|h| h.text.as_str()));
                }
                NodeKind::Leaf { title, advice, .. } => {
                    texts.push(title);
                    texts.extend(advice.iter().map(|a| a.text.as_str()));
                }
            }
        }
    }
    for p in &hb.prompts {
        texts.push(&p.context.text);
    }
    texts.retain(|t| !t.trim().is_empty());
    texts
}

/// The checker's data file (`checker-data.json`): the published vocabulary and the fingerprint of
/// the published text. The site's checker page and the browser guard read the same bytes.
pub fn data_json(hb: &Handbook) -> String {
    let vocabulary = vocabulary(hb).to_json();
    let fingerprint = published_fingerprint(hb).to_compact();
    format!(
        "{{\"vocabulary\":{vocabulary},\"fingerprint\":{}}}\n",
        serde_json::Value::String(fingerprint)
    )
}

/// A checker that knows this handbook.
pub fn checker(hb: &Handbook) -> Checker {
    Checker::new(vocabulary(hb), (*published_fingerprint(hb)).clone())
}

/// A checker that knows this handbook, and a digest of what it knows (the vocabulary and the
/// published text): two checkers with the same digest give the same answers, so an answer can
/// be kept and reused ([`crate::lint`]).
pub fn checker_with_digest(hb: &Handbook) -> (Checker, [u8; 32]) {
    let vocabulary = vocabulary(hb);
    let (text_digest, fingerprint) = fingerprint_with_digest(hb);
    let mut hasher = Sha256::new();
    hasher.update(vocabulary.to_json().as_bytes());
    hasher.update(text_digest);
    (
        Checker::new(vocabulary, (*fingerprint).clone()),
        hasher.finalize().into(),
    )
}

/// How many distinct published texts [`published_fingerprint`] remembers: a handbook's editions
/// and languages (two revisions and the draft in three languages are nine), with room to spare.
const FINGERPRINTS_KEPT: usize = 32;

/// The fingerprint of `hb`'s published text, built once per distinct text in this process: a
/// build needs it for the prompt lint and again for the checker's data file, and `serve` rebuilds
/// at every save while most saves leave most editions' published text as it was. Building it
/// (hashing every shingle of the whole text) costs far more than hashing the text to look it up.
pub fn published_fingerprint(hb: &Handbook) -> Arc<PublishedFingerprint> {
    fingerprint_with_digest(hb).1
}

/// [`published_fingerprint`], with the digest of the published text it was built from.
fn fingerprint_with_digest(hb: &Handbook) -> ([u8; 32], Arc<PublishedFingerprint>) {
    static KEPT: Mutex<BTreeMap<[u8; 32], Arc<PublishedFingerprint>>> = Mutex::new(BTreeMap::new());
    let texts = published_texts(hb);
    // Each text hashed on its own, on every core, then the list of their digests: a build looks
    // the text up four times (the lint, the pages' and the guard's data file, and before both),
    // one of them with the other core idle. The key stays in this process.
    let digests: Vec<[u8; 32]> = texts
        .par_iter()
        .map(|text| Sha256::digest(text.as_bytes()).into())
        .collect();
    let mut hasher = Sha256::new();
    for digest in &digests {
        hasher.update(digest);
    }
    let key: [u8; 32] = hasher.finalize().into();
    // A poisoned lock only means another thread panicked while holding it: the map is still sound.
    let kept = || KEPT.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(fingerprint) = kept().get(&key) {
        return (key, Arc::clone(fingerprint));
    }
    // Built without the lock held: languages built on other threads do not wait for each other.
    // Kept as a copy: building pushes every shingle of the text before keeping the distinct ones,
    // and the built vector keeps that capacity (some 20 MB for 10 000 pages, where the copy of
    // the distinct shingles takes well under one) for as long as the process remembers it.
    // Each text's shingles on every core: the fingerprint is the same whatever their order.
    let mut shingles: Vec<u32> = texts
        .par_iter()
        .with_max_len(1) // one per task, as the pages in `render::page_pass`
        .flat_map_iter(|text| PublishedFingerprint::shingles_of(text))
        .collect();
    // Sorted and without repeats here, on every core: the fingerprint sorts them again with the
    // checker's own heapsort (small in Wasm, but slow on the millions of shingles of a large
    // handbook, some 0.35 s at 10 000 pages), which then has only the distinct ones to order.
    // The same shingles come out.
    shingles.par_sort_unstable();
    shingles.dedup();
    let fingerprint = Arc::new(PublishedFingerprint::from_shingles(shingles).clone());
    let mut map = kept();
    if map.len() >= FINGERPRINTS_KEPT {
        map.clear();
    }
    map.insert(key, Arc::clone(&fingerprint));
    (key, fingerprint)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fingerprint built from shingles sorted and deduplicated beforehand is the one the
    /// checker's crate builds from every shingle as it comes.
    #[test]
    fn the_published_fingerprint_is_the_crates_own() {
        // The handbook at the root of this repository: the starter, with pages of real text.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let hb = crate::content::load(root).expect("the starter loads");
        let every: Vec<u32> = published_texts(&hb)
            .iter()
            .flat_map(|text| PublishedFingerprint::shingles_of(text))
            .collect();
        let count = every.len();
        let own = PublishedFingerprint::from_shingles(every);
        assert!(
            own.len() < count,
            "some shingles repeat, so dedup has work to do"
        );
        assert_eq!(published_fingerprint(&hb).to_compact(), own.to_compact());
    }
}
