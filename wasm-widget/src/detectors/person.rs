//! People's names.  A name is recognised from evidence, not from a capital
//! letter alone: a courtesy title ("Mme Martin"), a known first name (INSEE
//! list), a known surname next to another capitalised word, a greeting or
//! signature, "la famille X".  Capitalised words that are not people —
//! weekdays, months, towns after a preposition, street and building names,
//! the association's own and partners' names (vocabulary), common nouns —
//! are excluded.

use super::Finding;
use crate::lexicon::class::{
    CONNECTOR, FIRST_NAME, GREETING, NOT_NAME, PLACE, PLACE_NOUN, PREPOSITION, SURNAME, TITLE,
};
use crate::report::EntityType;
use crate::text::{Doc, F_ALPHA, F_CAP, F_DIGIT, F_HAS_DIGIT, F_SENT, F_UPPER, G_PUNCT, G_SPACES};

pub(crate) const CONNECTORS: &[&str] = &[
    "de", "des", "du", "la", "le", "l", "d", "of", "the", "et", "and", "en", "sur", "sous", "aux",
];
pub(crate) const PREPOSITIONS: &[&str] = &[
    "a", "de", "d", "en", "in", "at", "from", "near", "sur", "vers", "to", "pres", "depuis", "par",
    "of",
];
pub(crate) const GREETINGS: &[&str] = &[
    "bonjour",
    "bonsoir",
    "cher",
    "chere",
    "salut",
    "coucou",
    "dear",
    "hi",
    "hello",
    "bises",
    "cordialement",
    "amities",
    "thanks",
    "regards",
    "merci",
    "hey",
];

/// Marks tokens that belong to a place or institution name: capitalised
/// words following a place noun ("rue Jean Jaurès"), possibly through
/// connectors ("rue de la Paix").
fn place_mask(doc: &Doc) -> Vec<bool> {
    let n = doc.tokens.len();
    let mut mask = vec![false; n];
    let mut chain = false; // inside "place noun (connector|Cap)*"
    for (m, t) in mask.iter_mut().zip(&doc.tokens) {
        if t.gap & G_PUNCT != 0 {
            chain = false;
        }
        let cap = t.has(F_CAP);
        if t.is(PLACE_NOUN) {
            chain = true;
            *m = cap;
            continue;
        }
        if chain && cap {
            *m = true;
        } else if chain && t.is(CONNECTOR) && !cap {
            // keep the chain going
        } else {
            chain = false;
        }
    }
    mask
}

struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    blocked: Vec<bool>,
}

impl Ctx<'_, '_> {
    fn cap(&self, i: usize) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.has(F_CAP) && t.has(F_ALPHA) && !t.has(F_DIGIT))
            && !self.blocked[i]
    }

    /// A capitalised word that could be part of a name.
    fn namey(&self, i: usize) -> bool {
        if !self.cap(i) {
            return false;
        }
        let t = &self.doc.tokens[i];
        let len = t.fend - t.fstart;
        if len < 2 || t.is(NOT_NAME) || t.has(F_HAS_DIGIT) {
            return false;
        }
        if t.has(F_UPPER) && len <= 4 && !t.is(SURNAME | FIRST_NAME) {
            return false; // acronym: CGT, RSA, CAF
        }
        true
    }

    /// A town named after a preposition ("à Nancy", "from Lyon").
    fn town(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        t.is(PLACE) && (i > 0 && self.doc.class_is(i - 1, PREPOSITION) || !t.is(FIRST_NAME))
    }

    fn same_phrase(&self, i: usize) -> bool {
        // token i continues the name started before it: same sentence, only
        // spaces or a hyphen in between
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.gap & G_SPACES != 0)
    }

    /// Extends a name from `i` over following name-like words (max 3).
    fn extend(&self, i: usize, max_more: usize) -> usize {
        let mut last = i;
        let mut k = i + 1;
        while k < self.doc.tokens.len()
            && k <= i + max_more
            && self.same_phrase(k)
            && self.namey(k)
            && !self.town(k)
        {
            last = k;
            k += 1;
        }
        last
    }

    fn title_at(&self, i: usize) -> bool {
        if !self.doc.class_is(i, TITLE) {
            return false;
        }
        let f = self.doc.f(i);
        let raw = self.doc.raw(i);
        let dot = self
            .doc
            .tokens
            .get(i + 1)
            .is_some_and(|_| self.doc.gap_before(i + 1).starts_with('.'));
        match f {
            "m" => raw == "M" && dot,
            "me" => raw == "Me" && dot,
            "pr" | "dr" | "mr" | "mrs" | "ms" | "mme" | "mlle" | "mmes" => {
                raw.starts_with(|c: char| c.is_uppercase()) || dot
            }
            _ => true,
        }
    }
}

/// Finds names.  `public[i]` is true for tokens inside a vocabulary public
/// name (programmes, partners, the association itself).
pub fn find(doc: &Doc, public: &[bool], out: &mut Vec<Finding>) {
    let n = doc.tokens.len();
    let places = place_mask(doc);
    let blocked: Vec<bool> = (0..n)
        .map(|i| public.get(i).copied().unwrap_or(false) || places[i])
        .collect();
    let cx = Ctx { doc, blocked };
    let mut i = 0;
    let push = |out: &mut Vec<Finding>, a: usize, b: usize| {
        out.push(Finding::new(
            EntityType::Person,
            doc.tokens[a].start as usize,
            doc.tokens[b].end as usize,
        ));
    };
    while i < n {
        let t = doc.tokens[i];
        // Every rule below starts on a title, a greeting, "famille" or a
        // capitalised word: skip the other words with two bit tests.
        if !t.is(TITLE | GREETING) && !t.has(F_CAP) && !matches!(doc.f(i), "famille" | "family") {
            i += 1;
            continue;
        }
        let f = doc.f(i);
        // 1. courtesy title, possibly "M. et Mme Nguyen"
        if cx.title_at(i) {
            let mut j = i + 1;
            if doc.is(j, &["et", "and", "&"]) && cx.title_at(j + 1) {
                j += 2;
            }
            if j < n
                && cx.cap(j)
                && !doc.class_is(j, NOT_NAME)
                && doc.tokens[j].sentence == doc.tokens[i].sentence
            {
                let last = cx.extend(j, 2);
                push(out, i, last);
                i = last + 1;
                continue;
            }
        }
        // 2. greeting or signature followed by a capitalised word
        if t.is(GREETING)
            && i + 1 < n
            && cx.cap(i + 1)
            && !doc.class_is(i + 1, NOT_NAME)
            && !cx.town(i + 1)
        {
            let g = doc.gap_before(i + 1);
            if g.len() <= 3 && !g.contains('\n') || g.trim() == "," {
                let last = cx.extend(i + 1, 1);
                push(out, i + 1, last);
                i = last + 1;
                continue;
            }
        }
        // 3. "la famille Diallo", "the Smith family"
        if (f == "famille" || f == "family")
            && i + 1 < n
            && cx.namey(i + 1)
            && cx.same_phrase(i + 1)
        {
            push(out, i + 1, i + 1);
            i += 2;
            continue;
        }
        if !cx.namey(i) || cx.town(i) {
            i += 1;
            continue;
        }
        let next_namey = i + 1 < n && cx.same_phrase(i + 1) && cx.namey(i + 1) && !cx.town(i + 1);
        // 4. known first name, alone or followed by a surname
        if t.is(FIRST_NAME) {
            let last = cx.extend(i, 2);
            push(out, i, last);
            i = last + 1;
            continue;
        }
        // 5. unknown capitalised word + known surname or ALL-CAPS surname
        if next_namey {
            let nt = doc.tokens[i + 1];
            let upper = nt.has(F_UPPER) && nt.fend - nt.fstart >= 3;
            if nt.is(SURNAME) || upper || t.is(SURNAME) && nt.is(FIRST_NAME) {
                let last = cx.extend(i + 1, 1);
                push(out, i, last);
                i = last + 1;
                continue;
            }
        }
        // 6. known surname alone, mid-sentence
        if t.is(SURNAME) && !t.has(F_SENT) && !t.is(PLACE) {
            push(out, i, i);
        }
        i += 1;
    }
    second_mentions(&cx, out);
}

/// Once "Jean Dupont" is found, a later "Dupont" alone (even at a sentence
/// start, where rule 6 stays silent) is the same person.
fn second_mentions(cx: &Ctx, out: &mut Vec<Finding>) {
    let doc = cx.doc;
    // (hash, folded word) of every word of the names found, sorted
    let mut words: Vec<(u32, &str)> = Vec::new();
    for f in out.iter() {
        let a = doc.token_at_or_after(f.start);
        let b = doc.token_at_or_after(f.end);
        for k in a..b {
            let t = &doc.tokens[k];
            let w = doc.f(k);
            if w.len() >= 3 && !t.is(TITLE | NOT_NAME) {
                words.push((t.hash, w));
            }
        }
    }
    crate::sort::sort(&mut words);
    words.dedup();
    if words.is_empty() {
        return;
    }
    let mut covered = vec![false; doc.tokens.len()];
    for f in out.iter() {
        let (a, b) = (doc.token_at_or_after(f.start), doc.token_at_or_after(f.end));
        covered[a..b].iter_mut().for_each(|c| *c = true);
    }
    let mut extra = Vec::new();
    for (k, c) in covered.iter().enumerate() {
        if *c || !cx.cap(k) {
            continue;
        }
        let t = &doc.tokens[k];
        let from = words.partition_point(|&(h, _)| h < t.hash);
        let known = words[from..]
            .iter()
            .take_while(|&&(h, _)| h == t.hash)
            .any(|&(_, w)| w == doc.f(k));
        if known {
            extra.push(Finding::new(
                EntityType::Person,
                t.start as usize,
                t.end as usize,
            ));
        }
    }
    out.extend(extra);
    crate::sort::sort_by_key(out, |f| (f.start, f.end));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<String> {
        let d = Doc::new(t);
        let mut v = Vec::new();
        find(&d, &vec![false; d.tokens.len()], &mut v);
        v.iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn finds_people_not_places() {
        assert_eq!(names("Rédige un email à Jean Dupont."), ["Jean Dupont"]);
        assert_eq!(names("Peux-tu écrire à Mme Girard ?"), ["Mme Girard"]);
        assert_eq!(names("M. et Mme Nguyen viendront."), ["M. et Mme Nguyen"]);
        assert!(names("Rendez-vous mardi à Nancy, rue Victor Hugo, le 3 Mars.").is_empty());
        assert!(names("Merci à la Ville de Montreuil.").is_empty());
    }
}
