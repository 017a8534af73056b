//! The prompt lint: prompts of the shared library must hold public data only (categories 1–2), so the
//! build runs the checker over every prompt's context and prompt text and stops on a category 3–4
//! finding — unless the prompt's front matter gives a written justification (`allow_sensitive`).

use std::collections::BTreeSet;

use wasm_widget::{Checker, Lang, Verdict};

use crate::content::prompts::Block;
use crate::content::Handbook;
use crate::diagnostics::{Diagnostics, Origin};
use crate::source::Locator;

/// Reports every prompt block the checker would refuse.
///
/// `linted` holds the blocks already checked, by source position: an edition that leaves a prompt
/// untranslated reuses the original's file, whose problems must be reported once, not once in
/// each language's wording.
pub fn lint_prompts(
    hb: &Handbook,
    checker: &Checker,
    linted: &mut BTreeSet<Origin>,
    diags: &mut Diagnostics,
) {
    let lang = Lang::parse(&hb.site.language.value);
    for prompt in &hb.prompts {
        if prompt.allow_sensitive.is_some() {
            continue;
        }
        for block in [&prompt.context, &prompt.prompt] {
            if !linted.insert(block.origin.clone()) {
                continue;
            }
            let report = checker.lint_template(&block.text, lang);
            if report.verdict != Verdict::Never {
                continue;
            }
            let mut at = Locator::new(&block.text);
            for entity in report
                .entities
                .iter()
                .filter(|e| e.kind.category().number() >= 3)
            {
                diags.error(
                    position(block, &mut at, entity.start),
                    format!(
                        "{} holds category {} data ({}: « {} »): {}",
                        prompt.id,
                        entity.kind.category().number(),
                        entity.kind.as_str(),
                        entity.text,
                        entity.reason
                    ),
                    "prompts must hold public data only: replace it with a [placeholder] or a general description, or add `allow_sensitive: \"why, and for which approved tool\"` to the front matter",
                );
            }
        }
    }
}

/// The file position of a character offset inside a prompt block (`at` walks `block.text`).
fn position(block: &Block, at: &mut Locator<'_>, char_offset: usize) -> Origin {
    let (line, col) = at.at_char(char_offset);
    let col = if line == 1 {
        block.origin.col + col - 1
    } else {
        col
    };
    Origin::new(&block.origin.file, block.origin.line + line - 1, col)
}
