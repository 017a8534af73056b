//! Phone numbers: French (0X XX XX XX XX, +33 …), Belgian (04XX XX XX XX,
//! 0X XXX XX XX, +32 …) and international (+CC followed by 7–13 digits).
//!
//! Why the shape rules: a bare run of digits is more often an amount, a
//! reference or a postcode than a phone.  We accept national numbers only
//! with a leading 0 and the right digit count, and international ones only
//! with an explicit `+` or `00` prefix.

use super::digits::{self, Candidates};
use super::{alnum_at, alnum_before, Finding};
use crate::report::EntityType;

const SEPS: &[u8] = b" .-";

fn national_ok(d: &str, groups: usize) -> bool {
    let b = d.as_bytes();
    if b.first() != Some(&b'0') || b.get(1).is_none_or(|&c| c == b'0') {
        return false;
    }
    match d.len() {
        10 => true,       // France, Belgian mobiles 04XX
        9 => groups >= 3, // Belgian landlines "02 123 45 67"
        _ => false,
    }
}

fn international_ok(d: &str) -> bool {
    if let Some(rest) = d.strip_prefix("33") {
        let rest = rest.strip_prefix('0').unwrap_or(rest);
        return rest.len() == 9 && !rest.starts_with('0');
    }
    if let Some(rest) = d.strip_prefix("32") {
        let rest = rest.strip_prefix('0').unwrap_or(rest);
        return (8..=9).contains(&rest.len()) && !rest.starts_with('0');
    }
    (9..=15).contains(&d.len()) && !d.starts_with('0')
}

/// Finds phone numbers.
pub fn find(text: &str, out: &mut Vec<Finding>) {
    find_at(text, &Candidates::of(text), out);
}

/// [`find`], visiting only the digit-run starts in `cands` (and the `+`
/// just before one).
pub fn find_at(text: &str, cands: &Candidates, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut next = 0;
    for &d in &cands.digits {
        // "+33…" starts on the '+'; a digit right after '+', ',' or '/' does
        // not start a phone ("1,5", "3/4")
        let i = if d > 0 && b[d - 1] == b'+' { d - 1 } else { d };
        let plus = i < d;
        if i < next
            || plus && alnum_before(text, i)
            || (i > 0 && matches!(b[i - 1], b'+' | b',' | b'/'))
        {
            continue;
        }
        let dstart = if plus { i + 1 } else { i };
        let mut run = digits::scan(text, dstart, SEPS, 16, b"");
        // "+33 (0)6 12 ..." : skip the trunk-prefix in parentheses
        if plus
            && (b.get(run.end..run.end + 4) == Some(b" (0)")
                || b.get(run.end..run.end + 3) == Some(b"(0)"))
        {
            let skip = if b[run.end] == b' ' { 4 } else { 3 };
            let after = run.end + skip;
            let from = if b.get(after) == Some(&b' ') {
                after + 1
            } else {
                after
            };
            if b.get(from).is_some_and(u8::is_ascii_digit) {
                run.extend(&digits::scan(text, from, SEPS, 14, b""));
            }
        }
        let digits = run.digits();
        let ok = if plus {
            international_ok(digits)
        } else if let Some(rest) = digits.strip_prefix("00") {
            international_ok(rest)
        } else {
            national_ok(digits, run.groups)
        };
        // an amount or a unit right after is not a phone ("1 200 000 €")
        let tail = text[run.end..].trim_start();
        let unit = tail.starts_with('€')
            || tail.starts_with('%')
            || tail.starts_with("euro")
            || tail.starts_with("EUR");
        if ok && !unit && !alnum_at(text, run.end) {
            out.push(Finding::new(EntityType::Phone, i, run.end));
        }
        next = run.end.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<String> {
        let mut v = Vec::new();
        find(t, &mut v);
        v.iter().map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn formats() {
        assert_eq!(found("tel 06 12 34 56 78."), ["06 12 34 56 78"]);
        assert_eq!(found("tel 06.98.76.54.32"), ["06.98.76.54.32"]);
        assert_eq!(found("+33 6 45 78 12 09"), ["+33 6 45 78 12 09"]);
        assert_eq!(found("+33 (0)6 45 78 12 09"), ["+33 (0)6 45 78 12 09"]);
        assert_eq!(found("0475 12 34 56"), ["0475 12 34 56"]);
        assert_eq!(found("+32 4 221 33 44"), ["+32 4 221 33 44"]);
        assert_eq!(found("+44 7700 900123"), ["+44 7700 900123"]);
        assert_eq!(found("0612457890"), ["0612457890"]);
        assert!(found("budget 450 000 €, année 2024 2025, 10 000 000 €").is_empty());
    }
}
