//! Markdown to HTML: CommonMark plus tables, footnotes, task lists and heading ids, code highlighted at
//! build time, internal links checked and made relative.
//!
//! Rendering collects what the link check needs (the anchors a page defines, the links it makes, each
//! with its file position) so no later stage has to parse HTML again.

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::content::Markdown;
use crate::diagnostics::Origin;
use crate::urls;

/// A link or image found in Markdown, to be checked once every page is known.
#[derive(Debug, Clone)]
pub struct LinkRef {
    /// Site-absolute target, e.g. `/charter/#preambule` (already resolved from a relative link).
    pub target: String,
    pub origin: Origin,
}

/// HTML of one Markdown text and what the page gains from it.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    pub links: Vec<LinkRef>,
    pub has_code: bool,
}

#[derive(Debug, Clone)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// The anchors already used on a page, so ids stay unique across all its Markdown parts.
#[derive(Debug, Default, Clone)]
pub struct Anchors {
    used: std::collections::BTreeSet<String>,
}

impl Anchors {
    /// Reserves `id` as is (ids the template itself writes, such as section anchors).
    pub fn reserve(&mut self, id: &str) {
        self.used.insert(id.to_string());
    }

    /// A free id based on `base`, adding `-2`, `-3`… on repeats.
    pub fn unique(&mut self, base: &str) -> String {
        let base = if base.is_empty() { "section" } else { base };
        let mut candidate = base.to_string();
        let mut n = 2;
        while self.used.contains(&candidate) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        self.used.insert(candidate.clone());
        candidate
    }

    pub fn contains(&self, id: &str) -> bool {
        self.used.contains(id)
    }

    pub fn into_set(self) -> std::collections::BTreeSet<String> {
        self.used
    }
}

/// A heading being read: level, custom id, classes, and its inner events (to compute its text).
type OpenHeading<'a> = (HeadingLevel, Option<String>, Vec<String>, Vec<Event<'a>>);

/// The Markdown extensions the handbook uses, the same for rendering and for checking: the
/// dialect belongs to the content model ([`Markdown::options`]), which this renderer reads.
pub fn options() -> Options {
    Markdown::options()
}

/// Renders `md` for the page at `page_url` (site-absolute, e.g. `/charter/`).
///
/// `shift` lowers heading levels (a text rendered under the page's own `<h2>` starts at `<h3>`).
pub fn render(md: &Markdown, page_url: &str, anchors: &mut Anchors, shift: u8) -> Rendered {
    let mut out = Rendered::default();
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut code: Option<(String, String)> = None;
    let mut heading: Option<OpenHeading<'_>> = None;

    for (event, range) in Parser::new_ext(&md.text, options()).into_offset_iter() {
        if let Some((_, buf)) = code.as_mut() {
            match event {
                Event::Text(t) => buf.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {
                    if let Some((lang, buf)) = code.take() {
                        events.push(Event::Html(CowStr::from(crate::highlight::code_block(
                            &buf, &lang,
                        ))));
                        out.has_code |= !lang.is_empty();
                    }
                }
                _ => {}
            }
            continue;
        }
        let event = match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(l) => l.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((lang, String::new()));
                continue;
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = resolve(md, page_url, &dest_url, range.start, &mut out.links);
                Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = resolve(md, page_url, &dest_url, range.start, &mut out.links);
                Event::Start(Tag::Image {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                })
            }
            other => other,
        };
        match event {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                let classes = classes.iter().map(|c| c.to_string()).collect();
                heading = Some((level, id.map(|i| i.to_string()), classes, Vec::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, id, classes, inner)) = heading.take() {
                    let text = plain_text(&inner);
                    let id = match id {
                        Some(custom) => anchors.unique(&custom),
                        None => anchors.unique(&crate::slug::slugify(&text)),
                    };
                    let level = shifted(level, shift);
                    out.headings.push(Heading {
                        level: level as u8,
                        id: id.clone(),
                        text,
                    });
                    events.push(Event::Start(Tag::Heading {
                        level,
                        id: Some(CowStr::from(id)),
                        classes: classes.into_iter().map(CowStr::from).collect(),
                        attrs: Vec::new(),
                    }));
                    events.extend(inner);
                    events.push(Event::End(TagEnd::Heading(level)));
                }
            }
            other => match heading.as_mut() {
                Some((_, _, _, inner)) => inner.push(other),
                None => events.push(other),
            },
        }
    }
    pulldown_cmark::html::push_html(&mut out.html, events.into_iter());
    out
}

fn shifted(level: HeadingLevel, shift: u8) -> HeadingLevel {
    let n = (level as u8 + shift).min(6);
    HeadingLevel::try_from(n as usize).unwrap_or(HeadingLevel::H6)
}

fn plain_text(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for e in events {
        if let Event::Text(t) | Event::Code(t) = e {
            text.push_str(t);
        }
    }
    text
}

/// Records internal links for checking and rewrites them relative to the page.
fn resolve<'a>(
    md: &Markdown,
    page_url: &str,
    dest: &CowStr<'a>,
    offset: usize,
    links: &mut Vec<LinkRef>,
) -> CowStr<'a> {
    let Some(target) = urls::internal_target(page_url, dest) else {
        return dest.clone();
    };
    links.push(LinkRef {
        target: target.clone(),
        origin: md.origin_at(offset),
    });
    CowStr::from(urls::relative(page_url, &target))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn md(text: &str) -> Markdown {
        Markdown::new(text, Path::new("content/x.md"), 4)
    }

    #[test]
    fn heading_ids_are_slugs_unique_per_page() {
        let mut anchors = Anchors::default();
        anchors.reserve("preambule");
        let r = render(
            &md("# Préambule\n\n## Données {#data}\n\n## Données\n"),
            "/charter/",
            &mut anchors,
            1,
        );
        let ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["preambule-2", "data", "donnees"]);
        assert!(
            r.html.contains("<h2 id=\"preambule-2\">Préambule</h2>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<h3 id=\"data\">"));
    }

    #[test]
    fn internal_links_become_relative_and_are_recorded_with_position() {
        let mut anchors = Anchors::default();
        let r = render(
            &md("Voir\n[la charte](/charter/#preambule) et [ext](https://example.org)."),
            "/method/categories/",
            &mut anchors,
            0,
        );
        assert!(
            r.html.contains("href=\"../../charter/#preambule\""),
            "{}",
            r.html
        );
        assert!(r.html.contains("href=\"https://example.org\""));
        assert_eq!(r.links.len(), 1);
        assert_eq!(r.links[0].target, "/charter/#preambule");
        assert_eq!(r.links[0].origin.to_string(), "content/x.md:6:1");
    }

    #[test]
    fn code_blocks_are_highlighted_and_tables_rendered() {
        let mut anchors = Anchors::default();
        let r = render(
            &md("```yaml\na: 1\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
            "/",
            &mut anchors,
            0,
        );
        assert!(r.has_code);
        assert!(r.html.contains("<pre class=\"hl\">"));
        assert!(r.html.contains("<table>"));
    }
}
