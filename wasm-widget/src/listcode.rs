//! The compressed form of the Wasm's word lists: a bitwise context-mixing
//! model driving a binary arithmetic coder.  `build.rs` includes this very
//! file (`#[path]`) to encode the lists and the crate uses it to decode them
//! at start-up, so the encoder and the decoder run the same model code and
//! cannot drift apart.
//!
//! Why: the name lists are most of the Wasm, and the Wasm has a gzipped size
//! budget.  Front coding (each word as "prefix shared with the previous
//! word" + the rest) and then gzip leaves much on the table, because gzip
//! only finds repeated strings: it cannot learn that after "abdel" comes
//! "a", "h", "k" or "m", nor that a word's first new letter comes after the
//! previous word's letter at that place (the lists are sorted).  An adaptive
//! model that predicts each letter from the letters before it, its place
//! and the previous word, mixing these guesses (as the PAQ family of coders
//! does), codes the two name lists in 40.3 KB where front coding and gzip -9
//! take 51.6 KB.  The coded bytes look random, so the outer gzip of the
//! `.wasm` leaves them as they are.
//!
//! The price is start-up time: the decoder makes ~400 000 mixed binary
//! decisions for the two lists, 15 to 20 ms in a browser (see README).
//! Native builds therefore embed the text files instead (`lexicon.rs`).
//!
//! Why hand-written rather than a crate: entropy-coding crates give the
//! coder, not the model, and the model is the point; coder, counters and
//! mixer here are ~2.5 KB of Wasm code.  Everything is integer arithmetic,
//! so the build machine and the browser compute the same probabilities bit
//! for bit.
//!
//! Format: the word count as a LEB128 varint, then the arithmetic-coded
//! stream.  Each word is coded as its shared-prefix length (in chunks of
//! 0..=63, a chunk of 63 meaning "more follows"), then its remaining bytes
//! as symbols ([`ALPHABET`] letters, [`ESCAPE`] then 8 raw bits for any
//! other byte) and [`END`].  Decoding bad or truncated data stops at the
//! first word it cannot finish and never panics.

/// The letters of the lists (after folding), in byte order; symbol `i + 1`
/// is `ALPHABET[i]`.  Any other byte is coded after [`ESCAPE`].
const ALPHABET: &[u8; 29] = b" '-abcdefghijklmnopqrstuvwxyz";
/// Symbol that ends a word.
const END: u32 = 0;
/// Symbol announcing a byte outside [`ALPHABET`], coded as 8 bits.
const ESCAPE: u32 = 30;
/// Number of symbols.
const SYMBOLS: usize = 31;

/// Bits of each symbol's code (a Huffman code for the symbols' counts in
/// the lists, [`END`] first): a symbol is coded as a walk down the binary
/// tree of this prefix code, one modelled decision a step.  Why not 5 bits
/// for every symbol: frequent symbols take 2 to 4 steps, so decoding makes
/// 3.9 decisions a symbol rather than 5, which is start-up time.
const CODE_LENGTHS: [u32; SYMBOLS] = [
    2, 11, 12, 10, 3, 7, 6, 6, 3, 8, 6, 6, 4, 8, 6, 5, 6, 4, 5, 8, 9, 4, 5, 5, 5, 7, 8, 8, 6, 7, 12,
];

/// The canonical code of each symbol (by length, then symbol), its bits in
/// the low `CODE_LENGTHS` bits.
const CODES: [u32; SYMBOLS] = {
    let mut codes = [0; SYMBOLS];
    let mut code = 0u32;
    let mut len = 1;
    while len <= 32 {
        let mut s = 0;
        while s < SYMBOLS {
            if CODE_LENGTHS[s] == len {
                codes[s] = code;
                code += 1;
            }
            s += 1;
        }
        code <<= 1;
        len += 1;
    }
    codes
};

/// The code tree: the two children of each inner node (1 is the root;
/// there are `SYMBOLS - 1` inner nodes, so a node fits a block of 32
/// counters), `LEAF + symbol` for a leaf.
const TREE: [[u8; 2]; 32] = {
    let mut tree = [[0u8; 2]; 32];
    let mut nodes = 1;
    let mut s = 0;
    while s < SYMBOLS {
        let mut node = 1;
        let mut d = CODE_LENGTHS[s];
        while d > 0 {
            d -= 1;
            let bit = ((CODES[s] >> d) & 1) as usize;
            if d == 0 {
                tree[node][bit] = LEAF + s as u8;
            } else {
                if tree[node][bit] == 0 {
                    nodes += 1;
                    tree[node][bit] = nodes;
                }
                node = tree[node][bit] as usize;
            }
        }
        s += 1;
    }
    tree
};
/// Children at or above this are leaves.
const LEAF: u8 = 32;

/// Largest shared-prefix chunk; a chunk this long means another follows.
const SHARED_CHUNK: u32 = 63;
/// A word costs at least 8 decisions (6 for its shared length, 2 for the
/// shortest symbol, [`END`]) of probability at most 4095 / 4096, so at least
/// 1 / 2 840 of a byte: a count above this many words a byte of stream is
/// bad data.
const MAX_WORDS_PER_BYTE: u64 = 4096;
/// Longest word, in bytes: decoding gives up on a longer one (only bad data
/// makes one), so `build.rs` refuses lists with one.
pub const MAX_WORD: usize = 1 << 12;

/// Encodes `words` (in the order given; sorted lists code best), each of at
/// most [`MAX_WORD`] bytes.
#[cfg_attr(not(test), allow(dead_code))]
pub fn encode<W: AsRef<[u8]>>(words: &[W]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut n = words.len();
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            break;
        }
        out.push(low | 0x80);
    }
    let mut enc = Encoder {
        low: 0,
        high: u32::MAX,
        out,
    };
    let mut m = Model::new();
    for w in words {
        let w = w.as_ref();
        let shared = m.prev.iter().zip(w).take_while(|(a, b)| a == b).count();
        m.shared(&mut enc, shared);
        for &b in &w[shared..] {
            m.byte(&mut enc, Some(b));
        }
        m.byte(&mut enc, None);
    }
    enc.finish()
}

/// The number of words of a list made by [`encode`], and where its coded
/// stream starts (0 words for bad data).
pub fn count(data: &[u8]) -> (usize, usize) {
    let mut n: u64 = 0;
    for (i, &b) in data.iter().enumerate().take(9) {
        n |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            // A larger count is bad data, which could otherwise make the
            // decoder spin through empty words.
            let most = (data.len() as u64).saturating_mul(MAX_WORDS_PER_BYTE);
            return (usize::try_from(n.min(most)).unwrap_or(0), i + 1);
        }
    }
    (0, data.len())
}

/// Calls `f` with each word of a list made by [`encode`]; on bad or
/// truncated data, with the words before the first one it cannot read.
pub fn decode(data: &[u8], mut f: impl FnMut(&[u8])) {
    let (count, pos) = count(data);
    let mut dec = Decoder::new(&data[pos..]);
    let mut m = Model::new();
    for _ in 0..count {
        m.shared(&mut dec, 0);
        while m.byte(&mut dec, None).is_some() {
            if m.cur.len() > MAX_WORD {
                return;
            }
        }
        if dec.overrun {
            return;
        }
        f(&m.prev);
    }
}

/// One side of the arithmetic coder: the encoder codes the bit it is given,
/// the decoder ignores it and returns the bit it reads.  The model calls
/// this, so encoding and decoding run the same code.
trait Coder {
    /// Codes one bit whose probability of being 1 is `p1` out of 4096.
    fn code(&mut self, bit: u32, p1: u32) -> u32;
}

/// The split point of `[low, high]` for a 1 of probability `p1` / 4096.
fn split(low: u32, high: u32, p1: u32) -> u32 {
    low + (((u64::from(high - low) * u64::from(p1)) >> 12) as u32)
}

struct Encoder {
    low: u32,
    high: u32,
    out: Vec<u8>,
}

impl Encoder {
    fn finish(mut self) -> Vec<u8> {
        // all four bytes of `low`, so the decoder never reads past the end
        self.out.extend_from_slice(&self.low.to_be_bytes());
        self.out
    }
}

impl Coder for Encoder {
    fn code(&mut self, bit: u32, p1: u32) -> u32 {
        let mid = split(self.low, self.high, p1);
        if bit != 0 {
            self.high = mid;
        } else {
            self.low = mid + 1;
        }
        while (self.low ^ self.high) & 0xff00_0000 == 0 {
            self.out.push((self.high >> 24) as u8);
            self.low <<= 8;
            self.high = (self.high << 8) | 0xff;
        }
        bit
    }
}

struct Decoder<'a> {
    low: u32,
    high: u32,
    x: u32,
    data: &'a [u8],
    /// The stream asked for bytes past its end: it is truncated or bad.
    overrun: bool,
}

impl<'a> Decoder<'a> {
    fn new(data: &'a [u8]) -> Self {
        let mut d = Decoder {
            low: 0,
            high: u32::MAX,
            x: 0,
            data,
            overrun: false,
        };
        for _ in 0..4 {
            d.x = (d.x << 8) | d.next();
        }
        d
    }

    fn next(&mut self) -> u32 {
        match self.data.split_first() {
            Some((&b, rest)) => {
                self.data = rest;
                u32::from(b)
            }
            None => {
                self.overrun = true;
                0
            }
        }
    }
}

impl Coder for Decoder<'_> {
    fn code(&mut self, _: u32, p1: u32) -> u32 {
        let mid = split(self.low, self.high, p1);
        let bit = u32::from(self.x <= mid);
        if bit != 0 {
            self.high = mid;
        } else {
            self.low = mid + 1;
        }
        while (self.low ^ self.high) & 0xff00_0000 == 0 {
            self.low <<= 8;
            self.high = (self.high << 8) | 0xff;
            self.x = (self.x << 8) | self.next();
        }
        bit
    }
}

/// Inverse of [`stretch`]: 4096 / (1 + e^(-d / 256)), a 12-bit
/// probability, by interpolation between 33 points so that it is exact
/// integer arithmetic.
fn squash(d: i32) -> i32 {
    const T: [i32; 33] = [
        1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994,
        3348, 3607, 3785, 3901, 3975, 4024, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094,
    ];
    if d > 2047 {
        return 4095;
    }
    if d < -2047 {
        return 1;
    }
    let w = d & 127;
    let i = ((d >> 7) + 16) as usize;
    (T[i] * (128 - w) + T[i + 1] * w + 64) >> 7
}

/// `ln(p / (1 - p))` of each 12-bit probability, scaled by 256 and clamped
/// to ±2047 (the inverse of [`squash`]): the mixer adds predictions in this
/// domain, where confident ones weigh more.
fn stretch_table() -> Box<[i16; 4096]> {
    let mut t = Box::new([2047i16; 4096]);
    let mut from = 0;
    for d in -2047..=2047 {
        let to = squash(d) as usize;
        for s in &mut t[from..=to] {
            *s = d as i16;
        }
        from = to + 1;
    }
    t
}

/// How many sightings a counter remembers: the lists are sorted, so what
/// follows a context drifts through the alphabet and old counts must fade.
const COUNT_LIMIT: usize = 60;

/// 1024 / (n + 1.5) in units of 2^-3, for each count `n`: a counter moves
/// by this share of its error, fast while its context is new.
const RATE: [i32; 64] = {
    let mut t = [0; 64];
    let mut n = 0;
    while n < 64 {
        t[n] = 16384 / (2 * n as i32 + 3);
        n += 1;
    }
    t
};

/// Where each context table starts in [`Model::t`].  Symbol contexts own
/// blocks of 32 counters, one per inner node of [`TREE`].
const ORDER2: usize = 0; // 32 * 32 blocks, by the two symbols before
const ABOVE: usize = ORDER2 + (1 << 15); // 2 * 32 * 32 blocks, see `symbol`
const ORDER3: usize = ABOVE + (1 << 16); // hashed blocks
const ORDER3_BLOCKS: u32 = 1 << 11;
const POSITION: usize = ORDER3 + (1 << 16); // 16 blocks, by place in the word
const SHARED: usize = POSITION + (1 << 9); // 128 blocks of 64, see `shared`
const RAW: usize = SHARED + (1 << 13); // 256 counters, for escaped bytes
/// All counters, a power of two so that a mask keeps every index in range.
const COUNTERS: usize = 1 << 18;
const _: () = assert!(RAW + 256 <= COUNTERS && COUNT_LIMIT < 64);

/// Number of predictions mixed for each symbol bit.
const INPUTS: usize = 4;
/// How fast the mixer weights follow the errors.
const LEARNING_RATE: i32 = 8;

/// Symbol of each byte, [`ESCAPE`] for the bytes not in [`ALPHABET`].
const SYMBOL: [u8; 256] = {
    let mut t = [ESCAPE as u8; 256];
    let mut i = 0;
    while i < ALPHABET.len() {
        t[ALPHABET[i] as usize] = i as u8 + 1;
        i += 1;
    }
    t
};

fn symbol_of(b: u8) -> u32 {
    u32::from(SYMBOL[usize::from(b)])
}

/// The model: adaptive counters, a mixer, and the words seen so far.
///
/// Each counter is a probability that the next bit is 1 in its context (high
/// 22 bits) and how often that context was seen (low 10 bits), so that a new
/// context learns fast and a frequent one settles, as in lpaq.
struct Model {
    /// A fixed-size array, so that masked indexes need no bounds check.
    t: Box<[u32; COUNTERS]>,
    stretch: Box<[i16; 4096]>,
    /// Mixer weights (16.16 fixed point), by first-new-letter and node.
    weights: [[i32; INPUTS]; 64],
    prev: Vec<u8>,
    cur: Vec<u8>,
    /// Where the new part of the current word starts.
    shared: usize,
    /// The symbols of the current word, the last one in the low 5 bits.
    history: u32,
}

impl Model {
    fn new() -> Self {
        Model {
            t: vec![1 << 31; COUNTERS]
                .into_boxed_slice()
                .try_into()
                .unwrap_or_else(|_| unreachable!()),
            stretch: stretch_table(),
            weights: [[1 << 14; INPUTS]; 64],
            prev: Vec::new(),
            cur: Vec::new(),
            shared: 0,
            history: 0,
        }
    }

    /// The 12-bit probability of a 1 of counter `i`.
    fn p(&self, i: usize) -> u32 {
        self.t[i & (COUNTERS - 1)] >> 20
    }

    fn update(&mut self, i: usize, bit: u32) {
        let t = &mut self.t[i & (COUNTERS - 1)];
        let n = (*t & 1023) as usize;
        let p = (*t >> 10) as i32;
        let target = if bit != 0 { (1 << 22) - 1 } else { 0 };
        // the product may pass i32::MAX for a new context; the sum, a
        // probability, fits: wrapping arithmetic gives it exactly
        let step = ((target - p) >> 3).wrapping_mul(RATE[n & 63]) as u32;
        *t = t.wrapping_add(step & !1023) + u32::from(n < COUNT_LIMIT);
    }

    /// Codes one bit with counter `i` alone (no mixing): for the rare
    /// decisions, where mixing would cost time for nothing.
    fn code_plain<C: Coder>(&mut self, c: &mut C, i: usize, bit: u32) -> u32 {
        let bit = c.code(bit, self.p(i).clamp(1, 4095));
        self.update(i, bit);
        bit
    }

    /// Codes the length of the prefix the next word shares with the
    /// previous one (the encoder's `len`; the decoder's comes back) and
    /// starts the word with it.
    fn shared<C: Coder>(&mut self, c: &mut C, len: usize) -> usize {
        let ctx = SHARED + 64 * (self.prev.len().min(63) * 2 + usize::from(self.shared > 0));
        let mut total = 0;
        loop {
            let want = len.saturating_sub(total).min(SHARED_CHUNK as usize) as u32;
            let mut node = 1;
            for i in (0..6).rev() {
                node = node * 2 + self.code_plain(c, ctx + node, (want >> i) & 1) as usize;
            }
            let chunk = node - 64;
            total += chunk;
            if chunk < SHARED_CHUNK as usize || total > MAX_WORD {
                break;
            }
        }
        let total = total.min(self.prev.len());
        self.cur.clear();
        self.cur.extend_from_slice(&self.prev[..total]);
        self.shared = total;
        self.history = self.cur.iter().fold(0, |h, &b| (h << 5) | symbol_of(b));
        total
    }

    /// Codes the next byte of the current word (`None`: the word ends, and
    /// becomes the previous word).
    fn byte<C: Coder>(&mut self, c: &mut C, b: Option<u8>) -> Option<u8> {
        let sym = self.symbol(c, b.map_or(END, symbol_of));
        let out = match sym {
            END => None,
            ESCAPE => {
                let want = u32::from(b.unwrap_or(0));
                let mut node = 1;
                for i in (0..8).rev() {
                    node = node * 2 + self.code_plain(c, RAW + node, (want >> i) & 1) as usize;
                }
                Some((node - 256) as u8)
            }
            s => Some(ALPHABET[(s as usize - 1) % ALPHABET.len()]),
        };
        match out {
            Some(b) => {
                self.cur.push(b);
                self.history = (self.history << 5) | sym;
            }
            None => std::mem::swap(&mut self.prev, &mut self.cur),
        }
        out
    }

    /// Codes one symbol, as the walk down [`TREE`] to it, mixing for each
    /// step the predictions of four contexts: the previous word's symbol
    /// at this place (with the symbol before, and whether this is the first
    /// new letter: the lists are sorted, so the first new letter comes
    /// after the previous word's letter there, often just after), the two
    /// and the three symbols before, and the place in the word.  A fifth,
    /// the symbol before alone, took 0.2 KB more off the two name lists
    /// for ~20 % more decoding time.
    ///
    /// Never inlined: a browser first runs a Wasm function as quickly
    /// compiled, slow code, and switches to the optimised code at the
    /// function's next call; a call per symbol lets that happen early
    /// rather than after the whole list.
    #[inline(never)]
    fn symbol<C: Coder>(&mut self, c: &mut C, sym: u32) -> u32 {
        let pos = self.cur.len();
        let h = self.history as usize;
        let c1 = h & 31;
        let first = usize::from(pos == self.shared);
        let above = self.prev.get(pos).map_or(0, |&b| symbol_of(b) as usize);
        let order3 = (self.history & 0x7fff).wrapping_mul(0x9E37_79B1) >> 21;
        let base = [
            ABOVE + ((first * 32 + above) * 32 + c1) * 32,
            ORDER2 + (h & 0x3ff) * 32,
            ORDER3 + (order3 % ORDER3_BLOCKS) as usize * 32,
            POSITION + pos.min(15) * 32,
        ];
        let weights = first * 32;
        let (code, mut len) = (
            CODES[sym as usize % SYMBOLS],
            CODE_LENGTHS[sym as usize % SYMBOLS],
        );
        let mut node = 1;
        loop {
            let want = code.checked_shr(len.wrapping_sub(1)).unwrap_or(0) & 1;
            len = len.saturating_sub(1);
            let set = (weights + node) & 63;
            let mut slot = [0; INPUTS];
            let mut input = [0; INPUTS];
            let mut dot: i64 = 0;
            for k in 0..INPUTS {
                slot[k] = (base[k] + node) & (COUNTERS - 1);
                input[k] = i32::from(self.stretch[(self.t[slot[k]] >> 20) as usize]);
                dot += i64::from(input[k]) * i64::from(self.weights[set][k]);
            }
            let mixed = squash((dot >> 16) as i32).clamp(1, 4095);
            let bit = c.code(want, mixed as u32);
            let err = ((bit as i32) << 12) - mixed;
            for k in 0..INPUTS {
                self.weights[set][k] += (input[k] * err * LEARNING_RATE + (1 << 15)) >> 16;
                self.update(slot[k], bit);
            }
            let next = TREE[node & 31][bit as usize];
            if next >= LEAF || next == 0 {
                return u32::from(next.saturating_sub(LEAF));
            }
            node = usize::from(next);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn round_trip<W: AsRef<[u8]>>(words: &[W]) -> Vec<Vec<u8>> {
        let mut back = Vec::new();
        decode(&encode(words), |w| back.push(w.to_vec()));
        back
    }

    fn words_of(text: &str) -> Vec<&str> {
        text.lines()
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .collect()
    }

    const LISTS: [&str; 6] = [
        include_str!("../data/first_names.txt"),
        include_str!("../data/surnames.txt"),
        include_str!("../data/communes.txt"),
        include_str!("../data/places.txt"),
        include_str!("../data/name_words.txt"),
        include_str!("../data/surname_particles.txt"),
    ];

    #[test]
    fn the_lists_come_back_word_for_word() {
        for text in LISTS {
            let words = words_of(text);
            let back = round_trip(&words);
            assert_eq!(back.len(), words.len());
            assert!(back.iter().zip(&words).all(|(b, w)| b == w.as_bytes()));
        }
    }

    #[test]
    fn small_lists_come_back_whole() {
        let long = [b'a'; 200];
        let mut longer = long.to_vec();
        longer.extend_from_slice(b"bc");
        let cases: Vec<Vec<&[u8]>> = vec![
            vec![],
            vec![b"mamadou"],
            vec![b"", b"a", b"a"],
            vec![b"mamadou", b"mamady", b"mame", b"van den", b"n'diaye"],
            // shared prefixes of 200 and 63 (a whole chunk, then 0)
            vec![&long, &longer, &long[..63], &long[..64]],
            // not sorted, bytes outside the alphabet, UTF-8 and not
            vec![
                b"zoe",
                "zoë".as_bytes(),
                "élodie".as_bytes(),
                b"\x01\xff",
                b"A-Z",
            ],
        ];
        for words in cases {
            assert_eq!(round_trip(&words), words);
        }
        assert_eq!(count(&encode(&["a", "b"])).0, 2);
        // the cheapest words there are, many to a byte, are not taken for
        // a bad count
        let empty = vec![""; 50_000];
        let coded = encode(&empty);
        assert!(coded.len() * 1000 < empty.len(), "{} bytes", coded.len());
        assert_eq!(round_trip(&empty).len(), empty.len());
    }

    #[test]
    fn truncated_data_gives_the_words_before_the_cut() {
        let words = words_of(LISTS[2]);
        let coded = encode(&words);
        for cut in [0, 1, 2, 5, coded.len() / 2, coded.len() - 1] {
            let mut back = Vec::new();
            decode(&coded[..cut], |w| back.push(w.to_vec()));
            assert!(back.len() < words.len(), "cut at {cut}");
            assert!(back.iter().zip(&words).all(|(b, w)| b == w.as_bytes()));
        }
        let mut n = 0;
        decode(&coded[..coded.len() / 2], |_| n += 1);
        assert!(n > words.len() / 3, "{n} words from half the bytes");
    }

    #[test]
    fn a_count_larger_than_the_data_can_hold_is_cut() {
        let mut n = 0;
        decode(&[0xff, 0xff, 0xff, 0xff, 0x0f, 0, 0, 0, 0], |_| n += 1);
        assert!(n <= 9 * MAX_WORDS_PER_BYTE);
        assert_eq!(count(&[0x80; 12]), (0, 12));
    }

    proptest! {
        #[test]
        fn any_bytes_decode_without_panic(data in proptest::collection::vec(any::<u8>(), 0..200)) {
            let mut total = 0;
            decode(&data, |w| total += w.len());
            prop_assert!(total as u64 <= (data.len() as u64 + 1) * MAX_WORDS_PER_BYTE * MAX_WORD as u64);
        }

        #[test]
        fn any_words_come_back(words in proptest::collection::vec(
            proptest::collection::vec(any::<u8>(), 0..80), 0..40)) {
            prop_assert_eq!(round_trip(&words), words);
        }
    }
}
