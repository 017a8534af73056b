//! Fingerprint of the association's published text (category 1).
//!
//! The site build turns every published page into hashed word shingles
//! (5 consecutive normalised words); the checker hashes the input the same
//! way and measures which share of its words is covered by known shingles.
//!
//! Why a 32-bit FNV-1a hash rather than SHA-256: the published text is
//! public, so nothing needs hiding; the fingerprint only has to be small and
//! fast to match.  32 bits give ~1 false shingle match in 40 000 lookups for
//! a 100 000-shingle site, and a verdict needs many consecutive matches.
//!
//! Compact form: `hbpub1.<base64url of delta-encoded sorted varints>`.

use crate::encoding::{b64_decode, b64_encode, get_varint, put_varint};
use crate::sort::sort;
use crate::text::{fold_char, hash_words_of, is_word_char, Doc};
use crate::Error;

/// Words per shingle.
pub const SHINGLE: usize = 5;
const PREFIX: &str = "hbpub1.";

/// Hashed shingles of the published text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PublishedFingerprint {
    shingles: Vec<u32>,
}

/// 32-bit FNV-1a (folded from 64 bits) of the words of `window` joined by
/// spaces, straight from the text's word list, without building a window.
fn fnv_words(window: &[(usize, &str)]) -> u32 {
    let mut h: u64 = FNV64_BASIS;
    for (k, (_, w)) in window.iter().enumerate() {
        if k > 0 {
            h ^= u64::from(b' ');
            h = h.wrapping_mul(FNV64_PRIME);
        }
        for &b in w.as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(FNV64_PRIME);
        }
    }
    (h ^ (h >> 32)) as u32
}

/// [`fnv_words`] of words already joined by spaces.
fn fnv_bytes(joined: &[u8]) -> u32 {
    let mut h: u64 = FNV64_BASIS;
    for &b in joined {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV64_PRIME);
    }
    (h ^ (h >> 32)) as u32
}

const FNV64_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const FNV64_PRIME: u64 = 0x0100_0000_01b3;

/// The words of `text` as the checker hashes them ([`hash_words_of`] of [`Doc::new`]), folded,
/// each followed by a space, with the end of each word: five words in a row are then one run of
/// bytes, hashed as [`fnv_words`] hashes them.
///
/// A site build fingerprints every page, and [`Doc::new`] does far more than this needs: flags,
/// sentences, a lexicon lookup per word. The words are the same: a token is a run of word
/// characters in which a hyphen stays only between two of them, and [`hash_words_of`] cuts it at
/// its hyphens again, so its words are exactly the runs of word characters, folded one character
/// at a time as [`Doc::new`] folds them. A test compares the two on random and real texts.
fn folded_words(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len() + 1);
    let mut ends = Vec::with_capacity(text.len() / 6 + 1);
    let mut in_word = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let word = if b < 0x80 {
            i += 1;
            let ok = b.is_ascii_alphanumeric();
            if ok {
                folded.push(char::from(b.to_ascii_lowercase()));
            }
            ok
        } else {
            // `i` is always at a character's start: it moves by whole characters.
            let c = text
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .unwrap_or(' ');
            i += c.len_utf8();
            let ok = is_word_char(c);
            if ok {
                fold_char(c, &mut folded);
            }
            ok
        };
        if in_word && !word {
            ends.push(folded.len());
            folded.push(' ');
        }
        in_word = word;
    }
    if in_word {
        ends.push(folded.len());
        folded.push(' ');
    }
    (folded, ends)
}

/// A bit set over the fingerprint's shingles, built once per checker:
/// nearly every shingle of a text to check is *not* published, and one bit
/// test rejects it where a binary search over a large site's 100 000
/// shingles would cost some seventeen cache misses.
#[derive(Clone, Debug, Default)]
pub(crate) struct ShingleFilter {
    bits: Vec<u64>,
    shift: u32,
}

impl ShingleFilter {
    pub(crate) fn new(fp: &PublishedFingerprint) -> ShingleFilter {
        // about 16 bits per shingle, between 2^10 and 2^22 bits
        let log = (fp.shingles.len().max(1) * 16)
            .next_power_of_two()
            .trailing_zeros()
            .clamp(10, 22);
        let mut f = ShingleFilter {
            bits: vec![0; 1 << (log - 6)],
            shift: 32 - log,
        };
        for &h in &fp.shingles {
            let i = f.slot(h);
            f.bits[i >> 6] |= 1 << (i & 63);
        }
        f
    }

    fn slot(&self, h: u32) -> usize {
        (h.wrapping_mul(0x9e37_79b1) >> self.shift) as usize
    }

    fn may_contain(&self, h: u32) -> bool {
        let i = self.slot(h);
        self.bits
            .get(i >> 6)
            .is_none_or(|w| w & (1 << (i & 63)) != 0)
    }
}

/// Coverage of a text by the published fingerprint.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Coverage {
    /// Share of words inside a published shingle (0–1).
    pub ratio: f32,
    /// Number of covered words.
    pub covered_words: usize,
    /// Total words.
    pub total_words: usize,
    /// Byte ranges of the text covered by published shingles (merged).
    pub spans: Vec<(usize, usize)>,
}

impl PublishedFingerprint {
    /// A fingerprint that matches nothing.
    pub fn empty() -> PublishedFingerprint {
        PublishedFingerprint::default()
    }

    /// Builds the fingerprint from the published texts (plain text or
    /// Markdown: punctuation is ignored anyway).
    pub fn build<S: AsRef<str>>(texts: &[S]) -> PublishedFingerprint {
        let mut shingles = Vec::new();
        for t in texts {
            shingles.extend(PublishedFingerprint::shingles_of(t.as_ref()));
        }
        PublishedFingerprint::from_shingles(shingles)
    }

    /// The shingles of one published text, in text order, repeats kept:
    /// [`PublishedFingerprint::from_shingles`] makes the fingerprint of any
    /// number of texts from theirs, in any order, so a site generator can
    /// read its pages on several threads.
    pub fn shingles_of(text: &str) -> Vec<u32> {
        let (folded, ends) = folded_words(text);
        let bytes = folded.as_bytes();
        // Shingle `k` is words `k` to `k + 4` with the spaces between them: one run of `folded`.
        (0..ends.len().saturating_sub(SHINGLE - 1))
            .map(|k| {
                let start = if k == 0 { 0 } else { ends[k - 1] + 1 };
                fnv_bytes(bytes.get(start..ends[k + SHINGLE - 1]).unwrap_or_default())
            })
            .collect()
    }

    /// The fingerprint holding `shingles` (from [`PublishedFingerprint::shingles_of`]).
    pub fn from_shingles(mut shingles: Vec<u32>) -> PublishedFingerprint {
        sort(&mut shingles);
        shingles.dedup();
        PublishedFingerprint { shingles }
    }

    /// Number of distinct shingles.
    pub fn len(&self) -> usize {
        self.shingles.len()
    }

    /// True when nothing is published.
    pub fn is_empty(&self) -> bool {
        self.shingles.is_empty()
    }

    /// Deterministic compact form.
    pub fn to_compact(&self) -> String {
        let mut bytes = Vec::with_capacity(self.shingles.len() * 4);
        let mut prev = 0u32;
        for &s in &self.shingles {
            put_varint(&mut bytes, u64::from(s - prev));
            prev = s;
        }
        format!("{PREFIX}{}", b64_encode(&bytes))
    }

    /// Parses [`PublishedFingerprint::to_compact`]'s output; an empty string
    /// is an empty fingerprint.
    pub fn from_compact(s: &str) -> Result<PublishedFingerprint, Error> {
        let s = s.trim();
        if s.is_empty() {
            return Ok(PublishedFingerprint::empty());
        }
        let body = s
            .strip_prefix(PREFIX)
            .ok_or_else(|| Error::new("invalid fingerprint: expected hbpub1.<data>"))?;
        let bytes =
            b64_decode(body).ok_or_else(|| Error::new("invalid fingerprint: not base64url"))?;
        let mut shingles = Vec::new();
        let mut pos = 0;
        let mut acc: u64 = 0;
        while pos < bytes.len() {
            let d = get_varint(&bytes, &mut pos)
                .ok_or_else(|| Error::new("invalid fingerprint: truncated"))?;
            acc = acc
                .checked_add(d)
                .filter(|v| *v <= u64::from(u32::MAX))
                .ok_or_else(|| Error::new("invalid fingerprint: overflow"))?;
            shingles.push(acc as u32);
        }
        shingles.dedup();
        Ok(PublishedFingerprint { shingles })
    }

    /// How much of `doc` is published text; `words` is
    /// [`hash_words_of`]`(doc)` (computed once per text and shared with the
    /// secret index).
    pub(crate) fn coverage_words(
        &self,
        doc: &Doc,
        words: &[(usize, &str)],
        filter: &ShingleFilter,
    ) -> Coverage {
        let total = words.len();
        let mut cov = Coverage {
            total_words: total,
            ..Coverage::default()
        };
        if self.is_empty() || total < SHINGLE {
            return cov;
        }
        let mut covered = vec![false; total];
        for k in 0..=total - SHINGLE {
            let h = fnv_words(&words[k..k + SHINGLE]);
            if filter.may_contain(h) && self.shingles.binary_search(&h).is_ok() {
                covered[k..k + SHINGLE].iter_mut().for_each(|c| *c = true);
            }
        }
        cov.covered_words = covered.iter().filter(|c| **c).count();
        cov.ratio = cov.covered_words as f32 / total as f32;
        for (k, c) in covered.iter().enumerate() {
            if !*c {
                continue;
            }
            let t = &doc.tokens[words[k].0];
            let (s, e) = (t.start as usize, t.end as usize);
            match cov.spans.last_mut() {
                Some(last) if s <= last.1 + 3 => last.1 = last.1.max(e),
                _ => cov.spans.push((s, e)),
            }
        }
        cov
    }

    /// How much of `doc` is published text.
    pub(crate) fn coverage_doc(&self, doc: &Doc) -> Coverage {
        self.coverage_words(doc, &hash_words_of(doc), &ShingleFilter::new(self))
    }

    /// How much of `text` is published text.
    pub fn coverage(&self, text: &str) -> Coverage {
        self.coverage_doc(&Doc::new(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The shingles as the checker makes them from a text's tokens: [`hash_words_of`] of
    /// [`Doc::new`], five at a time.
    fn checkers_shingles(text: &str) -> Vec<u32> {
        let doc = Doc::new(text);
        hash_words_of(&doc)
            .windows(SHINGLE)
            .map(fnv_words)
            .collect()
    }

    /// `text`'s words as [`folded_words`] cuts them, and as the checker's tokens give them.
    fn both_words(text: &str) -> (Vec<String>, Vec<String>) {
        let (folded, ends) = folded_words(text);
        let mut start = 0;
        let fast = ends
            .iter()
            .map(|&end| {
                let w = folded[start..end].to_string();
                start = end + 1;
                w
            })
            .collect();
        let doc = Doc::new(text);
        let checker = hash_words_of(&doc)
            .into_iter()
            .map(|(_, w)| w.to_string())
            .collect();
        (fast, checker)
    }

    #[test]
    fn the_build_cuts_and_folds_words_as_the_checker_does() {
        for text in [
            "",
            "-",
            "Jean-Pierre habite à Saint-Denis -- près de l'école.",
            "a-b-c -a b- a--b 12-34 x-",
            "ÉLODIE Œuvre STRAẞE ß İstanbul ΣΟΦΙΑ Straße naïve",
            "L’équipe d’Anaïs\u{a0}: 3 réunions, 2024-05-17, 10h30.",
            "Vrijwilligers van de vzw ’s avonds; één cliënt.",
            "数据 保护 ١٢٣ Ⅻ ½ ² émoji 🙂 tab\there\r\nnext",
            "e-mail: marie.dupont@example.org, +32 470 12 34 56",
            "ŉ ǅ ǈ Ǳ ﬁ ﬂ Ŋ ŋ ĸ",
            // an association's published text, and texts of every kind staff paste
            include_str!("../tests/data/published.txt"),
            include_str!("../tests/data/eval.jsonl"),
        ] {
            let (fast, checker) = both_words(text);
            assert_eq!(fast, checker, "{text:?}");
            assert_eq!(
                PublishedFingerprint::shingles_of(text),
                checkers_shingles(text),
                "{text:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn any_text_gives_the_checkers_words_and_shingles(
            text in "[a-zA-Z0-9 \\-.,'’éÉœŒßİıΣσ数١½²🙂\u{a0}\u{300}\t\n]{0,80}"
        ) {
            let (fast, checker) = both_words(&text);
            prop_assert_eq!(fast, checker);
            prop_assert_eq!(PublishedFingerprint::shingles_of(&text), checkers_shingles(&text));
        }
    }

    #[test]
    fn shingles_of_texts_in_any_order_make_the_same_fingerprint() {
        let texts = [
            "La charte est révisée chaque année par le comité IA.",
            "Les prompts partagés ne contiennent que des données publiques.",
            "The charter is revised every year and signed again.",
        ];
        let built = PublishedFingerprint::build(&texts);
        let mut shingles = Vec::new();
        for t in texts.iter().rev() {
            shingles.extend(PublishedFingerprint::shingles_of(t));
        }
        let merged = PublishedFingerprint::from_shingles(shingles);
        assert!(!built.is_empty());
        assert_eq!(merged.to_compact(), built.to_compact());
    }

    #[test]
    fn builds_and_matches() {
        let fp = PublishedFingerprint::build(&[
            "Nos ateliers de jardinage sont ouverts à toutes et à tous, sans inscription.",
        ]);
        let back = PublishedFingerprint::from_compact(&fp.to_compact()).expect("round trip");
        assert_eq!(back, fp);
        let c =
            back.coverage("Reformule : nos ateliers de jardinage sont ouverts a toutes et a tous");
        assert!(c.ratio > 0.8, "{c:?}");
        assert_eq!(
            back.coverage("Rien à voir avec le texte publié du tout")
                .covered_words,
            0
        );
        assert!(PublishedFingerprint::from_compact("nope").is_err());
    }
}
