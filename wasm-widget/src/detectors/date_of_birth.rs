//! Dates of birth: a date preceded by a birth cue ("né le", "date de
//! naissance", "born", "DOB").  An event date alone is category 2; what makes
//! a date personal is that it is someone's birth date.

use super::Finding;
use crate::lexicon::class::{BIRTH_CUE, MONTH};
use crate::report::EntityType;
use crate::text::{Doc, F_DIGIT};

pub(crate) const CUES: &[&str] = &[
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
];
pub(crate) const MONTHS: &[&str] = &[
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
    "janv",
    "fevr",
    "sept",
    "oct",
    "nov",
    "dec",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
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

/// Finds dates that follow a birth cue within six words.
pub fn find(doc: &Doc, out: &mut Vec<Finding>) {
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let cue = doc.tokens[i].is(BIRTH_CUE)
            || doc.class_is(i + 1, BIRTH_CUE) && doc.f(i) == "de" && doc.f(i + 1) == "naissance";
        if !cue {
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
