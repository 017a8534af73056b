//! Reading tags and entities in HTML the generator wrote: the search index reads a page's text and
//! anchors back, the page budget finds every request a page causes, the PDF keeps the text of raw HTML.
//!
//! One scanner for all of them, so a page is cut into tags one way only. It is a tag scanner for the
//! site's own, well-formed output (and the raw HTML an editor may put in Markdown), not a general HTML
//! parser: no tree, no error recovery beyond "a stray `<` is text".

use std::borrow::Cow;

/// The text of a page the generator wrote, as the readers of its HTML take it: always UTF-8, so
/// checked at the speed of [`std::str::from_utf8`] (which skips ASCII a word at a time), and only
/// a file that is not is read with U+FFFD in place of its stray bytes. Every page is read so three
/// times (search, budget, offline).
pub fn page_text(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// Where the next `<` is in `html` from byte `from`, if any: the readers of every page go from tag
/// to tag with it. A plain byte loop, since in generated HTML the next tag is a few dozen bytes
/// away, where `str::find`'s setup for a long search costs more than the search.
pub fn next_lt(html: &str, from: usize) -> Option<usize> {
    let bytes = html.as_bytes().get(from..)?;
    bytes.iter().position(|&b| b == b'<').map(|at| from + at)
}

/// One tag: `<name attr=value …>`, `</name>` or `<name … />`. Its name, attribute names and values
/// borrow from the text they were read in unless lowercasing or decoding changed them: every tag of
/// every page is read, so a tag the generator wrote (lower-case, no entity) costs no copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag<'a> {
    /// Lower-case name.
    pub name: Cow<'a, str>,
    /// `</name>`.
    pub closing: bool,
    /// Written `<name … />`.
    pub self_closing: bool,
    /// Lower-case attribute names and entity-decoded values, in document order.
    pub attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    /// Offset just past the tag's `>` (or the end of the text if it is never closed).
    pub end: usize,
}

/// `text` in lower case (ASCII letters only), borrowed when it already is.
fn ascii_lower(text: &str) -> Cow<'_, str> {
    if text.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(text.to_ascii_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

impl Tag<'_> {
    /// The value of attribute `name` (lower-case), if the tag has it.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_ref())
    }
}

/// Parses the tag that starts at `start` (a `<`); `None` for a comment, a doctype, a processing
/// instruction or a stray `<` (no letter after it). Quoted attribute values may hold `>`.
pub fn parse_tag(html: &str, start: usize) -> Option<Tag<'_>> {
    parse_tag_keeping(html, start, |_, _| true)
}

/// [`parse_tag`], keeping in [`Tag::attrs`] only the attributes `keep(tag name, attribute name)`
/// (both lower-case) wants: a reader that needs a few attributes of a few tags reads every tag of
/// every page, and the others then need neither decoding nor a place in a list. The tag ends
/// where [`parse_tag`] ends it, whatever is kept.
pub fn parse_tag_keeping(
    html: &str,
    start: usize,
    keep: impl Fn(&str, &str) -> bool,
) -> Option<Tag<'_>> {
    let bytes = html.as_bytes();
    if bytes.get(start) != Some(&b'<') {
        return None;
    }
    let closing = bytes.get(start + 1) == Some(&b'/');
    let name_start = start + 1 + usize::from(closing);
    let mut i = name_start;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
        i += 1;
    }
    if i == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let mut tag = Tag {
        name: ascii_lower(&html[name_start..i]),
        closing,
        self_closing: false,
        attrs: Vec::new(),
        end: bytes.len(),
    };
    loop {
        let mut slash = false;
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            slash = bytes[i] == b'/';
            i += 1;
        }
        if i >= bytes.len() {
            return Some(tag);
        }
        if bytes[i] == b'>' {
            tag.self_closing = slash;
            tag.end = i + 1;
            return Some(tag);
        }
        let key_start = i;
        while i < bytes.len()
            && !bytes[i].is_ascii_whitespace()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
        {
            i += 1;
        }
        let key = ascii_lower(&html[key_start..i]);
        let kept = !key.is_empty() && keep(&tag.name, &key);
        let decode = |text| {
            if kept {
                decode_entities(text)
            } else {
                Cow::Borrowed("")
            }
        };
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = Cow::Borrowed("");
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                let quote = bytes[i];
                let value_start = i + 1;
                let value_end = bytes[value_start..]
                    .iter()
                    .position(|&b| b == quote)
                    .map_or(bytes.len(), |p| value_start + p);
                value = decode(&html[value_start..value_end]);
                i = (value_end + 1).min(bytes.len());
            } else {
                let value_start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                    i += 1;
                }
                value = decode(&html[value_start..i]);
            }
        }
        if kept {
            tag.attrs.push((key, value));
        }
    }
}

/// Offset just past the `>` that ends the markup starting at `start` (a `<`), quotes respected: how
/// far to skip a comment, a doctype or anything [`parse_tag`] does not read as a tag.
pub fn markup_end(html: &str, start: usize) -> usize {
    if html[start..].starts_with("<!--") {
        return html[start + 4..]
            .find("-->")
            .map_or(html.len(), |e| start + 4 + e + 3);
    }
    let mut quote = None;
    for (i, c) in html[start..].char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return start + i + 1,
            _ => {}
        }
    }
    html.len()
}

/// Text with character references decoded: `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and
/// numeric ones (`&#39;`, `&#x27;`); anything else is left as written.
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
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
    Cow::Owned(out)
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

    #[test]
    fn the_next_lt_is_found_from_any_byte() {
        let html = "a <b>é</b>";
        assert_eq!(next_lt(html, 0), Some(2));
        assert_eq!(next_lt(html, 2), Some(2));
        assert_eq!(next_lt(html, 3), Some(7));
        assert_eq!(next_lt(html, 8), None);
        assert_eq!(next_lt(html, html.len()), None);
        assert_eq!(next_lt(html, html.len() + 1), None);
    }

    /// Keeping some attributes ends every tag where reading all of them does, with those kept
    /// exactly as read.
    #[test]
    fn keeping_some_attributes_reads_the_same_tag() {
        let tags = [
            "<a href=\"x.html\" title='a > b' data-x=1>",
            "<IMG SRC=\"a&amp;b.png\" alt=x/>",
            "<h2 id=\"s&#x27;1\" class=\"t\">",
            "<p style=\"background:url(a.png)\" data-path=../d.json>",
            "</h3 >",
            "<input type=checkbox checked data-wasm='w.wasm'",
            "<br/>",
        ];
        let keep =
            |tag: &str, attr: &str| tag == "img" || attr == "id" || attr.starts_with("data-");
        for html in tags {
            let all = parse_tag(html, 0).expect("a tag");
            let some = parse_tag_keeping(html, 0, keep).expect("a tag");
            assert_eq!(
                (&some.name, some.closing, some.self_closing, some.end),
                (&all.name, all.closing, all.self_closing, all.end),
                "{html}"
            );
            let kept: Vec<_> = all
                .attrs
                .iter()
                .filter(|(k, _)| keep(&all.name, k))
                .cloned()
                .collect();
            assert_eq!(some.attrs, kept, "{html}");
        }
        assert_eq!(
            parse_tag_keeping(tags[1], 0, keep)
                .expect("a tag")
                .attr("src"),
            Some("a&b.png")
        );
    }

    #[test]
    fn page_text_borrows_utf8_and_replaces_stray_bytes() {
        assert!(matches!(
            page_text("<p>été</p>".as_bytes()),
            Cow::Borrowed("<p>été</p>")
        ));
        assert_eq!(page_text(b"<p>\xff</p>"), "<p>\u{fffd}</p>");
    }

    #[test]
    fn tags_with_attributes_quotes_and_slashes() {
        let html = r#"x<A HREF="a?b=1&amp;c=2" title='1 > 0' data-x=y hidden>"#;
        let tag = parse_tag(html, 1).expect("a tag");
        assert_eq!(tag.name, "a");
        assert!(!tag.closing && !tag.self_closing);
        assert_eq!(tag.attr("href"), Some("a?b=1&c=2"));
        assert_eq!(tag.attr("title"), Some("1 > 0"));
        assert_eq!(tag.attr("data-x"), Some("y"));
        assert_eq!(tag.attr("hidden"), Some(""));
        assert_eq!(tag.end, html.len());
        let tag = parse_tag("</Nav >", 0).expect("closing");
        assert!(tag.closing);
        assert_eq!((tag.name.as_ref(), tag.end), ("nav", 7));
        assert!(parse_tag("<br/>", 0).expect("br").self_closing);
        assert!(
            parse_tag(r#"<img src="a/b.png" />"#, 0)
                .expect("img")
                .self_closing
        );
        assert!(!parse_tag(r#"<a href=a/b>"#, 0).expect("a").self_closing);
    }

    #[test]
    fn what_is_not_a_tag() {
        for html in [
            "<!-- c -->",
            "<!doctype html>",
            "<?xml?>",
            "< p>",
            "<1>",
            "<",
            "a",
        ] {
            assert_eq!(parse_tag(html, 0), None, "{html}");
        }
        assert_eq!(markup_end("<!-- a > b -->x", 0), 14);
        assert_eq!(markup_end("<!-- never closed", 0), 17);
        assert_eq!(markup_end("<x title='>'>y", 0), 13);
        assert_eq!(markup_end("<unclosed", 0), 9);
    }

    #[test]
    fn never_panics_on_a_cut_tag() {
        let html = r#"<a href="é" title='x'>"#;
        for end in 0..=html.len() {
            if let Some(cut) = html.get(..end) {
                let _ = parse_tag(cut, 0);
                let _ = markup_end(cut, 0);
            }
        }
    }

    #[test]
    fn entities() {
        assert_eq!(decode_entities("plain"), "plain");
        assert_eq!(
            decode_entities("l&#39;IA &amp; &lt;b&gt; &#x27;q&quot; &nbsp;&unknown; &"),
            "l'IA & <b> 'q\" \u{a0}&unknown; &"
        );
        assert_eq!(decode_entities("&amp;lt;"), "&lt;");
    }
}
