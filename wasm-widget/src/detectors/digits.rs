//! Reading grouped numbers ("06 12 34 56 78", "1 85 05 78 006 084 91") the
//! way people type them: digit groups with one separator between groups.

/// A run of digit groups starting at a byte offset.
pub struct DigitRun {
    /// The digits only (letters listed in `letters_ok` are kept, upper-cased).
    pub digits: String,
    /// Byte offset just after the last digit.
    pub end: usize,
    /// Number of groups.
    pub groups: usize,
}

/// Reads digit groups from `start` (which must hold a digit), accepting one
/// separator from `seps` between groups, and stops after `max` digits.
/// `letters_ok` lets NIR read "2A"/"2B".  Never reads past a separator that
/// is not followed by a digit.
pub fn read(text: &str, start: usize, seps: &[u8], max: usize, letters_ok: &[u8]) -> DigitRun {
    let b = text.as_bytes();
    let mut i = start;
    let mut digits = String::new();
    let mut groups = 0;
    let mut in_group = false;
    let mut end = start;
    while i < b.len() && digits.len() < max {
        let c = b[i];
        if c.is_ascii_digit() || letters_ok.contains(&c.to_ascii_uppercase()) && in_group {
            digits.push(c.to_ascii_uppercase() as char);
            if !in_group {
                groups += 1;
                in_group = true;
            }
            i += 1;
            end = i;
        } else if in_group && seps.contains(&c) && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            in_group = false;
            i += 1;
        } else {
            break;
        }
    }
    DigitRun {
        digits,
        end,
        groups,
    }
}

/// Remainder of a decimal string modulo 97 without big integers.
pub fn mod97(s: &str) -> u32 {
    let mut r: u32 = 0;
    for c in s.bytes() {
        if c.is_ascii_digit() {
            r = (r * 10 + u32::from(c - b'0')) % 97;
        }
    }
    r
}
