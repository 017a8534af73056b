//! Dates of birth: a date preceded by a birth cue ("né le", "date de
//! naissance", "born", "DOB").  An event date alone is category 2; what makes
//! a date personal is that it is someone's birth date.

use super::Finding;
use crate::lexicon::class::{BIRTH_CUE, MONTH};
use crate::report::EntityType;
use crate::text::{Doc, F_DIGIT, F_HAS_DIGIT};
use crate::words::{words, Words};

pub(crate) const CUES: Words = words![
    "ne",
    "nee",
    "naissance",
    "ddn",
    "born",
    "birth",
    "dob",
    "birthday",
    "nes",
    "nees",
    // Dutch: "geboren op", "geboortedatum", "datum van geboorte"
    "geboren",
    "geboortedatum",
    "geboorte",
];
/// Month names in full, French, English and Dutch: also registered as
/// never names on their own (`lexicon`), so the calendar is written once.
pub(crate) const MONTHS: Words = words![
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    // Dutch months that differ from the French and English ones
    "januari",
    "februari",
    "maart",
    "mei",
    "juni",
    "juli",
    "augustus",
    "oktober",
];

/// Abbreviated months ("12 janv. 1984", "3 Aug 1990"): months for dates,
/// but not barred as names ("Jan", "Mar" are people too).
pub(crate) const MONTH_ABBREVIATIONS: Words = words![
    "janv", "fevr", "sept", "oct", "nov", "dec", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep",
];

fn num(doc: &Doc, i: usize, lo: u32, hi: u32) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.has(F_DIGIT))
        && doc
            .f(i)
            .parse::<u32>()
            .is_ok_and(|v| (lo..=hi).contains(&v))
}

fn sep_is(doc: &Doc, i: usize, seps: &[&str]) -> bool {
    seps.contains(&doc.gap_before(i))
}

/// If a date starts at token `i`, returns the index of its last token.
fn date_at(doc: &Doc, i: usize) -> Option<usize> {
    // 12-03-1987 and 1987-03-12 are one token (a hyphen joins words)
    if doc.tokens.get(i).is_some_and(|t| t.has(F_HAS_DIGIT)) && hyphenated_date(doc.f(i)) {
        return Some(i);
    }
    let numeric = ["/", ".", "-"];
    // 12/03/1987, 12.03.87, 12-03-1987
    if num(doc, i, 1, 31)
        && num(doc, i + 1, 1, 12)
        && sep_is(doc, i + 1, &numeric)
        && num(doc, i + 2, 0, 2100)
        && sep_is(doc, i + 2, &numeric)
    {
        return Some(i + 2);
    }
    // 1987-03-12
    if num(doc, i, 1900, 2100)
        && num(doc, i + 1, 1, 12)
        && sep_is(doc, i + 1, &["-"])
        && num(doc, i + 2, 1, 31)
    {
        return Some(i + 2);
    }
    // 3 mai 1979, 1er mai 1979
    let day_tok = doc.f(i);
    let day_ok = num(doc, i, 1, 31) || day_tok == "1er";
    if day_ok && doc.class_is(i + 1, MONTH) && num(doc, i + 2, 1900, 2100) {
        return Some(i + 2);
    }
    // March 12, 1985
    if doc.class_is(i, MONTH) && num(doc, i + 1, 1, 31) && num(doc, i + 2, 1900, 2100) {
        return Some(i + 2);
    }
    None
}

/// "12-03-1987", "12-03-87" or "1987-03-12" written as one word.
fn hyphenated_date(w: &str) -> bool {
    let parts: Vec<u32> = w.split('-').map_while(|p| p.parse().ok()).collect();
    let lens: Vec<usize> = w.split('-').map(str::len).collect();
    match (parts.as_slice(), lens.as_slice()) {
        ([d, m, y], [_, _, 2 | 4]) if (1..=31).contains(d) && (1..=12).contains(m) => {
            lens[2] == 2 || (1900..=2100).contains(y)
        }
        ([y, m, d], [4, _, _]) => {
            (1900..=2100).contains(y) && (1..=12).contains(m) && (1..=31).contains(d)
        }
        _ => false,
    }
}

/// Organisations and things that are "born" too: "l'association est née le
/// 3 mars 1998", "the project was born on…", "het initiatief is geboren
/// op…".  Their founding date is published history, not a birth date.
const FOUNDED: &[&str] = &[
    "association",
    "associations",
    "asbl",
    "vzw",
    "organisation",
    "organization",
    "organisatie",
    "projet",
    "project",
    "collectif",
    "collective",
    "initiative",
    "initiatief",
    "idee",
    "idea",
    "festival",
    "club",
    "federation",
    "fondation",
    "foundation",
    "stichting",
    "vereniging",
    "reseau",
    "network",
    "netwerk",
    "journal",
    "revue",
    "magazine",
    "charity",
    "maison",
    "centre",
    "center",
    "centrum",
    "groupe",
    "group",
    "groep",
    "atelier",
    "service",
    "ong",
    "ngo",
    "cooperative",
    "cooperatie",
    "mouvement",
    "movement",
    "beweging",
    "structure",
    "antenne",
    "permanence",
    "epicerie",
    "werking",
    "team",
    "equipe",
];

/// Whether the birth cue at `i` ("née", "born", "geboren") has a thing for
/// subject: one of [`FOUNDED`] up to six words before it in its sentence.
fn founding(doc: &Doc, i: usize) -> bool {
    let s = doc.tokens[i].sentence;
    (i.saturating_sub(6)..i).any(|k| doc.tokens[k].sentence == s && doc.is(k, FOUNDED))
}

/// Finds dates that follow a birth cue within six words.  The date a dated
/// birth cue follows is someone's birth date, unless the cue is said of an
/// organisation ([`FOUNDED`]).
pub fn find(doc: &Doc, out: &mut Vec<Finding>) {
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let cue = doc.tokens[i].is(BIRTH_CUE)
            || doc.class_is(i + 1, BIRTH_CUE) && doc.f(i) == "de" && doc.f(i + 1) == "naissance";
        if !cue || founding(doc, i) {
            i += 1;
            continue;
        }
        let mut found = None;
        for j in i + 1..(i + 8).min(n) {
            if let Some(last) = date_at(doc, j) {
                found = Some((j, last));
                break;
            }
        }
        if let Some((j, last)) = found {
            out.push(Finding::new(
                EntityType::DateOfBirth,
                doc.tokens[j].start as usize,
                doc.tokens[last].end as usize,
            ));
            i = last + 1;
        } else {
            i += 1;
        }
    }
}

/// Whether a date starts at token `i` (used by other detectors to skip
/// dates).
pub fn is_date_at(doc: &Doc, i: usize) -> bool {
    date_at(doc, i).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<String> {
        let d = Doc::new(t);
        let mut v = Vec::new();
        find(&d, &mut v);
        v.iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn dutch_birth_dates_as_well_as_french_and_english() {
        for (t, date) in [
            ("Zij is geboren op 21 augustus 1939.", "21 augustus 1939"),
            ("Geboortedatum: 3 mei 1984", "3 mei 1984"),
            ("GEBOREN OP 11-07-1973 te Gent", "11-07-1973"),
            ("datum van geboorte : 1 oktober 2001", "1 oktober 2001"),
            (
                "Ze zijn geboren op 2 maart 1990 en 5 juni 1992.",
                "2 maart 1990",
            ),
            ("née le 3 février 1998", "3 février 1998"),
            ("born on 9 November 1950", "9 November 1950"),
            ("née le 12-03-1987 à Namur", "12-03-1987"),
            ("DOB: 1987-03-12", "1987-03-12"),
            // a person's birth date beside an organisation's word
            (
                "Fatou, née le 3 mars 1998, rejoint l'association.",
                "3 mars 1998",
            ),
            (
                "Jan (geboren op 2 maart 1990) komt naar de club.",
                "2 maart 1990",
            ),
        ] {
            assert_eq!(found(t), vec![date.to_string()], "{t}");
        }
        for t in [
            "De vergadering is op 21 augustus 1939 gehouden.",
            "Het project werd geboren in een café.",
            // a founding date: an organisation is born too
            "L'association est née le 3 mars 1998 à Liège.",
            "Notre asbl est née le 12-03-1987.",
            "The project was born on 9 November 1950 in a church hall.",
            "Our charity was born on 1 May 2001.",
            "De vzw is geboren op 3 mei 1984.",
            "Het initiatief werd geboren op 11-07-1973 te Gent.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }
}
