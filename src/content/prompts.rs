//! The shared prompt library: one prompt per file, a context (the constants) and a prompt (the task),
//! both holding `[placeholders]` the reader fills in.

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use super::Markdown;
use crate::diagnostics::{Diagnostics, Origin};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: Spanned<String>,
    title: String,
    tags: Spanned<Vec<String>>,
    use_case: String,
    /// A written justification that lets this prompt hold personal or sensitive data.
    #[serde(default)]
    allow_sensitive: Option<Spanned<String>>,
}

/// A prompt of the library, published at `/prompts/<slug>/`.
#[derive(Debug, Clone, Serialize)]
pub struct Prompt {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub tags: Vec<String>,
    pub use_case: String,
    pub intro: Markdown,
    pub context: Block,
    pub prompt: Block,
    pub notes: Markdown,
    /// Why this prompt may hold category 3–4 data (the build lint then lets it through).
    pub allow_sensitive: Option<String>,
    #[serde(skip)]
    pub id_origin: Origin,
}

/// The text of the context or the prompt, shown as a copyable block.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub text: String,
    /// Distinct placeholder names, in order of first appearance.
    pub placeholders: Vec<String>,
    #[serde(skip)]
    pub origin: Origin,
}

pub fn load(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<Prompt> {
    let mut prompts = Vec::new();
    let rels = super::list_files(root, dir, "md", diags);
    for read in super::read_each_front_matter::<FrontMatter>(root, &rels) {
        match read {
            Ok(file) => {
                if let Some(prompt) = build(file, diags) {
                    prompts.push(prompt);
                }
            }
            Err(found) => diags.extend(found),
        }
    }
    super::check_unique(
        prompts.iter().map(|p| (p.id.as_str(), p.id_origin.clone())),
        "prompt id",
        diags,
    );
    prompts.sort_by(|a, b| a.id.cmp(&b.id));
    prompts
}

fn build(file: super::FrontMatterFile<FrontMatter>, diags: &mut Diagnostics) -> Option<Prompt> {
    let meta = file.meta;
    let src = file.meta_source;
    let id_origin = src.origin(&meta.id);
    let id = meta.id.value.trim().to_string();
    let digits = id.strip_prefix("PROMPT-").unwrap_or("");
    if digits.len() < 3 || !digits.chars().all(|c| c.is_ascii_digit()) {
        diags.error(
            id_origin.clone(),
            format!("prompt id `{id}` does not follow the pattern PROMPT-NNN"),
            "use `PROMPT-` followed by at least three digits, e.g. `PROMPT-014`",
        );
    }
    if meta.tags.value.is_empty() {
        diags.error(
            src.origin(&meta.tags),
            "a prompt needs at least one tag",
            "add e.g. `tags: [communication]`",
        );
    }
    if let Some(j) = &meta.allow_sensitive {
        if j.value.split_whitespace().count() < 5 {
            diags.error(
                src.origin(j),
                "`allow_sensitive` needs a written justification",
                "explain in a full sentence why this prompt may hold personal or sensitive data, and which approved tool it is for",
            );
        }
    }
    let parts = split_body(&file.body, diags)?;
    Some(Prompt {
        slug: id.to_lowercase(),
        id,
        title: meta.title,
        tags: meta
            .tags
            .value
            .iter()
            .map(|t| t.trim().to_string())
            .collect(),
        use_case: meta.use_case,
        intro: parts.intro,
        context: block(&file.body, parts.context, diags),
        prompt: block(&file.body, parts.prompt, diags),
        notes: parts.notes,
        allow_sensitive: meta.allow_sensitive.map(|j| j.value),
        id_origin,
    })
}

struct Parts {
    intro: Markdown,
    context: (usize, usize),
    prompt: (usize, usize),
    notes: Markdown,
}

#[derive(PartialEq, Clone, Copy)]
enum Heading {
    Context,
    Prompt,
    Other,
}

/// Finds the `## Contexte` and `## Prompt` sections (outside code fences) and what surrounds them.
fn split_body(body: &Markdown, diags: &mut Diagnostics) -> Option<Parts> {
    let text = body.text.as_str();
    let mut headings: Vec<(Heading, usize, usize)> = Vec::new(); // kind, line start, content start
    let mut offset = 0;
    let mut fence: Option<&str> = None;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if let Some(marker) = fence {
            if trimmed.starts_with(marker) {
                fence = None;
            }
        } else if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
        } else if let Some(title) = line.strip_prefix("## ") {
            let title = title.trim().trim_end_matches('#').trim().to_lowercase();
            let kind = match title.as_str() {
                "contexte" | "context" => Heading::Context,
                "prompt" => Heading::Prompt,
                _ => Heading::Other,
            };
            headings.push((kind, offset, offset + line.len()));
        }
        offset += line.len();
    }
    let find = |kind: Heading| headings.iter().filter(|h| h.0 == kind).collect::<Vec<_>>();
    let (contexts, prompts) = (find(Heading::Context), find(Heading::Prompt));
    let mut ok = true;
    for (found, name) in [(&contexts, "## Contexte"), (&prompts, "## Prompt")] {
        match found.len() {
            0 => {
                diags.error(
                    Origin::file_start(&body.file),
                    format!("prompt has no `{name}` section"),
                    "a prompt body needs a `## Contexte` section, then a `## Prompt` section",
                );
                ok = false;
            }
            1 => {}
            _ => {
                diags.error(
                    body.origin_at(found[1].1),
                    format!("`{name}` appears more than once"),
                    "keep a single section of each kind; put variants in separate prompts",
                );
                ok = false;
            }
        }
    }
    if !ok {
        return None;
    }
    let (ctx, prm) = (contexts[0], prompts[0]);
    if prm.1 < ctx.1 {
        diags.error(
            body.origin_at(prm.1),
            "`## Prompt` comes before `## Contexte`",
            "put the context (the constants) first, then the prompt (the task)",
        );
        return None;
    }
    let end_of = |start: usize| {
        headings
            .iter()
            .map(|h| h.1)
            .find(|&s| s > start)
            .unwrap_or(text.len())
    };
    let ctx_end = end_of(ctx.1);
    let prm_end = end_of(prm.1);
    Some(Parts {
        intro: Markdown::new(&text[..ctx.1], &body.file, body.line_offset),
        context: (ctx.2, ctx_end),
        prompt: (prm.2, prm_end),
        notes: {
            let (line, _) = crate::source::line_col(text, prm_end);
            Markdown::new(&text[prm_end..], &body.file, body.line_offset + line - 1)
        },
    })
}

fn block(body: &Markdown, (start, end): (usize, usize), diags: &mut Diagnostics) -> Block {
    let raw = &body.text[start..end];
    let leading = raw.len() - raw.trim_start_matches(['\n', '\r', ' ', '\t']).len();
    let leading = raw[..leading].rfind('\n').map_or(0, |i| i + 1);
    let text = raw[leading..].trim_end();
    let mut at = crate::source::Locator::new(&body.text);
    let origin = body.origin_with(&mut at, start + leading);
    if text.is_empty() {
        diags.error(
            origin.clone(),
            "this section is empty",
            "write the text of the section under its heading",
        );
    }
    let placeholders = placeholders(text, |offset, message, hint| {
        diags.error(
            body.origin_with(&mut at, start + leading + offset),
            message,
            hint,
        );
    });
    Block {
        text: text.to_string(),
        placeholders,
        origin,
    }
}

/// Extracts `[placeholder]` names, reporting malformed brackets through `report(byte offset, …)`.
pub fn placeholders(text: &str, mut report: impl FnMut(usize, String, &str)) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '[' => {
                if open.is_some() {
                    report(i, "placeholder opened inside another placeholder".into(), "close the first `[` with `]` before opening another; placeholders cannot be nested");
                    return names;
                }
                open = Some(i);
            }
            ']' => match open.take() {
                None => report(
                    i,
                    "`]` without a matching `[`".into(),
                    "remove the `]` or add the `[` that starts the placeholder",
                ),
                Some(start) => {
                    let name = text[start + 1..i].trim();
                    if name.is_empty() {
                        report(
                            start,
                            "empty placeholder `[]`".into(),
                            "write what the reader must fill in, e.g. `[date de l'événement]`",
                        );
                    } else if !names.iter().any(|n| n == name) {
                        names.push(name.to_string());
                    }
                }
            },
            '\n' => {
                if let Some(start) = open.take() {
                    report(
                        start,
                        "placeholder is not closed on its line".into(),
                        "add the closing `]` on the same line",
                    );
                }
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        report(
            start,
            "placeholder is not closed".into(),
            "add the closing `]`",
        );
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> (Vec<String>, Vec<(usize, String)>) {
        let mut errs = Vec::new();
        let names = placeholders(text, |at, msg, _| errs.push((at, msg)));
        (names, errs)
    }

    #[test]
    fn extracts_distinct_placeholders_in_order() {
        let (names, errs) = check("Rédige [nombre] mots pour [usage], soit [nombre].");
        assert!(errs.is_empty());
        assert_eq!(names, ["nombre", "usage"]);
    }

    #[test]
    fn reports_each_bracket_mistake_at_its_offset() {
        assert_eq!(
            check("a [b").1,
            [(2, "placeholder is not closed".to_string())]
        );
        assert_eq!(
            check("a ]b").1,
            [(2, "`]` without a matching `[`".to_string())]
        );
        assert_eq!(check("x []").1, [(2, "empty placeholder `[]`".to_string())]);
        assert_eq!(
            check("[a [b]]").1[0].1,
            "placeholder opened inside another placeholder"
        );
        assert_eq!(
            check("[a\nb]").1[0],
            (0, "placeholder is not closed on its line".to_string())
        );
    }

    #[test]
    fn splits_sections_and_keeps_positions() {
        let body = Markdown::new(
            "Intro.\n\n## Contexte\n\nNous sommes [nom].\n\n## Prompt\n\nÉcris [x].\n\n## Conseils\n\nVérifie.\n",
            Path::new("p.md"),
            5,
        );
        let mut diags = Diagnostics::new();
        let parts = split_body(&body, &mut diags).expect("parts");
        let ctx = block(&body, parts.context, &mut diags);
        let prm = block(&body, parts.prompt, &mut diags);
        assert!(diags.is_empty());
        assert_eq!(ctx.text, "Nous sommes [nom].");
        assert_eq!(ctx.origin.to_string(), "p.md:10:1");
        assert_eq!(prm.text, "Écris [x].");
        assert_eq!(prm.placeholders, ["x"]);
        assert!(parts.notes.text.starts_with("## Conseils"));
        assert_eq!(parts.notes.line_offset, 15);
        assert_eq!(parts.intro.text.trim(), "Intro.");
    }

    #[test]
    fn locates_fifty_thousand_bracket_mistakes_on_their_lines() {
        // Each error's position used to be found by rescanning the file: quadratic in their number.
        let lines = "Écris [].\n".repeat(50_000);
        let body = Markdown::new(
            format!("## Contexte\n\nNous.\n\n## Prompt\n\n{lines}"),
            Path::new("p.md"),
            0,
        );
        let mut diags = Diagnostics::new();
        let parts = split_body(&body, &mut diags).expect("parts");
        block(&body, parts.prompt, &mut diags);
        let all: Vec<String> = diags
            .into_sorted()
            .iter()
            .map(|d| d.origin.to_string())
            .collect();
        assert_eq!(all.len(), 50_000);
        assert_eq!(all[0], "p.md:7:7");
        assert_eq!(all[49_999], "p.md:50006:7");
    }
}
