//! The crate's top-level modules form a graph that only points down: no module uses, directly or
//! through others, a module that uses it back.
//!
//! Why a test: Rust accepts cycles between the modules of one crate, so nothing else stops a
//! `use crate::render::…` in a module that `render` itself relies on. A cycle means neither side
//! can be read, tested or moved without the other, and the README's one-way pipeline
//! (`load → check → render → write`) quietly stops being true. This test reads every `src/**/*.rs`,
//! collects which top-level modules each one names (`crate::NAME`, including `use crate::{…}`
//! groups and `super::…` paths that climb to the crate root), and fails listing every cycle with one
//! `file:line` per edge, so the fix can start from the line to change. With `--nocapture` it prints
//! the layering it found: each module sits one layer above the highest module it uses.
//!
//! It is a plain scan, not a parser: comments, doc comments, string, raw-string and char literals
//! are blanked out first, which is enough for this crate's code and never panics on odd input.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One `use` of another top-level module: where it is, for the failure message.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Site {
    file: String,
    line: usize,
}

/// Edges `from → to` between top-level modules, each with the first place that makes it.
type Graph = BTreeMap<String, BTreeMap<String, Site>>;

#[test]
fn top_level_modules_form_no_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = module_graph(&src);
    assert!(
        graph.len() > 5,
        "found only {} top-level modules under {}",
        graph.len(),
        src.display()
    );

    let cycles = cycles(&graph);
    if !cycles.is_empty() {
        let mut message = format!(
            "{} cycle(s) between the top-level modules of src/; a module must not use, directly \
             or through others, a module that uses it back. Move the shared type down to a \
             module both can use, or pass it in.\n",
            cycles.len()
        );
        for cycle in &cycles {
            let _ = writeln!(message, "\n  {} → {}", cycle.join(" → "), cycle[0]);
            for (i, from) in cycle.iter().enumerate() {
                let to = &cycle[(i + 1) % cycle.len()];
                let site = &graph[from][to];
                let _ = writeln!(message, "      {from} → {to}: {}:{}", site.file, site.line);
            }
        }
        panic!("{message}");
    }

    println!("Layering of src/ (each module uses only modules of lower layers):");
    for (depth, modules) in layers(&graph).iter().enumerate() {
        println!("  layer {depth}: {}", modules.join(", "));
    }
}

/// The checks below pin the scanner on the odd cases, so a false edge or a missed one is a
/// failure here rather than a puzzling cycle report.
#[test]
fn the_scanner_sees_paths_not_comments_or_strings() {
    let known: BTreeSet<String> = ["a", "b", "c", "d", "e", "f", "g", "me"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let code = r####"
//! Uses crate::a in a doc comment only.
/* block crate::a /* nested crate::a */ still comment crate::a */
use crate::b::Thing;
use crate :: {
    self, c::{X, Y},
    d,
};
fn f<'a>(s: &'a str) -> char {
    let _ = "crate::a \" crate::a";
    let _ = r#"crate::a "# ;
    let _ = br##"crate::a"#crate::a"##;
    let _ = '"'; let _ = '\''; let _ = 'é';
    let _ = crate::e::call(s);
    mod inner { fn g() { super::super::f::x(); } }
    super::g::y()
}
fn not_a_module() { crate::helper(); pub(crate) struct S; }
"####;
    let mut found = BTreeMap::new();
    scan_file(code, &["me".to_string()], &known, "x.rs", &mut found);
    let names: Vec<(&str, usize)> = found.iter().map(|(n, s)| (n.as_str(), s.line)).collect();
    assert_eq!(
        names,
        vec![
            ("b", 4),
            ("c", 5),
            ("d", 5),
            ("e", 14),
            ("f", 15),
            ("g", 16)
        ]
    );

    // Unterminated literals and comments, stray quotes and non-UTF-8-looking text do not panic.
    for odd in [
        "\"crate::a",
        "r#\"crate::a",
        "/* crate::a",
        "'",
        "b'",
        "crate::",
        "crate::{",
        "é'",
    ] {
        let mut found = BTreeMap::new();
        scan_file(odd, &["me".to_string()], &known, "odd.rs", &mut found);
        assert!(found.is_empty(), "{odd:?} gave {found:?}");
    }
}

#[test]
fn cycles_and_layers_are_found_on_a_small_graph() {
    let edge = |graph: &mut Graph, from: &str, to: &str| {
        let site = Site {
            file: format!("{from}.rs"),
            line: 1,
        };
        graph.entry(to.to_string()).or_default();
        graph
            .entry(from.to_string())
            .or_default()
            .insert(to.to_string(), site);
    };
    let mut graph = Graph::new();
    edge(&mut graph, "a", "b");
    edge(&mut graph, "b", "c");
    edge(&mut graph, "c", "a");
    edge(&mut graph, "c", "d");
    edge(&mut graph, "d", "c");
    edge(&mut graph, "e", "a");
    let found = cycles(&graph);
    assert_eq!(
        found,
        vec![
            vec!["a".to_string(), "b".into(), "c".into()],
            vec!["c".to_string(), "d".into()],
        ]
    );

    let mut graph = Graph::new();
    edge(&mut graph, "top", "mid");
    edge(&mut graph, "top", "base");
    edge(&mut graph, "mid", "base");
    edge(&mut graph, "alone", "base");
    assert!(cycles(&graph).is_empty());
    assert_eq!(
        layers(&graph),
        vec![
            vec!["base".to_string()],
            vec!["alone".to_string(), "mid".into()],
            vec!["top".to_string()],
        ]
    );
}

/// Every top-level module of `src/` with the modules it uses and where.
fn module_graph(src: &Path) -> Graph {
    let mut files = Vec::new();
    collect_rs(src, &mut files);
    files.sort();

    let mut owned: Vec<(String, Vec<String>, PathBuf)> = Vec::new();
    for file in files {
        let Ok(rel) = file.strip_prefix(src) else {
            continue;
        };
        let parts: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let Some(path) = module_path(&parts) else {
            continue;
        };
        owned.push((path[0].clone(), path, file));
    }
    let known: BTreeSet<String> = owned.iter().map(|(top, _, _)| top.clone()).collect();

    let mut graph = Graph::new();
    for (top, path, file) in &owned {
        let edges = graph.entry(top.clone()).or_default();
        let Ok(bytes) = std::fs::read(file) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let shown = Path::new("src")
            .join(file.strip_prefix(src).unwrap_or(file))
            .to_string_lossy()
            .replace('\\', "/");
        let mut found = BTreeMap::new();
        scan_file(&text, path, &known, &shown, &mut found);
        for (to, site) in found {
            if &to != top {
                edges.entry(to).or_insert(site);
            }
        }
    }
    graph
}

/// Every `.rs` file under `dir`, in a stable order, skipping what cannot be read.
fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    let files = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .flatten();
    out.extend(
        files
            .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "rs"))
            .map(walkdir::DirEntry::into_path),
    );
}

/// The module path of a file from its path under `src/` (`budget/scan.rs` → `budget::scan`,
/// `render/mod.rs` → `render`); `None` for the crate roots `lib.rs` and `main.rs`, which are
/// allowed to name every module.
fn module_path(parts: &[String]) -> Option<Vec<String>> {
    let (last, dirs) = parts.split_last()?;
    let stem = last.strip_suffix(".rs")?;
    if dirs.is_empty() && (stem == "lib" || stem == "main") {
        return None;
    }
    let mut path: Vec<String> = dirs.to_vec();
    if stem != "mod" {
        path.push(stem.to_string());
    }
    (!path.is_empty()).then_some(path)
}

/// Adds to `found` every known top-level module that `text` names, with its first line. `path`
/// is the file's module path, needed to tell where `super::super::…` lands.
fn scan_file(
    text: &str,
    path: &[String],
    known: &BTreeSet<String>,
    file: &str,
    found: &mut BTreeMap<String, Site>,
) {
    let code = blank_comments_and_literals(text.as_bytes());
    let tokens = tokens(&code);
    let mut record = |name: &str, line: usize| {
        if known.contains(name) {
            found.entry(name.to_string()).or_insert(Site {
                file: file.to_string(),
                line,
            });
        }
    };

    // Inline `mod name { … }` blocks deepen the module path that `super` climbs from.
    let mut depth = 0usize;
    let mut inline_mods: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let (tok, line) = (&tokens[i].0, tokens[i].1);
        match tok.as_str() {
            "{" => depth += 1,
            "}" => {
                depth = depth.saturating_sub(1);
                if inline_mods.last() == Some(&depth) {
                    inline_mods.pop();
                }
            }
            "mod" if is_ident(tok_at(&tokens, i + 1)) && tok_at(&tokens, i + 2) == "{" => {
                inline_mods.push(depth);
                depth += 1;
                i += 3;
                continue;
            }
            "crate" | "super" if tok_at(&tokens, i.wrapping_sub(1)) != "::" => {
                // Count the `super::` hops, then see whether they reach the crate root.
                let mut j = i;
                let mut hops = 0;
                let at_root = if tok == "crate" {
                    j += 1;
                    true
                } else {
                    while tok_at(&tokens, j) == "super" && tok_at(&tokens, j + 1) == "::" {
                        hops += 1;
                        j += 2;
                    }
                    j = j.saturating_sub(1);
                    hops == path.len() + inline_mods.len()
                };
                if at_root && tok_at(&tokens, j) == "::" {
                    let next = tok_at(&tokens, j + 1);
                    if next == "{" {
                        for name in group_heads(&tokens, j + 1) {
                            record(name, line);
                        }
                    } else if is_ident(next) {
                        record(next, line);
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// The first segment of each path in a `{a::b, c, d::{e}}` group starting at `open`.
fn group_heads(tokens: &[(String, usize)], open: usize) -> Vec<&str> {
    let mut heads = Vec::new();
    let mut depth = 0usize;
    let mut expect_head = true;
    for (tok, _) in tokens.iter().skip(open) {
        match tok.as_str() {
            "{" => {
                depth += 1;
                expect_head = depth == 1;
            }
            "}" => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            "," => expect_head = depth == 1,
            t => {
                if expect_head && is_ident(t) {
                    heads.push(t);
                }
                expect_head = false;
            }
        }
    }
    heads
}

fn tok_at(tokens: &[(String, usize)], i: usize) -> &str {
    tokens.get(i).map_or("", |(t, _)| t.as_str())
}

fn is_ident(tok: &str) -> bool {
    tok.bytes().next().is_some_and(is_ident_start)
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_ident_byte(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit()
}

/// Identifiers, `::` and single punctuation bytes of blanked code, each with its line.
fn tokens(code: &[u8]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < code.len() {
        let b = code[i];
        if b == b'\n' {
            line += 1;
            i += 1;
        } else if b.is_ascii_whitespace() {
            i += 1;
        } else if is_ident_byte(b) {
            let start = i;
            while i < code.len() && is_ident_byte(code[i]) {
                i += 1;
            }
            out.push((String::from_utf8_lossy(&code[start..i]).into_owned(), line));
        } else if b == b':' && code.get(i + 1) == Some(&b':') {
            out.push(("::".to_string(), line));
            i += 2;
        } else {
            out.push(((b as char).to_string(), line));
            i += 1;
        }
    }
    out
}

/// `code` with comments and string, byte-string, raw-string and char literals replaced by spaces,
/// line breaks kept so lines still count right. Lifetimes (`'a`) are left alone.
fn blank_comments_and_literals(code: &[u8]) -> Vec<u8> {
    let mut out = code.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for b in &mut out[from..to.min(code.len())] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    let mut i = 0;
    while i < code.len() {
        let b = code[i];
        let prev_ident = i > 0 && is_ident_byte(code[i - 1]);
        if b == b'/' && code.get(i + 1) == Some(&b'/') {
            let end = code[i..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(code.len(), |p| i + p);
            blank(&mut out, i, end);
            i = end;
        } else if b == b'/' && code.get(i + 1) == Some(&b'*') {
            let mut depth = 0usize;
            let mut j = i;
            while j < code.len() {
                if code[j] == b'/' && code.get(j + 1) == Some(&b'*') {
                    depth += 1;
                    j += 2;
                } else if code[j] == b'*' && code.get(j + 1) == Some(&b'/') {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if let Some(end) = raw_string_end(code, i) {
            blank(&mut out, i, end);
            i = end;
        } else if b == b'"' {
            let mut j = i + 1;
            while j < code.len() && code[j] != b'"' {
                j += if code[j] == b'\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(code.len());
            blank(&mut out, i, end);
            i = end;
        } else if b == b'\'' && !prev_ident || (b == b'\'' && i > 0 && code[i - 1] == b'b') {
            match char_literal_end(code, i) {
                Some(end) => {
                    blank(&mut out, i, end);
                    i = end;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    out
}

/// The end of a raw string (`r"…"`, `r#"…"#`, `br"…"`, `cr#"…"#`) starting at `i`, if one does.
fn raw_string_end(code: &[u8], i: usize) -> Option<usize> {
    if i > 0 && is_ident_byte(code[i - 1]) {
        return None;
    }
    let mut j = i;
    if matches!(code.get(j), Some(b'b' | b'c')) {
        j += 1;
    }
    if code.get(j) != Some(&b'r') {
        return None;
    }
    j += 1;
    let hashes = code[j..].iter().take_while(|&&c| c == b'#').count();
    j += hashes;
    if code.get(j) != Some(&b'"') {
        return None;
    }
    j += 1;
    while j < code.len() {
        if code[j] == b'"'
            && code[j + 1..]
                .iter()
                .take(hashes)
                .filter(|&&c| c == b'#')
                .count()
                == hashes
        {
            return Some(j + 1 + hashes);
        }
        j += 1;
    }
    Some(code.len())
}

/// The end of a char literal (`'x'`, `'\n'`, `'\u{e9}'`, `'é'`) starting at the quote `i`, or
/// `None` when the quote opens a lifetime or label.
fn char_literal_end(code: &[u8], i: usize) -> Option<usize> {
    let first = *code.get(i + 1)?;
    if first == b'\\' {
        // Skip the escaped character itself, which may be a quote: `'\''`.
        let rest = code.get(i + 3..).unwrap_or(&[]);
        let close = rest.iter().take(10).position(|&c| c == b'\'')?;
        return Some(i + 3 + close + 1);
    }
    // One character, however many bytes it takes in UTF-8, then the closing quote.
    let width = match first {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    };
    (code.get(i + 1 + width) == Some(&b'\'')).then_some(i + 2 + width)
}

/// Every elementary cycle, each written from its smallest module and listed once, found within
/// the graph's strongly connected parts so the search stays small.
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    let names: Vec<&String> = graph.keys().collect();
    let index: BTreeMap<&String, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let adjacency: Vec<Vec<usize>> = names
        .iter()
        .map(|n| {
            graph[*n]
                .keys()
                .filter_map(|t| index.get(t).copied())
                .collect()
        })
        .collect();
    let component = strongly_connected(&adjacency);

    let mut found = Vec::new();
    for start in 0..names.len() {
        // Only cycles whose smallest module is `start`, so each is found once.
        let mut path = vec![start];
        let mut on_path = vec![false; names.len()];
        on_path[start] = true;
        extend(
            &adjacency,
            &component,
            start,
            &mut path,
            &mut on_path,
            &mut found,
        );
    }
    found
        .into_iter()
        .map(|cycle| cycle.into_iter().map(|i| names[i].clone()).collect())
        .collect()
}

fn extend(
    adjacency: &[Vec<usize>],
    component: &[usize],
    start: usize,
    path: &mut Vec<usize>,
    on_path: &mut Vec<bool>,
    found: &mut Vec<Vec<usize>>,
) {
    let Some(&here) = path.last() else {
        return;
    };
    for &next in &adjacency[here] {
        if next == start {
            found.push(path.clone());
        } else if next > start && !on_path[next] && component[next] == component[start] {
            path.push(next);
            on_path[next] = true;
            extend(adjacency, component, start, path, on_path, found);
            on_path[next] = false;
            path.pop();
        }
    }
}

/// Tarjan's strongly connected components: the component number of each node.
fn strongly_connected(adjacency: &[Vec<usize>]) -> Vec<usize> {
    struct State<'a> {
        adjacency: &'a [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        stack: Vec<usize>,
        on_stack: Vec<bool>,
        component: Vec<usize>,
        next_index: usize,
        next_component: usize,
    }
    fn visit(s: &mut State, v: usize) {
        s.index[v] = Some(s.next_index);
        s.low[v] = s.next_index;
        s.next_index += 1;
        s.stack.push(v);
        s.on_stack[v] = true;
        for &w in &s.adjacency[v] {
            match s.index[w] {
                None => {
                    visit(s, w);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(iw) if s.on_stack[w] => s.low[v] = s.low[v].min(iw),
                Some(_) => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            while let Some(w) = s.stack.pop() {
                s.on_stack[w] = false;
                s.component[w] = s.next_component;
                if w == v {
                    break;
                }
            }
            s.next_component += 1;
        }
    }
    let n = adjacency.len();
    let mut s = State {
        adjacency,
        index: vec![None; n],
        low: vec![0; n],
        stack: Vec::new(),
        on_stack: vec![false; n],
        component: vec![0; n],
        next_index: 0,
        next_component: 0,
    };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(&mut s, v);
        }
    }
    s.component
}

/// The modules by layer: layer 0 uses no other module, layer n uses at least one of layer n-1 and
/// none above. Only meaningful on a graph without cycles.
fn layers(graph: &Graph) -> Vec<Vec<String>> {
    let mut layer: BTreeMap<&String, usize> = BTreeMap::new();
    // Relax until stable; a graph without cycles settles within as many rounds as it has modules.
    for _ in 0..=graph.len() {
        let mut changed = false;
        for (from, edges) in graph {
            let want = edges
                .keys()
                .map(|to| layer.get(to).map_or(1, |l| l + 1))
                .max()
                .unwrap_or(0);
            if layer.get(from) != Some(&want) {
                layer.insert(from, want);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut out: Vec<Vec<String>> = Vec::new();
    for (name, l) in layer {
        if out.len() <= l {
            out.resize(l + 1, Vec::new());
        }
        out[l].push(name.clone());
    }
    out
}
