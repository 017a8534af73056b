//! A map from words to `u64`, the one hash table of the crate.
//!
//! Why not `std::collections::HashMap`: each key and value type
//! instantiates hashbrown again (a tenth of the Wasm code with four maps),
//! and the default SipHash is slow in Wasm.  All our keys are words or short
//! normal forms and all values fit in a `u64` (class bits, indexes), so one
//! non-generic open-addressing table serves the lexicon, the public names
//! and the pseudonym codes.  Lookups take the FNV hash the tokeniser already
//! computed for each word ([`crate::lexicon::word_hash`]), so a word is
//! hashed once however many tables it is looked up in.

use crate::lexicon::word_hash;

/// Open addressing, linear probing, load factor ≤ 1/2; keys are copied into
/// one arena string.
#[derive(Clone, Debug, Default)]
pub struct WordMap {
    /// `(hash, entry index + 1)`; 0 marks an empty slot.
    slots: Vec<(u32, u32)>,
    arena: String,
    /// Key of each entry: byte range in `arena`.
    keys: Vec<(u32, u32)>,
    vals: Vec<u64>,
}

impl WordMap {
    /// An empty map sized for about `n` keys.
    pub fn with_capacity(n: usize) -> WordMap {
        WordMap {
            slots: vec![(0, 0); (n * 2).next_power_of_two().max(16)],
            ..WordMap::default()
        }
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.vals.len()
    }

    fn key(&self, e: usize) -> &[u8] {
        let (s, l) = self.keys[e];
        &self.arena.as_bytes()[s as usize..(s + l) as usize]
    }

    /// Slot holding `w` (hash `h`), or the empty slot where it would go.
    fn find(&self, h: u32, w: &[u8]) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let (sh, e) = self.slots[i];
            if e == 0 || sh == h && self.key(e as usize - 1) == w {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// Value of `w`, whose [`word_hash`] is `h`.
    #[inline]
    pub fn get(&self, h: u32, w: &[u8]) -> Option<u64> {
        if self.slots.is_empty() {
            return None;
        }
        match self.slots[self.find(h, w)] {
            (_, 0) => None,
            (_, e) => Some(self.vals[e as usize - 1]),
        }
    }

    /// Value of the word whose [`word_hash`] is `h`, its bytes given by
    /// `w`, which is only called when the hash's home slot is taken: most
    /// words of a text are in no small table, and need not be fetched.
    #[inline]
    pub fn get_lazy<'w>(&self, h: u32, w: impl FnOnce() -> &'w [u8]) -> Option<u64> {
        let home = self
            .slots
            .get(h as usize & self.slots.len().wrapping_sub(1))?;
        if home.1 == 0 {
            return None;
        }
        self.get(h, w())
    }

    /// Value of `w`.
    pub fn get_str(&self, w: &str) -> Option<u64> {
        self.get(word_hash(w.as_bytes()), w.as_bytes())
    }

    /// Sets the value of `w` to `f(current value)`.
    pub fn update(&mut self, w: &str, f: impl FnOnce(Option<u64>) -> u64) {
        if (self.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let h = word_hash(w.as_bytes());
        let i = self.find(h, w.as_bytes());
        match self.slots[i] {
            (_, 0) => {
                self.keys.push((self.arena.len() as u32, w.len() as u32));
                self.arena.push_str(w);
                self.vals.push(f(None));
                self.slots[i] = (h, self.vals.len() as u32);
            }
            (_, e) => {
                let v = &mut self.vals[e as usize - 1];
                *v = f(Some(*v));
            }
        }
    }

    /// Sets the value of `w`.
    pub fn insert(&mut self, w: &str, v: u64) {
        self.update(w, |_| v);
    }

    /// Every value, in insertion order.
    pub fn values_mut(&mut self) -> &mut [u64] {
        &mut self.vals
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(16);
        let mut slots = vec![(0u32, 0u32); size];
        let mask = size - 1;
        for &(h, e) in &self.slots {
            if e != 0 {
                let mut i = h as usize & mask;
                while slots[i].1 != 0 {
                    i = (i + 1) & mask;
                }
                slots[i] = (h, e);
            }
        }
        self.slots = slots;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_updates_and_grows() {
        let mut m = WordMap::default();
        for i in 0..1000u64 {
            m.insert(&format!("w{i}"), i);
        }
        m.update("w7", |v| v.unwrap_or(0) + 100);
        assert_eq!(m.len(), 1000);
        assert_eq!(m.get_str("w7"), Some(107));
        assert_eq!(m.get_str("w999"), Some(999));
        assert_eq!(m.get_str("nope"), None);
        assert_eq!(WordMap::default().get_str("x"), None);
    }
}
