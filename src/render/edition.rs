//! Editions: the same handbook rendered once per revision.
//!
//! A handbook without revisions is one edition at the site root. Once revisions exist, the newest is
//! published at the root and every revision under `revisions/ID/` (permanent addresses for what people
//! signed); the unreleased `content/` is the draft, published under `draft/` only when asked. Every
//! page carries a switcher to the same page in the other editions, and pages of an older revision or of
//! the draft carry a banner pointing to the revision in force.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use crate::urls;

/// What an edition is, for banners and labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The handbook has no revision yet: `content/` is the site.
    Unversioned,
    /// The revision in force.
    Newest,
    /// A revision that a later one replaced.
    Older,
    /// `content/` once revisions exist: not approved yet.
    Draft,
}

/// One entry of the revision switcher.
#[derive(Debug, Clone)]
pub struct SwitchTarget {
    pub label: String,
    /// Site-relative folder of that edition (`` or `revisions/2025/`).
    pub prefix: String,
    /// Edition-relative URLs of its pages, to link to the same page when it exists there.
    pub urls: BTreeSet<String>,
    pub status: Status,
}

/// Everything a render of one edition needs to know about the others.
/// A charter PDF as pages show it: where it is and the two hashes a signer can check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfLink {
    /// File name at the site root (`charter-2026.pdf`).
    pub file: String,
    /// SHA-256 of the unsigned PDF: every signed copy starts with exactly these bytes.
    pub sha256: String,
    /// The charter sources' SHA-256 printed in the PDF itself (see `pdf::source_hash`), so a
    /// reader holding a paper or signed copy can match it to this page.
    pub charter_sha256: String,
}

#[derive(Debug, Clone)]
pub struct EditionView {
    /// Site-relative folder where this edition is published (`` for the root).
    pub prefix: String,
    pub status: Status,
    /// Revision id, `draft`, or empty for an unversioned site.
    pub label: String,
    /// Other editions and this one, oldest first; empty for an unversioned site.
    pub switcher: Vec<SwitchTarget>,
    /// Data of this edition's `/changes/` page (revision, PDF, what changed); none without revisions.
    pub changes: Option<Value>,
    /// The charter PDF of this edition, for the charter and changes pages.
    pub pdf: Option<PdfLink>,
    /// The language of this edition's interface (and of its pages, when translated).
    pub language: String,
    /// The handbook's default language: untranslated pages fall back to it.
    pub default_language: String,
    /// The same revision in every language: (language, site-relative folder), default first.
    pub languages: Vec<(String, String)>,
}

impl EditionView {
    /// A handbook without revisions: one edition at the root.
    pub fn unversioned() -> Self {
        EditionView {
            prefix: String::new(),
            status: Status::Unversioned,
            label: String::new(),
            switcher: Vec::new(),
            changes: None,
            pdf: None,
            language: String::new(),
            default_language: String::new(),
            languages: Vec::new(),
        }
    }

    /// This edition in another language, published under `LANG/` inside its folder.
    pub fn in_language(&self, language: &str, languages: &[String]) -> EditionView {
        let base = self.prefix.clone();
        let folder = |l: &String| {
            if *l == languages[0] {
                base.clone()
            } else {
                format!("{base}{l}/")
            }
        };
        let mut view = self.clone();
        view.prefix = folder(&language.to_string());
        view.language = language.to_string();
        view.default_language = languages[0].clone();
        view.languages = languages.iter().map(|l| (l.clone(), folder(l))).collect();
        view.switcher = self
            .switcher
            .iter()
            .map(|t| SwitchTarget {
                prefix: if *language == languages[0] {
                    t.prefix.clone()
                } else {
                    format!("{}{language}/", t.prefix)
                },
                ..t.clone()
            })
            .collect();
        view
    }

    /// Whether this edition is the one at the site root (robots.txt, sitemap, 404 page live there).
    pub fn is_root(&self) -> bool {
        self.prefix.is_empty()
    }

    /// Site-absolute URL of an edition-relative page URL.
    pub fn absolute(&self, url: &str) -> String {
        format!("/{}{}", self.prefix, url.trim_start_matches('/'))
    }

    /// Template data for one page: the switcher with the right targets and the banner, if any.
    pub fn page_context(&self, page_url: &str) -> Value {
        let from = self.absolute(page_url);
        let link = |target: &SwitchTarget| {
            let page = if target.urls.contains(page_url) {
                page_url
            } else {
                "/"
            };
            urls::relative(
                &from,
                &format!("/{}{}", target.prefix, page.trim_start_matches('/')),
            )
        };
        // The 404 page is served at any depth: relative links to other revisions would break there.
        let switcher: Vec<Value> = self
            .switcher
            .iter()
            .filter(|_| page_url != "/404.html")
            .map(|t| {
                json!({
                    "label": t.label,
                    "href": link(t),
                    "current": t.label == self.label,
                    "status": status_key(t.status),
                    "same_page": t.urls.contains(page_url),
                })
            })
            .collect();
        // The revision in force at the root of this language (`` or `en/`): banners and search point there.
        let root = if self.language.is_empty() || self.language == self.default_language {
            String::new()
        } else {
            format!("{}/", self.language)
        };
        let newest = self
            .switcher
            .iter()
            .find(|t| t.status == Status::Newest && t.prefix == root);
        let banner = match (self.status, newest) {
            (Status::Older | Status::Draft, Some(n)) => json!({
                "kind": status_key(self.status),
                "label": self.label,
                "newest_label": n.label,
                "newest_href": link(n),
                "same_page": n.urls.contains(page_url),
            }),
            _ => Value::Null,
        };
        // Where the search page may look: this edition first (its index, the default), then the
        // revision in force when this is an older revision or the draft. Results never mix the two.
        let search_href = |prefix: &str| urls::relative(&from, &format!("/{prefix}search/"));
        let mut search_scopes = vec![json!({
            "key": "here",
            "label": self.label,
            "status": status_key(self.status),
            "href": search_href(&self.prefix),
            "current": true,
        })];
        if let (Status::Older | Status::Draft, Some(n)) = (self.status, newest) {
            search_scopes.push(json!({
                "key": "newest",
                "label": n.label,
                "status": status_key(n.status),
                "href": search_href(&n.prefix),
                "current": false,
            }));
        }
        // The 404 page exists once, at the site root: it links to no other language.
        let languages: Vec<Value> = self
            .languages
            .iter()
            .filter(|_| page_url != "/404.html")
            .map(|(lang, prefix)| {
                let page = if *lang == self.language {
                    page_url
                } else {
                    super::pages::same_in_every_language(page_url)
                };
                json!({
                    "lang": lang,
                    "href": urls::relative(&from, &format!("/{prefix}{}", page.trim_start_matches('/'))),
                    "current": *lang == self.language,
                })
            })
            .collect();
        json!({
            "label": self.label,
            "languages": if languages.len() > 1 { languages } else { Vec::new() },
            "status": status_key(self.status),
            "switcher": switcher,
            "banner": banner,
            "search_scopes": search_scopes,
            "pdf": self.pdf.as_ref().map(|pdf| json!({
                "href": urls::relative(&from, &format!("/{}", pdf.file)),
                "sha256": pdf.sha256,
                "charter_sha256": pdf.charter_sha256,
            })),
        })
    }
}

impl EditionView {
    /// Whether this edition's pages belong in the sitemap: not the draft (unapproved, kept out of
    /// search engines), and not the permanent copy of the revision in force under `revisions/ID/`,
    /// whose pages name the root ones as canonical.
    pub fn listed_in_sitemap(&self) -> bool {
        self.status != Status::Draft && !self.is_copy_of_root()
    }

    /// Whether this is the revision in force's permanent copy (`revisions/ID/`), a duplicate of the
    /// root edition.
    fn is_copy_of_root(&self) -> bool {
        self.status == Status::Newest
            && !self.prefix.is_empty()
            && self.prefix.starts_with("revisions/")
    }

    /// The folder search engines should treat as the home of this edition in `language` (whose
    /// folder here is `folder`): the root one for the revision in force's permanent copy, else
    /// `folder` itself.
    fn canonical_folder(&self, language: &str, folder: &str) -> String {
        if !self.is_copy_of_root() {
            return folder.to_string();
        }
        if language.is_empty() || language == self.default_language {
            String::new()
        } else {
            format!("{language}/")
        }
    }

    /// What search engines read of a page (`seo` in templates): its canonical address, its
    /// language alternates with `x-default` (the default language), all absolute under `base_url`
    /// (which ends in `/`), and `noindex` for the draft. The 404 page, which exists once and for
    /// no address of its own, gets none of them.
    pub fn seo_context(&self, page_url: &str, base_url: &str) -> Value {
        let noindex = self.status == Status::Draft;
        if page_url == "/404.html" {
            return json!({ "canonical": null, "alternates": [], "noindex": noindex });
        }
        let page = page_url.trim_start_matches('/');
        let address = |folder: &str| format!("{base_url}{folder}{page}");
        let canonical = address(&self.canonical_folder(&self.language, &self.prefix));
        let mut alternates: Vec<Value> = Vec::new();
        if self.languages.len() > 1 {
            for (lang, folder) in &self.languages {
                let href = address(&self.canonical_folder(lang, folder));
                if *lang == self.default_language {
                    alternates.push(json!({ "lang": "x-default", "href": href }));
                }
                alternates.push(json!({ "lang": lang, "href": href }));
            }
        }
        json!({ "canonical": canonical, "alternates": alternates, "noindex": noindex })
    }
}

fn status_key(status: Status) -> &'static str {
    match status {
        Status::Unversioned => "unversioned",
        Status::Newest => "newest",
        Status::Older => "older",
        Status::Draft => "draft",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(label: &str, prefix: &str, urls: &[&str], status: Status) -> SwitchTarget {
        SwitchTarget {
            label: label.into(),
            prefix: prefix.into(),
            urls: urls.iter().map(|u| u.to_string()).collect(),
            status,
        }
    }

    #[test]
    fn switcher_goes_to_the_same_page_or_the_revision_home() {
        let view = EditionView {
            prefix: "revisions/2025/".into(),
            status: Status::Older,
            label: "2025".into(),
            switcher: vec![
                target(
                    "2025",
                    "revisions/2025/",
                    &["/", "/charter/", "/method/old/"],
                    Status::Older,
                ),
                target(
                    "2026",
                    "",
                    &["/", "/charter/", "/method/new/"],
                    Status::Newest,
                ),
            ],
            changes: None,
            pdf: Some(PdfLink {
                file: "charter-2025.pdf".into(),
                sha256: "ab".into(),
                charter_sha256: "cd".into(),
            }),
            language: "fr".into(),
            default_language: "fr".into(),
            languages: Vec::new(),
        };
        let ctx = view.page_context("/charter/");
        assert_eq!(ctx["switcher"][0]["href"], "./");
        assert_eq!(ctx["switcher"][0]["current"], true);
        assert_eq!(ctx["switcher"][1]["href"], "../../../charter/");
        assert_eq!(ctx["banner"]["newest_href"], "../../../charter/");
        assert_eq!(ctx["pdf"]["href"], "../../../charter-2025.pdf");
        assert_eq!(ctx["pdf"]["charter_sha256"], "cd");
        let ctx = view.page_context("/method/old/");
        assert_eq!(ctx["switcher"][1]["href"], "../../../../");
        assert_eq!(ctx["banner"]["same_page"], false);
    }

    /// An edition of a handbook with revisions 2025 (older), 2026 (in force, at the root) and a draft.
    fn edition(prefix: &str, status: Status, label: &str) -> EditionView {
        EditionView {
            prefix: prefix.into(),
            status,
            label: label.into(),
            switcher: vec![
                target("2025", "revisions/2025/", &["/", "/search/"], Status::Older),
                target("2026", "", &["/", "/search/"], Status::Newest),
                target("draft", "draft/", &["/", "/search/"], Status::Draft),
            ],
            ..EditionView::unversioned()
        }
    }

    #[test]
    fn search_scopes_offer_the_revision_in_force_from_older_revisions_and_the_draft() {
        let languages = ["fr".to_string(), "en".to_string()];
        let older = edition("revisions/2025/", Status::Older, "2025");
        let ctx = older.page_context("/search/");
        let scopes = ctx["search_scopes"].as_array().expect("a list");
        assert_eq!(scopes.len(), 2);
        assert_eq!(scopes[0]["key"], "here");
        assert_eq!(scopes[0]["label"], "2025");
        assert_eq!(scopes[0]["status"], "older");
        assert_eq!(scopes[0]["href"], "./");
        assert_eq!(scopes[0]["current"], true);
        assert_eq!(scopes[1]["key"], "newest");
        assert_eq!(scopes[1]["label"], "2026");
        assert_eq!(scopes[1]["status"], "newest");
        assert_eq!(scopes[1]["href"], "../../../search/");
        assert_eq!(scopes[1]["current"], false);
        // From another page of the edition, the hrefs stay relative to that page.
        let ctx = older.page_context("/method/categories/");
        assert_eq!(ctx["search_scopes"][0]["href"], "../../search/");
        assert_eq!(ctx["search_scopes"][1]["href"], "../../../../search/");

        // In English, the revision in force is the English one at `en/` (banner included).
        let ctx = older.in_language("en", &languages).page_context("/search/");
        assert_eq!(ctx["search_scopes"][0]["href"], "./");
        assert_eq!(ctx["search_scopes"][1]["href"], "../../../../en/search/");
        assert_eq!(ctx["banner"]["newest_href"], "../../../../en/search/");
        let ctx = older.in_language("fr", &languages).page_context("/search/");
        assert_eq!(ctx["search_scopes"][1]["href"], "../../../search/");

        let draft = edition("draft/", Status::Draft, "draft");
        let ctx = draft.page_context("/search/");
        assert_eq!(ctx["search_scopes"][0]["status"], "draft");
        assert_eq!(ctx["search_scopes"][1]["label"], "2026");
        assert_eq!(ctx["search_scopes"][1]["href"], "../../search/");
        let ctx = draft.in_language("en", &languages).page_context("/search/");
        assert_eq!(ctx["search_scopes"][1]["href"], "../../../en/search/");
    }

    #[test]
    fn search_scopes_offer_nothing_else_where_nothing_else_is_in_force() {
        let languages = ["fr".to_string(), "en".to_string()];
        for view in [
            edition("", Status::Newest, "2026"),
            edition("revisions/2026/", Status::Newest, "2026"),
            edition("", Status::Newest, "2026").in_language("en", &languages),
        ] {
            let ctx = view.page_context("/search/");
            let scopes = ctx["search_scopes"].as_array().expect("a list");
            assert_eq!(scopes.len(), 1, "{}", view.prefix);
            assert_eq!(scopes[0]["label"], "2026");
            assert_eq!(scopes[0]["href"], "./");
        }
        let ctx = EditionView::unversioned().page_context("/search/");
        assert_eq!(ctx["search_scopes"].as_array().map(Vec::len), Some(1));
        assert_eq!(ctx["search_scopes"][0]["label"], "");
        assert_eq!(ctx["search_scopes"][0]["status"], "unversioned");
    }
}
