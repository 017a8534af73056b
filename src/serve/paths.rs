//! From a request target to the key of a file in the rendered site — or a refusal.
//!
//! The server answers from the site rendered in memory, never from the disk, so no request can reach
//! a file outside the site whatever it contains (nor follow a symbolic link). This module still refuses
//! anything that is not a plain path, so that a hostile or broken request gets a clear 400 instead of
//! a lookup: percent-encoded or double-encoded dots, `..` and `.` segments, backslashes, NUL and other
//! control bytes, and targets that are not origin-form (`http://…`, `*`).

/// Why a request target was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Malformed or dangerous: answered with 400.
    BadRequest(&'static str),
}

/// The site key (`charter/index.html`) a request target (`/charter/?x=1`) asks for.
///
/// A target ending in `/` asks for that folder's `index.html`. Decoding is done exactly once: a `%`
/// left after decoding means the target was encoded twice, which no link of the site ever is.
pub fn resolve(target: &str) -> Result<String, Refusal> {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    if !path.starts_with('/') {
        return Err(Refusal::BadRequest(
            "the request target must be a path starting with /",
        ));
    }
    // A malformed escape (`%zz`) is left as it is, so it is refused below with the `%` it leaves.
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .map_err(|_| Refusal::BadRequest("path is not UTF-8"))?;
    if decoded.contains('%') {
        return Err(Refusal::BadRequest("double-encoded path"));
    }
    if decoded.contains('\\') {
        return Err(Refusal::BadRequest("backslash in path"));
    }
    if decoded.chars().any(char::is_control) {
        return Err(Refusal::BadRequest("control character in path"));
    }
    let mut segments = Vec::new();
    for segment in decoded.split('/').skip(1) {
        match segment {
            "." | ".." => return Err(Refusal::BadRequest("dot segment in path")),
            s if s.contains(':') => return Err(Refusal::BadRequest("`:` in path")),
            s => segments.push(s),
        }
    }
    // `/a//b` is not a path any page links to; refuse rather than guess.
    let (last, folders) = segments.split_last().unwrap_or((&"", &[]));
    if folders.iter().any(|s| s.is_empty()) {
        return Err(Refusal::BadRequest("empty segment in path"));
    }
    let mut key = folders.join("/");
    if !key.is_empty() {
        key.push('/');
    }
    if last.is_empty() {
        key.push_str("index.html");
    } else {
        key.push_str(last);
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_map_to_site_keys() {
        assert_eq!(resolve("/").as_deref(), Ok("index.html"));
        assert_eq!(resolve("/charter/").as_deref(), Ok("charter/index.html"));
        assert_eq!(
            resolve("/prompts/prompt-001/?q=1#x").as_deref(),
            Ok("prompts/prompt-001/index.html")
        );
        assert_eq!(
            resolve("/assets/style.abc.css").as_deref(),
            Ok("assets/style.abc.css")
        );
        assert_eq!(resolve("/charter").as_deref(), Ok("charter"));
        assert_eq!(
            resolve("/d%C3%A9j%C3%A0/").as_deref(),
            Ok("déjà/index.html")
        );
    }

    #[test]
    fn hostile_paths_are_refused() {
        for target in [
            "/../etc/passwd",
            "/charter/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/%252e%252e/etc/passwd",
            "/..%5c..%5cetc%5cpasswd",
            "/..\\..\\etc\\passwd",
            "/index.html%00.css",
            "/a\0b",
            "/./index.html",
            "//etc/passwd",
            "/C:/Windows/win.ini",
            "http://example.org/etc/passwd",
            "etc/passwd",
            "*",
            "/%",
            "/%zz",
            "/%ff",
        ] {
            assert!(
                matches!(resolve(target), Err(Refusal::BadRequest(_))),
                "{target:?} must be refused"
            );
        }
    }
}
