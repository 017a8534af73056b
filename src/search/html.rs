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
                // From the end: `</main>` closes the template's last block, a few lines before
                // the end of the page, and a search from the start would read the whole page twice.
                let end = html[start..]
                    .rfind("</main>")
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
        // Every page's document is held until the index is built: without the spare capacity
        // its text grew with.
        doc.text.shrink_to_fit();
        doc.headings.shrink_to_fit();
        for heading in &mut doc.headings {
            heading.text.shrink_to_fit();
            heading.body.shrink_to_fit();
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
        let Some(lt) = crate::html::next_lt(rest, 0) else {
            buf.push_str(rest);
            break;
        };
        if skip == 0 {
            buf.push_str(&rest[..lt]);
        }
        rest = &rest[lt..];
        // Of the attributes, only a heading's id is read.
        let heading_id = |tag: &str, attr: &str| attr == "id" && matches!(tag, "h2" | "h3" | "h4");
        let Some(tag) = crate::html::parse_tag_keeping(rest, 0, heading_id) else {
            // a comment or a doctype: skipped, and it breaks a word like any other markup
            rest = &rest[crate::html::markup_end(rest, 0)..];
            if skip == 0 {
                buf.push(' ');
            }
            continue;
        };
        rest = &rest[tag.end..];
        let (closing, self_closing) = (tag.closing, tag.self_closing);
        let name = tag.name.as_ref();
        if SKIPPED.contains(&name) {
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
        if !INLINE.contains(&name) {
            buf.push(' ');
        }
        if closing && heading_end.as_deref() == Some(name) {
            flush(&mut buf, &into, doc);
            heading_end = None;
            into = Target::Body;
        } else if !closing && heading_end.is_none() {
            let id = tag.attr("id").map(str::to_string);
            let opens = match name {
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
                heading_end = Some(name.to_string());
            }
        }
    }
    flush(&mut buf, &into, doc);
}

/// Appends the text read so far to where it belongs, entities decoded and white space collapsed
/// (word by word, straight into the target: every run of text of every page passes here).
fn flush(buf: &mut String, into: &Target, doc: &mut SearchDoc) {
    let decoded = crate::html::decode_entities(buf);
    let mut words = decoded.split_whitespace().peekable();
    if words.peek().is_some() {
        let target = match (into, doc.headings.last_mut()) {
            (Target::Title, _) => &mut doc.title,
            (Target::Heading, Some(h)) => &mut h.text,
            (Target::Body, Some(h)) => &mut h.body,
            (_, None) => &mut doc.text,
        };
        for word in words {
            if !target.is_empty() {
                target.push(' ');
            }
            target.push_str(word);
        }
    }
    buf.clear();
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
