//! The prompt lint: prompts of the shared library must hold public data only (categories 1–2), so the
//! build runs the checker over every prompt's context and prompt text and stops on a category 3–4
//! finding — unless the prompt's front matter gives a written justification (`allow_sensitive`).

use wasm_widget::{Checker, Lang, Verdict};

use crate::content::prompts::Block;
use crate::content::Handbook;
use crate::diagnostics::{Diagnostics, Origin};

/// Reports every prompt block the checker would refuse.
pub fn lint_prompts(hb: &Handbook, checker: &Checker, diags: &mut Diagnostics) {
    let lang = Lang::parse(&hb.site.language.value);
    for prompt in &hb.prompts {
        if prompt.allow_sensitive.is_some() {
            continue;
        }
        for block in [&prompt.context, &prompt.prompt] {
            let report = checker.lint_template(&block.text, lang);
            if report.verdict != Verdict::Never {
                continue;
            }
            for entity in report
                .entities
                .iter()
                .filter(|e| e.kind.category().number() >= 3)
            {
                diags.error(
                    position(block, entity.start),
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

/// The file position of a character offset inside a prompt block.
fn position(block: &Block, char_offset: usize) -> Origin {
    let mut line = block.origin.line;
    let mut col = block.origin.col;
    for c in block.text.chars().take(char_offset) {
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    Origin::new(&block.origin.file, line, col)
}
