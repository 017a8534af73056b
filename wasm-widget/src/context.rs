//! Sentence-level context shared by the word detectors: is this sentence
//! about one specific person, a general topic, or statistics about the
//! association's public?
//!
//! Why sentences: "Mme Martin est diabétique" and "atelier de prévention du
//! diabète ouvert à tous" contain the same word; what differs is whether a
//! specific individual is the subject nearby.  A sentence is the smallest
//! unit that reliably holds both the word and its subject.

use crate::detectors::Finding;
use crate::lexicon::{
    Words, PERSON_PRONOUNS, POPULATION_NOUNS, ROLE_NOUNS, SINGULAR_DETS, TOPIC_CUES,
};
use crate::text::{Doc, F_DIGIT};

/// Per-sentence facts.
#[derive(Clone, Copy, Debug, Default)]
pub struct SentenceCtx {
    /// A specific individual is mentioned (name, title, pronoun, "notre
    /// bénéficiaire", "one of our members").
    pub individual: bool,
    /// Words typical of a general topic (workshop, prevention, article...).
    pub topic: bool,
    /// A quantity about the association's population ("60 % de nos
    /// adhérents", "most of our beneficiaries").
    pub aggregate: bool,
    /// The association speaks of itself ("notre", "nous", "our", "we").
    pub ours: bool,
}

static QUANTIFIERS: Words = Words::new(&[
    "majoritairement",
    "majorite",
    "plupart",
    "moitie",
    "tiers",
    "quart",
    "pourcent",
    "minorite",
    "proportion",
    "part",
    "most",
    "majority",
    "half",
    "third",
    "quarter",
    "percent",
    "share",
    "proportion",
    "minority",
]);

/// Words linking a subject to an attribute ("est", "souffre", "has").
pub static LINKS: Words = Words::new(&[
    "est",
    "etait",
    "sont",
    "a",
    "avait",
    "ont",
    "fait",
    "suit",
    "souffre",
    "souffrant",
    "atteint",
    "atteinte",
    "diagnostique",
    "diagnostiquee",
    "traite",
    "traitee",
    "sous",
    "traitement",
    "porte",
    "vote",
    "votent",
    "milite",
    "pratique",
    "devenu",
    "devenue",
    "reste",
    "reconnu",
    "reconnue",
    "confie",
    "qu",
    "etre",
    "is",
    "was",
    "are",
    "has",
    "had",
    "have",
    "suffers",
    "suffering",
    "diagnosed",
    "treated",
    "takes",
    "votes",
    "became",
    "being",
    "son",
    "sa",
    "ses",
    "his",
    "her",
    "my",
    "mon",
    "ma",
    "mes",
    "leur",
    "their",
    "sort",
    "sorti",
    "sortie",
]);

/// Computes the context of every sentence.  `persons` are PERSON findings.
pub fn sentences(doc: &Doc, persons: &[Finding]) -> Vec<SentenceCtx> {
    let mut out = Vec::with_capacity(doc.sentences.len());
    let mut p = 0usize;
    for &(s0, s1) in &doc.sentences {
        let mut c = SentenceCtx::default();
        if s1 <= s0 {
            out.push(c);
            continue;
        }
        let start = doc.tokens[s0].start as usize;
        let end = doc.tokens[s1 - 1].end as usize;
        while p < persons.len() && persons[p].end <= start {
            p += 1;
        }
        c.individual = persons[p..]
            .iter()
            .take_while(|f| f.start < end)
            .any(|f| f.end > start);
        let mut pct = false;
        let mut population = false;
        for i in s0..s1 {
            let f = doc.f(i);
            if PERSON_PRONOUNS.has(f) {
                c.individual = true;
            }
            if SINGULAR_DETS.has(f) {
                let next_role = (i + 1..(i + 3).min(s1)).any(|k| ROLE_NOUNS.has(doc.f(k)));
                if next_role {
                    c.individual = true;
                }
            }
            // "un de nos adhérents", "one of our members"
            if matches!(f, "un" | "une" | "one")
                && doc.is(i + 1, &["de", "des", "d", "of"])
                && doc.is(i + 2, &["nos", "our", "vos", "your", "mes", "my"])
            {
                c.individual = true;
            }
            if TOPIC_CUES.has(f) {
                c.topic = true;
            }
            if QUANTIFIERS.has(f)
                || doc.gap_before(i + 1).contains('%') && doc.tokens[i].has(F_DIGIT)
            {
                pct = true;
            }
            if POPULATION_NOUNS.has(f)
                && i > s0
                && doc.is(i - 1, &["nos", "our", "des", "les", "the", "of", "de", "d"])
            {
                population = true;
            }
            if matches!(f, "notre" | "nos" | "nous" | "our" | "we" | "us") {
                c.ours = true;
            }
        }
        if doc.text.get(start..end).is_some_and(|s| s.contains('%')) {
            pct = true;
        }
        c.aggregate = pct && population;
        out.push(c);
    }
    out
}

/// Whether one of the `before` tokens preceding token `i` (same sentence)
/// is a link word.
///
/// "c'est" is not a link (it introduces a generality, not a subject), and a
/// subject pronoun right before the word is one ("elle porte le voile").
pub fn linked(doc: &Doc, i: usize, before: usize) -> bool {
    let s = doc.tokens.get(i).map_or(0, |t| t.sentence);
    let link = (i.saturating_sub(before)..i).any(|k| {
        doc.tokens[k].sentence == s
            && LINKS.has(doc.f(k))
            && !(k > 0 && doc.f(k) == "est" && doc.is(k - 1, &["c", "ce"]))
    });
    let subject = (i.saturating_sub(2)..i).any(|k| {
        doc.tokens[k].sentence == s && doc.is(k, &["il", "elle", "he", "she", "je", "j", "i"])
    });
    link || subject
}
