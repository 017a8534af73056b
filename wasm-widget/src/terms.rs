//! Multi-word term matching over folded tokens, shared by the sensitive
//! (GDPR art. 9) and strategic vocabularies.
//!
//! Terms are written folded ("arret maladie"); a trailing `*` on the last
//! word makes it a prefix ("diabet*" matches "diabète", "diabétique").
//!
//! Why this layout: almost no token starts a term, so the common case must
//! cost next to nothing.  The first words of exact terms are registered in
//! the lexicon under one class bit (see [`Terms::first_words`]), which
//! [`crate::text::Doc`] already looked up: one bit test.  Single-word stems
//! are keyed by their first four bytes, pre-filtered by a 1024-bit set.
//! Only tokens passing either test reach the sorted candidate lists.

use crate::lexicon::Class;
use crate::text::Doc;

struct Term<T: Copy> {
    words: Vec<&'static str>,
    prefix_last: bool,
    data: T,
}

/// Compiled term list.
pub struct Terms<T: Copy> {
    terms: Vec<Term<T>>,
    /// Class bit set on tokens that are the first word of an exact term.
    class: Class,
    /// `(first word, term index)`, sorted.
    exact: Vec<(&'static str, usize)>,
    /// Single-word stems: `(first KEY bytes, term index)`, sorted.
    prefix: Vec<(u32, usize)>,
    /// Bloom-like filter over the keys of `prefix`.
    prefix_bits: [u64; 16],
    /// Stems shorter than `KEY` bytes, checked one by one.
    short: Vec<usize>,
}

const KEY: usize = 4;

fn key(w: &str) -> Option<u32> {
    let b = w.as_bytes().get(..KEY)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn key_bit(k: u32) -> (usize, u64) {
    let h = (k.wrapping_mul(0x9e37_79b1) >> 22) as usize; // 10 bits
    (h >> 6, 1u64 << (h & 63))
}

/// One match: token range `[first, last]` and the payload.
#[derive(Clone, Copy, Debug)]
pub struct Hit<T: Copy> {
    pub first: usize,
    pub last: usize,
    pub data: T,
}

/// Splits a term definition into its words and whether the last is a stem.
fn parse(text: &'static str) -> Option<(Vec<&'static str>, bool)> {
    let mut words: Vec<&'static str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    let last = words.last_mut()?;
    let prefix_last = last.ends_with('*');
    if prefix_last {
        *last = last.trim_end_matches('*');
    }
    Some((words, prefix_last))
}

impl<T: Copy> Terms<T> {
    /// The words the lexicon must tag with this list's class bit: first
    /// words of every term that is not a single stem.
    pub fn first_words(
        defs: impl Iterator<Item = &'static str>,
    ) -> impl Iterator<Item = &'static str> {
        defs.filter_map(parse)
            .filter(|(w, p)| !(w.len() == 1 && *p))
            .map(|(w, _)| w[0])
    }

    /// Compiles `defs`; `class` is the bit the lexicon gives to the first
    /// words listed by [`Terms::first_words`].
    pub fn new(defs: &[(&'static str, T)], class: Class) -> Terms<T> {
        let mut t = Terms {
            terms: Vec::new(),
            class,
            exact: Vec::new(),
            prefix: Vec::new(),
            prefix_bits: [0; 16],
            short: Vec::new(),
        };
        for &(text, data) in defs {
            let Some((words, prefix_last)) = parse(text) else {
                continue;
            };
            let idx = t.terms.len();
            let first = words[0];
            if words.len() == 1 && prefix_last {
                match key(first) {
                    Some(k) => {
                        t.prefix.push((k, idx));
                        let (w, bit) = key_bit(k);
                        t.prefix_bits[w] |= bit;
                    }
                    None => t.short.push(idx),
                }
            } else {
                t.exact.push((first, idx));
            }
            t.terms.push(Term {
                words,
                prefix_last,
                data,
            });
        }
        // the term index breaks ties: definition order among equal keys
        crate::sort::sort(&mut t.exact);
        crate::sort::sort(&mut t.prefix);
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
            let tok = &doc.tokens[i];
            let exact = tok.class & self.class != 0;
            let f = doc.f(i);
            let stem_key = key(f).filter(|&k| {
                let (w, bit) = key_bit(k);
                self.prefix_bits[w] & bit != 0
            });
            if !exact && stem_key.is_none() && self.short.is_empty()
                || skip.get(i).copied().unwrap_or(false)
            {
                i += 1;
                continue;
            }
            let mut best: Option<(usize, usize)> = None; // (last token, term)
            let mut consider = |idx: usize| {
                if let Some(t) = self.terms.get(idx) {
                    if let Some(last) = self.matches_from(doc, i, t) {
                        // longest wins; among equals, the first considered
                        // (exact terms, then stems, each in definition order)
                        if best.is_none_or(|(b, _)| last > b) {
                            best = Some((last, idx));
                        }
                    }
                }
            };
            if exact {
                let from = self.exact.partition_point(|e| e.0 < f);
                for &(w, idx) in &self.exact[from..] {
                    if w != f {
                        break;
                    }
                    consider(idx);
                }
            }
            if let Some(k) = stem_key {
                let from = self.prefix.partition_point(|p| p.0 < k);
                for &(pk, idx) in &self.prefix[from..] {
                    if pk != k {
                        break;
                    }
                    consider(idx);
                }
            }
            self.short.iter().for_each(|&idx| consider(idx));
            match best {
                Some((last, idx)) => {
                    out.push(Hit {
                        first: i,
                        last,
                        data: self.terms[idx].data,
                    });
                    i = last + 1;
                }
                None => i += 1,
            }
        }
        out
    }
}
