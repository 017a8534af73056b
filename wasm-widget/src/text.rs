//! Tokenisation and accent folding shared by every detector.
//!
//! Why one tokeniser: the secret-term index and the published fingerprint are
//! built at site-build time and matched in the browser; both sides must cut
//! and normalise words in exactly the same way or hashes would never meet.
//! Detectors that look at words (names, sensitive vocabulary, context cues)
//! reuse the same tokens so the text is scanned and folded only once, and
//! every word is looked up once in the lexicon (see `lexicon`).

use crate::lexicon::{lexicon, word_hash, Class};

/// Folds one character into `out`: lower-case, accents stripped, ligatures
/// expanded (`œ` → `oe`).  Folding makes "Élodie", "ELODIE" and "elodie" the
/// same key, which is what the name lists and the hashed indexes store.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        fold_non_ascii(c, out);
    }
}

/// The lower-case ASCII letters a Latin letter of Latin-1 or Latin
/// Extended-A, in either case, is written with once its accents are removed
/// (`É` → `e`, `ş` → `s`, `œ` → `oe`); `None` for any other character.
///
/// The project's one accent table: the checker's folding, URL slugs and the
/// search index all use it, so a word is folded the same way wherever it is
/// compared.  The search page repeats it in JavaScript
/// (`themes/default/static/search.js`, checked by the tokenizer parity
/// test), which is why it is a table and not Unicode decomposition.
pub fn unaccent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'À' | 'á' | 'Á' | 'â' | 'Â' | 'ã' | 'Ã' | 'ä' | 'Ä' | 'å' | 'Å' | 'ā' | 'Ā' | 'ă'
        | 'Ă' | 'ą' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' | 'ć' | 'Ć' | 'ĉ' | 'Ĉ' | 'ċ' | 'Ċ' | 'č' | 'Č' => "c",
        'ď' | 'Ď' | 'đ' | 'Đ' => "d",
        'è' | 'È' | 'é' | 'É' | 'ê' | 'Ê' | 'ë' | 'Ë' | 'ē' | 'Ē' | 'ĕ' | 'Ĕ' | 'ė' | 'Ė' | 'ę'
        | 'Ę' | 'ě' | 'Ě' => "e",
        'ĝ' | 'Ĝ' | 'ğ' | 'Ğ' | 'ġ' | 'Ġ' | 'ģ' | 'Ģ' => "g",
        'ĥ' | 'Ĥ' | 'ħ' | 'Ħ' => "h",
        'ì' | 'Ì' | 'í' | 'Í' | 'î' | 'Î' | 'ï' | 'Ï' | 'ĩ' | 'Ĩ' | 'ī' | 'Ī' | 'ĭ' | 'Ĭ' | 'į'
        | 'Į' | 'ı' | 'İ' => "i",
        'ĵ' | 'Ĵ' => "j",
        'ķ' | 'Ķ' => "k",
        'ĺ' | 'Ĺ' | 'ļ' | 'Ļ' | 'ľ' | 'Ľ' | 'ŀ' | 'Ŀ' | 'ł' | 'Ł' => "l",
        'ñ' | 'Ñ' | 'ń' | 'Ń' | 'ņ' | 'Ņ' | 'ň' | 'Ň' => "n",
        'ò' | 'Ò' | 'ó' | 'Ó' | 'ô' | 'Ô' | 'õ' | 'Õ' | 'ö' | 'Ö' | 'ø' | 'Ø' | 'ō' | 'Ō' | 'ŏ'
        | 'Ŏ' | 'ő' | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ŕ' | 'Ŕ' | 'ŗ' | 'Ŗ' | 'ř' | 'Ř' => "r",
        'ś' | 'Ś' | 'ŝ' | 'Ŝ' | 'ş' | 'Ş' | 'š' | 'Š' => "s",
        'ß' => "ss",
        'ţ' | 'Ţ' | 'ť' | 'Ť' | 'ŧ' | 'Ŧ' => "t",
        'ù' | 'Ù' | 'ú' | 'Ú' | 'û' | 'Û' | 'ü' | 'Ü' | 'ũ' | 'Ũ' | 'ū' | 'Ū' | 'ŭ' | 'Ŭ' | 'ů'
        | 'Ů' | 'ű' | 'Ű' | 'ų' | 'Ų' => "u",
        'ŵ' | 'Ŵ' => "w",
        'ý' | 'Ý' | 'ÿ' | 'Ÿ' | 'ŷ' | 'Ŷ' => "y",
        'ź' | 'Ź' | 'ż' | 'Ż' | 'ž' | 'Ž' => "z",
        _ => return None,
    })
}

/// Folds a whole string (see [`fold_char`]).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Letters and digits make words; everything else separates them, except a
/// hyphen between two word characters ("Jean-Pierre", "Saint-Denis"), which
/// stays inside the word so compound names and towns are judged whole.
pub(crate) fn is_word_char(c: char) -> bool {
    // `c.is_alphanumeric()`, with the fast path for Latin letters
    is_letter(c) || c.is_numeric()
}

pub const F_CAP: u8 = 1; // first character is upper-case
pub const F_UPPER: u8 = 2; // every letter upper-case, at least two letters
pub const F_DIGIT: u8 = 4; // only digits
pub const F_ALPHA: u8 = 8; // contains a letter
pub const F_SENT: u8 = 16; // first word of a sentence
pub const F_HYPHEN: u8 = 32; // contains an inner hyphen
pub const F_HAS_DIGIT: u8 = 64; // contains an ASCII digit

/// The gap before the token holds one of `,.;:()` or a line break: a
/// street or institution name does not run across it.
pub const G_PUNCT: u8 = 1;
/// The gap before the token is not empty and holds only spaces (plain or
/// no-break): the token continues the phrase before it.
pub const G_SPACES: u8 = 2;

/// One word of the text.  Offsets are byte offsets into the original text;
/// `fstart..fend` index the folded form in [`Doc::folded`].
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub fstart: u32,
    pub fend: u32,
    pub sentence: u32,
    /// [`crate::lexicon::word_hash`] of the folded form.
    pub hash: u32,
    /// Lexicon classes of the folded form ([`crate::lexicon::class`]).
    pub class: Class,
    pub flags: u8,
    /// Facts about the characters before the token (`G_*`).
    pub gap: u8,
}

impl Token {
    pub fn has(&self, f: u8) -> bool {
        self.flags & f != 0
    }

    /// Whether the token belongs to one of the classes in `c`.
    pub fn is(&self, c: Class) -> bool {
        self.class & c != 0
    }
}

/// A tokenised text: tokens, their folded forms in one shared buffer (one
/// allocation instead of one per word: this is the hot path in Wasm) and the
/// sentence each token belongs to.
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub folded: String,
    /// For each sentence, the token range `[first, last)`.
    pub sentences: Vec<(usize, usize)>,
}

/// The character at byte `i` (a char boundary) and its length, with a fast
/// path for ASCII, which is most of any text.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => (b as char, 1),
        Some(_) => text
            .get(i..)
            .and_then(|s| s.chars().next())
            .map_or(('\0', 1), |c| (c, c.len_utf8())),
        None => ('\0', 1),
    }
}

#[inline]
fn word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_word_char(c)
    }
}

/// `c.is_alphabetic()`, answered without Unicode's tables for the Latin-1
/// and Latin Extended-A/B letters that French, Dutch and most European
/// names are written with (every character from U+00C0 to U+024F but `×`
/// and `÷` is a letter: a unit test checks it against the standard library).
#[inline]
fn is_letter(c: char) -> bool {
    if ('\u{c0}'..='\u{24f}').contains(&c) {
        c != '×' && c != '÷'
    } else {
        c.is_alphabetic()
    }
}

/// Folds one non-ASCII character (see [`fold_char`]).
fn fold_non_ascii(c: char, out: &mut String) {
    if let Some(letters) = unaccent(c) {
        out.push_str(letters);
    } else if matches!(c, '’' | '‘' | 'ʼ') {
        out.push('\'');
    } else {
        // Other scripts keep their case: the name lists are Latin-only, and
        // skipping Unicode case tables saves Wasm size.
        out.push(c);
    }
}

/// FNV-1a step: [`word_hash`] computed byte by byte as the folded form is
/// written, instead of in a second pass over it.
#[inline]
fn fnv_step(h: u32, b: u8) -> u32 {
    (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
}

/// [`word_hash`] of nothing: the FNV-1a offset basis.
const FNV_BASIS: u32 = 0x811c_9dc5;

impl<'a> Doc<'a> {
    /// Tokenises `text` in one pass: word spans, folded forms, flags,
    /// sentences, and the lexicon classes of every word (one table lookup
    /// per word; detectors then only test bits).
    pub fn new(text: &'a str) -> Doc<'a> {
        let lex = lexicon();
        let b = text.as_bytes();
        let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 6 + 1);
        // a String from the start: whole characters only are pushed, and
        // the buffer needs no UTF-8 validation pass at the end
        let mut folded = String::with_capacity(text.len() + 16);
        let mut sentence: u32 = 0;
        let mut sentence_has_tokens = false;
        let mut sentences: Vec<(usize, usize)> = Vec::new();
        let mut sent_first = 0usize;
        // facts about the current gap between words
        let mut gap_punct = false;
        let mut gap_len = 0usize;
        let mut gap_spaces_only = true;
        let mut i = 0;
        while i < b.len() {
            let (c, len) = char_at(text, i);
            if !word_char(c) {
                gap_len += 1;
                match c {
                    ',' | '.' | '\n' | ';' | ':' | '(' | ')' => {
                        gap_punct = true;
                        gap_spaces_only = false;
                    }
                    ' ' | '\u{a0}' => {}
                    _ => gap_spaces_only = false,
                }
                if sentence_has_tokens && is_sentence_break(c, text, i) {
                    sentences.push((sent_first, tokens.len()));
                    sent_first = tokens.len();
                    sentence += 1;
                    sentence_has_tokens = false;
                }
                i += len;
                continue;
            }
            let start = i;
            let fstart = folded.len();
            let mut flags = 0u8;
            let mut letters = 0u32;
            let mut uppers = 0u32;
            let mut digits_only = true;
            let mut first = true;
            let mut cur = c;
            let mut j = i + len;
            let mut hash = FNV_BASIS;
            loop {
                if cur.is_ascii() {
                    let a = cur as u8;
                    if a.is_ascii_alphabetic() {
                        letters += 1;
                        digits_only = false;
                        if a.is_ascii_uppercase() {
                            uppers += 1;
                            if first {
                                flags |= F_CAP;
                            }
                        }
                    } else if a == b'-' {
                        digits_only = false;
                        flags |= F_HYPHEN;
                    } else {
                        flags |= F_HAS_DIGIT;
                    }
                    let l = a.to_ascii_lowercase();
                    folded.push(char::from(l));
                    hash = fnv_step(hash, l);
                } else {
                    if is_letter(cur) {
                        letters += 1;
                        digits_only = false;
                        if cur.is_uppercase() {
                            uppers += 1;
                            if first {
                                flags |= F_CAP;
                            }
                        }
                    } else {
                        digits_only = false;
                    }
                    let from = folded.len();
                    fold_non_ascii(cur, &mut folded);
                    for &b in &folded.as_bytes()[from..] {
                        hash = fnv_step(hash, b);
                    }
                }
                first = false;
                let (n, nlen) = char_at(text, j);
                if j < b.len() && word_char(n) {
                    cur = n;
                    j += nlen;
                } else if n == '-' && j + 1 < b.len() && word_char(char_at(text, j + 1).0) {
                    // keep the hyphen only if a word character follows
                    cur = '-';
                    j += 1;
                } else {
                    break;
                }
            }
            i = j;
            if letters > 0 {
                flags |= F_ALPHA;
            }
            if digits_only {
                flags |= F_DIGIT;
            }
            if letters >= 2 && uppers == letters {
                flags |= F_UPPER;
            }
            if !sentence_has_tokens {
                flags |= F_SENT;
                sentence_has_tokens = true;
            }
            let mut gap = 0u8;
            if gap_punct {
                gap |= G_PUNCT;
            }
            if gap_len > 0 && gap_spaces_only {
                gap |= G_SPACES;
            }
            gap_punct = false;
            gap_len = 0;
            gap_spaces_only = true;
            let word = &folded.as_bytes()[fstart..];
            debug_assert_eq!(hash, word_hash(word));
            let class = if digits_only || word.len() > 40 {
                0
            } else {
                lex.get(hash, word)
            };
            tokens.push(Token {
                start: start as u32,
                end: j as u32,
                fstart: fstart as u32,
                fend: folded.len() as u32,
                sentence,
                hash,
                class,
                flags,
                gap,
            });
        }
        if sentence_has_tokens {
            sentences.push((sent_first, tokens.len()));
        }
        Doc {
            text,
            tokens,
            folded,
            sentences,
        }
    }

    /// Whether token `i` exists and belongs to one of the classes in `c`.
    #[inline]
    pub fn class_is(&self, i: usize, c: Class) -> bool {
        self.tokens.get(i).is_some_and(|t| t.class & c != 0)
    }

    /// Whether token `i` heads a pseudonym code: a word, an underscore,
    /// digits ("Personne_001", "Bénéficiaire_037", "Persoon_002").  The
    /// checker's own codes and the usual pseudonym forms name no one, but
    /// what is said of them is still about someone.
    pub fn is_code(&self, i: usize) -> bool {
        // the gap before token i + 1 is "_": one byte, an underscore
        let (Some(t), Some(next)) = (self.tokens.get(i), self.tokens.get(i + 1)) else {
            return false;
        };
        t.has(F_ALPHA)
            && next.start == t.end + 1
            && self.text.as_bytes().get(t.end as usize) == Some(&b'_')
            && next.has(F_DIGIT)
    }

    /// Whether token `i` exists and is made of digits only.
    pub fn class_is_digit(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.has(F_DIGIT))
    }

    /// Folded form of token `i`.
    pub fn f(&self, i: usize) -> &str {
        match self.tokens.get(i) {
            Some(t) => self
                .folded
                .get(t.fstart as usize..t.fend as usize)
                .unwrap_or(""),
            None => "",
        }
    }

    /// Folded form of token `t` of this document, inlined in the loops
    /// that visit every token ([`Doc::f`] stays a call elsewhere: Wasm size).
    #[inline(always)]
    pub(crate) fn folded_of(&self, t: &Token) -> &str {
        self.folded
            .get(t.fstart as usize..t.fend as usize)
            .unwrap_or("")
    }

    /// Original text of token `i`.
    pub fn raw(&self, i: usize) -> &str {
        match self.tokens.get(i) {
            Some(t) => self
                .text
                .get(t.start as usize..t.end as usize)
                .unwrap_or(""),
            None => "",
        }
    }

    /// The characters between token `i - 1` and token `i` (or the text
    /// start): used to see titles' dots, commas and line breaks.
    pub fn gap_before(&self, i: usize) -> &str {
        let Some(t) = self.tokens.get(i) else {
            return "";
        };
        let from = if i == 0 {
            0
        } else {
            self.tokens[i - 1].end as usize
        };
        self.text.get(from..t.start as usize).unwrap_or("")
    }

    /// Token range of the sentence containing token `i`.
    pub fn sentence_of(&self, i: usize) -> (usize, usize) {
        match self.tokens.get(i) {
            Some(t) => self
                .sentences
                .get(t.sentence as usize)
                .copied()
                .unwrap_or((i, i + 1)),
            None => (i, i),
        }
    }

    /// Index of the first token starting at or after byte offset `b`.
    pub fn token_at_or_after(&self, b: usize) -> usize {
        self.tokens.partition_point(|t| (t.start as usize) < b)
    }

    /// Whether folded token `i` equals one of `words`.
    pub fn is(&self, i: usize, words: &[&str]) -> bool {
        let f = self.f(i);
        i < self.tokens.len() && words.contains(&f)
    }
}

fn is_sentence_break(c: char, text: &str, i: usize) -> bool {
    match c {
        // "HopeHouse!2024", "who?me": a mark between two letters or digits
        // is inside a word (a password, a typo), not the end of a sentence
        '!' | '?' => {
            !(text[..i].ends_with(char::is_alphanumeric)
                && text[i + 1..].starts_with(char::is_alphanumeric))
        }
        ';' | '\n' | '\r' | '•' | '|' => true,
        '.' => {
            // "M. Dupont", "3.5", "etc." inside a sentence: only a dot
            // followed by white space and then a capital (or the end) breaks.
            let rest = &text[i + 1..];
            let mut chars = rest.chars();
            match chars.next() {
                None => true,
                Some(n) if n.is_whitespace() => {
                    let prev_word: &str = text[..i]
                        .rsplit(|ch: char| !ch.is_alphanumeric())
                        .next()
                        .unwrap_or("");
                    if is_abbreviation(prev_word) {
                        return false;
                    }
                    chars
                        .find(|ch| !ch.is_whitespace())
                        .is_none_or(|ch| ch.is_uppercase() || !ch.is_alphanumeric())
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// Abbreviations whose dot does not end a sentence (titles mostly: "M.
/// Traoré" must keep the title and the name together).
fn is_abbreviation(w: &str) -> bool {
    // Dutch and English titles are written in any case in chat ("dhr.",
    // "mevr.", "mr."); the one-letter and two-letter French ones stay
    // case-sensitive ("me." ends "call me.")
    let titles = [
        "dhr", "mevr", "mw", "mej", "mr", "mrs", "ms", "dr", "mme", "mlle", "prof", "drs", "fam",
    ];
    if w.len() >= 2 && w.len() <= 4 && titles.iter().any(|t| w.eq_ignore_ascii_case(t)) {
        return true;
    }
    matches!(
        w,
        "M" | "Pr"
            | "Me"
            | "St"
            | "Ste"
            | "av"
            | "bd"
            | "tél"
            | "tel"
            | "n"
            | "No"
            | "p"
            | "cf"
            | "Jr"
            | "Sr"
    )
}

/// Words of `text` folded and split on hyphens, the normal form used by the
/// secret-term index and the published fingerprint.
pub fn hash_words(text: &str) -> Vec<String> {
    let doc = Doc::new(text);
    let mut out = Vec::with_capacity(doc.tokens.len());
    for i in 0..doc.tokens.len() {
        for part in doc.f(i).split('-') {
            if !part.is_empty() {
                out.push(part.to_string());
            }
        }
    }
    out
}

/// Same as [`hash_words`] but keeping, for each word, the index of the token
/// it came from, so matches can be mapped back to text offsets.
pub fn hash_words_of<'d>(doc: &'d Doc) -> Vec<(usize, &'d str)> {
    let mut out = Vec::with_capacity(doc.tokens.len());
    for (i, t) in doc.tokens.iter().enumerate() {
        let f = doc.folded_of(t);
        if t.has(F_HYPHEN) {
            for part in f.split('-') {
                if !part.is_empty() {
                    out.push((i, part));
                }
            }
        } else {
            out.push((i, f));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_s_dot_does_not_end_the_sentence_in_any_case() {
        for t in [
            "Dhr. Peeters komt morgen.",
            "dhr. Peeters komt morgen.",
            "Mevr. Janssens is ziek.",
            "MEVR. Janssens is ziek.",
            "Mw. De Vos belt terug.",
            "mr. Smith called.",
            "Prof. Diallo parle jeudi.",
        ] {
            assert_eq!(Doc::new(t).sentences.len(), 1, "{t}");
        }
        // a short word that is no title still ends its sentence
        assert_eq!(Doc::new("Call me. Then we talk.").sentences.len(), 2);
        assert_eq!(Doc::new("Il est là. Mme Diallo aussi.").sentences.len(), 2);
    }

    #[test]
    fn folds_accents_and_ligatures() {
        assert_eq!(fold("Élodie CŒUR Straße"), "elodie coeur strasse");
    }

    #[test]
    fn tokenises_hyphens_and_elisions() {
        let d = Doc::new("L'adhérente Jean-Pierre vit à Saint-Denis. Elle -- oui.");
        let words: Vec<&str> = (0..d.tokens.len()).map(|i| d.f(i)).collect();
        assert_eq!(
            words,
            [
                "l",
                "adherente",
                "jean-pierre",
                "vit",
                "a",
                "saint-denis",
                "elle",
                "oui"
            ]
        );
        assert_eq!(d.sentences.len(), 2);
        assert!(d.tokens[6].has(F_SENT));
    }

    #[test]
    fn fast_paths_match_the_standard_library() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            if !c.is_ascii() {
                assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
                assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
            }
        }
    }

    #[test]
    fn tokens_carry_the_hash_of_their_folded_form() {
        let d = Doc::new("Ça va, Œdipe ? L’été à Zürich — 12-3 ΑΒΓ x");
        for (i, t) in d.tokens.iter().enumerate() {
            assert_eq!(t.hash, word_hash(d.f(i).as_bytes()), "{}", d.f(i));
        }
    }

    #[test]
    fn title_dot_does_not_break_sentence() {
        let d = Doc::new("Appelez M. Traoré demain.");
        assert_eq!(d.sentences.len(), 1);
    }

    #[test]
    fn a_mark_inside_a_word_does_not_break_the_sentence() {
        for t in [
            "the wifi is HopeHouse!2024 now",
            "mdp : Soleil?77 pour tous",
        ] {
            assert_eq!(Doc::new(t).sentences.len(), 1, "{t}");
        }
        for t in ["Merci! Bonne soirée", "Ready? Go", "Quoi ?Non"] {
            assert_eq!(Doc::new(t).sentences.len(), 2, "{t}");
        }
    }
}
