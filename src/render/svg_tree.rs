//! The decision tree drawn as an SVG flowchart at build time, so readers see the whole method at a
//! glance without any chart library in the browser. The clickable, accessible version of the tree is
//! the HTML sections; this picture is its visual summary (`role="img"` with a text description).

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::content::decision_tree::{DecisionTree, NodeKind};
use crate::highlight::escape;

const BOX_W: u32 = 200;
const GAP_X: u32 = 28;
const GAP_Y: u32 = 64;
const LINE_H: u32 = 16;
const PAD: u32 = 10;
const CHARS_PER_LINE: usize = 26;
const MAX_LINES: usize = 5;

/// Renders the tree top-down: each node sits one layer below the deepest node that leads to it.
pub fn render(tree: &DecisionTree, title: &str, description: &str) -> String {
    let layer = layers(tree);
    let depth = layer.values().copied().max().unwrap_or(0);
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); depth + 1];
    for (i, node) in tree.nodes.iter().enumerate() {
        if let Some(&l) = layer.get(node.id.as_str()) {
            rows[l].push(i);
        }
    }
    let labels: Vec<Vec<String>> = tree
        .nodes
        .iter()
        .map(|n| match &n.kind {
            NodeKind::Question { question, .. } => wrap(question),
            NodeKind::Leaf { title, .. } => wrap(title),
        })
        .collect();
    let box_h = |i: usize| labels[i].len() as u32 * LINE_H + 2 * PAD;
    let row_h: Vec<u32> = rows.iter().map(|r| r.iter().map(|&i| box_h(i)).max().unwrap_or(0)).collect();
    let widest = rows.iter().map(Vec::len).max().unwrap_or(1) as u32;
    let width = widest * BOX_W + (widest + 1) * GAP_X;
    let mut pos: BTreeMap<usize, (u32, u32)> = BTreeMap::new();
    let mut y = GAP_X;
    for (r, row) in rows.iter().enumerate() {
        let row_w = row.len() as u32 * BOX_W + (row.len().saturating_sub(1)) as u32 * GAP_X;
        let mut x = (width - row_w) / 2;
        for &i in row {
            pos.insert(i, (x, y));
            x += BOX_W + GAP_X;
        }
        y += row_h[r] + GAP_Y;
    }
    let height = y - GAP_Y + GAP_X;
    let index: BTreeMap<&str, usize> = tree.nodes.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();

    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"tree-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"tree-chart-title tree-chart-desc\">\
<title id=\"tree-chart-title\">{}</title><desc id=\"tree-chart-desc\">{}</desc>\
<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" class=\"tree-arrow\"/></marker></defs>",
        escape(title),
        escape(description)
    );
    for (i, node) in tree.nodes.iter().enumerate() {
        let NodeKind::Question { answers, .. } = &node.kind else { continue };
        let Some(&(x1, y1)) = pos.get(&i) else { continue };
        let (sx, sy) = (x1 + BOX_W / 2, y1 + box_h(i));
        for (k, answer) in answers.iter().enumerate() {
            let Some(&j) = index.get(answer.next.as_str()) else { continue };
            let Some(&(x2, y2)) = pos.get(&j) else { continue };
            let spread = (k as i64 - (answers.len() as i64 - 1) / 2) * 24;
            let sx = (sx as i64 + spread).max(0);
            let (tx, ty) = (x2 + BOX_W / 2, y2);
            let mid = (sy + ty) / 2;
            let _ = write!(
                svg,
                "<path class=\"tree-edge\" d=\"M{sx} {sy} C{sx} {mid} {tx} {mid} {tx} {}\" marker-end=\"url(#arrow)\"/>",
                ty.saturating_sub(2)
            );
            let (lx, ly) = ((sx + tx as i64) / 2, sy + 16);
            let _ = write!(
                svg,
                "<text class=\"tree-answer\" x=\"{lx}\" y=\"{ly}\" text-anchor=\"middle\">{}</text>",
                escape(&truncate(&answer.label, 18))
            );
        }
    }
    for (i, node) in tree.nodes.iter().enumerate() {
        let Some(&(x, y)) = pos.get(&i) else { continue };
        let class = match &node.kind {
            NodeKind::Question { .. } => "tree-node tree-question".to_string(),
            NodeKind::Leaf { category, .. } => format!("tree-node tree-leaf cat-{category}"),
        };
        let _ = write!(svg, "<g class=\"{class}\"><rect x=\"{x}\" y=\"{y}\" width=\"{BOX_W}\" height=\"{}\" rx=\"8\"/>", box_h(i));
        for (l, line) in labels[i].iter().enumerate() {
            let _ = write!(
                svg,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                x + BOX_W / 2,
                y + PAD + LINE_H * (l as u32 + 1) - 4,
                escape(line)
            );
        }
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    svg
}

/// Longest distance from the start for every reachable node (the tree is checked acyclic).
fn layers(tree: &DecisionTree) -> BTreeMap<&str, usize> {
    let mut layer: BTreeMap<&str, usize> = BTreeMap::new();
    layer.insert(tree.start.as_str(), 0);
    // Relax edges at most `n` times: enough for any acyclic graph of n nodes.
    for _ in 0..tree.nodes.len() {
        let mut changed = false;
        for node in &tree.nodes {
            let (Some(&l), NodeKind::Question { answers, .. }) = (layer.get(node.id.as_str()), &node.kind) else { continue };
            for a in answers {
                let entry = layer.entry(a.next.as_str()).or_insert(0);
                if *entry < l + 1 {
                    *entry = l + 1;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    layer
}

fn wrap(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > CHARS_PER_LINE {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > MAX_LINES {
        lines.truncate(MAX_LINES);
        if let Some(last) = lines.last_mut() {
            *last = truncate(last, CHARS_PER_LINE - 1);
            last.push('…');
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut t: String = text.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::decision_tree::{Answer, Node};

    fn leaf(id: &str, c: u8) -> Node {
        Node { id: id.into(), kind: NodeKind::Leaf { category: c, title: format!("Catégorie {c}"), advice: None } }
    }

    #[test]
    fn draws_every_node_and_edge_in_layers() {
        let tree = DecisionTree {
            title: "T".into(),
            intro: None,
            start: "q".into(),
            nodes: vec![
                Node {
                    id: "q".into(),
                    kind: NodeKind::Question {
                        question: "Est-ce publié par l'association ?".into(),
                        help: None,
                        answers: vec![
                            Answer { label: "Oui".into(), next: "a".into() },
                            Answer { label: "Non".into(), next: "b".into() },
                        ],
                    },
                },
                leaf("a", 1),
                leaf("b", 3),
            ],
        };
        let svg = render(&tree, "Arbre", "Trois nœuds");
        assert_eq!(svg.matches("<rect").count(), 3);
        assert_eq!(svg.matches("class=\"tree-edge\"").count(), 2);
        assert!(svg.contains("cat-3"));
        assert!(svg.contains("l&#39;association"));
        assert_eq!(layers(&tree)["b"], 1);
    }

    #[test]
    fn wraps_long_labels() {
        let lines = wrap("Le texte contient-il le nom, l'adresse, le téléphone ou l'e-mail d'une personne ?");
        assert!(lines.len() > 1 && lines.iter().all(|l| l.chars().count() <= CHARS_PER_LINE));
    }
}
