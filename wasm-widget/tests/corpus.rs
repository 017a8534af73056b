//! The checker on the generated corpus (`corpus/`, written by
//! `corpus/generate.py`, which knows nothing of the rules): ~1 700
//! multi-sentence texts in the way association staff write, French,
//! English and Dutch, split **by template family** into a development part
//! (rules and the decision layer's weights are fitted on it) and a held-out
//! part that nobody looks at while writing rules.
//!
//! Run with `cargo test -p wasm-widget --test corpus -- --nocapture` to
//! see the table.  Errors are listed for the development part only: the
//! held-out part is reported as figures, never as texts, so that it stays
//! unseen.  The assertions are floors on the held-out part (set below what
//! was measured when they were written) that catch regressions; the goals
//! the checker is measured against are in the README.
//!
//! Outside any handbook, as `handbook check` would run on a stranger's
//! machine: no vocabulary, no published fingerprint.

use wasm_widget::{Category, Checker, Lang, Verdict};

struct Row {
    id: String,
    lang: String,
    category: u8,
    text: String,
    pii: Vec<String>,
}

fn rows(file: &str) -> Vec<Row> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("corpus row is JSON");
            Row {
                id: v["id"].as_str().unwrap_or_default().to_string(),
                lang: v["lang"].as_str().unwrap_or("fr").to_string(),
                category: v["category"].as_u64().unwrap_or(0) as u8,
                text: v["text"].as_str().unwrap_or_default().to_string(),
                pii: v["pii"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|x| x.as_str().map(String::from))
                            .collect()
                    })
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// Counts for one part of the corpus.
#[derive(Default)]
struct Tally {
    danger: usize,
    caught: usize,
    safe: usize,
    alarms: usize,
    exact: usize,
    total: usize,
    /// Category-3 verdicts, and how many of them re-check as ok once
    /// pseudonymised, and how many pseudonymised texts still hold a
    /// personal string of the row.
    cat3: usize,
    recheck_ok: usize,
    leaks: usize,
    /// Category-4 texts classified 3 (the wrong advice: "pseudonymise").
    four_as_three: usize,
    four: usize,
    confusion: [[usize; 5]; 5],
    /// What the leaked strings look like, and what the re-check still
    /// finds: shapes and kinds only, so that the held-out part can say
    /// where it fails without showing a text.
    leak_shapes: std::collections::BTreeMap<&'static str, usize>,
    recheck_kinds: std::collections::BTreeMap<String, usize>,
    /// The kinds of finding in the texts refused though harmless.
    alarm_kinds: std::collections::BTreeMap<&'static str, usize>,
}

/// The shape of a personal string, without the string: enough to tell a
/// missed name from a missed number or address.
fn shape(s: &str) -> &'static str {
    if s.contains('@') {
        "e-mail"
    } else if s.chars().filter(char::is_ascii_digit).count() >= 4 {
        match s.trim_start().chars().next() {
            Some(c) if c.is_ascii_alphabetic() => "number starting with letters",
            Some('0' | '+') => "number starting with 0 or +",
            _ => "other number",
        }
    } else if s.chars().any(char::is_numeric) {
        "address or date"
    } else if s.chars().next().is_some_and(char::is_lowercase) {
        "lower-case word"
    } else if s.split_whitespace().count() > 1 {
        "several capitalised words"
    } else {
        "one capitalised word"
    }
}

impl Tally {
    fn ratio(a: usize, b: usize) -> f64 {
        a as f64 / b.max(1) as f64
    }
    fn recall(&self) -> f64 {
        Tally::ratio(self.caught, self.danger)
    }
    fn false_alarms(&self) -> f64 {
        Tally::ratio(self.alarms, self.safe)
    }
    fn accuracy(&self) -> f64 {
        Tally::ratio(self.exact, self.total)
    }
    fn recheck(&self) -> f64 {
        Tally::ratio(self.recheck_ok, self.cat3)
    }
    fn print(&self, name: &str) {
        println!(
            "  {name:<9} recall {:.3} ({}/{})  false alarms {:.3} ({}/{})  exact {:.3}  \
             pseudonymised cat-3 re-checked ok {:.3} ({}/{}), leaks {}  cat-4 given as 3: {}/{}",
            self.recall(),
            self.caught,
            self.danger,
            self.false_alarms(),
            self.alarms,
            self.safe,
            self.accuracy(),
            self.recheck(),
            self.recheck_ok,
            self.cat3,
            self.leaks,
            self.four_as_three,
            self.four,
        );
        if !self.leak_shapes.is_empty() || !self.recheck_kinds.is_empty() {
            println!(
                "    leaked strings by shape {:?}; what the failed re-checks still find {:?}",
                self.leak_shapes, self.recheck_kinds
            );
        }
        if !self.alarm_kinds.is_empty() {
            println!("    what the false alarms find {:?}", self.alarm_kinds);
        }
    }
}

fn evaluate(checker: &Checker, rows: &[Row], show_errors: bool) -> Tally {
    let mut t = Tally::default();
    for r in rows {
        let lang = Lang::parse(&r.lang);
        let report = checker.classify(&r.text, lang);
        let got = report.category.number();
        t.total += 1;
        t.confusion[r.category as usize][got as usize] += 1;
        if got == r.category {
            t.exact += 1;
        }
        let danger = r.category >= 3;
        let refused = report.verdict == Verdict::Never;
        if danger {
            t.danger += 1;
            t.caught += usize::from(refused);
        } else {
            t.safe += 1;
            t.alarms += usize::from(refused);
            if refused {
                for e in &report.entities {
                    *t.alarm_kinds.entry(e.kind.as_str()).or_default() += 1;
                }
            }
        }
        if r.category == 4 {
            t.four += 1;
            t.four_as_three += usize::from(got == 3);
        }
        if report.category == Category::Personal {
            t.cat3 += 1;
            let again = checker.classify(&report.pseudonymised, lang);
            t.recheck_ok += usize::from(again.verdict == Verdict::Ok);
            let leak = r.category == 3
                && r.pii
                    .iter()
                    .any(|p| report.pseudonymised.contains(p.as_str()));
            t.leaks += usize::from(leak);
            if r.category == 3 {
                for p in r
                    .pii
                    .iter()
                    .filter(|p| report.pseudonymised.contains(p.as_str()))
                {
                    *t.leak_shapes.entry(shape(p)).or_default() += 1;
                }
            }
            if again.verdict != Verdict::Ok {
                for e in &again.entities {
                    let was = if report.entities.iter().any(|o| o.text == e.text) {
                        "found before"
                    } else if r.text.contains(e.text.as_str()) {
                        "in the text, not found before"
                    } else {
                        "not in the text"
                    };
                    *t.recheck_kinds
                        .entry(format!("{} ({was})", e.kind.as_str()))
                        .or_default() += 1;
                }
            }
            if show_errors && (again.verdict != Verdict::Ok || leak) {
                let ents: Vec<String> = again
                    .entities
                    .iter()
                    .map(|e| format!("{}:{}", e.kind.as_str(), e.text))
                    .collect();
                eprintln!(
                    "PSEUDO {} leak={leak} {ents:?} :: {}",
                    r.id, report.pseudonymised
                );
            }
        }
        if show_errors && (danger != refused || got != r.category) {
            let ents: Vec<String> = report
                .entities
                .iter()
                .map(|e| format!("{}:{}", e.kind.as_str(), e.text))
                .collect();
            eprintln!(
                "{} {} expected {} got {} {:?} :: {}",
                if danger != refused { "MISS" } else { "near" },
                r.id,
                r.category,
                got,
                ents,
                r.text.replace('\n', " / ")
            );
        }
    }
    t
}

#[test]
fn corpus_recall_false_alarms_and_pseudonymisation() {
    let checker = Checker::default();
    let dev = rows("dev.jsonl");
    let held = rows("heldout.jsonl");
    assert!(
        dev.len() + held.len() >= 1500,
        "corpus too small: {}",
        dev.len() + held.len()
    );
    let d = evaluate(&checker, &dev, std::env::var_os("CORPUS_ERRORS").is_some());
    let h = evaluate(&checker, &held, false);
    println!(
        "corpus: {} development texts, {} held-out texts (split by template family)",
        dev.len(),
        held.len()
    );
    d.print("dev");
    h.print("held-out");
    for (name, t) in [("dev", &d), ("held-out", &h)] {
        println!("  {name} confusion (rows expected 2-4, columns got 1-4):");
        for (c, row) in t.confusion.iter().enumerate().skip(2) {
            println!("    {c}: {:?}", &row[1..]);
        }
    }
    // the short texts among them (a sentence or two, as in a chat or a
    // quick request to an AI), then each language
    let short = |r: &Row| r.text.chars().count() <= SHORT_CHARS;
    let parts: [(&str, &RowFilter); 4] = [
        ("held short", &short),
        ("held fr", &|r: &Row| r.lang == "fr"),
        ("held en", &|r: &Row| r.lang == "en"),
        ("held nl", &|r: &Row| r.lang == "nl"),
    ];
    for (name, keep) in parts {
        let part: Vec<Row> = held
            .iter()
            .filter(|r| keep(r))
            .map(|r| Row {
                id: r.id.clone(),
                lang: r.lang.clone(),
                category: r.category,
                text: r.text.clone(),
                pii: r.pii.clone(),
            })
            .collect();
        evaluate(&checker, &part, false).print(name);
    }
    // Texts written by hand, one or two sentences each, by someone who had
    // not seen the rules (`corpus/written.jsonl`): read while writing rules
    // (development data, like dev.jsonl), kept to show what a new writer's
    // wording does and to catch regressions on it.
    // Three more sets (`corpus/written2.jsonl` to `written4.jsonl`) by
    // other writers, read the same way after their first measurement.
    for (file, name, floor) in [
        ("written.jsonl", "written", FLOOR_WRITTEN),
        ("written2.jsonl", "written2", FLOOR_WRITTEN2),
        ("written3.jsonl", "written3", FLOOR_WRITTEN3),
        ("written4.jsonl", "written4", FLOOR_WRITTEN4),
    ] {
        let written = rows(file);
        let w = evaluate(
            &checker,
            &written,
            std::env::var_os("CORPUS_ERRORS").is_some(),
        );
        w.print(name);
        assert!(w.recall() >= floor, "{name} recall {:.3}", w.recall());
    }
    // Floors on the held-out part, below the figures measured when they
    // were set (README): a drop means a rule change broke generalisation.
    assert!(
        h.recall() >= FLOOR_RECALL,
        "held-out recall {:.3}",
        h.recall()
    );
    assert!(
        h.false_alarms() <= CEILING_FALSE_ALARMS,
        "held-out false alarms {:.3}",
        h.false_alarms()
    );
    assert!(
        h.recheck() >= FLOOR_RECHECK,
        "held-out re-check {:.3}",
        h.recheck()
    );
}

/// Which rows a line of the table reports on.
type RowFilter = dyn Fn(&Row) -> bool;

/// Texts of at most this many characters count as short (the development
/// part's median is about 200).
const SHORT_CHARS: usize = 160;

// measured when set: 0.969, 0.035, 1.000 (README); recall and re-check held to
// the goals, false alarms a little above what was measured
const FLOOR_RECALL: f64 = 0.95;
const CEILING_FALSE_ALARMS: f64 = 0.10;
const FLOOR_RECHECK: f64 = 0.98;
// measured when set: 0.938 on the hand-written texts
const FLOOR_WRITTEN: f64 = 0.92;
// the second and third writers' sets: 0.767 and 0.801 when first measured,
// 0.962 and 0.949 once their misses had been read (development data since)
const FLOOR_WRITTEN2: f64 = 0.92;
const FLOOR_WRITTEN3: f64 = 0.92;
// the fourth writer's: 0.891 when first measured, 0.969 once its misses had been read
const FLOOR_WRITTEN4: f64 = 0.92;
