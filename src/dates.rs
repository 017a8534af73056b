//! Calendar dates written `YYYY-MM-DD`, the one form the handbook accepts for a revision's date, a
//! tool decision, `revision cut --date` and the charter PDF's metadata.
//!
//! The date is only checked, never converted: it is printed as written, so `2026-02-30` must be
//! refused here, or it would reach a signed charter PDF as a day that never existed.

/// A calendar date read from `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Reads a real calendar date written `YYYY-MM-DD`, or says why `text` is not one.
///
/// The reason names the impossible part (`February 2026 has 28 days`), so the author sees at once
/// which digit to change.
pub fn parse(text: &str) -> Result<Date, String> {
    let Some((year, month, day)) = split(text) else {
        return Err(NOT_WRITTEN.to_string());
    };
    if year == 0 {
        return Err("there is no year 0000".to_string());
    }
    if !(1..=12).contains(&month) {
        return Err(format!("there is no month {month:02}"));
    }
    let last = days_in_month(year, month);
    if day == 0 || day > last {
        return Err(format!(
            "{} {year} has {last} days, so there is no day {day:02}",
            MONTHS[usize::from(month) - 1]
        ));
    }
    Ok(Date { year, month, day })
}

/// Why `text` is not a calendar date written `YYYY-MM-DD`, or `None` when it is one.
pub fn problem(text: &str) -> Option<String> {
    parse(text).err()
}

const NOT_WRITTEN: &str = "it is not written YYYY-MM-DD";

/// The error for field `what` (e.g. "`decided`", "--date") holding `text`, or `None` when `text` is
/// a real date: a wrong spelling asks for `YYYY-MM-DD`, an impossible day says why it is impossible.
pub fn error(what: &str, text: &str) -> Option<String> {
    let reason = problem(text)?;
    Some(if reason == NOT_WRITTEN {
        format!("{what} must be a date written YYYY-MM-DD, not `{text}`")
    } else {
        format!("{what} is `{text}`, a day that does not exist: {reason}")
    })
}

/// Month names in English, for messages and the English charter PDF.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Four, two and two ASCII digits between dashes; a sign, a space or a short field is refused
/// because the date is printed as written.
fn split(text: &str) -> Option<(u16, u8, u8)> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u16> {
        let part = &bytes[range];
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(part.iter().fold(0, |n, d| n * 10 + u16::from(d - b'0')))
    };
    let month = u8::try_from(number(5..7)?).ok()?;
    let day = u8::try_from(number(8..10)?).ok()?;
    Some((number(0..4)?, month, day))
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Gregorian rule: every fourth year, except centuries not divisible by 400.
fn is_leap(year: u16) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsed_dates_keep_their_parts() {
        assert_eq!(
            parse("2024-02-29"),
            Ok(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        assert_eq!(
            parse("0000-01-01"),
            Err("there is no year 0000".to_string())
        );
    }

    #[test]
    fn real_dates_pass() {
        for date in [
            "2026-01-01",
            "2026-12-31",
            "2024-02-29",
            "2000-02-29",
            "2026-04-30",
            "2026-07-31",
            "1999-11-30",
        ] {
            assert_eq!(problem(date), None, "{date}");
        }
    }

    #[test]
    fn impossible_days_are_named() {
        assert_eq!(
            problem("2026-02-30").as_deref(),
            Some("February 2026 has 28 days, so there is no day 30")
        );
        assert_eq!(
            problem("2026-02-29").as_deref(),
            Some("February 2026 has 28 days, so there is no day 29")
        );
        assert_eq!(
            problem("1900-02-29").as_deref(),
            Some("February 1900 has 28 days, so there is no day 29")
        );
        assert_eq!(
            problem("2026-04-31").as_deref(),
            Some("April 2026 has 30 days, so there is no day 31")
        );
        assert_eq!(
            problem("2026-06-00").as_deref(),
            Some("June 2026 has 30 days, so there is no day 00")
        );
        assert_eq!(
            problem("2026-13-01").as_deref(),
            Some("there is no month 13")
        );
        assert_eq!(
            problem("2026-00-10").as_deref(),
            Some("there is no month 00")
        );
    }

    #[test]
    fn errors_say_what_to_change() {
        assert_eq!(error("`decided`", "2026-03-12"), None);
        assert_eq!(
            error("`decided`", "15/01/2026").as_deref(),
            Some("`decided` must be a date written YYYY-MM-DD, not `15/01/2026`")
        );
        assert_eq!(
            error("--date", "2026-02-30").as_deref(),
            Some("--date is `2026-02-30`, a day that does not exist: February 2026 has 28 days, so there is no day 30")
        );
    }

    #[test]
    fn other_spellings_are_refused() {
        for text in [
            "",
            "2026-1-15",
            "2026/01/15",
            "15-01-2026",
            "2026-01-15 ",
            " 2026-01-15",
            "+026-01-15",
            "2026-01-1a",
            "2026-0١-15",
            "20260115",
            "2026-01-15T10:00",
        ] {
            assert_eq!(
                problem(text).as_deref(),
                Some("it is not written YYYY-MM-DD"),
                "{text:?}"
            );
        }
    }
}
