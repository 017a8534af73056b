//! IBANs, validated by country length and the ISO 13616 mod-97 check: a
//! string that merely looks like an IBAN but fails the check is a typo or a
//! reference number, not a bank account.

use super::digits::Candidates;
use super::{alnum_at, Finding, Why};
use crate::detectors::digits::mod97;
use crate::report::EntityType;

/// IBAN lengths per country (SWIFT IBAN registry).
const LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"AD", 24),
    (b"AE", 23),
    (b"AL", 28),
    (b"AT", 20),
    (b"AZ", 28),
    (b"BA", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"BH", 22),
    (b"BR", 29),
    (b"BY", 28),
    (b"CH", 21),
    (b"CR", 22),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DK", 18),
    (b"DO", 28),
    (b"EE", 20),
    (b"EG", 29),
    (b"ES", 24),
    (b"FI", 18),
    (b"FO", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GE", 22),
    (b"GI", 23),
    (b"GL", 18),
    (b"GR", 27),
    (b"GT", 28),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IL", 23),
    (b"IQ", 23),
    (b"IS", 26),
    (b"IT", 27),
    (b"JO", 30),
    (b"KW", 30),
    (b"KZ", 20),
    (b"LB", 28),
    (b"LC", 32),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"MC", 27),
    (b"MD", 24),
    (b"ME", 22),
    (b"MK", 19),
    (b"MR", 27),
    (b"MT", 31),
    (b"MU", 30),
    (b"NL", 18),
    (b"NO", 15),
    (b"PK", 24),
    (b"PL", 28),
    (b"PS", 29),
    (b"PT", 25),
    (b"QA", 29),
    (b"RO", 24),
    (b"RS", 22),
    (b"SA", 24),
    (b"SC", 31),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"ST", 25),
    (b"SV", 28),
    (b"TL", 23),
    (b"TN", 24),
    (b"TR", 26),
    (b"UA", 29),
    (b"VA", 22),
    (b"VG", 24),
    (b"XK", 20),
];

fn country_len(cc: [u8; 2]) -> Option<usize> {
    // the table is sorted by country code
    LENGTHS
        .binary_search_by(|(c, _)| c.as_slice().cmp(cc.as_slice()))
        .ok()
        .map(|k| LENGTHS[k].1)
}

/// Checks an IBAN given without spaces, upper-case.
pub fn is_valid(iban: &str) -> bool {
    let b = iban.as_bytes();
    if b.len() < 5 || !b.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    if country_len([b[0], b[1]]) != Some(b.len())
        || !b[2].is_ascii_digit()
        || !b[3].is_ascii_digit()
    {
        return false;
    }
    let mut expanded = String::with_capacity(b.len() * 2);
    for &c in b[4..].iter().chain(&b[..4]) {
        if c.is_ascii_digit() {
            expanded.push(c as char);
        } else {
            expanded.push_str(&(u32::from(c - b'A') + 10).to_string());
        }
    }
    mod97(&expanded) == 1
}

/// Finds valid IBANs, written compact or in groups separated by single
/// spaces (or dashes), any letter case.
pub fn find(text: &str, out: &mut Vec<Finding>) {
    find_at(text, &Candidates::of(text), out);
}

/// [`find`], visiting only the IBAN-shaped starts in `cands`.
pub fn find_at(text: &str, cands: &Candidates, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut next = 0;
    for &i in &cands.iban {
        if i < next {
            continue;
        }
        let Some(want) = country_len([b[i].to_ascii_uppercase(), b[i + 1].to_ascii_uppercase()])
        else {
            continue;
        };
        let mut compact = [0u8; 40];
        let mut len = 0;
        let mut j = i;
        let mut end = i;
        while j < b.len() && len < want.min(compact.len()) {
            let c = b[j];
            if c.is_ascii_alphanumeric() {
                compact[len] = c.to_ascii_uppercase();
                len += 1;
                j += 1;
                end = j;
            } else if (c == b' ' || c == b'-')
                && j > i
                && b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                j += 1;
            } else {
                break;
            }
        }
        let compact = std::str::from_utf8(&compact[..len]).unwrap_or("");
        if len == want && !alnum_at(text, end) && is_valid(compact) {
            out.push(Finding::new(EntityType::Iban, i, end).why(Why::Checksum));
            next = end;
        }
    }
}

/// An IBAN as written, in one comparable form: letters and digits only,
/// upper-case ("be68 5390-0754 7034" → "BE68539007547034").
pub fn compact(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted() {
        assert!(LENGTHS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn validates() {
        assert!(is_valid("FR1420041010050500013M02606"));
        assert!(is_valid("BE68539007547034"));
        assert!(is_valid("GB29NWBK60161331926819"));
        assert!(!is_valid("BE68539007547035"));
        assert!(!is_valid("FR7612345678901234567890123"));
    }

    #[test]
    fn finds_grouped() {
        let t = "RIB : FR14 2004 1010 0505 0001 3M02 606. Merci";
        let mut v = Vec::new();
        find(t, &mut v);
        assert_eq!(v.len(), 1);
        assert_eq!(
            &t[v[0].start..v[0].end],
            "FR14 2004 1010 0505 0001 3M02 606"
        );
    }
}
