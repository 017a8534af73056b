//! French social security numbers (NIR): 13 characters + a 2-digit key equal
//! to 97 − (number mod 97), with Corsica's departments 2A/2B read as 19/18
//! for the computation.  No key, or a wrong key: not reported (the brief:
//! a number with a wrong checksum is not an identifier).

use super::digits::{self, Candidates};
use super::{alnum_at, Finding, Why};
use crate::report::EntityType;

/// Checks a NIR of 15 characters (digits, with "2A"/"2B" allowed at the
/// department position).
pub fn is_valid(nir: &str) -> bool {
    let b = nir.as_bytes();
    // ASCII only: every slice below then falls on a character boundary, so a
    // caller's text with a multi-byte character gives `false`, never a panic.
    if b.len() != 15 || !matches!(b[0], b'1' | b'2' | b'3' | b'4' | b'7' | b'8') || !nir.is_ascii()
    {
        return false;
    }
    let month = u32::from(b[3].wrapping_sub(b'0')) * 10 + u32::from(b[4].wrapping_sub(b'0'));
    if !b[3].is_ascii_digit()
        || !b[4].is_ascii_digit()
        || !((1..=12).contains(&month) || (20..=99).contains(&month))
    {
        return false;
    }
    let dept = &nir[5..7];
    let body = match dept {
        "2A" => format!("{}19{}", &nir[..5], &nir[7..13]),
        "2B" => format!("{}18{}", &nir[..5], &nir[7..13]),
        _ => nir[..13].to_string(),
    };
    if !body.bytes().all(|c| c.is_ascii_digit()) || !nir[13..].bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let key: u32 = nir[13..].parse().unwrap_or(0);
    97 - digits::mod97(&body) == key
}

/// Finds NIRs written compact or grouped with spaces, dots or dashes.
pub fn find(text: &str, out: &mut Vec<Finding>) {
    find_at(text, &Candidates::of(text), out);
}

/// [`find`], visiting only the digit-run starts in `cands`.
pub fn find_at(text: &str, cands: &Candidates, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut next = 0;
    for &i in &cands.digits {
        if i < next || !matches!(b[i], b'1' | b'2' | b'3' | b'4' | b'7' | b'8') {
            continue;
        }
        let run = digits::scan(text, i, b" .-", 15, b"AB");
        if run.digits().len() == 15 && !alnum_at(text, run.end) && is_valid(run.digits()) {
            out.push(Finding::new(EntityType::Nir, i, run.end).why(Why::Checksum));
            next = run.end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_keys_and_corsica() {
        assert!(is_valid("185057800608491"));
        // Fifteen bytes that are not fifteen digits: `false`, and never a panic, wherever a
        // two-byte character falls.
        for at in 0..14 {
            let mut candidate = "1850578006084".to_string();
            candidate.insert(at, 'é');
            assert_eq!(candidate.len(), 15);
            assert!(!is_valid(&candidate), "{candidate}");
        }
        assert!(!is_valid("18505ééé1234567".get(..15).unwrap_or_default()));
        assert!(!is_valid("185057800608492"));
        assert!(is_valid("185052A01234579"));
        let mut v = Vec::new();
        find("NIR 1 85 05 78 006 084 91 ok", &mut v);
        assert_eq!(v.len(), 1);
    }
}
