//! Site addresses: every page has a site-absolute URL (`/prompts/prompt-001/`), and every link in the
//! output is written relative to the page that holds it, so the site works from any folder or host.

/// The site-absolute target of a link written in content, or `None` for external links
/// (`https:`, `mailto:`…) and pure in-page anchors handled by the browser.
pub fn internal_target(page_url: &str, dest: &str) -> Option<String> {
    let dest = dest.trim();
    if dest.is_empty() || has_scheme(dest) || dest.starts_with("//") {
        return None;
    }
    if let Some(fragment) = dest.strip_prefix('#') {
        return Some(format!("{}#{fragment}", page_url));
    }
    if dest.starts_with('/') {
        return Some(dest.to_string());
    }
    // Relative link: resolve against the page's folder.
    let (path, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (dest, None),
    };
    let mut target = format!("/{}", resolve_relative(page_url, path));
    if target.len() > 1 && !path.ends_with('/') && target.ends_with('/') {
        // `../x/.` and `..` name a folder, but were written without its slash: kept as written
        target.pop();
    }
    if let Some(f) = fragment {
        target.push('#');
        target.push_str(f);
    }
    Some(target)
}

/// `path` (relative, `/`-separated) resolved against the folder `dir` (site-absolute or not, a
/// trailing file name is not part of it only when `dir` ends with `/`): empty and `.` segments are
/// dropped and `..` climbs one folder, never above the root. The result has no leading `/`, and ends
/// with `/` when it names a folder: `path` empty or ending in `/`, `.` or `..`.
///
/// The one resolution of relative paths: links in content and references in built pages.
pub fn resolve_relative(dir: &str, path: &str) -> String {
    let dir = dir.rsplit_once('/').map_or("", |(d, _)| d);
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let mut joined = parts.join("/");
    let folder = path.is_empty() || path.ends_with('/') || path.ends_with("/.");
    if (folder || path.ends_with("/..") || path == "." || path == "..") && !joined.is_empty() {
        joined.push('/');
    }
    joined
}

fn has_scheme(dest: &str) -> bool {
    match dest.split_once(':') {
        Some((scheme, _)) => {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
                && !scheme.contains('/')
        }
        None => false,
    }
}

/// `to` (site-absolute) written relative to the page at `from` (site-absolute, ending in `/` or a
/// file name).
pub fn relative(from: &str, to: &str) -> String {
    let from_dir: Vec<&str> = {
        let trimmed = from.trim_start_matches('/');
        let dir = match trimmed.rfind('/') {
            Some(i) => &trimmed[..i],
            None => "",
        };
        dir.split('/').filter(|s| !s.is_empty()).collect()
    };
    let (to_path, fragment) = match to.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (to, None),
    };
    let to_parts: Vec<&str> = to_path.trim_start_matches('/').split('/').collect();
    let common = from_dir
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut rel = "../".repeat(from_dir.len() - common);
    rel.push_str(&to_parts[common..].join("/"));
    if rel.is_empty() {
        rel.push_str("./");
    }
    if let Some(f) = fragment {
        if rel == "./" && to_path == from {
            rel.clear();
        }
        rel.push('#');
        rel.push_str(f);
    }
    rel
}

/// Output file of a page URL: `/charter/` → `charter/index.html`, `/404.html` → `404.html`.
pub fn output_path(url: &str) -> String {
    let trimmed = url.trim_start_matches('/');
    if trimmed.is_empty() || trimmed.ends_with('/') {
        format!("{trimmed}index.html")
    } else {
        trimmed.to_string()
    }
}

/// The page a link target names, normalised: `/charter` and `/charter/index.html` → `/charter/`.
pub fn page_of(target: &str) -> (String, Option<String>) {
    let (path, fragment) = match target.split_once('#') {
        Some((p, f)) => (p, Some(f.to_string())),
        None => (target, None),
    };
    let path = path.split('?').next().unwrap_or(path);
    let mut page = path.strip_suffix("index.html").unwrap_or(path).to_string();
    let last = page.rsplit('/').next().unwrap_or("");
    if !page.ends_with('/') && !last.contains('.') {
        page.push('/');
    }
    (page, fragment.filter(|f| !f.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_resolve_against_a_folder() {
        assert_eq!(
            resolve_relative("/prompts/prompt-001/", "../x/"),
            "prompts/x/"
        );
        assert_eq!(resolve_relative("charter/index.html", "../a.css"), "a.css");
        assert_eq!(resolve_relative("charter/index.html", ".."), "");
        assert_eq!(resolve_relative("a/b/index.html", ".."), "a/");
        assert_eq!(resolve_relative("a/b/index.html", "./"), "a/b/");
        assert_eq!(resolve_relative("a/b/index.html", "c/."), "a/b/c/");
        assert_eq!(resolve_relative("a/b/index.html", ""), "a/b/");
        assert_eq!(
            resolve_relative("index.html", "../../../etc/passwd"),
            "etc/passwd"
        );
    }

    #[test]
    fn relative_links_between_pages() {
        assert_eq!(relative("/", "/charter/"), "charter/");
        assert_eq!(relative("/charter/", "/"), "../");
        assert_eq!(relative("/prompts/prompt-001/", "/prompts/"), "../");
        assert_eq!(
            relative("/prompts/prompt-001/", "/charter/#preambule"),
            "../../charter/#preambule"
        );
        assert_eq!(relative("/charter/", "/charter/#x"), "#x");
        assert_eq!(relative("/404.html", "/assets/a.css"), "assets/a.css");
        assert_eq!(relative("/method/a/", "/method/b/"), "../b/");
    }

    #[test]
    fn internal_targets() {
        assert_eq!(internal_target("/method/a/", "https://x.org"), None);
        assert_eq!(internal_target("/method/a/", "mailto:a@b.c"), None);
        assert_eq!(
            internal_target("/method/a/", "#top").as_deref(),
            Some("/method/a/#top")
        );
        assert_eq!(
            internal_target("/method/a/", "../b/").as_deref(),
            Some("/method/b/")
        );
        assert_eq!(
            internal_target("/method/a/", "/charter/").as_deref(),
            Some("/charter/")
        );
    }

    #[test]
    fn normalises_pages() {
        assert_eq!(page_of("/charter"), ("/charter/".into(), None));
        assert_eq!(
            page_of("/charter/index.html#a"),
            ("/charter/".into(), Some("a".into()))
        );
        assert_eq!(page_of("/prompts.json"), ("/prompts.json".into(), None));
        assert_eq!(output_path("/"), "index.html");
        assert_eq!(output_path("/charter/"), "charter/index.html");
    }
}
