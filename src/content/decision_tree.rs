//! The decision tree of the 4-category method: questions that lead, answer by answer, to a category.
//!
//! The tree is what staff follow when they hesitate, so a broken tree (an answer leading nowhere, a
//! loop, a question nobody can reach) must never be published: every defect stops the build.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use super::Markdown;
use crate::diagnostics::{Diagnostics, Origin};
use crate::yaml::YamlSource;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreeDoc {
    title: String,
    #[serde(default)]
    intro: Option<Spanned<String>>,
    start: Spanned<String>,
    nodes: Vec<NodeDoc>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct NodeDoc {
    id: Spanned<String>,
    #[serde(default)]
    question: Option<String>,
    #[serde(default)]
    help: Option<Spanned<String>>,
    #[serde(default)]
    answers: Option<Spanned<Vec<AnswerDoc>>>,
    #[serde(default)]
    category: Option<Spanned<i64>>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    advice: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerDoc {
    label: String,
    next: Spanned<String>,
}

/// The checked tree, nodes in file order.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionTree {
    /// The file it was read from (a translated twin when there is one).
    #[serde(skip)]
    pub source: std::path::PathBuf,
    pub title: String,
    pub intro: Option<Markdown>,
    pub start: String,
    pub nodes: Vec<Node>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Node {
    pub id: String,
    #[serde(flatten)]
    pub kind: NodeKind,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NodeKind {
    Question {
        question: String,
        help: Option<Markdown>,
        answers: Vec<Answer>,
    },
    Leaf {
        category: u8,
        title: String,
        advice: Option<Markdown>,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    pub label: String,
    pub next: String,
}

impl DecisionTree {
    /// Every Markdown text of the tree: the introduction, then each node's help or advice.
    pub fn markdown(&self) -> impl Iterator<Item = &Markdown> {
        self.intro
            .iter()
            .chain(self.nodes.iter().filter_map(|n| match &n.kind {
                NodeKind::Question { help, .. } => help.as_ref(),
                NodeKind::Leaf { advice, .. } => advice.as_ref(),
            }))
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }
}

fn markdown(field: &Option<Spanned<String>>, src: &YamlSource) -> Option<Markdown> {
    field.as_ref().map(|s| {
        let origin = src.origin(s);
        // Block scalars start on the line after the key; plain scalars on the key's line.
        Markdown::new(s.value.clone(), &src.file, origin.line.saturating_sub(1))
    })
}

/// Checks the tree's shape; returns it only when it is sound.
pub fn check(doc: TreeDoc, src: &YamlSource, diags: &mut Diagnostics) -> Option<DecisionTree> {
    let before = diags.len();
    let mut nodes = Vec::new();
    let mut origins: BTreeMap<String, Origin> = BTreeMap::new();
    let mut edges: BTreeMap<String, Vec<(String, Origin)>> = BTreeMap::new();

    super::check_unique(
        doc.nodes
            .iter()
            .map(|n| (n.id.value.as_str(), src.origin(&n.id))),
        "node id",
        diags,
    );
    for node in &doc.nodes {
        let id = node.id.value.clone();
        let origin = src.origin(&node.id);
        if !super::is_url_slug(&id) {
            diags.error(
                origin.clone(),
                format!("node id `{id}` is not usable as an anchor"),
                "use lowercase letters, digits and '-' (e.g. `donnee-publiee`)",
            );
        }
        origins.entry(id.clone()).or_insert(origin.clone());
        let is_question = node.question.is_some() || node.answers.is_some();
        let is_leaf = node.category.is_some() || node.title.is_some();
        match (is_question, is_leaf) {
            (true, true) => diags.error(
                origin,
                format!("node `{id}` is both a question and a leaf"),
                "a question has `question` and `answers`; a leaf has `category`, `title` and `advice`: split it in two nodes",
            ),
            (false, false) => diags.error(
                origin,
                format!("node `{id}` is neither a question nor a leaf"),
                "give it `question` + `answers`, or `category` (1–4) + `title`",
            ),
            (true, false) => {
                let Some(question) = node.question.clone() else {
                    diags.error(origin, format!("question node `{id}` has no `question` text"), "add `question: \"…\"`");
                    continue;
                };
                let answers = node.answers.as_ref().map(|a| &a.value[..]).unwrap_or(&[]);
                if answers.is_empty() {
                    let at = node.answers.as_ref().map_or(origin.clone(), |a| src.origin(a));
                    diags.error(
                        at,
                        format!("question `{id}` has no answers, so its path never reaches a category"),
                        "add at least one answer with `label` and `next`",
                    );
                }
                edges.insert(
                    id.clone(),
                    answers.iter().map(|a| (a.next.value.clone(), src.origin(&a.next))).collect(),
                );
                nodes.push(Node {
                    id,
                    kind: NodeKind::Question {
                        question,
                        help: markdown(&node.help, src),
                        answers: answers
                            .iter()
                            .map(|a| Answer { label: a.label.clone(), next: a.next.value.clone() })
                            .collect(),
                    },
                });
            }
            (false, true) => {
                let category = match &node.category {
                    Some(c) if (1..=4).contains(&c.value) => c.value as u8,
                    Some(c) => {
                        diags.error(
                            src.origin(c),
                            format!("leaf `{id}` has category {}, outside 1–4", c.value),
                            "use 1 (published), 2 (public), 3 (personal) or 4 (sensitive)",
                        );
                        continue;
                    }
                    None => {
                        diags.error(origin, format!("leaf `{id}` has no `category`"), "add `category:` with a value from 1 to 4");
                        continue;
                    }
                };
                let Some(title) = node.title.clone() else {
                    diags.error(origin, format!("leaf `{id}` has no `title`"), "add `title: \"Catégorie …\"`");
                    continue;
                };
                edges.insert(id.clone(), Vec::new());
                nodes.push(Node {
                    id,
                    kind: NodeKind::Leaf { category, title, advice: markdown(&node.advice, src) },
                });
            }
        }
    }

    check_targets(&edges, &origins, diags);
    if !origins.contains_key(&doc.start.value) {
        diags.error(
            src.origin(&doc.start),
            format!("`start` names `{}`, which is not a node", doc.start.value),
            hint_for_unknown(&doc.start.value, &origins),
        );
    } else if diags.len() == before {
        check_reachability(&doc.start.value, &edges, &origins, diags);
        check_cycles(&doc.start.value, &edges, &origins, diags);
    }
    if diags.len() != before {
        return None;
    }
    Some(DecisionTree {
        source: src.file.clone(),
        title: doc.title,
        intro: markdown(&doc.intro, src),
        start: doc.start.value,
        nodes,
    })
}

fn hint_for_unknown(id: &str, origins: &BTreeMap<String, Origin>) -> String {
    match crate::diagnostics::did_you_mean(id, origins.keys().map(String::as_str)) {
        Some(best) => {
            format!("did you mean `{best}`? `next` and `start` must name the `id` of a node")
        }
        None => "`next` and `start` must name the `id` of a node of this file".to_string(),
    }
}

fn check_targets(
    edges: &BTreeMap<String, Vec<(String, Origin)>>,
    origins: &BTreeMap<String, Origin>,
    diags: &mut Diagnostics,
) {
    for targets in edges.values() {
        for (target, at) in targets {
            if !origins.contains_key(target) {
                diags.error(
                    at.clone(),
                    format!("answer leads to unknown node `{target}`"),
                    hint_for_unknown(target, origins),
                );
            }
        }
    }
}

fn check_reachability(
    start: &str,
    edges: &BTreeMap<String, Vec<(String, Origin)>>,
    origins: &BTreeMap<String, Origin>,
    diags: &mut Diagnostics,
) {
    let mut seen = BTreeSet::new();
    let mut stack = vec![start.to_string()];
    while let Some(id) = stack.pop() {
        if seen.insert(id.clone()) {
            for (next, _) in edges.get(&id).map(Vec::as_slice).unwrap_or(&[]) {
                stack.push(next.clone());
            }
        }
    }
    for (id, origin) in origins {
        if !seen.contains(id) {
            diags.error(
                origin.clone(),
                format!("node `{id}` cannot be reached from the start node `{start}`"),
                "link to it from an answer's `next`, or remove it",
            );
        }
    }
}

/// Depth-first search with colours; reports each cycle once, at the answer that closes it.
fn check_cycles(
    start: &str,
    edges: &BTreeMap<String, Vec<(String, Origin)>>,
    _origins: &BTreeMap<String, Origin>,
    diags: &mut Diagnostics,
) {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Open,
        Done,
    }
    let mut state: BTreeMap<&str, State> = BTreeMap::new();
    let mut path: Vec<&str> = vec![start];
    let mut iters: Vec<std::slice::Iter<'_, (String, Origin)>> =
        vec![edges.get(start).map(|v| v.iter()).unwrap_or_default()];
    state.insert(start, State::Open);
    while let Some(iter) = iters.last_mut() {
        match iter.next() {
            Some((next, at)) => match state.get(next.as_str()) {
                Some(State::Open) => {
                    let from = path.iter().position(|n| *n == next).unwrap_or(0);
                    let mut cycle: Vec<&str> = path[from..].to_vec();
                    cycle.push(next);
                    diags.error(
                        at.clone(),
                        format!("the tree loops: {}", cycle.join(" → ")),
                        "every path must end at a leaf (a category): point this answer to a later question or a leaf",
                    );
                }
                Some(State::Done) => {}
                None => {
                    state.insert(next, State::Open);
                    path.push(next);
                    iters.push(
                        edges
                            .get(next.as_str())
                            .map(|v| v.iter())
                            .unwrap_or_default(),
                    );
                }
            },
            None => {
                iters.pop();
                if let Some(done) = path.pop() {
                    state.insert(done, State::Done);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn run(yaml: &str) -> (Option<DecisionTree>, Vec<String>) {
        let src = YamlSource::new(Path::new("t.yaml"), 0);
        let doc: TreeDoc = crate::yaml::parse(yaml, &src).expect("parses");
        let mut diags = Diagnostics::new();
        let tree = check(doc, &src, &mut diags);
        (
            tree,
            diags
                .into_sorted()
                .iter()
                .map(ToString::to_string)
                .collect(),
        )
    }

    const HEAD: &str = "title: T\nstart: a\nnodes:\n";

    #[test]
    fn accepts_a_sound_tree() {
        let (tree, errs) = run(&format!(
            "{HEAD}  - id: a\n    question: Q?\n    answers:\n      - {{label: Oui, next: b}}\n      - {{label: Non, next: c}}\n  - id: b\n    category: 1\n    title: Un\n  - id: c\n    category: 3\n    title: Trois\n"
        ));
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(tree.expect("tree").nodes.len(), 3);
    }

    #[test]
    fn reports_cycle_with_its_path() {
        let (_, errs) = run(&format!(
            "{HEAD}  - id: a\n    question: Q?\n    answers:\n      - {{label: x, next: b}}\n  - id: b\n    question: R?\n    answers:\n      - {{label: y, next: a}}\n      - {{label: z, next: c}}\n  - id: c\n    category: 2\n    title: Deux\n"
        ));
        assert_eq!(errs, ["t.yaml:11:26: error: the tree loops: a → b → a — every path must end at a leaf (a category): point this answer to a later question or a leaf"]);
    }

    #[test]
    fn reports_unknown_target_unreachable_node_and_bad_category() {
        let (_, errs) = run(&format!(
            "{HEAD}  - id: a\n    question: Q?\n    answers:\n      - {{label: x, next: bb}}\n  - id: b\n    category: 5\n    title: Cinq\n"
        ));
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert!(
            errs[0].contains("unknown node `bb` — did you mean `b`?"),
            "{}",
            errs[0]
        );
        assert!(errs[1].contains("category 5, outside 1–4"), "{}", errs[1]);

        let (_, errs) = run(&format!(
            "{HEAD}  - id: a\n    category: 1\n    title: Un\n  - id: z\n    category: 2\n    title: Deux\n"
        ));
        assert_eq!(errs.len(), 1);
        assert!(
            errs[0].contains("node `z` cannot be reached"),
            "{}",
            errs[0]
        );
    }

    #[test]
    fn reports_question_without_answers_and_mixed_nodes() {
        let (_, errs) = run(&format!(
            "{HEAD}  - id: a\n    question: Q?\n    answers: []\n"
        ));
        assert!(errs[0].contains("has no answers"), "{errs:?}");
        let (_, errs) = run(&format!(
            "{HEAD}  - id: a\n    question: Q?\n    category: 1\n    title: x\n"
        ));
        assert!(errs[0].contains("both a question and a leaf"), "{errs:?}");
    }
}
