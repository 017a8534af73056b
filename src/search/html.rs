//! Reads a [`SearchDoc`] back from a rendered page: its `<h1>`, its headings that carry an `id` (the
//! anchors a result can link to) and the text under each.
//!
//! Reading the final HTML rather than each content kind's model means every page — whatever its
//! template — is indexed the same way, with exactly the headings and anchors the reader sees. Only the
//! site's own, well-formed output is read: this is a tag scanner, not a general HTML parser.

use super::{SearchDoc, SearchHeading};

/// Elements whose content is not page text: navigation (repeated on every page, or a table of
/// contents that only repeats the headings), scripts, styles, drawings and buttons.
const SKIPPED: &[&str] = &["button", "nav", "script", "style", "svg", "template"];
/// Elements that do not break a word (`l’<em>IA</em>` is one word); every other tag does.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "cite", "code", "em", "i", "kbd", "mark", "q", "s", "small", "span",
    "strong", "sub", "sup", "u",
];

impl SearchDoc {
    /// The search document of a rendered page: `url` is its site-absolute URL, `kind` the label shown
    /// next to its results ("Prompt", "Charte"…), `html` the whole page. The title is the first `<h1>`
    /// of `<main>` (or `fallback_title` without one); `keywords` (prompt ids, tags) are left empty for
    /// the caller to fill.
    pub fn from_html(url: &str, kind: &str, fallback_title: &str, html: &str) -> SearchDoc {
        let main = html
            .find("<main")
            .map(|start| {
                let end = html[start..]
                    .find("</main>")
                    .map_or(html.len(), |e| start + e);
                &html[start..end]
            })
            .unwrap_or(html);
        let mut doc = SearchDoc {
            url: url.to_string(),
            title: String::new(),
            kind: kind.to_string(),
            headings: Vec::new(),
            keywords: Vec::new(),
            text: String::new(),
        };
        read(main, &mut doc);
        if doc.title.is_empty() {
            doc.title = fallback_title.to_string();
        }
        doc
    }
}

/// Where text currently goes.
enum Target {
    Title,
    Heading,
    Body,
}

fn read(html: &str, doc: &mut SearchDoc) {
    let mut skip = 0usize;
    let mut into = Target::Body;
    let mut heading_end: Option<String> = None;
    let mut buf = String::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            buf.push_str(rest);
            break;
        };
        if skip == 0 {
            buf.push_str(&rest[..lt]);
        }
        rest = &rest[lt..];
        let end = tag_end(rest);
        let inner_end = if rest[..end].ends_with('>') {
            end - 1
        } else {
            end
        };
        let tag = &rest[1..inner_end];
        rest = &rest[end..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let self_closing = tag.ends_with('/');
        if SKIPPED.contains(&name.as_str()) {
            if closing {
                skip = skip.saturating_sub(1);
            } else if !self_closing {
                skip += 1;
            }
            continue;
        }
        if skip > 0 {
            continue;
        }
        if !INLINE.contains(&name.as_str()) {
            buf.push(' ');
        }
        if closing && heading_end.as_deref() == Some(name.as_str()) {
            flush(&mut buf, &into, doc);
            heading_end = None;
            into = Target::Body;
        } else if !closing && heading_end.is_none() {
            let id = attribute(tag, "id");
            let opens = match name.as_str() {
                "h1" if doc.title.is_empty() => Some(Target::Title),
                "h2" | "h3" | "h4" if id.is_some() => Some(Target::Heading),
                _ => None,
            };
            if let Some(target) = opens {
                flush(&mut buf, &into, doc);
                if let Target::Heading = target {
                    doc.headings.push(SearchHeading {
                        id: id.unwrap_or_default(),
                        text: String::new(),
                        body: String::new(),
                    });
                }
                into = target;
                heading_end = Some(name);
            }
        }
    }
    flush(&mut buf, &into, doc);
}

/// Appends the text read so far to where it belongs.
fn flush(buf: &mut String, into: &Target, doc: &mut SearchDoc) {
    let text = clean(buf);
    buf.clear();
    if text.is_empty() {
        return;
    }
    let target = match (into, doc.headings.last_mut()) {
        (Target::Title, _) => &mut doc.title,
        (Target::Heading, Some(h)) => &mut h.text,
        (Target::Body, Some(h)) => &mut h.body,
        (_, None) => &mut doc.text,
    };
    if !target.is_empty() {
        target.push(' ');
    }
    target.push_str(&text);
}

/// Index just past the `>` closing the tag that starts `s` (quotes respected).
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// The value of attribute `name` in a tag's inside (`h2 id="x" class="y"`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(i) = rest.find(name) {
        let before_ok = rest[..i].ends_with(char::is_whitespace);
        let after = rest[i + name.len()..].trim_start();
        if before_ok {
            if let Some(value) = after.strip_prefix('=') {
                let value = value.trim_start();
                let (quote, body) = match value.chars().next() {
                    Some(q @ ('"' | '\'')) => (Some(q), &value[1..]),
                    _ => (None, value),
                };
                let end = match quote {
                    Some(q) => body.find(q).unwrap_or(body.len()),
                    None => body.find(char::is_whitespace).unwrap_or(body.len()),
                };
                return Some(decode(&body[..end]));
            }
        }
        rest = &rest[i + name.len()..];
    }
    None
}

/// Text with entities decoded and white space collapsed.
fn clean(text: &str) -> String {
    decode(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let entity = rest
            .find(';')
            .filter(|&semi| semi <= 10)
            .and_then(|semi| Some((entity(&rest[1..semi])?, semi)));
        match entity {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    let code = if let Some(hex) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
        u32::from_str_radix(hex, 16).ok()?
    } else if let Some(dec) = name.strip_prefix('#') {
        dec.parse().ok()?
    } else {
        return match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => None,
        };
    };
    char::from_u32(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><body><nav><a href="/">Accueil</a></nav>
<main id="main"><h1>PROMPT-001 — Présentation de l&#x27;association</h1>
<nav class="toc"><h2 id="toc-title">Sur cette page</h2></nav>
<p>Pour un dossier de <em>partenariat</em>.</p>
<section><h2 id="context">Contexte <span class="num">1</span></h2>
<pre>Les Ateliers</pre><button>Copier</button><svg><text>dessin</text></svg>
<h3>Sans ancre</h3><p>suite&nbsp;du texte</p></section></main>
<footer>pied</footer></body></html>"#;

    #[test]
    fn reads_title_headings_and_their_text() {
        let doc = SearchDoc::from_html("/prompts/prompt-001/", "Prompt", "x", PAGE);
        assert_eq!(doc.title, "PROMPT-001 — Présentation de l'association");
        assert_eq!(doc.text, "Pour un dossier de partenariat.");
        assert_eq!(doc.headings.len(), 1);
        assert_eq!(doc.headings[0].id, "context");
        assert_eq!(doc.headings[0].text, "Contexte 1");
        assert_eq!(
            doc.headings[0].body,
            "Les Ateliers Sans ancre suite du texte"
        );
    }

    #[test]
    fn falls_back_to_the_given_title() {
        let doc = SearchDoc::from_html("/", "Accueil", "Accueil", "<main><p>x</p></main>");
        assert_eq!(doc.title, "Accueil");
        assert_eq!(doc.text, "x");
    }
}
