//! The association's strategic secrets (method, category 4): confidential
//! documents, mergers, negotiations, grant applications not yet filed,
//! detailed non-public finances, HR conflicts and litigation — plus the
//! association's own secret terms (see [`crate::secrets`]).
//!
//! These words also appear in general questions ("explique le droit du
//! licenciement"), so internal-affairs words are suppressed in a
//! general-topic sentence unless the association speaks of itself
//! ("notre", "nous").  Finance words need a figure or "notre".

use super::{Finding, Why};
use crate::context::SentenceCtx;
use crate::lexicon::class::{PUBLISHED as PUBLISHED_CLASS, STRATEGIC_TERM};
use crate::report::EntityType;
use crate::secrets::SecretIndex;
use crate::terms::Terms;
use crate::text::{Doc, F_DIGIT};
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Confidential,
    Internal,
    Finance,
    /// Conflicts between people: internal only when about someone.
    Hr,
    Grey,
}

const TERMS: &[(&str, Class)] = &[
    ("confidentiel", Class::Confidential),
    ("confidentielle", Class::Confidential),
    ("confidentiels", Class::Confidential),
    ("confidentielles", Class::Confidential),
    ("confidential", Class::Confidential),
    ("ne pas diffuser", Class::Confidential),
    ("ne pas divulguer", Class::Confidential),
    ("usage interne", Class::Confidential),
    ("strictement interne", Class::Confidential),
    ("reste secret", Class::Confidential),
    ("rester secret", Class::Confidential),
    ("doit rester secret", Class::Confidential),
    ("rester confidentiel", Class::Confidential),
    ("not to be shared", Class::Confidential),
    ("keep this internal", Class::Confidential),
    ("keep it internal", Class::Confidential),
    ("internal only", Class::Confidential),
    ("do not share", Class::Confidential),
    ("do not forward", Class::Confidential),
    ("pas encore publique", Class::Confidential),
    ("pas encore public", Class::Confidential),
    ("not yet public", Class::Confidential),
    ("sous embargo", Class::Confidential),
    ("secret defense", Class::Confidential),
    ("projet de fusion", Class::Internal),
    ("fusion avec", Class::Internal),
    ("fusionner", Class::Internal),
    ("rapprochement avec", Class::Internal),
    ("merger", Class::Internal),
    ("merge with", Class::Internal),
    ("prud hommes", Class::Internal),
    ("prudhommes", Class::Internal),
    ("contentieux", Class::Internal),
    ("litige", Class::Internal),
    ("tribunal", Class::Internal),
    ("avocat", Class::Internal),
    ("mise en demeure", Class::Internal),
    ("plainte contre", Class::Internal),
    ("plainte deposee", Class::Internal),
    ("porte plainte", Class::Internal),
    ("abus de confiance", Class::Internal),
    ("lawsuit", Class::Internal),
    ("suing", Class::Internal),
    ("lawyer", Class::Internal),
    ("litigation", Class::Internal),
    ("licenciement*", Class::Internal),
    ("licencier", Class::Internal),
    ("rupture conventionnelle", Class::Internal),
    ("entretien prealable", Class::Internal),
    ("suppression de postes", Class::Internal),
    ("suppressions de postes", Class::Internal),
    ("supprimer des postes", Class::Internal),
    ("supprimer deux postes", Class::Internal),
    ("supprimer un poste", Class::Internal),
    ("plan social", Class::Internal),
    ("dismissal", Class::Internal),
    ("layoff*", Class::Internal),
    ("redundanc*", Class::Internal),
    ("harcelement", Class::Internal),
    ("harassment", Class::Internal),
    ("conflit entre", Class::Internal),
    ("en conflit", Class::Internal),
    ("open conflict", Class::Internal),
    ("conflict between", Class::Internal),
    ("sanction disciplinaire", Class::Internal),
    ("avertissement disciplinaire", Class::Internal),
    ("disciplinary", Class::Internal),
    ("audit interne", Class::Internal),
    ("negocions", Class::Internal),
    ("negociation en cours", Class::Internal),
    ("negociations en cours", Class::Internal),
    ("en negociation", Class::Internal),
    ("negotiating", Class::Internal),
    ("negotiation*", Class::Internal),
    ("offre maximale", Class::Internal),
    ("maximum offer", Class::Internal),
    ("dossier de subvention", Class::Internal),
    ("demande de subvention", Class::Internal),
    ("grant application", Class::Internal),
    ("appel a projets", Class::Internal),
    ("depenses personnelles", Class::Internal),
    ("detournement", Class::Internal),
    ("fraude", Class::Internal),
    ("embezzle*", Class::Internal),
    ("redressement judiciaire", Class::Internal),
    ("liquidation judiciaire", Class::Internal),
    ("cessation de paiement*", Class::Internal),
    ("resiliation du bail", Class::Internal),
    ("deficit", Class::Finance),
    ("tresorerie", Class::Finance),
    ("decouvert", Class::Finance),
    ("dette*", Class::Finance),
    ("salaire*", Class::Finance),
    ("remuneration*", Class::Finance),
    ("masse salariale", Class::Finance),
    ("budget detaille", Class::Finance),
    ("budget previsionnel detaille", Class::Finance),
    ("bilan comptable", Class::Finance),
    ("salary", Class::Finance),
    ("wages", Class::Finance),
    ("cash flow", Class::Finance),
    ("overdraft", Class::Finance),
    ("debt*", Class::Finance),
    ("detailed budget", Class::Finance),
    ("conflit*", Class::Hr),
    ("tension*", Class::Hr),
    ("differend*", Class::Hr),
    ("dispute*", Class::Hr),
    ("soucis avec", Class::Hr),
    ("probleme avec", Class::Hr),
    ("problemes avec", Class::Hr),
    ("ne se parlent plus", Class::Hr),
    ("faute grave", Class::Hr),
    ("avertissement", Class::Hr),
    ("recadrage", Class::Hr),
    ("grievance*", Class::Hr),
    ("misconduct", Class::Hr),
    ("falling out", Class::Hr),
    ("conflict*", Class::Hr),
    ("mesentente", Class::Hr),
    ("difficulte financiere", Class::Grey),
    ("difficultes financieres", Class::Grey),
    ("financial difficult*", Class::Grey),
    ("en grande difficulte", Class::Grey),
    ("risque de fermeture", Class::Grey),
    ("perdu la subvention", Class::Grey),
];

fn terms() -> &'static Terms<Class> {
    static T: OnceLock<Terms<Class>> = OnceLock::new();
    T.get_or_init(|| Terms::new(TERMS, STRATEGIC_TERM))
}

/// First words the lexicon tags with [`STRATEGIC_TERM`].
pub(crate) fn first_words() -> impl Iterator<Item = &'static str> {
    Terms::<()>::first_words(TERMS.iter().map(|t| t.0))
}

/// Words that mark published figures rather than internal ones.
pub(crate) const PUBLISHED: &[&str] = &[
    "rapport",
    "publie",
    "publies",
    "publiee",
    "published",
    "annual",
    "annuel",
];

/// Whether sentence `s` holds a money figure (digits next to €/euros/k€).
fn has_amount(doc: &Doc, s0: usize, s1: usize) -> bool {
    (s0..s1).any(|i| {
        doc.tokens[i].has(F_DIGIT)
            && (doc.is(
                i + 1,
                &[
                    "euros", "euro", "eur", "k", "keur", "brut", "net", "dollars", "pounds",
                ],
            ) || doc
                .text
                .get(doc.tokens[i].end as usize..)
                .is_some_and(|r| r.trim_start().starts_with(['€', '$', '£'])))
    })
}

/// Words that deny what follows: "sans information confidentielle", "no confidential data" say the
/// text holds nothing confidential.
const NEGATIONS: [&str; 10] = [
    "sans", "aucun", "aucune", "pas", "ni", "jamais", "non", "no", "without", "never",
];

/// Whether one of the three words before `at` (in its sentence) is a negation.
fn negated(doc: &Doc, sentence_start: usize, at: usize) -> bool {
    (at.saturating_sub(3).max(sentence_start)..at).any(|i| NEGATIONS.contains(&doc.f(i)))
}

/// Finds built-in strategic vocabulary.
pub fn find(doc: &Doc, ctx: &[SentenceCtx], skip: &[bool], out: &mut Vec<Finding>) {
    for hit in terms().find(doc, skip) {
        let Some(tok) = doc.tokens.get(hit.first) else {
            continue;
        };
        let c = ctx.get(tok.sentence as usize).copied().unwrap_or_default();
        let (s0, s1) = doc.sentence_of(hit.first);
        let f = Finding::new(
            EntityType::Strategic,
            tok.start as usize,
            doc.tokens[hit.last].end as usize,
        );
        let general = c.topic && !c.ours;
        match hit.data {
            Class::Confidential if negated(doc, s0, hit.first) => {}
            Class::Confidential => out.push(f.why(Why::Confidential)),
            Class::Internal if !general => out.push(f.why(Why::Internal)),
            Class::Finance => {
                let published = doc.tokens[s0..s1].iter().any(|t| t.is(PUBLISHED_CLASS));
                let detailed = doc.f(hit.first) == "budget" || doc.f(hit.first) == "detailed";
                if !published && (detailed || has_amount(doc, s0, s1) || c.ours && !general) {
                    out.push(f.why(Why::Finance));
                }
            }
            Class::Hr if c.individual && !general => out.push(f.why(Why::Internal)),
            Class::Grey if !general => out.push(f.why(Why::GreyStrategic).grey()),
            _ => {}
        }
    }
}

/// Finds the association's secret terms (hashed n-grams); `words` is
/// [`crate::text::hash_words_of`]`(doc)`.
pub fn find_secrets(
    doc: &Doc,
    words: &[(usize, &str)],
    index: &SecretIndex,
    out: &mut Vec<Finding>,
) {
    for (first, last) in index.find_words(words) {
        if let (Some(a), Some(b)) = (doc.tokens.get(first), doc.tokens.get(last)) {
            out.push(
                Finding::new(EntityType::Strategic, a.start as usize, b.end as usize)
                    .why(Why::SecretTerm),
            );
        }
    }
}
