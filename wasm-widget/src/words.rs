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

    /// Whether `w` is one of the words: a walk through the string, for the
    /// short lists a detector consults on a few candidate words.
    pub fn has(self, w: &str) -> bool {
        !w.is_empty() && self.iter().any(|x| x == w)
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
    }
}
