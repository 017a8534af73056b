//! Belgian national register numbers (NISS/RRN): YYMMDD-SSS-CC where CC is
//! 97 − (YYMMDDSSS mod 97), or, for people born from 2000 on,
//! 97 − (2YYMMDDSSS mod 97).  Either rule passing makes it a valid number.

use super::digits::{self, Candidates};
use super::{alnum_at, Finding, Why};
use crate::report::EntityType;

/// Checks 11 digits.
pub fn is_valid(n: &str) -> bool {
    if n.len() != 11 || !n.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let month: u32 = n[2..4].parse().unwrap_or(99);
    let day: u32 = n[4..6].parse().unwrap_or(99);
    // months +20/+40 are used for "bis" numbers; 0 for unknown dates
    if month % 20 > 12 || month > 52 || day > 31 {
        return false;
    }
    let key: u32 = n[9..].parse().unwrap_or(100);
    let before = 97 - digits::mod97(&n[..9]);
    let after = 97 - digits::mod97(&format!("2{}", &n[..9]));
    key == before || key == after
}

/// Finds numbers written "85.07.30-033.28", "850730 033 28" or compact.
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
        let run = digits::scan(text, i, b" .-", 11, b"");
        if run.digits().len() == 11
            && !alnum_at(text, run.end)
            && run.groups != 2
            && is_valid(run.digits())
        {
            out.push(Finding::new(EntityType::BeNrn, i, run.end).why(Why::Checksum));
            next = run.end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_both_centuries() {
        assert!(is_valid("85073003328"));
        assert!(!is_valid("85073003329"));
        assert!(is_valid("03021427194"));
        let mut v = Vec::new();
        find("n° 85.07.30-033.28.", &mut v);
        assert_eq!(v.len(), 1);
    }
}
