//! A text too long to hold whole (a 100 MB export handed to `handbook
//! check`), checked part by part in bounded memory.
//!
//! The classifier reads a text as a whole: its working memory is about 16
//! times the text.  A long text is therefore cut into parts at paragraph
//! breaks ([`part_end`]), and [`PartChecker`] checks them one after the
//! other while keeping what must hold for the whole text:
//!
//! - **one numbering of pseudonyms**: a person named in the first part and
//!   again in the last one gets the same code in both;
//! - **offsets into the whole text**: each entity's `start`/`end` (chars,
//!   UTF-16 units and bytes) count from the start of the text, not of its
//!   part;
//! - **the strictest verdict**: the whole text gets the highest category of
//!   its parts ([`Whole`]), as grey zones go to the stricter side.
//!
//! What is lost is evidence across a part boundary: a name recognised from
//! a sentence in one part is not carried into the next.  Parts end at a
//! blank line wherever the text has one, and are a megabyte long in
//! `handbook check`, so this only matters for a text that runs a megabyte
//! without a paragraph break.

use crate::checker::{Checker, Mode};
use crate::json::write_str_body;
use crate::pseudonymise::Pseudonymiser;
use crate::reasons;
use crate::report::{write_head, Category, Lang, Report, Verdict};

/// Where the first part of `text` ends when parts hold at most `max` bytes:
/// after the last blank line that fits, else after the last line break,
/// else after the last white space, else at the last character that fits.
/// Always at a character boundary, and never 0 for a non-empty text (a
/// `max` smaller than the first character still takes that character), so
/// cutting again and again always gets to the end.
pub fn part_end(text: &str, max: usize) -> usize {
    if text.len() <= max {
        return text.len();
    }
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let window = &text[..cut];
    let blank = [("\n\n", 2), ("\n\r\n", 3)]
        .iter()
        .filter_map(|&(sep, len)| window.rfind(sep).map(|p| p + len))
        .max();
    let end = blank
        .or_else(|| window.rfind('\n').map(|p| p + 1))
        .or_else(|| {
            window
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map(|(p, c)| p + c.len_utf8())
        })
        .unwrap_or(cut);
    if end > 0 {
        end
    } else {
        text.chars().next().map_or(0, char::len_utf8)
    }
}

/// Checks the parts of one long text in order (see the module's doc).
pub struct PartChecker<'c> {
    checker: &'c Checker,
    lang: Lang,
    codes: Pseudonymiser,
    /// Where the next part starts in the whole text: chars, UTF-16 units, bytes.
    at: (usize, usize, usize),
    covered_words: usize,
    total_words: usize,
    /// The strictest category so far, and whether every part that reached it was grey.
    worst: Option<(Category, bool)>,
    entities: usize,
}

impl<'c> PartChecker<'c> {
    /// Starts a long text, with reasons and codes in `lang`.
    pub fn new(checker: &'c Checker, lang: Lang) -> PartChecker<'c> {
        PartChecker {
            checker,
            lang,
            codes: Pseudonymiser::default(),
            at: (0, 0, 0),
            covered_words: 0,
            total_words: 0,
            worst: None,
            entities: 0,
        }
    }

    /// Checks the next part. Its entities' offsets count from the start of
    /// the whole text; its pseudonymised text continues the numbering of the
    /// earlier parts.  Its category, grey flag and summary are the part's
    /// own; [`PartChecker::whole`] gives the text's.
    pub fn check(&mut self, part: &str) -> Report {
        let (mut report, coverage) =
            self.checker
                .classify_part(part, self.lang, Mode::Text, &mut self.codes);
        let (chars, units, bytes) = self.at;
        for e in &mut report.entities {
            e.start += chars;
            e.end += chars;
            e.start_utf16 += units;
            e.end_utf16 += units;
            e.start_byte += bytes;
            e.end_byte += bytes;
        }
        let (part_chars, part_units) = part
            .chars()
            .fold((0, 0), |(n, u), c| (n + 1, u + c.len_utf16()));
        self.at = (chars + part_chars, units + part_units, bytes + part.len());
        self.covered_words += coverage.covered_words;
        self.total_words += coverage.total_words;
        self.entities += report.entities.len();
        let this = (report.category, report.grey);
        self.worst = Some(match self.worst {
            // a part that is certain at this category outranks a grey one
            Some(w) if w.0 > this.0 || (w.0 == this.0 && !w.1) => w,
            Some(w) if w.0 == this.0 => (w.0, w.1 && this.1),
            _ => this,
        });
        report
    }

    /// The verdict on the text checked so far.
    pub fn whole(&self) -> Whole {
        let (category, grey) = self.worst.unwrap_or((Category::Public, false));
        Whole {
            category,
            grey,
            verdict: category.verdict(),
            summary: reasons::summary(category, grey, self.lang).to_string(),
            published_ratio: if self.total_words == 0 {
                0.0
            } else {
                self.covered_words as f32 / self.total_words as f32
            },
            entities: self.entities,
            lang: self.lang,
        }
    }
}

/// The verdict on a long text checked in parts: what a [`Report`] says of
/// a whole text, without its entities and pseudonymised text, which were
/// handed out part by part.
#[derive(Clone, Debug, PartialEq)]
pub struct Whole {
    /// The highest category of any part.
    pub category: Category,
    /// True when every part at that category was only there as a precaution.
    pub grey: bool,
    pub verdict: Verdict,
    pub summary: String,
    /// Published words over all words, over the whole text.
    pub published_ratio: f32,
    /// How many entities the parts reported.
    pub entities: usize,
    pub lang: Lang,
}

impl Whole {
    /// The JSON of a [`Report`] for the whole text, streamed: this head,
    /// then each entity's [`Entity::write_json`](crate::Entity::write_json)
    /// separated by commas, then [`Whole::JSON_BEFORE_TEXT`], then each
    /// part's pseudonymised text through [`json_str_body`], then `"}`.
    /// The result is the same document `Report::to_json` writes.
    pub fn json_head(&self) -> String {
        let mut o = String::with_capacity(256);
        write_head(
            &mut o,
            self.category,
            self.grey,
            self.lang,
            &self.summary,
            self.published_ratio,
        );
        o
    }

    /// What comes between the last entity and the pseudonymised text,
    /// opening quote included.
    pub const JSON_BEFORE_TEXT: &'static str = "],\"pseudonymised\":\"";
}

/// `text` escaped for the inside of a JSON string (no quotes), to write a
/// long pseudonymised text part by part.
pub fn json_str_body(text: &str) -> String {
    let mut o = String::with_capacity(text.len() + 16);
    write_str_body(&mut o, text);
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_end_at_blank_lines_then_lines_then_spaces() {
        let text = "one two\n\nthree four\nfive six seven";
        assert_eq!(part_end(text, 100), text.len());
        assert_eq!(&text[..part_end(text, 20)], "one two\n\n");
        let crlf = "one two\r\n\r\nthree";
        assert_eq!(&crlf[..part_end(crlf, 14)], "one two\r\n\r\n");
        assert_eq!(&text[9..9 + part_end(&text[9..], 20)], "three four\n");
        assert_eq!(part_end("five six seven", 10), "five six ".len());
        assert_eq!(part_end("abcdefgh", 3), 3);
    }

    #[test]
    fn parts_never_split_a_character_and_always_advance() {
        for text in ["ééééé", "€€€", "🙂🙂", "a🙂", "🙂"] {
            for max in 0..8 {
                let mut rest = text;
                let mut n = 0;
                while !rest.is_empty() {
                    let end = part_end(rest, max);
                    assert!(end > 0 && rest.is_char_boundary(end), "{text:?} {max}");
                    rest = &rest[end..];
                    n += 1;
                    assert!(n <= text.len(), "no progress on {text:?} {max}");
                }
            }
        }
    }

    /// Cuts `text` into parts of at most `max` bytes and checks them.
    fn in_parts(text: &str, max: usize) -> (Vec<Report>, Whole) {
        let checker = Checker::default();
        let mut parts = PartChecker::new(&checker, Lang::Fr);
        let mut reports = Vec::new();
        let mut rest = text;
        while !rest.is_empty() {
            let end = part_end(rest, max);
            reports.push(parts.check(&rest[..end]));
            rest = &rest[end..];
        }
        (reports, parts.whole())
    }

    #[test]
    fn one_numbering_and_whole_text_offsets_across_parts() {
        let first = "Réunion du lundi : l'atelier vélo ouvre samedi.\n\n";
        let second = "Écrire à Mme Lucienne Abergel 🙂 au 06 12 34 56 78.\n\n";
        let third = "Mme Abergel rappellera le 06 12 34 56 78 demain.\n";
        let text = format!("{first}{second}{third}");
        let (reports, whole) = in_parts(&text, 60);
        assert_eq!(reports.len(), 3);
        assert_eq!(reports[0].category, Category::Public);
        assert_eq!(whole.category, Category::Personal);
        assert_eq!(whole.verdict, Verdict::Never);
        let pseudonymised: String = reports.iter().map(|r| r.pseudonymised.as_str()).collect();
        assert_eq!(
            pseudonymised,
            format!(
                "{first}Écrire à Personne_001 🙂 au Téléphone_001.\n\n\
                 Personne_001 rappellera le Téléphone_001 demain.\n"
            )
        );
        let whole_text = crate::classify(&text, Lang::Fr);
        let entities: Vec<_> = reports.iter().flat_map(|r| r.entities.clone()).collect();
        assert_eq!(
            entities, whole_text.entities,
            "offsets count from the start"
        );
        assert_eq!(whole.entities, entities.len());
        for e in &entities {
            assert_eq!(text.get(e.start_byte..e.end_byte), Some(e.text.as_str()));
        }
    }

    #[test]
    fn the_strictest_part_decides_and_certainty_outranks_precaution() {
        let (_, whole) = in_parts("Atelier ouvert à tous samedi.\n", 1 << 20);
        assert_eq!((whole.category, whole.grey), (Category::Public, false));
        let (reports, whole) = in_parts(
            "Atelier ouvert à tous samedi.\n\nM. Karel Vandenbroucke est diabétique.\n\n\
             La fête de quartier a lieu dimanche.\n",
            40,
        );
        assert!(reports.len() >= 3);
        assert_eq!(whole.category, Category::Sensitive);
        assert_eq!(whole.verdict, Verdict::Never);
        assert_eq!(
            whole.summary,
            reasons::summary(Category::Sensitive, whole.grey, Lang::Fr)
        );
    }

    #[test]
    fn streamed_json_is_the_report_json() {
        let text = "Écrire à Mme Lucienne Abergel au 06 12 34 56 78, \"vite\".\n";
        let checker = Checker::default();
        let report = checker.classify(text, Lang::Fr);
        let mut parts = PartChecker::new(&checker, Lang::Fr);
        let part = parts.check(text);
        let whole = parts.whole();
        let mut json = whole.json_head();
        for (i, e) in part.entities.iter().enumerate() {
            if i > 0 {
                json.push(',');
            }
            e.write_json(&mut json);
        }
        json.push_str(Whole::JSON_BEFORE_TEXT);
        json.push_str(&json_str_body(&part.pseudonymised));
        json.push_str("\"}");
        assert_eq!(json, report.to_json());
    }
}
