//! Payment card numbers: 13–19 digits, a known network prefix and a valid
//! Luhn check.  The prefix check matters: one random number in ten passes
//! Luhn, so order numbers and references would otherwise be flagged.

use super::digits::{self, Candidates};
use super::{alnum_at, Finding, Why};
use crate::report::EntityType;

/// Luhn checksum.
pub fn luhn(d: &str) -> bool {
    let mut sum = 0u32;
    for (k, c) in d.bytes().rev().enumerate() {
        if !c.is_ascii_digit() {
            return false;
        }
        let mut v = u32::from(c - b'0');
        if k % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

fn known_network(d: &str) -> bool {
    let p2: u32 = d.get(..2).and_then(|s| s.parse().ok()).unwrap_or(0);
    let p4: u32 = d.get(..4).and_then(|s| s.parse().ok()).unwrap_or(0);
    let len = d.len();
    match d.as_bytes().first() {
        Some(b'4') => matches!(len, 13 | 16 | 19), // Visa, CB
        Some(b'5') => (51..=55).contains(&p2) && len == 16, // Mastercard
        Some(b'2') => (2221..=2720).contains(&p4) && len == 16, // Mastercard 2-series
        Some(b'3') => matches!(p2, 34 | 37) && len == 15 || p2 == 35 && len >= 16, // Amex, JCB
        Some(b'6') => (p4 == 6011 || p2 == 65 || p2 == 62) && len >= 16, // Discover, UnionPay
        _ => false,
    }
}

/// Finds card numbers written compact or in groups (spaces or dashes).
pub fn find(text: &str, out: &mut Vec<Finding>) {
    find_at(text, &Candidates::of(text), out);
}

/// [`find`], visiting only the digit-run starts in `cands`.
pub fn find_at(text: &str, cands: &Candidates, out: &mut Vec<Finding>) {
    let mut next = 0;
    for &i in &cands.digits {
        if i < next {
            continue;
        }
        let run = digits::scan(text, i, b" -", 19, b"");
        let d = run.digits();
        if (13..=19).contains(&d.len()) && !alnum_at(text, run.end) && known_network(d) && luhn(d) {
            out.push(Finding::new(EntityType::Card, i, run.end).why(Why::Checksum));
        }
        // a run that is not a card is not read again from inside
        next = run.end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_and_prefix() {
        assert!(luhn("4970526018159089"));
        assert!(!luhn("4970526018159088"));
        let mut v = Vec::new();
        find(
            "carte 4970 5260 1815 9089 ; ref 1234 5678 9012 3456",
            &mut v,
        );
        assert_eq!(v.len(), 1);
    }
}
