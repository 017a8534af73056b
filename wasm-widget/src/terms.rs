//! Multi-word term matching over folded tokens, shared by the sensitive
//! (GDPR art. 9) and strategic vocabularies.
//!
//! Terms are written folded ("arret maladie"); a trailing `*` on the last
//! word makes it a prefix ("diabet*" matches "diabète", "diabétique").
//! Lookup is by the first word: an exact map, plus a map of stems keyed by
//! their first four bytes, so each token costs two hash probes whatever the
//! number of terms.

use crate::lexicon::FxBuild;
use crate::text::Doc;
use std::collections::HashMap;

struct Term<T: Copy> {
    words: Vec<&'static str>,
    prefix_last: bool,
    data: T,
}

/// Compiled term list.
pub struct Terms<T: Copy> {
    terms: Vec<Term<T>>,
    exact: HashMap<&'static str, Vec<usize>, FxBuild>,
    /// Single-word stems keyed by their first `KEY` bytes.
    prefix: HashMap<&'static str, Vec<usize>, FxBuild>,
    /// Stems shorter than `KEY` bytes, checked one by one.
    short: Vec<usize>,
}

const KEY: usize = 4;

/// One match: token range `[first, last]` and the payload.
#[derive(Clone, Copy, Debug)]
pub struct Hit<T: Copy> {
    pub first: usize,
    pub last: usize,
    pub data: T,
}

impl<T: Copy> Terms<T> {
    pub fn new(defs: &[(&'static str, T)]) -> Terms<T> {
        let mut t = Terms {
            terms: Vec::new(),
            exact: HashMap::default(),
            prefix: HashMap::default(),
            short: Vec::new(),
        };
        for &(text, data) in defs {
            let mut words: Vec<&'static str> = text.split(' ').filter(|w| !w.is_empty()).collect();
            let Some(last) = words.last_mut() else {
                continue;
            };
            let prefix_last = last.ends_with('*');
            if prefix_last {
                *last = last.trim_end_matches('*');
            }
            let idx = t.terms.len();
            let first = words[0];
            if words.len() == 1 && prefix_last {
                match first.get(..KEY) {
                    Some(key) if first.len() >= KEY => t.prefix.entry(key).or_default().push(idx),
                    _ => t.short.push(idx),
                }
            } else {
                t.exact.entry(first).or_default().push(idx);
            }
            t.terms.push(Term {
                words,
                prefix_last,
                data,
            });
        }
        t
    }

    fn matches_from(&self, doc: &Doc, i: usize, term: &Term<T>) -> Option<usize> {
        let n = term.words.len();
        for (k, w) in term.words.iter().enumerate() {
            let tok = i + k;
            if tok >= doc.tokens.len()
                || (k > 0 && doc.tokens[tok].sentence != doc.tokens[i].sentence)
            {
                return None;
            }
            let f = doc.f(tok);
            let ok = if k + 1 == n && term.prefix_last {
                f.starts_with(w)
            } else {
                f == *w
            };
            if !ok {
                return None;
            }
        }
        Some(i + n - 1)
    }

    /// Every match in the document, longest first at each position, with
    /// matches not overlapping.  `skip[i]` excludes tokens (public names).
    pub fn find(&self, doc: &Doc, skip: &[bool]) -> Vec<Hit<T>> {
        let mut out = Vec::new();
        let n = doc.tokens.len();
        let mut i = 0;
        while i < n {
            if skip.get(i).copied().unwrap_or(false) {
                i += 1;
                continue;
            }
            let f = doc.f(i);
            let mut best: Option<(usize, T)> = None;
            let consider = |idx: &usize, best: &mut Option<(usize, T)>| {
                if let Some(t) = self.terms.get(*idx) {
                    if let Some(last) = self.matches_from(doc, i, t) {
                        if best.is_none_or(|(b, _)| last > b) {
                            *best = Some((last, t.data));
                        }
                    }
                }
            };
            if let Some(v) = self.exact.get(f) {
                v.iter().for_each(|idx| consider(idx, &mut best));
            }
            if let Some(v) = f.get(..KEY).and_then(|p| self.prefix.get(p)) {
                v.iter().for_each(|idx| consider(idx, &mut best));
            }
            self.short.iter().for_each(|idx| consider(idx, &mut best));
            match best {
                Some((last, data)) => {
                    out.push(Hit {
                        first: i,
                        last,
                        data,
                    });
                    i = last + 1;
                }
                None => i += 1,
            }
        }
        out
    }
}
