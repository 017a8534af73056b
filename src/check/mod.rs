//! `handbook check`: the checker on the command line — the same classifier as the in-page widget,
//! for scripts, batch audits of exported texts, and people who prefer a terminal.
//!
//! Exit codes: 0 when every text may go to a public AI (`ok`), 3 when one must never (`never`),
//! 2 for usage errors (unreadable file, malformed batch line); 3 wins over 2, so a script that
//! stops on "never" is never told "usage error" instead.

mod batch;
mod human;
mod parts;

use std::io::{Read, Write};
use std::path::Path;

use wasm_widget::{Checker, Lang, Report, Verdict};

pub use batch::check_batch;
use human::human;
use parts::check_in_parts;

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

/// The same words in French, English and Dutch; `lang` picks one.
fn say(lang: Lang, fr: &'static str, en: &'static str, nl: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
        Lang::Nl => nl,
    }
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
