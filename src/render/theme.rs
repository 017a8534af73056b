//! Themes: Tera templates, static files and UI strings.
//!
//! The default theme is compiled into the binary, so a handbook needs no theme folder at all. A handbook
//! can ship a whole theme in `themes/NAME/`, and override single templates from its own `templates/`
//! folder — the override wins file by file, as in Zola and Hugo. Besides the pages' templates, a theme
//! has those of the files for programs (`robots.txt`, `sitemap.xml`, `revisions.xml`, see
//! [`super::machine_files`]); a theme folder without them gets the built-in theme's.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use crate::diagnostics::{display_path, Diagnostic, Diagnostics, Origin};

/// The default theme, embedded at compile time.
pub static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// A loaded theme: templates ready to render, static files, UI strings per language.
pub struct Theme {
    /// The theme's name, as in `handbook.yaml`.
    pub name: String,
    pub tera: tera::Tera,
    /// Static files by their path under `static/`.
    pub static_files: BTreeMap<String, Vec<u8>>,
    /// Where each template came from, to point errors at the file to fix.
    pub template_origins: BTreeMap<String, PathBuf>,
    /// Each template's source text, so `handbook serve` can tell which pages a template edit touches.
    pub template_sources: BTreeMap<String, String>,
    strings: BTreeMap<String, BTreeMap<String, String>>,
}

impl Theme {
    /// Loads theme `name` (from `root/themes/NAME` if present, else the built-in default) and the
    /// handbook's own `templates/` and `static/` overrides.
    pub fn load(root: &Path, name: &str) -> Result<Theme, Diagnostics> {
        let mut diags = Diagnostics::new();
        let mut templates: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
        let mut static_files = BTreeMap::new();
        let mut i18n: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
        let theme_dir = Path::new("themes").join(name);

        if root.join(&theme_dir).is_dir() {
            read_dir_files(
                root,
                &theme_dir.join("templates"),
                &mut diags,
                |rel, key, bytes| {
                    text_file(rel, bytes, &mut templates, key);
                },
            );
            read_dir_files(
                root,
                &theme_dir.join("static"),
                &mut diags,
                |_, key, bytes| {
                    static_files.insert(key, bytes);
                },
            );
            read_dir_files(
                root,
                &theme_dir.join("i18n"),
                &mut diags,
                |rel, key, bytes| {
                    text_file(rel, bytes, &mut i18n, key);
                },
            );
            // A theme written before robots.txt, the sitemap and the feed were templates still builds.
            embedded_files(&DEFAULT_THEME, "templates", |key, bytes| {
                if super::machine_files::TEMPLATES.contains(&key.as_str())
                    && !templates.contains_key(&key)
                {
                    let rel = Path::new("themes/default/templates").join(&key);
                    text_file(&rel, bytes, &mut templates, key);
                }
            });
        } else if name == "default" {
            embedded_files(&DEFAULT_THEME, "templates", |key, bytes| {
                let rel = Path::new("themes/default/templates").join(&key);
                text_file(&rel, bytes, &mut templates, key);
            });
            embedded_files(&DEFAULT_THEME, "static", |key, bytes| {
                static_files.insert(key, bytes);
            });
            embedded_files(&DEFAULT_THEME, "i18n", |key, bytes| {
                let rel = Path::new("themes/default/i18n").join(&key);
                text_file(&rel, bytes, &mut i18n, key);
            });
        } else {
            diags.error(
                Origin::file_start(crate::content::site::CONFIG_FILE),
                format!(
                    "theme `{name}` not found: there is no folder `{}`",
                    display_path(&theme_dir)
                ),
                "use `theme: default`, or create the theme folder with its templates/ and static/",
            );
            return Err(diags);
        }
        read_dir_files(
            root,
            Path::new("templates"),
            &mut diags,
            |rel, key, bytes| {
                text_file(rel, bytes, &mut templates, key);
            },
        );
        read_dir_files(root, Path::new("static"), &mut diags, |_, key, bytes| {
            static_files.insert(key, bytes);
        });

        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.register_filter("long_date", long_date);
        let raw: Vec<(String, String)> = templates
            .iter()
            .map(|(k, (_, t))| (k.clone(), t.clone()))
            .collect();
        tera.set_escape_fn(escape_html);
        if let Some((name, cycle)) = template_cycle(&templates) {
            let file = templates
                .get(&name)
                .map_or_else(|| PathBuf::from("templates"), |(p, _)| p.clone());
            diags.push(Diagnostic::new(
                Origin::file_start(file),
                format!("templates include each other in a loop: {cycle}"),
                "remove the `include`/`extends`/`import` that closes the loop",
            ));
        } else if let Err(e) = tera.add_raw_templates(raw) {
            let err = template_error(&e);
            let file = templates
                .get(&err.template)
                .map_or_else(|| PathBuf::from("templates"), |(p, _)| p.clone());
            diags.push(Diagnostic::new(
                Origin::new(file, err.line, err.col),
                err.message,
                "fix the template syntax (Tera, like Jinja2)",
            ));
        }
        let mut strings = BTreeMap::new();
        for (key, (rel, text)) in &i18n {
            let Some(lang) = key.strip_suffix(".yaml") else {
                continue;
            };
            let src = crate::yaml::YamlSource::new(rel, 0);
            match crate::yaml::parse::<BTreeMap<String, String>>(text, &src) {
                Ok(map) => {
                    strings.insert(lang.to_string(), map);
                }
                Err(found) => diags.extend(found),
            }
        }
        let template_sources = templates
            .iter()
            .map(|(k, (_, text))| (k.clone(), text.clone()))
            .collect();
        let template_origins = templates.into_iter().map(|(k, (p, _))| (k, p)).collect();
        diags.into_result(Theme {
            name: name.to_string(),
            tera,
            static_files,
            template_origins,
            template_sources,
            strings,
        })
    }

    /// A SHA-256 of every file the theme `name` is made of, as [`load`](Self::load) reads them (the
    /// theme's templates, static files and UI strings, then the handbook's own `templates/` and
    /// `static/`): pages cached from a frozen revision are valid only for the theme that rendered
    /// them. Reads the files without parsing them, so it costs a fraction of a load; a theme that
    /// does not load fails later, in [`load`](Self::load), with a proper message.
    pub fn source_fingerprint(root: &Path, name: &str) -> [u8; 32] {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        let mut field = |bytes: &[u8]| {
            hasher.update((bytes.len() as u64).to_le_bytes());
            hasher.update(bytes);
        };
        let mut ignored = Diagnostics::new();
        let theme_dir = Path::new("themes").join(name);
        field(name.as_bytes());
        for sub in ["templates", "static", "i18n"] {
            field(sub.as_bytes());
            let mut add = |key: String, bytes: Vec<u8>| {
                field(key.as_bytes());
                field(&bytes);
            };
            if root.join(&theme_dir).is_dir() {
                read_dir_files(root, &theme_dir.join(sub), &mut ignored, |_, k, b| {
                    add(k, b)
                });
            } else {
                embedded_files(&DEFAULT_THEME, sub, add);
            }
        }
        for sub in ["templates", "static"] {
            field(format!("handbook {sub}").as_bytes());
            read_dir_files(root, Path::new(sub), &mut ignored, |_, key, bytes| {
                field(key.as_bytes());
                field(&bytes);
            });
        }
        hasher.finalize().into()
    }

    /// UI strings for `language`, falling back to French, then to any language the theme has.
    pub fn strings(&self, language: &str) -> BTreeMap<String, String> {
        let primary = language.split('-').next().unwrap_or(language);
        let mut merged = self.strings.values().next().cloned().unwrap_or_default();
        for lang in ["fr", primary] {
            if let Some(map) = self.strings.get(lang) {
                merged.extend(map.clone());
            }
        }
        merged
    }
}

fn text_file(
    rel: &Path,
    bytes: Vec<u8>,
    into: &mut BTreeMap<String, (PathBuf, String)>,
    key: String,
) {
    // Templates are the theme author's files; a non-UTF-8 byte is replaced rather than failing.
    into.insert(
        key,
        (
            rel.to_path_buf(),
            String::from_utf8_lossy(&bytes).into_owned(),
        ),
    );
}

/// Calls `f(relative path, key under dir, bytes)` for every file below `root/dir`, in path order.
fn read_dir_files(
    root: &Path,
    dir: &Path,
    diags: &mut Diagnostics,
    mut f: impl FnMut(&Path, String, Vec<u8>),
) {
    let (found, problems) = crate::confine::walk(root, dir, crate::confine::Hidden::Skip);
    for problem in problems {
        diags.push(problem.diagnostic());
    }
    let abs = root.join(dir);
    for file in found {
        let Ok(key_path) = file.path.strip_prefix(&abs) else {
            continue;
        };
        match std::fs::read(&file.path) {
            Ok(bytes) => f(&file.rel, display_path(key_path), bytes),
            Err(e) => diags.error(
                Origin::file_start(&file.rel),
                format!("cannot read file: {e}"),
                "check its permissions",
            ),
        }
    }
}

fn embedded_files(dir: &Dir<'static>, sub: &str, mut f: impl FnMut(String, Vec<u8>)) {
    let Some(sub_dir) = dir.get_dir(sub) else {
        return;
    };
    let mut stack = vec![sub_dir];
    let mut files = Vec::new();
    while let Some(d) = stack.pop() {
        files.extend(d.files());
        stack.extend(d.dirs());
    }
    files.sort_by_key(|file| file.path());
    for file in files {
        if let Ok(key) = file.path().strip_prefix(sub) {
            f(display_path(key), file.contents().to_vec());
        }
    }
}

/// A Tera error made readable: the template it is about, the line and column Tera points at, and a
/// one-line message without Tera's code snippet (the position already says where to look).
pub struct TemplateError {
    pub template: String,
    pub line: u64,
    pub col: u64,
    pub message: String,
}

/// Reads a Tera error chain (`Failed to parse 'x.html'` → ` --> 6:1 | … = unexpected tag…`).
pub fn template_error(e: &tera::Error) -> TemplateError {
    let mut parts = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    let template = parts
        .iter()
        .find_map(|p| {
            p.split('\'')
                .nth(1)
                .filter(|n| [".html", ".xml", ".txt"].iter().any(|ext| n.ends_with(ext)))
        })
        .unwrap_or("")
        .to_string();
    let (mut line, mut col) = (1, 1);
    let mut texts = Vec::new();
    for part in &parts {
        if let Some(pos) = part.find("--> ") {
            let digits: String = part[pos + 4..]
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ':')
                .collect();
            if let Some((l, c)) = digits.split_once(':') {
                line = l.parse().unwrap_or(1);
                col = c.parse().unwrap_or(1);
            }
            // Keep the explanation after `= `, drop the snippet.
            let explanation = part.rsplit("= ").next().unwrap_or(part);
            texts.push(explanation.trim().to_string());
        } else {
            texts.push(part.trim().to_string());
        }
    }
    let message = texts
        .into_iter()
        .filter(|t| !t.is_empty())
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(": ");
    TemplateError {
        template,
        line,
        col,
        message: format!("template error: {message}"),
    }
}

/// Names the templates a template pulls in (`extends`, `include`, `import`), to find loops before
/// Tera would recurse into them until the stack overflows.
fn referenced_templates(source: &str) -> Vec<String> {
    let mut names = Vec::new();
    for tag in source.split("{%").skip(1) {
        let body = tag
            .split("%}")
            .next()
            .unwrap_or("")
            .trim()
            .trim_start_matches('-')
            .trim();
        let mut words = body.splitn(2, char::is_whitespace);
        if let (Some("extends" | "include" | "import"), Some(rest)) = (words.next(), words.next()) {
            for quoted in rest.split(['"', '\'']).skip(1).step_by(2) {
                names.push(quoted.to_string());
                if !rest.contains('[') {
                    break;
                }
            }
        }
    }
    names
}

/// The first loop among template references, as `a.html → b.html → a.html`.
fn template_cycle(templates: &BTreeMap<String, (PathBuf, String)>) -> Option<(String, String)> {
    let graph: BTreeMap<&str, Vec<String>> = templates
        .iter()
        .map(|(k, (_, src))| (k.as_str(), referenced_templates(src)))
        .collect();
    for start in graph.keys() {
        let mut stack: Vec<(String, Vec<String>)> =
            vec![(start.to_string(), vec![start.to_string()])];
        let mut seen = std::collections::BTreeSet::new();
        while let Some((name, path)) = stack.pop() {
            for next in graph.get(name.as_str()).into_iter().flatten() {
                if next == start {
                    let mut cycle = path.clone();
                    cycle.push(next.clone());
                    return Some((start.to_string(), cycle.join(" → ")));
                }
                if seen.insert(next.clone()) {
                    let mut p = path.clone();
                    p.push(next.clone());
                    stack.push((next.clone(), p));
                }
            }
        }
    }
    None
}

/// HTML escaping for templates: Tera's default also escapes `/`, which makes every relative link
/// unreadable (`..&#x2F;charter&#x2F;`) for no safety gain in attribute or text context.
fn escape_html(input: &str) -> String {
    crate::highlight::escape(input)
}

/// `{{ date | long_date(t=t) }}`: a `YYYY-MM-DD` date written out in the page's language ("12 mars
/// 2026"), with the month names of its UI strings (`pdf_month_N`, `pdf_first_day`, as the charter
/// PDF writes dates), so prose never shows an ISO date. Anything that is not a date, or strings
/// without month names, leaves the value as it is.
fn long_date(
    value: &serde_json::Value,
    args: &std::collections::HashMap<String, serde_json::Value>,
) -> tera::Result<serde_json::Value> {
    let Some(text) = value.as_str() else {
        return Ok(value.clone());
    };
    let Ok(date) = crate::dates::parse(text) else {
        return Ok(value.clone());
    };
    let strings = args.get("t");
    let string = |key: &str| {
        strings
            .and_then(|t| t.get(key))
            .and_then(serde_json::Value::as_str)
            .map(str::to_string)
    };
    let Some(month) = string(&format!("pdf_month_{}", date.month)) else {
        return Ok(value.clone());
    };
    let day = match (date.day, string("pdf_first_day")) {
        (1, Some(first)) => first,
        (day, _) => day.to_string(),
    };
    Ok(serde_json::Value::String(format!(
        "{day} {month} {}",
        date.year
    )))
}

#[cfg(test)]
mod long_date_tests {
    use super::*;

    #[test]
    fn a_date_is_written_in_the_page_language_and_anything_else_is_kept() {
        let t = serde_json::json!({ "pdf_month_3": "mars", "pdf_month_1": "janvier", "pdf_first_day": "1er" });
        let args = std::collections::HashMap::from([("t".to_string(), t)]);
        let run = |v: &str| long_date(&serde_json::json!(v), &args).expect("a value");
        assert_eq!(run("2026-03-12"), "12 mars 2026");
        assert_eq!(run("2026-01-01"), "1er janvier 2026");
        assert_eq!(run("2026-02-30"), "2026-02-30");
        assert_eq!(run("demain"), "demain");
    }
}
