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

/// Like [`DigitRun`], with the digits in a fixed buffer: candidates are
/// read at every digit-run start of the text, so no allocation here.
pub struct Run {
    buf: [u8; 32],
    len: usize,
    /// Byte offset just after the last digit.
    pub end: usize,
    /// Number of groups.
    pub groups: usize,
}

impl Run {
    /// The digits read (ASCII).
    pub fn digits(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }

    /// Appends another run read after this one ("+33 (0)6 …").
    pub fn extend(&mut self, more: &Run) {
        let n = more.len.min(self.buf.len() - self.len);
        self.buf[self.len..self.len + n].copy_from_slice(&more.buf[..n]);
        self.len += n;
        self.end = more.end;
        self.groups += more.groups;
    }
}

/// Reads digit groups from `start` (which must hold a digit), accepting one
/// separator from `seps` between groups, and stops after `max` digits.
/// `letters_ok` lets NIR read "2A"/"2B".  Never reads past a separator that
/// is not followed by a digit.
pub fn read(text: &str, start: usize, seps: &[u8], max: usize, letters_ok: &[u8]) -> DigitRun {
    let r = scan(text, start, seps, max, letters_ok);
    DigitRun {
        digits: r.digits().to_string(),
        end: r.end,
        groups: r.groups,
    }
}

/// [`read`] without allocation (`max` is capped at 32).
pub fn scan(text: &str, start: usize, seps: &[u8], max: usize, letters_ok: &[u8]) -> Run {
    let b = text.as_bytes();
    let max = max.min(32);
    let mut r = Run {
        buf: [0; 32],
        len: 0,
        end: start,
        groups: 0,
    };
    let mut i = start;
    let mut in_group = false;
    while i < b.len() && r.len < max {
        let c = b[i];
        if c.is_ascii_digit() || letters_ok.contains(&c.to_ascii_uppercase()) && in_group {
            r.buf[r.len] = c.to_ascii_uppercase();
            r.len += 1;
            if !in_group {
                r.groups += 1;
                in_group = true;
            }
            i += 1;
            r.end = i;
        } else if in_group && seps.contains(&c) && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            in_group = false;
            i += 1;
        } else {
            break;
        }
    }
    r
}

/// Where the structured detectors may start, found in one pass over the
/// bytes so that each detector visits a handful of positions instead of
/// every byte of the text.
#[derive(Default)]
pub struct Candidates {
    /// ASCII digits with no letter or digit just before: the starts of
    /// digit runs (phone, NIR, Belgian number, card).
    pub digits: Vec<usize>,
    /// Two ASCII letters then two digits, not preceded by a letter or
    /// digit: IBAN starts.
    pub iban: Vec<usize>,
}

impl Candidates {
    pub fn of(text: &str) -> Candidates {
        let b = text.as_bytes();
        let mut c = Candidates::default();
        let mut prev_alnum = false; // the character before `i`
        let mut i = 0;
        while i < b.len() {
            let x = b[i];
            if x >= 0x80 {
                let ch = text.get(i..).and_then(|s| s.chars().next());
                // `char::is_alphanumeric`, fast for Latin letters
                prev_alnum = ch.is_some_and(crate::text::is_word_char);
                i += ch.map_or(1, char::len_utf8);
                continue;
            }
            if x.is_ascii_digit() {
                if !prev_alnum {
                    c.digits.push(i);
                } else if i >= 2
                    && b[i - 1].is_ascii_alphabetic()
                    && b[i - 2].is_ascii_alphabetic()
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                    && !super::alnum_before(text, i - 2)
                {
                    c.iban.push(i - 2);
                }
                prev_alnum = true;
            } else {
                prev_alnum = x.is_ascii_alphabetic();
            }
            i += 1;
        }
        c
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
