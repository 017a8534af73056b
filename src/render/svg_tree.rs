//! The decision tree drawn as an SVG flowchart at build time, so readers see the whole method at a
//! glance without any chart library in the browser. The clickable, accessible version of the tree is
//! the HTML sections; this picture is its visual summary (`role="img"` with a text description).

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::content::decision_tree::{DecisionTree, NodeKind};
use crate::highlight::escape;

const BOX_W: u32 = 200;
const GAP_X: u32 = 28;
const GAP_Y: u32 = 84;
const LINE_H: u32 = 16;
const PAD: u32 = 10;
const CHARS_PER_LINE: usize = 26;
const MAX_LINES: usize = 5;

/// A slot in a layer: a real node, or a waypoint of an edge that skips layers.
#[derive(Clone, Copy, PartialEq)]
enum Slot {
    Node(usize),
    Waypoint(usize),
}

/// One answer drawn as a path: from its question down through waypoints to its target.
struct Edge {
    from: usize,
    to: usize,
    label: String,
    waypoints: Vec<usize>,
}

/// Renders the tree top-down with a small layered layout (in the spirit of Sugiyama): each node sits
/// one layer below the deepest node leading to it, edges that skip layers get waypoints, layers are
/// reordered by the mean position of their neighbours to limit crossings, and each node is pulled
/// towards its parents.
pub fn render(tree: &DecisionTree, title: &str, description: &str) -> String {
    let layer_of = layers(tree);
    let index: BTreeMap<&str, usize> = tree
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let node_layer: Vec<Option<usize>> = tree
        .nodes
        .iter()
        .map(|n| layer_of.get(n.id.as_str()).copied())
        .collect();
    let depth = node_layer.iter().flatten().copied().max().unwrap_or(0);

    let mut rows: Vec<Vec<Slot>> = vec![Vec::new(); depth + 1];
    let mut waypoint_layer: Vec<usize> = Vec::new();
    let mut edges: Vec<Edge> = Vec::new();
    for i in discovery_order(tree, &index) {
        if let Some(l) = node_layer[i] {
            rows[l].push(Slot::Node(i));
        }
    }
    for (i, node) in tree.nodes.iter().enumerate() {
        let (NodeKind::Question { answers, .. }, Some(from_layer)) = (&node.kind, node_layer[i])
        else {
            continue;
        };
        for answer in answers {
            let Some(&to) = index.get(answer.next.as_str()) else {
                continue;
            };
            let Some(to_layer) = node_layer[to] else {
                continue;
            };
            let mut waypoints = Vec::new();
            for (l, row) in rows
                .iter_mut()
                .enumerate()
                .take(to_layer)
                .skip(from_layer + 1)
            {
                waypoints.push(waypoint_layer.len());
                row.push(Slot::Waypoint(waypoint_layer.len()));
                waypoint_layer.push(l);
            }
            edges.push(Edge {
                from: i,
                to,
                label: answer.label.clone(),
                waypoints,
            });
        }
    }
    // Neighbours of every slot in the layer above and below, for ordering and placement.
    let chain = |e: &Edge| -> Vec<Slot> {
        let mut c = vec![Slot::Node(e.from)];
        c.extend(e.waypoints.iter().map(|&w| Slot::Waypoint(w)));
        c.push(Slot::Node(e.to));
        c
    };
    // Neighbours of each slot in the layer above and in the layer below, computed once: ordering and
    // placement look them up for every slot on every sweep.
    let mut above: BTreeMap<SlotKey, Vec<SlotKey>> = BTreeMap::new();
    let mut below: BTreeMap<SlotKey, Vec<SlotKey>> = BTreeMap::new();
    for e in &edges {
        for pair in chain(e).windows(2) {
            above.entry(key(pair[1])).or_default().push(key(pair[0]));
            below.entry(key(pair[0])).or_default().push(key(pair[1]));
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
    let width_of = |s: Slot| {
        if matches!(s, Slot::Node(_)) {
            BOX_W as f64
        } else {
            12.0
        }
    };

    let mut x: BTreeMap<SlotKey, f64> = BTreeMap::new();
    let position = |rows: &Vec<Vec<Slot>>, x: &mut BTreeMap<SlotKey, f64>| {
        for row in rows {
            let mut cursor = 0.0;
            for &s in row {
                x.insert(key(s), cursor + width_of(s) / 2.0);
                cursor += width_of(s) + GAP_X as f64;
            }
        }
    };
    position(&rows, &mut x);
    for sweep in 0..8 {
        let downward = sweep % 2 == 0;
        let order: Vec<usize> = if downward {
            (1..rows.len()).collect()
        } else {
            (0..rows.len().saturating_sub(1)).rev().collect()
        };
        for l in order {
            let neighbours = if downward { &above } else { &below };
            let mean = |s: Slot, x: &BTreeMap<SlotKey, f64>| {
                let xs: Vec<f64> = neighbours
                    .get(&key(s))
                    .map(|n| n.iter().filter_map(|k| x.get(k).copied()).collect())
                    .unwrap_or_default();
                if xs.is_empty() {
                    x.get(&key(s)).copied().unwrap_or(0.0)
                } else {
                    xs.iter().sum::<f64>() / xs.len() as f64
                }
            };
            let mut scored: Vec<(f64, usize, Slot)> = rows[l]
                .iter()
                .enumerate()
                .map(|(k, &s)| (mean(s, &x), k, s))
                .collect();
            scored.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            rows[l] = scored.iter().map(|t| t.2).collect();
            // Place at the desired positions, then push apart left to right to remove overlaps.
            let mut prev_right = f64::MIN;
            for &(want, _, s) in &scored {
                let half = width_of(s) / 2.0;
                let cx = want.max(prev_right + GAP_X as f64 + half);
                x.insert(key(s), cx);
                prev_right = cx + half;
            }
        }
    }
    // Shift everything so the leftmost box starts at the margin.
    let min_left = rows
        .iter()
        .flatten()
        .map(|&s| x[&key(s)] - width_of(s) / 2.0)
        .fold(f64::MAX, f64::min);
    for v in x.values_mut() {
        *v += GAP_X as f64 - min_left;
    }
    let max_right = rows
        .iter()
        .flatten()
        .map(|&s| x[&key(s)] + width_of(s) / 2.0)
        .fold(0.0, f64::max);
    let width = (max_right + GAP_X as f64).ceil() as u32;

    let box_h = |i: usize| labels[i].len() as u32 * LINE_H + 2 * PAD;
    let row_h: Vec<u32> = rows
        .iter()
        .map(|r| {
            r.iter()
                .filter_map(|s| {
                    if let Slot::Node(i) = s {
                        Some(box_h(*i))
                    } else {
                        None
                    }
                })
                .max()
                .unwrap_or(LINE_H)
        })
        .collect();
    let mut row_y = Vec::with_capacity(rows.len());
    let mut y = GAP_X;
    for h in &row_h {
        row_y.push(y);
        y += h + GAP_Y;
    }
    let height = y - GAP_Y + GAP_X;
    let node_top = |i: usize| node_layer[i].map_or(0, |l| row_y[l]);

    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"tree-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"tree-chart-title tree-chart-desc\">\
<title id=\"tree-chart-title\">{}</title><desc id=\"tree-chart-desc\">{}</desc>\
<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" class=\"tree-arrow\"/></marker></defs>",
        escape(title),
        escape(description)
    );
    let mut label_svg = String::new();
    let mut placed: Vec<(f64, f64, f64)> = Vec::new();
    for e in &edges {
        let mut points: Vec<(f64, f64)> = vec![(
            x[&key(Slot::Node(e.from))],
            (node_top(e.from) + box_h(e.from)) as f64,
        )];
        for &w in &e.waypoints {
            let l = waypoint_layer[w];
            let wx = x[&key(Slot::Waypoint(w))];
            points.push((wx, row_y[l] as f64));
            points.push((wx, (row_y[l] + row_h[l]) as f64));
        }
        points.push((x[&key(Slot::Node(e.to))], node_top(e.to) as f64 - 2.0));
        let mut d = format!("M{:.0} {:.0}", points[0].0, points[0].1);
        for pair in points.windows(2) {
            let ((x1, y1), (x2, y2)) = (pair[0], pair[1]);
            if (x1 - x2).abs() < 0.5 {
                let _ = write!(d, " L{x2:.0} {y2:.0}");
            } else {
                let mid = (y1 + y2) / 2.0;
                let _ = write!(d, " C{x1:.0} {mid:.0} {x2:.0} {mid:.0} {x2:.0} {y2:.0}");
            }
        }
        let _ = write!(
            svg,
            "<path class=\"tree-edge\" d=\"{d}\" marker-end=\"url(#arrow)\"/>"
        );
        let ((x1, y1), (x2, y2)) = (points[0], points[1]);
        let text = truncate(&e.label, 24);
        let (lx, ly) = free_spot(
            &mut placed,
            (x1 + x2) / 2.0,
            (y1 + y2) / 2.0 + 4.0,
            text.chars().count() as f64 * 6.6,
        );
        // A shortened answer keeps its full words in a tooltip (and for assistive technology).
        let full = if text == e.label {
            String::new()
        } else {
            format!("<title>{}</title>", escape(&e.label))
        };
        let _ = write!(
            label_svg,
            "<text class=\"tree-answer\" x=\"{lx:.0}\" y=\"{ly:.0}\" text-anchor=\"middle\">{full}{}</text>",
            escape(&text)
        );
    }
    svg.push_str(&label_svg);
    for (i, node) in tree.nodes.iter().enumerate() {
        if node_layer[i].is_none() {
            continue;
        }
        let left = x[&key(Slot::Node(i))] - BOX_W as f64 / 2.0;
        let top = node_top(i);
        let class = match &node.kind {
            NodeKind::Question { .. } => "tree-node tree-question".to_string(),
            NodeKind::Leaf { category, .. } => format!("tree-node tree-leaf cat-{category}"),
        };
        let full = match &node.kind {
            NodeKind::Question { question, .. } => question,
            NodeKind::Leaf { title, .. } => title,
        };
        // A text cut to fit its box keeps its full words in a tooltip.
        let shortened = labels[i].last().is_some_and(|l| l.ends_with('…'));
        let tooltip = if shortened {
            format!("<title>{}</title>", escape(full))
        } else {
            String::new()
        };
        let _ = write!(svg, "<g class=\"{class}\">{tooltip}<rect x=\"{left:.0}\" y=\"{top}\" width=\"{BOX_W}\" height=\"{}\" rx=\"8\"/>", box_h(i));
        for (l, line) in labels[i].iter().enumerate() {
            let _ = write!(
                svg,
                "<text x=\"{:.0}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                left + BOX_W as f64 / 2.0,
                top + PAD + LINE_H * (l as u32 + 1) - 4,
                escape(line)
            );
        }
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    svg
}

/// Moves a label (centre `x`, baseline `y`, estimated `width`) down, then up, until it overlaps no
/// label already placed, so answers leaving the same question stay readable.
fn free_spot(placed: &mut Vec<(f64, f64, f64)>, x: f64, y: f64, width: f64) -> (f64, f64) {
    let overlaps = |cy: f64| {
        placed.iter().any(|&(px, py, pw)| {
            (px - x).abs() < (pw + width) / 2.0 + 4.0 && (py - cy).abs() < 15.0
        })
    };
    let candidate = [0.0, 15.0, -15.0, 30.0, -30.0]
        .iter()
        .map(|dy| y + dy)
        .find(|&cy| !overlaps(cy))
        .unwrap_or(y);
    placed.push((x, candidate, width));
    (x, candidate)
}

type SlotKey = (u8, usize);

fn key(s: Slot) -> SlotKey {
    match s {
        Slot::Node(i) => (0, i),
        Slot::Waypoint(w) => (1, w),
    }
}

/// Nodes in the order a reader meets them: depth-first from the start, answers in file order.
fn discovery_order(tree: &DecisionTree, index: &BTreeMap<&str, usize>) -> Vec<usize> {
    let mut seen = vec![false; tree.nodes.len()];
    let mut order = Vec::new();
    let mut stack: Vec<usize> = index
        .get(tree.start.as_str())
        .copied()
        .into_iter()
        .collect();
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        order.push(i);
        if let NodeKind::Question { answers, .. } = &tree.nodes[i].kind {
            for a in answers.iter().rev() {
                if let Some(&j) = index.get(a.next.as_str()) {
                    stack.push(j);
                }
            }
        }
    }
    order.extend((0..tree.nodes.len()).filter(|&i| !seen[i]));
    order
}

/// Longest distance from the start for every reachable node (the tree is checked acyclic).
fn layers(tree: &DecisionTree) -> BTreeMap<&str, usize> {
    let mut layer: BTreeMap<&str, usize> = BTreeMap::new();
    layer.insert(tree.start.as_str(), 0);
    // Relax edges at most `n` times: enough for any acyclic graph of n nodes.
    for _ in 0..tree.nodes.len() {
        let mut changed = false;
        for node in &tree.nodes {
            let (Some(&l), NodeKind::Question { answers, .. }) =
                (layer.get(node.id.as_str()), &node.kind)
            else {
                continue;
            };
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
        if !current.is_empty()
            && current.chars().count() + 1 + word.chars().count() > CHARS_PER_LINE
        {
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
        Node {
            id: id.into(),
            kind: NodeKind::Leaf {
                category: c,
                title: format!("Catégorie {c}"),
                advice: None,
            },
        }
    }

    #[test]
    fn draws_every_node_and_edge_in_layers() {
        let tree = DecisionTree {
            source: Default::default(),
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
                            Answer {
                                label: "Oui".into(),
                                next: "a".into(),
                            },
                            Answer {
                                label: "Non".into(),
                                next: "b".into(),
                            },
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

    /// A long chain whose answers all lead to one shared leaf gives O(n²) waypoints; the layout must
    /// stay linear in them (it was quadratic per sweep before).
    #[test]
    fn lays_out_a_long_chain_with_a_shared_leaf() {
        let n = 200;
        let mut nodes: Vec<Node> = (0..n)
            .map(|i| Node {
                id: format!("q{i}"),
                kind: NodeKind::Question {
                    question: format!("Question {i} ?"),
                    help: None,
                    answers: vec![
                        Answer {
                            label: "Oui".into(),
                            next: "end".into(),
                        },
                        Answer {
                            label: "Non".into(),
                            next: if i + 1 < n {
                                format!("q{}", i + 1)
                            } else {
                                "end".into()
                            },
                        },
                    ],
                },
            })
            .collect();
        nodes.push(leaf("end", 4));
        let tree = DecisionTree {
            source: Default::default(),
            title: "T".into(),
            intro: None,
            start: "q0".into(),
            nodes,
        };
        let svg = render(&tree, "Arbre", "Chaîne");
        assert_eq!(svg.matches("<rect").count(), n + 1);
        assert_eq!(svg.matches("class=\"tree-edge\"").count(), 2 * n);
    }

    #[test]
    fn wraps_long_labels() {
        let lines = wrap(
            "Le texte contient-il le nom, l'adresse, le téléphone ou l'e-mail d'une personne ?",
        );
        assert!(lines.len() > 1 && lines.iter().all(|l| l.chars().count() <= CHARS_PER_LINE));
    }
}
