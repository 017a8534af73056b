//! `handbook check`: the checker on the command line — the same classifier as the in-page widget,
//! for scripts, batch audits of exported texts, and people who prefer a terminal.
//!
//! Exit codes: 0 when every text may go to a public AI (`ok`), 3 when one must never (`never`),
//! 2 for usage errors (unreadable file, malformed batch line); 3 wins over 2, so a script that
//! stops on "never" is never told "usage error" instead.

use std::io::{BufRead, Read, Seek, Write};
use std::path::Path;

use wasm_widget::parts::{json_str_body, part_end, Whole};
use wasm_widget::{Category, Checker, Lang, PartChecker, Report, Verdict};

/// How `handbook check` prints its verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

pub const EXIT_OK: u8 = 0;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_NEVER: u8 = 3;

/// The checker for the handbook at `root` (its vocabulary and published text), or a plain checker
/// with a note when there is no handbook there or it does not load.
pub fn checker_for(root: &Path) -> (Checker, Option<String>) {
    if !root.join(crate::content::site::CONFIG_FILE).is_file() {
        return (Checker::default(), None);
    }
    match crate::content::load(root) {
        Ok(hb) => (crate::checker::checker(&hb), None),
        Err(d) => (
            Checker::default(),
            Some(format!(
                "note: the handbook in {} has {} problem(s) (run `handbook validate`); checking without its vocabulary",
                crate::diagnostics::display_path(root),
                d.len()
            )),
        ),
    }
}

/// The language of the reasons for a language tag (`fr`, `en`, `nl`, `nl-BE`…), with a note when
/// the checker does not speak it and answers in French instead.
pub fn reader_lang(tag: &str) -> (Lang, Option<String>) {
    let lang = Lang::parse(tag);
    let spoken = tag
        .trim()
        .get(..2)
        .is_some_and(|primary| primary.eq_ignore_ascii_case(lang.code()));
    let note = (!spoken).then(|| {
        format!("note: the checker speaks fr, en and nl, not `{tag}`; answering in French")
    });
    (lang, note)
}

/// Texts up to this size are checked whole; a longer one is checked in parts of at most this size,
/// cut at paragraph breaks (see [`wasm_widget::parts`]). The classifier needs about 16 times the
/// text it holds, so this bounds `check`'s memory whatever the input, while every text a person
/// would paste into a chat is still read as one.
pub const PART_BYTES: usize = 1 << 20;

/// Checks the text read from `input` (`name` is how errors call it) and prints the verdict; returns
/// the exit code, or an error for input that cannot be read or is not UTF-8.
///
/// A text longer than [`PART_BYTES`] is checked part by part: the findings and the pseudonymised
/// text go to anonymous temporary files (removed by the system even if the process is killed) until
/// the verdict on the whole text, which comes first in the output, is known. Memory stays bounded
/// by a part, whatever the size of the text.
pub fn check_input(
    checker: &Checker,
    input: &mut dyn Read,
    name: &str,
    lang: Lang,
    format: Format,
    out: &mut dyn Write,
) -> Result<u8, String> {
    let mut buf = Vec::new();
    let eof = fill(input, &mut buf, PART_BYTES + 1, name)?;
    if eof {
        let text =
            String::from_utf8(buf).map_err(|e| not_utf8(name, e.utf8_error().valid_up_to()))?;
        return Ok(check_one(checker, &text, lang, format, out));
    }
    check_in_parts(checker, input, buf, name, lang, format, out)
}

/// Reads from `input` until `buf` holds `limit` bytes or the input ends; says whether it ended.
fn fill(input: &mut dyn Read, buf: &mut Vec<u8>, limit: usize, name: &str) -> Result<bool, String> {
    let want = limit.saturating_sub(buf.len());
    let got = input
        .take(want as u64)
        .read_to_end(buf)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    Ok(got < want)
}

fn not_utf8(name: &str, byte: usize) -> String {
    format!("{name} is not UTF-8 text (byte {byte}): save it as UTF-8 and check it again")
}

/// Checks a text longer than [`PART_BYTES`], `buf` holding its first bytes (see [`check_input`]).
fn check_in_parts(
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
        let valid = match std::str::from_utf8(&buf) {
            Ok(_) => buf.len(),
            // a character the read cut in two: the rest comes with the next read
            Err(e) if e.error_len().is_none() && !eof => e.valid_up_to(),
            Err(e) => return Err(not_utf8(name, consumed + e.valid_up_to())),
        };
        let text = std::str::from_utf8(&buf[..valid])
            .map_err(|e| not_utf8(name, consumed + e.valid_up_to()))?;
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

/// Checks one text and prints the verdict; returns the exit code.
pub fn check_one(
    checker: &Checker,
    text: &str,
    lang: Lang,
    format: Format,
    out: &mut dyn Write,
) -> u8 {
    let report = checker.classify(text, lang);
    let _ = match format {
        Format::Json => writeln!(out, "{}", report.to_json()),
        Format::Human => write!(out, "{}", human(&report, text, lang)),
    };
    exit_code(&report)
}

fn exit_code(report: &Report) -> u8 {
    if report.verdict == Verdict::Never {
        EXIT_NEVER
    } else {
        EXIT_OK
    }
}

/// Checks JSON lines `{"id":…,"text":…}` and writes one JSON line per input, with `id` added.
///
/// A line that cannot be used (not UTF-8, not JSON, no `text`) gets an error object naming its
/// line number, and the batch goes on: one bad export line must not leave the rest unchecked. The
/// exit code keeps the most serious outcome: [`EXIT_NEVER`] if any text must never go, whatever
/// else happened, then [`EXIT_USAGE`] if any line was unusable, else [`EXIT_OK`].
pub fn check_batch(
    checker: &Checker,
    input: &mut dyn BufRead,
    lang: Lang,
    out: &mut dyn Write,
) -> u8 {
    let mut outcome = BatchOutcome::default();
    let mut bytes = Vec::new();
    let mut n = 0usize;
    loop {
        bytes.clear();
        n += 1;
        match input.read_until(b'\n', &mut bytes) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                let _ = writeln!(
                    out,
                    "{}",
                    serde_json::json!({ "line": n, "error": format!("cannot read: {e}") })
                );
                outcome.unusable = true;
                break;
            }
        }
        let Ok(line) = std::str::from_utf8(&bytes) else {
            let _ = writeln!(
                out,
                "{}",
                serde_json::json!({ "id": null, "line": n, "error": "not UTF-8 text: save the export as UTF-8" })
            );
            outcome.unusable = true;
            continue;
        };
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Result<serde_json::Value, _> = serde_json::from_str(line);
        let (id, text) = match parsed {
            Ok(serde_json::Value::Object(mut map)) => match map.remove("text") {
                Some(serde_json::Value::String(text)) => {
                    (map.remove("id").unwrap_or(serde_json::Value::Null), text)
                }
                _ => {
                    let _ = writeln!(
                        out,
                        "{}",
                        serde_json::json!({ "id": map.get("id"), "line": n, "error": "missing string field \"text\"" })
                    );
                    outcome.unusable = true;
                    continue;
                }
            },
            _ => {
                let _ = writeln!(
                    out,
                    "{}",
                    serde_json::json!({ "id": null, "line": n, "error": "not a JSON object: expected {\"id\":…,\"text\":…}" })
                );
                outcome.unusable = true;
                continue;
            }
        };
        let report = checker.classify(&text, lang);
        let mut value: serde_json::Value =
            serde_json::from_str(&report.to_json()).unwrap_or(serde_json::Value::Null);
        if let serde_json::Value::Object(map) = &mut value {
            map.insert("id".into(), id);
        }
        let _ = writeln!(out, "{value}");
        outcome.never |= report.verdict == Verdict::Never;
    }
    outcome.exit_code()
}

/// What a batch met so far, for its exit code.
#[derive(Default)]
struct BatchOutcome {
    never: bool,
    unusable: bool,
}

impl BatchOutcome {
    fn exit_code(&self) -> u8 {
        if self.never {
            EXIT_NEVER
        } else if self.unusable {
            EXIT_USAGE
        } else {
            EXIT_OK
        }
    }
}

/// The same words in French, English and Dutch; `lang` picks one.
fn say(lang: Lang, fr: &'static str, en: &'static str, nl: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
        Lang::Nl => nl,
    }
}

/// The verdict for a person: what to do, then each finding with its line and column, then the
/// pseudonymised text.
fn human(report: &Report, text: &str, lang: Lang) -> String {
    let mut s = human_head(report.category, report.grey, &report.summary, lang);
    if !report.entities.is_empty() {
        s.push_str(findings_title(lang));
        let mut at = crate::source::Locator::new(text);
        for e in &report.entities {
            let (line, col) = at.at_char(e.start);
            s.push_str(&finding_line(line, col, e));
        }
    }
    if report.verdict == Verdict::Never && !report.entities.is_empty() {
        s.push_str(pseudonymised_title(lang));
        s.push_str(&report.pseudonymised);
        if !report.pseudonymised.ends_with('\n') {
            s.push('\n');
        }
    }
    s
}

/// What to do, and why: the first lines of the human output.
fn human_head(category: Category, grey: bool, summary: &str, lang: Lang) -> String {
    let verdict = match category.verdict() {
        Verdict::Ok => say(
            lang,
            "OK pour une IA publique (en vérifiant le résultat)",
            "OK for a public AI (check the result)",
            "OK voor een publieke AI (controleer het resultaat)",
        ),
        Verdict::Never => say(
            lang,
            "JAMAIS dans une IA publique",
            "NEVER into a public AI",
            "NOOIT in een publieke AI",
        ),
    };
    let mut s = format!(
        "{verdict} — {} {}{}\n",
        say(lang, "catégorie", "category", "categorie"),
        category.number(),
        if grey {
            say(
                lang,
                " (zone grise : on applique la règle la plus stricte)",
                " (grey zone: the stricter rule applies)",
                " (grijze zone: de strengste regel geldt)",
            )
        } else {
            ""
        }
    );
    if !summary.is_empty() {
        s.push_str(summary);
        s.push('\n');
    }
    s
}

fn findings_title(lang: Lang) -> &'static str {
    say(
        lang,
        "\nÉléments détectés :\n",
        "\nFindings:\n",
        "\nGevonden elementen:\n",
    )
}

fn finding_line(line: u64, col: u64, e: &wasm_widget::Entity) -> String {
    format!(
        "  {line}:{col}  {:<13} « {} » — {}\n",
        e.kind.as_str(),
        e.text,
        e.reason
    )
}

fn pseudonymised_title(lang: Lang) -> &'static str {
    say(
        lang,
        "\nVersion pseudonymisée (à relire avant usage) :\n",
        "\nPseudonymised version (proofread before use):\n",
        "\nGepseudonimiseerde versie (lees ze na voor je ze gebruikt):\n",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_echoes_ids_and_flags_errors() {
        let input = "{\"id\":1,\"text\":\"Atelier jardinage ouvert à tous samedi à 10 h.\"}\n{\"id\":\"b\",\"text\":\"Écris à Mme Martin, elle est diabétique : martin@example.org\"}\nnot json\n";
        let mut out = Vec::new();
        let code = check_batch(
            &Checker::default(),
            &mut input.as_bytes(),
            Lang::Fr,
            &mut out,
        );
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .expect("utf8")
            .lines()
            .map(|l| serde_json::from_str(l).expect("json line"))
            .collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0]["id"], 1);
        assert_eq!(lines[0]["verdict"], "ok");
        assert_eq!(lines[1]["id"], "b");
        assert_eq!(lines[1]["verdict"], "never");
        assert!(lines[2]["error"].is_string());
        assert_eq!(
            code, EXIT_NEVER,
            "a text that must never go outranks a bad line"
        );
    }

    #[test]
    fn batch_goes_on_past_lines_that_are_not_utf8() {
        let mut input = b"{\"id\":1,\"text\":\"caf\xe9\"}\n".to_vec();
        input.extend_from_slice(b"{\"id\":2,\"text\":\"Atelier ouvert samedi.\"}\n");
        let mut out = Vec::new();
        let code = check_batch(&Checker::default(), &mut &input[..], Lang::Fr, &mut out);
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .expect("utf8")
            .lines()
            .map(|l| serde_json::from_str(l).expect("json line"))
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["line"], 1);
        assert!(lines[0]["error"].is_string());
        assert_eq!(lines[1]["id"], 2);
        assert_eq!(lines[1]["verdict"], "ok");
        assert_eq!(code, EXIT_USAGE);
    }

    #[test]
    fn human_output_locates_every_finding_of_a_long_text() {
        // 2 MB and 70 000 findings: rescanning the text for each finding (as before) took minutes.
        // not example.org: an example domain is not personal data
        let line = "Écrire à marie.dupont@courriel.fr ou au 06 12 34 56 78.\n";
        let text = line.repeat(35_000);
        assert!(text.len() > 2_000_000);
        let mut out = Vec::new();
        check_one(
            &Checker::default(),
            &text,
            Lang::Fr,
            Format::Human,
            &mut out,
        );
        let out = String::from_utf8(out).expect("utf8");
        assert!(out.contains("\n  35000:10  EMAIL"), "{}", &out[..400]);
        assert!(out.contains("\n  35000:41  PHONE"), "{}", &out[..400]);
    }

    /// A text of `lines` lines, a paragraph every five lines, with people, contacts and characters
    /// of two, three and four bytes; each person comes back in many paragraphs.
    fn long_text(lines: usize) -> String {
        let mut text = String::new();
        for n in 0..lines {
            let person = n % 37;
            match n % 5 {
                0 => text.push_str(&format!(
                    "Écrire à Mme Abergel{person} 🙂 : abergel.{person}@courriel.fr, « urgent ».\n"
                )),
                1 => text.push_str(&format!(
                    "Le numéro de Mme Abergel{person} : 06 12 34 56 {person:02}.\n"
                )),
                2 => text
                    .push_str("L'atelier vélo ouvre samedi à 10 h — café offert, 2 € la part.\n"),
                3 => text.push_str("Apportez des gobelets réutilisables.\n"),
                _ => text.push('\n'),
            }
        }
        text
    }

    #[test]
    fn a_long_text_checked_in_parts_reads_as_if_whole() {
        let text = long_text(60_000);
        assert!(text.len() > 2 * PART_BYTES, "three parts at least");
        for format in [Format::Human, Format::Json] {
            let mut whole = Vec::new();
            let whole_code = check_one(&Checker::default(), &text, Lang::Fr, format, &mut whole);
            let mut parts = Vec::new();
            let parts_code = check_input(
                &Checker::default(),
                &mut text.as_bytes(),
                "text",
                Lang::Fr,
                format,
                &mut parts,
            );
            assert_eq!(parts_code, Ok(whole_code));
            assert_eq!(whole_code, EXIT_NEVER);
            let (whole, parts) = (
                String::from_utf8(whole).unwrap(),
                String::from_utf8(parts).unwrap(),
            );
            assert!(
                whole == parts,
                "{format:?}: first difference at byte {:?}",
                whole.bytes().zip(parts.bytes()).position(|(a, b)| a != b)
            );
        }
    }

    #[test]
    fn a_long_text_without_breaks_is_cut_between_characters() {
        // no space, no line break: parts end between two characters, one cut by the read
        let text = format!("x{}", "🙂é€".repeat(PART_BYTES / 9 * 2));
        let mut out = Vec::new();
        let code = check_input(
            &Checker::default(),
            &mut text.as_bytes(),
            "text",
            Lang::Fr,
            Format::Json,
            &mut out,
        );
        assert_eq!(code, Ok(EXIT_OK));
        let report: serde_json::Value = serde_json::from_slice(&out).expect("one JSON document");
        assert_eq!(report["pseudonymised"], text.as_str());
        assert_eq!(report["verdict"], "ok");
    }

    #[test]
    fn a_long_text_that_is_not_utf8_is_refused_with_its_byte_and_no_output() {
        let mut bytes = long_text(40_000).into_bytes();
        let bad = bytes.len() - 10;
        bytes[bad] = 0xff;
        let mut out = Vec::new();
        let result = check_input(
            &Checker::default(),
            &mut &bytes[..],
            "export.txt",
            Lang::Fr,
            Format::Human,
            &mut out,
        );
        let message = result.expect_err("not UTF-8");
        assert!(
            message.contains("export.txt is not UTF-8 text"),
            "{message}"
        );
        assert!(message.contains(&format!("byte {bad}")), "{message}");
        assert!(out.is_empty(), "no verdict on half a text");
        let short = b"caf\xe9";
        let message = check_input(
            &Checker::default(),
            &mut &short[..],
            "-",
            Lang::Fr,
            Format::Human,
            &mut out,
        )
        .expect_err("not UTF-8");
        assert!(message.contains("(byte 3)"), "{message}");
    }

    #[test]
    fn human_output_locates_findings() {
        let mut out = Vec::new();
        let code = check_one(
            &Checker::default(),
            "Bonjour,\nappelez le 06 12 34 56 78.",
            Lang::Fr,
            Format::Human,
            &mut out,
        );
        let text = String::from_utf8(out).expect("utf8");
        assert_eq!(code, EXIT_NEVER);
        assert!(text.starts_with("JAMAIS dans une IA publique"), "{text}");
        assert!(text.contains("2:12  PHONE"), "{text}");
    }

    #[test]
    fn human_output_in_dutch() {
        let mut out = Vec::new();
        let code = check_one(
            &Checker::default(),
            "Bonjour,\nappelez le 06 12 34 56 78.",
            Lang::Nl,
            Format::Human,
            &mut out,
        );
        let text = String::from_utf8(out).expect("utf8");
        assert_eq!(code, EXIT_NEVER);
        assert!(
            text.starts_with("NOOIT in een publieke AI — categorie 3\n"),
            "{text}"
        );
        assert!(text.contains("\nGevonden elementen:\n"), "{text}");
        assert!(text.contains("2:12  PHONE"), "{text}");
        assert!(text.contains("Telefoonnummer:"), "{text}");
        assert!(
            text.contains("\nGepseudonimiseerde versie (lees ze na voor je ze gebruikt):\n"),
            "{text}"
        );
        assert!(text.contains("Telefoon_001"), "{text}");
        let mut out = Vec::new();
        let code = check_one(
            &Checker::default(),
            "Atelier ouvert samedi.",
            Lang::Nl,
            Format::Human,
            &mut out,
        );
        let text = String::from_utf8(out).expect("utf8");
        assert_eq!(code, EXIT_OK);
        assert!(
            text.starts_with("OK voor een publieke AI (controleer het resultaat)"),
            "{text}"
        );
    }

    #[test]
    fn reader_language_from_a_tag() {
        assert_eq!(reader_lang("nl"), (Lang::Nl, None));
        assert_eq!(reader_lang("nl-BE"), (Lang::Nl, None));
        assert_eq!(reader_lang("en"), (Lang::En, None));
        assert_eq!(reader_lang("fr-BE"), (Lang::Fr, None));
        let (lang, note) = reader_lang("de");
        assert_eq!(lang, Lang::Fr);
        assert!(note.is_some_and(|n| n.contains("`de`")));
    }
}
