//! Markdown → layout blocks: the small block model the PDF layout knows how to set.
//!
//! The charter is written for the website first, so its Markdown is parsed with the same
//! pulldown-cmark options as the site (smart punctuation included) and reduced to what a printed
//! document needs: paragraphs with bold/italic/code spans, headings, lists, quotes, code blocks,
//! tables and rules. Everything else degrades to its text — raw HTML loses its tags, images keep
//! their description, footnotes become bracketed numbers — so any input gives a document and
//! nothing here can panic.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Emphasis of a span of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct SpanStyle {
    pub bold: bool,
    pub italic: bool,
    pub code: bool,
}

/// A run of text with one emphasis. A `'\n'` in `text` is a forced line break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: SpanStyle,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            style: SpanStyle::default(),
        }
    }

    pub fn bold(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            style: SpanStyle {
                bold: true,
                ..SpanStyle::default()
            },
        }
    }
}

/// A block of a section body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading inside a section (`#`…`######`); `level` is the Markdown level.
    Heading {
        level: u8,
        spans: Vec<Span>,
    },
    Paragraph(Vec<Span>),
    /// A list; `start` is the first number of an ordered list, `None` for bullets. Each item is a
    /// sequence of blocks (a paragraph, possibly followed by a nested list).
    List {
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    Quote(Vec<Block>),
    /// Preformatted text, set line by line.
    Code(String),
    /// Rows of cells; the first `header_rows` rows are the header.
    Table {
        rows: Vec<Vec<Vec<Span>>>,
        header_rows: usize,
    },
    Rule,
}

/// Parses a section body.
pub fn parse(markdown: &str) -> Vec<Block> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION;
    let mut builder = Builder {
        stack: vec![(Container::Root, Vec::new())],
        ..Builder::default()
    };
    for event in Parser::new_ext(markdown, options) {
        builder.event(event);
    }
    builder.finish()
}

/// Where the inline text being collected will go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InlineTarget {
    Paragraph,
    /// A paragraph opened by text that came without a paragraph event (tight list items).
    Implicit,
    Heading(u8),
    Cell,
}

#[derive(Debug)]
enum Container {
    Root,
    Quote,
    Item,
    List {
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    Footnote(String),
}

#[derive(Debug, Default)]
struct Table {
    rows: Vec<Vec<Vec<Span>>>,
    row: Vec<Vec<Span>>,
    header_rows: usize,
}

#[derive(Debug, Default)]
struct Builder {
    /// Open containers with the blocks collected in each so far.
    stack: Vec<(Container, Vec<Block>)>,
    inline: Option<(InlineTarget, Vec<Span>)>,
    bold: u32,
    italic: u32,
    /// Destinations of the open links, to print external URLs after their text.
    links: Vec<String>,
    code: Option<String>,
    tables: Vec<Table>,
}

impl Builder {
    /// The blocks of the innermost open container.
    fn blocks(&mut self) -> &mut Vec<Block> {
        if self.stack.is_empty() {
            self.stack.push((Container::Root, Vec::new()));
        }
        let last = self.stack.len() - 1;
        &mut self.stack[last].1
    }

    fn style(&self, code: bool) -> SpanStyle {
        SpanStyle {
            bold: self.bold > 0,
            italic: self.italic > 0,
            code,
        }
    }

    fn push_text(&mut self, text: &str, code: bool) {
        if text.is_empty() {
            return;
        }
        if let Some(buffer) = self.code.as_mut() {
            buffer.push_str(text);
            return;
        }
        let style = self.style(code);
        let (_, spans) = self
            .inline
            .get_or_insert_with(|| (InlineTarget::Implicit, Vec::new()));
        match spans.last_mut() {
            Some(last) if last.style == style => last.text.push_str(text),
            _ => spans.push(Span {
                text: text.to_string(),
                style,
            }),
        }
    }

    /// Closes the inline text, if any, into a block (or a table cell).
    fn flush_inline(&mut self) {
        let Some((target, spans)) = self.inline.take() else {
            return;
        };
        let spans = trim_spans(spans);
        match target {
            InlineTarget::Cell => {
                if let Some(table) = self.tables.last_mut() {
                    table.row.push(spans);
                }
            }
            _ if spans.is_empty() => {}
            InlineTarget::Heading(level) => self.blocks().push(Block::Heading { level, spans }),
            InlineTarget::Paragraph | InlineTarget::Implicit => {
                self.blocks().push(Block::Paragraph(spans))
            }
        }
    }

    fn open(&mut self, container: Container) {
        self.flush_inline();
        self.stack.push((container, Vec::new()));
    }

    fn close(&mut self) {
        self.flush_inline();
        // The root (always at the bottom) is never closed by an end event.
        if self.stack.len() <= 1 {
            return;
        }
        let Some((container, blocks)) = self.stack.pop() else {
            return;
        };
        match container {
            Container::Root => self.blocks().extend(blocks),
            Container::Quote => self.blocks().push(Block::Quote(blocks)),
            Container::List { start, items } => self.blocks().push(Block::List { start, items }),
            Container::Item => {
                let parent = self.stack.last_mut();
                match parent {
                    Some((Container::List { items, .. }, _)) => items.push(blocks),
                    // An item outside a list cannot come from the parser; keep its text anyway.
                    _ => self.blocks().extend(blocks),
                }
            }
            Container::Footnote(label) => {
                let mut blocks = blocks;
                match blocks.first_mut() {
                    Some(Block::Paragraph(spans)) => {
                        spans.insert(0, Span::plain(format!("[{label}] ")))
                    }
                    _ => {
                        blocks.insert(0, Block::Paragraph(vec![Span::plain(format!("[{label}]"))]))
                    }
                }
                self.blocks().extend(blocks);
            }
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.push_text(&text, false),
            Event::Code(text) => self.push_text(&text, true),
            // Raw HTML degrades to its text; a block of HTML keeps its line structure as spaces.
            Event::Html(html) => self.push_text(&strip_tags(&html).replace('\n', " "), false),
            Event::InlineHtml(html) => self.push_text(&strip_tags(&html), false),
            Event::InlineMath(text) | Event::DisplayMath(text) => self.push_text(&text, true),
            Event::FootnoteReference(label) => self.push_text(&format!("[{label}]"), false),
            Event::SoftBreak => self.push_text(" ", false),
            Event::HardBreak => self.push_text("\n", false),
            Event::Rule => {
                self.flush_inline();
                self.blocks().push(Block::Rule);
            }
            Event::TaskListMarker(done) => {
                self.push_text(if done { "[x] " } else { "[ ] " }, false)
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                self.flush_inline();
                self.inline = Some((InlineTarget::Paragraph, Vec::new()));
            }
            Tag::Heading { level, .. } => {
                self.flush_inline();
                self.inline = Some((InlineTarget::Heading(heading_level(level)), Vec::new()));
            }
            Tag::BlockQuote(_) => self.open(Container::Quote),
            Tag::CodeBlock(_) => {
                self.flush_inline();
                self.code = Some(String::new());
            }
            Tag::List(start) => self.open(Container::List {
                start,
                items: Vec::new(),
            }),
            Tag::Item => self.open(Container::Item),
            Tag::FootnoteDefinition(label) => self.open(Container::Footnote(label.to_string())),
            Tag::Table(_) => {
                self.flush_inline();
                self.tables.push(Table::default());
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(table) = self.tables.last_mut() {
                    table.row.clear();
                }
            }
            Tag::TableCell => {
                self.flush_inline();
                self.inline = Some((InlineTarget::Cell, Vec::new()));
            }
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            Tag::Link { dest_url, .. } => self.links.push(dest_url.to_string()),
            // Images keep their description (sent as text events); the rest is plain text.
            Tag::Image { .. }
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::HtmlBlock
            | Tag::MetadataBlock(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) => self.flush_inline(),
            TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item | TagEnd::FootnoteDefinition => {
                self.close()
            }
            TagEnd::CodeBlock => {
                if let Some(code) = self.code.take() {
                    let code = code.trim_end_matches('\n').to_string();
                    self.blocks().push(Block::Code(code));
                }
            }
            TagEnd::TableCell => self.flush_inline(),
            TagEnd::TableHead | TagEnd::TableRow => {
                self.flush_inline();
                if let Some(table) = self.tables.last_mut() {
                    let row = std::mem::take(&mut table.row);
                    table.rows.push(row);
                    if tag == TagEnd::TableHead {
                        table.header_rows = table.rows.len();
                    }
                }
            }
            TagEnd::Table => {
                self.flush_inline();
                if let Some(table) = self.tables.pop() {
                    if !table.rows.is_empty() {
                        self.blocks().push(Block::Table {
                            rows: table.rows,
                            header_rows: table.header_rows,
                        });
                    }
                }
            }
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Link => {
                if let Some(url) = self.links.pop() {
                    if is_external(&url) {
                        let shown = self
                            .inline
                            .as_ref()
                            .and_then(|(_, spans)| spans.last())
                            .is_some_and(|s| s.text.ends_with(url.trim_start_matches("mailto:")));
                        if !shown {
                            let (bold, italic) = (self.bold, self.italic);
                            self.bold = 0;
                            self.italic = 0;
                            self.push_text(&format!(" ({url})"), false);
                            self.bold = bold;
                            self.italic = italic;
                        }
                    }
                }
            }
            TagEnd::Image
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::HtmlBlock
            | TagEnd::MetadataBlock(_)
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => {}
        }
    }

    fn finish(mut self) -> Vec<Block> {
        self.flush_inline();
        if let Some(code) = self.code.take() {
            self.blocks().push(Block::Code(code));
        }
        while self.stack.len() > 1 {
            self.close();
        }
        self.stack
            .pop()
            .map(|(_, blocks)| blocks)
            .unwrap_or_default()
    }
}

/// Links to other pages of the handbook (`/tools/`, `#anchor`, relative paths) print as plain text;
/// a reader of the paper copy needs the address of external links only.
fn is_external(url: &str) -> bool {
    url.starts_with("http://") || url.starts_with("https://") || url.starts_with("mailto:")
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The text of raw HTML: tags, comments and doctypes removed, cut by [`crate::html`] as everywhere
/// else (a `>` inside a quoted attribute value does not end a tag; a `<` that starts no markup is
/// text), and character references decoded.
fn strip_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        rest = &rest[lt..];
        let end = match crate::html::parse_tag(rest, 0) {
            Some(tag) => tag.end,
            None if rest[1..].starts_with(['!', '?']) => crate::html::markup_end(rest, 0),
            None => {
                text.push('<');
                1
            }
        };
        rest = &rest[end..];
    }
    text.push_str(rest);
    crate::html::decode_entities(&text).into_owned()
}

/// Drops leading/trailing blanks of a paragraph and empty spans.
fn trim_spans(mut spans: Vec<Span>) -> Vec<Span> {
    if let Some(first) = spans.first_mut() {
        first.text = first.text.trim_start_matches([' ', '\t']).to_string();
    }
    if let Some(last) = spans.last_mut() {
        last.text = last.text.trim_end().to_string();
    }
    spans.retain(|s| !s.text.is_empty());
    spans
}

/// The plain text of spans (used for headings in the outline and in tests).
pub fn plain_text(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::strip_tags;

    #[test]
    fn raw_html_keeps_its_text_and_loses_its_tags() {
        assert_eq!(
            strip_tags("<b>gras</b> et <i>italique</i>"),
            "gras et italique"
        );
        // A quoted `>` belongs to the attribute, not to the text.
        assert_eq!(strip_tags(r#"<abbr title="a > b">RGPD</abbr>"#), "RGPD");
        assert_eq!(strip_tags("<span title='1>0'>x</span>"), "x");
        assert_eq!(strip_tags("<!-- a > b -->texte<br/>"), "texte");
        assert_eq!(strip_tags("a < b et c <3"), "a < b et c <3");
        assert_eq!(strip_tags("<p>A &amp; B &lt;C&gt;</p>"), "A & B <C>");
        assert_eq!(strip_tags("<p title=\"jamais fermé"), "");
    }
}
