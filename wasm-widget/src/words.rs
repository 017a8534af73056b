//! Closed word lists stored as one string each.
//!
//! Why: a `&[&str]` list costs the Wasm eight bytes of pointer and length
//! per word on top of the word itself, and those tables compress badly:
//! the lists the lexicon is filled from came to ~2 300 such pairs, 18.6 KB
//! of data and 5.6 KB of the gzipped `.wasm`.  A list only walked in order
//! (to fill the lexicon's table, where every detector then looks words up)
//! needs none of that: one string, each word followed by `\n`.

/// A word list made by [`words!`]: each word followed by `\n`.
#[derive(Clone, Copy)]
pub struct Words(pub(crate) &'static str);

impl Words {
    /// The words, in the order written.
    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        self.0.split_terminator('\n')
    }

    /// Whether `w` is one of the words: a walk through the bytes, comparing
    /// `w` at the start of each word.
    ///
    /// Why by hand: the lists are consulted on hot paths (a verb list per
    /// candidate name, a number list per digit), and splitting the string
    /// into words first (a separator search set up per word) made these
    /// calls a fifth of all the classifier's instructions.  Not inlined: it
    /// is called from a hundred places, each would cost the Wasm a copy.
    #[inline(never)]
    pub fn has(self, w: &str) -> bool {
        let (list, w) = (self.0.as_bytes(), w.as_bytes());
        if w.is_empty() {
            return false;
        }
        let mut start = 0;
        while let Some(rest) = list.get(start..) {
            // the first byte, then the end of the word, then the rest: most
            // words fail on the first test, none costs a call
            if rest.first() == w.first()
                && rest.get(w.len()) == Some(&b'\n')
                && rest[..w.len()] == *w
            {
                return true;
            }
            match rest.iter().position(|&b| b == b'\n') {
                Some(end) => start += end + 1,
                None => break,
            }
        }
        false
    }
}

/// `words!["lundi", "mardi"]`: a [`Words`] list of string literals, joined
/// at compile time.
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        $crate::words::Words(concat!($($w, "\n"),*))
    };
}
pub(crate) use words;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_come_back_in_order_with_their_spaces_and_hyphens() {
        const L: Words = words!["van den", "apres-midi", "l", "l"];
        assert_eq!(
            L.iter().collect::<Vec<_>>(),
            ["van den", "apres-midi", "l", "l"]
        );
        const EMPTY: Words = words![];
        assert_eq!(EMPTY.iter().count(), 0);
        assert!(!EMPTY.has("l"));
    }

    #[test]
    fn has_finds_whole_words_only() {
        const L: Words = words!["can", "cant", "c", "élève", "van den"];
        for w in ["can", "cant", "c", "élève", "van den"] {
            assert!(L.has(w), "{w}");
        }
        for w in ["", "ca", "cann", "canto", "van", "eleve", "den", "n", "\n"] {
            assert!(!L.has(w), "{w:?}");
        }
    }
}
