//! Method pages: the legal context, the 4 categories, grey zones and any page the committee adds.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Markdown;
use crate::diagnostics::{Diagnostics, Origin};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    order: i64,
    #[serde(default)]
    summary: Option<String>,
}

/// A method page, published at `/method/<slug>/`.
#[derive(Debug, Clone, Serialize)]
pub struct MethodPage {
    pub title: String,
    pub order: i64,
    pub summary: Option<String>,
    pub slug: String,
    pub body: Markdown,
}

pub fn load(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<MethodPage> {
    let mut pages = Vec::new();
    let rels = super::list_files(root, dir, "md", diags);
    for (rel, read) in rels
        .iter()
        .zip(super::read_each_front_matter::<FrontMatter>(root, &rels))
    {
        match read {
            Ok(file) => {
                let slug = super::slug_from_file(rel);
                if !super::is_url_slug(&slug) {
                    diags.error(
                        Origin::file_start(rel),
                        format!("file name gives the address `/method/{slug}/`, which is not URL-safe"),
                        "rename the file with lowercase letters, digits and '-' only (e.g. `zones-grises.md`)",
                    );
                }
                pages.push(MethodPage {
                    title: file.meta.title,
                    order: file.meta.order,
                    summary: file.meta.summary,
                    slug,
                    body: file.body,
                });
            }
            Err(found) => diags.extend(found),
        }
    }
    pages.sort_by(|a, b| (a.order, &a.slug).cmp(&(b.order, &b.slug)));
    super::check_unique(
        pages
            .iter()
            .map(|p| (p.slug.as_str(), Origin::file_start(&p.body.file))),
        "method page address",
        diags,
    );
    pages
}
