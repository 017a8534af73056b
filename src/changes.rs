//! What changed between two revisions: the charter section by section with a word-level diff, the
//! prompts added, removed and changed, the decision tree's nodes and the training modules.
//!
//! Everyone re-signs the charter at each revision, so they must be able to see exactly what they are
//! signing anew. The diff marks insertions and deletions with `<ins>`/`<del>` and words for screen
//! readers and print, never by colour alone.

use std::collections::BTreeMap;

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use crate::content::decision_tree::NodeKind;
use crate::content::Handbook;
use crate::highlight::escape;

#[derive(Debug, Clone, Serialize)]
pub struct Changes {
    pub charter: Vec<SectionChange>,
    pub prompts_added: Vec<Item>,
    pub prompts_removed: Vec<Item>,
    pub prompts_changed: Vec<Item>,
    pub tree_added: Vec<Item>,
    pub tree_removed: Vec<Item>,
    pub tree_changed: Vec<Item>,
    pub training: Vec<Item>,
    /// Whether anything at all changed.
    pub any: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionChange {
    pub number: u32,
    pub title: String,
    pub slug: String,
    /// `added`, `removed`, `changed` or `unchanged`.
    pub status: &'static str,
    /// The section's text with insertions and deletions marked (empty when unchanged).
    pub diff_html: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub id: String,
    pub title: String,
}

/// Compares the previous revision (`old`) with the next (`new`).
pub fn compare(old: &Handbook, new: &Handbook, labels: &DiffLabels) -> Changes {
    let charter = charter_changes(old, new, labels);
    let (prompts_added, prompts_removed, prompts_changed) = keyed_changes(
        old.prompts
            .iter()
            .map(|p| (p.id.clone(), (p.title.clone(), prompt_text(p))))
            .collect(),
        new.prompts
            .iter()
            .map(|p| (p.id.clone(), (p.title.clone(), prompt_text(p))))
            .collect(),
    );
    let tree_of = |hb: &Handbook| -> BTreeMap<String, (String, String)> {
        hb.decision_tree
            .iter()
            .flat_map(|t| &t.nodes)
            .map(|n| {
                let (title, body) = match &n.kind {
                    NodeKind::Question {
                        question,
                        help,
                        answers,
                    } => (
                        question.clone(),
                        format!(
                            "{question}\n{}\n{:?}",
                            help.as_ref().map_or("", |h| h.text.as_str()),
                            answers
                                .iter()
                                .map(|a| (&a.label, &a.next))
                                .collect::<Vec<_>>()
                        ),
                    ),
                    NodeKind::Leaf {
                        category,
                        title,
                        advice,
                    } => (
                        title.clone(),
                        format!(
                            "{category}\n{title}\n{}",
                            advice.as_ref().map_or("", |a| a.text.as_str())
                        ),
                    ),
                };
                (n.id.clone(), (title, body))
            })
            .collect()
    };
    let (tree_added, tree_removed, tree_changed) = keyed_changes(tree_of(old), tree_of(new));
    let module_of = |hb: &Handbook| -> BTreeMap<String, (String, String)> {
        hb.training
            .iter()
            .flat_map(|t| &t.modules)
            .map(|m| {
                (
                    format!("{:03}", m.number),
                    (
                        format!("{} ({} min)", m.title, m.duration_min),
                        format!(
                            "{}{:?}{:?}{}",
                            m.duration_min,
                            m.objectives,
                            m.exercises
                                .iter()
                                .map(|e| (&e.text, e.expected_category))
                                .collect::<Vec<_>>(),
                            m.body.text
                        ),
                    ),
                )
            })
            .collect()
    };
    let (m_added, m_removed, m_changed) = keyed_changes(module_of(old), module_of(new));
    let mut training = Vec::new();
    for (list, verb) in [
        (m_added, &labels.added),
        (m_removed, &labels.removed),
        (m_changed, &labels.changed),
    ] {
        training.extend(list.into_iter().map(|i| Item {
            id: i.id.trim_start_matches('0').to_string(),
            title: format!("{} — {verb}", i.title),
        }));
    }
    let any = charter.iter().any(|s| s.status != "unchanged")
        || !(prompts_added.is_empty() && prompts_removed.is_empty() && prompts_changed.is_empty())
        || !(tree_added.is_empty() && tree_removed.is_empty() && tree_changed.is_empty())
        || !training.is_empty();
    Changes {
        charter,
        prompts_added,
        prompts_removed,
        prompts_changed,
        tree_added,
        tree_removed,
        tree_changed,
        training,
        any,
    }
}

/// Words that mark changes for readers who do not see the styling (screen readers, plain print).
#[derive(Debug, Clone)]
pub struct DiffLabels {
    pub inserted: String,
    pub deleted: String,
    pub added: String,
    pub removed: String,
    pub changed: String,
    /// Said in place of unchanged paragraphs left out of a diff.
    pub skipped: String,
    /// The language's colon, with its spacing (" :" in French, ":" in English).
    pub colon: String,
}

impl DiffLabels {
    /// The `diff_*` UI strings of the built-in theme in `language`, with the fallbacks of the site's
    /// pages (primary language, then French), so a new language is a YAML file and no code. A key
    /// that no language has shows as the key, as on a page.
    pub fn in_language(language: &str) -> DiffLabels {
        let strings = crate::pdf::ui_strings::built_in(language).unwrap_or_default();
        let t = |key: &str| strings.get(key).cloned().unwrap_or_else(|| key.to_string());
        DiffLabels {
            inserted: t("diff_inserted"),
            deleted: t("diff_deleted"),
            added: t("diff_added"),
            removed: t("diff_removed"),
            changed: t("diff_changed"),
            skipped: t("diff_skipped"),
            colon: t("colon"),
        }
    }
}

/// Rewrites, in every string of `changes` (the serialized [`Changes`]), the words that `from` put
/// there as `to` says them: the changes are compared once per edition and shown in each language.
/// Only the exact marks [`word_diff`], [`gap`] and the training list write are replaced.
pub fn relabel(changes: &mut serde_json::Value, from: &DiffLabels, to: &DiffLabels) {
    use serde_json::Value;
    let pairs = [
        (ins_open(from), ins_open(to)),
        (del_open(from), del_open(to)),
        (gap(from), gap(to)),
    ];
    let suffixes = [
        (&from.added, &to.added),
        (&from.removed, &to.removed),
        (&from.changed, &to.changed),
    ];
    match changes {
        Value::String(s) => {
            for (old, new) in &pairs {
                if s.contains(old.as_str()) {
                    *s = s.replace(old.as_str(), new);
                }
            }
            for (old, new) in suffixes {
                if let Some(head) = s.strip_suffix(&format!(" — {old}")) {
                    *s = format!("{head} — {new}");
                    break;
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| relabel(v, from, to)),
        Value::Object(map) => map.values_mut().for_each(|v| relabel(v, from, to)),
        _ => {}
    }
}

fn ins_open(labels: &DiffLabels) -> String {
    format!(
        "<ins><span class=\"vh\">[{}{} </span>",
        escape(&labels.inserted),
        escape(&labels.colon)
    )
}

fn del_open(labels: &DiffLabels) -> String {
    format!(
        "<del><span class=\"vh\">[{}{} </span>",
        escape(&labels.deleted),
        escape(&labels.colon)
    )
}

fn prompt_text(p: &crate::content::prompts::Prompt) -> String {
    format!(
        "{}\n{:?}\n{}\n{}\n{}\n{}\n{}",
        p.title, p.tags, p.use_case, p.intro.text, p.context.text, p.prompt.text, p.notes.text
    )
}

/// Added, removed and changed items between two maps of id → (title, comparable text).
fn keyed_changes(
    old: BTreeMap<String, (String, String)>,
    new: BTreeMap<String, (String, String)>,
) -> (Vec<Item>, Vec<Item>, Vec<Item>) {
    let item = |id: &String, title: &String| Item {
        id: id.clone(),
        title: title.clone(),
    };
    let added = new
        .iter()
        .filter(|(id, _)| !old.contains_key(*id))
        .map(|(id, (t, _))| item(id, t))
        .collect();
    let removed = old
        .iter()
        .filter(|(id, _)| !new.contains_key(*id))
        .map(|(id, (t, _))| item(id, t))
        .collect();
    let changed = new
        .iter()
        .filter(|(id, (_, body))| old.get(*id).is_some_and(|(_, old_body)| old_body != body))
        .map(|(id, (t, _))| item(id, t))
        .collect();
    (added, removed, changed)
}

fn charter_changes(old: &Handbook, new: &Handbook, labels: &DiffLabels) -> Vec<SectionChange> {
    let old_by_slug: BTreeMap<&str, &crate::content::charter::Section> =
        old.charter.iter().map(|s| (s.slug.as_str(), s)).collect();
    let mut out: Vec<SectionChange> = new
        .charter
        .iter()
        .map(|s| {
            let (status, diff_html) = match old_by_slug.get(s.slug.as_str()) {
                None => ("added", prose_diff(None, Some(s), labels)),
                Some(o) if section_text(o) == section_text(s) => ("unchanged", String::new()),
                Some(o) => ("changed", prose_diff(Some(o), Some(s), labels)),
            };
            SectionChange {
                number: s.number,
                title: s.title.clone(),
                slug: s.slug.clone(),
                status,
                diff_html,
            }
        })
        .collect();
    for o in &old.charter {
        if !new.charter.iter().any(|s| s.slug == o.slug) {
            out.push(SectionChange {
                number: o.number,
                title: o.title.clone(),
                slug: o.slug.clone(),
                status: "removed",
                diff_html: prose_diff(Some(o), None, labels),
            });
        }
    }
    out
}

fn section_text(s: &crate::content::charter::Section) -> String {
    format!("{}\n\n{}", s.title, s.body.text.trim())
}

/// What changed in a charter section, as a reader sees it: the text as rendered (no Markdown
/// syntax), only the paragraphs that changed, each with a word-level diff, and one unchanged
/// paragraph on either side for context; longer unchanged runs are left out and marked so.
fn prose_diff(
    old: Option<&crate::content::charter::Section>,
    new: Option<&crate::content::charter::Section>,
    labels: &DiffLabels,
) -> String {
    let blocks = |s: Option<&crate::content::charter::Section>| {
        s.map_or_else(Vec::new, |s| prose_blocks(&s.body.text))
    };
    let (a, b) = (blocks(old), blocks(new));
    let mut html = String::new();
    let (old_title, new_title) = (old.map(|s| s.title.as_str()), new.map(|s| s.title.as_str()));
    if old_title != new_title {
        html.push_str(&format!(
            "<p class=\"diff-title\">{}</p>",
            word_diff(old_title.unwrap_or(""), new_title.unwrap_or(""), labels)
        ));
    }
    // Each row: a paragraph unchanged (its text) or changed (its diff).
    let mut rows: Vec<(bool, String)> = Vec::new();
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b) {
        let (old_range, new_range) = (op.old_range(), op.new_range());
        if matches!(op, similar::DiffOp::Equal { .. }) {
            rows.extend(b[new_range].iter().map(|t| (false, escape(t))));
            continue;
        }
        let (olds, news) = (&a[old_range], &b[new_range]);
        for i in 0..olds.len().max(news.len()) {
            let (o, n) = (olds.get(i), news.get(i));
            rows.push((
                true,
                word_diff(
                    o.map_or("", String::as_str),
                    n.map_or("", String::as_str),
                    labels,
                ),
            ));
        }
    }
    let near_change = |i: usize| {
        rows[i].0
            || (i > 0 && rows[i - 1].0)
            || rows.get(i + 1).is_some_and(|(changed, _)| *changed)
    };
    let mut skipped = false;
    for (i, (changed, text)) in rows.iter().enumerate() {
        if !near_change(i) {
            skipped = true;
            continue;
        }
        if skipped {
            html.push_str(&gap(labels));
            skipped = false;
        }
        let class = if *changed {
            "diff-para"
        } else {
            "diff-context"
        };
        html.push_str(&format!("<p class=\"{class}\">{text}</p>"));
    }
    if skipped {
        html.push_str(&gap(labels));
    }
    html
}

/// The mark of unchanged paragraphs left out of a diff.
fn gap(labels: &DiffLabels) -> String {
    format!(
        "<p class=\"diff-gap\">[…] <span class=\"vh\">{}</span></p>",
        escape(&labels.skipped)
    )
}

/// The blocks of a Markdown text (paragraphs, headings, list items, table rows, code) as the
/// plain text a reader sees: links keep their words, emphasis its text, list items a bullet.
fn prose_blocks(markdown: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut flush = |current: &mut String| {
        let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() && text != "•" {
            blocks.push(text);
        }
        current.clear();
    };
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Item) => {
                flush(&mut current);
                current.push_str("• ");
            }
            Event::Start(Tag::Paragraph) if current.trim() == "•" => {}
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_),
            ) => flush(&mut current),
            Event::End(TagEnd::TableCell) => current.push_str(" | "),
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            _ => {}
        }
    }
    flush(&mut current);
    blocks
}

/// A word-level diff as HTML: unchanged text as is, insertions in `<ins>`, deletions in `<del>`,
/// each announced in words in a visually hidden span.
pub fn word_diff(old: &str, new: &str, labels: &DiffLabels) -> String {
    let diff = TextDiff::from_words(old, new);
    let mut html = String::new();
    let mut open: Option<ChangeTag> = None;
    let close = |html: &mut String, tag: Option<ChangeTag>| match tag {
        Some(ChangeTag::Insert) => html.push_str("<span class=\"vh\">]</span></ins>"),
        Some(ChangeTag::Delete) => html.push_str("<span class=\"vh\">]</span></del>"),
        _ => {}
    };
    for change in diff.iter_all_changes() {
        let tag = change.tag();
        if open != Some(tag) {
            close(&mut html, open);
            match tag {
                ChangeTag::Insert => html.push_str(&ins_open(labels)),
                ChangeTag::Delete => html.push_str(&del_open(labels)),
                ChangeTag::Equal => {}
            }
            open = Some(tag);
        }
        html.push_str(&escape(change.value()));
    }
    close(&mut html, open);
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> DiffLabels {
        DiffLabels {
            inserted: "ajout".into(),
            deleted: "suppression".into(),
            added: "ajouté".into(),
            removed: "retiré".into(),
            changed: "modifié".into(),
            skipped: "paragraphes inchangés".into(),
            colon: " :".into(),
        }
    }

    #[test]
    fn marks_word_insertions_and_deletions_in_text() {
        let html = word_diff(
            "Revue chaque année par le comité.",
            "Revue chaque année par le comité IA et le bureau.",
            &labels(),
        );
        assert!(html.starts_with("Revue chaque année par le "), "{html}");
        assert!(html.contains("<del><span class=\"vh\">[suppression : </span>comité.<span class=\"vh\">]</span></del>"), "{html}");
        assert!(html.contains("<ins><span class=\"vh\">[ajout : </span>comité IA et le bureau.<span class=\"vh\">]</span></ins>"), "{html}");
    }

    #[test]
    fn prose_blocks_drop_markdown_syntax() {
        let blocks = prose_blocks(
            "**Avant :** voir l'[arbre de décision](/decision-tree/).\n\n- un\n- *deux*\n\n## Titre",
        );
        assert_eq!(
            blocks,
            [
                "Avant : voir l'arbre de décision.",
                "• un",
                "• deux",
                "Titre"
            ]
        );
    }

    #[test]
    fn a_one_sentence_change_shows_its_paragraph_with_context_only() {
        let section = |body: &str| crate::content::charter::Section {
            number: 1,
            title: "Titre".into(),
            slug: "titre".into(),
            body: crate::content::Markdown::new(body, std::path::Path::new("01-titre.md"), 0),
            number_origin: crate::diagnostics::Origin::file_start("01-titre.md"),
        };
        let paras: Vec<String> = (1..=6).map(|i| format!("Paragraphe numéro {i}.")).collect();
        let old = section(&paras.join("\n\n"));
        let mut changed = paras.clone();
        changed[3] = "Paragraphe numéro 4, **modifié**.".into();
        let new = section(&changed.join("\n\n"));
        let html = prose_diff(Some(&old), Some(&new), &labels());
        assert!(!html.contains("**"), "{html}");
        assert!(
            html.contains("<p class=\"diff-context\">Paragraphe numéro 3.</p>"),
            "{html}"
        );
        assert!(
            html.contains("<p class=\"diff-context\">Paragraphe numéro 5.</p>"),
            "{html}"
        );
        assert!(
            !html.contains("numéro 1.") && !html.contains("numéro 6."),
            "{html}"
        );
        assert_eq!(html.matches("diff-gap").count(), 2, "{html}");
        assert!(
            html.contains("<ins><span class=\"vh\">[ajout : </span>"),
            "{html}"
        );
        assert!(html.contains("modifié"), "{html}");
    }

    #[test]
    fn keyed_changes_sort_items() {
        let m = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), (k.to_uppercase(), v.to_string())))
                .collect()
        };
        let (a, r, c) = keyed_changes(
            m(&[("p1", "x"), ("p2", "y")]),
            m(&[("p2", "z"), ("p3", "w")]),
        );
        assert_eq!(a[0].id, "p3");
        assert_eq!(r[0].id, "p1");
        assert_eq!(c[0].id, "p2");
    }
}
