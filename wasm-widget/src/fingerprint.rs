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
use crate::text::{hash_words, hash_words_of, Doc};
use crate::Error;

/// Words per shingle.
pub const SHINGLE: usize = 5;
const PREFIX: &str = "hbpub1.";

/// Hashed shingles of the published text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PublishedFingerprint {
    shingles: Vec<u32>,
}

fn fnv(words: &[&str]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            h ^= u64::from(b' ');
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for &b in w.as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    (h ^ (h >> 32)) as u32
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
            let words = hash_words(t.as_ref());
            let refs: Vec<&str> = words.iter().map(String::as_str).collect();
            for w in refs.windows(SHINGLE) {
                shingles.push(fnv(w));
            }
        }
        shingles.sort_unstable();
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

    /// How much of `doc` is published text.
    pub(crate) fn coverage_doc(&self, doc: &Doc) -> Coverage {
        let words = hash_words_of(doc);
        let total = words.len();
        let mut cov = Coverage {
            total_words: total,
            ..Coverage::default()
        };
        if self.is_empty() || total < SHINGLE {
            return cov;
        }
        let mut covered = vec![false; total];
        let mut win: Vec<&str> = Vec::with_capacity(SHINGLE);
        for k in 0..=total - SHINGLE {
            win.clear();
            win.extend(words[k..k + SHINGLE].iter().map(|(_, w)| *w));
            if self.shingles.binary_search(&fnv(&win)).is_ok() {
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

    /// How much of `text` is published text.
    pub fn coverage(&self, text: &str) -> Coverage {
        self.coverage_doc(&Doc::new(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
