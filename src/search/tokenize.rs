//! The normalisation shared by the index (here) and the query (`themes/default/static/search.js`):
//! lowercase, accent folding, split on anything that is not a letter or digit, stop words, numbers
//! without leading zeros, and a light French or English stemmer.
//!
//! The browser must reduce a query to exactly the terms the build wrote, so every rule here is one the
//! JavaScript can repeat without a library: the accent table is spelled out rather than derived from
//! Unicode decomposition (a crate here, `String.normalize` there, and two Unicode versions that may
//! disagree), and the stemmers only strip endings. `tests/search/tokenizer-parity.mjs` proves the two
//! sides agree on `tests/search/words.txt`. The accent table is the checker's
//! (`wasm_widget::text::unaccent`); change it and `search.js` together.

/// French words too common to help find a page (already folded). One-letter words (`l'`, `d'`, `à`)
/// are dropped anyway. Sorted, for a binary search (every word of every page is looked up).
const STOP_FR: &[&str] = &[
    "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "elles",
    "en", "est", "et", "eux", "il", "ils", "je", "la", "le", "les", "leur", "leurs", "lui", "ma",
    "mais", "me", "mes", "moi", "mon", "ne", "nos", "notre", "nous", "on", "ou", "par", "pas",
    "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "ta", "te", "tes", "toi",
    "ton", "tu", "un", "une", "vos", "votre", "vous",
];

/// English words too common to help find a page. Sorted, as the French list.
const STOP_EN: &[&str] = &[
    "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "he", "her",
    "his", "in", "is", "it", "its", "of", "on", "or", "our", "she", "that", "the", "their", "them",
    "they", "this", "to", "was", "we", "were", "will", "with", "you", "your",
];

/// The language rules that apply to `language` (a BCP 47 code: `fr`, `fr-BE`, `en-GB`…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    French,
    English,
    /// Any other language: folding and splitting only, no stop words, no stemming.
    Other,
}

impl Lang {
    pub fn from_code(code: &str) -> Lang {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "fr" => Lang::French,
            "en" => Lang::English,
            _ => Lang::Other,
        }
    }

    /// The code written into the index manifest, which the browser reads to pick the same rules.
    pub fn code(self) -> &'static str {
        match self {
            Lang::French => "fr",
            Lang::English => "en",
            Lang::Other => "",
        }
    }
}

/// The search terms of `text`, in order, repeats kept.
pub fn tokens(text: &str, lang: Lang) -> Vec<String> {
    words(text)
        .into_iter()
        .filter_map(|w| term(&w, lang))
        .collect()
}

/// Lowercased, accent-folded words of `text`: runs of letters and digits.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_word(text, |word| out.push(word.to_string()));
    out
}

/// Calls `found` with each of [`words`] in turn, from one buffer: the index reads every word of
/// every page, most of them seen before, and needs no copy of those.
pub fn for_each_word(text: &str, mut found: impl FnMut(&str)) {
    let mut word = String::new();
    // Lowercasing a text is lowercasing each letter, but for the Greek capital sigma, which ends a
    // word as `ς`: only a text that has one is lowercased as a whole (a copy of it), the others
    // letter by letter as they are read, which the index does for every word of every page.
    if text.contains('Σ') {
        for c in text.to_lowercase().chars() {
            take(c, &mut word, &mut found);
        }
    } else {
        // Most of a page is ASCII: a run of ASCII letters and digits in lowercase, between two
        // ASCII characters, is the word itself, handed over without a copy; a run with capitals
        // is copied and lowercased; other characters go through `take` one by one (for ASCII,
        // `take` does the very same as here).
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            if byte.is_ascii_alphanumeric() {
                let mut end = at + 1;
                let mut upper = byte.is_ascii_uppercase();
                while let Some(&b) = bytes.get(end) {
                    if !b.is_ascii_alphanumeric() {
                        break;
                    }
                    upper |= b.is_ascii_uppercase();
                    end += 1;
                }
                let whole = word.is_empty() && bytes.get(end).is_none_or(u8::is_ascii);
                if whole && !upper {
                    found(&text[at..end]);
                } else {
                    let start = word.len();
                    word.push_str(&text[at..end]);
                    word[start..].make_ascii_lowercase();
                }
                at = end;
            } else if byte.is_ascii() {
                if !word.is_empty() {
                    found(&word);
                    word.clear();
                }
                at += 1;
            } else {
                let c = text[at..].chars().next().unwrap_or(' ');
                for lower in c.to_lowercase() {
                    take(lower, &mut word, &mut found);
                }
                at += c.len_utf8();
            }
        }
    }
    if !word.is_empty() {
        found(&word);
    }
}

/// Reads one lowercased character of a text into `word`, calling `found` with the word it ends.
fn take(c: char, word: &mut String, found: &mut impl FnMut(&str)) {
    if ('\u{300}'..='\u{36f}').contains(&c) {
        // A combining accent (text typed in decomposed form): the letter before it stays.
        return;
    }
    if c.is_alphanumeric() {
        fold_into(c, word);
    } else if !word.is_empty() {
        found(word);
        word.clear();
    }
}

/// Appends `c` without its accents: the checker's accent table ([`wasm_widget::text::unaccent`]),
/// Latin-1 and Latin Extended-A, every accent French, English and their neighbours use, which
/// `search.js` spells out letter for letter. Other characters are kept.
fn fold_into(c: char, word: &mut String) {
    if c.is_ascii() {
        word.push(c);
    } else {
        match wasm_widget::text::unaccent(c) {
            Some(letters) => word.push_str(letters),
            None => word.push(c),
        }
    }
}

/// The term a folded word is indexed under, or `None` for a stop word or a lone letter.
pub fn term(word: &str, lang: Lang) -> Option<String> {
    let mut chars = word.chars();
    let first = chars.next()?;
    if chars.next().is_none() && !first.is_ascii_digit() {
        return None;
    }
    if word.bytes().all(|b| b.is_ascii_digit()) {
        // `PROMPT-007` is found by `7`, `07` and `007` alike.
        let trimmed = word.trim_start_matches('0');
        return Some(if trimmed.is_empty() { "0" } else { trimmed }.to_string());
    }
    let stop = match lang {
        Lang::French => STOP_FR,
        Lang::English => STOP_EN,
        Lang::Other => &[],
    };
    if stop.binary_search(&word).is_ok() {
        return None;
    }
    if word.chars().any(|c| c.is_numeric()) {
        return Some(word.to_string());
    }
    Some(stem(word, lang))
}

/// The light stemmer of `lang`: only strips endings, so the stem of a word's beginning is (nearly
/// always) a beginning of the word's stem, which lets the browser complete the word being typed.
pub fn stem(word: &str, lang: Lang) -> String {
    let mut w: Vec<char> = word.chars().collect();
    match lang {
        Lang::French => stem_fr(&mut w),
        Lang::English => stem_en(&mut w),
        Lang::Other => {}
    }
    w.into_iter().collect()
}

/// Plural and feminine endings, in the spirit of Savoy's French "minimal" stemmer (as in Lucene):
/// `sociaux`/`sociales` → `social`, `réseaux` → `reseau`, `données`/`donné` → `don`,
/// `personnelles` → `personnel`, `utiliser`/`utilisées` → `utilis`. Words of 3 letters or fewer are
/// kept, and no rule leaves fewer than 3.
fn stem_fr(w: &mut Vec<char>) {
    let n = w.len();
    if n <= 3 {
        return;
    }
    if ends(w, "aux") && n > 4 && w[n - 4] != 'e' {
        w.truncate(n - 3);
        w.extend(['a', 'l']);
        return;
    }
    for ending in ['x', 's', 'r', 'e', 'e'] {
        if w.len() > 3 && w.last() == Some(&ending) {
            w.pop();
        }
    }
    let n = w.len();
    if n > 3 && w[n - 1] == w[n - 2] {
        w.pop();
    }
}

/// English plurals, as Lucene's `EnglishMinimalStemmer`: `policies` → `policy`, `tools` → `tool`,
/// but `status`, `class`, `goes`, `series` stay.
fn stem_en(w: &mut Vec<char>) {
    let n = w.len();
    if n < 3 || w[n - 1] != 's' {
        return;
    }
    match w[n - 2] {
        'u' | 's' => {}
        'e' if n > 3 && w[n - 3] == 'i' && w[n - 4] != 'a' && w[n - 4] != 'e' => {
            w.truncate(n - 3);
            w.push('y');
        }
        'e' if matches!(w[n - 3], 'i' | 'a' | 'o' | 'e') => {}
        _ => {
            w.pop();
        }
    }
}

fn ends(w: &[char], suffix: &str) -> bool {
    let n = suffix.chars().count();
    w.len() >= n && w[w.len() - n..].iter().copied().eq(suffix.chars())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(text: &str) -> Vec<String> {
        tokens(text, Lang::French)
    }

    /// The words of `text` read one letter at a time, as before the ASCII runs were read at once.
    fn words_letter_by_letter(text: &str) -> Vec<String> {
        let (mut out, mut word) = (Vec::new(), String::new());
        let lowered = text.to_lowercase();
        for c in lowered.chars() {
            take(c, &mut word, &mut |w: &str| out.push(w.to_string()));
        }
        if !word.is_empty() {
            out.push(word);
        }
        out
    }

    /// Reading runs of ASCII at once splits and folds as reading letter by letter does: mixed
    /// scripts, accents typed composed and decomposed, capitals that lowercase to ASCII or to two
    /// letters, digits, punctuation at either end.
    #[test]
    fn ascii_runs_give_the_words_of_a_letter_by_letter_reading() {
        for text in [
            "",
            "Données PERSONNELLES, l'IA et 2024-PROMPT-007!",
            "  café CAFÉ cafe\u{301} Cafe\u{301}s ",
            "KELVIN \u{212A}elvin İstanbul ǅemal Straße ŒUVRE",
            "x1y2 über-Größe; naïve_coöperation... (2/3)",
            "ΑΘΗΝΑ mixed with ASCII",
            "日本語とEnglish混在",
            "end with a letter é",
        ] {
            assert_eq!(words(text), words_letter_by_letter(text), "{text:?}");
        }
    }

    /// The string literal after `var NAME = '` in `search.js`.
    fn js_table(name: &str) -> &'static str {
        const JS: &str = include_str!("../../themes/default/static/search.js");
        let start = JS
            .find(&format!("var {name} = '"))
            .map(|i| i + name.len() + 8)
            .expect("the table in search.js");
        let len = JS[start..].find('\'').expect("end of the table");
        &JS[start..start + len]
    }

    #[test]
    fn search_js_folds_accents_with_the_same_table() {
        let (from, to) = (js_table("FROM"), js_table("TO"));
        assert_eq!(from.chars().count(), to.chars().count());
        for (f, t) in from.chars().zip(to.chars()) {
            assert_eq!(
                wasm_widget::text::unaccent(f),
                Some(t.to_string().as_str()),
                "{f}"
            );
        }
        for (f, t) in [('œ', "oe"), ('æ', "ae"), ('ß', "ss")] {
            assert_eq!(wasm_widget::text::unaccent(f), Some(t), "{f}");
        }
        // and nothing more: every lower-case letter the table folds, search.js folds too
        for c in ('\u{80}'..='\u{17f}').filter(|c| c.is_lowercase()) {
            if wasm_widget::text::unaccent(c).is_some() {
                assert!(
                    from.contains(c) || "œæß".contains(c),
                    "{c} missing in search.js"
                );
            }
        }
    }

    /// Letter-by-letter lowercasing gives the words of lowercasing the whole text, capitals whose
    /// lower case is two letters and the word-final sigma included.
    #[test]
    fn words_are_those_of_the_text_lowercased_whole() {
        let whole = |text: &str| {
            let lowered = text.to_lowercase();
            let mut out = Vec::new();
            let mut word = String::new();
            for c in lowered
                .chars()
                .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
            {
                if c.is_alphanumeric() {
                    fold_into(c, &mut word);
                } else if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
            }
            out.extend((!word.is_empty()).then_some(word));
            out
        };
        for text in [
            "L'ÉQUIPE de l’Association, ÇA VA ?",
            "İstanbul Straße ǅemal ẞ",
            "ΟΔΥΣΣΕΥΣ et ΣΟΦΟΣ : Σ seul",
            "Ωmega ÀÉÎÕÜ Ÿves Œuvre 12-07",
            "cafe\u{301} NAÏVE e\u{301}te\u{301}",
            "",
        ] {
            assert_eq!(words(text), whole(text), "{text}");
        }
    }

    #[test]
    fn accents_case_and_elisions_disappear() {
        assert_eq!(fr("L'ÉQUIPE de l’Association"), ["equip", "association"]);
        assert_eq!(fr("Œuvre"), fr("oeuvres"));
        assert_eq!(fr("cafe\u{301}"), fr("café"));
    }

    #[test]
    fn french_plurals_and_feminines_meet() {
        assert_eq!(fr("données"), fr("donnée"));
        assert_eq!(fr("données"), fr("donné"));
        assert_eq!(fr("personnelles"), fr("personnel"));
        assert_eq!(fr("réseaux sociaux"), fr("réseau social"));
        assert_eq!(fr("sociales"), fr("social"));
        assert_eq!(fr("chartes"), fr("charte"));
        assert_eq!(fr("formations"), fr("formation"));
    }

    #[test]
    fn prompt_ids_are_found_by_their_number() {
        assert_eq!(fr("PROMPT-042"), ["prompt", "42"]);
        assert_eq!(fr("prompt 42"), fr("PROMPT-042"));
        assert_eq!(fr("000"), ["0"]);
    }

    #[test]
    fn english_plurals_meet() {
        let en = |s: &str| tokens(s, Lang::English);
        assert_eq!(en("Policies"), en("policy"));
        assert_eq!(en("tools"), ["tool"]);
        assert_eq!(en("the status of the class"), ["status", "class"]);
    }

    /// Stop words are found by a binary search: each list must stay sorted, without repeats.
    #[test]
    fn stop_word_lists_are_sorted() {
        for list in [STOP_FR, STOP_EN] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert_eq!(fr("Le et la sont avec vous"), Vec::<String>::new());
        let en = |s: &str| tokens(s, Lang::English);
        assert_eq!(en("an and your you"), Vec::<String>::new());
        assert_eq!(en("ant android"), ["ant", "android"]);
    }

    #[test]
    fn languages_by_primary_subtag() {
        assert_eq!(Lang::from_code("fr-BE"), Lang::French);
        assert_eq!(Lang::from_code("EN_gb"), Lang::English);
        assert_eq!(Lang::from_code("nl"), Lang::Other);
    }
}
