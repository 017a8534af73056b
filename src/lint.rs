//! The prompt lint: prompts of the shared library must hold public data only (categories 1–2), so the
//! build runs the checker over every prompt's context and prompt text and stops on a category 3–4
//! finding — unless the prompt's front matter gives a written justification (`allow_sensitive`).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use rayon::prelude::*;
use sha2::{Digest, Sha256};
use wasm_widget::{Checker, Lang, Verdict};

use crate::content::prompts::Block;
use crate::content::Handbook;
use crate::diagnostics::{Diagnostics, Origin};
use crate::source::Locator;

/// What to do about a finding, the same for every one.
const HINT: &str = "prompts must hold public data only: replace it with a [placeholder] or a general description, or add `allow_sensitive: \"why, and for which approved tool\"` to the front matter";

/// How many prompt blocks' findings are kept between builds (`serve` lints the whole library at
/// every save, though a save changes one prompt): more than a large library's blocks in a few
/// languages; when full, the memory is cleared and filled again.
const KEPT_BLOCKS: usize = 20_000;

/// A block's category 3–4 findings, as character offsets in its text and messages.
type Findings = Vec<(usize, String)>;

/// The findings of blocks already linted, by [`block_key`].
static KEPT: Mutex<BTreeMap<[u8; 32], Findings>> = Mutex::new(BTreeMap::new());

/// Every problem of the sources that the model's own checks let through: files of a translation
/// without an original, and prompt blocks the checker would refuse, in `handbook` and each of its
/// `translations` (in `languages`, the default one first).
pub fn lint_sources(
    root: &std::path::Path,
    handbook: &Handbook,
    translations: &[Handbook],
    languages: &[String],
) -> Diagnostics {
    let mut lint = Diagnostics::new();
    crate::content::twins::check_orphans(root, &languages[1..], &mut lint);
    let mut linted = BTreeSet::new();
    for hb in std::iter::once(handbook).chain(translations) {
        let (checker, digest) = crate::checker::checker_with_digest(hb);
        lint_prompts(hb, &checker, &digest, &mut linted, &mut lint);
    }
    lint
}

/// Reports every prompt block the checker would refuse.
///
/// `linted` holds the blocks already checked, by source position: an edition that leaves a prompt
/// untranslated reuses the original's file, whose problems must be reported once, not once in
/// each language's wording. The blocks are checked in parallel (each is independent, and a
/// library of hundreds of prompts makes this one of the build's costly steps); the problems are
/// reported in the prompts' order, whatever the number of threads.
///
/// `checker_digest` says what the checker knows ([`crate::checker::checker_with_digest`]): a
/// block whose text, language and checker are those of a block linted earlier in this process
/// (an earlier build of `serve`) gets the findings found then.
pub fn lint_prompts(
    hb: &Handbook,
    checker: &Checker,
    checker_digest: &[u8; 32],
    linted: &mut BTreeSet<Origin>,
    diags: &mut Diagnostics,
) {
    let lang = Lang::parse(&hb.site.language.value);
    let blocks: Vec<(&str, &Block)> = hb
        .prompts
        .iter()
        .filter(|prompt| prompt.allow_sensitive.is_none())
        .flat_map(|prompt| {
            [
                (prompt.id.as_str(), &prompt.context),
                (prompt.id.as_str(), &prompt.prompt),
            ]
        })
        .filter(|(_, block)| linted.insert(block.origin.clone()))
        .collect();
    let keys: Vec<[u8; 32]> = blocks
        .iter()
        .map(|(id, block)| block_key(checker_digest, lang, id, &block.text))
        .collect();
    let known: Vec<Option<Findings>> = {
        let kept = KEPT.lock().unwrap_or_else(|e| e.into_inner());
        keys.iter().map(|k| kept.get(k).cloned()).collect()
    };
    let findings: Vec<Findings> = blocks
        .par_iter()
        .zip(known)
        .map(|((id, block), known)| {
            known.unwrap_or_else(|| block_findings(id, block, checker, lang))
        })
        .collect();
    {
        let mut kept = KEPT.lock().unwrap_or_else(|e| e.into_inner());
        if kept.len() + keys.len() > KEPT_BLOCKS {
            kept.clear();
        }
        for (key, found) in keys.into_iter().zip(&findings) {
            kept.insert(key, found.clone());
        }
    }
    for ((_, block), found) in blocks.iter().zip(findings) {
        let mut at = Locator::new(&block.text);
        for (start, message) in found {
            diags.error(position(block, &mut at, start), message, HINT);
        }
    }
}

/// What a block's findings depend on: the checker, the language, the prompt's id (named in the
/// messages) and the text.
fn block_key(checker_digest: &[u8; 32], lang: Lang, id: &str, text: &str) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(checker_digest);
    for field in [format!("{lang:?}").as_str(), id, text] {
        hasher.update((field.len() as u64).to_le_bytes());
        hasher.update(field.as_bytes());
    }
    hasher.finalize().into()
}

/// The category 3–4 findings of one prompt block.
fn block_findings(id: &str, block: &Block, checker: &Checker, lang: Lang) -> Findings {
    let report = checker.lint_template(&block.text, lang);
    if report.verdict != Verdict::Never {
        return Vec::new();
    }
    report
        .entities
        .iter()
        .filter(|e| e.kind.category().number() >= 3)
        .map(|entity| {
            (
                entity.start,
                format!(
                    "{id} holds category {} data ({}: « {} »): {}",
                    entity.kind.category().number(),
                    entity.kind.as_str(),
                    entity.text,
                    entity.reason
                ),
            )
        })
        .collect()
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
