//! The extension's `manifest.json` (Manifest V3, one file for Chromium browsers and Firefox) and the
//! match patterns of the sites it guards.

use serde_json::{json, Value};

pub use crate::render::guard::DEFAULT_SITES;

/// Which browsers the manifest is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Browsers {
    /// One manifest for both: Chromium reads `background.service_worker`, Firefox
    /// `background.scripts`, each ignoring the other (Firefox's linter warns about the first).
    All,
    Chromium,
    Firefox,
}

/// What the manifest says besides its fixed parts.
pub struct ManifestInput<'a> {
    pub browsers: Browsers,
    /// Every guarded site, as checked match patterns, in order and without repeats.
    pub sites: &'a [String],
    /// The handbook's language, the default of the extension's `_locales`.
    pub default_locale: &'a str,
    /// The handbook's address, from which the Firefox add-on id is made.
    pub base_url: &'a str,
    pub version: &'a str,
}

/// The default sites followed by each `--site` pattern not already among them, or the first
/// pattern that is not a valid match pattern with what is wrong and how to fix it.
pub fn guarded_sites(extra: &[String]) -> Result<Vec<String>, String> {
    let mut sites: Vec<String> = DEFAULT_SITES.iter().map(|s| s.to_string()).collect();
    for pattern in extra {
        check_pattern(pattern).map_err(|what| {
            format!(
                "--site `{pattern}`: {what}; give a match pattern such as `https://chat.example.org/*` or `http://127.0.0.1/*`"
            )
        })?;
        if !sites.contains(pattern) {
            sites.push(pattern.clone());
        }
    }
    Ok(sites)
}

/// Checks a match pattern the way browsers read them: `SCHEME://HOST/PATH`, the scheme `http`,
/// `https` or `*`, the host `*`, `*.domain` or a name without wildcard, the path starting with `/`.
/// `<all_urls>` and `*://*/*` are refused: the guard asks to read only chat sites.
fn check_pattern(pattern: &str) -> Result<(), String> {
    let (scheme, rest) = pattern
        .split_once("://")
        .ok_or("it has no `://` after the scheme")?;
    if !matches!(scheme, "http" | "https" | "*") {
        return Err(format!(
            "the scheme must be http, https or *, not `{scheme}`"
        ));
    }
    let (host, _path) = rest
        .split_once('/')
        .ok_or("it has no path: end it with `/*` to guard every page of the site")?;
    let name = host.strip_prefix("*.").unwrap_or(host);
    if host.is_empty() || name.is_empty() {
        return Err("it has no host".into());
    }
    if host == "*" {
        return Err("it would guard every site: name the chat site's host".into());
    }
    if name.contains('*') {
        return Err("`*` may only stand at the start of the host, as in `*.example.org`".into());
    }
    if name
        .chars()
        .any(|c| c.is_whitespace() || c == '\\' || c == '"')
    {
        return Err("its host holds a space, a backslash or a quote".into());
    }
    Ok(())
}

/// What the guard may be granted later, site by site, when a person accepts the sites their
/// organisation's policy adds (`extraSites`): a policy cannot grant host access by itself, so the
/// popup asks the browser for exactly those sites, and nothing is granted at install.
pub const OPTIONAL_HOSTS: [&str; 1] = ["*://*/*"];

/// The manifest. It asks for `storage` (the organisation's policy, read from managed storage),
/// `scripting` (to add the guard's content script to the sites the policy adds, once the person has
/// granted them) and content scripts on the guarded sites: no host permission at install, no network
/// access of its own.
pub fn manifest(input: &ManifestInput) -> Value {
    json!({
        "manifest_version": 3,
        "name": "__MSG_extension_name__",
        "short_name": "__MSG_extension_short_name__",
        "description": "__MSG_extension_description__",
        "version": input.version,
        "default_locale": input.default_locale,
        "permissions": ["storage", "scripting"],
        "optional_host_permissions": OPTIONAL_HOSTS,
        "background": background(input.browsers),
        "content_scripts": [{
            "matches": input.sites,
            "js": ["guard.js"],
            "run_at": "document_start",
            "all_frames": false
        }],
        "action": {
            "default_title": "__MSG_guard_popup_title__",
            "default_popup": "popup.html"
        },
        "storage": { "managed_schema": "managed_schema.json" },
        "content_security_policy": {
            "extension_pages": "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"
        },
        "browser_specific_settings": {
            "gecko": {
                "id": gecko_id(input.base_url),
                "strict_min_version": "128.0",
                "data_collection_permissions": { "required": ["none"] }
            }
        }
    })
}

fn background(browsers: Browsers) -> Value {
    match browsers {
        Browsers::All => json!({
            "service_worker": "background.js",
            "scripts": ["background.js"],
            "type": "module"
        }),
        Browsers::Chromium => json!({ "service_worker": "background.js", "type": "module" }),
        Browsers::Firefox => json!({ "scripts": ["background.js"], "type": "module" }),
    }
}

/// Firefox needs a stable add-on id; an address-like one made from the handbook's host keeps two
/// associations' guards apart.
fn gecko_id(base_url: &str) -> String {
    let after_scheme = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let host: String = after_scheme
        .split(['/', ':'])
        .next()
        .unwrap_or_default()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
        .collect();
    let host = if host.trim_matches('.').is_empty() {
        "handbook.invalid".to_string()
    } else {
        host.to_ascii_lowercase()
    };
    format!("guard@{host}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_sites_come_after_the_defaults_once() {
        let extra = vec![
            "http://127.0.0.1/*".to_string(),
            "https://chatgpt.com/*".to_string(),
        ];
        let sites = guarded_sites(&extra).unwrap();
        assert_eq!(sites.len(), DEFAULT_SITES.len() + 1);
        assert_eq!(sites.last().unwrap(), "http://127.0.0.1/*");
    }

    #[test]
    fn bad_patterns_are_refused_with_a_fix() {
        for bad in [
            "chat.example.org",
            "ftp://x.org/*",
            "https://x.org",
            "<all_urls>",
            "*://*/*",
            "https://a*.org/*",
            "https:///*",
        ] {
            let err = guarded_sites(&[bad.to_string()]).unwrap_err();
            assert!(
                err.contains(bad) && err.contains("match pattern such as"),
                "{bad}: {err}"
            );
        }
        assert!(guarded_sites(&["*://*.example.org/*".to_string()]).is_ok());
    }

    #[test]
    fn each_browser_gets_the_background_it_reads() {
        let sites = guarded_sites(&[]).unwrap();
        let made = |browsers| {
            manifest(&ManifestInput {
                browsers,
                sites: &sites,
                default_locale: "fr",
                base_url: "https://ia.example.org/",
                version: "1.0.0",
            })
        };
        let all = made(Browsers::All);
        assert_eq!(all["background"]["service_worker"], "background.js");
        assert_eq!(all["background"]["scripts"][0], "background.js");
        let firefox = made(Browsers::Firefox);
        assert!(firefox["background"].get("service_worker").is_none());
        assert_eq!(firefox["background"]["scripts"][0], "background.js");
        let chromium = made(Browsers::Chromium);
        assert!(chromium["background"].get("scripts").is_none());
        assert_eq!(chromium["background"]["service_worker"], "background.js");
        for m in [all, firefox, chromium] {
            assert_eq!(m["manifest_version"], 3);
            assert_eq!(m["permissions"], json!(["storage", "scripting"]));
            assert_eq!(m["optional_host_permissions"], json!(["*://*/*"]));
            assert!(m.get("host_permissions").is_none());
            assert_eq!(m["content_scripts"][0]["matches"], json!(sites));
        }
    }

    #[test]
    fn gecko_id_from_the_host() {
        assert_eq!(
            gecko_id("https://IA.example.org:8443/manuel/"),
            "guard@ia.example.org"
        );
        assert_eq!(gecko_id(""), "guard@handbook.invalid");
    }
}
