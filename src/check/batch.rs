//! `handbook check --batch`: one JSON line in, one verdict line out, one text held at a time.

use std::io::{BufRead, Write};

use wasm_widget::{Checker, Lang, Verdict};

use super::{EXIT_NEVER, EXIT_OK, EXIT_USAGE};

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
