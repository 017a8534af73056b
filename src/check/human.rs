//! The verdict written for a person, in the reader's language: what to do, each finding with its
//! line and column, then the pseudonymised text. A long text checked in parts writes the same
//! pieces, so both read alike.

use wasm_widget::{Category, Lang, Report, Verdict};

use super::say;

/// The verdict for a person: what to do, then each finding with its line and column, then the
/// pseudonymised text.
pub(super) fn human(report: &Report, text: &str, lang: Lang) -> String {
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
pub(super) fn human_head(category: Category, grey: bool, summary: &str, lang: Lang) -> String {
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

pub(super) fn findings_title(lang: Lang) -> &'static str {
    say(
        lang,
        "\nÉléments détectés :\n",
        "\nFindings:\n",
        "\nGevonden elementen:\n",
    )
}

pub(super) fn finding_line(line: u64, col: u64, e: &wasm_widget::Entity) -> String {
    format!(
        "  {line}:{col}  {:<13} « {} » — {}\n",
        e.kind.as_str(),
        e.text,
        e.reason
    )
}

pub(super) fn pseudonymised_title(lang: Lang) -> &'static str {
    say(
        lang,
        "\nVersion pseudonymisée (à relire avant usage) :\n",
        "\nPseudonymised version (proofread before use):\n",
        "\nGepseudonimiseerde versie (lees ze na voor je ze gebruikt):\n",
    )
}
