//! The terms of one page, each with the best place it occurs in, from words every page repeats.
//!
//! A handbook's pages share most of their words, and making a word a term (folding checks, stop
//! words, stemming) and copying it costs far more than finding it again: each thread remembers
//! the terms of the words it has read, for every page it indexes, and a page only collects the
//! term numbers of its words. Memory stays bounded: past [`WORDS_KEPT`] words, a thread starts
//! again from nothing (a vocabulary that large is rare, and only makes the next pages as slow as
//! reading each word afresh). What a page gives does not depend on what the thread read before.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::tokenize::{for_each_word, term, Lang};

/// How many distinct words a thread remembers before it forgets them all: a few megabytes.
const WORDS_KEPT: usize = 1 << 16;

/// A word that makes no term (a stop word, a lone letter).
const NO_TERM: u32 = u32::MAX;

thread_local! {
    static KNOWN: RefCell<KnownWords> = RefCell::new(KnownWords::default());
}

/// The words a thread has read, with their terms, and the marks of the page it is reading.
#[derive(Default)]
struct KnownWords {
    /// The language the terms were made for.
    lang: Option<Lang>,
    /// Word → number of its term in `terms`, or [`NO_TERM`].
    words: FxHashMap<Box<str>, u32>,
    /// The terms, by number; two words may have the same term (`donnée`, `données`), each its own
    /// number: a page's list merges them.
    terms: Vec<Box<str>>,
    /// For each term number, the page that last met it ([`KnownWords::page`]) …
    met_on: Vec<u32>,
    /// … and where in that page's list it is.
    at: Vec<u32>,
    /// The page being read, counted from 1 on this thread.
    page: u32,
}

impl KnownWords {
    /// Starts a new page in `lang`, forgetting everything if the language changed or too many
    /// words are remembered.
    fn start(&mut self, lang: Lang) {
        if self.lang != Some(lang) || self.words.len() > WORDS_KEPT || self.page == u32::MAX {
            *self = KnownWords {
                lang: Some(lang),
                ..KnownWords::default()
            };
        }
        self.page += 1;
    }

    /// The term number of `word`, made once per thread.
    fn term_of(&mut self, word: &str, lang: Lang) -> u32 {
        if let Some(&n) = self.words.get(word) {
            return n;
        }
        let n = match term(word, lang) {
            Some(t) => {
                self.terms.push(t.into_boxed_str());
                self.met_on.push(0);
                self.at.push(0);
                (self.terms.len() - 1) as u32
            }
            None => NO_TERM,
        };
        self.words.insert(word.into(), n);
        n
    }
}

/// The terms of a page in `lang`, each with the best (smallest) place it occurs in, sorted by term.
/// `read` calls the function it is given with each text of the page and that text's place.
pub(super) fn best_places<P: Copy + Ord>(
    lang: Lang,
    read: impl FnOnce(&mut dyn FnMut(&str, P)),
) -> Vec<(String, P)> {
    KNOWN.with(|known| {
        let known = &mut *known.borrow_mut();
        known.start(lang);
        let page = known.page;
        // (term number, best place) in the order the page first has them.
        let mut places: Vec<(u32, P)> = Vec::new();
        read(&mut |text, place| {
            for_each_word(text, |word| {
                let n = known.term_of(word, lang);
                if n == NO_TERM {
                    return;
                }
                let i = n as usize;
                if known.met_on[i] == page {
                    let best = &mut places[known.at[i] as usize].1;
                    *best = (*best).min(place);
                } else {
                    known.met_on[i] = page;
                    known.at[i] = places.len() as u32;
                    places.push((n, place));
                }
            });
        });
        let mut best: Vec<(&str, P)> = places
            .into_iter()
            .map(|(n, place)| (&*known.terms[n as usize], place))
            .collect();
        best.sort_unstable();
        // Two words of one term: the first of the sorted pair has the better place.
        best.dedup_by(|later, first| later.0 == first.0);
        best.into_iter()
            .map(|(term, place)| (term.to_string(), place))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(lang: Lang, texts: &[(&str, u8)]) -> Vec<(String, u8)> {
        best_places(lang, |add| {
            for (text, place) in texts {
                add(text, *place);
            }
        })
    }

    /// The same reading without anything remembered: every word made a term afresh.
    fn fresh(lang: Lang, texts: &[(&str, u8)]) -> Vec<(String, u8)> {
        let mut best: std::collections::BTreeMap<String, u8> = Default::default();
        for (text, place) in texts {
            for_each_word(text, |word| {
                if let Some(t) = term(word, lang) {
                    let p = best.entry(t).or_insert(*place);
                    *p = (*p).min(*place);
                }
            });
        }
        best.into_iter().collect()
    }

    #[test]
    fn a_term_keeps_its_best_place_whichever_word_gives_it() {
        let texts = [
            ("Les données du projet", 4),
            ("Une donnée personnelle", 1),
            ("le projet", 3),
        ];
        let got = places(Lang::French, &texts);
        assert_eq!(got, fresh(Lang::French, &texts));
        assert!(got.contains(&("don".to_string(), 1)), "{got:?}");
        assert!(got.contains(&("projet".to_string(), 3)), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t == "les" || t == "le"));
    }

    #[test]
    fn what_a_thread_read_before_changes_nothing() {
        let first = [("Préparer une demande de subvention", 2u8)];
        let second = [("La subvention demandée", 5u8), ("Préparer", 0)];
        let alone = places(Lang::French, &second);
        places(Lang::French, &first);
        assert_eq!(places(Lang::French, &second), alone);
        assert_eq!(alone, fresh(Lang::French, &second));
        // Another language: the words are made terms again, by its rules.
        let english = [("The members' meetings", 1u8)];
        assert_eq!(
            places(Lang::English, &english),
            fresh(Lang::English, &english)
        );
        assert_eq!(places(Lang::French, &second), alone);
    }

    #[test]
    fn a_thread_that_read_too_many_words_starts_again() {
        let many: String = (0..WORDS_KEPT + 10).map(|n| format!("mot{n} ")).collect();
        let texts = [(many.as_str(), 3u8)];
        assert_eq!(places(Lang::French, &texts).len(), WORDS_KEPT + 10);
        let after = [("encore un texte", 1u8)];
        assert_eq!(places(Lang::French, &after), fresh(Lang::French, &after));
        KNOWN.with(|k| assert!(k.borrow().words.len() <= 3));
    }
}
