//! What a page makes the browser download, read from the built HTML and CSS themselves rather than
//! from the templates' data: whatever a theme, an override or a Markdown page adds is weighed too.
//!
//! This is a small tag scanner, not an HTML parser: the site's HTML is generated and regular, and the
//! budget only needs the attributes that cause a request. Comments and the bodies of `<script>` are
//! skipped (a JSON island may contain `<img` as text); `<style>` bodies are scanned as CSS.

use std::borrow::Cow;

use crate::site_files::SiteFiles;

/// Why the browser fetches a resource, which decides where its bytes are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kind {
    /// `<link rel="stylesheet">` (or a preload of one): counted in the page budget.
    Stylesheet,
    /// `<script src>` or `<link rel="modulepreload">`: counted in the page budget.
    Script,
    /// What a page's script fetches only when the reader first uses a feature, never with the page:
    /// the checker's WebAssembly (`data-wasm`), the module that loads it (`data-module`), a
    /// script loaded on first use (`data-script`) and the vocabulary the checker reads
    /// (`data-vocabulary`). Reported apart, not counted in the budget nor in a first view.
    OnUse,
    /// A data file a script fetches, named by another `data-*` attribute: reported apart.
    Data,
    /// `<img>`, `<source>`, icons, `<video poster>`: reported apart (images have their own limit).
    Image,
    /// A font file preloaded or referenced from CSS.
    Font,
    /// Anything else that makes a request (frames, media, manifests, preconnects, CSS `url()`).
    Other,
}

/// One URL in a page or stylesheet that the browser would request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reference {
    pub kind: Kind,
    pub url: String,
    /// Where it was found, for messages: `link rel=stylesheet`, `img src`, `url()`, …
    pub origin: String,
}

/// What the CSS of a page or file contains that matters to the budget.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct CssScan {
    pub references: Vec<Reference>,
    pub font_face: bool,
}

/// Every request-causing reference of an HTML document, in document order, plus what its inline
/// `<style>` elements and `style` attributes contain.
pub(crate) fn html_references(html: &str) -> (Vec<Reference>, CssScan) {
    let mut refs = Vec::new();
    let mut css = CssScan::default();
    let mut i = 0;
    while let Some(start) = crate::html::next_lt(html, i) {
        // A closing tag requests nothing: only its name follows, up to its `>`.
        if html.as_bytes().get(start + 1) == Some(&b'/') {
            i = start + 2;
            continue;
        }
        if html[start..].starts_with("<!--") {
            i = crate::html::markup_end(html, start);
            continue;
        }
        let Some(crate::html::Tag {
            name: tag,
            attrs,
            end,
            closing: false,
            ..
        }) = crate::html::parse_tag_keeping(html, start, requests)
        else {
            i = start + 1;
            continue;
        };
        i = end;
        match tag.as_ref() {
            "script" | "style" => {
                let close = format!("</{tag}");
                let body_end =
                    find_ignoring_case(&html[end..], &close).map_or(html.len(), |e| end + e);
                if tag == "style" {
                    merge(&mut css, css_references(&html[end..body_end], "style"));
                }
                i = body_end;
            }
            _ => {}
        }
        tag_references(&tag, &attrs, &mut refs, &mut css);
    }
    (refs, css)
}

/// Whether [`tag_references`] reads attribute `attr` of a `tag`: every attribute of the tags
/// that load something, a `style` or `data-*` attribute of any tag.
fn requests(tag: &str, attr: &str) -> bool {
    matches!(
        tag,
        "link"
            | "script"
            | "img"
            | "source"
            | "input"
            | "iframe"
            | "frame"
            | "embed"
            | "video"
            | "audio"
            | "track"
            | "object"
    ) || attr == "style"
        || attr.starts_with("data-")
}

/// Where `needle` (lower case) first occurs in `text`, ASCII letters compared without their case:
/// what searching a lower-case copy of the whole page found, without the copy.
fn find_ignoring_case(text: &str, needle: &str) -> Option<usize> {
    let (text, needle) = (text.as_bytes(), needle.as_bytes());
    let first = *needle.first()?;
    let mut from = 0;
    while let Some(at) = text[from..]
        .iter()
        .position(|&b| b.to_ascii_lowercase() == first)
    {
        let at = from + at;
        if text
            .get(at..at + needle.len())
            .is_some_and(|found| found.eq_ignore_ascii_case(needle))
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

fn merge(into: &mut CssScan, scan: CssScan) {
    into.references.extend(scan.references);
    into.font_face |= scan.font_face;
}

fn tag_references(
    tag: &str,
    attrs: &[(Cow<'_, str>, Cow<'_, str>)],
    refs: &mut Vec<Reference>,
    css: &mut CssScan,
) {
    let get = |name: &str| {
        attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_ref())
    };
    let mut push = |kind: Kind, url: &str, origin: String| {
        if !url.trim().is_empty() {
            refs.push(Reference {
                kind,
                url: url.trim().to_string(),
                origin,
            });
        }
    };
    match tag {
        "link" => {
            let rel = get("rel").unwrap_or("").to_ascii_lowercase();
            let rels: Vec<&str> = rel.split_ascii_whitespace().collect();
            let as_ = get("as").unwrap_or("").to_ascii_lowercase();
            let kind = if rels.contains(&"stylesheet") {
                Some(Kind::Stylesheet)
            } else if rels.contains(&"modulepreload") {
                Some(Kind::Script)
            } else if rels.iter().any(|r| r.ends_with("icon")) {
                Some(Kind::Image)
            } else if rels.contains(&"preload") || rels.contains(&"prefetch") {
                Some(match as_.as_str() {
                    "style" => Kind::Stylesheet,
                    "script" => Kind::Script,
                    "font" => Kind::Font,
                    "image" => Kind::Image,
                    _ => Kind::Other,
                })
            } else if ["manifest", "preconnect", "dns-prefetch", "prerender"]
                .iter()
                .any(|r| rels.contains(r))
            {
                Some(Kind::Other)
            } else {
                // alternate, canonical, author, license, next, prev…: links, not requests.
                None
            };
            if let (Some(kind), Some(href)) = (kind, get("href")) {
                push(kind, href, format!("link rel={rel}"));
            }
        }
        "script" => {
            if let Some(src) = get("src") {
                push(Kind::Script, src, "script src".into());
            }
        }
        "img" | "source" | "input" => {
            if let Some(src) = get("src") {
                push(Kind::Image, src, format!("{tag} src"));
            }
            if let Some(set) = get("srcset") {
                for candidate in set.split(',') {
                    if let Some(url) = candidate.split_ascii_whitespace().next() {
                        push(Kind::Image, url, format!("{tag} srcset"));
                    }
                }
            }
        }
        "iframe" | "frame" | "embed" | "video" | "audio" | "track" => {
            if let Some(src) = get("src") {
                push(Kind::Other, src, format!("{tag} src"));
            }
            if let Some(poster) = get("poster") {
                push(Kind::Image, poster, format!("{tag} poster"));
            }
        }
        "object" => {
            if let Some(data) = get("data") {
                push(Kind::Other, data, "object data".into());
            }
        }
        _ => {}
    }
    for (name, value) in attrs {
        match name.as_ref() {
            "data-wasm" | "data-module" | "data-script" | "data-vocabulary" => {
                push(Kind::OnUse, value, name.to_string())
            }
            "style" => merge(css, css_references(value, "style attribute")),
            n if n.starts_with("data-") && looks_like_path(value) => {
                push(Kind::Data, value, name.to_string())
            }
            _ => {}
        }
    }
}

/// A `data-*` value that names a file (`../checker-data.json`), not a word or a number.
fn looks_like_path(value: &str) -> bool {
    let v = value.trim();
    !v.is_empty()
        && !v.contains(char::is_whitespace)
        && (v.contains('/') || v.rsplit_once('.').is_some_and(|(_, ext)| is_extension(ext)))
}

fn is_extension(ext: &str) -> bool {
    (1..=5).contains(&ext.len()) && ext.chars().all(|c| c.is_ascii_alphanumeric())
}

/// The `url(…)` and `@import` references of a stylesheet and whether it declares a web font.
pub(crate) fn css_references(css: &str, origin: &str) -> CssScan {
    let text = strip_css_comments(css);
    let lower = text.to_ascii_lowercase();
    let mut scan = CssScan {
        font_face: lower.contains("@font-face"),
        ..CssScan::default()
    };
    let mut i = 0;
    while let Some(p) = lower[i..].find("url(") {
        let start = i + p + 4;
        let end = lower[start..].find(')').map_or(text.len(), |e| start + e);
        let url = text[start..end]
            .trim()
            .trim_matches(|c| c == '"' || c == '\'');
        if !url.is_empty() {
            let kind = if is_font_file(url) {
                Kind::Font
            } else {
                Kind::Other
            };
            scan.references.push(Reference {
                kind,
                url: url.trim().to_string(),
                origin: format!("{origin} url()"),
            });
        }
        i = end;
    }
    let mut i = 0;
    while let Some(p) = lower[i..].find("@import") {
        let rest = text[i + p + 7..].trim_start();
        i += p + 7;
        // `@import url(…)` was found above; here only the string form.
        if let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') {
            if let Some(url) = rest[1..].split(quote).next() {
                scan.references.push(Reference {
                    kind: Kind::Stylesheet,
                    url: url.trim().to_string(),
                    origin: format!("{origin} @import"),
                });
            }
        }
    }
    scan
}

fn strip_css_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |e| &rest[start + 2 + e + 2..]);
    }
    out.push_str(rest);
    out
}

/// Extensions of font files a browser can download (the PDFs embed theirs and are not counted).
pub(crate) fn is_font_file(path: &str) -> bool {
    extension(path).is_some_and(|e| ["woff", "woff2", "ttf", "otf", "eot"].contains(&e.as_str()))
}

/// Extensions of image files held to the image limit.
pub(crate) fn is_image_file(path: &str) -> bool {
    extension(path)
        .is_some_and(|e| ["png", "jpg", "jpeg", "gif", "webp", "avif", "svg"].contains(&e.as_str()))
}

fn extension(path: &str) -> Option<String> {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())
}

/// Where a URL found in `from` (a site path such as `charter/index.html`) points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// A file of the site, by its site path; it may be missing from the site.
    Local(String),
    /// Another host: `https://…`, `//cdn…`, any other scheme that makes a request.
    External,
    /// No request at all: `data:` URLs, fragments.
    None,
}

/// Resolves `url` against the site path of the file it was found in.
///
/// Root-relative URLs (`/assets/x.css`) are matched against the site's files, dropping leading
/// folders one by one when needed: a site published under `https://host/handbook/` writes
/// `/handbook/assets/x.css`, which is `assets/x.css` in the built files.
pub(crate) fn resolve(from: &str, url: &str, files: &SiteFiles) -> Target {
    let url = url.trim();
    if url.is_empty() || url.starts_with('#') {
        return Target::None;
    }
    if url.starts_with("//") || url.starts_with("\\\\") {
        return Target::External;
    }
    if let Some((scheme, _)) = url.split_once(':') {
        let is_scheme = scheme
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if is_scheme {
            return match scheme.to_ascii_lowercase().as_str() {
                "data" | "blob" | "about" | "javascript" => Target::None,
                _ => Target::External,
            };
        }
    }
    let path = percent_encoding::percent_decode_str(url.split(['?', '#']).next().unwrap_or(""))
        .decode_utf8_lossy();
    if let Some(absolute) = path.strip_prefix('/') {
        let mut candidate = absolute;
        loop {
            let file = index_file(candidate);
            if files.contains_key(&file) {
                return Target::Local(file);
            }
            match candidate.split_once('/') {
                Some((_, rest)) if !rest.is_empty() => candidate = rest,
                _ => return Target::Local(index_file(absolute)),
            }
        }
    }
    Target::Local(index_file(&crate::urls::resolve_relative(from, &path)))
}

/// `charter/` → `charter/index.html`, `` → `index.html`.
fn index_file(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(paths: &[&str]) -> SiteFiles {
        paths.iter().map(|p| (p.to_string(), Vec::new())).collect()
    }

    #[test]
    fn finds_requests_not_links() {
        let html = r#"<!doctype html><html><head>
<link rel="icon" href="../favicon.svg">
<link rel="alternate" href="https://example.org/feed.xml">
<link rel="canonical" href="https://example.org/charter/">
<link rel=stylesheet href='../assets/style.1.css'>
<!-- <script src="https://commented.example/x.js"></script> -->
<style>@font-face { font-family: X; src: url("/fonts/x.woff2") }</style>
</head><body><a href="https://example.org/">site</a>
<main data-module="../assets/w.js" data-wasm="../assets/w.wasm" data-vocabulary="../vocabulary.json" data-index="../data.json" data-state="ready">
<img src="a.png" srcset="a.png 1x, b.png 2x" alt=""><div style="background:url(https://cdn.example/bg.png)"></div>
<script type="application/json">{"x":"<img src=https://json.example/x.png>"}</script>
<script src="../assets/checker.2.js" defer></script></body></html>"#;
        let (refs, css) = html_references(html);
        let found: Vec<(Kind, &str)> = refs.iter().map(|r| (r.kind, r.url.as_str())).collect();
        assert_eq!(
            found,
            vec![
                (Kind::Image, "../favicon.svg"),
                (Kind::Stylesheet, "../assets/style.1.css"),
                (Kind::OnUse, "../assets/w.js"),
                (Kind::OnUse, "../assets/w.wasm"),
                (Kind::OnUse, "../vocabulary.json"),
                (Kind::Data, "../data.json"),
                (Kind::Image, "a.png"),
                (Kind::Image, "a.png"),
                (Kind::Image, "b.png"),
                (Kind::Script, "../assets/checker.2.js"),
            ]
        );
        assert!(css.font_face);
        let css_urls: Vec<&str> = css.references.iter().map(|r| r.url.as_str()).collect();
        assert_eq!(
            css_urls,
            vec!["/fonts/x.woff2", "https://cdn.example/bg.png"]
        );
        assert_eq!(css.references[0].kind, Kind::Font);
    }

    /// A script's body ends at its closing tag whatever its case, as when the page was searched
    /// in lower case: what the body holds is not a request.
    #[test]
    fn script_bodies_end_at_a_closing_tag_in_any_case() {
        let html = r#"<SCRIPT type="application/json">{"x":"<img src=in-body.png>"}</Script ><IMG SRC="after.png">"#;
        let (refs, _) = html_references(html);
        let found: Vec<&str> = refs.iter().map(|r| r.url.as_str()).collect();
        assert_eq!(found, vec!["after.png"]);
        assert_eq!(find_ignoring_case("a</STYLE>", "</style"), Some(1));
        assert_eq!(find_ignoring_case("</styl", "</style"), None);
        assert_eq!(find_ignoring_case("été</Style", "</style"), Some(5));
    }

    #[test]
    fn css_imports_and_comments() {
        let scan = css_references(
            "/* url(https://old.example/x.css) @font-face */ @import \"https://fonts.example/css\"; @import url(local.css); a{color:red}",
            "style.css",
        );
        assert!(!scan.font_face);
        let urls: Vec<&str> = scan.references.iter().map(|r| r.url.as_str()).collect();
        assert_eq!(urls, vec!["local.css", "https://fonts.example/css"]);
    }

    #[test]
    fn resolves_against_the_page() {
        let files = site(&["assets/a.css", "index.html", "charter/index.html"]);
        let r = |from: &str, url: &str| resolve(from, url, &files);
        assert_eq!(
            r("charter/index.html", "../assets/a.css"),
            Target::Local("assets/a.css".into())
        );
        assert_eq!(
            r("index.html", "assets/a.css?v=1#x"),
            Target::Local("assets/a.css".into())
        );
        assert_eq!(
            r("charter/index.html", "./"),
            Target::Local("charter/index.html".into())
        );
        assert_eq!(
            r("charter/index.html", ".."),
            Target::Local("index.html".into())
        );
        assert_eq!(
            r("404.html", "/handbook/assets/a.css"),
            Target::Local("assets/a.css".into())
        );
        assert_eq!(
            r("404.html", "/assets/a%2Ecss"),
            Target::Local("assets/a.css".into())
        );
        assert_eq!(
            r("index.html", "https://cdn.example/x.js"),
            Target::External
        );
        assert_eq!(r("index.html", "//cdn.example/x.js"), Target::External);
        assert_eq!(r("index.html", "HTTP://cdn.example/x.js"), Target::External);
        assert_eq!(r("index.html", "data:image/png;base64,AAAA"), Target::None);
        assert_eq!(r("index.html", "#main"), Target::None);
    }

    #[test]
    fn file_kinds() {
        assert!(is_font_file("fonts/Inter.WOFF2"));
        assert!(!is_font_file("charter-2026.pdf"));
        assert!(is_image_file("img/photo.jpeg?x"));
        assert!(!is_image_file("assets/style.css"));
    }
}
