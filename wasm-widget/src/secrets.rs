//! The association's secret terms (a merger's code name, a partner under
//! negotiation), published in the site only as salted hashes.
//!
//! Design:
//! - Terms are normalised like every other text here (accent-folded,
//!   lower-cased, split on non-letters including hyphens) and indexed as
//!   word n-grams of 1 to 4 words; a longer term is indexed as all its
//!   4-word windows.  The checker hashes the input's n-grams the same way.
//! - Hash: SHA-256 over a domain tag, the salt and the n-gram, truncated to
//!   64 bits.  64 bits make accidental matches negligible (~n/2^64 per
//!   lookup) while keeping the index small (11 characters per term).
//! - The salt defeats precomputed tables shared across sites, but it is
//!   public (the browser needs it): a guessable term (a dictionary word, a
//!   town) can still be confirmed by someone who tries it.  Hashing hides the
//!   list from casual readers and search engines; it is not encryption.
//! - To keep the browser fast, the index also publishes which n-gram byte
//!   lengths and word counts occur, so only candidate n-grams are hashed.
//!   This leaks the lengths of the secret terms; we accept it as the price of
//!   classifying megabytes per second in Wasm.
//!
//! Compact form: `hbsec1.<salt>.<meta>.<hashes>`, each part base64url; the
//! hashes are sorted, so the same terms and salt always give the same string.

use crate::encoding::{b64_decode, b64_encode};
use crate::sort::sort;
use crate::text::hash_words;
#[cfg(test)]
use crate::text::{hash_words_of, Doc};
use crate::wordmap::WordMap;
use crate::Error;
use sha2::{Digest, Sha256};

const TAG: &[u8] = b"handbook-secret-v1\0";
const PREFIX: &str = "hbsec1";
/// Longest n-gram indexed, in words.
pub const MAX_WORDS: usize = 4;

/// Hashed index of secret terms.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SecretIndex {
    salt: Vec<u8>,
    /// Bit `l` set when some indexed n-gram is `l` bytes long (255 = longer).
    lengths: [u8; 32],
    /// Bit `n` set when some indexed n-gram has `n` words.
    sizes: u8,
    hashes: Vec<u64>,
}

fn hash(salt: &[u8], ngram: &str) -> u64 {
    let mut h = Sha256::new();
    h.update(TAG);
    h.update((salt.len() as u32).to_le_bytes());
    h.update(salt);
    h.update(ngram.as_bytes());
    let d = h.finalize();
    let mut b = [0u8; 8];
    b.copy_from_slice(&d[..8]);
    u64::from_be_bytes(b)
}

fn len_bucket(len: usize) -> usize {
    len.min(255)
}

impl SecretIndex {
    /// An index that matches nothing.
    pub fn empty() -> SecretIndex {
        SecretIndex::default()
    }

    /// Builds the index from the clear terms (build time only: never ship
    /// the clear list).  Empty terms are ignored.
    pub fn build<S: AsRef<str>>(terms: &[S], salt: &str) -> SecretIndex {
        let mut idx = SecretIndex {
            salt: salt.as_bytes().to_vec(),
            ..SecretIndex::default()
        };
        for term in terms {
            let words = hash_words(term.as_ref());
            if words.is_empty() {
                continue;
            }
            let windows: Vec<&[String]> = if words.len() <= MAX_WORDS {
                vec![&words[..]]
            } else {
                words.windows(MAX_WORDS).collect()
            };
            for w in windows {
                let ngram = w.join(" ");
                let l = len_bucket(ngram.len());
                idx.lengths[l / 8] |= 1 << (l % 8);
                idx.sizes |= 1 << w.len();
                idx.hashes.push(hash(&idx.salt, &ngram));
            }
        }
        sort(&mut idx.hashes);
        idx.hashes.dedup();
        idx
    }

    /// Number of hashed n-grams.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// True when the index holds no term.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// Deterministic compact form, safe to publish.
    pub fn to_compact(&self) -> String {
        let mut meta = Vec::with_capacity(33);
        meta.push(self.sizes);
        meta.extend_from_slice(&self.lengths);
        let mut hashes = Vec::with_capacity(self.hashes.len() * 8);
        for h in &self.hashes {
            hashes.extend_from_slice(&h.to_be_bytes());
        }
        format!(
            "{PREFIX}.{}.{}.{}",
            b64_encode(&self.salt),
            b64_encode(&meta),
            b64_encode(&hashes)
        )
    }

    /// Parses [`SecretIndex::to_compact`]'s output.
    pub fn from_compact(s: &str) -> Result<SecretIndex, Error> {
        let bad = |why: &str| Error::new(format!("invalid secret index: {why}"));
        let s = s.trim();
        if s.is_empty() {
            return Ok(SecretIndex::empty());
        }
        let parts: Vec<&str> = s.split('.').collect();
        if parts.len() != 4 || parts[0] != PREFIX {
            return Err(bad("expected hbsec1.<salt>.<meta>.<hashes>"));
        }
        let salt = b64_decode(parts[1]).ok_or_else(|| bad("salt is not base64url"))?;
        let meta = b64_decode(parts[2]).ok_or_else(|| bad("meta is not base64url"))?;
        let raw = b64_decode(parts[3]).ok_or_else(|| bad("hashes are not base64url"))?;
        if meta.len() != 33 || raw.len() % 8 != 0 {
            return Err(bad("wrong lengths"));
        }
        let mut lengths = [0u8; 32];
        lengths.copy_from_slice(&meta[1..]);
        let mut hashes: Vec<u64> = raw
            .chunks_exact(8)
            .map(|c| {
                let mut b = [0u8; 8];
                b.copy_from_slice(c);
                u64::from_be_bytes(b)
            })
            .collect();
        sort(&mut hashes);
        hashes.dedup();
        Ok(SecretIndex {
            salt,
            lengths,
            sizes: meta[0],
            hashes,
        })
    }

    /// Adds another index's hashes (same salt required, else an error).
    pub fn merge(&mut self, other: &SecretIndex) -> Result<(), Error> {
        if other.is_empty() {
            return Ok(());
        }
        if self.is_empty() {
            *self = other.clone();
            return Ok(());
        }
        if self.salt != other.salt {
            return Err(Error::new(
                "cannot merge secret indexes built with different salts",
            ));
        }
        for k in 0..32 {
            self.lengths[k] |= other.lengths[k];
        }
        self.sizes |= other.sizes;
        self.hashes.extend_from_slice(&other.hashes);
        sort(&mut self.hashes);
        self.hashes.dedup();
        Ok(())
    }

    fn candidate(&self, ngram_len: usize, words: usize) -> bool {
        let l = len_bucket(ngram_len);
        self.sizes & (1 << words) != 0 && self.lengths[l / 8] & (1 << (l % 8)) != 0
    }

    /// Whether `text` as a whole is one of the indexed n-grams.
    pub fn contains(&self, text: &str) -> bool {
        let words = hash_words(text);
        if words.is_empty() || words.len() > MAX_WORDS {
            return false;
        }
        let ngram = words.join(" ");
        self.hashes.binary_search(&hash(&self.salt, &ngram)).is_ok()
    }

    /// Matches in a document, as token ranges `(first, last)`, longest n-gram
    /// first, not overlapping.
    #[cfg(test)]
    pub(crate) fn find(&self, doc: &Doc) -> Vec<(usize, usize)> {
        self.find_words(&hash_words_of(doc))
    }

    /// [`SecretIndex::find`] over `words` = [`hash_words_of`]`(doc)`
    /// (computed once per text and shared with the published fingerprint).
    /// Only n-grams whose word count and byte length occur in the index are
    /// hashed, and each distinct n-gram once per text: SHA-256 in Wasm costs
    /// more than a table lookup, and a long text says the same two words
    /// many times.
    pub(crate) fn find_words(&self, words: &[(usize, &str)]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if self.is_empty() {
            return out;
        }
        let mut buf = String::new();
        // n-gram → 1 if indexed, 0 if not
        let mut known = WordMap::default();
        let mut k = 0;
        while k < words.len() {
            let mut matched = None;
            let window = &words[k..words.len().min(k + MAX_WORDS)];
            // bit n set when the n-gram starting at k has a word count and
            // a byte length that occur in the index
            let mut candidates = 0u8;
            let mut len = 0;
            for (n, (_, w)) in window.iter().enumerate() {
                len += w.len() + usize::from(n > 0);
                if self.candidate(len, n + 1) {
                    candidates |= 1 << (n + 1);
                }
            }
            for n in (1..=window.len()).rev() {
                if candidates & (1 << n) == 0 {
                    continue;
                }
                buf.clear();
                for (j, (_, w)) in words[k..k + n].iter().enumerate() {
                    if j > 0 {
                        buf.push(' ');
                    }
                    buf.push_str(w);
                }
                let indexed = match known.get_str(&buf) {
                    Some(v) => v != 0,
                    None => {
                        let v = self.hashes.binary_search(&hash(&self.salt, &buf)).is_ok();
                        known.insert(&buf, u64::from(v));
                        v
                    }
                };
                if indexed {
                    matched = Some(n);
                    break;
                }
            }
            match matched {
                Some(n) => {
                    out.push((words[k].0, words[k + n - 1].0));
                    k += n;
                }
                None => k += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_matches_and_round_trips() {
        let idx = SecretIndex::build(&["Projet Hirondelle", "Opération Tournesol"], "sel");
        let compact = idx.to_compact();
        assert!(!compact.to_lowercase().contains("hirondelle"));
        let back = SecretIndex::from_compact(&compact).expect("round trip");
        assert_eq!(back, idx);
        assert!(back.contains("PROJET   hirondelle"));
        assert!(back.contains("operation-tournesol"));
        assert!(!back.contains("Hirondelle"));
        let d = Doc::new("Le projet Hirondelle avance.");
        assert_eq!(back.find(&d), vec![(1, 2)]);
        assert!(SecretIndex::from_compact("hbsec1.x").is_err());
        assert_eq!(
            SecretIndex::build(&["a b"], "s").to_compact(),
            SecretIndex::build(&["a b"], "s").to_compact()
        );
    }
}
