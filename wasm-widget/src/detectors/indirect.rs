//! Indirect identification (method, category 3): no name, but details that
//! single one person out.
//!
//! - Uniqueness: "la seule bénéficiaire qui…", "the only volunteer who…".
//! - A definite individual with a specific detail: "le garçon qui vient le
//!   mercredi", "le jeune de 17 ans qui…".
//! - A relative of a named role: "le fils de notre présidente".
//! - Combinations in one sentence about someone: age + place + situation
//!   (any two), as the method puts it ("âge + ville + situation").
//! - Statistics about the association's public: grey (reported, precaution).

use super::{Finding, Why};
use crate::context::SentenceCtx;
use crate::lexicon::class::{
    DEFINITE as DEFINITE_CLASS, KIN as KIN_CLASS, PLACE, RESIDENCE as RESIDENCE_CLASS, ROLE_NOUN,
    SITUATION as SITUATION_CLASS, UNIQUE, WEEKDAY,
};
use crate::report::EntityType;
use crate::text::{Doc, F_CAP, F_DIGIT, F_HAS_DIGIT};

pub(crate) const WEEKDAYS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lundis",
    "mardis",
    "mercredis",
    "jeudis",
    "vendredis",
    "samedis",
    "dimanches",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
];
pub(crate) const DEFINITE: &[&str] =
    &["le", "la", "l", "the", "ce", "cette", "cet", "that", "this"];
pub(crate) const KIN: &[&str] = &[
    "fils",
    "fille",
    "mere",
    "pere",
    "femme",
    "mari",
    "epouse",
    "epoux",
    "frere",
    "soeur",
    "neveu",
    "niece",
    "cousin",
    "cousine",
    "compagnon",
    "compagne",
    "son",
    "daughter",
    "wife",
    "husband",
    "mother",
    "father",
    "brother",
    "sister",
    "partner",
    "nephew",
    "niece",
];
pub(crate) const RESIDENCE: &[&str] = &[
    "vivant",
    "vit",
    "habite",
    "habitant",
    "loge",
    "originaire",
    "domicilie",
    "domiciliee",
    "residant",
    "lives",
    "living",
    "vient",
    "venu",
    "venue",
    "arrive",
    "arrivee",
    "born",
    "from",
];
pub(crate) const SITUATION: &[&str] = &[
    "isolee",
    "isole",
    "seule",
    "seul",
    "chomage",
    "chomeur",
    "chomeuse",
    "rsa",
    "veuf",
    "veuve",
    "divorce",
    "divorcee",
    "separee",
    "separe",
    "sdf",
    "expulse",
    "expulsee",
    "celibataire",
    "monoparentale",
    "enfants",
    "etudiant",
    "etudiante",
    "retraite",
    "retraitee",
    "single",
    "unemployed",
    "widow",
    "widower",
    "divorced",
    "homeless",
    "retired",
    "jobless",
    "mother",
    "father",
    "pregnant",
];

fn is_age(doc: &Doc, i: usize) -> bool {
    // an age always has a digit: skip every other word with one bit test
    if !doc.tokens.get(i).is_some_and(|t| t.has(F_HAS_DIGIT)) {
        return false;
    }
    let f = doc.f(i);
    // "34-year-old"
    if f.contains("-year")
        && f.split('-')
            .next()
            .is_some_and(|n| n.parse::<u32>().is_ok_and(|v| v > 0 && v < 111))
    {
        return true;
    }
    if !doc.tokens.get(i).is_some_and(|t| t.has(F_DIGIT))
        || !f.parse::<u32>().is_ok_and(|v| v > 0 && v < 111)
    {
        return false;
    }
    let before = if i > 0 { doc.f(i - 1) } else { "" };
    if matches!(
        before,
        "depuis" | "pendant" | "dans" | "for" | "since" | "in" | "durant" | "y"
    ) {
        return false;
    }
    doc.is(i + 1, &["ans", "an"])
        || before == "aged"
        || doc.is(i + 1, &["years"]) && doc.is(i + 2, &["old"])
}

fn clause_end(doc: &Doc, from: usize, max: usize) -> usize {
    let n = doc.tokens.len();
    let mut last = from;
    let mut k = from + 1;
    while k < n && k <= from + max && doc.tokens[k].sentence == doc.tokens[from].sentence {
        if doc.gap_before(k).contains([',', ':', '(']) {
            break;
        }
        last = k;
        k += 1;
    }
    last
}

/// Finds indirect identification.  `ctx` is per sentence.
pub fn find(doc: &Doc, ctx: &[SentenceCtx], out: &mut Vec<Finding>) {
    let n = doc.tokens.len();
    let span = |a: usize, b: usize| (doc.tokens[a].start as usize, doc.tokens[b].end as usize);
    let mut i = 0;
    while i < n {
        let t = doc.tokens[i];
        if !t.is(UNIQUE | DEFINITE_CLASS | KIN_CLASS) {
            i += 1;
            continue;
        }
        // uniqueness
        if t.is(UNIQUE) && i > 0 && doc.is(i - 1, &["le", "la", "l", "the", "un", "une"]) {
            if let Some(r) = (i + 1..(i + 4).min(n)).find(|&k| doc.class_is(k, ROLE_NOUN)) {
                let end = clause_end(doc, r, 8);
                let (a, b) = span(i - 1, end);
                out.push(Finding::new(EntityType::IndirectId, a, b).why(Why::Unique));
                i = end + 1;
                continue;
            }
        }
        // definite individual + relative clause with a specific detail
        if t.is(DEFINITE_CLASS) && doc.class_is(i + 1, ROLE_NOUN) {
            let r = i + 1;
            let end = clause_end(doc, r, 12);
            let has_rel = (r + 1..=end.min(r + 6)).any(|k| doc.is(k, &["qui", "who", "that"]));
            let detail = (r + 1..=end).any(|k| doc.class_is(k, WEEKDAY) || is_age(doc, k));
            if has_rel && detail {
                let (a, b) = span(i, end);
                out.push(Finding::new(EntityType::IndirectId, a, b).why(Why::Unique));
                i = end + 1;
                continue;
            }
        }
        // relative of a role: "le fils de notre présidente"
        if t.is(KIN_CLASS)
            && i > 0
            && doc.class_is(i - 1, DEFINITE_CLASS)
            && doc.is(i + 1, &["de", "du", "of"])
        {
            let mut k = i + 2;
            if doc.is(
                k,
                &[
                    "notre", "votre", "la", "le", "l", "our", "the", "your", "mon", "ma", "my",
                ],
            ) {
                k += 1;
            }
            if k < n && doc.class_is(k, ROLE_NOUN) && !doc.tokens[k].has(F_CAP) {
                let (a, b) = span(i - 1, k);
                out.push(Finding::new(EntityType::IndirectId, a, b).why(Why::Unique));
                i = k + 1;
                continue;
            }
        }
        i += 1;
    }
    // combinations, sentence by sentence
    for (s, &(s0, s1)) in doc.sentences.iter().enumerate() {
        let c = ctx.get(s).copied().unwrap_or_default();
        let mut first = usize::MAX;
        let mut last = 0;
        let (mut age, mut place, mut situation) = (false, false, false);
        for k in s0..s1 {
            let tk = doc.tokens[k];
            if !tk.is(RESIDENCE_CLASS | SITUATION_CLASS) && !tk.has(F_HAS_DIGIT) {
                continue;
            }
            let mut hit = false;
            if is_age(doc, k) {
                age = true;
                hit = true;
            }
            if tk.is(RESIDENCE_CLASS) {
                let target = (k + 1..(k + 4).min(s1))
                    .find(|&t| doc.tokens[t].has(F_CAP) || doc.tokens[t].is(PLACE));
                if let Some(t) = target {
                    place = true;
                    first = first.min(k);
                    last = last.max(t);
                }
            }
            if tk.is(SITUATION_CLASS) {
                situation = true;
                hit = true;
            }
            if hit {
                first = first.min(k);
                last = last.max(if is_age(doc, k) { k + 1 } else { k });
            }
        }
        let signals = usize::from(age) + usize::from(place) + usize::from(situation);
        if signals >= 2 && c.individual && first <= last && last < s1 {
            let (a, b) = span(first, last);
            out.push(Finding::new(EntityType::IndirectId, a, b).why(Why::Combination));
        } else if c.aggregate && !c.topic {
            // statistics about the association's public: grey zone
            let (a, b) = span(s0, s1 - 1);
            out.push(
                Finding::new(EntityType::IndirectId, a, b)
                    .why(Why::Aggregate)
                    .grey(),
            );
        }
    }
}
