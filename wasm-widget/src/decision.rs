//! The decision layer: turns the findings of a text into its category.
//!
//! Why not "the highest category of any finding": findings differ in how
//! sure they are.  A courtesy title before a name is near-certain; a
//! capitalised word after "avec" is a hint; a health word next to a
//! pseudonym code is category 4 although no name is left.  Chaining
//! hand-tuned conditions to weigh these against each other is what made
//! earlier versions fit their own examples and nothing else.  Instead, each
//! text is summarised as a small vector of [`FEATURES`] (how many findings of
//! each kind and strength, how much of the text is published), and two
//! logistic models, fitted on the development half of the corpus by
//! `corpus/fit.py` and compiled in as [`crate::weights`], give:
//!
//! - P(the text holds personal or sensitive data), against
//!   [`crate::weights::DANGER_THRESHOLD`], and
//! - P(category 4 | dangerous), against 0.5.
//!
//! Two things are never left to the weights: a checksum-validated
//! identifier (IBAN, NIR, national number, card) or one of the association's
//! own secret terms is always dangerous, and a firm art. 9 or strategic
//! finding in a dangerous text always makes it category 4 (the method:
//! grey zones go to the stricter side).

use crate::detectors::{Finding, Strength, Why};
use crate::report::{Category, EntityType};
use crate::weights;

/// Names of the features, in vector order (the fitting script and the
/// weights file use the same order; a test checks the lengths agree).
pub const FEATURES: [&str; 15] = [
    "person_strong",
    "person_medium",
    "person_weak",
    "contact",
    "address",
    "address_grey",
    "identifier",
    "indirect",
    "art9",
    "art9_weak",
    "art9_grey",
    "strategic",
    "strategic_weak",
    "strategic_grey",
    "published",
];

/// Number of features.
pub const N: usize = FEATURES.len();

/// A count feature: diminishing returns past a few findings, so a long
/// text full of names does not swamp everything else.
fn squash(n: u32) -> f32 {
    match n {
        0 => 0.0,
        1 => 1.0,
        2 => 1.5,
        _ => 2.0,
    }
}

/// The feature vector of a text's findings (after overlaps are resolved).
pub fn features(kept: &[Finding], published_ratio: f32) -> [f32; N] {
    let mut c = [0u32; N];
    for f in kept {
        use EntityType as T;
        let slot = match f.kind {
            T::Person => match f.strength {
                Strength::Strong => 0,
                Strength::Medium => 1,
                Strength::Weak => 2,
            },
            T::Email | T::Phone => 3,
            T::Address if f.grey => 5,
            T::Address => 4,
            T::DateOfBirth | T::Iban | T::Nir | T::BeNrn | T::Card => 6,
            T::IndirectId => 7,
            T::Strategic if f.grey => 13,
            T::Strategic if f.strength == Strength::Weak => 12,
            T::Strategic => 11,
            _ if f.grey => 10,
            _ if f.strength == Strength::Weak => 9,
            _ => 8,
        };
        c[slot] += 1;
    }
    let mut x = [0f32; N];
    for (xi, ci) in x.iter_mut().zip(c) {
        *xi = squash(ci);
    }
    x[N - 1] = published_ratio.clamp(0.0, 1.0);
    x
}

fn logit(w: &[f32; N + 1], x: &[f32; N]) -> f32 {
    w[N] + w[..N].iter().zip(x).map(|(a, b)| a * b).sum::<f32>()
}

/// Whether a finding decides on its own that the text is dangerous.
///
/// A personal e-mail address or a mobile number is one: the association's
/// own contacts and role mailboxes (accueil@, contact@…) are let go before
/// this point, so what is left reaches one person, however the weights
/// fitted on the development texts would weigh it (a refit once let a lone
/// address through).  A landline ([`Strength::Medium`]) is weighed.  A date
/// of birth is certain too: the detector keeps only dates a birth cue ("née
/// le", "DOB", "geboren op") gives to a person, not to an organisation, and
/// weighed, a lone one was let through.  So is the address of a home: the
/// address detector gives full strength only to an address someone lives at
/// ("she lives at", "woont", "a déménagé au"), which no organisation filter
/// has claimed.
fn certain(f: &Finding) -> bool {
    f.why == Why::Checksum
        || f.kind == EntityType::DateOfBirth
        || f.why == Why::SecretTerm
        || f.kind == EntityType::Email
        || f.kind == EntityType::Phone && f.strength == Strength::Strong
        || f.kind == EntityType::Address && f.strength == Strength::Strong && !f.grey
}

/// The category of a text with findings `kept`; `base` is 1 or 2 (whether
/// the text is mostly published).  Returns the category and whether only
/// grey findings led there.
pub fn decide(kept: &[Finding], published_ratio: f32, base: Category) -> (Category, bool) {
    if kept.is_empty() {
        return (base, false);
    }
    let x = features(kept, published_ratio);
    let danger =
        kept.iter().any(certain) || logit(&weights::DANGER, &x) >= weights::DANGER_THRESHOLD;
    if !danger {
        return (base, false);
    }
    let sensitive = |f: &Finding| f.kind.category() == Category::Sensitive;
    let firm4 = kept
        .iter()
        .any(|f| sensitive(f) && !f.grey && f.strength != Strength::Weak);
    // category 4 needs a sensitive or strategic finding of some kind: the
    // method's category 4 is art. 9 data or a secret, never "many names"
    let any4 = kept.iter().any(sensitive);
    let category = if firm4 || any4 && logit(&weights::SENSITIVE, &x) >= 0.0 {
        Category::Sensitive
    } else {
        Category::Personal
    };
    let firm = kept
        .iter()
        .any(|f| !f.grey && f.kind.category() == category);
    (category, !firm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_match_the_features() {
        assert_eq!(weights::DANGER.len(), N + 1);
        assert_eq!(weights::SENSITIVE.len(), N + 1);
    }

    #[test]
    fn certain_findings_are_never_outweighed() {
        let iban = Finding::new(EntityType::Iban, 0, 10).why(Why::Checksum);
        assert_eq!(decide(&[iban], 0.0, Category::Public).0, Category::Personal);
        let email = Finding::new(EntityType::Email, 0, 10);
        assert_eq!(
            decide(&[email], 0.0, Category::Public).0,
            Category::Personal,
            "a lone personal address is personal data, whatever the weights"
        );
        let born = Finding::new(EntityType::DateOfBirth, 0, 10);
        assert_eq!(
            decide(&[born], 0.0, Category::Public).0,
            Category::Personal,
            "a lone date of birth is personal data"
        );
        let mobile = Finding::new(EntityType::Phone, 0, 10);
        assert_eq!(
            decide(&[mobile], 0.0, Category::Public).0,
            Category::Personal
        );
        let secret = Finding::new(EntityType::Strategic, 0, 10).why(Why::SecretTerm);
        assert_eq!(
            decide(&[secret], 0.0, Category::Public).0,
            Category::Sensitive
        );
        // a home address is certain; an address only near a name is weighed
        let home = Finding::new(EntityType::Address, 0, 10);
        assert_eq!(decide(&[home], 0.0, Category::Public).0, Category::Personal);
        let near = Finding::new(EntityType::Address, 0, 10).strength(Strength::Medium);
        assert!(!certain(&near));
    }

    #[test]
    fn no_finding_keeps_the_base_category() {
        assert_eq!(
            decide(&[], 0.9, Category::Published),
            (Category::Published, false)
        );
    }
}
