//! Evaluation on the labelled set `tests/data/eval.jsonl` (255 short
//! association texts, ~80 % French, balanced over the four categories, with
//! hard negatives).  Rows marked `"set":"heldout"` (every fifth of each
//! category) were not looked at while tuning; both parts are reported.
//!
//! Prints danger recall (category 3–4 texts not returned `ok`) and false
//! alarms (category 1–2 texts returned `never`), and asserts the targets.

mod common;

use wasm_widget::{Lang, Verdict};

struct Row {
    id: String,
    set: String,
    lang: String,
    category: u8,
    grey: bool,
    text: String,
}

fn rows() -> Vec<Row> {
    common::read("eval.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("eval row is JSON");
            Row {
                id: v["id"].as_str().unwrap_or_default().to_string(),
                set: v["set"].as_str().unwrap_or("dev").to_string(),
                lang: v["lang"].as_str().unwrap_or("fr").to_string(),
                category: v["category"].as_u64().unwrap_or(0) as u8,
                grey: v["grey"].as_bool().unwrap_or(false),
                text: v["text"].as_str().unwrap_or_default().to_string(),
            }
        })
        .collect()
}

#[derive(Default)]
struct Tally {
    danger: usize,
    caught: usize,
    safe: usize,
    alarms: usize,
    exact: usize,
    total: usize,
}

impl Tally {
    fn recall(&self) -> f64 {
        self.caught as f64 / self.danger.max(1) as f64
    }
    fn false_alarms(&self) -> f64 {
        self.alarms as f64 / self.safe.max(1) as f64
    }
}

#[test]
fn danger_recall_and_false_alarms() {
    let checker = common::checker();
    let rows = rows();
    assert!(
        rows.len() >= 250,
        "evaluation set too small: {}",
        rows.len()
    );
    let mut all = Tally::default();
    let mut dev = Tally::default();
    let mut held = Tally::default();
    let mut confusion = [[0usize; 5]; 5];
    let mut grey_expected_seen = (0, 0);
    for r in &rows {
        let report = checker.classify(&r.text, Lang::parse(&r.lang));
        let got = report.category.number();
        confusion[r.category as usize][got as usize] += 1;
        let danger = r.category >= 3;
        for t in [
            &mut all,
            if r.set == "heldout" {
                &mut held
            } else {
                &mut dev
            },
        ] {
            t.total += 1;
            if got == r.category {
                t.exact += 1;
            }
            if danger {
                t.danger += 1;
                if report.verdict == Verdict::Never {
                    t.caught += 1;
                }
            } else {
                t.safe += 1;
                if report.verdict == Verdict::Never {
                    t.alarms += 1;
                }
            }
        }
        if r.grey {
            grey_expected_seen.0 += 1;
            if report.grey {
                grey_expected_seen.1 += 1;
            }
        }
        let wrong_side = danger != (report.verdict == Verdict::Never);
        if wrong_side || got != r.category {
            let ents: Vec<String> = report
                .entities
                .iter()
                .map(|e| format!("{}:{}", e.kind.as_str(), e.text))
                .collect();
            eprintln!(
                "{} {:>4} [{}] expected {} got {}{} {:?} :: {}",
                if wrong_side { "MISS" } else { "near" },
                r.id,
                r.set,
                r.category,
                got,
                if report.grey { " (grey)" } else { "" },
                ents,
                r.text
            );
        }
    }
    println!("evaluation set: {} texts", all.total);
    for (name, t) in [("all", &all), ("dev", &dev), ("held-out", &held)] {
        println!(
            "  {name:<8} danger recall {:.3} ({}/{})  false alarms {:.3} ({}/{})  exact category {:.3}",
            t.recall(),
            t.caught,
            t.danger,
            t.false_alarms(),
            t.alarms,
            t.safe,
            t.exact as f64 / t.total.max(1) as f64
        );
    }
    println!(
        "  grey flag on expected-grey texts: {}/{}",
        grey_expected_seen.1, grey_expected_seen.0
    );
    println!("  confusion (rows expected 1-4, columns got 1-4):");
    for (c, row) in confusion.iter().enumerate().skip(1) {
        println!("    {c}: {:?}", &row[1..]);
    }
    assert!(
        all.recall() >= 0.97,
        "danger recall {:.3} < 0.97",
        all.recall()
    );
    assert!(
        all.false_alarms() <= 0.10,
        "false alarms {:.3} > 0.10",
        all.false_alarms()
    );
}
