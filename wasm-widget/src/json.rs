//! Just enough JSON for the vocabulary file and the report.
//!
//! Why not serde_json: the checker reads one small, flat document (lists of
//! names, one index string) and writes one report; a hundred and fifty lines
//! here cost far less Wasm than serde's generic machinery, and give us full
//! control over determinism and error messages.

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// Numbers are kept as their source text: the vocabulary has none that
    /// we interpret, and keeping text avoids float formatting questions.
    Num(String),
    Str(String),
    Arr(Vec<Value>),
    Obj(Vec<(String, Value)>),
}

impl Value {
    /// Member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Appends `s` as a JSON string literal.
///
/// Copies runs of characters that need no escaping in one go: the report
/// carries the whole pseudonymised text, so per-character pushes made this
/// the single most expensive step for large inputs.
pub fn write_str(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    write_str_body(out, s);
    out.push('"');
}

/// Appends `s` escaped for a JSON string, without the quotes: a long text's
/// pseudonymised version is written one part after the other into one
/// string.
pub fn write_str_body(out: &mut String, s: &str) {
    let b = s.as_bytes();
    let mut run = 0;
    // Jump from one byte to escape to the next (most text has none), so the
    // runs in between are copied whole.
    while let Some(i) = next_escape(b, run) {
        let c = b[i];
        let esc = match c {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            _ => "",
        };
        // `c` is ASCII, so `run..i` and `i + 1..` are on char boundaries
        out.push_str(s.get(run..i).unwrap_or(""));
        if esc.is_empty() {
            out.push_str("\\u00");
            out.push(HEX[usize::from(c >> 4)] as char);
            out.push(HEX[usize::from(c & 15)] as char);
        } else {
            out.push_str(esc);
        }
        run = i + 1;
    }
    out.push_str(s.get(run..).unwrap_or(""));
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Position of the first byte at or after `from` that JSON must escape
/// (a control character, `"` or `\\`).  Eight bytes are tested at once
/// (the classic "has a byte less than n / equal to c" word tricks, exact
/// about whether such a byte exists), then the word that holds one is
/// searched byte by byte: escaping the pseudonymised text is a full pass
/// over the input, and most of it needs no escape.
fn next_escape(b: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH != 0;
        if control || has_zero(x ^ (ONES * 0x22)) || has_zero(x ^ (ONES * 0x5c)) {
            break;
        }
        i += 8;
    }
    let needs_escape = |c: &u8| *c < 0x20 || *c == b'"' || *c == b'\\';
    b.get(i..)?.iter().position(needs_escape).map(|k| i + k)
}

const MAX_DEPTH: usize = 64;

/// Parses a JSON document; errors are human-readable, never panics.
pub fn parse(s: &str) -> Result<Value, String> {
    let mut p = Parser {
        b: s.as_bytes(),
        s,
        i: 0,
    };
    let v = p.value(0)?;
    p.ws();
    if p.i != p.b.len() {
        return Err(format!("unexpected data after JSON value at byte {}", p.i));
    }
    Ok(v)
}

struct Parser<'a> {
    b: &'a [u8],
    s: &'a str,
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\n' | b'\r' | b'\t') {
            self.i += 1;
        }
    }

    fn err<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("invalid JSON at byte {}: {what}", self.i))
    }

    fn eat(&mut self, lit: &str) -> bool {
        if self.b[self.i..].starts_with(lit.as_bytes()) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return self.err("nesting too deep");
        }
        self.ws();
        let Some(&c) = self.b.get(self.i) else {
            return self.err("unexpected end");
        };
        match c {
            b'{' => {
                self.i += 1;
                let mut m = Vec::new();
                self.ws();
                if self.eat("}") {
                    return Ok(Value::Obj(m));
                }
                loop {
                    self.ws();
                    if self.b.get(self.i) != Some(&b'"') {
                        return self.err("expected a string key");
                    }
                    let k = self.string()?;
                    self.ws();
                    if !self.eat(":") {
                        return self.err("expected ':'");
                    }
                    let v = self.value(depth + 1)?;
                    m.push((k, v));
                    self.ws();
                    if self.eat(",") {
                        continue;
                    }
                    if self.eat("}") {
                        return Ok(Value::Obj(m));
                    }
                    return self.err("expected ',' or '}'");
                }
            }
            b'[' => {
                self.i += 1;
                let mut a = Vec::new();
                self.ws();
                if self.eat("]") {
                    return Ok(Value::Arr(a));
                }
                loop {
                    a.push(self.value(depth + 1)?);
                    self.ws();
                    if self.eat(",") {
                        continue;
                    }
                    if self.eat("]") {
                        return Ok(Value::Arr(a));
                    }
                    return self.err("expected ',' or ']'");
                }
            }
            b'"' => Ok(Value::Str(self.string()?)),
            b't' if self.eat("true") => Ok(Value::Bool(true)),
            b'f' if self.eat("false") => Ok(Value::Bool(false)),
            b'n' if self.eat("null") => Ok(Value::Null),
            b'-' | b'0'..=b'9' => {
                let st = self.i;
                while self.i < self.b.len()
                    && matches!(
                        self.b[self.i],
                        b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'
                    )
                {
                    self.i += 1;
                }
                Ok(Value::Num(self.s[st..self.i].to_string()))
            }
            _ => self.err("unexpected character"),
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let Some(h) = self.s.get(self.i..self.i + 4) else {
            return self.err("short \\u escape");
        };
        let Ok(v) = u32::from_str_radix(h, 16) else {
            return self.err("bad \\u escape");
        };
        self.i += 4;
        Ok(v)
    }

    fn string(&mut self) -> Result<String, String> {
        self.i += 1; // opening quote
        let mut out = String::new();
        loop {
            let st = self.i;
            while self.i < self.b.len() && self.b[self.i] != b'"' && self.b[self.i] != b'\\' {
                self.i += 1;
            }
            // Quotes and backslashes are ASCII, so `st..i` is on char boundaries.
            out.push_str(self.s.get(st..self.i).unwrap_or(""));
            match self.b.get(self.i) {
                None => return self.err("unterminated string"),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                _ => {
                    self.i += 1;
                    let Some(&e) = self.b.get(self.i) else {
                        return self.err("unterminated escape");
                    };
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let mut cp = self.hex4()?;
                            if (0xD800..0xDC00).contains(&cp) && self.eat("\\u") {
                                let lo = self.hex4()?;
                                cp = 0x10000
                                    + ((cp - 0xD800) << 10)
                                    + (lo.wrapping_sub(0xDC00) & 0x3FF);
                            }
                            out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                        }
                        _ => return self.err("unknown escape"),
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_found_at_every_offset_of_a_word() {
        // the byte to escape at each position of an 8-byte word, after
        // multi-byte characters, and none at all
        for esc in ['"', '\\', '\n', '\u{1f}', '\u{0}'] {
            for at in 0..20 {
                let text: String = (0..24).map(|k| if k == at { esc } else { 'é' }).collect();
                let mut fast = String::new();
                write_str_body(&mut fast, &text);
                let slow: String = text
                    .chars()
                    .map(|c| match c {
                        'é' => "é".to_string(),
                        '"' => "\\\"".to_string(),
                        '\\' => "\\\\".to_string(),
                        '\n' => "\\n".to_string(),
                        c => format!("\\u{:04x}", c as u32),
                    })
                    .collect();
                assert_eq!(fast, slow, "{esc:?} at {at}");
            }
        }
        let mut plain = String::new();
        write_str_body(&mut plain, "sans rien à échapper, même après huit octets");
        assert_eq!(plain, "sans rien à échapper, même après huit octets");
    }

    #[test]
    fn round_trips_strings() {
        let mut s = String::new();
        write_str(&mut s, "a\"b\\c\nd\u{1}é");
        assert_eq!(parse(&s), Ok(Value::Str("a\"b\\c\nd\u{1}é".into())));
    }

    #[test]
    fn parses_objects_and_rejects_garbage() {
        let v = parse(r#"{"a": ["x", "y"], "b": true, "c": null, "d": -1.5}"#).expect("valid");
        assert_eq!(
            v.get("a"),
            Some(&Value::Arr(vec![
                Value::Str("x".into()),
                Value::Str("y".into())
            ]))
        );
        assert!(parse("{\"a\":").is_err());
        assert!(parse(&"[".repeat(1000)).is_err());
        assert!(parse("\"\\u12").is_err());
    }
}
