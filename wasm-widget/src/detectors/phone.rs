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

/// Separators inside a number: spaces, dots, hyphens, and the slash of
/// Belgian numbers ("0478/09.57.33", "02/512.34.56").
const SEPS: &[u8] = b" .-/";

fn national_ok(d: &str, groups: usize) -> bool {
    let b = d.as_bytes();
    if b.first() != Some(&b'0') || b.get(1).is_none_or(|&c| c == b'0') {
        return false;
    }
    match d.len() {
        10 => true,       // France, Belgian mobiles 04XX
        9 => groups >= 3, // Belgian landlines "02 123 45 67"
        // the United Kingdom: mobiles "07700 900123" however grouped,
        // geographic lines "020 7946 0018", "0161 496 0000" in groups
        // (eleven digits in one run, from 01-03, are more often a reference)
        11 => d.starts_with("07") || matches!(b[1], b'1'..=b'3') && (2..=4).contains(&groups),
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

/// A phone number as written, in one comparable form: digits only, the
/// French, Belgian and Dutch country codes (`+33`, `0032`, `+31 (0)`)
/// replaced by the national trunk 0, other countries kept as `+CC…`.
/// "+32 (0)2 512 34 56", "02/512.34.56" and "0032 2 512 34 56" all give
/// "025123456".  The country code, when one was written, comes first.
pub fn normalise(s: &str) -> (Option<&'static str>, String) {
    let s = s.replace("(0)", "");
    let plus = s.trim_start().starts_with('+');
    let d: String = s.chars().filter(char::is_ascii_digit).collect();
    let intl = if plus {
        Some(d.as_str())
    } else {
        d.strip_prefix("00")
    };
    let Some(rest) = intl else {
        return (None, d);
    };
    let cc = match rest.get(..2) {
        Some("33") => "33",
        Some("32") => "32",
        Some("31") => "31",
        _ => return (None, format!("+{rest}")),
    };
    (Some(cc), format!("0{}", rest[2..].trim_start_matches('0')))
}

/// Whether two written phone numbers are the same line: same national
/// digits, and the same country when both name one.
pub fn same_number(a: &str, b: &str) -> bool {
    let (ca, na) = normalise(a);
    let (cb, nb) = normalise(b);
    na.len() >= 3 && na == nb && (ca.is_none() || cb.is_none() || ca == cb)
}

/// Short numbers of public services (France, Belgium, the Netherlands,
/// European 116 numbers): emergencies, helplines, never a person's.
const SHORT: &[&str] = &[
    "100", "101", "1111", "112", "113", "114", "115", "116000", "116006", "116111", "116117",
    "116123", "119", "1207", "15", "17", "18", "191", "196", "3114", "3919", "3939",
];

/// Whether a phone number is a public service's: a short number, a free
/// or special-rate number (France 080x, 081x, 082x, 089x; Belgium 0800,
/// 070, 078, 090x; the Netherlands 0800, 090x) or a Dutch company number
/// (088).  Nobody's mobile or home line has these shapes.
pub fn is_service_number(s: &str) -> bool {
    let (_, n) = normalise(s);
    if SHORT.binary_search(&n.as_str()).is_ok() {
        return true;
    }
    let b = n.as_bytes();
    if b.first() != Some(&b'0') {
        return false;
    }
    n.starts_with("080")
        || n.starts_with("090")
        || n.len() == 10
            && n.starts_with("08")
            && matches!(b.get(2), Some(b'1' | b'2' | b'8' | b'9'))
        || n.len() == 9 && (n.starts_with("070") || n.starts_with("078"))
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
    fn belgian_numbers_with_a_slash() {
        for (t, want) in [
            ("GSM : 0478/09.57.33", Some("0478/09.57.33")),
            ("Tél. 02/512.34.56", Some("02/512.34.56")),
            ("La réunion du 12/03/2024, 3/4 des membres.", None),
        ] {
            let mut v = Vec::new();
            find_at(t, &Candidates::of(t), &mut v);
            assert_eq!(v.first().map(|f| &t[f.start..f.end]), want, "{t}");
        }
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
        assert_eq!(found("mob. 07700 900123"), ["07700 900123"]);
        assert_eq!(found("mob. 07700 900 123."), ["07700 900 123"]);
        assert_eq!(found("07700900123"), ["07700900123"]);
        assert_eq!(found("ring 020 7946 0018"), ["020 7946 0018"]);
        assert_eq!(found("0161 496 0000"), ["0161 496 0000"]);
        assert!(found("ref 01614960000").is_empty());
        assert!(found("budget 450 000 €, année 2024 2025, 10 000 000 €").is_empty());
    }

    #[test]
    fn short_numbers_are_sorted() {
        assert!(SHORT.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn normalises() {
        assert_eq!(
            normalise("+32 (0)2 512 34 56"),
            (Some("32"), "025123456".into())
        );
        assert_eq!(
            normalise("0032 2 512 34 56"),
            (Some("32"), "025123456".into())
        );
        assert_eq!(normalise("02/512.34.56"), (None, "025123456".into()));
        assert_eq!(
            normalise("+33 6 12 34 56 78"),
            (Some("33"), "0612345678".into())
        );
        assert_eq!(
            normalise("+31 (0)20 123 4567"),
            (Some("31"), "0201234567".into())
        );
        assert_eq!(
            normalise("+44 20 7946 0000"),
            (None, "+442079460000".into())
        );
        assert_eq!(normalise(""), (None, String::new()));
        assert!(same_number("01 23 45 67 89", "+33 1 23 45 67 89"));
        assert!(!same_number("+31 1 23 45 67 89", "+33 1 23 45 67 89"));
        assert!(!same_number("", ""));
    }

    #[test]
    fn service_numbers() {
        for n in [
            "0800 12 34 56",
            "0 800 05 95 95",
            "08.05.12.34.56",
            "0809 10 11 12",
            "+33 800 12 34 56",
            "0033 805 12 34 56",
            "0820 00 00 00",
            "0899 12 34 56",
            "0800 12 345",
            "+32 800 12 345",
            "070 12 34 56",
            "078 15 15 15",
            "+32 78 15 15 15",
            "0903 12 345",
            "0800-1234",
            "0900 1234567",
            "088 123 4567",
            "+31 88 123 4567",
            "3919",
            "3114",
            "115",
            "119",
            "112",
            "15",
            "17",
            "18",
            "116 000",
            "116 111",
            "116-123",
        ] {
            assert!(is_service_number(n), "{n}");
        }
        for n in [
            "06 12 34 56 78",
            "+33 6 12 34 56 78",
            "01 23 45 67 89",
            "0475 12 34 56",
            "+32 475 12 34 56",
            "+31 6 12345678",
            "070 123 4567",
            "+32 2 512 34 56",
            "085 123 4567",
            "087 12 34 56 78",
            "+44 800 123 456",
            "1234",
        ] {
            assert!(!is_service_number(n), "{n}");
        }
    }
}
