//! `handbook check`: the checker on the command line — the same classifier as the in-page widget,
//! for scripts, batch audits of exported texts, and people who prefer a terminal.
//!
//! Exit codes: 0 when every text may go to a public AI (`ok`), 3 when one must never (`never`),
//! 2 for usage errors (unreadable file, malformed batch line); 3 wins over 2, so a script that
//! stops on "never" is never told "usage error" instead.

use std::io::{BufRead, Read, Write};
use std::path::Path;

use wasm_widget::{Checker, Lang, Report, Verdict};

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

/// Reads the text to check from a file, or standard input for `-`.
pub fn read_input(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?
    };
    String::from_utf8(bytes).map_err(|_| format!("{path} is not UTF-8 text"))
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
    let category = report.category.number();
    let mut s = String::new();
    let verdict = match report.verdict {
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
    s.push_str(&format!(
        "{verdict} — {} {category}{}\n",
        say(lang, "catégorie", "category", "categorie"),
        if report.grey {
            say(
                lang,
                " (zone grise : on applique la règle la plus stricte)",
                " (grey zone: the stricter rule applies)",
                " (grijze zone: de strengste regel geldt)",
            )
        } else {
            ""
        }
    ));
    if !report.summary.is_empty() {
        s.push_str(&format!("{}\n", report.summary));
    }
    if !report.entities.is_empty() {
        s.push_str(say(
            lang,
            "\nÉléments détectés :\n",
            "\nFindings:\n",
            "\nGevonden elementen:\n",
        ));
        let mut at = crate::source::Locator::new(text);
        for e in &report.entities {
            let (line, col) = at.at_char(e.start);
            s.push_str(&format!(
                "  {line}:{col}  {:<13} « {} » — {}\n",
                e.kind.as_str(),
                e.text,
                e.reason
            ));
        }
    }
    if report.verdict == Verdict::Never && !report.entities.is_empty() {
        s.push_str(say(
            lang,
            "\nVersion pseudonymisée (à relire avant usage) :\n",
            "\nPseudonymised version (proofread before use):\n",
            "\nGepseudonimiseerde versie (lees ze na voor je ze gebruikt):\n",
        ));
        s.push_str(&report.pseudonymised);
        if !report.pseudonymised.ends_with('\n') {
            s.push('\n');
        }
    }
    s
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
