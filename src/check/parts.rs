//! A text longer than [`PART_BYTES`], checked in parts in bounded memory (see
//! [`wasm_widget::parts`]): the findings and the pseudonymised text wait in anonymous temporary
//! files until the verdict on the whole text, which is printed first, is known.

use std::io::{Read, Seek, Write};

use wasm_widget::parts::{json_str_body, part_end, Whole};
use wasm_widget::{Checker, Lang, PartChecker, Verdict};

use super::human::{finding_line, findings_title, human_head, pseudonymised_title};
use super::{fill, not_utf8, Format, EXIT_NEVER, EXIT_OK, PART_BYTES};

/// Checks a text longer than [`PART_BYTES`], `buf` holding its first bytes (see [`check_input`]).
pub(super) fn check_in_parts(
    checker: &Checker,
    input: &mut dyn Read,
    mut buf: Vec<u8>,
    name: &str,
    lang: Lang,
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, String> {
    let mut parts = PartChecker::new(checker, lang);
    let mut findings = Spool::new()?;
    let mut pseudonymised = Spool::new()?;
    // bytes of the text before `buf`, and the line and column where `buf` starts
    let mut consumed = 0usize;
    let (mut line, mut col) = (1u64, 1u64);
    let mut ends_with_newline = false;
    let mut eof = false;
    loop {
        if !eof {
            // four more bytes than a part, so a character cut by the read can be finished
            eof = fill(input, &mut buf, PART_BYTES + 4, name)?;
        }
        if buf.is_empty() {
            break;
        }
        let text = match std::str::from_utf8(&buf) {
            Ok(text) => text,
            // a character the read cut in two: the rest comes with the next read
            Err(e) if e.error_len().is_none() && !eof => {
                // (checked a second time only in this case)
                std::str::from_utf8(&buf[..e.valid_up_to()]).unwrap_or_default()
            }
            Err(e) => return Err(not_utf8(name, consumed + e.valid_up_to())),
        };
        let end = part_end(text, PART_BYTES);
        let part = &text[..end];
        let report = parts.check(part);
        let mut at = crate::source::Locator::new(part);
        for e in &report.entities {
            match format {
                Format::Human => {
                    let (l, c) = at.at_byte(e.start_byte - consumed);
                    let (l, c) = if l == 1 {
                        (line, col + c - 1)
                    } else {
                        (line + l - 1, c)
                    };
                    findings.write(&finding_line(l, c, e))?;
                }
                Format::Json => {
                    let mut o = String::new();
                    if findings.written > 0 {
                        o.push(',');
                    }
                    e.write_json(&mut o);
                    findings.write(&o)?;
                }
            }
        }
        match format {
            Format::Human => pseudonymised.write(&report.pseudonymised)?,
            Format::Json => pseudonymised.write(&json_str_body(&report.pseudonymised))?,
        }
        if !report.pseudonymised.is_empty() {
            ends_with_newline = report.pseudonymised.ends_with('\n');
        }
        let (l, c) = at.at_byte(part.len());
        (line, col) = if l == 1 {
            (line, col + c - 1)
        } else {
            (line + l - 1, c)
        };
        consumed += end;
        buf.drain(..end);
    }
    let whole = parts.whole();
    let _ = match format {
        Format::Human => {
            let mut head = human_head(whole.category, whole.grey, &whole.summary, lang);
            if whole.entities > 0 {
                head.push_str(findings_title(lang));
            }
            out.write_all(head.as_bytes())
                .and_then(|()| findings.copy_to(out))
                .and_then(|()| {
                    if whole.verdict == Verdict::Never && whole.entities > 0 {
                        out.write_all(pseudonymised_title(lang).as_bytes())?;
                        pseudonymised.copy_to(out)?;
                        if !ends_with_newline {
                            out.write_all(b"\n")?;
                        }
                    }
                    Ok(())
                })
        }
        Format::Json => out
            .write_all(whole.json_head().as_bytes())
            .and_then(|()| findings.copy_to(out))
            .and_then(|()| out.write_all(Whole::JSON_BEFORE_TEXT.as_bytes()))
            .and_then(|()| pseudonymised.copy_to(out))
            .and_then(|()| out.write_all(b"\"}\n")),
    };
    Ok(if whole.verdict == Verdict::Never {
        EXIT_NEVER
    } else {
        EXIT_OK
    })
}

/// Output held back until the verdict on a long text is known, in an anonymous temporary file: it
/// holds the text's findings in clear, so it has no name another process could open, and the
/// system removes it when the process ends, however it ends.
struct Spool {
    file: std::io::BufWriter<std::fs::File>,
    written: usize,
}

impl Spool {
    fn new() -> Result<Spool, String> {
        let file = tempfile::tempfile()
            .map_err(|e| format!("cannot create a temporary file for a long text: {e}"))?;
        Ok(Spool {
            file: std::io::BufWriter::new(file),
            written: 0,
        })
    }

    fn write(&mut self, s: &str) -> Result<(), String> {
        self.written += s.len();
        self.file
            .write_all(s.as_bytes())
            .map_err(|e| format!("cannot write a temporary file for a long text: {e}"))
    }

    /// Copies everything written so far to `out`.
    fn copy_to(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        self.file.flush()?;
        let file = self.file.get_mut();
        file.rewind()?;
        std::io::copy(file, out)?;
        Ok(())
    }
}
